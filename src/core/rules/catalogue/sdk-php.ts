/** AWS SDK for PHP v3 (Aws\Exception\CredentialsException messages). */
import type { CatalogueEntry } from './types';

const PHP = (file: string, ref: string) => ({ repo: 'aws/aws-sdk-php', path: `src/Credentials/${file}`, ref });
/** aws/aws-sdk-php as vendored in nextcloud/server: the upstream repository (650 MB) is too large to fetch. */
const NEXTCLOUD_VENDORED = (file: string) => ({ repo: 'nextcloud/server', path: `vendor/aws/aws-sdk-php/src/Credentials/${file}`, ref: '25171f8ecd80' });
/**
 * aws/aws-sdk-php 3.318.0 as vendored in open-lms-open-source/moodle-local_aws_sdk, a snapshot fetched and read with
 * git grep (stop 38's source audit): the upstream repository is too large to fetch, and the index holds old copies.
 */
const SDK_3_318 = (file: string) => ({ repo: 'open-lms-open-source/moodle-local_aws_sdk', path: `vendor/aws/aws-sdk-php/src/${file}`, ref: '3.318.0@005b2fb5cfd3' });
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
  // Stop 38's source audit (source-audit.ts, PHP SDK), read in 3.318.0.
  {
    // An assume-role profile with both source_profile and credential_source, or neither; or credential_source without role_arn.
    id: 'php.role-source-config',
    tool: 'aws-sdk-php',
    message: 'Either source_profile or credential_source must be set using profile {profile}, but not both. | A role_arn must be provided with credential_source in file {filename} under profile {profile}',
    re: /Either source_profile or credential_source must be set using profile|A role_arn must be provided with credential_source in file/,
    family: 'fam.profile',
    code: 'CredentialsException',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.8 },
    source: SDK_3_318('Credentials/CredentialProvider.php'),
  },
  {
    id: 'php.profile-loop',
    tool: 'aws-sdk-php',
    message: 'Circular source_profile reference found.',
    re: /Circular source_profile reference found/,
    family: 'fam.profile',
    code: 'CredentialsException',
    causes: { 'wrong-profile': 2.0 },
    source: SDK_3_318('Credentials/CredentialProvider.php'),
  },
  {
    id: 'php.credential-source-invalid',
    tool: 'aws-sdk-php',
    message: 'Invalid credential_source found in config file: {source}. Valid inputs include Environment, Ec2InstanceMetadata, and EcsContainer.',
    re: /Invalid credential_source found in config file: /,
    family: 'fam.profile',
    code: 'CredentialsException',
    causes: { 'wrong-profile': 1.8, 'malformed-credentials': 0.6 },
    source: SDK_3_318('Credentials/CredentialProvider.php'),
  },
  {
    // JS v2's words (js2.source-profile, same message and pattern: PHP's role profiles were ported from it); the older
    // PHP copy (93a10cf5e134) prints the "is not set" form too. With PHP words in the paste this reading names PHP and
    // JS v2's falls silent (extract/catalogue.ts FALLBACK_OF).
    id: 'php.source-profile',
    tool: 'aws-sdk-php',
    message: 'source_profile is not set using profile {profile} | source_profile {source} using profile {profile} does not exist',
    re: /\bsource_profile (?:is not set using profile [\w.@-]{1,64}|[\w.@-]{1,64} using profile [\w.@-]{1,64} does not exist)/,
    context: PHP_CONTEXT,
    family: 'fam.profile',
    code: 'CredentialsException',
    causes: { 'wrong-profile': 2.2 },
    source: SDK_3_318('Credentials/CredentialProvider.php'),
  },
  {
    // JS v2 prints the same words (js2.process-version): PHP's reading needs PHP words beside it.
    id: 'php.process-version',
    tool: 'aws-sdk-php',
    message: 'credential_process does not return Version == 1',
    re: /\bcredential_process does not return Version == 1\b/,
    context: PHP_CONTEXT,
    family: 'fam.process',
    code: 'CredentialsException',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: SDK_3_318('Credentials/CredentialProvider.php'),
  },
  {
    id: 'php.process-output',
    tool: 'aws-sdk-php',
    message: 'credential_process does not return valid credentials | credential_process returned invalid expiration',
    re: /credential_process (?:does not return valid credentials|returned invalid expiration)/,
    family: 'fam.process',
    code: 'CredentialsException',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: SDK_3_318('Credentials/CredentialProvider.php'),
  },
  {
    // JS v3 and JS v2 print these words too (js3.process-expired reads them, same pattern): PHP's reading needs PHP words.
    id: 'php.process-expired',
    tool: 'aws-sdk-php',
    message: 'credential_process returned expired credentials',
    re: /credential_process returned expired credentials/,
    context: PHP_CONTEXT,
    family: 'fam.expired',
    code: 'CredentialsException',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: SDK_3_318('Credentials/CredentialProvider.php'),
  },
  {
    // AWS_WEB_IDENTITY_TOKEN_FILE names a file that is missing, unreadable or empty (a service-account token not mounted).
    id: 'php.web-identity-token-file',
    tool: 'aws-sdk-php',
    message: 'Unreadable tokenfile at location {path} | InvalidIdentityToken from file: {path} | Error reading WebIdentityTokenFile from {path}',
    re: /Unreadable tokenfile at location |InvalidIdentityToken from file: |Error reading WebIdentityTokenFile from /,
    family: 'fam.role',
    code: 'CredentialsException',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: SDK_3_318('Credentials/AssumeRoleWithWebIdentityCredentialProvider.php'),
  },
  {
    // STS refused the token (its answer is the previous exception) or kept answering InvalidIdentityToken.
    id: 'php.web-identity',
    tool: 'aws-sdk-php',
    message: 'Error assuming role from web identity credentials | InvalidIdentityToken, retries exhausted',
    re: /Error assuming role from web identity credentials|InvalidIdentityToken, retries exhausted/,
    family: 'fam.role',
    code: 'CredentialsException',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: SDK_3_318('Credentials/AssumeRoleWithWebIdentityCredentialProvider.php'),
  },
  {
    // The container provider's token file (EKS Pod Identity's AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE) missing or empty.
    id: 'php.container-token-file',
    tool: 'aws-sdk-php',
    message: "Failed to read authorization token from '{path}': no such file or directory. | Invalid authorization token read from `{path}`. Token file is empty!",
    re: /Failed to read authorization token from '[^'\n]{1,200}': no such file|Invalid authorization token read from `[^`\n]{1,200}`\. Token file is empty/,
    family: 'fam.role',
    code: 'CredentialsException',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: SDK_3_318('Credentials/EcsCredentialProvider.php'),
  },
  {
    // The SSO token provider (profiles naming an sso_session): the session section is missing or incomplete.
    id: 'php.sso-session-config',
    tool: 'aws-sdk-php',
    message: 'Sso session `{name}` does not exist in {filename} | Sso session `{name}` in {filename} is missing the required property `{key}`',
    re: /Sso session `[\w.@-]{1,64}` (?:does not exist in |in [^\n]{1,200} is missing the required property `)/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8 },
    source: SDK_3_318('Token/SsoTokenProvider.php'),
  },
  {
    // The client was built with no region from code, AWS_REGION or the profile.
    id: 'php.region-missing',
    tool: 'aws-sdk-php',
    message: 'Missing required client configuration options: \n\nregion: (string)',
    re: /Missing required client configuration options:\s{1,8}region: \(string\)/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: SDK_3_318('ClientResolver.php'),
  },
];
