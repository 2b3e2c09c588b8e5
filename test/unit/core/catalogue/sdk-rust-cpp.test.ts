import { checkFamily } from './check-quotes';
import { diagnose } from '../../../../src/core/diagnose';

checkFamily('rust', [
  {
    id: 'rust.imds-trust',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-config/src/imds/credentials.rs @ release-2026-08-21@56ee88c5c6ed',
    text: 'WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=Ec2InstanceMetadata error=the credentials provider was not properly configured: Incorrect IMDS/IAM configuration: [AssumeRoleUnauthorizedAccess] EC2 cannot assume the role web. Hint: Does this role have a trust relationship with EC2?',
    // Kotlin prints the same sentence: without a Rust crate or error type named, it is read as Kotlin's.
    benign: 'aws.sdk.kotlin.runtime.auth.credentials.ProviderConfigurationException: Incorrect IMDS/IAM configuration: [AssumeRoleUnauthorizedAccess] EC2 cannot assume the role web.',
  },
  {
    id: 'rust.invalid-credential-source',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2026-08-21@56ee88c5c6ed',
    text: 'WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=Profile error=the credentials provider was not properly configured: invalid credential source in `deploy`: profile must contain `source_profile` or `credential_source` but neither were defined',
  },
  {
    id: 'rust.invalid-credential-source',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2026-08-21@56ee88c5c6ed',
    text: "WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=Profile error=the credentials provider was not properly configured: invalid credential source in `default`: profile missing aws_access_key_id",
    benign: "Is an invalid credential source in the default profile reported before the region?",
    orTop: ['malformed-credentials'],
  },
  {
    id: 'rust.process-exit',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-config/src/credential_process.rs @ release-2026-08-21@56ee88c5c6ed',
    text: "WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=Profile error=an error occurred while loading credentials: Error retrieving credentials: external process exited with code exit status: 1. Stderr: token has expired, run login again",
    benign: "Error retrieving credentials is what the wiki calls this page; the external process exited fine.",
    orTop: ['temporary-credentials-expired'],
  },
  {
    id: 'rust.process-response',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-config/src/credential_process.rs @ release-2026-08-21@56ee88c5c6ed',
    text: "WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=Profile error=an error occurred while loading credentials: Error retrieving credentials from external process, could not parse response: Error parsing credentials JSON: missing field `SecretAccessKey`",
    benign: "We stopped retrieving credentials from an external process and could not parse why it was slow.",
    // The chain's own WARN line (rust.provider-failed, the empty-chain reading) weighs no-credentials about as much.
    orTop: ['no-credentials-found'],
  },
  {
    id: 'rust.imds-error',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-config/src/imds/credentials.rs @ release-2026-08-21@56ee88c5c6ed',
    text: "WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=Ec2InstanceMetadata error=an error occurred while loading credentials: Error retrieving credentials from IMDS: InternalServiceException An internal error occurred",
    benign: "Error retrieving credentials from IMDS? only on the old AMI, I think.",
  },
  {
    id: 'rust.ecs-invalid-uri',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-config/src/ecs.rs @ release-2026-08-21@56ee88c5c6ed',
    text: "WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=EcsContainer error=the credentials provider was not properly configured: invalid full URI for ECS provider (URI did not refer to an allowed IP address): http://credentials.internal/creds",
    benign: "The docs say an invalid URI for the ECS provider shows up as a warning in the task log.",
  },
  {
    // The chain's head as a tool prints it, its tail (the setting that was invalid) cut off.
    id: 'rust.provider-invalid-config',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-credential-types/src/provider/error.rs @ 2f44165bda56',
    text: 'Error:   × failed to fetch lambda function\n  ├─▶ dispatch failure\n  ├─▶ other\n  ╰─▶ the credentials provider was not properly configured',
    benign: 'Is the credentials provider configured properly when the profile has no region?',
  },
  {
    id: 'rust.credentials-not-enabled',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-credential-types/src/provider/error.rs @ b31709bccad6',
    text: 'ERROR codex_core::client: stream disconnected before completion: failed to load AWS credentials: the credential provider was not enabled',
    code: 'CredentialsNotLoaded',
  },
  {
    id: 'rust.credentials-timed-out',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-credential-types/src/provider/error.rs @ b31709bccad6',
    text: 'Error: DispatchFailure(DispatchFailure { source: ConnectorError { kind: Other(None), source: ProviderTimedOut(ProviderTimedOut { timeout_duration: 5s }) } })\ncredentials provider timed out after 5 seconds',
    code: 'ProviderTimedOut',
    orTop: ['no-credentials-found'],
  },
  {
    // smithy-lang/smithy-rs#4725 (batch 16): the generic dispatch failure the Rust SDK's callers see.
    id: 'rust.provider-error',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-credential-types/src/provider/error.rs @ b31709bccad6',
    text: 'When the credential chain fails, the error surfaced to the caller is a generic `DispatchFailure(... an error occurred while loading credentials ...)`; discovering which provider failed and why requires re-running with `RUST_LOG=aws_config=debug`.',
    code: 'ProviderError',
  },
  {
    id: 'rust.access-token-not-enabled',
    from: 'smithy-lang/smithy-rs aws/rust-runtime/aws-credential-types/src/provider/error.rs @ b31709bccad6',
    text: 'Error: failed to construct request: the access token provider was not enabled',
    orTop: ['wrong-profile'],
  },
  {
    id: 'rust.profile-not-defined',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2025-02-12@61f4ed039e56',
    text: 'DEBUG provider in chain did not provide credentials provider=Profile context=the credentials provider was not properly configured: profile `base` was not defined: could not find source profile base referenced from staging',
  },
  {
    id: 'rust.profile-field-missing',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2025-02-12@61f4ed039e56',
    text: 'WARN aws_config::meta::credentials::chain: provider failed to provide credentials, provider: Profile, error: the credentials provider was not properly configured: ProfileFile provider could not be built: profile `dev` was not defined: `sso_start_url` was missing',
  },
  {
    id: 'rust.profile-no-credentials',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2025-02-12@61f4ed039e56',
    text: 'WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=Profile error=the credentials provider was not properly configured: profile `default` did not contain credential information',
  },
  {
    id: 'rust.profile-loop',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2025-02-12@61f4ed039e56',
    text: 'Error: the credentials provider was not properly configured: profile formed an infinite loop. first we loaded ["dev", "base"], then attempted to reload dev',
  },
  {
    id: 'rust.sso-session-missing',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2025-02-12@61f4ed039e56',
    text: 'Error: the credentials provider was not properly configured: sso-session named `corp` (referenced by profile `dev`) was not found',
  },
  {
    // Stop 38, a gap of the Rust source audit (release-2026-08-21 read; the same Display impl as rust.sso-session-missing).
    id: 'rust.sso-config-invalid',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2025-02-12@61f4ed039e56',
    text: 'Error: the credentials provider was not properly configured: profile `dev` has invalid SSO config: sso_region missing',
    benign: 'My dev profile has an invalid SSO config, I think the sso_region is missing from it.',
  },
  {
    id: 'rust.sso-token-expired',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/sso/token.rs @ release-2025-02-12@61f4ed039e56',
    text: 'Error: failed to load token: the SSO token has expired and cannot be refreshed',
  },
  {
    id: 'rust.imds-unreachable',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/imds/credentials.rs @ release-2025-02-12@61f4ed039e56',
    text: 'WARN aws_config::meta::credentials::chain: provider failed to provide credentials provider=Ec2InstanceMetadata error=the credentials provider was not enabled: could not communicate with IMDS',
  },
  {
    id: 'rust.no-profiles',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/profile/credentials.rs @ release-2025-02-12@61f4ed039e56',
    text: 'DEBUG aws_config::meta::credentials::chain: provider in chain did not provide credentials provider=Profile context=the credentials provider was not enabled: No profiles were defined',
  },
  {
    id: 'rust.chain-empty',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/meta/credentials/chain.rs @ release-2025-02-12@61f4ed039e56',
    text: 'Error: DispatchFailure(DispatchFailure { source: ConnectorError { kind: Other(None), source: CredentialsNotLoaded(CredentialsNotLoaded { source: "no providers in chain provided credentials" }), connection: Unknown } })',
    code: 'CredentialsNotLoaded',
  },
  {
    id: 'rust.provider-skipped',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/meta/credentials/chain.rs @ release-2025-02-12@61f4ed039e56',
    text: '2026-12-01T09:12:03.114Z DEBUG load_credentials{provider=Environment}: aws_config::meta::credentials::chain: provider in chain did not provide credentials provider=Environment context=the credential provider was not enabled: environment variable not set (CredentialsNotLoaded)\n2026-12-01T09:12:03.115Z DEBUG load_credentials{provider=Profile}: aws_config::meta::credentials::chain: provider in chain did not provide credentials provider=Profile context=the credential provider was not enabled: No profiles were defined (CredentialsNotLoaded)\nError: no providers in chain provided credentials',
    top: 'no-credentials-found',
    detected: true,
  },
  {
    id: 'rust.provider-failed',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-config/src/meta/credentials/chain.rs @ release-2025-02-12@61f4ed039e56',
    text: 'WARN load_credentials{provider=WebIdentityToken}: aws_config::meta::credentials::chain: provider failed to provide credentials provider=WebIdentityToken error=an error occurred while loading credentials: could not read token file',
  },
  {
    id: 'rust.signing-missing-credentials',
    from: 'awslabs/smithy-rs aws/rust-runtime/aws-sig-auth/src/middleware.rs @ release-2022-07-20',
    text: 'Error: ConstructionFailure(ConstructionFailure { source: SigningStageError { kind: MissingCredentials } })\nfailed to construct request: No credentials in the property bag',
    code: 'MissingCredentials',
  },
  {
    id: 'rust.no-identity-resolver',
    from: 'awslabs/smithy-rs rust-runtime/aws-smithy-runtime/src/client/orchestrator/auth.rs @ release-2025-02-12@61f4ed039e56',
    // As the SDK prints it with no credential provider (its dynamodb/tests/auth_scheme_error.rs at the same release).
    text: 'Error: failed to select an auth scheme to sign the request with. "sigv4" wasn\'t a valid option because there was no identity resolver for it. Be sure to set an identity, such as credentials, auth token, or other identity type that is required for this service.',
  },
  {
    id: 'rust.no-matching-auth-scheme',
    from: 'awslabs/smithy-rs rust-runtime/aws-smithy-runtime/src/client/orchestrator/auth.rs @ release-2023-11-27+17@75b4c351add4',
    text: 'Error: DispatchFailure(DispatchFailure { source: ConnectorError { kind: Other(None), source: NoMatchingAuthScheme, connection: Unknown } })\nno auth scheme matched auth scheme options. This is a bug. Please file an issue.',
  },
  {
    id: 'rusoto.chain-empty',
    from: 'rusoto/rusoto rusoto/credential/src/lib.rs @ rusoto-v0.48.0@0df121f3c',
    text: "Error: Credentials(CredentialsError { message: \"Couldn't find AWS credentials in environment, credentials file, or IAM role.\" })",
  },
  {
    id: 'rusoto.env-missing',
    from: 'rusoto/rusoto rusoto/credential/src/environment.rs @ rusoto-v0.48.0@0df121f3c',
    text: "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: CredentialsError { message: \"No (or empty) AWS_SECRET_ACCESS_KEY in environment\" }', src/main.rs:20:58",
  },
  {
    id: 'rusoto.role-fetch-failed',
    from: 'rusoto/rusoto rusoto/credential/src/instance_metadata.rs @ rusoto-v0.48.0@0df121f3c',
    text: '[2021-03-04T10:11:12Z ERROR app] Credentials(CredentialsError { message: "Could not get credentials from iam: Not found" })',
  },
]);

