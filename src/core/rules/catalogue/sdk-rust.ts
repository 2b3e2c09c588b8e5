/** AWS SDK for Rust (aws-config and the smithy-rs runtime). */
import type { CatalogueEntry } from './types';

const SMITHY_RS = (path: string, ref = 'release-2025-02-12@61f4ed039e56') => ({ repo: 'awslabs/smithy-rs', path, ref });

/** Rusoto, the community Rust SDK before aws-sdk-rust (vector, coldsnap, rudolfs and other tools of its time). */
const RUSOTO = (file: string) => ({ repo: 'rusoto/rusoto', path: `rusoto/credential/src/${file}`, ref: 'rusoto-v0.48.0@0df121f3c' });

/** CredentialsError's and AccessTokenError's Display: what is printed when the chain's own source is not shown. */
const PROVIDER_ERROR = { repo: 'smithy-lang/smithy-rs', path: 'aws/rust-runtime/aws-credential-types/src/provider/error.rs', ref: 'b31709bccad6' };

/** The same file at a newer commit (stop 39), where CredentialsError also has Unrecoverable. */
const PROVIDER_ERROR_NOW = { repo: 'smithy-lang/smithy-rs', path: 'aws/rust-runtime/aws-credential-types/src/provider/error.rs', ref: '2f44165bda56' };

/** The newest release read (source audit, stop 36). */
const SMITHY_RS_NOW = (path: string) => ({ repo: 'smithy-lang/smithy-rs', path, ref: 'release-2026-08-21@56ee88c5c6ed' });

const PROFILE_CREDENTIALS = SMITHY_RS('aws/rust-runtime/aws-config/src/profile/credentials.rs');
/**
 * The profile and sso-session names in these messages stand in backticks; reporters often replace them with a placeholder
 * in angle brackets (`<PROFILE_NAME>`, cargo-lambda/cargo-lambda#617, batch 25), so the patterns take one around the name.
 */
/** Rust's own crates or error types: for wordings short enough to occur elsewhere. */
const RUST_CONTEXT = /aws_config|aws-config|aws_smithy|ProfileFileError|CredentialsError|CredentialsNotLoaded/;

