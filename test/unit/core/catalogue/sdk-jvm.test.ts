import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

checkFamily('jvm', [
  {
    id: 'java2.role-source-both',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/internal/ProfileCredentialsUtils.java @ 09c61e295140',
    text: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(...) : [ProfileCredentialsProvider(profileName=deploy): Invalid profile file: profile has both source_profile and credential_source.]',
    code: 'SdkClientException',
    benign: 'Our profile file has both source_profile and credential_source documented as options; we use the first.',
  },
  {
    id: 'java2.web-identity-unset',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/WebIdentityTokenFileCredentialsProvider.java @ 9b07f60305c5',
    text: 'org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\nCaused by: java.lang.IllegalStateException: Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set.\n\tat software.amazon.awssdk.utils.Validate.validState(Validate.java:97)',
  },
  {
    id: 'java2.process-failed',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/ProcessCredentialsProvider.java @ 5d7b296c6e79',
    text: 'Exception in thread "main" software.amazon.awssdk.core.exception.SdkClientException: Failed to refresh cached credentials\nCaused by: java.lang.IllegalStateException: Command returned non-zero exit value: 255\n\tat software.amazon.awssdk.auth.credentials.ProcessCredentialsProvider.executeCommand(ProcessCredentialsProvider.java:171)',
    orTop: ['temporary-credentials-expired'],
  },
  {
    id: 'java2.process-bad-output',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/ProcessCredentialsProvider.java @ 5d7b296c6e79',
    text: 'software.amazon.awssdk.core.exception.SdkClientException: Failed to refresh cached credentials\nCaused by: java.lang.IllegalStateException: Unsupported credential version: null\n\tat software.amazon.awssdk.auth.credentials.ProcessCredentialsProvider.validateCredentialsJson(ProcessCredentialsProvider.java:128)',
  },
  {
    id: 'java2.imds',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/InstanceProfileCredentialsProvider.java @ ee12c9adfd8c',
    text: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]',
    code: 'SdkClientException',
  },
  {
    id: 'java2.profile-no-credentials',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/ProfileCredentialsProvider.java @ 22fd5b418534',
    text: "software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(...) : [ProfileCredentialsProvider(profileName=deploy): Profile file contained no credentials for profile 'deploy': ProfileFile(sections=[profiles])]",
    code: 'SdkClientException',
  },
  {
    id: 'java2.sso-token',
    from: 'aws/aws-sdk-java-v2 services/ssooidc/src/main/java/software/amazon/awssdk/services/ssooidc/SsoOidcTokenProvider.java @ f656cbf09f7d',
    text: 'Exception in thread "main" software.amazon.awssdk.core.exception.SdkClientException: Unable to load SSO token\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)',
  },
  {
    id: 'java2.system-settings',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/internal/SystemSettingsCredentialsProvider.java @ 012de4137345',
    text: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(...) : [EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId).]',
    code: 'SdkClientException',
    detected: true,
    top: 'no-credentials-found',
  },
  {
    // The default chain on a laptop: the last provider, instance metadata, answers 404 (a real paste's form).
    id: 'java1.imds-not-found',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/internal/EC2ResourceFetcher.java @ 06a2180efe02 (doReadResource)',
    text: 'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables (AWS_ACCESS_KEY_ID (or AWS_ACCESS_KEY) and AWS_SECRET_KEY (or AWS_SECRET_ACCESS_KEY)), com.amazonaws.auth.EC2ContainerCredentialsProviderWrapper@574a89e2: The requested metadata is not found at http://169.254.169.254/latest/meta-data/iam/security-credentials/]',
    top: 'no-credentials-found',
    benign: 'the requested metadata is not found at the instance endpoint, says our monitoring',
  },
  {
    id: 'java1.source-profile',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/profile/internal/ProfileAssumeRoleCredentialsProvider.java @ 15ca1bb2f92d (fromAssumeRole)',
    text: '[deploy]\nrole_arn = arn:aws:iam::111122223333:role/deploy\nsource_profile = base\n\ncom.amazonaws.AmazonClientException: Unable to load source profile [deploy]: Source profile was not found [base]\n\tat com.amazonaws.auth.profile.internal.ProfileAssumeRoleCredentialsProvider.fromAssumeRole(ProfileAssumeRoleCredentialsProvider.java:72)',
    benign: 'we were unable to load the source profile because it was not found in the file',
  },
  {
    id: 'java1.user-home-unset',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/profile/ProfilesConfigFile.java @ 052cdb984b57 (getCredentialProfilesFile)',
    text: "com.amazonaws.AmazonClientException: Unable to load AWS profiles: 'user.home' System property is not set.\n\tat com.amazonaws.auth.profile.ProfilesConfigFile.getCredentialProfilesFile(ProfilesConfigFile.java:149)",
    benign: 'the user.home system property is not set in the container, so profiles cannot load',
  },
  {
    id: 'java1.chain',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/AWSCredentialsProviderChain.java @ a941336eeda8',
    text: 'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables (AWS_ACCESS_KEY_ID (or AWS_ACCESS_KEY) and AWS_SECRET_KEY (or AWS_SECRET_ACCESS_KEY))]',
  },
  {
    id: 'java1.container-endpoint',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/EC2CredentialsFetcher.java @ 30f38f17afda',
    text: 'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables, com.amazonaws.auth.profile.ProfileCredentialsProvider@1fc36b75: profile file cannot be null, com.amazonaws.auth.EC2ContainerCredentialsProviderWrapper@27966721: Unable to load credentials from service endpoint]',
    top: 'no-credentials-found',
  },
  {
    // qa38 F7: awslabs/amazon-kinesis-client#637's trace, v2's package in every frame.
    id: 'java2.container-endpoint',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/HttpCredentialsProvider.java @ fea535ea4254',
    text: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from service endpoint.\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:102)',
    top: 'no-credentials-found',
  },
  {
    id: 'java2.container-full-uri-host',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/ContainerCredentialsProvider.java @ 0173e12495e0',
    text: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[EnvironmentVariableCredentialsProvider(), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., ContainerCredentialsProvider(): The full URI (http://credentials.internal:8080/creds) contained within environment variable AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host. Host should resolve to a loopback address or have the full URI be HTTPS., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]',
    code: 'SdkClientException',
    detected: true,
    top: 'role-credentials-unavailable',
  },
  {
    id: 'java1.container-full-uri-host',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/ContainerCredentialsProvider.java @ 06a2180efe02',
    text: 'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables (AWS_ACCESS_KEY_ID (or AWS_ACCESS_KEY) and AWS_SECRET_KEY (or AWS_SECRET_ACCESS_KEY)), SystemPropertiesCredentialsProvider: Unable to load AWS credentials from Java system properties (aws.accessKeyId and aws.secretKey), com.amazonaws.auth.profile.ProfileCredentialsProvider@6b2fad11: profile file cannot be null, com.amazonaws.auth.EC2ContainerCredentialsProviderWrapper@79698539: The full URI (http://10.0.1.5:9000/creds) contained withing environment variable AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host. Host can only be one of [127.0.0.1, localhost]]',
    code: 'SdkClientException',
    detected: true,
    top: 'role-credentials-unavailable',
  },
  {
    id: 'java2.region-chain',
    from: 'aws/aws-sdk-java-v2 core/regions/src/main/java/software/amazon/awssdk/regions/providers/AwsRegionProviderChain.java @ 8613a2406f31',
    text: 'Exception in thread "main" software.amazon.awssdk.core.exception.SdkClientException: Unable to load region from any of the providers in the chain software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain@7c0c77c7: [software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider@5e9f23b4: Unable to load region from system settings. Region must be specified either via environment variable (AWS_REGION) or  system property (aws.region).]',
  },
  {
    id: 'java1.region-chain',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/client/builder/AwsClientBuilder.java @ a941336eeda8',
    text: "Factory method 's3' threw exception; nested exception is com.amazonaws.SdkClientException: Unable to find a region via the region provider chain. Must provide an explicit region in the builder or setup environment to supply a region.",
  },
  {
    id: 'kotlin.chain',
    from: 'smithy-lang/smithy-kotlin runtime/auth/aws-credentials/common/src/aws/smithy/kotlin/runtime/auth/awscredentials/CredentialsProviderChain.kt @ v0.18.0+2@fa52523ed4e2',
    text: 'Exception in thread "main" aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProviderException: No credentials could be loaded from the chain: CredentialsProviderChain -> EnvironmentCredentialsProvider -> ProfileCredentialsProvider -> EcsCredentialsProvider -> ImdsCredentialsProvider',
    tool: 'aws-sdk-kotlin',
  },
  {
    id: 'kotlin.imds',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/ImdsCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProviderException: failed to load instance profile',
  },
  {
    id: 'kotlin.container',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/EcsCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProviderException: Error retrieving credentials from container service: code=404; message=Not Found',
  },
  {
    id: 'kotlin.identity-chain',
    from: 'smithy-lang/smithy-kotlin runtime/auth/identity-api/common/src/aws/smithy/kotlin/runtime/identity/IdentityProviderChain.kt @ v1.7.6+1@6373a5f74799',
    text: 'Exception in thread "main" aws.smithy.kotlin.runtime.identity.IdentityProviderException: No identity could be resolved from the chain: CredentialsProviderChain -> EnvironmentCredentialsProvider -> ProfileCredentialsProvider -> StsWebIdentityProvider -> EcsCredentialsProvider -> ImdsCredentialsProvider',
  },
  {
    id: 'kotlin.sso-session-expired',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/SsoCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'Exception in thread "main" aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: The SSO session has expired. To refresh this SSO session run `aws sso login` with the corresponding profile.',
  },
  {
    id: 'kotlin.sso-token-expired',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/SsoTokenProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.sdk.kotlin.runtime.auth.credentials.InvalidSsoTokenException: SSO token for sso-session: my-sso is expired',
    code: 'InvalidSsoTokenException',
  },
  {
    id: 'kotlin.sso-cache-missing',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/SsoTokenProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: Invalid or missing SSO session cache. Run `aws sso login` to initiate a new SSO session',
  },
  {
    id: 'kotlin.imds-trust',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/ImdsCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: Incorrect IMDS/IAM configuration: [AssumeRoleUnauthorizedAccess] EC2 cannot assume the role app-role. Hint: Does this role have a trust relationship with EC2?',
  },
  {
    id: 'kotlin.source-profile-missing',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/profile/ProfileChain.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: could not find source profile base referenced from dev',
  },
  {
    id: 'kotlin.web-identity',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/StsWebIdentityCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProviderException: STS failed to assume role from web identity\nCaused by: aws.sdk.kotlin.services.sts.model.InvalidIdentityTokenException: No OpenIDConnect provider found in your account for https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
  },
  {
    id: 'java2.chain',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/AwsCredentialsProviderChain.java @ 07ca27cb12ea',
    text: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[StaticCredentialsProvider(), ContainerCredentialsProvider()]) : [StaticCredentialsProvider(): access key id is null, ContainerCredentialsProvider(): Cannot fetch credentials from container - neither AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set.]',
    code: 'SdkClientException',
  },
  {
    id: 'java1.no-profile-named',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/profile/ProfilesConfigFile.java @ 052cdb984b57',
    text: "com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: Unable to load AWS credentials from environment variables (AWS_ACCESS_KEY_ID (or AWS_ACCESS_KEY) and AWS_SECRET_KEY (or AWS_SECRET_ACCESS_KEY)), com.amazonaws.auth.profile.ProfileCredentialsProvider@5f2108b5: No AWS profile named 'prod-deploy']",
  },
  {
    id: 'java1.profile-key-missing',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/profile/internal/ProfileStaticCredentialsProvider.java @ 15ca1bb2f92d',
    text: 'com.amazonaws.AmazonClientException: Unable to load credentials into profile [default]: AWS Access Key ID is not specified.\n\tat com.amazonaws.auth.profile.internal.ProfileStaticCredentialsProvider.fromStaticCredentials(ProfileStaticCredentialsProvider.java:55)',
  },
  {
    id: 'java1.profile-parse',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/profile/internal/AbstractProfilesConfigFileScanner.java @ 15ca1bb2f92d',
    text: 'com.amazonaws.auth.profile.ProfileCredentialsProvider@2e957f1: Invalid property format: no \'=\' character is found in the line [; shared build profile].',
  },
  {
    id: 'kotlin.sts-region-disabled',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/StsAssumeRoleCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: STS is not activated in the requested region (ap-east-1). Please check your configuration and activate STS in the target region if necessary',
  },
  {
    id: 'kotlin.sso-session-missing',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/profile/ProfileChain.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: profile (dev) references non-existing sso_session = `corp`',
  },
  {
    id: 'kotlin.profile-loop',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/profile/ProfileChain.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: profile formed an infinite loop: dev -> base -> dev',
  },
  {
    id: 'kotlin.role-source-missing',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/profile/ProfileChain.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: profile (deploy) must contain `source_profile` or `credential_source` but neither were defined',
  },
  {
    id: 'kotlin.env-missing',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/EnvironmentCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: 'aws.smithy.kotlin.runtime.identity.IdentityProviderException: No identity could be resolved from the chain: CredentialsProviderChain -> EnvironmentCredentialsProvider -> ProfileCredentialsProvider\n\tSuppressed: aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: Missing value for environment variable `AWS_ACCESS_KEY_ID`',
    tool: 'aws-sdk-kotlin',
  },
  {
    id: 'kotlin.assume-role',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/StsAssumeRoleCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: "Exception in thread \"main\" aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProviderException: failed to assume role from STS\n\tat aws.sdk.kotlin.runtime.auth.credentials.StsAssumeRoleCredentialsProvider.resolve(StsAssumeRoleCredentialsProvider.kt:134)",
    benign: "The deploy job failed to assume role from STS last week; the trust policy was fixed since.",
    orTop: ['authorization-not-authentication'],
  },
  {
    id: 'kotlin.sso-role-credentials',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/SsoCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: "aws.sdk.kotlin.runtime.auth.credentials.CredentialsNotLoadedException: GetRoleCredentials operation failed\nCaused by: aws.sdk.kotlin.services.sso.model.UnauthorizedException: Session token not found or invalid",
    benign: "During the outage the portal GetRoleCredentials operation failed for everyone, then recovered.",
  },
  {
    id: 'kotlin.imds-disabled',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/ImdsCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: "aws.sdk.kotlin.runtime.auth.credentials.CredentialsNotLoadedException: AWS EC2 metadata is explicitly disabled; credentials not loaded",
    benign: "We keep AWS EC2 metadata explicitly disabled on the build hosts, credentials come from the vault.",
  },
  {
    id: 'kotlin.imds-error',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/ImdsCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: "aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProviderException: Error retrieving credentials from IMDS: code=InternalServiceException; An internal error occurred",
    benign: "Could the Error retrieving credentials from IMDS come from the hop limit on the new AMI?",
  },
  {
    id: 'kotlin.web-identity-token-file',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/StsWebIdentityCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: "aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProviderException: failed to read webIdentityToken from /var/run/secrets/eks.amazonaws.com/serviceaccount/token",
    benign: "The pod failed to read the web identity token from the projected volume until we fixed the mount.",
  },
  {
    id: 'kotlin.role-source-both',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/profile/ProfileChain.kt @ v1.5.43+1@05ea93b921ae',
    text: "aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: profile (deploy) contained both `source_profile` and `credential_source`. Only one or the other can be defined.",
    benign: "A role profile names a source_profile or a credential_source; ours has the first only.",
  },
  {
    id: 'kotlin.unknown-credential-source',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/ProfileCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: "aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: unknown credentials source: Ec2Instance",
    benign: "The wiki page lists one unknown credentials source: Environment, which we never set.",
  },
  {
    id: 'kotlin.process-exit',
    from: 'awslabs/aws-sdk-kotlin aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/ProcessCredentialsProvider.kt @ v1.5.43+1@05ea93b921ae',
    text: "aws.smithy.kotlin.runtime.auth.awscredentials.CredentialsProviderException: Command completed with nonzero exit code 127: /bin/sh: aws-sso-helper: command not found",
    benign: "The lint step completed with nonzero exit code 1 after the tests, nothing about AWS.",
  },
  {
    id: 'java2.sts-module-missing',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/internal/WebIdentityCredentialsUtils.java @ 094c95c90587',
    text: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(...) : [WebIdentityTokenCredentialsProvider(): To use web identity tokens, the \'sts\' service module must be on the class path.]',
    code: 'SdkClientException',
  },
  {
    // snowplow/snowplow-s3-loader#273 (batch 13): the default chain's web identity provider under IRSA.
    id: 'java1.sts-module-missing',
    from: 'aws/aws-sdk-java aws-java-sdk-core/src/main/java/com/amazonaws/auth/profile/internal/securitytoken/STSProfileCredentialsServiceProvider.java @ 355424771b95',
    text: 'Unable to load credentials from WebIdentityTokenCredentialsProvider: To use assume role profiles the aws-java-sdk-sts module must be on the class path.',
    detected: true,
    top: 'role-credentials-unavailable',
  },
  {
    id: 'java2.sso-module-missing',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/internal/ProfileCredentialsUtils.java @ 09c61e295140',
    text: "java.lang.IllegalStateException: To use Sso related properties in the 'dev' profile, the 'sso' service module must be on the class path.",
  },
  {
    id: 'java2.source-profile-no-credentials',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/internal/ProfileCredentialsUtils.java @ 09c61e295140',
    text: "java.lang.IllegalStateException: The source profile of 'deploy' was configured to be 'base', but that source profile has no credentials configured.",
  },
  {
    id: 'java2.profile-property-missing',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/internal/ProfileCredentialsUtils.java @ 09c61e295140',
    text: "java.lang.IllegalArgumentException: Profile property 'sso_role_name' was not configured for 'dev'.",
  },
  {
    id: 'java2.profile-loop',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/internal/ProfileCredentialsUtils.java @ 09c61e295140',
    text: 'java.lang.IllegalStateException: Invalid profile file: Circular relationship detected with profiles [dev, base].',
  },
  {
    id: 'java2.role-without-source',
    from: 'aws/aws-sdk-java-v2 core/auth/src/main/java/software/amazon/awssdk/auth/credentials/internal/ProfileCredentialsUtils.java @ 09c61e295140',
    text: "java.lang.IllegalStateException: The profile 'deploy' must be configured with a source profile in order to use assumed roles.",
  },
]);

