/**
 * SAML login helpers that write temporary keys for the SDKs: saml2aws (IdP login, then
 * AssumeRoleWithSAML, then ~/.aws/credentials). Its errors wrap the SDK's, prefixed with its own words.
 */
import type { CatalogueEntry } from './types';

const SAML2AWS = (path: string) => ({ repo: 'Versent/saml2aws', path, ref: '65195ee65d15 (v2.36.19+)' });

/** gimme-aws-creds (Nike): Okta SAML to STS for one or more roles, written to ~/.aws/credentials. */
const GIMME = { repo: 'Nike-Inc/gimme-aws-creds', path: 'gimme_aws_creds/main.py', ref: 'v2.8.2@728bef8c1afd' };

/** aws-okta (segmentio, archived 2021): Okta SAML to STS, reading its settings from the AWS config profile. */
const AWS_OKTA = { repo: 'segmentio/aws-okta', path: 'lib/config.go', ref: 'v1.0.11@2b49403' };

export const SAML_HELPERS: CatalogueEntry[] = [
  {
    // The role asked for is not among those the SAML assertion grants ("Supplied RoleArn not found in saml assertion").
    id: 'saml2aws.assume-role',
    tool: 'saml2aws',
    wrapper: true,
    message: 'Failed to assume role. Please check whether you are permitted to assume the given role for the AWS service.',
    re: /Failed to assume (?:parent )?role[.,] [Pp]lease check whether you are permitted to assume the given role/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.3, 'authorization-not-authentication': 1.0, 'wrong-profile': 0.6 },
    source: SAML2AWS('cmd/saml2aws/commands/login.go'),
  },
  {
    // AssumeRoleWithSAML itself failed (trust policy, session duration over the role's maximum, clock).
    id: 'saml2aws.sts-saml',
    tool: 'saml2aws',
    wrapper: true,
    message: 'Error logging into AWS role using SAML assertion.: Error retrieving STS credentials using SAML.: {error}',
    re: /Error (?:retrieving STS credentials using SAML|logging into AWS role using SAML assertion)/i,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.4, 'authorization-not-authentication': 0.8 },
    source: SAML2AWS('cmd/saml2aws/commands/login.go'),
  },
  {
    // `saml2aws exec` / `script` found the profile's keys past their expiry: log in again.
    id: 'saml2aws.expired',
    tool: 'saml2aws',
    wrapper: true,
    message: 'error aws credentials have expired',
    re: /error aws credentials have expired/,
    family: 'fam.expired',
    causes: { 'temporary-credentials-expired': 1.6 },
    source: SAML2AWS('cmd/saml2aws/commands/exec.go'),
  },
  {
    id: 'saml2aws.not-found',
    tool: 'saml2aws',
    wrapper: true,
    message: 'aws credentials not found',
    re: /\baws credentials not found\b/,
    context: /saml2aws/i,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.3, 'wrong-profile': 1.0 },
    source: SAML2AWS('pkg/awsconfig/awsconfig.go'),
  },
  {
    // A setting aws-okta needs (role_arn, aws_saml_url, mfa_provider …) is in neither the profile nor its source_profile.
    id: 'aws-okta.profile-setting-missing',
    tool: 'aws-okta',
    wrapper: true,
    message: 'Could not find {key} in {profile}, source profile, or okta',
    re: /Could not find [\w-]{1,40} in [^\n,]{1,100}, source profile, or okta/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: AWS_OKTA,
  },
  {
    // AssumeRoleWithSAML refused for one role (trust policy, SAML provider ARN, clock); the botocore ClientError follows.
    id: 'gimme-aws-creds.sts-failed',
    tool: 'gimme-aws-creds',
    wrapper: true,
    message: 'Failed to generate credentials for {role} due to {error}',
    re: /Failed to generate credentials for arn:aws[\w-]{0,12}:iam::\d{12}:role\/\S{1,128} due to\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5, 'authorization-not-authentication': 0.9 },
    source: GIMME,
  },
  {
    // The configured aws_rolename is not among the roles Okta's SAML assertion grants this user.
    id: 'gimme-aws-creds.roles-not-found',
    tool: 'gimme-aws-creds',
    wrapper: true,
    message: 'ERROR: AWS roles [{roles}] not found!',
    re: /\bERROR: AWS roles \[[^\]\n]{1,300}\] not found!/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.4, 'wrong-profile': 1.0 },
    source: GIMME,
  },
];
