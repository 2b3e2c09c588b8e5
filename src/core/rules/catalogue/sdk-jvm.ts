/** AWS SDK for Java v1 and v2, and the AWS SDK for Kotlin (smithy-kotlin runtime). */
import type { CatalogueEntry } from './types';

const JAVA_V2 = (file: string, ref: string) => ({ repo: 'aws/aws-sdk-java-v2', path: `core/auth/src/main/java/software/amazon/awssdk/auth/credentials/${file}`, ref });
const KOTLIN = (file: string) => ({ repo: 'awslabs/aws-sdk-kotlin', path: `aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/${file}`, ref: 'v1.5.43@05ea93b92' });

export const JVM: CatalogueEntry[] = [
  {
    id: 'java2.imds',
    tool: 'aws-sdk-java-v2',
    message: 'InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.',
    re: /Failed to load credentials from IMDS/,
    // Off EC2 this is the last provider of an empty chain; on EC2 the runtime rules add the role cause.
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 1.4 },
    // The stored history of this file holds only a version older than the string: not pinned yet.
    source: JAVA_V2('InstanceProfileCredentialsProvider.java', 'master (2.x; not pinned: no stored version with the string)'),
  },
  {
    id: 'java2.profile-no-credentials',
    tool: 'aws-sdk-java-v2',
    message: "Profile file contained no credentials for profile '{profile}'",
    re: /Profile file contained no credentials for profile '([^'\n]{0,100})'/,
    // One line of the chain's list of failures: it names the profile looked at, not a missing profile.
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.0, 'wrong-profile': 0.8 },
    source: JAVA_V2('ProfileCredentialsProvider.java', '22fd5b418534'),
  },
  {
    id: 'java2.sso-token',
    tool: 'aws-sdk-java-v2',
    message: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load SSO token',
    re: /Unable to load SSO token/i,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: { repo: 'aws/aws-sdk-java-v2', path: 'services/ssooidc/src/main/java/software/amazon/awssdk/services/ssooidc/SsoOidcTokenProvider.java', ref: 'master (2.x)' },
  },
  {
    id: 'java2.system-settings',
    tool: 'aws-sdk-java-v2',
    message: 'Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId).',
    re: /Unable to load credentials from system settings/,
    causes: { 'no-credentials-found': 0.5 },
    source: JAVA_V2('internal/SystemSettingsCredentialsProvider.java', '012de4137345'),
  },
  {
    id: 'java1.chain',
    tool: 'aws-sdk-java-v1',
    message: 'com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain',
    re: /Unable to load AWS credentials from any provider in the chain/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.0 },
    source: { repo: 'aws/aws-sdk-java', path: 'aws-java-sdk-core/src/main/java/com/amazonaws/auth/AWSCredentialsProviderChain.java', ref: 'master (1.12.x)' },
  },
  {
    // The container (ECS) provider of the v1 chain; off ECS it is only the last provider that failed.
    id: 'java1.container-endpoint',
    tool: 'aws-sdk-java-v1',
    message: 'com.amazonaws.auth.EC2ContainerCredentialsProviderWrapper@{id}: Unable to load credentials from service endpoint',
    re: /Unable to load credentials from service endpoint/,
    family: 'fam.no-creds',
    causes: { 'role-credentials-unavailable': 1.2, 'no-credentials-found': 1.0 },
    source: { repo: 'aws/aws-sdk-java', path: 'aws-java-sdk-core/src/main/java/com/amazonaws/auth/EC2CredentialsFetcher.java', ref: 'master (1.12.x)' },
  },
  {
    // The region chain, not the credential chain: nothing set AWS_REGION, aws.region or a profile region.
    id: 'java2.region-chain',
    tool: 'aws-sdk-java-v2',
    message: 'Unable to load region from any of the providers in the chain {chain}: [{failures}]',
    re: /Unable to load region from any of the providers in the chain/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.5 },
    source: { repo: 'aws/aws-sdk-java-v2', path: 'core/regions/src/main/java/software/amazon/awssdk/regions/providers/AwsRegionProviderChain.java', ref: '8613a2406f31' },
  },
  {
    id: 'java1.region-chain',
    tool: 'aws-sdk-java-v1',
    message: 'Unable to find a region via the region provider chain. Must provide an explicit region in the builder or setup environment to supply a region.',
    re: /Unable to find a region via the region provider chain/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.5 },
    source: { repo: 'aws/aws-sdk-java', path: 'aws-java-sdk-core/src/main/java/com/amazonaws/client/builder/AwsClientBuilder.java', ref: 'a941336eeda8' },
  },
  {
    id: 'kotlin.chain',
    tool: 'aws-sdk-kotlin',
    message: 'No credentials could be loaded from the chain: CredentialsProviderChain -> {providers}',
    re: /No credentials could be loaded from the chain/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: { repo: 'smithy-lang/smithy-kotlin', path: 'runtime/auth/aws-credentials/common/src/aws/smithy/kotlin/runtime/auth/awscredentials/CredentialsProviderChain.kt', ref: '53b1a2141~1 (2023-05; later releases word it per provider)' },
  },
  {
    id: 'kotlin.imds',
    tool: 'aws-sdk-kotlin',
    message: 'failed to load instance profile',
    re: /CredentialsProviderException: failed to load instance profile/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: KOTLIN('ImdsCredentialsProvider.kt'),
  },
  {
    id: 'kotlin.container',
    tool: 'aws-sdk-kotlin',
    message: 'Error retrieving credentials from container service: {details}',
    re: /Error retrieving credentials from container service/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: KOTLIN('EcsCredentialsProvider.kt'),
  },
];
