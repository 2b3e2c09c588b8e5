/**
 * QA leftovers mended at stop 37 (QA37 F12, F1; QA36 F3, F4's `aws login`), read through the conversation as `chat`
 * does (each message typed through the engine). The pastes are written from the SDKs' and tools' own strings.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { Reply } from '../../../../src/core/conversation/types';
import type { CauseId } from '../../../../src/core/taxonomy';
import { renderReplies } from '../../../../src/adapters/cli/render-terminal';
import { renderMessages } from '../../../../src/adapters/slack/render-blocks';
import { Clock, T0, send } from '../../../helpers/case-script';
import { typed } from '../../../helpers/typed-case';

type RemediationReply = Extract<Reply, { type: 'remediation' }>;
const fixOf = (replies: Reply[]): RemediationReply => {
  const r = replies.find((x): x is RemediationReply => x.type === 'remediation');
  if (!r) throw new Error('no fix shown');
  return r;
};
/** The platforms whose steps the fix shows (not those behind "other platforms"). */
const shownPlatforms = (r: RemediationReply) => r.variants.slice(0, r.primary ?? r.variants.length).map((v) => v.platform);

describe('QA37 F12: the Java v2 chain listing names a container and a pod only to say they are not there', () => {
  // aws-sdk-java-v2's AwsCredentialsProviderChain message (aws/aws-msk-iam-auth#195's shape), a macOS prompt before it.
  const javaChain = [
    'bob@macbook ~/src/app $ java -jar target/app.jar',
    'Exception in thread "main" software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(profilesAndSectionsMap=[])), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., WebIdentityTokenCredentialsProvider(): Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set., ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(profilesAndSectionsMap=[])): Profile file contained no credentials for profile \'default\': ProfileFile(profilesAndSectionsMap=[]), ContainerCredentialsProvider(): Cannot fetch credentials from container - neither AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]',
  ].join('\n');
  it('when the fix is shown, then its steps are for no ECS task or pod', () => {
    const fix = fixOf(typed([javaChain, 'show me the fix']).replies);
    expect(shownPlatforms(fix)).not.toContain('container-ecs');
    expect(shownPlatforms(fix)).not.toContain('kubernetes-irsa');
    expect(fix.shownFor ?? '').not.toMatch(/container|pod/);
  });
  it('when a person says it runs in a container, then the words still name the container', () => {
    const fix = fixOf(typed([javaChain, 'it runs inside a docker container', 'show me the fix']).replies);
    expect(shownPlatforms(fix)).toContain('container-ecs');
  });
});

describe('QA36 F3: steps that apply on every platform are shown whatever the runtime', () => {
  // A region-endpoint case (an opt-in region, v1 STS tokens) from each runtime, confirmed, then the fix rendered.
  const paste = 'An error occurred (InvalidClientTokenId) when calling the ListBuckets operation: The security token included in the request is invalid.';
  const fixFor = (runtime: 'ci' | 'container' | 'kubernetes' | 'laptop', cause: CauseId) => {
    const opened = step(undefined, { kind: 'paste', text: paste, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } })!;
    const answered = send(opened.state, { kind: 'answer', questionId: 'runtime', choiceId: runtime, user: 'U1', at: '' }, new Clock());
    return send(answered.state, { kind: 'confirm-cause', causeId: cause, user: 'U1', at: '' }, new Clock()).replies;
  };
  const slackText = (replies: Reply[]) => JSON.stringify(renderMessages(replies));
  it.each(['ci', 'container', 'kubernetes', 'laptop'] as const)('when a region-endpoint fix is shown for %s, then the opt-in and v2-token steps are in the terminal and in Slack', (runtime) => {
    const replies = fixFor(runtime, 'region-endpoint');
    for (const text of [renderReplies(replies), slackText(replies)]) {
      // (Slack escapes `<region>`: the command's words are what is looked for.)
      expect(text).toContain('aws account get-region-opt-status --region-name');
      expect(text).toContain('aws account enable-region --region-name');
      expect(text).toContain('--global-endpoint-token-version v2Token');
    }
  });
  it('when a CI fix is shown, then a shell-only command stays behind "other platforms"', () => {
    const text = renderReplies(fixFor('ci', 'region-endpoint'));
    expect(text).not.toContain('export AWS_STS_REGIONAL_ENDPOINTS=regional');
  });
  it.each(['ci', 'container', 'kubernetes'] as const)('when a deleted-key fix is shown for %s, then the key status and CloudTrail checks are shown', (runtime) => {
    const text = renderReplies(fixFor(runtime, 'key-deleted-or-inactive'));
    expect(text).toContain('aws iam get-access-key-last-used --access-key-id <key id>');
    expect(text).toContain('AttributeValue=DeleteAccessKey');
  });
  it.each(['ci', 'container', 'kubernetes'] as const)('when a wrong-partition fix is shown for %s, then the China / GovCloud step is shown', (runtime) => {
    expect(renderReplies(fixFor(runtime, 'wrong-account-or-partition'))).toContain('China / GovCloud');
  });
});

describe('QA36 F4: `aws login` is its own sign-in, not SSO', () => {
  const shownText = (r: RemediationReply) => renderReplies([r]);
  it('when the CLI asks to reauthenticate with `aws login`, then the fix is `aws login` again, not `aws sso login`', () => {
    // Clear enough that the fix comes with the opening.
    const fix = fixOf(typed(["$ aws s3 ls --profile dev\n\nYour session has expired. Please reauthenticate using 'aws login'."]).replies);
    expect(shownText(fix)).toContain('aws login --profile <profile>');
    expect(shownText(fix)).not.toMatch(/\$ aws sso login/);
    expect(shownText(fix)).toContain('awscli/customizations/login/login.py');
  });
  it('when a profile holds `login_session` and the SDK finds no credentials, then the fix hands the tool keys with export-credentials', () => {
    const paste = '[profile dev]\nlogin_session = arn:aws:iam::123456789012:user/dev\nregion = us-east-1\n\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials';
    const fix = fixOf(typed([paste, 'show me the fix']).replies);
    expect(fix.causeId).toBe('no-credentials-found');
    expect(shownText(fix)).toContain('aws configure export-credentials --profile <profile> --format env');
  });
  it('when the team says they sign in with `aws login`, then it is read as that sign-in, not SSO', () => {
    const { state } = typed(['An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.', 'we sign in with aws login']);
    expect(state.scoring!.implied.signIn).toBe('login');
  });
});
