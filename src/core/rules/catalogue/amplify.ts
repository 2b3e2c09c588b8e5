/**
 * AWS Amplify: the CLI (its own profile reader over the JS SDK, errors as AmplifyError with a "🛑" line)
 * and the JS library in browsers and apps (credentials from a Cognito identity pool, never a profile).
 */
import type { CatalogueEntry } from './types';

const CLI = (file: string) => ({ repo: 'aws-amplify/amplify-cli', path: `packages/amplify-provider-awscloudformation/src/${file}`, ref: '70049be04b61' });

export const AMPLIFY: CatalogueEntry[] = [
  {
    id: 'amplify-cli.profile-missing',
    tool: 'amplify-cli',
    wrapper: true,
    message: 'Profile configuration is missing for: {profile}',
    re: /Profile configuration is missing for: /,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6 },
    source: CLI('system-config-manager.ts'),
  },
  {
    // The profile exists but gives no key pair (and the env has none either).
    id: 'amplify-cli.profile-invalid',
    tool: 'amplify-cli',
    wrapper: true,
    message: "Profile configuration for '{profile}' is invalid: missing aws_access_key_id, aws_secret_access_key",
    re: /Profile configuration for '[^'\n]{0,100}' is invalid: missing /,
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.5, 'wrong-profile': 1.0 },
    source: CLI('system-config-manager.ts'),
  },
  {
    // Wraps whatever the profile reader threw (an SSO session, a role's source profile, a missing file).
    id: 'amplify-cli.profile-credentials',
    tool: 'amplify-cli',
    wrapper: true,
    message: 'Failed to get profile credentials',
    re: /Failed to get profile credentials/,
    family: 'fam.reported',
    causes: { 'wrong-profile': 1.2, 'temporary-credentials-expired': 0.9, 'no-credentials-found': 0.8 },
    source: CLI('configuration-manager.ts'),
  },
  {
    id: 'amplify-cli.no-credentials',
    tool: 'amplify-cli',
    wrapper: true,
    message: 'AWS access credentials can not be found.',
    re: /AWS access credentials can not be found/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'wrong-profile': 0.5 },
    source: CLI('configuration-manager.ts'),
  },
  {
    // Amplify JS v6: fetchAuthSession gave no credentials (not signed in, or the identity pool gives
    // guests none). The same template in the Storage, API and REST categories.
    id: 'amplify-js.no-credentials',
    tool: 'amplify-js',
    wrapper: true,
    message: 'NoCredentials: Credentials should not be empty.',
    re: /Credentials should not be empty/,
    context: /NoCredentials|amplify|fetchAuthSession|Cognito/i,
    family: 'fam.no-creds',
    code: 'NoCredentials',
    causes: { 'no-credentials-found': 1.3, 'role-credentials-unavailable': 1.1 },
    source: { repo: 'aws-amplify/amplify-js', path: 'packages/storage/src/errors/types/validation.ts', ref: '2b1aa72bf71e' },
  },
  {
    // Amplify JS v5 and earlier: no identity pool configured, so no AWS credentials at all.
    id: 'amplify-js.no-identity-pool',
    tool: 'amplify-js',
    wrapper: true,
    message: 'No Cognito Federated Identity pool provided | No Cognito Identity pool provided for unauthenticated access | cannot get guest credentials when mandatory signin enabled',
    re: /No Cognito (?:Federated )?Identity pool provided|cannot get guest credentials when mandatory signin enabled/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5, 'no-credentials-found': 0.9 },
    source: { repo: 'aws-amplify/amplify-js', path: 'packages/core/src/Credentials.ts', ref: 'fa5abdf902b5 (the "for unauthenticated access" wording in later v4/v5 versions of the file)' },
  },
];
