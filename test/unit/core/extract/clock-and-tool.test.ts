import { diagnose } from '../../../../src/core/diagnose';

describe('clock skew and expiry', () => {
  it('when AWS says Signature expired, then the skew in seconds is server time minus signing time', () => {
    expect(diagnose('Signature expired: 20220127T001427Z is now earlier than 20220127T014428Z (20220127T015928Z - 15 min.)').facts.clockSkewSeconds).toBe(6301);
  });

  it('when the clock is ahead, then the skew is negative', () => {
    expect(diagnose('Signature not yet current: 20261121T120500Z is still later than 20261121T114900Z (20261121T114400Z + 5 min.)').facts.clockSkewSeconds).toBe(-1260);
  });

  it('when S3 shows RequestTime and ServerTime, then the skew is read', () => {
    expect(diagnose('<Error><Code>RequestTimeTooSkewed</Code><RequestTime>20261121T081500Z</RequestTime><ServerTime>2026-11-21T10:15:02Z</ServerTime></Error>').facts.clockSkewSeconds).toBe(7202);
  });

  it('when an Expiration is in the past at the given time, then temporary credentials expired is supported', () => {
    const d = diagnose('"Expiration": "2026-11-21T10:00:00Z"\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x\nAWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE', { now: new Date('2026-11-22T00:00:00Z') });
    expect(d.facts.expiredAt).toBe('2026-11-21T10:00:00.000Z');
    expect(d.causes.find((c) => c.id === 'temporary-credentials-expired')!.evidence.map((e) => e.id)).toContain('temporary-expired.expiry-past');
  });
});

describe('tool, service, operation, status and request id', () => {
  it.each([
    ['aws-cli', 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x', { tool: 'aws-cli', operation: 'GetCallerIdentity', service: 'sts' }],
    ['aws-cli version', '2026-01-01 - MainThread - awscli.clidriver - DEBUG - CLI version: aws-cli/2.15.30 Python/3.11.8', { tool: 'aws-cli', toolVersion: '2.15.30' }],
    ['boto3', 'Traceback (most recent call last):\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied', { tool: 'boto3', service: 's3' }],
    ['JS v3', 'at de_CommandError (/app/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:1:1)\n  $metadata: { httpStatusCode: 400, requestId: \'RVQ4G1TQ5H9S0V7M\' }', { tool: 'aws-sdk-js-v3', service: 'dynamodb', httpStatus: 400, requestId: 'RVQ4G1TQ5H9S0V7M' }],
    ['Go v2', 'operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: b16fc6b2-1111, api error InvalidClientTokenId: x', { tool: 'aws-sdk-go-v2', service: 'sts', operation: 'GetCallerIdentity', httpStatus: 403, requestId: 'b16fc6b2-1111' }],
    ['Java v2', 'software.amazon.awssdk.services.sts.model.StsException: x (Service: Sts, Status Code: 403, Request ID: 6b6c1fe3-2222)', { tool: 'aws-sdk-java-v2', service: 'sts', httpStatus: 403 }],
    ['Terraform', '│ Error: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity', { tool: 'terraform', service: 'sts' }],
    ['Serverless', 'Environment: linux, node 18.19.0, framework 3.38.0 (local)\nCredentials: Local, "default" profile', { tool: 'serverless', toolVersion: '3.38.0' }],
    ['CDK', 'Need to perform AWS calls for account 123456789012, but no credentials have been configured', { tool: 'cdk' }],
    ['GitHub Actions', 'Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers', { tool: 'github-actions' }],
    ['kubectl', 'error: You must be logged in to the server (Unauthorized)', { tool: 'kubectl' }],
  ])('when %s output is pasted, then the facts are read', (_tool, text, expected) => {
    expect(diagnose(text).facts).toMatchObject(expected);
  });
});

describe('identity output', () => {
  it('when get-caller-identity JSON is pasted, then the ARN and account are facts and nothing is detected', () => {
    const d = diagnose('{\n"UserId": "AIDACKCEVSQ6C2EXAMPLE",\n"Account": "123456789012",\n"Arn": "arn:aws:iam::123456789012:user/deploy"\n}');
    expect(d.detected).toBe(false);
    expect(d.facts).toMatchObject({ arn: 'arn:aws:iam::123456789012:user/deploy', accountIds: ['123456789012'] });
  });

  it('when the person says the identity is the wrong one, then it is detected as a credential problem', () => {
    const d = diagnose('I expected prod but end up in some old account\n{\n"UserId": "AIDACKCEVSQ6C2EXAMPLE",\n"Account": "111122223333",\n"Arn": "arn:aws:iam::111122223333:user/legacy"\n}');
    expect(d.detected).toBe(true);
    expect(['wrong-profile', 'wrong-account-or-partition', 'env-var-override']).toContain(d.causes[0]!.id);
  });
});
