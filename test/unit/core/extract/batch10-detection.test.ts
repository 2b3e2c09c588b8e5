/**
 * Detection readers added after classifying batch 10's tuning misses and false positives against batches 1-9
 * (scripts/corpus/detect-batches.ts): each a mechanism (a wrapping code carrying a denial, Go's url.Error on the metadata
 * service's credential path, a negated wish) rather than a case's string. The sentences are written for the test in
 * the shapes such threads use, not copied from a case. Catalogue strings are quoted in test/unit/core/catalogue.
 */
import { diagnose } from '../../../../src/core/diagnose';

const NOW = new Date('2026-12-06T00:00:00Z');
const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { now: NOW, onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('a service that carries another service\'s denial as the message of its own code', () => {
  it.each([
    'aws cloudformation create-stack --template-url https://example-bucket.s3.amazonaws.com/stack.yml\nAn error occurred (ValidationError) when calling the CreateStack operation: S3 error: Access Denied',
    'An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: Error occurred while GetObject. S3 Error Code: AccessDenied. S3 Error Message: Access Denied',
  ])('when "%s" is pasted, then the denial is detected as authorization', (text) => {
    const d = diagnose(text, { now: NOW });
    expect([d.detected, d.causes[0]!.id, signals(text).includes('line.access-denied')]).toEqual([true, 'authorization-not-authentication', true]);
  });

  it('when the other code\'s line says something else and "Access Denied" stands on a line of its own with no code on it, then the other error is what the paste is about', () => {
    const text = 'An error occurred (ThrottlingException) when calling the DescribeStacks operation: Rate exceeded\nretrying...\nAccess Denied';
    expect(diagnose(text, { now: NOW }).detected).toBe(false);
  });
});

describe("Go's url.Error on the metadata service's credential path", () => {
  it.each([
    'panic: Get http://169.254.169.254/latest/meta-data/iam/security-credentials/: net/http: request canceled while waiting for connection',
    'failed to refresh credentials: Get "http://169.254.169.254/latest/meta-data/iam/security-credentials/app-role": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    'PUT "http://169.254.169.254/latest/api/token": net/http: request canceled',
  ])('when "%s" is pasted, then the metadata service is read as unreachable and the failure detected', (text) => {
    const d = diagnose(text, { now: NOW });
    expect([d.detected, signals(text).includes('msg.imds-unreachable')]).toEqual([true, true]);
  });

  it('when a metadata path other than credentials is fetched (the instance id), then nothing is read', () => {
    expect(signals('Get http://169.254.169.254/latest/meta-data/instance-id: net/http: request canceled')).not.toContain('msg.imds-unreachable');
  });
});

describe('a negated wish is no failure', () => {
  it.each([
    "I'm locked out of my aws-vault keychain. I don't need the credentials that are in it, I just want to start over.",
    'We do not want to store AWS access keys in the repository, so what is the recommended setup for the pipeline?',
  ])('when "%s" is written, then nothing is detected', (text) => {
    expect(diagnose(text, { now: NOW }).detected).toBe(false);
  });

  it.each([
    "The AWS credentials don't work since this morning.",
    'aws-vault does not pass the session token to the container.',
  ])('when "%s" is written, then the failure told in words is still read', (text) => {
    expect(diagnose(text, { now: NOW }).detected).toBe(true);
  });
});

describe("the Go v1 SDK's request-failure line with the code above it cut off", () => {
  it.each([
    '\tstatus code: 403, request id: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\n\n==> Builds finished but no artifacts were created.\n2026/12/01 09:14:02 [INFO] AWS Auth provider used: "EnvConfigCredentials"',
    // The AWS tool's note further down than the lines read around the status.
    `\tstatus code: 403, request id: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\n${'2026/12/01 09:14:02 waiting for plugins\n'.repeat(8)}2026/12/01 09:14:02 [INFO] AWS Auth provider used: "EnvConfigCredentials"`,
  ])('when only "status code: 403, request id: …" is left of an AWS call, then the refusal is detected', (text) => {
    const d = diagnose(text, { now: NOW });
    expect([d.detected, signals(text).includes('line.access-denied')]).toEqual([true, true]);
  });

  it('when the code is above it, then the code says it and the status line adds nothing', () => {
    const text = 'aws-vault: error: exec: Failed to get credentials for work: InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403, request id: 5c1b0e2a-0000-4000-8000-000000000003';
    expect(signals(text)).not.toContain('line.access-denied');
  });

  // No error code in these (a code such as RecurlyError would end the reading before any 403 is looked at).
  it.each([
    'recurly: forbidden\n\tstatus code: 403, request id: 7a8b9c',
    // AWS compute named elsewhere is not AWS answering the 403.
    'We call the Recurly API from our Lambda.\nrecurly: forbidden\n\tstatus code: 403, request id: 7a8b9c',
  ])('when another Go client prints the same format ("%s"), then nothing is detected', (text) => {
    expect(diagnose(text, { now: NOW }).detected).toBe(false);
  });
});

describe('told in words: a title opening with a version and a label, a role that is assumed', () => {
  it.each([
    '3.1.0 regression: uploads to S3 do not work with AWS IRSA authentication anymore',
    'Bug: the pod assumes the node\'s IAM role, which has no access to the Route53 zone',
    'The controller assumes the instance\'s role, which has no access to edit the Route53 hosted zone',
  ])('when "%s" is the whole paste, then the failure told in words is detected', (text) => {
    expect(diagnose(text, { now: NOW }).detected).toBe(true);
  });

  it('when a person assumes a colleague\'s role in a team, then nothing is read', () => {
    expect(diagnose('While Sam is away, Kim assumes the lead\'s role and has no access to the budget spreadsheet yet.', { now: NOW }).detected).toBe(false);
  });
});

describe('a credential or its setting mistyped', () => {
  it.each([
    'There is a typo in the role ARN in our AWS deploy workflow, so nothing deploys.',
    'Typo in the AWS_SECRET_ACCESS_KEY name in the CI config',
    'The apply workflow had a typo in the AWS credentials step.',
  ])('when "%s" is written, then the failure told in words is detected', (text) => {
    expect(diagnose(text, { now: NOW }).detected).toBe(true);
  });

  it.each(['Fixed a typo in the README about AWS credentials setup.', 'Small PR: typo fix in the docs for the access key rotation guide'])(
    'when "%s" (a typo in the documentation) is written, then nothing is detected',
    (text) => {
      expect(diagnose(text, { now: NOW }).detected).toBe(false);
    },
  );

  it.each(['Sorry for the typo above, I meant the AWS access key, not the secret.', 'Fix typo in AWS credentials provider docstring'])(
    'when "%s" (a typo in the writer\'s own text) is written, then nothing is detected',
    (text) => {
      expect(diagnose(text, { now: NOW }).detected).toBe(false);
    },
  );
});

describe('a refusal told after a general failure names the family', () => {
  it('when a typo is blamed first and an Access denied is quoted after, then the refusal is the report read', () => {
    const text = 'Looks like a typo breaks the AWS IAM authentication in the connector.\n\nI tried the nightly image and it still fails for me with an `Access denied: SASL_AUTHENTICATION_FAILED` error.';
    const ids = signals(text);
    expect([ids.includes('prose.refused-report'), ids.includes('prose.credential-report')]).toEqual([true, false]);
  });

  it('when the paste shows an unknown-key code, then the first report stands and the code names the failure', () => {
    const text = 'The package does not use the EC2 role to find the AWS credentials.\n\nClient error: (403) Forbidden: InvalidClientTokenId (The security token included in the request is invalid.)';
    expect(signals(text)).not.toContain('prose.refused-report');
  });
});
