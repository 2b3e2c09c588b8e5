/**
 * A credential chain that came up empty, recognised from its structure rather than from a catalogued string, and
 * ranked by where the code runs. Texts are quoted (trimmed) from public threads that are in neither real-thread corpus.
 */
import { diagnose } from '../../../src/core/diagnose';

const top = (text: string): string => diagnose(text).causes[0]!.id;

describe('empty credential chains in any SDK', () => {
  it('when the Kotlin smithy chain lists its providers and fails, then it is detected as an empty chain (aws/aws-sdk-kotlin#1274)', () => {
    const d = diagnose(
      '**FATAL EXCEPTION: main**\n  Process: com.example.awsskdandroid, PID: 24157\n  aws.smithy.kotlin.runtime.identity.IdentityProviderException: No identity could be resolved from the chain: CredentialsProviderChain -> SystemPropertyCredentialsProvider -> EnvironmentCredentialsProvider -> ProfileCredentialsProvider -> StsWebIdentityProvider -> EcsCredentialsProvider -> ImdsCredentialsProvider',
    );
    expect(d.detected).toBe(true);
    expect(d.causes[0]!.id).toBe('no-credentials-found');
  });

  it('when an uncatalogued error line says it failed to get credentials, then the empty-chain cause leads (aws/aws-sdk-kotlin#419)', () => {
    const text =
      'When I instantiate and attempt to consume a service client, and there is some issue with the credential providers that causes authentication to fail, the failure is opaque and difficult to diagnose.\n' +
      'Exception in thread "main" java.lang.RuntimeException: Failed to get a valid set of credentials\n' +
      '\tat software.amazon.awssdk.crt.auth.credentials.CredentialsProvider.onGetCredentialsComplete(CredentialsProvider.java:46)';
    expect(top(text)).toBe('no-credentials-found');
  });

  it('when a catalogued chain failure happens on an ECS task, then the task role leads: the message is not counted twice (aws/aws-sdk-kotlin#697)', () => {
    const text =
      'While running some code that processes messages rapidly from SQS, I saw a frequent, but irregular errors loading credentials for the worker under load. This is all running on one ECS task at a time.\n' +
      'aws.sdk.kotlin.runtime.auth.credentials.CredentialsProviderException: No credentials could be loaded from the chain: CredentialsProviderChain -> EnvironmentCredentialsProvider -> ProfileCredentialsProvider -> StsWebIdentityProvider -> EcsCredentialsProvider -> ImdsCredentialsProvider';
    expect(top(text)).toBe('role-credentials-unavailable');
  });

  it('when the .NET chain names its ECS provider, then that is not read as running on ECS', () => {
    // aws/aws-sdk-net FallbackCredentialsFactory.cs lists every provider it tried, the ECS one included.
    const d = diagnose(
      'Amazon.Runtime.AmazonClientException: Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors:\nException 3 of 4: ECS credentials provider: The environment variables AWS_CONTAINER_CREDENTIALS_RELATIVE_URI/AWS_CONTAINER_CREDENTIALS_FULL_URI were not set.',
    );
    expect(d.facts.runtime).not.toBe('ecs');
  });

  it('when providers are only named in a successful lookup, then nothing is detected', () => {
    expect(diagnose('DEBUG Loading credentials from EnvironmentCredentialsProvider, then ProfileCredentialsProvider for the AWS client').detected).toBe(false);
  });
});
