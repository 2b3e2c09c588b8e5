/**
 * QA36 F14: a 1,040,437-character CI log (webpack lines, then `aws s3 sync`, its InvalidAccessKeyId at line 4,857,
 * then post-job cleanup lines) had its error in the 42 K characters not read: "No AWS credential or authentication
 * error found." The middle is searched for an AWS error code: the lines around one are read wherever it is (QA37 F3:
 * long-log-middle-error.test.ts); a long log with none is "not found in what was read", with how to read it all.
 */
import { renderReport } from '../../../src/adapters/cli/diagnosis-report';
import { diagnose } from '../../../src/core/diagnose';
import { headAndTail } from '../../../src/core/input-window';

const NOW = new Date('2026-12-07T10:00:00Z');
const ts = (i: number): string => `2026-12-07T09:${String(Math.floor(i / 60000) % 60).padStart(2, '0')}:00.${String(i % 1000).padStart(3, '0')}Z`;
const webpack = (n: number): string[] => Array.from({ length: n }, (_, i) => `${ts(i)} [INFO] webpack: compiled module ./src/components/Widget${i + 1}.tsx (${(i * 37) % 900} KiB) in ${(i * 13) % 200}ms`);
const cleanup = (n: number): string[] => Array.from({ length: n }, (_, i) => `${ts(i)} [INFO] post-job cleanup: removing cache entry node_modules/.cache/babel-loader/${String(i + 1).padStart(8, '0')}.json`);
const FAILURE = [
  '2026-12-07T09:31:07.001Z ++ aws s3 sync ./dist s3://prod-web-assets --delete',
  '2026-12-07T09:31:08.412Z fatal error: An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.',
  '2026-12-07T09:31:08.500Z ##[error]Process completed with exit code 1.',
];
/** F14's shape: the failure at line 4,857 of about 1,040,000 characters, inside the part a head-and-tail read skips. */
const LOG = [...webpack(4855), ...FAILURE, ...cleanup(4404)].join('\n');

describe('an AWS error in the middle of a long log (QA36 F14)', () => {
  it('when the log is over the bound, then its error sits past where the head alone would end', () => {
    expect(LOG.length).toBeGreaterThan(1_000_000);
    expect(LOG.indexOf('InvalidAccessKeyId')).toBeGreaterThan(499_000);
    expect(LOG.length - LOG.indexOf('InvalidAccessKeyId')).toBeGreaterThan(499_000);
  });

  it('when it is diagnosed, then the error is read: detected, coded, the line where it is in the input', () => {
    const d = diagnose(LOG, { now: NOW });
    expect(d.detected).toBe(true);
    expect(d.errorCodes).toContain('InvalidAccessKeyId');
    expect(d.inputRead?.omittedChars).toBeGreaterThan(0);
    expect(d.facts.locations.operation?.line).toBe(4857);
  });

  it('when the error is far into the middle, then its lines are read all the same and the read note names its code and line', () => {
    const far = [...webpack(30000), ...FAILURE, ...cleanup(30000)].join('\n');
    const w = headAndTail(far);
    expect(w.text).toContain('InvalidAccessKeyId');
    expect(w.text).toContain('++ aws s3 sync ./dist s3://prod-web-assets --delete');
    expect(w.read?.note).toContain('around the AWS error code InvalidAccessKeyId at line 30,002');
    expect(diagnose(far, { now: NOW }).facts.locations.operation?.line).toBe(30_002);
  });

  it('when an error line in the middle is too long to read around, then the read note names its code and line and how to read it', () => {
    const long = `2026-12-07T09:31:08.412Z fatal error: An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation ${'x'.repeat(20_000)}`;
    const w = headAndTail([...webpack(30000), long, ...cleanup(30000)].join('\n'));
    expect(w.text).not.toContain('InvalidAccessKeyId');
    expect(w.read?.note).toContain('the part not read holds the AWS error code InvalidAccessKeyId at line 30,001: read it with `awskey diagnose --lines FILE`');
  });

  it('when a long log holds no error, then the report says none was found in what was read, and how to read it all', () => {
    const report = renderReport(diagnose([...webpack(5000), ...cleanup(5000)].join('\n'), { now: NOW }));
    expect(report).toContain('No AWS credential or authentication error found in what was read.');
    expect(report).toContain('awskey diagnose --lines FILE');
  });
});
