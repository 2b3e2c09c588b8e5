/** AWS SDK for Ruby v3 (aws-sdk-core). */
import type { CatalogueEntry } from './types';

const RUBY = (file: string) => ({ repo: 'aws/aws-sdk-ruby', path: `gems/aws-sdk-core/lib/aws-sdk-core/${file}`, ref: 'bac3491f8117' });

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
];
