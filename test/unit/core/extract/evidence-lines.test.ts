/** Evidence that is not an error line (issue 10 item 3): each is a signal and a fact with its location. */
import { diagnose } from '../../../../src/core/diagnose';

const NOW = new Date('2026-12-05T10:00:00Z');
const S3_UNKNOWN = '<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message></Error>';

function evidenceIds(text: string): { top: string; ids: string[]; d: ReturnType<typeof diagnose> } {
  const d = diagnose(text, { now: NOW });
  return { top: d.causes[0]!.id, ids: d.causes.flatMap((c) => c.evidence.map((e) => e.id)), d };
}

describe('evidence lines', () => {
  it('when a presigned URL is signed with a temporary key and has no X-Amz-Security-Token, then the token is absent on that line and the missing token ranks first', () => {
    const url = 'https://acme-uploads.s3.amazonaws.com/a/b.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20261201%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261201T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
    const { top, ids, d } = evidenceIds(`the upload link fails:\n${url}\n${S3_UNKNOWN}`);
    expect(d.facts.sessionTokenPresent).toBe(false);
    expect(d.facts.locations.sessionTokenPresent?.line).toBe(2);
    expect(ids).toContain('missing-token.presign-no-token');
    expect(top).toBe('missing-session-token');
  });

  it('when the presigned URL carries X-Amz-Security-Token, then no missing-token evidence is added', () => {
    const url = 'https://b.s3.amazonaws.com/k?X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20261201%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLE&X-Amz-Signature=0123456789abcdef0123456789abcdef';
    expect(evidenceIds(`${url}\n${S3_UNKNOWN}`).ids).not.toContain('missing-token.presign-no-token');
  });

  it('when a request dump sends an empty X-Amz-Security-Token header, then the token counts as absent and the missing token ranks first', () => {
    const text = 'DEBUG request headers:\n  Authorization: AWS4-HMAC-SHA256 Credential=ASIAIOSFODNN7EXAMPLE/20261201/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=0123456789abcdef0123456789abcdef\n  X-Amz-Security-Token: \nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    const { top, ids, d } = evidenceIds(text);
    expect(d.facts.sessionTokenPresent).toBe(false);
    expect(d.facts.locations.sessionTokenPresent?.line).toBe(3);
    expect(ids).toContain('missing-token.empty-header');
    expect(top).toBe('missing-session-token');
  });

  it('when a framework config dump shows a temporary key and a null token, then the missing token ranks first', () => {
    const text = "config: {\n  region: 'us-east-1',\n  credentials: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: '***', sessionToken: null }\n}\nUnrecognizedClientException: The security token included in the request is invalid.";
    const { top, ids, d } = evidenceIds(text);
    expect(d.facts.locations.sessionTokenPresent?.line).toBe(3);
    expect(ids).toContain('missing-token.null-token-dump');
    expect(top).toBe('missing-session-token');
  });

  it('when an env dump shows a temporary key and AWS_SESSION_TOKEN=null, then the token counts as absent', () => {
    const text = 'AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\nAWS_SESSION_TOKEN=null\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    const { ids, d } = evidenceIds(text);
    expect(ids).toContain('missing-token.null-token-dump');
    expect(d.facts.sessionTokenPresent).toBe(false);
  });

  it('when aws configure list shows every row <not set>, then the source is none on the first row and no credentials ranks first', () => {
    const text = '$ aws s3 ls\nUnable to locate credentials. You can configure credentials by running "aws configure".\n$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key                <not set>             None    None\nsecret_key                <not set>             None    None\n    region                <not set>             None    None';
    const { top, ids, d } = evidenceIds(text);
    expect(d.facts.credentialSource).toBe('none');
    expect(ids).toContain('no-credentials.configure-all-unset');
    expect(top).toBe('no-credentials-found');
  });

  it.each([
    ['quoted', (l: string) => `> ${l}`],
    ['indented in a list', (l: string) => `          ${l}`],
  ])('when an all-<not set> configure list is %s, then it is still the all-unset evidence', (_how, wrap) => {
    const rows = ['   profile                <not set>             None    None', 'access_key                <not set>             None    None', 'secret_key                <not set>             None    None', '    region                <not set>             None    None'];
    expect(evidenceIds(rows.map(wrap).join('\n')).ids).toContain('no-credentials.configure-all-unset');
  });

  it('when only some configure list rows are <not set>, then it is not the all-unset evidence', () => {
    const text = 'access_key     ****************ABCD shared-credentials-file\nsecret_key     ****************wxyz shared-credentials-file\n    region                <not set>             None    None\n   profile                <not set>             None    None\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x';
    expect(evidenceIds(text).ids).not.toContain('no-credentials.configure-all-unset');
  });

  it('when a LocalStack-style dummy key id is rejected, then wrong account/endpoint ranks first with the key line', () => {
    const text = 'AWS_ACCESS_KEY_ID=AKIATESTTESTTESTTEST\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    const { top, d } = evidenceIds(text);
    expect(top).toBe('wrong-account-or-partition');
    expect(d.causes[0]!.evidence.find((e) => e.id === 'wrong-account.localstack-dummy-key')?.at?.line).toBe(1);
  });

  it('when LocalStack is mentioned next to an error from a real AWS endpoint, then the override-not-applied evidence names the endpoint', () => {
    const text = 'running the tests against localstack in docker compose\nbotocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the ListTables operation: The security token included in the request is invalid.\nDEBUG Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://dynamodb.us-east-1.amazonaws.com/>';
    const { top, d } = evidenceIds(text);
    expect(top).toBe('wrong-account-or-partition');
    const e = d.causes[0]!.evidence.find((x) => x.id === 'wrong-account.localstack-real-endpoint');
    expect(e?.text).toContain('dynamodb.us-east-1.amazonaws.com');
    expect(e?.at?.line).toBe(3);
  });

  it("when Terraform's debug log names the EnvProvider, then the source is env on that line and env vars rank first", () => {
    const text = '2026/12/01 09:20:11 [INFO] AWS Auth provider used: "EnvProvider"\nError: error validating provider credentials: error calling sts:GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.';
    const { top, d } = evidenceIds(text);
    expect(d.facts.credentialSource).toBe('env');
    expect(d.facts.locations.credentialSource?.line).toBe(1);
    expect(top).toBe('env-var-override');
  });

  it("when Packer's debug log names aws-sdk-go's session provider (EnvConfigCredentials), then the source is env on that line", () => {
    // hashicorp/packer#6717 (real-pastes tuning): Packer logs the winning provider as Terraform does, by the name
    // aws-sdk-go v1's aws/session gives the environment's credentials.
    const text = '2018/12/26 23:32:06 packer: 2018/12/26 23:32:06 [INFO] AWS Auth provider used: "EnvConfigCredentials"\n==> amazon-ebs: Error querying AMI: AuthFailure: AWS was not able to validate the provided access credentials\n\tstatus code: 401, request id: 8fca6124-c3df-1cae-f426-24d43f7bde13';
    const { d } = evidenceIds(text);
    expect(d.facts.credentialSource).toBe('env');
    expect(d.facts.locations.credentialSource?.line).toBe(1);
  });
});
