/**
 * Stop 29's detection readings (src/core/extract/prose-report.ts, other-errors.ts, messages.ts) that stay detected beside
 * the new vetoes (their negatives are in prose-report.test.ts), and the metadata credentials path refused.
 */
import { diagnose } from '../../../../src/core/diagnose';

const IMDS_401 = '`169.254.169.254/latest/meta-data/iam/security-credentials/` will return 401 error';

it.each([
  ['an S3 message shares its line with a tool saying credentials failed', 'Backing up to an AWS S3 bucket I get:\nmc: <ERROR> Unable to initialize new alias from the provided credentials. The specified key does not exist.'],
  ['an error is said to be masked as another answer', 'On AWS every request died with `AWS access key ID setting is missing`, masked as HTTP 200, because the platform shadows AWS_ACCESS_KEY_ID.'],
  ['the credentials path of the metadata service is said to return 401', IMDS_401],
])('when %s, then it is detected', (_what, text) => {
  expect(diagnose(text).detected).toBe(true);
});

it('when the credentials path of the metadata service answers 401, then role credentials lead', () => {
  expect(diagnose(IMDS_401).causes[0]!.id).toBe('role-credentials-unavailable');
});
