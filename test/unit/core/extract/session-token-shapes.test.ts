/** Session tokens set (or visibly empty) in the shapes people paste besides env dumps and credentials files. */
import { diagnose } from '../../../../src/core/diagnose';

const present = (text: string) => diagnose(text).facts.sessionTokenPresent;

describe('session token shapes', () => {
  it.each([
    ['a YAML env map (GitHub Actions log)', 'env:\n  AWS_ACCESS_KEY_ID: ***\n  AWS_SESSION_TOKEN: ***'],
    ['a presigned URL', 'https://b.s3.amazonaws.com/k?X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=[REDACTED]'],
    ['JS SDK code', "new AWS.Credentials({ accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: 'y', sessionToken: 'FAKETOKEN' })"],
    ['Go %+v of credentials', '{AccessKeyID:ASIAIOSFODNN7EXAMPLE SecretAccessKey:x SessionToken:FAKETOKEN Source:AssumeRoleProvider}'],
    ['aws configure set', 'aws configure set aws_session_token FAKETOKEN'],
    ['the container credentials JSON', '{"AccessKeyId":"ASIAIOSFODNN7EXAMPLE","SecretAccessKey":"x","Token":"[REDACTED]","Expiration":"2024-01-01T10:00:00Z"}'],
    ["Terraform's provider block", 'provider "aws" {\n  access_key = "ASIAIOSFODNN7EXAMPLE"\n  token      = "[REDACTED]"\n}'],
    // The SDKs' and tools' own argument names (extract/token-names.ts), as the conversation already read them.
    ['an R SDK argument (cloudyr/aws.sqs#9)', "list_queues(key = 'ASIAIOSFODNN7EXAMPLE', session_token = 'FAKETOKEN')"],
    ['a YAML source block (concourse/s3-resource#124)', 'source:\n  access_key_id: ASIAIOSFODNN7EXAMPLE\n  session_token:     ((dev-session-token))'],
  ])('when %s sets a token, then sessionTokenPresent is true', (_shape, text) => {
    expect(present(text)).toBe(true);
  });

  it.each([
    ['an empty YAML value', 'env:\n  AWS_ACCESS_KEY_ID: ASIAIOSFODNN7EXAMPLE\n  AWS_SESSION_TOKEN: '],
    ['a null in code', 'sessionToken: null'],
    ['a token in a block without access_key', 'provider "github" {\n  token = "[REDACTED]"\n}'],
    // Not here: Go's `%+v` of an empty token (`SessionToken: Source:EnvConfigCredentials`) and a type annotation
    // (`sessionToken: string;`) are redacted as if they held a token before extraction runs, so they read as set
    // (src/core/redact errs on the safe side).
  ])('when %s is pasted, then no token is read as set', (_shape, text) => {
    expect(present(text)).not.toBe(true);
  });
});

describe('key ids masked to the end', () => {
  it.each([
    ['AKIA****************', 'long-term'],
    ['ASIA2BXOxxxxxxxxxxxx', 'temporary'],
    ['AKIAXXXXXXXXXXXXXXXX', 'long-term'],
  ])('when %s is pasted, then its prefix gives the key kind', (masked, kind) => {
    expect(diagnose(`aws_access_key_id = ${masked}`).facts.keyIds.map((k) => k.kind)).toContain(kind);
  });

  it('when a sentence merely names a prefix, then no key is read', () => {
    expect(diagnose('keys that start with AKIA are long-term').facts.keyIds).toEqual([]);
  });
});
