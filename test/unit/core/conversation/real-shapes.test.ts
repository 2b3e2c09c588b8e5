/**
 * Real shapes from public threads (each cited by its URL): what reporters paste that already answers a
 * question, and how they word their answers. Properties, through `awskey chat --jsonl`'s code path (the
 * simulated user's replay, whose redundant-question definition is test/helpers/shown-in-pastes.ts):
 * - a paste that shows an answer, opening a case beside a real error line or pasted later, is read
 *   once and the question is never asked, and nothing in the paste is recorded as an answer;
 * - an answer worded as people word it is read as the pending question's answer only, once, and the
 *   question is not asked again; a denial ("we don't use localstack") is not read as the thing denied.
 * Secrets are synthetic (key ids end in EXAMPLE; tokens spelled FAKE).
 */
import { replay, type Truth } from '../../../helpers/sim-user';
import { afterFollowUp, rng, syntheticCase } from '../../../helpers/synthetic-case';
import { shownBy } from '../../../helpers/shown-in-pastes';
import { shownAnswers } from '../../../../src/core/extract/shown-answers';

const answersShownIn = (text: string) => shownAnswers(text).map(({ index: _index, ...a }) => a);
import { interpret, statementsIn } from '../../../../src/core/conversation/interpreter';
import { PROBES, probeById } from '../../../../src/core/knowledge';

