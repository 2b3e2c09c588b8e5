/**
 * QA35's findings left open at stop 36 (/work/wt/briefs/qa35-findings.md), each built from the finding's own input.
 */
import { diagnose } from '../../../src/core/diagnose';
import { step } from '../../../src/core/conversation/engine';
import { buildSummary } from '../../../src/core/conversation/summary';
import { Clock, T0, ofType, send } from '../../helpers/case-script';

const open = (text: string) => {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString() }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r;
};

// zalando/postgres-operator#1233 (real-conversations tuning, batch 18): WAL-G logs through a leveled logger.
const WALG =
  'postgres@team-cluster-0:~/pgdata/pgroot/data$ envdir "/run/etc/wal-e.d/env" wal-g wal-push "pg_wal/000000010000000000000001"\n' +
  "ERROR: 2020/11/26 04:10:00.193819 failed to configure folder: failed to create new session: AWS_REGION is not set and s3:GetBucketLocation failed: AuthorizationHeaderMalformed: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'\n" +
  '        status code: 400, request id: 0BC25F2FAFDD6494, host id: example';

describe('N7: a log level or an SDK exception class is not shown as an AWS error code', () => {
  it('when a Go v1 error line opens with the log level ERROR, then ERROR is no code', () => {
    expect(diagnose(WALG).errorCodes).toEqual(['AuthorizationHeaderMalformed']);
  });

  it.each(['WARN', 'FATAL', 'CRITICAL'])('when the level is %s, then it is no code either', (level) => {
    expect(diagnose(`${level}: sync failed: InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403, request id: x`).errorCodes).toEqual(['InvalidClientTokenId']);
  });

  it("when botocore's ClientError carries ExpiredToken, then the headline and the summary name ExpiredToken only", () => {
    const r = open('botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.');
    expect(r.state.errorCodes).toEqual(['ExpiredToken', 'ClientError']); // the corpus convention: the class is a name the paste shows
    expect(ofType(r.replies, 'heading')[0]!.text).toBe('AWS credential problem: `ExpiredToken`');
    expect(buildSummary(r.state)).toContain('**Error:** `ExpiredToken`\n');
  });

  it('when only .NET exception classes are shown, then the headline names no code', () => {
    const r = open('Amazon.S3.AmazonS3Exception: The provided token has expired.\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type \'Amazon.Runtime.Internal.HttpErrorResponseException\' was thrown.');
    expect(ofType(r.replies, 'heading')[0]!.text).toBe('AWS credential problem');
  });
});

// anomalyco/opencode#12984 (real-conversations tuning, batch 19), the opening shortened.
const OPENCODE_ECS = [
  'Even when explicitly specified as a provider in opencode.json, the Bedrock provider doesn\'t work unless AWS_ACCESS_KEY_ID etc are set. This means the native credential chain doesn\'t work when running `opencode serve` on Lambda, ECS, etc.',
  '- Runtime: ECS Fargate',
  '  - `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/<redacted>`',
  '- Not set:',
  '  - `AWS_ACCESS_KEY_ID`',
  '  - `AWS_SECRET_ACCESS_KEY`',
  '  - `AWS_SESSION_TOKEN`',
  'Error: AWS SigV4 authentication requires AWS credentials...',
].join('\n');
const saysKeysSet = (text: string) => diagnose(text).causes.some((c) => c.evidence.some((e) => e.text.includes('static keys are set in the environment')));

describe('N25: keys said to be unset, or needed "unless set", are not keys set in the environment', () => {
  it('when the opening says the provider does not work unless AWS_ACCESS_KEY_ID is set and lists it under "Not set", then no evidence says static keys are set', () => {
    const d = diagnose(OPENCODE_ECS);
    expect({ saysSet: saysKeysSet(OPENCODE_ECS), top3: d.causes.slice(0, 3).map((c) => c.id).includes('env-var-override') }).toEqual({ saysSet: false, top3: false });
  });

  it('when it fails "unless" the keys are set (no negation word), then the keys are not set either', () => {
    expect(saysKeysSet('the Bedrock provider fails unless AWS_ACCESS_KEY_ID is set\nError: AWS SigV4 authentication requires AWS credentials...')).toBe(false);
  });

  it('when the keys are said to be set, then it still says so', () => {
    expect(saysKeysSet('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set in the container.\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.')).toBe(true);
  });
});

describe('N3: the wrong-profile explanation fits a case where no key was found', () => {
  it('when wrong-profile overtakes "Unable to locate credentials" on a profile that works, then its explanation assumes no key and the reason is the profile', () => {
    const clock = new Clock();
    let s = open('Unable to locate credentials. You can configure credentials by running "aws configure".').state;
    s = send(s, { say: '2, its sso' }, clock).state;
    const r = send(s, { say: 'aws sso login worked, `aws s3 ls --profile dev` works but the python script still says it' }, clock);
    const texts = r.replies.flatMap((x) => ('text' in x && typeof x.text === 'string' ? [x.text] : []));
    const switched = texts.find((x) => x.startsWith('That changes the picture'));
    // Since s38-mendleft the team's sentence is read as a statement (profile-named-only-where-it-works): its words are the reason.
    expect(switched).toContain('because: The team says the profile works where it is named and the failing run does not name it');
    const all = JSON.stringify(r.replies);
    expect(all).not.toContain('whose key is unknown to the account');
    // The profile-not-named explanation (playbooks/profile-unread.ts) replaces the generic one: it too assumes no key.
    expect(all).toContain('the run that fails does not name it and reads another source');
    expect(all).toContain('whose session has expired or holds nothing');
  });
});

