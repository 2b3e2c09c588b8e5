/** The incident start is read from the log formats people paste (issue 9 item 10). */
import { check } from 'recheck';
import { earliestTimestamp, TIMESTAMP_PATTERNS } from '../../../../src/core/conversation/timestamps';

const NOW = new Date('2026-12-01T09:00:00Z');

describe('earliest timestamp in pasted logs', () => {
  it.each([
    ['an ISO timestamp with Z (Terraform, GitHub Actions)', '2026-11-22T08:41:05.1234567Z ##[error]Process completed\n2026-11-22T08:41:03Z Run aws sts get-caller-identity', '2026-11-22T08:41:03.000Z'],
    ['Python logging / the AWS CLI --debug', '2026-11-22 08:41:03,120 - MainThread - botocore.hooks - DEBUG - Event choose-service-name', '2026-11-22T08:41:03.000Z'],
    ['an offset', '2026-11-22T09:41:03+01:00 error', '2026-11-22T08:41:03.000Z'],
    ["Go's log package (Terraform before 0.15)", '2026/11/22 08:41:03 [DEBUG] plugin: waiting for all plugin processes to complete...\n2026/11/22 08:42:00 [ERROR] InvalidClientTokenId', '2026-11-22T08:41:03.000Z'],
    ['a CodeBuild log', '[Container] 2026/11/22 08:41:03.123456 Running command aws ecr get-login-password', '2026-11-22T08:41:03.000Z'],
    ['an access log (Common Log Format)', '10.0.0.1 - - [22/Nov/2026:09:41:03 +0100] "GET /bucket HTTP/1.1" 403 243', '2026-11-22T08:41:03.000Z'],
  ])('when the paste is %s, then its earliest time is read', (_what, text, iso) => {
    expect(earliestTimestamp(text, NOW)).toBe(iso);
  });

  it.each([
    ['a time without a year (syslog)', 'Nov 22 08:41:03 host app: InvalidClientTokenId'],
    ['a time after the paste', '2026-12-24T08:41:03Z error'],
    ['a policy version date', '"Version": "2012-10-17"'],
  ])('when the paste holds %s, then no incident start is read from it', (_what, text) => {
    expect(earliestTimestamp(text, NOW)).toBeUndefined();
  });

  it('when each timestamp pattern is checked with recheck, then every one is safe', async () => {
    for (const re of TIMESTAMP_PATTERNS) expect((await check(re.source, re.flags.replace('g', ''), { checker: 'automaton', timeout: 10_000 })).status).toBe('safe');
  }, 60_000);
});