export const RUST: CatalogueEntry[] = [
  {
    id: 'rust.chain-empty',
    tool: 'aws-sdk-rust',
    message: 'CredentialsNotLoaded(CredentialsNotLoaded { source: "no providers in chain provided credentials" })',
    re: /no providers in chain provided credentials/,
    family: 'fam.no-creds',
    code: 'CredentialsNotLoaded',
    causes: { 'no-credentials-found': 2.2 },
    source: SMITHY_RS('aws/rust-runtime/aws-config/src/meta/credentials/chain.rs'),
  },
  {
    // CredentialsNotLoaded printed alone ("failed to load AWS credentials: the credential provider was not enabled"): the
    // chain found nothing, its "no providers in chain" source left unprinted by the tool around it.
    id: 'rust.credentials-not-enabled',
    tool: 'aws-sdk-rust',
    message: 'the credential provider was not enabled',
    re: /\bthe credential provider was not enabled\b/i,
    family: 'fam.no-creds',
    code: 'CredentialsNotLoaded',
    causes: { 'no-credentials-found': 2.0, 'role-credentials-unavailable': 0.8 },
    source: PROVIDER_ERROR,
  },
  {
    // The chain's last links (IMDS, the container endpoint) did not answer in time: off AWS compute, or a container
    // behind IMDSv2's hop limit.
    id: 'rust.credentials-timed-out',
    tool: 'aws-sdk-rust',
    message: 'credentials provider timed out after {seconds} seconds',
    re: /\bcredentials provider timed out after \d{1,4} seconds\b/i,
    family: 'fam.no-creds',
    code: 'ProviderTimedOut',
    causes: { 'role-credentials-unavailable': 1.4, 'no-credentials-found': 1.2 },
    source: PROVIDER_ERROR,
  },
  {
    // ProviderError printed with the Rust crates named beside it: a provider of the chain failed while it ran (a 503
    // from STS, an unreadable config file, IMDS not answering: the enum's own doc comment), the source kept inside.
    // The wording alone is too common (apps of every kind print it about their own stored logins), so it needs
    // RUST_CONTEXT ("`DispatchFailure(... an error occurred while loading credentials ...)` … `RUST_LOG=aws_config=debug`",
    // smithy-lang/smithy-rs#4725, batch 16). Weighed as rust.provider-failed: a provider failed, not an empty chain.
    id: 'rust.provider-error',
    tool: 'aws-sdk-rust',
    message: 'an error occurred while loading credentials',
    re: /\ban error occurred while loading credentials\b/i,
    context: RUST_CONTEXT,
    family: 'fam.no-creds',
    code: 'ProviderError',
    causes: { 'no-credentials-found': 0.8, 'role-credentials-unavailable': 0.6 },
    source: PROVIDER_ERROR,
  },
  {
    // InvalidConfiguration: a provider was configured but some setting was invalid (the enum's doc comment: a syntax
    // error in ~/.aws/config, a role profile forming a loop; an SSO profile an older aws-config cannot read). Printed as
    // the head of an error chain whose tail names the setting ("├─▶ the credentials provider was not properly
    // configured ╰─▶ ProfileFile provider could not be built: profile `x` was not defined: `sso_region` was missing",
    // cargo-lambda/cargo-lambda#617, batch 25); the tail's own entries weigh the cause, this one only detects the head.
    id: 'rust.provider-invalid-config',
    tool: 'aws-sdk-rust',
    message: 'the credentials provider was not properly configured',
    re: /\bthe credentials provider was not properly configured\b/i,
    family: 'fam.no-creds',
    // No code: the variant's name is not printed (Display gives the sentence only). The provider yielded nothing, so
    // to the tool the chain came up empty (CredentialsError's doc: InvalidConfiguration
    // is a provider "configured in some way" whose settings were invalid, where CredentialsNotLoaded had none).
    causes: { 'no-credentials-found': 0.8 },
    source: PROVIDER_ERROR_NOW,
  },
  {
    // TokenNotLoaded: no SSO bearer token (no sso-session, or no cached token from `aws sso login`).
    id: 'rust.access-token-not-enabled',
    tool: 'aws-sdk-rust',
    message: 'the access token provider was not enabled',
    re: /\bthe access token provider was not enabled\b/i,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.4, 'wrong-profile': 0.8 },
    source: PROVIDER_ERROR,
  },
  {
    // A debug line per provider tried; not an error, but it shows the chain came up empty.
    id: 'rust.provider-skipped',
    tool: 'aws-sdk-rust',
    message: 'provider in chain did not provide credentials provider={name} context={error}',
    re: /provider in chain did not provide credentials/,
    causes: { 'no-credentials-found': 0.6 },
    source: SMITHY_RS('aws/rust-runtime/aws-config/src/meta/credentials/chain.rs'),
  },
  {
    id: 'rust.provider-failed',
    tool: 'aws-sdk-rust',
    message: 'provider failed to provide credentials provider={name} error={error}',
    re: /provider failed to provide credentials/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 0.8, 'role-credentials-unavailable': 0.6 },
    source: SMITHY_RS('aws/rust-runtime/aws-config/src/meta/credentials/chain.rs'),
  },
  {
    id: 'rust.signing-missing-credentials',
    tool: 'aws-sdk-rust',
    message: 'SigningStageError::MissingCredentials — "No credentials in the property bag"',
    re: /No credentials in the property bag|SigningStage(?:Error)?[^\n]{0,60}MissingCredentials/,
    family: 'fam.no-creds',
    code: 'MissingCredentials',
    causes: { 'no-credentials-found': 2.4 },
    source: SMITHY_RS('aws/rust-runtime/aws-sig-auth/src/middleware.rs', 'release-2022-07-20'),
  },
  {
    // The SDK names the scheme by its id, "sigv4" (aws-runtime/src/auth/sigv4.rs), as the SDK's own
    // dynamodb/tests/auth_scheme_error.rs asserts; auth.rs's unit tests use "SigV4". The Debug form
    // names the explored option's NoIdentityResolver.
    id: 'rust.no-identity-resolver',
    tool: 'aws-sdk-rust',
    message: 'failed to select an auth scheme to sign the request with. "{scheme}" wasn\'t a valid option because there was no identity resolver for it. Be sure to set an identity, such as credentials, auth token, or other identity type that is required for this service.',
    re: /wasn't a valid option because there was no identity resolver for it|NoMatchingAuthSchemeError\(ExploredList[^\n]{0,400}NoIdentityResolver/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.2 },
    source: SMITHY_RS('rust-runtime/aws-smithy-runtime/src/client/orchestrator/auth.rs'),
  },
  {
    // The same missing identity before the message above existed (November 2023 releases).
    id: 'rust.no-matching-auth-scheme',
    tool: 'aws-sdk-rust',
    message: 'no auth scheme matched auth scheme options. This is a bug. Please file an issue.',
    re: /no auth scheme matched auth scheme options|\bNoMatchingAuthScheme\b(?!Error)/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.2 },
    source: SMITHY_RS('rust-runtime/aws-smithy-runtime/src/client/orchestrator/auth.rs', 'release-2023-11-27+17@75b4c351add4'),
  },
  {
    id: 'rust.profile-not-defined',
    tool: 'aws-sdk-rust',
    message: 'profile `{profile}` was not defined: {message}',
    // ProfileFileError::MissingProfile has two reasons: a source profile not found (this entry) or a field the
    // profile lacks, which names the field in backticks (next entry).
    re: /profile `<?[\w.@-]{1,64}>?` was not defined(?!: `)/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.2, 'env-var-override': 0.5 },
    source: PROFILE_CREDENTIALS,
  },
  {
    // ProfileFileError::missing_field: the profile exists but lacks a key its provider needs (an SSO profile
    // without sso_region, or an sso-session section an older aws-config cannot read), so it yields nothing.
    id: 'rust.profile-field-missing',
    tool: 'aws-sdk-rust',
    message: 'profile `{profile}` was not defined: `{field}` was missing',
    re: /profile `<?[\w.@-]{1,64}>?` was not defined: `[\w-]{1,40}`/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4, 'malformed-credentials': 0.8, 'wrong-profile': 0.6 },
    source: PROFILE_CREDENTIALS,
  },
  {
    id: 'rust.profile-no-credentials',
    tool: 'aws-sdk-rust',
    message: 'profile `{profile}` did not contain credential information',
    re: /profile `<?[\w.@-]{1,64}>?` did not contain credential information/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6, 'no-credentials-found': 1.2 },
    source: PROFILE_CREDENTIALS,
  },
  {
    id: 'rust.profile-loop',
    tool: 'aws-sdk-rust',
    message: 'profile formed an infinite loop. first we loaded {profiles}, then attempted to reload {next}',
    re: /profile formed an infinite loop\. first we loaded/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: PROFILE_CREDENTIALS,
  },
  {
    id: 'rust.sso-session-missing',
    tool: 'aws-sdk-rust',
    message: 'sso-session named `{sso_session}` (referenced by profile `{profile}`) was not found',
    re: /sso-session named `<?[\w.@-]{1,64}>?` \(referenced by profile `/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: PROFILE_CREDENTIALS,
  },
  {
    // An SSO profile or sso-session section missing a key (sso_region, sso_start_url…); ProfileFileError's
    // InvalidSsoConfig, printed beside rust.sso-session-missing's string in the same Display impl.
    id: 'rust.sso-config-invalid',
    tool: 'aws-sdk-rust',
    message: 'profile `{profile}` has invalid SSO config: {message}',
    re: /profile `<?[\w.@-]{1,64}>?` has invalid SSO config: /,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: PROFILE_CREDENTIALS,
  },
  {
    id: 'rust.sso-token-expired',
    tool: 'aws-sdk-rust',
    message: 'the SSO token has expired and cannot be refreshed',
    re: /the SSO token has expired and cannot be refreshed/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: SMITHY_RS('aws/rust-runtime/aws-config/src/sso/token.rs'),
  },
  {
    // The last provider of the default chain: off EC2 it means nothing else was configured.
    id: 'rust.imds-unreachable',
    imds: true,
    tool: 'aws-sdk-rust',
    message: 'could not communicate with IMDS',
    re: /could not communicate with IMDS/,
    context: RUST_CONTEXT,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 1.4 },
    source: SMITHY_RS('aws/rust-runtime/aws-config/src/imds/credentials.rs'),
  },
  {
    id: 'rust.no-profiles',
    tool: 'aws-sdk-rust',
    message: 'No profiles were defined',
    re: /No profiles were defined/,
    context: RUST_CONTEXT,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'wrong-profile': 1.0 },
    source: PROFILE_CREDENTIALS,
  },
  {
    // Source audit, stop 36 (smithy-rs release-2026-08-21): a profile with some but not all of its static keys
    // ("profile missing aws_access_key_id"), or a role profile's source wrongly given. (Its twin variant "missing
    // credential source in …" is declared but constructed nowhere in aws-config, so it has no entry.)
    id: 'rust.invalid-credential-source',
    tool: 'aws-sdk-rust',
    message: 'invalid credential source in `{profile}`: {message}',
    re: /invalid credential source in `<?[\w.@-]{1,64}>?`: /,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.4, 'malformed-credentials': 1.2 },
    source: SMITHY_RS_NOW('aws/rust-runtime/aws-config/src/profile/credentials.rs'),
  },
  {
    // The same sentence as Kotlin's (kotlin.imds-trust, the reading when no crate is named): next to Rust's crates or
    // error types it is Rust's, and the Kotlin reading steps aside.
    id: 'rust.imds-trust',
    tool: 'aws-sdk-rust',
    message: 'Incorrect IMDS/IAM configuration: [{code}] {message}. Hint: Does this role have a trust relationship with EC2?',
    re: /Incorrect IMDS\/IAM configuration: \[/,
    context: RUST_CONTEXT,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: SMITHY_RS_NOW('aws/rust-runtime/aws-config/src/imds/credentials.rs'),
  },
  {
    // credential_process exited non-zero; its stderr (often a login helper's expired session) follows.
    id: 'rust.process-exit',
    tool: 'aws-sdk-rust',
    message: 'Error retrieving credentials: external process exited with code {status}. Stderr: {stderr}',
    re: /Error retrieving credentials: external process exited with code /,
    family: 'fam.process',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.5 },
    source: SMITHY_RS_NOW('aws/rust-runtime/aws-config/src/credential_process.rs'),
  },
  {
    id: 'rust.process-response',
    tool: 'aws-sdk-rust',
    message: 'Error retrieving credentials from external process, could not parse response: {invalid}',
    re: /Error retrieving credentials from external process, could not parse response/,
    family: 'fam.process',
    // As botocore's process entries: the process ran and answered, so credentials were found but not readable.
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: SMITHY_RS_NOW('aws/rust-runtime/aws-config/src/credential_process.rs'),
  },
  {
    // IMDS answered with an error code other than AssumeRoleUnauthorizedAccess (Kotlin words its own `code=…; …`).
    // Not `imds`: the metadata service answered, so the instance role is the source meant.
    id: 'rust.imds-error',
    tool: 'aws-sdk-rust',
    message: 'Error retrieving credentials from IMDS: {code} {message}',
    re: /Error retrieving credentials from IMDS: (?!code=)\w/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: SMITHY_RS_NOW('aws/rust-runtime/aws-config/src/imds/credentials.rs'),
  },
  {
    // AWS_CONTAINER_CREDENTIALS_FULL_URI / _RELATIVE_URI set to something the ECS provider cannot use.
    id: 'rust.ecs-invalid-uri',
    tool: 'aws-sdk-rust',
    message: 'invalid full URI for ECS provider ({err}): {uri}',
    re: /invalid (?:full|relative) URI for ECS provider/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: SMITHY_RS_NOW('aws/rust-runtime/aws-config/src/ecs.rs'),
  },
  {
    // ChainProvider: environment, profile file, container and instance metadata all came up empty.
    id: 'rusoto.chain-empty',
    tool: 'rusoto',
    message: "CredentialsError { message: \"Couldn't find AWS credentials in environment, credentials file, or IAM role.\" }",
    re: /Couldn't find AWS credentials in environment, credentials file, or IAM role/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'role-credentials-unavailable': 0.6 },
    source: RUSOTO('lib.rs'),
  },
  {
    // EnvironmentProvider used on its own (or a prefix of the app's): one of the pair is absent or empty.
    id: 'rusoto.env-missing',
    tool: 'rusoto',
    message: 'No (or empty) AWS_ACCESS_KEY_ID in environment | No (or empty) AWS_SECRET_ACCESS_KEY in environment',
    re: /No \(or empty\) \w{0,40}_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN) in environment/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.8, 'malformed-credentials': 0.6 },
    source: RUSOTO('environment.rs'),
  },
  {
    // InstanceMetadataProvider / ContainerProvider used on their own: the role's credentials could not be fetched.
    id: 'rusoto.role-fetch-failed',
    tool: 'rusoto',
    message: 'Could not get credentials from iam: {error} | Could not get credentials from container: {error}',
    re: /Could not get credentials from (?:iam|container): /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: RUSOTO('instance_metadata.rs'),
  },
];
