/**
 * Property: the conversation never asks what the pastes already show, nor what was answered once.
 *
 * For each question the eval counts as redundant when the pastes show its answer (test/helpers/sim-user.ts,
 * SHOWN_IN_PASTES), a few hundred pastes are generated that show the answer in the shapes people paste
 * (INI, env, `export`, JSON, YAML, Terraform, presigned URLs, Authorization headers, log lines, masked
 * and redacted values, CLI v1/v2 tables), each embedded in a real credential error line taken from the
 * conversations' tuning half. Each paste opens a case through `awskey chat --jsonl`'s code path (the sim
 * user's replay), the user answers "I don't know" to everything and refuses every fix, and the question
 * must never be asked. Secrets are synthetic: key ids end in EXAMPLE (the corpus leak scan's rule) and
 * token values are spelled FAKE.
 */
import { replay, type ConversationCase, type Truth } from '../../../helpers/sim-user';
import { afterFollowUp, rng, syntheticCase } from '../../../helpers/synthetic-case';

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const chars = (r: R, n: number, alphabet = B32) => Array.from({ length: n }, () => pick(r, [...alphabet])).join('');

/** A synthetic key id: 9 random base-32 characters then EXAMPLE, like the documentation's AKIAIOSFODNN7EXAMPLE. */
const keyId = (r: R, prefix: string) => `${prefix}${chars(r, 9)}EXAMPLE`;
const fakeToken = (r: R) => `FAKE${chars(r, 24, 'abcdefghijklmnopqrstuvwxyz0123456789')}TOKEN`;
const fakeSecret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** Error lines as reporters pasted them (conversations' tuning half), for the unknown-key and expired families. */
const ERRORS = [
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  'botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.',
  'caught exception(An error occurred (UnrecognizedClientException) when calling the StartSession operation: The security token included in the request is invalid.)',
  'Error: error using credentials to get account ID: error calling sts:GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.',
  '2022/08/01 03:16:17 S3> Got an error uploading file - operation error S3: PutObject, https response error StatusCode: 403, RequestID: xxxxxxxx, HostID: xxxxxxxx, api error InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.',
  'Client error: (403) Forbidden: InvalidClientTokenId (The security token included in the request is invalid.)',
  'ServerlessError: The security token included in the request is invalid.',
  'aws_security_group.canada-squid: AuthFailure: AWS was not able to validate the provided access credentials',
  'ClientError: An error occurred (UnrecognizedClientException) when calling the Decrypt operation: The security token included in the request is invalid',
  'An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS access key Id you provided does not exist in our records.',
  'region:us-east-1 error:An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired',
  'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
  'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetBucketLocation operation: Access Denied',
];
const INTROS = ['', 'Hi, since this morning our job fails with:\n', 'Getting this when I run the deploy:\n', 'Any idea? '];

/** A paste: an intro, the shape and the error, in either order, sometimes inside a code fence. */
function embed(r: R, shape: string): string {
  const error = pick(r, ERRORS);
  const body = r() < 0.5 ? `${shape}\n\n${error}` : `${error}\n\nmy setup:\n${shape}`;
  return pick(r, INTROS) + (r() < 0.3 ? '```\n' + body + '\n```' : body);
}

type Shape = (r: R) => string;

// -------------------------------------------------------------------------------------------------
// key-prefix: a key id whose first four characters show

const keyShapes = (id: string, r: R): string[] => {
  const masked = [`${id.slice(0, 4)}...${id.slice(-4)}`, `${id.slice(0, 4)}****************`, `${id.slice(0, 4)}************${id.slice(-4)}`, `${id.slice(0, 4)}XXXXXXXXXXXXXXXX`, `${id.slice(0, 8)}xxxxxxxxxxxx`][Math.floor(r() * 5)]!;
  return [
    `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${fakeSecret}`,
    `AWS_ACCESS_KEY_ID=${id}`,
    `export AWS_ACCESS_KEY_ID="${id}"\nexport AWS_SECRET_ACCESS_KEY="${fakeSecret}"`,
    `{\n  "AccessKeyId": "${id}",\n  "SecretAccessKey": "${fakeSecret}"\n}`,
    `env:\n  AWS_ACCESS_KEY_ID: ${id}\n  AWS_DEFAULT_REGION: us-east-1`,
    `provider "aws" {\n  region     = "us-east-1"\n  access_key = "${id}"\n}`,
    `GET https://my-bucket.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z`,
    `X-Amz-Credential=${id}/20240101/us-east-1/s3/aws4_request`,
    `Authorization: AWS4-HMAC-SHA256 Credential=${id}/20240101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024`,
    `2024-01-01 10:00:00,123 DEBUG [botocore.credentials] Found credentials in environment variables. access_key=${id}`,
    `AWS_ACCESS_KEY_ID=${masked}`,
    `aws_access_key_id = ${masked}`,
    `access key: ${masked}`,
    `<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>${id}</AWSAccessKeyId><RequestId>4442587FB7D0A2F9</RequestId></Error>`,
    `s3 = boto3.client("s3", aws_access_key_id="${id}", aws_secret_access_key=secret)`,
    `new AWS.S3({ accessKeyId: '${id}', secretAccessKey: process.env.SECRET })`,
    `AWSCredentials creds = new BasicAWSCredentials("${id}", secret);`,
    `services:\n  app:\n    environment:\n      - AWS_ACCESS_KEY_ID=${id}`,
    `$env:AWS_ACCESS_KEY_ID="${id}"`,
    `Access Key ID: ${id}`,
    `"aws_access_key_id": "${id}",`,
    `creds: {AccessKeyID:${id} SecretAccessKey:[REDACTED] SessionToken:[REDACTED] Source:EnvConfigCredentials}`,
  ];
};
const keyPrefixShape: Shape = (r) => pick(r, keyShapes(keyId(r, pick(r, ['AKIA', 'ASIA'])), r));
const keyPrefix: Shape = (r) => embed(r, keyPrefixShape(r));

// -------------------------------------------------------------------------------------------------
// session-token: a session token set, with a value or redacted

/** Each shape sets a temporary (ASIA) key too: with the key alone, the engine asks about the token (controls below). */
const tokenShapes = (id: string, tok: string): string[] => [
  `AWS_ACCESS_KEY_ID=${id}\nAWS_SESSION_TOKEN=${tok}`,
  `export AWS_ACCESS_KEY_ID="${id}"\nexport AWS_SESSION_TOKEN="${tok}"`,
  `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${fakeSecret}\naws_session_token = ${tok}`,
  `{\n  "AccessKeyId": "${id}",\n  "SessionToken": "${tok}",\n  "Expiration": "2024-01-01T10:00:00Z"\n}`,
  `"Credentials": {"AccessKeyId": "${id}", "SessionToken": "${tok}"}`,
  `env:\n  AWS_ACCESS_KEY_ID: ${id}\n  AWS_SESSION_TOKEN: ${tok}`,
  `env:\n  AWS_ACCESS_KEY_ID: ${id}\n  AWS_SESSION_TOKEN: \${{ secrets.AWS_SESSION_TOKEN }}`,
  `Authorization: AWS4-HMAC-SHA256 Credential=${id}/20240101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token\nX-Amz-Security-Token: ${tok}`,
  `https://my-bucket.s3.amazonaws.com/a.txt?X-Amz-Credential=${id}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${tok}&X-Amz-Signature=abc`,
  `provider "aws" {\n  access_key = "${id}"\n  token      = "${tok}"\n}`,
  `AWS_ACCESS_KEY_ID=${id}\nAWS_SECURITY_TOKEN=${tok}`,
  `session = boto3.Session(aws_access_key_id="${id}", aws_secret_access_key=secret, aws_session_token="${tok}")`,
  `new AWS.Credentials({ accessKeyId: '${id}', secretAccessKey: 'y', sessionToken: '${tok}' })`,
  `$ curl 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI\n{"RoleArn":"arn:aws:iam::123456789012:role/task","AccessKeyId":"${id}","SecretAccessKey":"x","Token":"${tok}","Expiration":"2024-01-01T10:00:00Z"}`,
  `$env:AWS_ACCESS_KEY_ID="${id}"\n$env:AWS_SESSION_TOKEN="${tok}"`,
  `set AWS_ACCESS_KEY_ID=${id}\nset AWS_SESSION_TOKEN=${tok}`,
  `docker run -e AWS_ACCESS_KEY_ID=${id} -e AWS_SESSION_TOKEN=${tok} myimage`,
  `aws configure set aws_access_key_id ${id}\naws configure set aws_session_token ${tok}`,
  `- uses: aws-actions/configure-aws-credentials@v4\n  with:\n    aws-access-key-id: ${id}\n    aws-session-token: ${tok}`,
  `creds: {AccessKeyID:${id} SecretAccessKey:x SessionToken:${tok} Source:AssumeRoleProvider}`,
];
const sessionTokenShape: Shape = (r) => pick(r, tokenShapes(keyId(r, 'ASIA'), pick(r, [fakeToken(r), '[REDACTED]', '[REDACTED:session-token]', '***', '<redacted>'])));
const sessionToken: Shape = (r) => embed(r, sessionTokenShape(r));

// -------------------------------------------------------------------------------------------------
// configure-list and sign-in: an `aws configure list` table (CLI v1 and v2, various spacing)

const TYPES: Array<[string, string]> = [
  ['env', ''],
  ['shared-credentials-file', ''],
  ['config-file', '~/.aws/config'],
  ['sso', ''],
  ['assume-role', ''],
  ['iam-role', ''],
  ['container-role', ''],
  ['custom-process', ''],
];
function configureListTable(r: R): string {
  const [type, loc] = pick(r, TYPES);
  const w = pick(r, [10, 14, 20]);
  const pad = (s: string, n: number) => s.padStart(n);
  const location = loc || (type === 'env' ? '' : type === 'shared-credentials-file' ? '' : '');
  const row = (name: string, value: string, t: string, l: string) => `${pad(name, 10)} ${pad(value, w + 10)} ${pad(t, w)}    ${l}`;
  const lines = [
    row('Name', 'Value', 'Type', 'Location'),
    row('----', '-----', '----', '--------'),
    row('profile', pick(r, ['<not set>', 'dev', 'default']), pick(r, ['None', 'manual', 'env']), pick(r, ['None', '--profile', 'AWS_PROFILE'])),
    row('access_key', `****************${chars(r, 4)}`, type, type === 'env' ? pick(r, ['', 'AWS_ACCESS_KEY_ID']) : location),
    row('secret_key', `****************${chars(r, 4)}`, type, type === 'env' ? pick(r, ['', 'AWS_SECRET_ACCESS_KEY']) : location),
    row('region', pick(r, ['us-east-1', 'eu-west-1']), 'config-file', '~/.aws/config'),
  ];
  // Slack and issue trackers often collapse the column padding to single spaces.
  const collapsed = r() < 0.25;
  const table = collapsed ? lines.map((l) => l.trim().replace(/ {2,}/g, ' ')) : lines;
  if (r() < 0.15) {
    // Nothing found: every row <not set>.
    const none = [row('Name', 'Value', 'Type', 'Location'), row('----', '-----', '----', '--------'), row('profile', '<not set>', 'None', 'None'), row('access_key', '<not set>', 'None', 'None'), row('secret_key', '<not set>', 'None', 'None'), row('region', '<not set>', 'None', 'None')];
    return '$ aws configure list\n' + none.join('\n');
  }
  return '$ aws configure list\n' + table.join('\n');
}
const configureList: Shape = (r) => embed(r, configureListTable(r));

// -------------------------------------------------------------------------------------------------
// caller-identity: JSON, --output text and --output table

function callerIdentity(r: R): string {
  const account = pick(r, ['123456789012', '111122223333']);
  const arn = pick(r, [`arn:aws:iam::${account}:user/deployer`, `arn:aws:sts::${account}:assumed-role/Admin/jane`]);
  const uid = arn.includes('assumed-role') ? `AROA${chars(r, 10)}EXAMPLE:jane` : `AIDA${chars(r, 10)}EXAMPLE`;
  const json = `{\n    "UserId": "${uid}",\n    "Account": "${account}",\n    "Arn": "${arn}"\n}`;
  const text = `${account}\t${arn}\t${uid}`;
  const table = [
    '------------------------------------------------------------------------------',
    '|                             GetCallerIdentity                              |',
    '+--------------+----------------------------------------+--------------------+',
    '|    Account   |                  Arn                   |      UserId        |',
    '+--------------+----------------------------------------+--------------------+',
    `|  ${account}|  ${arn}  |  ${uid}  |`,
    '+--------------+----------------------------------------+--------------------+',
  ].join('\n');
  const oneLine = `{"UserId":"${uid}","Account":"${account}","Arn":"${arn}"}`;
  const yaml = `Account: '${account}'\nArn: ${arn}\nUserId: ${uid}`;
  const boto = `{'UserId': '${uid}', 'Account': '${account}', 'Arn': '${arn}', 'ResponseMetadata': {'RequestId': 'c1a2b3', 'HTTPStatusCode': 200}}`;
  return embed(r, `$ aws sts get-caller-identity${pick(r, ['', ' --output text', ' --output table', ' --output yaml'])}\n` + pick(r, [json, text, table, oneLine, yaml, boto]));
}

// -------------------------------------------------------------------------------------------------
// target: an opt-in region, China, GovCloud or LocalStack endpoint

function targetShape(r: R): string {
  const region = pick(r, ['ap-east-1', 'me-south-1', 'af-south-1', 'eu-south-1', 'ap-southeast-3', 'il-central-1', 'me-central-1', 'ap-southeast-5', 'mx-central-1', 'ca-west-1', 'eu-central-2', 'ap-south-2', 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1']);
  const host = region.startsWith('cn-') ? `s3.${region}.amazonaws.com.cn` : `sts.${region}.amazonaws.com`;
  return pick(r, [
      `POST https://${host}/ HTTP/1.1`,
      `endpoint: https://${host}`,
      `AWS_REGION=${region}`,
      `export AWS_DEFAULT_REGION=${region}`,
      `provider "aws" {\n  region = "${region}"\n}`,
      `aws s3 ls --region ${region}`,
      `[profile prod]\nregion = ${region}`,
      `aws --endpoint-url=http://localhost:4566 s3 ls`,
      `AWS_ENDPOINT_URL=http://localstack:4566`,
      `endpoint_url='http://localhost:4566'`,
      `s3 = boto3.client("s3", endpoint_url="http://localstack:4566")`,
      `Could not connect to the endpoint URL: "http://localhost:4566/"`,
      `aws --endpoint-url http://127.0.0.1:4566 sqs list-queues`,
      `AWS_ENDPOINT_URL_S3=http://s3.localhost.localstack.cloud:4566`,
      `client = boto3.client("sts", region_name="${region}")`,
      `"region": "${region}",`,
      `Region: aws.String("${region}"),`,
      `    aws-region: ${region}`,
      `AWS_DEFAULT_REGION: ${region}`,
      `role_arn = arn:${pick(r, ['aws-cn', 'aws-us-gov'])}:iam::123456789012:role/deploy`,
      `"Arn": "arn:${pick(r, ['aws-cn', 'aws-us-gov'])}:iam::123456789012:user/ci"`,
      `Region: ${region}`,
      `arn:${region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov') ? 'aws-us-gov' : 'aws'}:s3:::my-bucket (region ${region})`,
    ]);
}
const target: Shape = (r) => embed(r, targetShape(r));

const GENERATORS: Record<string, Shape> = {
  'key-prefix': keyPrefix,
  'session-token': sessionToken,
  'configure-list': configureList,
  'sign-in': configureList,
  'caller-identity': callerIdentity,
  target,
};

async function questionsAsked(c: ConversationCase): Promise<{ asked: string[]; redundant: string[]; misread: string[] }> {
  const r = await replay({ half: 'tuning', file: 'synthetic.json', c });
  return { asked: r.turns.map((t) => t.question).filter((q): q is string => q !== undefined), redundant: r.redundant, misread: r.misread };
}

const N = 150;

describe('no question the pastes already answer (generated pastes)', () => {
  for (const [question, gen] of Object.entries(GENERATORS)) {
    // Failed before this commit for key-prefix (`AKIA****************`, `ASIA2BXOxxxxxxxxxxxx`: masked to the end)
    // and session-token (Terraform's `token = "…"`, SDK code's `sessionToken: '…'`).
    it(`${question} is never asked when a paste shows its answer`, async () => {
      const r = rng(question.length * 7919 + 17);
      const failures: string[] = [];
      for (let i = 0; i < N; i++) {
        const paste = gen(r);
        // An identity in another partition next to a call that names a commercial region contradicts itself:
        // which endpoint the call is meant to reach is then a fair question.
        if (question === 'target' && /arn:aws-(cn|us-gov):/.test(paste) && /\bus-east-1\b/.test(paste)) continue;
        const { asked } = await questionsAsked(syntheticCase(paste));
        if (asked.includes(question)) failures.push(paste);
      }
      expect(failures.slice(0, 5)).toEqual([]);
    });
  }
});

/** Words a reporter answers with, per question, and the truth they state. */
const SAID: Array<{ question: string; truth: Partial<Truth>; field: keyof Truth; words: string[] }> = [
  { question: 'key-prefix', truth: { keyPrefix: 'ASIA' }, field: 'keyPrefix', words: ['it starts with ASIA', 'yes it starts with ASIA', 'ASIA', 'asia…', 'temporary credentials from sts'] },
  { question: 'key-prefix', truth: { keyPrefix: 'AKIA' }, field: 'keyPrefix', words: ['AKIA', 'it is an AKIA key', 'akia, the keys of an IAM user'] },
  { question: 'session-token', truth: { sessionTokenSet: true }, field: 'sessionTokenSet', words: ['yes', 'yes, AWS_SESSION_TOKEN is set', 'yep the token is exported too'] },
  { question: 'session-token', truth: { sessionTokenSet: false }, field: 'sessionTokenSet', words: ['no', 'no, only the key and the secret', 'nope'] },
  { question: 'works-elsewhere', truth: { worksElsewhere: true }, field: 'worksElsewhere', words: ['yes', 'works fine from my laptop'] },
  { question: 'rotation', truth: { rotatedRecently: true }, field: 'rotatedRecently', words: ['we rotated the key yesterday'] },
  { question: 'target', truth: { target: 'commercial' }, field: 'target', words: ['normal aws, us-east-1', 'commercial'] },
  { question: 'runtime', truth: { runtime: 'ci' }, field: 'runtime', words: ['in github actions', 'ci'] },
  { question: 'sign-in', truth: { credentialSource: 'sso' }, field: 'credentialSource', words: ["2, it's sso", 'sso', 'we use aws sso login'] },
  { question: 'sign-in', truth: { credentialSource: 'env' }, field: 'credentialSource', words: ['env vars', 'from environment variables in the pipeline'] },
  { question: 'copied', truth: { copiedByHand: true }, field: 'copiedByHand', words: ['yes, copied from the console', 'yes'] },
  { question: 'clock', truth: { clockOff: false }, field: 'clockOff', words: ['the clock is right', 'clock is fine, ntp synced'] },
];

describe('a question answered once is never asked again (answers in words and by choice)', () => {
  for (const s of SAID) {
    for (const words of s.words) {
      it(`${s.question}: "${words}"`, async () => {
        const r = rng(words.length);
        // Four picks; a pick that repeats would replay the very same case (the replay is deterministic): once each.
        const openings = new Set(Array.from({ length: 4 }, () => pick(r, ERRORS)));
        for (const opening of openings) {
          const c = syntheticCase(opening, s.truth, { [s.field]: words });
          const { redundant } = await questionsAsked(c);
          expect(redundant.filter((x) => x.includes('asked again after it was answered'))).toEqual([]);
        }
      });
    }
  }
});

describe('controls: without the shape, the question is asked (the property is not vacuous)', () => {
  const UNKNOWN_KEY = ERRORS.slice(0, 10);
  // The controls ask about the same bare openings again and again: each is replayed once (the replay is deterministic).
  const replayed = new Map<string, Promise<string[]>>();
  const askedIn = (opening: string): Promise<string[]> => {
    let asked = replayed.get(opening);
    if (!asked) replayed.set(opening, (asked = questionsAsked(syntheticCase(opening)).then((r) => r.asked)));
    return asked;
  };
  const askedFor = async (openings: string[], question: string) => {
    let n = 0;
    for (const o of openings) if ((await askedIn(o)).includes(question)) n++;
    return n;
  };
  it.each(['key-prefix', 'target'])('%s is asked for every bare unknown-key error line', async (q) => {
    expect(await askedFor(UNKNOWN_KEY, q)).toBe(UNKNOWN_KEY.length);
  });
  // EC2's AuthFailure has clock skew in its prior since stop 24 (3 of its 10 tuning threads, src/core/rules/priors.ts):
  // on that line the clock is asked where sign-in used to be; every other bare unknown-key line still asks sign-in.
  const AUTH_FAILURE = UNKNOWN_KEY.filter((o) => o.includes('AuthFailure'));
  it('sign-in is asked for every bare unknown-key error line but AuthFailure, which asks the clock', async () => {
    expect(await askedFor(UNKNOWN_KEY.filter((o) => !AUTH_FAILURE.includes(o)), 'sign-in')).toBe(UNKNOWN_KEY.length - AUTH_FAILURE.length);
    expect(await askedFor(AUTH_FAILURE, 'clock')).toBe(AUTH_FAILURE.length);
  });
  // The user here runs no command ("I can't run that here"), and after one refused command no second is asked
  // (policy.ts refusedACommand): each bare unknown-key line asks one of the two, whichever is worth more first.
  it('one of configure-list and caller-identity is asked for every bare unknown-key error line', async () => {
    const both = (await askedFor(UNKNOWN_KEY, 'configure-list')) + (await askedFor(UNKNOWN_KEY, 'caller-identity'));
    expect(both).toBe(UNKNOWN_KEY.length);
  });
  it('configure-list is asked for most bare unknown-key error lines', async () => {
    expect(await askedFor(UNKNOWN_KEY, 'configure-list')).toBeGreaterThanOrEqual(UNKNOWN_KEY.length / 2);
  });
  it('caller-identity is asked for a third of bare error lines or more', async () => {
    expect(await askedFor(ERRORS, 'caller-identity')).toBeGreaterThanOrEqual(ERRORS.length / 3);
  });
  it('session-token is asked for a temporary key set alone', async () => {
    const r = rng(3);
    expect(await askedFor(UNKNOWN_KEY.map((e) => `AWS_ACCESS_KEY_ID=${keyId(r, 'ASIA')}\n${e}`), 'session-token')).toBe(UNKNOWN_KEY.length);
  });
});

/**
 * The reporter's own sentence in the opening paste, stating a question's answer, as people write it
 * (the eval counts such a question as redundant: sim-user.ts shownInPastes).
 */
const STATED: Record<string, string[]> = {
  'works-elsewhere': [
    'The same keys work fine on my colleague\'s machine.', 'It works from the AWS CLI on the same box.', 'Running aws sts get-caller-identity with the same profile works.', 'Everything works when I run it from my terminal.', 'It works in the staging account with the same setup.', 'The same credentials work in Postman.',
    'It works fine from my laptop.', 'The same credentials work with the AWS CLI.', 'aws s3 ls works with the same keys.', 'Locally, everything works fine.', 'It works locally with the same keys.',
    'It worked in all other regions.', 'Same error on my laptop too.', 'It fails everywhere, also locally.', 'The CLI works perfectly with these keys.',
  ],
  rotation: [
    'I rotated the credentials an hour ago.', 'An admin deactivated my access key.', 'The IAM user was deleted yesterday.', 'I just generated a new access key pair.', 'Our keys are rotated every 90 days by a script.', 'We replaced the old access key last night.',
    'We rotated the access keys yesterday.', 'I created new access keys this morning.', 'I regenerated the access key in IAM.', 'The old key was deactivated last week.',
    'I deleted the old key and made a new one.', 'Nothing changed on our side, the keys are the same.',
  ],
  runtime: [
    'This is on a self-hosted GitLab runner.', 'We run it in a Kubernetes pod.', 'It\'s running in AWS CodeBuild.', 'I run it from my Windows laptop.',
    'This runs in GitHub Actions.', 'It runs on an EC2 instance.', 'The app runs inside a docker container.', 'It runs on ECS Fargate.', 'It fails in a Lambda function.',
    'On my MacBook.', 'In our Jenkins pipeline.', 'The pod runs on EKS.',
  ],
  'sign-in': [
    'I authenticate with aws sso login --profile dev.', 'Credentials come from environment variables set in the pipeline.', 'The job uses OIDC to assume a role.', 'We use an instance profile on the EC2 box.', 'I configured the keys with aws configure.', 'The Lambda execution role provides the credentials.', 'The keys are stored as GitHub secrets.',
    'I log in with aws sso login.', 'We use IAM Identity Center.', 'The profile assumes a role.', 'The keys are in ~/.aws/credentials.', 'I set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment.',
    'The instance has an IAM role attached.', 'The service account uses IRSA.',
  ],
  clock: [
    'The server time was 10 minutes behind.', 'I checked, the clock is synced with NTP.','The system clock was off by 20 minutes.', 'The clock is in sync (NTP).'],
  copied: [
    'I copied the access key from the IAM console.', 'The secret was copy-pasted from a Slack message.', 'I entered the keys by hand in the .env file.','I copied the keys from the console by hand.', 'I pasted the keys from the downloaded CSV file.', 'I typed the secret in manually.'],
  target: [
    'We are testing against LocalStack running in docker.', 'The account is an AWS China account.', 'We deploy to the ap-east-1 (Hong Kong) region.', 'We deploy to me-south-1.','We use LocalStack for tests.', 'This is in the China region.', 'Our account is in GovCloud.', 'The bucket is in the Hong Kong region (ap-east-1).', 'It is a normal commercial AWS account.'],
  'session-token': [
    'I export AWS_SESSION_TOKEN too.', 'There is no AWS_SESSION_TOKEN in the environment.', 'I forgot to set the session token.','I did not set a session token.', 'AWS_SESSION_TOKEN is set as well.', 'The session token is set too.', 'No session token, only key and secret.'],
  'key-prefix': [
    'The access key is a long-term IAM user key.', 'I\'m using temporary session credentials.', 'The key id begins with ASIA.','These are the keys of an IAM user.', 'They are temporary credentials from STS.', 'The key starts with ASIA.', 'The access key id starts with AKIA.'],
};

describe('no question the reporter\'s own words in the paste already answer', () => {
  for (const [question, sentences] of Object.entries(STATED)) {
    it(`${question} is not asked after the opening states it`, async () => {
      const failures: string[] = [];
      for (const sentence of sentences) {
        for (const [i, e] of ERRORS.entries()) {
          const opening = i % 2 === 0 ? `${sentence}\n${e}` : `${e}\n\n${sentence}`;
          const { asked } = await questionsAsked(syntheticCase(opening));
          if (asked.includes(question)) failures.push(`${sentence} | ${e.slice(0, 40)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

/**
 * Shown in a later paste: the opening is a bare error, then, with the first question still open, the
 * person pastes more (`env | grep AWS`, the config in use) that shows the answer. That question is
 * answered by the paste and never asked afterwards (the controls above show it is asked otherwise).
 */
const askedAfterFollowUp = async (opening: string, followUp: string) => (await afterFollowUp(opening, followUp)).asked;

describe('no question a follow-up paste already answers', () => {
  const FOLLOW_UPS: Record<string, Shape> = { 'key-prefix': keyPrefixShape, 'session-token': sessionTokenShape, target: targetShape };
  for (const [question, shape] of Object.entries(FOLLOW_UPS)) {
    it(`${question} is not asked after a paste that shows it`, async () => {
      const r = rng(question.length * 31 + 5);
      const failures: string[] = [];
      for (let i = 0; i < 60; i++) {
        const extra = shape(r);
        const error = pick(r, ERRORS.slice(0, 10));
        const opening = question === 'session-token' ? `AWS_ACCESS_KEY_ID=${keyId(r, 'ASIA')}\n${error}` : error;
        const followUp = pick(r, [extra, `$ env | grep AWS\n${extra}`, `here is my setup:\n\n${extra}`]);
        if ((await askedAfterFollowUp(opening, followUp)).includes(question)) failures.push(followUp);
      }
      expect(failures.slice(0, 5)).toEqual([]);
    });
  }
});

describe('no question a statement made mid-conversation already answers', () => {
  for (const [question, sentences] of Object.entries(STATED)) {
    it(`${question} is not asked after the reporter says it, whatever was pending`, async () => {
      const failures: string[] = [];
      for (const [i, sentence] of sentences.entries()) {
        const asked = await askedAfterFollowUp(ERRORS[i % 10]!, sentence);
        if (asked.includes(question)) failures.push(sentence);
      }
      expect(failures).toEqual([]);
    });
  }
});
