/**
 * Readings added after classifying the misses of batch 20's tuning half (scripts/corpus/batch20-pastes.results.md),
 * kept only where they held on batches 1-19 (scripts/corpus/rank-cv.ts --table, scripts/corpus/detect-batches.ts). The
 * sentences are written for the test in the phrasing such threads use, not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { ranking, signals } from '../../../helpers/readings';

const topThree = (text: string): string[] => ranking(text).slice(0, 3);

describe('a session token said to be absent is talk of the session token', () => {
  it.each([
    'The uploader does not read AWS_SESSION_TOKEN from the environment, so temporary keys from our SSO login are rejected.',
    'Our wrapper never passes the session token on to the S3 client, and every request with assumed-role keys fails.',
    'It looks like the plugin is not looking for the session token at all when it builds the S3 client.',
  ])('when "%s" is written, then the session-token hint is read', (text) => {
    expect(signals(text)).toContain('hint.session-token');
  });

  it('when a tool is said not to read the token variable, then the missing session token is among the first three', () => {
    expect(topThree('The CLI does not look for the AWS_SESSION_TOKEN environment variable: SSO and other temporary credentials only work from the aws config file.')).toContain('missing-session-token');
  });

  it('when other denied topics are written, then their hints are still withdrawn', () => {
    expect(signals('The token has not expired and the clock is not the problem, we checked the AWS keys.')).not.toContain('hint.expired');
  });
});

describe('a session token dropped, stripped, ignored or not looked for is told as missing', () => {
  it.each([
    'The cache step takes the access key id and secret from the stored credentials but drops the session token, so every S3 request gets a 403.',
    'Our proxy strips the session token from the assumed-role credentials and the uploads are refused with Access Denied.',
    'The tool does not look for AWS_SESSION_TOKEN, so requests made with temporary keys get 403 from S3.',
  ])('when "%s" is written, then the missing session token leads', (text) => {
    expect(signals(text)).toContain('hint.talk-missing-session-token');
    expect(ranking(text)[0]).toBe('missing-session-token');
  });
});

describe("Node's inspect prints a renamed error as `Error [Name]: message`", () => {
  // nodejs/node lib/internal/util/inspect.js @ 0059b877e35e (formatError): a stack captured as "Error: …" whose error was named
  // afterwards (aws-sdk-js v2's AWS.util.error sets the name from the code) is shown `${prefix} [${name}]${rest}`.
  it('when the JavaScript SDK v2 error is logged that way, then CredentialsError is its code', () => {
    const text = 'Loading the sandbox fails:\nError [CredentialsError]: Missing credentials in config\n    at credError (/app/node_modules/aws-sdk/lib/config.js:400:40)';
    expect(diagnose(text).errorCodes).toContain('CredentialsError');
  });
});