describe('the web-identity link of the default chain', () => {
  it('when the Java v2 chain lists its web-identity link among the others, then that link is not read as the failure', () => {
    const text = "software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., WebIdentityTokenCredentialsProvider(): Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set., ProfileCredentialsProvider(): Profile file contained no credentials for profile 'default': ProfileFile(profiles=[])]";
    const d = diagnose(text, { now: new Date('2026-12-05T10:00:00Z') });
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('catalogue.java2.web-identity-unset');
    expect(d.causes[0]!.id).toBe('no-credentials-found');
  });
});

describe("the process provider's words outside the SDK", () => {
  // java2.process-bad-output's messages are any program's words: they count only beside the SDK's or the provider's
  // names, as java2.process-failed's (the review of stop 28's catalogue entries).
  it.each([
    ['npm', 'npm ERR! Process did not return a JSON object.'],
    ['a form', 'Error: AccessKeyId cannot be empty.'],
    ['a config loader', 'config error: Unsupported credential version: 3'],
  ])('when %s prints them, then nothing is detected', (_what, text) => {
    expect(diagnose(text, { now: new Date('2026-12-05T10:00:00Z') }).detected).toBe(false);
  });

  it('when the SDK prints an empty key from the credential process, then the output is read as malformed', () => {
    const text = 'software.amazon.awssdk.core.exception.SdkClientException: Failed to refresh cached credentials\nCaused by: java.lang.IllegalArgumentException: AccessKeyId cannot be empty.\n\tat software.amazon.awssdk.auth.credentials.ProcessCredentialsProvider.refreshCredentials(ProcessCredentialsProvider.java:150)';
    const d = diagnose(text, { now: new Date('2026-12-05T10:00:00Z') });
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).toContain('catalogue.java2.process-bad-output');
    expect(d.causes[0]!.id).toBe('malformed-credentials');
  });
});

describe("the instance metadata 404 in other SDKs' words", () => {
  // java1.imds-not-found's words are Java v2's and .NET's too: v1's entry only beside v1's package (com.amazonaws).
  it('when Java v2 prints it, then the v1 entry does not fire, and with v1\'s package it does', () => {
    const signals = (text: string) => {
      const ids: string[] = [];
      diagnose(text, { now: new Date('2026-12-05T10:00:00Z'), signalsPastGate: true, onSignals: (ss) => ids.push(...ss.map((s) => s.id)) });
      return ids;
    };
    const line = 'The requested metadata is not found at http://169.254.169.254/latest/meta-data/iam/security-credentials/';
    expect(signals(`software.amazon.awssdk.core.exception.SdkClientException: ${line}`)).not.toContain('cat.java1.imds-not-found');
    expect(signals(`com.amazonaws.SdkClientException: ${line}`)).toContain('cat.java1.imds-not-found');
  });
});
