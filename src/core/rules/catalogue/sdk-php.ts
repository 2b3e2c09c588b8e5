/** AWS SDK for PHP v3 (Aws\Exception\CredentialsException messages). */
import type { CatalogueEntry } from './types';

const PHP = (file: string, ref: string) => ({ repo: 'aws/aws-sdk-php', path: `src/Credentials/${file}`, ref });

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
    // The container provider's current wording (ECS, and EKS Pod Identity through the same provider).
    // Read in nextcloud/server's vendored copy of aws/aws-sdk-php: the upstream repository (650 MB) is
    // too large to fetch, and the index holds only an old version of the file.
    id: 'php.container-metadata',
    tool: 'aws-sdk-php',
    message: 'Error retrieving credentials from container metadata after attempt {n}/{retries} ({msg})',
    re: /Error retrieving credentials from container metadata(?: after attempt \d{1,3}\/\d{1,3})? \(/,
    family: 'fam.role',
    code: 'CredentialsException',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: { repo: 'nextcloud/server', path: 'vendor/aws/aws-sdk-php/src/Credentials/EcsCredentialProvider.php', ref: '25171f8ecd80' },
  },
  {
    id: 'php.ini-unreadable',
    tool: 'aws-sdk-php',
    message: 'Cannot read credentials from {filename}',
    re: /Cannot read credentials from \S{1,200}/,
    context: /CredentialsException|Aws\\|\.aws\/credentials|aws-sdk-php/,
    family: 'fam.no-creds',
    code: 'CredentialsException',
    causes: { 'no-credentials-found': 2.0, 'wrong-profile': 1.0 },
    source: PHP('CredentialProvider.php', '93a10cf5e134'),
  },
];
