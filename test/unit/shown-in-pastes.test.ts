/**
 * The eval's definition of a redundant question (test/helpers/shown-in-pastes.ts): what a paste
 * already shows, both ways. Each "shown" row is a shape an expert reads the answer from; each "not
 * shown" row is text that mentions the thing without answering the question (the old definition
 * counted several of them, and missed several of the first kind).
 */
import { shownBy } from '../helpers/shown-in-pastes';
import { saysItself } from '../helpers/sim-user';

const cases: Record<string, { shown: string[]; notShown: string[] }> = {
  'key-prefix': {
    shown: [
      'aws_access_key_id = ASIAIOSFODNN7EXAMPLE',
      'AWS_ACCESS_KEY_ID=AKIA****************',
      'access key AKIA...WXYZ was rejected',
      'aws_access_key_id=ASIA2BXOxxxxxxxxxxxx',
      'AccessKeyId: ASIA[REDACTED]',
      'aws_access_key_id = AKIA<redacted>',
      'yes, it starts with ASIA',
      'the key id begins with AKIA',
      'creds: {AccessKeyID:ASIAIOSFODNN7EXAMPLE SecretAccessKey:x}',
      'String awsKey = "AKI....";',
    ],
    notShown: [
      'An error occurred (InvalidClientTokenId)',
      'access_key     ****************WXYZ shared-credentials-file',
      'is it an AKIA... key or an ASIA... key?',
      'AWS_ACCESS_KEY_ID=*****1234',
      'Asian region keys',
    ],
  },
  'session-token': {
    shown: [
      'AWS_SESSION_TOKEN=FAKEtoken',
      'AWS_SESSION_TOKEN=',
      'export AWS_SESSION_TOKEN="${TOKEN}"',
      'aws_session_token = ***',
      '"SessionToken": "FAKE"',
      'X-Amz-Security-Token: FAKE',
      'https://b.s3.amazonaws.com/a?X-Amz-Security-Token=FAKE&X-Amz-Signature=1',
      'provider "aws" {\n  access_key = "x"\n  token      = "y"\n}',
      '{"AccessKeyId":"ASIAIOSFODNN7EXAMPLE","SecretAccessKey":"x","Token":"y"}',
      'aws configure set aws_session_token FAKE',
      'SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=abc',
      'Authorization: AWS4-HMAC-SHA256 Credential=ASIAIOSFODNN7EXAMPLE/20240101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc',
      'unset AWS_SESSION_TOKEN',
      'sessionToken: undefined',
      'AwsSessionCredentials awsCreds = AwsSessionCredentials.create("xxxx", "xxxx", "your_session_token_here");',
      'new KmsMasterKeyProvider(new BasicAWSCredentials(accessKey, secretKey), cmk)',
      // Key and secret set together, no token beside them: not set.
      '[default]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = x',
      'env:\n  AWS_ACCESS_KEY_ID: ${{ secrets.KEY }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.SECRET }}',
    ],
    notShown: [
      'The security token included in the request is invalid.',
      'do I need AWS_SESSION_TOKEN too?',
      'AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE',
      '[prod]\nregion = us-east-1\noutput = json',
    ],
  },
  'configure-list': {
    shown: [
      '      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************ABCD shared-credentials-file',
      // Collapsed spacing and trailing pipes, as a gist kept it (gist.github.com/kikumoto/00c3ce23f625a0707bd8).
      'Name Value Type Location | |\n---- ----- ---- -------- | |\nprofile <not set> None None | |\naccess_key ****************HX6A shared-credentials-file | |',
      '| access_key | ****************ABCD | env | |',
      'access_key     ****************ABCD shared-credentials-file',
      '   access_key                <not set>             None    None',
    ],
    // A header alone (the table cut before its credential row) does not show where the credentials come from.
    notShown: ['I ran aws configure list and it shows my key', 'aws configure list', 'access_key = AKIAQWERTYUIOPASDFGH', 'Name Value Type Location', '| Name | Value | Type | Location |'],
  },
  'caller-identity': {
    shown: [
      '{\n    "UserId": "AIDAQWERTYUIOPASDFGHJ",\n    "Account": "123456789012",\n    "Arn": "arn:aws:iam::123456789012:user/ci"\n}',
      '{"UserId":"AROAQWERTYUIOPASDFGHJ:jane","Account":"123456789012","Arn":"arn:aws:sts::123456789012:assumed-role/Admin/jane"}',
      "{'UserId': 'AIDAQWERTYUIOPASDFGHJ', 'Account': '123456789012', 'Arn': 'arn:aws:iam::123456789012:user/ci', 'ResponseMetadata': {}}",
      '123456789012\tarn:aws:iam::123456789012:user/ci\tAIDAQWERTYUIOPASDFGHJ',
      '123456789012    arn:aws:sts::123456789012:assumed-role/Admin/jane    AROAQWERTYUIOPASDFGHJ:jane',
      "Account: '123456789012'\nArn: arn:aws:iam::123456789012:user/ci\nUserId: AIDAQWERTYUIOPASDFGHJ",
      '--------------------\n|  GetCallerIdentity  |\n+------+------+------+\n|  Account  |  Arn  |  UserId  |\n+------+------+------+\n|  123456789012 |  arn:aws:iam::123456789012:user/ci |  AIDAQWERTYUIOPASDFGHJ |',
      '{\n  UserId: "AIDAQWERTYUIOPASDFGHJ",\n  Account: "123456789012",\n  Arn: "arn:aws:iam::123456789012:user/ci"\n}',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b"',
      'Outputs:\n\naccount_id = "123456789012"\ncaller_arn = "arn:aws:iam::123456789012:user/ci"\ncaller_user = "AIDAQWERTYUIOPASDFGHJ"\nuser_id = "AIDAQWERTYUIOPASDFGHJ"',
    ],
    notShown: [
      // A role's description carries an Arn, not who is calling.
      '{\n  "Role": {\n    "RoleName": "deploy",\n    "Arn": "arn:aws:iam::123456789012:role/deploy"\n  }\n}',
      'role_arn = arn:aws:iam::123456789012:role/deploy',
      'aws sts get-caller-identity',
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation',
    ],
  },
  target: {
    shown: [
      'endpoint_url="http://localhost:4566"',
      'AWS_ENDPOINT_URL=http://localstack:4566',
      'https://s3.localhost.localstack.cloud:4566/bucket',
      'image: localstack/localstack:3.0',
      'We test against LocalStack running in docker.',
      'region = ap-east-1',
      'https://sts.cn-north-1.amazonaws.com.cn/',
      'arn:aws-us-gov:iam::123456789012:user/ci',
      'Our account is in GovCloud.',
    ],
    notShown: [
      'We do not use localstack, this is real AWS.',
      "we aren't using LocalStack",
      'does this work with localstack?',
      'region = us-east-1',
      'https://sts.amazonaws.com/',
    ],
  },
  'sign-in': {
    shown: [
      '   access_key     ****************ABCD              env',
      'access_key ****************ABCD sso',
      'Found credentials in environment variables.',
      'Found credentials in shared credentials file: ~/.aws/credentials',
      '[DEBUG] AWS Auth provider used: "EnvProvider"',
      'creds: {AccessKeyID:x SecretAccessKey:x Source:EnvConfigCredentials}',
      'Error when retrieving token from sso: Token has expired and refresh failed\nThe SSO session associated with this profile has expired or is otherwise invalid.',
      '[profile dev]\nsso_start_url = https://example.awsapps.com/start',
      '[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = default',
      'WebIdentityErr: failed to retrieve credentials',
      '    role-to-assume: arn:aws:iam::123456789012:role/gh',
      'export AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH',
      'docker run -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY app',
      '[default]\naws_access_key_id = AKIAQWERTYUIOPASDFGH',
      '$ aws configure\nAWS Access Key ID [None]: AKIAQWERTYUIOPASDFGH',
      'kubectl annotate serviceaccount -n kube-system handler eks.amazonaws.com/role-arn=arn:aws:iam::123456789012:role/x',
    ],
    notShown: [
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
      '   access_key                <not set>             None    None',
      'Name Value Type Location',
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation',
      'how do I pass AWS_ACCESS_KEY_ID?',
    ],
  },
  runtime: {
    shown: [
      'File "/home/runner/work/app/app/deploy.py", line 3',
      '##[error]Process completed with exit code 1.',
      'File "/var/task/handler.py", line 10, in handler',
      'REPORT RequestId: 1-2-3 Duration: 3.2 ms',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/abc',
      'AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
      'C:\\Users\\jane\\.aws\\credentials',
      'File "/Users/jane/project/venv/lib/python3.11/site-packages/botocore/client.py"',
      'C:\\Users\\Justin>aws iam get-user',
      'DEBUG - overrides will be loaded from file:/C:/Users/jane/.testcontainers.properties',
      'File "/opt/homebrew/lib/python3.11/site-packages/botocore/client.py", line 595',
      '"AWS_EXECUTION_ENV": "AWS_ECS_FARGATE"',
      'web-1        | InvalidAccessKeyId: The Access Key Id you provided does not exist in our records.',
    ],
    notShown: [
      'C:\\Users\\runneradmin\\.aws\\credentials',
      '~/.aws/credentials',
      'Unable to load credentials from the instance metadata service (169.254.169.254)',
      'It fails in my deployment.',
      '| access_key | ****ABCD | env |',
      // A client command, run from a CI job as often as from a laptop (aws/aws-cli#7794).
      '    - aws --profile production eks update-kubeconfig --region eu-central-1 --name prod\n    - kubectl get po',
    ],
  },
  clock: {
    shown: [
      'An error occurred (RequestTimeTooSkewed): The difference between the request time and the current time is too large.',
      'InvalidSignatureException: Signature expired: 20240101T100000Z is now earlier than 20240101T100500Z (20240101T101000Z - 5 min.)',
      'Signature not yet current: 20240101T103000Z is still later than 20240101T102000Z',
    ],
    notShown: ['An error occurred (ExpiredToken): The security token included in the request is expired', 'InvalidSignatureException: Signature expired'],
  },
  'region-enabled': {
    shown: ['{\n    "RegionName": "ap-east-1",\n    "RegionOptStatus": "DISABLED"\n}', '"RegionName": "me-south-1",\n"OptInStatus": "not-opted-in"'],
    notShown: ['Is the region enabled?', 'I enabled the region yesterday'],
  },
  'resource-account': {
    shown: ['User: arn:aws:iam::111122223333:user/ci is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:444455556666:key/abc'],
    notShown: ['User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::bucket/key"', 'AccessDenied: Access Denied'],
  },
};

