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