const CRT_AUTH = 'awslabs/aws-c-auth source/auth.c @ v0.10.5+1@495329c24330 (s_errors)';

checkFamily('cpp', [
  {
    id: 'cpp.process-failed',
    from: 'aws/aws-sdk-cpp src/aws-cpp-sdk-core/source/auth/AWSCredentialsProvider.cpp @ 1d5767287945',
    text: '[ERROR] 2024-03-11 09:14:02.117 ProfileConfigFileAWSCredentialsProvider [140201] Failed to load credential from running: aws-sso-creds --profile dev 2>&1 Error: sh: 1: aws-sso-creds: not found',
  },
  {
    id: 'cpp.imds-request-failed',
    from: 'aws/aws-sdk-cpp src/aws-cpp-sdk-core/source/internal/AWSHttpResourceClient.cpp @ 4613df75226a',
    text: '[ERROR] 2026-12-01 09:14:22.103 EC2MetadataClient [140213] Http request to retrieve credentials failed\n[WARN] 2026-12-01 09:14:22.104 EC2MetadataClient [140213] Request failed, now waiting 0 ms before attempting again.',
    top: 'no-credentials-found',
    orTop: ['role-credentials-unavailable'],
  },
  {
    id: 'crt.signing-no-credentials',
    from: 'awslabs/aws-c-auth source/auth.c @ f084a2f82861',
    text: 'Error: Failed to create S3 client\n\nCaused by:\n    0: HeadBucket failed for bucket my-bucket in region us-east-1\n    1: Client error\n    2: Unknown response error: MetaRequestResult { response_status: 0, crt_error: Error(6146, "aws-c-auth: AWS_AUTH_SIGNING_NO_CREDENTIALS, Attempt to sign an http request without credentials") }',
    code: 'AWS_AUTH_SIGNING_NO_CREDENTIALS',
  },
  // aws-c-auth's provider errors as the bindings print them (CRT_AUTH below).
  {
    // The CLI v2's CRT transfer on a laptop with nothing configured: the chain's last provider is IMDS.
    id: 'crt.imds-source',
    from: CRT_AUTH,
    text: 'awscrt.exceptions.AwsCrtError: AWS_AUTH_CREDENTIALS_PROVIDER_IMDS_SOURCE_FAILURE: Valid credentials could not be sourced by the IMDS provider',
  },
  {
    id: 'crt.environment-source',
    from: CRT_AUTH,
    text: 'awscrt.exceptions.AwsCrtError: AWS_AUTH_CREDENTIALS_PROVIDER_INVALID_ENVIRONMENT: Required environment variables could not be sourced from process environment',
  },
  {
    // The Java SDK's CRT-based S3 client with a profile that does not exist.
    id: 'crt.profile-source',
    from: CRT_AUTH,
    text: 'software.amazon.awssdk.crt.CrtRuntimeException: Failed to get credentials (aws_last_error: AWS_AUTH_CREDENTIALS_PROVIDER_PROFILE_SOURCE_FAILURE(6153), Valid credentials could not be sourced by a profile provider)',
  },
  {
    // aws-sdk-swift on EKS with IRSA, the token file unreadable.
    id: 'crt.role-source',
    from: CRT_AUTH,
    text: 'Fatal error: CRTError(code: 6159, message: "Valid credentials could not be sourced by the sts web identity provider", name: "AWS_AUTH_CREDENTIALS_PROVIDER_STS_WEB_IDENTITY_SOURCE_FAILURE")',
  },
  // Source audit, stop 37 (aws-c-auth v0.10.5+1 @ 495329c24330, s_errors).
  {
    // The Python CRT (boto3's CRT transfer, awscrt) on EKS with Pod Identity, the token file not mounted.
    id: 'crt.role-source',
    from: CRT_AUTH,
    text: 'awscrt.exceptions.AwsCrtError: AWS_AUTH_CREDENTIALS_PROVIDER_ECS_INVALID_TOKEN_FILE_PATH: Failed to read the ECS token file specified in the AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE environment variable.',
  },
  {
    id: 'crt.role-source',
    from: CRT_AUTH,
    text: 'awscrt.exceptions.AwsCrtError: AWS_AUTH_CREDENTIALS_PROVIDER_ECS_INVALID_HOST: Failed to establish connection. The specified host is not allowed. It must be a loopback address, ECS/EKS container host, or use HTTPS.',
  },
  {
    id: 'crt.profile-source',
    from: CRT_AUTH,
    text: 'awscrt.exceptions.AwsCrtError: AWS_AUTH_PROFILE_STS_CREDENTIALS_PROVIDER_CYCLE_FAILURE: Failed to resolve credentials because the profile contains a cycle in the assumeRole chain.',
  },
  {
    id: 'crt.http-status',
    from: CRT_AUTH,
    text: 'awscrt.exceptions.AwsCrtError: AWS_AUTH_CREDENTIALS_PROVIDER_HTTP_STATUS_FAILURE: Unsuccessful status code returned from credentials-fetching http request',
    benign: 'The credentials endpoint returned an unsuccessful status code when we fetched credentials over http.',
  },
  {
    id: 'crt.process-source',
    from: CRT_AUTH,
    text: 'awscrt.exceptions.AwsCrtError: AWS_AUTH_CREDENTIALS_PROVIDER_PROCESS_SOURCE_FAILURE: Valid credentials could not be sourced by the process provider',
  },
  {
    id: 'crt.sso-source',
    from: CRT_AUTH,
    text: 'awscrt.exceptions.AwsCrtError: AWS_AUTH_SSO_TOKEN_EXPIRED: Token sourced by the sso token provider is expired.',
  },
  {
    // A sidecar credential server on a pod IP, reached over plain HTTP.
    id: 'cpp.container-uri-rejected',
    from: 'aws/aws-sdk-cpp src/aws-cpp-sdk-core/source/auth/GeneralHTTPCredentialsProvider.cpp @ 0eb8317b50f7',
    text: "[WARN] 2026-12-01 09:14:02.117 GeneralHTTPCredentialsProvider [140201] Can't use General HTTP Provider: AWS_CONTAINER_CREDENTIALS_FULL_URI is not HTTPS and is not within loop back CIDR: 10.0.3.17:8080",
  },
  {
    id: 'cpp.container-credentials-failed',
    from: 'aws/aws-sdk-cpp src/aws-cpp-sdk-core/source/auth/GeneralHTTPCredentialsProvider.cpp @ 0eb8317b50f7',
    text: '[ERROR] 2026-12-01 09:14:02.117 GeneralHTTPCredentialsProvider [140201] Unable to retrieve credentials: failed to open Auth Token file .',
  },
  {
    id: 'cpp.sso-cached-token-expired',
    from: 'aws/aws-sdk-cpp src/aws-cpp-sdk-core/source/auth/SSOCredentialsProvider.cpp @ 03638c713085',
    text: '[ERROR] 2026-12-01 09:14:02.117 SSOCredentialsProvider [140201] Cached Token expired at 2026-11-30T18:02:11Z',
  },
  {
    id: 'cpp.web-identity-failed',
    from: 'aws/aws-sdk-cpp src/aws-cpp-sdk-core/source/auth/STSCredentialsProvider.cpp @ 05817ff50172',
    text: '[ERROR] 2026-12-01 09:14:02.117 STSAssumeRoleWebIdentityCredentialsProvider [140201] Failed to get credentials from STS: 6153',
  },
  {
    // A config file saved with CR/LF line endings: the carriage return is text after "]".
    id: 'cpp.config-parse-failed',
    from: 'aws/aws-sdk-cpp src/aws-cpp-sdk-core/source/config/AWSConfigFileProfileConfigLoader.cpp @ 1539725ca808',
    text: '[ERROR] 2026-12-01 09:14:02.117 Aws::Config::ConfigFileProfileFSM [140201] Found unexpected characters after closing bracket of Section Identifier [profile dev]\n[INFO] 2026-12-01 09:14:02.118 Aws::Config::AWSProfileConfigLoaderBase [140201] Failed to reload configuration.',
  },
]);

describe('the Rust SDK without credentials, in its Debug form', () => {
  it('when the NoMatchingAuthSchemeError Debug output with a NoIdentityResolver option is pasted, then no credentials ranks first', () => {
    const d = diagnose(
      'Error: DispatchFailure(DispatchFailure { source: ConnectorError { kind: Other(None), source: NoMatchingAuthSchemeError(ExploredList { items: [ExploredAuthOption { scheme_id: AuthSchemeId { scheme_id: "sigv4" }, result: NoIdentityResolver }], truncated: false }), connection: Unknown } })',
    );
    expect([d.detected, d.facts.tool, d.causes[0]!.id]).toEqual([true, 'aws-sdk-rust', 'no-credentials-found']);
  });
});
