/** AWS SDK for PHP v3 (Aws\Exception\CredentialsException messages). */
import type { CatalogueEntry } from './types';

const PHP = (file: string, ref: string) => ({ repo: 'aws/aws-sdk-php', path: `src/Credentials/${file}`, ref });
/** aws/aws-sdk-php as vendored in nextcloud/server: the upstream repository (650 MB) is too large to fetch. */
const NEXTCLOUD_VENDORED = (file: string) => ({ repo: 'nextcloud/server', path: `vendor/aws/aws-sdk-php/src/Credentials/${file}`, ref: '25171f8ecd80' });
/** Generic wording that other tools print too: only with the PHP SDK in the paste. */
const PHP_CONTEXT = /CredentialsException|Aws\\|\.aws\/credentials|aws-sdk-php/;

const PHP_PROVIDER = PHP('CredentialProvider.php', '00b17f99018d');

export const PHP_SDK: CatalogueEntry[] = [
  {
    // Older releases say "metadata server.", newer ones "metadata service.".
    id: 'php.instance-profile',
    tool: 'aws-sdk-php',
    message: 'Error retrieving credentials from the instance profile metadata service. ({previous})',
    re: /Error retrieving credentials from the instance profile metadata serv(?:ice|er)/,
    family: 'fam.no-creds',
    code: 'CredentialsException',
    causes: { 'no-credentials-found': 1.8, 'role-credentials-unavailable': 1.6 },
    source: PHP('InstanceProfileProvider.php', '624238048f93'),
  },
  {
    id: 'php.ecs',
    tool: 'aws-sdk-php',
    message: 'Error retrieving credential from ECS ({msg})',
    re: /Error retrieving credential from ECS \(/,
    family: 'fam.role',
    code: 'CredentialsException',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: PHP('EcsCredentialProvider.php', '3898e17733df'),
  },
  {
    // The container provider's current wording (ECS, and EKS Pod Identity through the same provider); the
    // index holds only an old version of the upstream file.
    id: 'php.container-metadata',
    tool: 'aws-sdk-php',
    message: 'Error retrieving credentials from container metadata after attempt {n}/{retries} ({msg})',
    re: /Error retrieving credentials from container metadata(?: after attempt \d{1,3}\/\d{1,3})? \(/,
    family: 'fam.role',
    code: 'CredentialsException',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: NEXTCLOUD_VENDORED('EcsCredentialProvider.php'),
  },
  {
    id: 'php.ini-unreadable',
    tool: 'aws-sdk-php',
    message: 'Cannot read credentials from {filename}',
    re: /Cannot read credentials from \S{1,200}/,
    context: PHP_CONTEXT,
    family: 'fam.no-creds',
    code: 'CredentialsException',
    causes: { 'no-credentials-found': 2.0, 'wrong-profile': 1.0 },
    source: PHP('CredentialProvider.php', '93a10cf5e134'),
  },
  // The rest of the ini provider's rejections, in the same vendored copy as the container entry above.
  {
    id: 'php.ini-profile-not-found',
    tool: 'aws-sdk-php',
    message: "'{profile}' not found in credentials file",
    re: /'[^'\n]{0,64}' not found in credentials file/,
    context: PHP_CONTEXT,
    family: 'fam.profile',
    code: 'CredentialsException',
    causes: { 'wrong-profile': 2.0, 'no-credentials-found': 0.8 },
    source: NEXTCLOUD_VENDORED('CredentialProvider.php'),
  },
  {
    // The profile exists but holds no key pair: keys under another name, or a profile meant for a role or SSO.
    id: 'php.ini-no-credentials',
    tool: 'aws-sdk-php',
    message: "No credentials present in INI profile '{profile}' ({filename})",
    re: /No credentials present in INI profile '[^'\n]{0,64}'/,
    family: 'fam.no-creds',
    code: 'CredentialsException',
    causes: { 'no-credentials-found': 1.8, 'wrong-profile': 1.2, 'malformed-credentials': 0.6 },
    source: NEXTCLOUD_VENDORED('CredentialProvider.php'),
  },
  {
    id: 'php.ini-invalid-file',
    tool: 'aws-sdk-php',
    message: 'Invalid credentials file: {filename}',
    re: /Invalid credentials file: \S{1,200}/,
    context: PHP_CONTEXT,
    family: 'fam.misconfig',
    code: 'CredentialsException',
    causes: { 'malformed-credentials': 2.0 },
    source: NEXTCLOUD_VENDORED('CredentialProvider.php'),
  },
  {
    // One provider of the chain: the environment held no key pair (evidence, not the chain's verdict).
    id: 'php.env-not-found',
    tool: 'aws-sdk-php',
    message: 'Could not find environment variable credentials in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY',
    re: /Could not find environment variable credentials in AWS_ACCESS_KEY_ID\/AWS_SECRET_ACCESS_KEY/,
    causes: { 'no-credentials-found': 0.8 },
    source: PHP_PROVIDER,
  },
  {
    id: 'php.sso-expired',
    tool: 'aws-sdk-php',
    message: 'Cached SSO credentials returned expired credentials',
    re: /Cached SSO credentials returned expired credentials/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: PHP_PROVIDER,
  },
  {
    // No cached token for the profile's start URL: never logged in here, or the cache was cleared.
    id: 'php.sso-token-file',
    tool: 'aws-sdk-php',
    message: 'Unable to read token file at {path}',
    re: /Unable to read token file at [^\n]{0,200}sso[\\/]cache/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5, 'no-credentials-found': 0.6 },
    source: PHP_PROVIDER,
  },
  {
    id: 'php.sso-profile-keys',
    tool: 'aws-sdk-php',
    message: 'Profile {profile} in {filename} must contain the following keys: sso_start_url, sso_region, sso_account_id, and sso_role_name.',
    re: /must contain the following keys: sso_start_url, sso_region, sso_account_id, and sso_role_name/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6, 'malformed-credentials': 0.8 },
    source: PHP_PROVIDER,
  },
  {
    id: 'php.sso-session-missing',
    tool: 'aws-sdk-php',
    message: 'Could not find sso-session {session} in {filename}',
    re: /Could not find sso-session [\w.@-]{1,64} in /,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: PHP_PROVIDER,
  },
];
