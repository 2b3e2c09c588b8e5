/**
 * QA leftovers mended at stop 37 (QA37 F12, F1; QA36 F3, F4's `aws login`), read through the conversation as `chat`
 * does (each message typed through the engine). The pastes are written from the SDKs' and tools' own strings.
 */
import type { Reply } from '../../../../src/core/conversation/types';
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