describe('what a paste already shows (the eval\'s redundant-question definition)', () => {
  for (const [question, { shown, notShown }] of Object.entries(cases)) {
    it.each(shown)(`${question}: shown by %j`, (text) => expect(shownBy(question, text)).toBe(true));
    it.each(notShown)(`${question}: not shown by %j`, (text) => expect(shownBy(question, text)).toBe(false));
  }
  it('questions with no paste shape are shown only by the reporter\'s words (sim-user.ts)', () => {
    expect(shownBy('rotation', 'We rotated the key yesterday.')).toBe(false);
    expect(shownBy('works-elsewhere', 'It works from my laptop.')).toBe(false);
  });
});

describe("the reporter's own sentence in a paste (sim-user.ts saysItself)", () => {
  it('counts the sentence as whole words, whatever the spacing and case', () => {
    expect(saysItself('kubectl works just fine', ['Note: kubectl  works just fine.\nerror: You must be logged in'])).toBe(true);
    expect(saysItself('Clock was off', ['clock was off by 10 minutes'])).toBe(true);
  });
  it('does not count it inside other words, nor a single short word', () => {
    expect(saysItself('sso', ['sso_start_url = https://x.awsapps.com/start'])).toBe(false);
    expect(saysItself('no', ['no such file or directory'])).toBe(false);
    expect(saysItself('works fine', ['it reworks finely'])).toBe(false);
  });
});