/** [question, thread, the shape as it was pasted (secrets replaced)]. */
const REAL_SHAPES: Array<[string, string, string]> = [
  ['key-prefix', 'https://github.com/aws/aws-sdk-java/issues/2313', 'String region = "ap-south-1";\nString awsKey = "AKI....";\nString awsSecret = "vc...";'],
  ['key-prefix', 'https://github.com/rapidsai/kvikio/issues/689', 'Accessing S3 with temporary credentials (with a key whose ID starts with ASIA) currently does not work'],
  ['key-prefix', 'https://github.com/aws/aws-cli/issues/3352', 'aws_access_key_id = ASIA[REDACTED]\naws_secret_access_key = [REDACTED]'],
  ['session-token', 'https://github.com/aws/aws-sdk-java-v2/issues/2067', 'AwsSessionCredentials awsCreds = AwsSessionCredentials.create(\n    "xxxx",\n    "xxxx",\n    "your_session_token_here");'],
  ['session-token', 'https://github.com/aws/aws-encryption-sdk-java/issues/9', 'final KmsMasterKeyProvider masterKeyProvider = new KmsMasterKeyProvider(\n        new BasicAWSCredentials(accessKey, secretKey),\n        customerMasterKey\n);'],
  ['session-token', 'https://github.com/xtyxtyx/minio-dart/issues/41', 'final minioClient = Minio(\n    endPoint: "s3-ap-northeast-1.amazonaws.com",\n    accessKey: "my-access-key",\n    secretKey: "my-secret-key",\n    sessionToken: "my-session-token",\n);'],
  ['configure-list', 'https://gist.github.com/kikumoto/00c3ce23f625a0707bd8', '$ aws configure list | |\nName Value Type Location | |\n---- ----- ---- -------- | |\nprofile <not set> None None | |\naccess_key ****************HX6A shared-credentials-file | |\nsecret_key ****************25tX shared-credentials-file | |\nregion ap-northeast-1 config-file ~/.aws/config | |'],
  ['configure-list', 'https://github.com/aws/aws-cli/pull/513', '        Name                    Value             Type    Location\n        ----                    -----             ----    --------\n     profile                <not set>             None    None\n  access_key     ****************ABCD      config_file    ~/.aws/config\n  secret_key     ****************ABCD      config_file    ~/.aws/config'],
  ['caller-identity', 'https://github.com/simonw/s3-credentials/issues/33', '% s3-credentials whoami\n{\n    "UserId": "AIDAQWERTYUIOPEXAMPLE",\n    "Account": "123456789012",\n    "Arn": "arn:aws:iam::123456789012:user/simon-administrator"\n}'],
  ['sign-in', 'https://github.com/ryansonshine/aws-sso-creds-helper/issues/59', '[profile PRF]\nsso_session = SSOPORTAL\nsso_account_id = ACC_ID\nsso_role_name = ROLE\nregion = eu-central-1'],
  ['sign-in', 'https://github.com/aws/aws-cli/issues/7794', '[profile production]\nrole_arn = arn:aws:iam::111122223333:role/OrganizationAccountAccessRole\nsource_profile = default'],
  ['sign-in', 'https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/1935', '{"level":"error","msg":"Reconciler error","error":"WebIdentityErr: failed to retrieve credentials\\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\\n\\tstatus code: 403"}'],
  ['sign-in', 'https://github.com/CircleCI-Public/aws-ecr-orb/issues/49', '      - aws-ecr/build-and-push-image:\n          account-url: AWS_ACCOUNT\n          aws-access-key-id: AWS_ACCESS_KEY_ID\n          aws-secret-access-key: AWS_SECRET_ACCESS_KEY'],
  ['sign-in', 'https://github.com/ljfranklin/terraform-resource/issues/123', '    vars:\n      tag_name: concourse\n    env:\n      AWS_ACCESS_KEY_ID: ((env:access_key))\n      AWS_SECRET_ACCESS_KEY: ((env:secret_key))\n      AWS_DEFAULT_REGION: ((env:region))'],
  ['sign-in', 'https://github.com/mariamrf/py-lambda-action/issues/14', 'env:\n        AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n        AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n        AWS_DEFAULT_REGION: \'us-west-2\''],
  ['sign-in', 'https://github.com/awslabs/amazon-dynamodb-tools/issues/73', 'INFO:botocore.credentials:Found credentials in shared credentials file: ~/.aws/credentials'],
  ['sign-in', 'https://github.com/aws/aws-cli/issues/1946', '%userDir%/.aws/credentials-\n```\n[default]\naws_access_key_id=key1\naws_secret_access_key=pass1\n```'],
  ['runtime', 'https://github.com/aws-actions/configure-aws-credentials/issues/131', '> Run aws-actions/configure-aws-credentials@v1\n##[error]The security token included in the request is invalid.\n    at Request.extractError (/home/runner/work/_actions/aws-actions/configure-aws-credentials/v1/dist/index.js:2473:29)'],
  ['runtime', 'https://github.com/aws/aws-toolkit-azure-devops/issues/248', "2019-06-12T18:14:39.1597700Z Change set creation request failed with error: 'Missing credentials in config' { CredentialsError: Missing credentials in config\n2019-06-12T18:14:39.1597700Z     at IncomingMessage.<anonymous> (F:\\_a\\1\\_w\\_tasks\\CloudFormationCreateOrUpdateStack\\1.2.0\\CloudFormationCreateOrUpdateStack.js:1:16536)"],
  ['runtime', 'https://github.com/multiplegeorges/vue-cli-plugin-s3-deploy/issues/22', '    at Object.readFileSync (/opt/atlassian/pipelines/agent/build/node_modules/aws-sdk/lib/util.js:97:26)'],
  ['key-prefix', 'https://github.com/aws/aws-cli/issues/351', '[default]\naws_access_key = AKIAIYXXXXXXX.......\naws_secret_access_key = NOlG1VXEGXXXXX....\nregion = ap-southeast-2'],
  ['runtime', 'https://github.com/aws/aws-cli/issues/7017', 'C:\\Users\\Justin>aws iam get-user'],
  ['runtime', 'https://github.com/leeroybrun/glacier-vault-remove/issues/51', '  File "/opt/homebrew/lib/python3.11/site-packages/botocore-1.38.19-py3.11.egg/botocore/client.py", line 595, in _api_call'],
  ['runtime', 'https://github.com/HENNGE/aiodynamo/issues/150', '"ECS_CONTAINER_METADATA_URI_V4": "http://169.254.170.2/v4/58a8"\n"AWS_EXECUTION_ENV": "AWS_ECS_FARGATE"'],
  ['runtime', 'https://github.com/ibpsa/project1-boptest/issues/771', 'web-1        | InvalidAccessKeyId: The Access Key Id you provided does not exist in our records.\nweb-1        |     at Request.extractError (/root/server/node_modules/aws-sdk/lib/services/s3.js:711:35)'],
  ['runtime', 'https://github.com/aws/aws-node-termination-handler/issues/373', 'kubectl annotate serviceaccount -n kube-system aws-node-termination-handler \\\neks.amazonaws.com/role-arn=arn:aws:iam::123456789012:role/test-termination-handler'],
  ['target', 'https://github.com/aws/aws-sdk-js-v3/issues/5755', 'InvalidClientTokenId: The security token included in the request is invalid (govcloud)'],
  ['target', 'https://github.com/ministackorg/ministack/issues/19', '$ aws --endpoint-url=http://localhost:4566 s3 mb s3://my-bucket'],
  ['clock', 'https://github.com/aws/aws-cli/issues/5162', 'An error occurred (RequestTimeTooSkewed) when calling the ListObjectsV2 operation: The difference between the request time and the current time is too large.'],
];

/** Real error lines (the conversations' tuning half) a shape is pasted beside. */
const ERRORS = [
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  'botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.',
  'Error: error configuring Terraform AWS Provider: error validating provider credentials: error calling sts:GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.',
  'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetBucketLocation operation: Access Denied',
  'An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired',
];

