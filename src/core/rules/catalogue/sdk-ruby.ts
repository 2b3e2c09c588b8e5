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
];