describe('N22: a client argument written as a variable is a name no SDK reads', () => {
  // berriai/litellm#9794 (real-conversations tuning, batch 19): the docs said AWS_PROFILE_NAME / AWS_REGION_NAME, after
  // boto3's Session(profile_name=, region_name=); botocore reads AWS_PROFILE / AWS_DEFAULT_PROFILE (sdk-env-names.ts).
  const LITELLM = 'litellm proxy in docker compose cant call bedrock:\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials\ni mount ~/.aws into the container and set AWS_PROFILE_NAME=7t and AWS_REGION_NAME=us-east-1 like the docs say';

  it('when AWS_PROFILE_NAME is set, then malformed-credentials says the SDKs read AWS_PROFILE instead and ranks second or better', () => {
    const d = diagnose(LITELLM);
    const malformed = d.causes.find((c) => c.id === 'malformed-credentials')!;
    expect(malformed.evidence.map((e) => e.text)).toContain('A variable or setting has a name the SDKs do not read (AWS_PROFILE_NAME; they read AWS_DEFAULT_PROFILE or AWS_PROFILE).');
    expect(d.causes.slice(0, 2).map((c) => c.id)).toContain('malformed-credentials');
  });

  it('when the names the SDKs read are set, then nothing is said about a name', () => {
    const d = diagnose(LITELLM.replace('AWS_PROFILE_NAME', 'AWS_PROFILE').replace('AWS_REGION_NAME', 'AWS_REGION'));
    expect(d.causes.flatMap((c) => c.evidence).some((e) => e.text.includes('a name the SDKs do not read'))).toBe(false);
  });
});

describe('N17: "broke after upgrading <tool>" is a fact the fix and the summary use, with no weight on the causes', () => {
  // hashicorp/packer#5901 (real-conversations tuning, batch 18), as QA35 typed it.
  const PACKER = "PS C:\\Users\\hegyre\\ami> packer build ami.json\nBuild 'amazon-ebs' errored: No valid credential sources found for AWS Builder.";

  it('when the team says it worked on the version before the upgrade, then the tool-upgrade steps come with the fix and the timeline says it', () => {
    const clock = new Clock();
    const opened = open(PACKER).state;
    const r = send(opened, { say: 'it broke after upgrading packer to 1.2.0' }, clock);
    const shown = r.replies.filter((x) => x.type === 'remediation').flatMap((x) => JSON.stringify(x));
    expect(shown.join('\n')).toContain('Do not re-run `aws configure` over a profile that works with the CLI');
    expect(r.state.timeline.map((e) => e.event).join('\n')).toContain('broke after the tool was upgraded');
    // No weight: the tuning texts that say so resolve to no one cause (statements.ts).
    expect(r.state.causes.map((c) => [c.id, c.score])).toEqual(send(opened, { say: 'ok' }, new Clock()).state.causes.map((c) => [c.id, c.score]));
  });
});

describe('N25 follow-up (review 36 M-1): "unless" denies only the keys-set state, not a remedy it names', () => {
  const ids = (text: string) => diagnose(text).causes.flatMap((c) => c.evidence.map((e) => e.id));
  it('when it fails "unless I run aws sso login again", then the re-login hint is still read', () => {
    expect(ids('Every morning aws s3 ls fails unless I run aws sso login again.\nAn error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.')).toContain('temporary-expired.relogin');
  });
  it('when the pod fails "unless we use the IAM role for the service account", then the role hint is still read', () => {
    expect(ids('Works on my laptop, the pod fails unless we use the IAM role for the service account.\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.')).toContain('context.hint.role');
  });
});

describe('N22 follow-up (review 36 M-2): an app\'s own AWS_REGION_NAME is not a misnamed SDK variable', () => {
  const saysName = (text: string) => diagnose(text).causes.flatMap((c) => c.evidence).some((e) => e.text.includes('a name the SDKs do not read'));
  it('when litellm\'s documented setup sets AWS_REGION_NAME and the call fails with an expired token, then nothing is said about a name', () => {
    expect(saysName('import os\nfrom litellm import completion\nos.environ["AWS_REGION_NAME"] = "us-west-2"\nresponse = completion(model="bedrock/anthropic.claude-v2", messages=msgs)\nlitellm.exceptions.AuthenticationError: BedrockException - An error occurred (ExpiredTokenException) when calling the InvokeModel operation: The security token included in the request is expired')).toBe(false);
  });
  it('when an env listing has AWS_REGION_NAME and Bedrock denies the caller, then nothing is said about a name', () => {
    expect(saysName('AWS_REGION_NAME=us-east-1\nAWS_PROFILE=dev\nAn error occurred (AccessDeniedException) when calling the InvokeModel operation: User: arn:aws:sts::123456789012:assumed-role/dev/bob is not authorized to perform: bedrock:InvokeModel')).toBe(false);
  });
  it('when the app reads AWS_PROFILE_NAME itself, then its missing credentials say nothing about a name', () => {
    expect(saysName('PROFILE = os.environ.get("AWS_PROFILE_NAME")\nsession = boto3.Session(profile_name=PROFILE)\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials')).toBe(false);
  });
});
