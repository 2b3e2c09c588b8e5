/** AWS SDK for Java v1 and v2, and the AWS SDK for Kotlin (smithy-kotlin runtime). */
import type { CatalogueEntry } from './types';

const JAVA_V2 = (file: string, ref: string) => ({ repo: 'aws/aws-sdk-java-v2', path: `core/auth/src/main/java/software/amazon/awssdk/auth/credentials/${file}`, ref });
const JAVA_V2_PROFILES = JAVA_V2('internal/ProfileCredentialsUtils.java', '09c61e295140');
const KOTLIN = (file: string) => ({ repo: 'awslabs/aws-sdk-kotlin', path: `aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/${file}`, ref: 'v1.5.43+1@05ea93b921ae' });
const JAVA_V1 = (file: string, ref: string) => ({ repo: 'aws/aws-sdk-java', path: `aws-java-sdk-core/src/main/java/com/amazonaws/${file}`, ref });
/** Kotlin's provider exceptions carry their package: a string shared with another SDK counts only next to it. */
const SMITHY_KOTLIN = { repo: 'smithy-lang/smithy-kotlin', path: 'runtime/auth/identity-api/common/src/aws/smithy/kotlin/runtime/identity/IdentityProviderChain.kt', ref: 'v1.7.6+1@6373a5f74799' };
const KOTLIN_CONTEXT = /aws\.sdk\.kotlin|aws\.smithy\.kotlin|ProviderConfigurationException/;
/** The Java v2 SDK or its process provider named: the process provider's messages are any program's words without them. */
const JAVA2_PROCESS_CONTEXT = /ProcessCredentialsProvider|credential[_ ]process|software\.amazon\.awssdk|com\.amazonaws/i;

