/**
 * Provisioning, configuration and orchestration tools that wrap an SDK and say the failure in their own
 * words: Ansible's amazon.aws collection (boto3, and boto 2 before it), Packer's Amazon builders (Go SDK)
 * and Airflow's Amazon provider (boto3).
 */
import type { CatalogueEntry } from './types';

const AMAZON_AWS = (path: string, ref: string) => ({ repo: 'ansible-collections/amazon.aws', path, ref });

export const AUTOMATION: CatalogueEntry[] = [
  {
    // boto 2 (old Ansible modules, mrjob, gsutil's S3 side): no signer had both keys.
    // gsutil prints the same words for Google Cloud Storage, whose handler list names OAuth2.
    id: 'boto2.no-auth-handler',
    tool: 'boto',
    message: "boto.exception.NoAuthHandlerFound: No handler was ready to authenticate. {n} handlers were checked. ['HmacAuthV4Handler'] Check your credentials",
    re: /No handler was ready to authenticate\. \d{1,2} handlers were checked\.(?![^\n]{0,200}OAuth2)/,
    family: 'fam.no-creds',
    code: 'NoAuthHandlerFound',
    causes: { 'no-credentials-found': 1.5, 'role-credentials-unavailable': 0.6 },
    source: { repo: 'boto/boto', path: 'boto/auth.py', ref: 'a6e2ebbf3731 (get_auth_handler)' },
  },
  {
    // The aws_ec2 inventory found neither a profile nor both keys (before amazon.aws 5.x, f1e16a232024).
    id: 'ansible.insufficient-boto-credentials',
    tool: 'ansible',
    wrapper: true,
    message: 'Insufficient boto credentials found. Please provide them in your inventory configuration file or set them as environment variables.',
    re: /Insufficient boto credentials found/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'wrong-profile': 0.5 },
    source: AMAZON_AWS('plugins/inventory/aws_ec2.py', 'f1e16a232024'),
  },
  {
    // botocore's ProfileNotFound or PartialCredentialsError, re-raised by the inventory plugins.
    id: 'ansible.insufficient-credentials',
    tool: 'ansible',
    wrapper: true,
    message: 'Insufficient credentials found: {botocore error}',
    re: /Insufficient credentials found: /,
    family: 'fam.reported',
    causes: { 'wrong-profile': 1.2, 'malformed-credentials': 0.8 },
    source: AMAZON_AWS('plugins/inventory/aws_ec2.py', 'f1e16a232024'),
  },
  {
    id: 'ansible.region-missing',
    tool: 'ansible',
    wrapper: true,
    message: 'The {module} module requires a region and none was found in configuration, environment variables or module parameters',
    re: /(?:module|plugin) requires a region and none was found in configuration|A region is required and none was found in configuration/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.6 },
    source: AMAZON_AWS('plugins/module_utils/botocore.py', '59c5d27936c4 (also plugins/plugin_utils/botocore.py)'),
  },
  {
    // The inventory's iam_role_arn could not be assumed: the role's trust policy or the caller's permission.
    id: 'ansible.assume-role',
    tool: 'ansible',
    wrapper: true,
    message: 'Unable to assume IAM role: {error} | Unable to assume role {arn}',
    re: /Unable to assume (?:IAM role: |role arn:aws)/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.3, 'authorization-not-authentication': 1.0 },
    source: AMAZON_AWS('plugins/plugin_utils/inventory.py', '59c5d27936c4 (aws_ec2.py "Unable to assume IAM role" at f1e16a232024)'),
  },
  {
    // Packer wraps aws-sdk-go's NoCredentialProviders (aws-sdk-go-base's words are Terraform's; this is Packer's).
    id: 'packer.no-credential-sources',
    tool: 'packer',
    wrapper: true,
    message: 'No valid credential sources found for AWS Builder. Please see https://www.packer.io/docs/builders/amazon#authentication for more information on providing credentials for the AWS Builder. Error: {error}',
    re: /No valid credential sources found for AWS Builder/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'role-credentials-unavailable': 0.6 },
    source: { repo: 'hashicorp/packer-plugin-amazon', path: 'builder/common/access_config.go', ref: '67dadd1fa7b3 (NewNoValidCredentialSourcesError)' },
  },
  {
    // The task's aws_conn_id names no Airflow connection, so boto3's own chain is used instead (often empty
    // on workers). A warning that also shows in healthy logs: evidence only, it detects nothing alone.
    id: 'airflow.connection-not-found',
    tool: 'airflow',
    wrapper: true,
    message: "Unable to find AWS Connection ID '{conn_id}', switching to empty.",
    re: /Unable to find AWS Connection ID '[^'\n]{0,100}', switching to empty/,
    causes: { 'wrong-profile': 0.9, 'no-credentials-found': 0.7 },
    source: { repo: 'apache/airflow', path: 'providers/amazon/src/airflow/providers/amazon/aws/hooks/base_aws.py', ref: '3dc7e140209d (conn_config)' },
  },
];
