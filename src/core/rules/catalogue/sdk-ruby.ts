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