export const JVM: CatalogueEntry[] = [
  {
    // EC2ResourceFetcher's 404: no instance profile role (or no instance metadata service answering like EC2's).
    // Off EC2 it is the last provider of an empty chain, as java2.imds.
    id: 'java1.imds-not-found',
    imds: true,
    tool: 'aws-sdk-java-v1',
    message: 'The requested metadata is not found at http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    re: /The requested metadata is not found at https?:\/\/[^\s/]{1,60}\/latest\/meta-data\/iam\/security-credentials\b/,
    // Java v2, .NET and other clients copied the words: v1 only beside its own package.
    context: /\bcom\.amazonaws\./,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 1.4 },
    source: JAVA_V1('internal/EC2ResourceFetcher.java', '06a2180efe02'),
  },
  {
    // A role profile without source_profile, or naming a profile the file does not have.
    id: 'java1.source-profile',
    tool: 'aws-sdk-java-v1',
    message: 'Unable to load credentials from profile [{profile}]: Source profile name is not specified | Unable to load source profile [{profile}]: Source profile was not found [{source}]',
    re: /Unable to load credentials from profile \[[^\]\n]{0,100}\]: Source profile name is not specified|Unable to load source profile \[[^\]\n]{0,100}\]: Source profile was not found \[/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.2 },
    source: JAVA_V1('auth/profile/internal/ProfileAssumeRoleCredentialsProvider.java', '15ca1bb2f92d'),
  },
  {
    // The credentials file is found through the user.home system property: a service JVM started without one.
    id: 'java1.user-home-unset',
    tool: 'aws-sdk-java-v1',
    message: "Unable to load AWS profiles: 'user.home' System property is not set.",
    re: /Unable to load AWS profiles: 'user\.home' System property is not set/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: JAVA_V1('auth/profile/ProfilesConfigFile.java', '052cdb984b57'),
  },
  {
    id: 'java2.imds',
    imds: true,
    tool: 'aws-sdk-java-v2',
    message: 'InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.',
    re: /Failed to load credentials from IMDS/,
    // Off EC2 this is the last provider of an empty chain; on EC2 the runtime rules add the role cause.
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 1.4 },
    source: JAVA_V2('InstanceProfileCredentialsProvider.java', 'ee12c9adfd8c'),
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
    source: { repo: 'aws/aws-sdk-java-v2', path: 'services/ssooidc/src/main/java/software/amazon/awssdk/services/ssooidc/SsoOidcTokenProvider.java', ref: 'f656cbf09f7d' },
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
    source: JAVA_V1('auth/AWSCredentialsProviderChain.java', 'a941336eeda8'),
  },
  {
    // The container (ECS) provider of the v1 chain; off ECS it is only the last provider that failed.
    id: 'java1.container-endpoint',
    tool: 'aws-sdk-java-v1',
    message: 'com.amazonaws.auth.EC2ContainerCredentialsProviderWrapper@{id}: Unable to load credentials from service endpoint',
    re: /Unable to load credentials from service endpoint/,
    family: 'fam.no-creds',
    causes: { 'role-credentials-unavailable': 1.2, 'no-credentials-found': 1.0 },
    source: JAVA_V1('auth/EC2CredentialsFetcher.java', '30f38f17afda'),
  },
  {
    // v2's HttpCredentialsProvider (the container and instance providers) throws the same words: beside v2's package
    // the paste is v2's, and the v1 reading above falls silent (qa38 F7: v1 names and steps for a v2 trace).
    id: 'java2.container-endpoint',
    tool: 'aws-sdk-java-v2',
    message: 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from service endpoint.',
    re: /Unable to load credentials from service endpoint/,
    context: /software\.amazon\.awssdk/,
    family: 'fam.no-creds',
    causes: { 'role-credentials-unavailable': 1.2, 'no-credentials-found': 1.0 },
    source: JAVA_V2('HttpCredentialsProvider.java', 'fea535ea4254'),
  },
  {
    // AWS_CONTAINER_CREDENTIALS_FULL_URI is set (the container credential source is meant) but names a host the SDK
    // refuses: the endpoint setting is wrong, so the container's role never delivers (not a key typo, not no source).
    id: 'java2.container-full-uri-host',
    tool: 'aws-sdk-java-v2',
    message: 'The full URI ({uri}) contained within environment variable AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host. Host should resolve to a loopback address or have the full URI be HTTPS.',
    re: /contained within environment variable AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.6 },
    source: JAVA_V2('ContainerCredentialsProvider.java', '0173e12495e0'),
  },
  {
    // v1's wording of the same refusal (its own "withing"), allowing only 127.0.0.1 and localhost.
    id: 'java1.container-full-uri-host',
    tool: 'aws-sdk-java-v1',
    message: 'The full URI ({uri}) contained withing environment variable AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host. Host can only be one of [{hosts}]',
    re: /contained withing environment variable AWS_CONTAINER_CREDENTIALS_FULL_URI has an invalid host/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.6 },
    source: JAVA_V1('auth/ContainerCredentialsProvider.java', '06a2180efe02'),
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
    source: JAVA_V1('client/builder/AwsClientBuilder.java', 'a941336eeda8'),
  },
  {
    // The v2 chain's own message; each provider's failure follows in brackets (the entries above read those).
    id: 'java2.chain',
    tool: 'aws-sdk-java-v2',
    message: 'Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[…]) : [{failures}]',
    re: /Unable to load credentials from any of the providers in the chain/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.0 },
    source: JAVA_V2('AwsCredentialsProviderChain.java', '07ca27cb12ea'),
  },
  {
    // The default chain's web identity provider (IRSA, OIDC in CI) or a role profile loads STS by reflection: the
    // application was packaged without the sts module, so no role can be assumed.
    id: 'java2.sts-module-missing',
    tool: 'aws-sdk-java-v2',
    message: "To use web identity tokens, the 'sts' service module must be on the class path.",
    re: /the 'sts' service module must be on the class path/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.2 },
    source: JAVA_V2('internal/WebIdentityCredentialsUtils.java', '094c95c90587'),
  },
  {
    // Java v1's twin of the above: its web identity provider and role profiles load the STS service by reflection, and
    // an application packaged without aws-java-sdk-sts gets this from the provider (snowplow/snowplow-s3-loader#273:
    // WebIdentityTokenCredentialsProvider in the default chain under IRSA).
    id: 'java1.sts-module-missing',
    tool: 'aws-sdk-java-v1',
    message: 'To use assume role profiles the aws-java-sdk-sts module must be on the class path.',
    re: /the aws-java-sdk-sts module must be on the class path/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.2 },
    source: { repo: 'aws/aws-sdk-java', path: 'aws-java-sdk-core/src/main/java/com/amazonaws/auth/profile/internal/securitytoken/STSProfileCredentialsServiceProvider.java', ref: '355424771b95' },
  },
  {
    // An SSO profile read by an application without the sso (or ssooidc) module: the profile yields nothing.
    id: 'java2.sso-module-missing',
    tool: 'aws-sdk-java-v2',
    message: "To use Sso related properties in the '{profile}' profile, the 'sso' service module must be on the class path.",
    re: /the 'sso(?:oidc)?' service module must be on the class path/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.8 },
    source: JAVA_V2_PROFILES,
  },
  {
    id: 'java2.source-profile-no-credentials',
    tool: 'aws-sdk-java-v2',
    message: "The source profile of '{profile}' was configured to be '{source}', but that source profile has no credentials configured.",
    re: /but that source profile has no credentials configured/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6, 'no-credentials-found': 1.2 },
    source: JAVA_V2_PROFILES,
  },
  {
    id: 'java2.profile-property-missing',
    tool: 'aws-sdk-java-v2',
    message: "Profile property '{property}' was not configured for '{profile}'.",
    re: /Profile property '[\w.-]{1,64}' was not configured for '/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.4, 'malformed-credentials': 1.0 },
    source: JAVA_V2_PROFILES,
  },
  {
    id: 'java2.profile-loop',
    tool: 'aws-sdk-java-v2',
    message: 'Invalid profile file: Circular relationship detected with profiles {profiles}.',
    re: /Invalid profile file: Circular relationship detected with profiles/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: JAVA_V2_PROFILES,
  },
  {
    id: 'java2.role-without-source',
    tool: 'aws-sdk-java-v2',
    message: "The profile '{profile}' must be configured with a source profile in order to use assumed roles.",
    re: /must be configured with a source profile in order to use assumed roles/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: JAVA_V2_PROFILES,
  },
  {
    id: 'java1.no-profile-named',
    tool: 'aws-sdk-java-v1',
    message: "java.lang.IllegalArgumentException: No AWS profile named '{profile}'",
    re: /No AWS profile named '[^'\n]{0,100}'/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.2, 'env-var-override': 0.5 },
    source: JAVA_V1('auth/profile/ProfilesConfigFile.java', '052cdb984b57'),
  },
  {
    // The profile exists but a key line is absent or empty (a misspelt key name, keys kept in the config file).
    id: 'java1.profile-key-missing',
    tool: 'aws-sdk-java-v1',
    message: 'Unable to load credentials into profile [{profile}]: AWS Access Key ID is not specified.',
    re: /Unable to load credentials into profile \[[^\]\n]{0,100}\]: AWS (?:Access Key ID is not specified|Secret Access Key is not specified|Session Token is empty)/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6, 'malformed-credentials': 1.2, 'no-credentials-found': 0.6 },
    source: JAVA_V1('auth/profile/internal/ProfileStaticCredentialsProvider.java', '15ca1bb2f92d'),
  },
  {
    // A line of the credentials file that is neither a [section] nor key = value (a `;` comment, a stray word):
    // the profile provider fails and the chain swallows it behind its generic message.
    id: 'java1.profile-parse',
    tool: 'aws-sdk-java-v1',
    message: "Invalid property format: no '=' character is found in the line [{line}].",
    re: /Invalid property format: no '=' character is found in the line \[/,
    // Other vendors' Java SDKs copied this parser: the AWS one only next to its package or provider.
    context: /com\.amazonaws|ProfileCredentialsProvider|\.aws[\\/](?:credentials|config)\b/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 2.2 },
    source: JAVA_V1('auth/profile/internal/AbstractProfilesConfigFileScanner.java', '15ca1bb2f92d'),
  },
  {
    id: 'kotlin.chain',
    tool: 'aws-sdk-kotlin',
    message: 'No credentials could be loaded from the chain: CredentialsProviderChain -> {providers}',
    re: /No credentials could be loaded from the chain/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: { repo: 'smithy-lang/smithy-kotlin', path: 'runtime/auth/aws-credentials/common/src/aws/smithy/kotlin/runtime/auth/awscredentials/CredentialsProviderChain.kt', ref: 'v0.18.0+2@fa52523ed4e2 (until 0.19, 2023-05; then kotlin.identity-chain)' },
  },
  {
    id: 'kotlin.imds',
    imds: true,
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
  {
    // smithy-kotlin 0.19 (2023-05) moved the chain into IdentityProviderChain and reworded it; aws-sdk-kotlin
    // since then prints this, each provider's failure attached as a suppressed exception.
    id: 'kotlin.identity-chain',
    tool: 'aws-sdk-kotlin',
    message: 'aws.smithy.kotlin.runtime.identity.IdentityProviderException: No identity could be resolved from the chain: {chain}',
    re: /No identity could be resolved from the chain/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: SMITHY_KOTLIN,
  },
  {
    id: 'kotlin.sso-session-expired',
    tool: 'aws-sdk-kotlin',
    message: 'The SSO session has expired. To refresh this SSO session run `aws sso login` with the corresponding profile.',
    re: /The SSO session has expired\. To refresh this SSO session run `?aws sso login/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: KOTLIN('SsoCredentialsProvider.kt'),
  },
  {
    id: 'kotlin.sso-token-expired',
    tool: 'aws-sdk-kotlin',
    message: 'SSO token for sso-session: {session} is expired',
    re: /SSO token for sso-session: [\w.@-]{1,64} is expired/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: KOTLIN('SsoTokenProvider.kt'),
  },
  {
    // No cached token for the sso-session at all: never logged in on this machine (or the cache was cleared).
    id: 'kotlin.sso-cache-missing',
    tool: 'aws-sdk-kotlin',
    message: 'Invalid or missing SSO session cache. Run `aws sso login` to initiate a new SSO session',
    re: /Invalid or missing SSO session cache\. Run `?aws sso login/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5, 'no-credentials-found': 0.6 },
    source: KOTLIN('SsoTokenProvider.kt'),
  },
  {
    // IMDS answered, but EC2 could not assume the instance role (its trust policy does not name ec2.amazonaws.com).
    id: 'kotlin.imds-trust',
    tool: 'aws-sdk-kotlin',
    message: 'Incorrect IMDS/IAM configuration: [{code}] {message}. Hint: Does this role have a trust relationship with EC2?',
    re: /Incorrect IMDS\/IAM configuration: \[/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: KOTLIN('ImdsCredentialsProvider.kt'),
  },
  {
    // The Rust SDK words it the same (aws-config profile/credentials/repr.rs): Kotlin only next to its package.
    id: 'kotlin.source-profile-missing',
    tool: 'aws-sdk-kotlin',
    message: 'could not find source profile {source} referenced from {profile}',
    re: /could not find source profile [\w.@-]{1,64}/,
    context: KOTLIN_CONTEXT,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.5 },
    source: KOTLIN('profile/ProfileChain.kt'),
  },
  {
    id: 'kotlin.web-identity',
    tool: 'aws-sdk-kotlin',
    message: 'STS failed to assume role from web identity',
    re: /STS failed to assume role from web identity/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: KOTLIN('StsWebIdentityCredentialsProvider.kt'),
  },
  {
    // An assume-role call in a region where STS is deactivated for the account.
    id: 'kotlin.sts-region-disabled',
    tool: 'aws-sdk-kotlin',
    message: 'STS is not activated in the requested region ({region}). Please check your configuration and activate STS in the target region if necessary',
    re: /STS is not activated in the requested region/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: KOTLIN('StsAssumeRoleCredentialsProvider.kt'),
  },
  {
    id: 'kotlin.sso-session-missing',
    tool: 'aws-sdk-kotlin',
    message: 'profile ({profile}) references non-existing sso_session = `{session}`',
    re: /references non-existing sso_session = `?[\w.@-]{0,64}/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: KOTLIN('profile/ProfileChain.kt'),
  },
  {
    // The Rust SDK words its loop differently ("profile formed an infinite loop. first we loaded …"): Kotlin only next to its package.
    id: 'kotlin.profile-loop',
    tool: 'aws-sdk-kotlin',
    message: 'profile formed an infinite loop: {a} -> {b} -> {a}',
    re: /profile formed an infinite loop: [\w.@-]{1,64} -> /,
    context: KOTLIN_CONTEXT,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: KOTLIN('profile/ProfileChain.kt'),
  },
  {
    // Kotlin names the profile in parentheses; the Rust SDK prints the rest of the sentence after "profile" alone
    // (rust.invalid-credential-source reads it), so the parenthesis keeps a Rust paste from naming Kotlin.
    id: 'kotlin.role-source-missing',
    tool: 'aws-sdk-kotlin',
    message: 'profile ({profile}) must contain `source_profile` or `credential_source` but neither were defined',
    re: /profile \([^)\n]{1,64}\) must contain `?source_profile`? or `?credential_source`? but neither were defined/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.8 },
    source: KOTLIN('profile/ProfileChain.kt'),
  },
  {
    // One line of the chain's suppressed failures: evidence that the environment held no key, not an error family.
    id: 'kotlin.env-missing',
    tool: 'aws-sdk-kotlin',
    message: 'Missing value for environment variable `AWS_ACCESS_KEY_ID`',
    re: /Missing value for environment variable `?AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY)/,
    context: KOTLIN_CONTEXT,
    causes: { 'no-credentials-found': 0.5 },
    source: KOTLIN('EnvironmentCredentialsProvider.kt'),
  },
  {
    // Source audit, stop 36 (read with read_file at the commit the other ProfileCredentialsUtils entries cite): a role
    // profile naming both sources. Kotlin words the same fault "contained both" (kotlin.role-source-both).
    id: 'java2.role-source-both',
    tool: 'aws-sdk-java-v2',
    message: 'Invalid profile file: profile has both source_profile and credential_source.',
    re: /Invalid profile file: profile has both source_profile and credential_source/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: JAVA_V2_PROFILES,
  },
  {
    // Source audit, stop 36: the strings below were read in aws-sdk-kotlin's credential providers at the same commit.
    // The assume-role profile's STS call failed (AccessDenied from a trust policy, or the source identity's own failure).
    id: 'kotlin.assume-role',
    tool: 'aws-sdk-kotlin',
    message: 'failed to assume role from STS',
    re: /failed to assume role from STS/,
    context: KOTLIN_CONTEXT,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.3, 'authorization-not-authentication': 1.0 },
    source: KOTLIN('StsAssumeRoleCredentialsProvider.kt'),
  },
  {
    // The SSO portal refused GetRoleCredentials: mostly an expired or revoked access token, else no access to that role.
    id: 'kotlin.sso-role-credentials',
    tool: 'aws-sdk-kotlin',
    message: 'GetRoleCredentials operation failed',
    re: /GetRoleCredentials operation failed/,
    context: KOTLIN_CONTEXT,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.3, 'authorization-not-authentication': 0.6 },
    source: KOTLIN('SsoCredentialsProvider.kt'),
  },
  {
    // AWS_EC2_METADATA_DISABLED=true: the last provider refuses, so nothing earlier had credentials (as Swift's entry).
    id: 'kotlin.imds-disabled',
    tool: 'aws-sdk-kotlin',
    message: 'AWS EC2 metadata is explicitly disabled; credentials not loaded',
    re: /AWS EC2 metadata is explicitly disabled; credentials not loaded/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 0.8 },
    source: KOTLIN('ImdsCredentialsProvider.kt'),
  },
  {
    // IMDS answered with an error code other than the trust-policy one (kotlin.imds-trust). Not `imds`: the metadata
    // service answered, so this runs on AWS compute and the instance role is the source meant.
    id: 'kotlin.imds-error',
    tool: 'aws-sdk-kotlin',
    message: 'Error retrieving credentials from IMDS: code={code}; {message}',
    re: /Error retrieving credentials from IMDS: code=/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: KOTLIN('ImdsCredentialsProvider.kt'),
  },
  {
    // AWS_WEB_IDENTITY_TOKEN_FILE names a file the process cannot read (IRSA's projected token not mounted).
    id: 'kotlin.web-identity-token-file',
    tool: 'aws-sdk-kotlin',
    message: 'failed to read webIdentityToken from {path}',
    re: /failed to read webIdentityToken from /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: KOTLIN('StsWebIdentityCredentialsProvider.kt'),
  },
  {
    id: 'kotlin.role-source-both',
    tool: 'aws-sdk-kotlin',
    message: 'profile ({name}) contained both `source_profile` and `credential_source`. Only one or the other can be defined.',
    re: /contained both `?source_profile`? and `?credential_source`?/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: KOTLIN('profile/ProfileChain.kt'),
  },
  {
    id: 'kotlin.unknown-credential-source',
    tool: 'aws-sdk-kotlin',
    message: 'unknown credentials source: {name}',
    re: /unknown credentials source: \w/,
    context: KOTLIN_CONTEXT,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: KOTLIN('ProfileCredentialsProvider.kt'),
  },
  {
    // credential_process exited non-zero: its own stderr (often a login helper's "session expired") follows.
    id: 'kotlin.process-exit',
    tool: 'aws-sdk-kotlin',
    message: 'Command completed with nonzero exit code {code}: {output}',
    re: /Command completed with nonzero exit code -?\d{1,5}/,
    context: KOTLIN_CONTEXT,
    family: 'fam.process',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.5 },
    source: KOTLIN('ProcessCredentialsProvider.kt'),
  },
  {
    // The credential_process command exited non-zero (a helper not installed, an SSO login it wants first). Newer
    // releases add its stderr; the bare form is any Java program's words, so it counts only beside the SDK's names.
    id: 'java2.process-failed',
    tool: 'aws-sdk-java-v2',
    message: 'Command returned non-zero exit value: {code} | Command returned non-zero exit value ({code}) with error message: {stderr}',
    re: /Command returned non-zero exit value(?:: -?\d{1,5}\b| \(-?\d{1,5}\) with error message: )/,
    context: JAVA2_PROCESS_CONTEXT,
    family: 'fam.process',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.5 },
    source: JAVA_V2('ProcessCredentialsProvider.java', '5d7b296c6e79'),
  },
  {
    // The command ran but printed no credential JSON the SDK reads (a prompt, a version other than 1, empty keys).
    id: 'java2.process-bad-output',
    tool: 'aws-sdk-java-v2',
    message: 'Process did not return a JSON object. | Unsupported credential version: {version} | AccessKeyId cannot be empty. | {field} from credential process should be textual, but was {type}',
    re: /Process did not return a JSON object\.|Unsupported credential version: |\b(?:AccessKeyId|SecretAccessKey) cannot be empty\.|\bfrom credential process should be textual, but was\b/,
    // Its words are any program's too ("npm ERR! Process did not return a JSON object.", a form's "AccessKeyId cannot be
    // empty."): they count only beside the SDK's or the provider's names, as java2.process-failed's.
    context: JAVA2_PROCESS_CONTEXT,
    // "reported", not "process": the process ran and answered; what it printed is not credentials.
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.6, 'no-credentials-found': 0.6 },
    source: JAVA_V2('ProcessCredentialsProvider.java', '5d7b296c6e79'),
  },
  {
    // The web-identity provider chosen on its own (a connector's WEB_IDENTITY_TOKEN setting, an EKS pod) with no IRSA
    // variables injected: the service account is not annotated with a role, or the pod predates the annotation. From
    // SdkSystemSetting.getStringValueOrThrow(), whose template is "Either the environment variable %s or the javaproperty
    // %s must be set." Inside the default chain's list it is one link of many (its provider name just before): not here.
    id: 'java2.web-identity-unset',
    tool: 'aws-sdk-java-v2',
    message: 'Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set.',
    re: /(?<!WebIdentityTokenCredentialsProvider\(\):\s{0,20})Either the environment variable (?:AWS_WEB_IDENTITY_TOKEN_FILE|AWS_ROLE_ARN) or the javaproperty aws\.(?:webIdentityTokenFile|roleArn) must be set/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: JAVA_V2('WebIdentityTokenFileCredentialsProvider.java', '9b07f60305c5'),
  },
];
