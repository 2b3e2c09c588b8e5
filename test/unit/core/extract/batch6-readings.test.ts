/**
 * Readings added after the clean check on batch 6's tuning half (scripts/corpus/rank-cv.ts --table): a credential
 * variable under a name the SDKs do not read, sentences typed with several spaces after a full stop, `iam-role` inside
 * a flag or role name, and kubectl's token step failing on the client. The first sentence of each block is from a
 * tuning thread of test/fixtures/real-pastes (restic/restic#2388, aws/aws-sdk-ruby#707, docker/machine#3574,
 * okta/okta-aws-cli#169, kubernetes-sigs/aws-iam-authenticator#93); the rest are written for the test.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { looksLikeProse, misnamedCredentialVariable } from '../../../../src/core/extract/context-hints';

const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('a credential variable under a name the SDKs do not read', () => {
  it.each([
    ['$ export AWS_SECRET_ACCES_KEY="SOMETHING"', 'AWS_SECRET_ACCES_KEY'],
    ["I've triple-checked the `ENV` in both cases: `AWS_ACCESS_KEY` and `AWS_SECRET_ACCESS_KEY` are both set.", 'AWS_ACCESS_KEY'],
    ["aws_secret_access_key = os.getenv('AWS_SECRET_KEY')", 'AWS_SECRET_KEY'],
    ['AWS_SESION_TOKEN=abc', 'AWS_SESION_TOKEN'],
    ['export AWS_ACESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'AWS_ACESS_KEY_ID'],
  ])('when "%s" is written, then %s is read as misnamed', (text, name) => {
    expect(misnamedCredentialVariable(text)?.name).toBe(name);
  });

  it.each([
    'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=x AWS_SESSION_TOKEN=y',
    'AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1 AWS_PROFILE=dev',
    'AWS_SECURITY_TOKEN is the old name of the token',
    'AWS_ACCESS_KEY_ID_FILE=/run/secrets/key AWS_SHARED_CREDENTIALS_FILE=~/.aws/credentials',
    'TF_VAR_AWS_ACCESS_KEY=x MY_AWS_SECRET_KEY=y',
  ])('when "%s" is written, then nothing is misnamed', (text) => {
    expect(misnamedCredentialVariable(text)).toBeUndefined();
  });

  it('when a misnamed variable is found, then its index is where its name starts (read back from where the match ends)', () => {
    const text = 'ok: AWS_REGION\nexport AWS_ACESS_KEY_ID=AKIAIOSFODNN7EXAMPLE';
    expect(misnamedCredentialVariable(text)).toEqual({ name: 'AWS_ACESS_KEY_ID', index: text.indexOf('AWS_ACESS') });
  });

  it('when a misspelled secret variable sits next to an unknown-key error, then a malformed value ranks with the leaders', () => {
    const text = [
      '$ export AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE"',
      '$ export AWS_SECRET_ACCES_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
    ].join('\n');
    const d = diagnose(text);
    const malformed = d.causes.find((c) => c.id === 'malformed-credentials')!;
    expect(malformed.evidence.map((e) => e.id)).toContain('malformed.variable-misnamed');
    expect(d.causes.slice(0, 3).map((c) => c.id)).toContain('malformed-credentials');
  });
});

describe('sentences typed with several spaces after a full stop', () => {
  it('when sentences are separated by three spaces, then the line is still prose and its clock talk is read', () => {
    const text =
      'I use a long running Linux VM for development.   For a few days after a restart, docker-machine works flawlessly.   Then suddenly, docker-machine would fail to connect to the instance with a TLS: AuthFailure.   After debugging for awhile, I noticed that my clock had drifted about 5 minutes from real time.';
    expect(looksLikeProse(text)).toBe(true);
    expect(signals(text)).toContain('hint.clock');
    expect(diagnose(text).causes[0]!.id).toBe('clock-skew');
  });

  it('when values are laid out in columns, then the line is not prose', () => {
    expect(looksLikeProse('access_key     ****************ABCD shared-credentials-file')).toBe(false);
    expect(looksLikeProse('The region is     us-east-1 in the config file here')).toBe(false);
  });
});

describe('where the code runs', () => {
  it('when iam-role is part of a flag or a role name, then it does not say EC2', () => {
    expect(signals('credential_process = okta-aws-cli web --format process-credentials --aws-iam-role arn:aws:iam::123456789012:role/Developer')).not.toContain('runtime.ec2');
    expect(signals('role_arn = arn:aws:iam::123456789012:role/my-iam-role-for-ci')).not.toContain('runtime.ec2');
  });

  it("when botocore names iam-role as its credential source, then it still says EC2", () => {
    expect(signals('botocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from iam-role: Credential refresh failed')).toContain('runtime.ec2');
  });

  it("when kubectl's token step finds no credentials on an EKS cluster, then the chain on the client leads, not the pod's role", () => {
    const text = [
      'Executing commands using kubectl (AWS EKS specific version) returns the following error when the AWS CLI configure has not been run for the default profile:',
      '"could not get token: NoCredentialProviders: no valid providers in chain. Deprecated.',
      '        For verbose messaging see aws.Config.CredentialsChainVerboseErrors"',
    ].join('\n');
    const d = diagnose(text);
    expect(d.causes[0]!.id).toBe('no-credentials-found');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('role-unavailable.compute-empty-chain');
  });

  it('when a Zappa deploy command fails, then it ran on the workstation, not on Lambda', () => {
    expect(signals('zappa update staging\nUnable to locate credentials')).not.toContain('runtime.lambda');
    expect(signals('My zappa app cannot read the bucket: Unable to locate credentials')).toContain('runtime.lambda');
  });
});

describe("LocalStack's wrappers", () => {
  it('when a LocalStack wrapper ran and AWS does not know the key, then a wrong account or endpoint leads', () => {
    const text = ['$ amplifylocal init', '? Please choose the profile you want to use default', '🛑 The security token included in the request is invalid.'].join('\n');
    expect(signals(text)).toContain('hint.localstack-wrapper');
    expect(diagnose(text).causes[0]!.id).toBe('wrong-account-or-partition');
  });

  it('when a word only ends in "local", then it is no wrapper', () => {
    expect(signals('We run the app on localhost with a local profile; the security token included in the request is invalid.')).not.toContain('hint.localstack-wrapper');
  });
});