describe('real pasted shapes: the eval counts them as shown, and the engine reads them', () => {
  it.each(REAL_SHAPES)('%s is shown by the shape from %s', (question, _url, shape) => {
    expect(shownBy(question, shape)).toBe(true);
  });

  it.each(REAL_SHAPES)('%s is never asked when the opening holds the shape from %s (beside any error, either order), and no paste is read as an answer', async (question, _url, shape) => {
    const failures: string[] = [];
    for (const [i, error] of ERRORS.entries()) {
      const r = await replay({ half: 'tuning', file: 'synthetic.json', c: syntheticCase(i % 2 === 0 ? `${error}\n\n${shape}` : `${shape}\n${error}`) });
      if (r.redundant.length > 0 || r.misread.length > 0) failures.push(`${error.slice(0, 40)}: ${[...r.redundant, ...r.misread].join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

const INTROS = ['', 'Hi, since this morning our job fails with:\n', 'Getting this when I run the deploy:\n', 'Any idea? '];

describe('real pasted shapes, embedded as people paste them (generated: intro, code fence, order, error line)', () => {
  it.each(REAL_SHAPES)('%s is never asked for the shape from %s in 6 generated openings', async (_question, url, shape) => {
    const r = rng(url.length * 7919 + shape.length);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const failures: string[] = [];
    for (let i = 0; i < 6; i++) {
      const error = pick(ERRORS);
      const body = r() < 0.5 ? `${shape}\n\n${error}` : `${error}\n\nmy setup:\n${shape}`;
      const opening = pick(INTROS) + (r() < 0.4 ? '```\n' + body + '\n```' : body);
      const rep = await replay({ half: 'tuning', file: 'synthetic.json', c: syntheticCase(opening) });
      if (rep.redundant.length > 0 || rep.misread.length > 0) failures.push(`${opening.slice(0, 60)}: ${[...rep.redundant, ...rep.misread].join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('real pasted shapes pasted later, with a question pending', () => {
  // Commands are asked first for a bare error; the shape answers a question that is not pending.
  it.each(REAL_SHAPES.filter(([q]) => q !== 'configure-list' && q !== 'caller-identity'))('%s is not asked after the shape from %s is pasted, and the paste answers nothing', async (question, _url, shape) => {
    const { asked, understood } = await afterFollowUp(ERRORS[0]!, `here is what I have:\n${shape}`);
    // What the prose of the paste said is recorded as said (read-as-answer.ts), never as a choice.
    expect(understood.filter((u) => !/=said: /.test(u))).toEqual([]);
    expect(asked).not.toContain(question);
  });
});

describe('what a paste shows, read by diagnose (src/core/extract/shown-answers.ts)', () => {
  it.each([
    ['key-prefix', 'asia', 'AccessKeyId: ASIA[REDACTED]'],
    ['key-prefix', 'akia', 'String awsKey = "AKI....";'],
    ['session-token', 'yes', 'new BasicSessionCredentials(id, secret, token)'],
    ['session-token', 'no', 'new BasicAWSCredentials(accessKey, secretKey)'],
    ['sign-in', 'sso', 'The SSO session associated with this profile has expired or is otherwise invalid.'],
    ['sign-in', 'role', '    role-to-assume: arn:aws:iam::123456789012:role/gh'],
    ['sign-in', 'file', '$ aws configure\nAWS Access Key ID [None]: AKIAQWERTYUIOEXAMPLE'],
    ['runtime', 'aws-compute', 'File "/var/task/handler.py", line 10, in handler'],
    ['runtime', 'laptop', 'file:/C:/Users/jane/.testcontainers.properties'],
    ['clock', 'off', 'Signature not yet current: 20240101T103000Z is still later than 20240101T102000Z'],
    ['target', 'local', 'image: localstack/localstack:3.0'],
    ['region-enabled', 'disabled', '$ aws account get-region-opt-status --region-name ap-east-1\n{\n    "RegionName": "ap-east-1",\n    "RegionOptStatus": "DISABLED"\n}'],
    ['region-enabled', 'enabled', '{\n    "Endpoint": "ec2.me-south-1.amazonaws.com",\n    "RegionName": "me-south-1",\n    "OptInStatus": "opted-in"\n}'],
    ['target', 'other-partition', 'We deploy to our GovCloud account.'],
  ])('%s=%s from %j', (probe, choice, text) => {
    expect(answersShownIn(text)).toContainEqual({ probe, choice });
  });

  it.each([
    ['target', 'We do not use localstack, this is real AWS.'],
    ['target', 'does this work with localstack?'],
    ['runtime', 'C:\\Users\\runneradmin\\.aws\\credentials'],
    // An instance-metadata error is no sign of EC2: containers fall through to it too (issue 9's "runtime: EC2, it was a container").
    ['runtime', 'Unable to load credentials from the instance metadata service (169.254.169.254)'],
    ['key-prefix', 'is it an AKIA... key or an ASIA... key?'],
  ])('nothing shown for %s by %j', (probe, text) => {
    const shown = answersShownIn(text).find((a) => a.probe === probe);
    // Two prefixes named: the question is shown unsettled (no choice), or not at all.
    expect(shown?.choice).toBeUndefined();
    if (probe !== 'key-prefix') expect(shown).toBeUndefined();
  });
});

/** [question, thread or "common", the words, the choice they mean]. */
const PHRASINGS: Array<[string, string, string, string]> = [
  ['session-token', 'common', 'nope', 'no'],
  ['session-token', 'common', "we don't use a token", 'no'],
  ['session-token', 'https://github.com/prolane/samltoawsstskeys/issues/40', 'I did not use the session token, only the key-id and secret key', 'no'],
  ['session-token', 'common', 'we only set the access key and secret', 'no'],
  ['session-token', 'common', 'the token is set too', 'yes'],
  ['key-prefix', 'common', 'yes, starts with ASIA', 'asia'],
  ['key-prefix', 'https://github.com/rapidsai/kvikio/issues/689', 'a key whose ID starts with ASIA', 'asia'],
  ['sign-in', 'common', 'from ~/.aws/credentials', 'file'],
  ['works-elsewhere', 'issue 9', 'the one from my laptop works', 'yes'],
  ['works-elsewhere', 'https://github.com/jonbrouse/docker-ice/issues/6', 'I use the same key and all works', 'yes'],
  ['clock', 'common', 'ntp is running', 'right'],
  ['clock', 'common', 'nope, clock is synced', 'right'],
];

describe('answers as people word them', () => {
  const open = PROBES.map((p) => p.id);
  it.each(PHRASINGS)('%s (%s): %j answers %s', (question, _source, words, choice) => {
    expect(interpret(words, probeById(question), open).answer).toEqual({ probeId: question, choiceId: choice });
  });

  it.each(PHRASINGS)('%s (%s): %j is taken once and the question is not asked again', async (question, _source, words, choice) => {
    const truth: Partial<Truth> = {};
    const field = { 'session-token': 'sessionTokenSet', 'key-prefix': 'keyPrefix', 'sign-in': 'credentialSource', 'works-elsewhere': 'worksElsewhere', clock: 'clockOff' }[question] as keyof Truth;
    const value = { 'session-token': choice === 'yes', 'key-prefix': choice.toUpperCase(), 'sign-in': { assume: 'assume-role', 'assume-role': 'assume-role', file: 'shared-file' }[choice], 'works-elsewhere': choice === 'yes', clock: choice === 'off' }[question];
    (truth as Record<string, unknown>)[field] = value;
    // The key-prefix question waits for a temporary key before session-token: the opening shows one.
    const opening = question === 'session-token' ? `AWS_ACCESS_KEY_ID=ASIAQWERTYUIOEXAMPLE\n${ERRORS[0]}` : ERRORS[0]!;
    const r = await replay({ half: 'tuning', file: 'synthetic.json', c: syntheticCase(opening, truth, { [field]: words }) });
    expect(r.redundant.filter((x) => x.startsWith(question))).toEqual([]);
    expect(r.misread).toEqual([]);
  });

  // Said in an opening, with no question pending: a statement of fact, taken as the answer would be.
  it.each([
    ['clock', 'https://github.com/hashicorp/terraform-provider-aws/issues/1102', "The problem was with the system's clock.", 'off'],
    ['works-elsewhere', 'https://github.com/aws-samples/serverless-patterns/issues/970', 'I have set up AWS Credentials and its working fine for me.', 'yes'],
    ['works-elsewhere', 'common', 'If I specify a named profile in appsettings, things work ok', 'yes'],
  ])('%s (%s): %j stated in an opening reads %s', (question, _source, words, choice) => {
    expect(statementsIn([words], PROBES.map((p) => p.id)).stated).toContainEqual({ probeId: question, choiceId: choice });
  });

  it.each([
    ['works-elsewhere', 'It was working fine, but suddenly it fails.'],
    ['clock', 'Is the problem with the clock?'],
  ])('%s is not stated by %j', (question, words) => {
    expect(statementsIn([words], PROBES.map((p) => p.id)).stated.map((x) => x.probeId)).not.toContain(question);
  });

  it.each([
    ['target', "we don't use localstack", 'local'],
    ['target', "we aren't using LocalStack", 'local'],
    ['clock', 'it is not the clock', 'off'],
    ['clock', 'the clock is not right', 'right'],
  ])('a denial is not read as the thing denied: %s %j is not %s', (question, words, denied) => {
    const out = interpret(words, probeById(question), PROBES.map((p) => p.id));
    expect(out.answer?.choiceId).not.toBe(denied);
    expect(out.stated.map((s) => `${s.probeId}=${s.choiceId}`)).toEqual([]);
  });
});
