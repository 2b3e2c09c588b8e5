/** Credential helpers that wrap the SDK chain: aws-vault, Granted and aws-sso-util. */
import type { CatalogueEntry } from './types';

const VAULT = { repo: '99designs/aws-vault', path: 'cli/exec.go', ref: 'v7.2.0@e22aea12b03e' };
const SSO_UTIL = { repo: 'benkehoe/aws-sso-util', path: 'cli/src/aws_sso_util/check.py', ref: '98122e1ed65b' };
const GRANTED = (file: string) => ({ repo: 'common-fate/granted', path: `pkg/cfaws/${file}`, ref: 'v0.38.0@e504d8bc2eed' });

export const HELPERS: CatalogueEntry[] = [
  {
    id: 'aws-vault.get-credentials',
    tool: 'aws-vault',
    wrapper: true,
    message: 'aws-vault: error: exec: Failed to get credentials for {profile}: {error}',
    re: /Failed to get credentials for [\w.@-]{1,64}: /,
    context: /aws-vault/,
    // Names the tool only: the wrapped error decides the cause.
    causes: {},
    source: VAULT,
  },
  {
    id: 'aws-vault.temporary-credentials',
    tool: 'aws-vault',
    wrapper: true,
    message: 'Error getting temporary credentials: {error}',
    re: /Error getting temporary credentials: /,
    context: /aws-vault/,
    // Names the tool only: the wrapped error decides the cause.
    causes: {},
    source: VAULT,
  },
  {
    id: 'aws-vault.subshell',
    tool: 'aws-vault',
    wrapper: true,
    message: "running in an existing aws-vault subshell; 'exit' from the subshell or unset AWS_VAULT to force",
    re: /running in an existing aws-vault subshell/,
    family: 'fam.misconfig',
    causes: { 'env-var-override': 3.0 },
    source: VAULT,
  },
  {
    id: 'granted.invalid-or-expired',
    tool: 'granted',
    wrapper: true,
    message: 'creds invalid or expired',
    re: /\bcreds invalid or expired\b/,
    family: 'fam.expired',
    causes: { 'temporary-credentials-expired': 1.0 },
    source: GRANTED('creds.go'),
  },
  {
    id: 'granted.process-login',
    tool: 'granted',
    wrapper: true,
    message: "error when retrieving credentials from custom process. please login using '{command}'",
    re: /error when retrieving credentials from custom process\. please login using/i,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: GRANTED('assumer_aws_sso.go'),
  },
  {
    // A cached SSO token it cannot read (a missing field, a bad file): log out and in again.
    id: 'aws-sso-util.token-load',
    tool: 'aws-sso-util',
    wrapper: true,
    message: 'Exception in loading token: {error}',
    re: /Exception in loading token: /,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: SSO_UTIL,
  },
];
