/** AWS SDK for Ruby v3 (aws-sdk-core). */
import type { CatalogueEntry } from './types';

const RUBY = (file: string) => ({ repo: 'aws/aws-sdk-ruby', path: `gems/aws-sdk-core/lib/aws-sdk-core/${file}`, ref: 'bac3491f8117' });
/** `aws login`'s credential provider, added after the 3.211.0 the rest was read at. */
export const RUBY_LOGIN = { repo: 'aws/aws-sdk-ruby', path: 'gems/aws-sdk-core/lib/aws-sdk-core/login_credentials.rb', ref: 'fc2877994da1' };

export const RUBY_SDK: CatalogueEntry[] = [
  {
    id: 'ruby.missing-credentials',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Errors::MissingCredentialsError: unable to sign request without credentials set',
    re: /unable to sign request without credentials set/,
    family: 'fam.no-creds',
    code: 'MissingCredentialsError',
    causes: { 'no-credentials-found': 2.2, 'role-credentials-unavailable': 0.5 },
    source: RUBY('errors.rb'),
  },
  {
    // What a client built without any credentials raises (the aws-sigv4 gem, under every service gem):
    // the form most Ruby pastes show, with its three option lines.
    id: 'ruby.sigv4-missing-credentials',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Sigv4::Errors::MissingCredentialsError: missing credentials, provide credentials with one of the following options:\n  - :access_key_id and :secret_access_key\n  - :credentials\n  - :credentials_provider',
    re: /missing credentials, provide credentials with one of the following options/,
    family: 'fam.no-creds',
    code: 'MissingCredentialsError',
    causes: { 'no-credentials-found': 2.2, 'role-credentials-unavailable': 0.5 },
    source: { repo: 'aws/aws-sdk-ruby', path: 'gems/aws-sigv4/lib/aws-sigv4/errors.rb', ref: 'bac3491f8117' },
  },
  {
    id: 'ruby.instance-profile',
    tool: 'aws-sdk-ruby',
    message: 'Error retrieving instance profile credentials: {error}',
    re: /Error retrieving instance profile credentials: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: RUBY('instance_profile_credentials.rb'),
  },
  {
    id: 'ruby.ecs',
    tool: 'aws-sdk-ruby',
    message: 'Error retrieving ECS Credentials: {message}',
    re: /Error retrieving ECS Credentials: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: RUBY('ecs_credentials.rb'),
  },
  {
    id: 'ruby.no-such-profile',
    tool: 'aws-sdk-ruby',
    message: "Aws::Errors::NoSuchProfileError: Profile `{profile}' not found in {credentials_path} or {config_path}",
    re: /Profile `[^'\n]{0,100}' not found in /,
    family: 'fam.profile',
    code: 'NoSuchProfileError',
    causes: { 'wrong-profile': 2.2, 'env-var-override': 0.5 },
    source: RUBY('shared_config.rb'),
  },
  {
    // A role profile whose source_profile holds no keys of its own (or whose keys live in another file).
    id: 'ruby.source-profile-no-credentials',
    tool: 'aws-sdk-ruby',
    message: 'Profile {profile} has a role_arn, and source_profile, but the source_profile does not have credentials.',
    re: /has a role_arn, and source_profile, but the source_profile does not have credentials/,
    family: 'fam.profile',
    code: 'NoSourceProfileError',
    causes: { 'wrong-profile': 1.6, 'no-credentials-found': 1.2, 'role-credentials-unavailable': 0.6 },
    source: RUBY('shared_config.rb'),
  },
  {
    id: 'ruby.role-arn-no-source',
    tool: 'aws-sdk-ruby',
    message: 'Profile {profile} has a role_arn, but no source_profile.',
    re: /has a role_arn, but no source_profile/,
    family: 'fam.profile',
    code: 'NoSourceProfileError',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: RUBY('shared_config.rb'),
  },
  {
    // credential_source = Ec2InstanceMetadata / EcsContainer / Environment delivered nothing.
    id: 'ruby.no-source-credentials',
    tool: 'aws-sdk-ruby',
    message: 'Profile {profile} could not get source credentials from provider {credential_source}',
    re: /could not get source credentials from provider /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8, 'no-credentials-found': 0.8 },
    source: RUBY('shared_config.rb'),
  },
  {
    id: 'ruby.web-identity-file',
    tool: 'aws-sdk-ruby',
    message: 'Missing :web_identity_token_file parameter or invalid file path provided for Aws::AssumeRoleWebIdentityCredentials provider',
    re: /Missing :web_identity_token_file parameter or invalid file path/,
    family: 'fam.role',
    code: 'MissingWebIdentityTokenFile',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: RUBY('errors.rb'),
  },
  {
    id: 'ruby.missing-region',
    tool: 'aws-sdk-ruby',
    message: "Aws::Errors::MissingRegionError: No region was provided. Configure the `:region` option or export the region name to ENV['AWS_REGION']",
    re: /No region was provided\. Configure the `?:region`? option/,
    family: 'fam.region',
    code: 'MissingRegionError',
    causes: { 'region-endpoint': 2.0 },
    source: RUBY('errors.rb'),
  },
  {
    // Before MissingRegionError existed (v2), a client built with no region reached the endpoint provider, whose
    // partition_matching_region calls `region.match(p["regionRegex"])` on nil: the NoMethodError's only clue is that frame.
    id: 'ruby.endpoint-provider-nil-region',
    tool: 'aws-sdk-ruby',
    message: "NoMethodError: undefined method `match' for nil:NilClass from …/aws-sdk-core/endpoint_provider.rb:{line}:in `block in partition_matching_region'",
    re: /\blib\/aws-sdk-core\/endpoint_provider\.rb:\d{1,5}:in [`'‘](?:block in )?partition_matching_region\b/,
    context: /undefined method [`'‘]match' for nil/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: { repo: 'aws/aws-sdk-ruby', path: 'aws-sdk-core/lib/aws-sdk-core/endpoint_provider.rb (partition_matching_region: region.match(p["regionRegex"]))', ref: 'v2.3.19' },
  },
  // Source audit, stop 37 (aws-sdk-core 3.211.0 @ bac3491f8117): the failures people hit that no entry read yet.
  {
    // The aws-sigv4 gem's own region check: a Signer or S3 Presigner built with no region (MissingRegionError's
    // message in aws-sigv4/errors.rb; the ":region" symbol is Ruby's).
    id: 'ruby.sigv4-missing-region',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Sigv4::Errors::MissingRegionError: missing required option :region',
    re: /Aws::Sigv4::Errors::MissingRegionError|missing required option :region\b/,
    family: 'fam.region',
    code: 'MissingRegionError',
    causes: { 'region-endpoint': 2.0 },
    source: { repo: 'aws/aws-sdk-ruby', path: 'gems/aws-sigv4/lib/aws-sigv4/errors.rb', ref: 'bac3491f8117' },
  },
  {
    id: 'ruby.role-source-both',
    tool: 'aws-sdk-ruby',
    message: 'Profile {profile} has a source_profile, and a credential_source. For assume role credentials, must provide only source_profile or credential_source, not both.',
    re: /has a source_profile, and a credential_source\. For assume role credentials/,
    family: 'fam.profile',
    code: 'CredentialSourceConflictError',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: RUBY('shared_config.rb'),
  },
  {
    id: 'ruby.unsupported-credential-source',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Errors::InvalidCredentialSourceError: Unsupported credential_source: {credential_source}',
    re: /InvalidCredentialSourceError|Unsupported credential_source: /,
    family: 'fam.profile',
    code: 'InvalidCredentialSourceError',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: RUBY('shared_config.rb'),
  },
  {
    // Raised with no message: the class name is all a paste shows.
    id: 'ruby.source-profile-loop',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Errors::SourceProfileCircularReferenceError',
    re: /Aws::Errors::SourceProfileCircularReferenceError/,
    family: 'fam.profile',
    code: 'SourceProfileCircularReferenceError',
    causes: { 'wrong-profile': 2.0 },
    source: RUBY('shared_config.rb'),
  },
  {
    id: 'ruby.sso-session-undefined',
    tool: 'aws-sdk-ruby',
    message: 'sso-session {name} must be defined in the config file. Referenced by profile {profile}',
    re: /sso-session \S{1,100} must be defined in the config file\. Referenced by profile /,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: RUBY('shared_config.rb'),
  },
  {
    // The sso-session section lacks sso_region, or the profile names another sso_region or start URL than its session.
    id: 'ruby.sso-session-config',
    tool: 'aws-sdk-ruby',
    message: "sso-session {name} missing required parameter: sso_region | sso-session {name}'s sso_region ({region}) does not match the profile {profile}'s sso_region ({other}'",
    re: /sso-session \S{1,100} missing required parameter: sso_region|sso-session \S{1,100}'s sso_(?:region|start_url) \([^)\n]{0,200}\) does not match the profile /,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8 },
    source: RUBY('shared_config.rb'),
  },
  {
    id: 'ruby.process-failed',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Errors::InvalidProcessCredentialsPayload: credential_process provider failure, the credential process had non zero exit status and failed to provide credentials',
    re: /credential_process provider failure, the credential process had non zero exit status/,
    family: 'fam.process',
    code: 'InvalidProcessCredentialsPayload',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.5 },
    source: RUBY('process_credentials.rb'),
  },
  {
    // The process ran but printed no JSON, another Version, or no keys. "Invalid JSON response" alone is every
    // parser's wording: read only after the error's class name.
    id: 'ruby.process-output',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Errors::InvalidProcessCredentialsPayload: Invalid JSON response | Invalid version {version} for credentials payload | Invalid payload for JSON credentials version 1',
    re: /InvalidProcessCredentialsPayload:? Invalid JSON response|Invalid version \S{1,20} for credentials payload|Invalid payload for JSON credentials version 1/,
    family: 'fam.process',
    code: 'InvalidProcessCredentialsPayload',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: RUBY('process_credentials.rb'),
  },
  {
    // The cached SSO token is past its expiry and the SSO-OIDC refresh failed (or there is no refresh token).
    id: 'ruby.sso-token-refresh',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Errors::InvalidSSOToken: Token is invalid and failed to refresh.',
    re: /Token is invalid and failed to refresh\./,
    family: 'fam.sso',
    code: 'InvalidSSOToken',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: RUBY('sso_token_provider.rb'),
  },
  {
    // The `aws login` session's cached token (LoginCredentials, newer than the 3.211.0 audit; review R37-11): past its
    // expiry with the refresh refused, or no cache file for the profile's login_session. Lower-case "token", so
    // ruby.sso-token-refresh's words do not read it. `aws login` again is the fix, as for the CLI's own words.
    id: 'ruby.login-token',
    tool: 'aws-sdk-ruby',
    message: 'Aws::Errors::InvalidLoginToken: Login token is invalid and failed to refresh. Please reauthenticate. | Failed to load a Login token for login session {login_session}. Please reauthenticate.',
    re: /\bLogin token is invalid and failed to refresh\b|\bFailed to load a Login token for login session\b/,
    family: 'fam.sso',
    code: 'InvalidLoginToken',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: RUBY_LOGIN,
  },
  {
    // EKS Pod Identity / ECS: the token file the agent mounts is not where the variable says.
    id: 'ruby.container-token-file',
    tool: 'aws-sdk-ruby',
    message: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is set but the file doesn't exist: {path}",
    re: /AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is set but the file doesn't exist/,
    family: 'fam.role',
    code: 'TokenFileReadError',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: RUBY('ecs_credentials.rb'),
  },
];
