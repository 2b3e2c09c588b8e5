/** Credential helpers that wrap the SDK chain: aws-vault, Granted, aws-sso-util and Leapp. */
import type { CatalogueEntry } from './types';

/** Granted prints its errors after a cross; the bare wording of some is too common to stand alone. */
const GRANTED_CONTEXT = /\bgranted\b|\bassume\b|\[✘\]/i;

const VAULT = { repo: '99designs/aws-vault', path: 'cli/exec.go', ref: 'v7.2.0+7@e22aea12b03e' };
const VAULT_CORE = { repo: '99designs/aws-vault', path: 'vault/vault.go', ref: 'v7.2.0+7@e22aea12b03e' };
const SSO_UTIL = { repo: 'benkehoe/aws-sso-util', path: 'cli/src/aws_sso_util/check.py', ref: '98122e1ed65b' };
/** `aws-sso-util credential-process`: a profile's credential_process, so the SDK prints its stderr after its own words. */
const SSO_UTIL_PROCESS = { repo: 'benkehoe/aws-sso-util', path: 'cli/src/aws_sso_util/credential_process.py', ref: 'cli-v4.33@0f9470828b60' };
const GRANTED_AT = (path: string) => ({ repo: 'common-fate/granted', path, ref: 'v0.38.0+13@e504d8bc2eed' });
const GRANTED = (file: string) => GRANTED_AT(`pkg/cfaws/${file}`);

/** Leapp (desktop app and CLI) throws its session errors as LoggedException / LeappNotFoundError with these messages. */
const LEAPP = (file: string) => ({ repo: 'Noovolari/leapp', path: `packages/core/src/services/session/aws/${file}`, ref: 'v0.26.1+46@663d61903ad3' });

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
    // The profile has no key in aws-vault's keyring and no source_profile, SSO or process to get one: the key was
    // added under another profile name (or never added).
    id: 'aws-vault.credentials-missing',
    tool: 'aws-vault',
    wrapper: true,
    message: 'profile {profile}: credentials missing',
    re: /profile [\w.@-]{1,64}: credentials missing/,
    context: /aws-vault/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'wrong-profile': 1.2 },
    source: VAULT_CORE,
  },
  {
    id: 'aws-vault.no-master-credentials',
    tool: 'aws-vault',
    wrapper: true,
    message: 'No master credentials found',
    re: /No master credentials found/,
    context: /aws-vault/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'wrong-profile': 0.8 },
    source: VAULT_CORE,
  },
  {
    id: 'aws-vault.add-source-profile',
    tool: 'aws-vault',
    wrapper: true,
    message: "Your profile has a source_profile of {source}, adding credentials to {profile} won't have any effect",
    re: /Your profile has a source_profile of [\w.@-]{1,64}, adding credentials to/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: { repo: '99designs/aws-vault', path: 'cli/add.go', ref: 'v7.2.0+7@e22aea12b03e' },
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
    id: 'granted.source-profile',
    tool: 'granted',
    wrapper: true,
    message: 'failed to load a source-profile for profile: {profile} . You should fix the issue with the source profile before you can assume this profile',
    re: /failed to load a source-profile for profile: /,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: GRANTED('profiles.go'),
  },
  {
    // `assume --console` (or --active-role) on a profile of an IAM user's keys: the console needs a role session, so
    // Granted opens none. The keys work; it is a usage note, not a credential failure (evidence only, no family).
    id: 'granted.console-needs-role',
    tool: 'granted',
    wrapper: true,
    message: 'Cannot open a browser session for profile: {profile} because it does not assume a role',
    re: /Cannot open a browser session for profile: [^\n]{0,80}? because it does not assume a role/,
    usage: true,
    causes: {},
    source: GRANTED_AT('pkg/assume/assume.go'),
  },
  {
    id: 'granted.region-not-set',
    tool: 'granted',
    wrapper: true,
    message: 'region not set on profile {profile}, could not load a default AWS_REGION. Either set a default region `aws configure set default.region us-west-2` or add a region to your profile',
    re: /region not set on profile [^,\n]{1,64}, could not load a default AWS_REGION/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: GRANTED('profiles.go'),
  },
  {
    // No cached SSO token for the start URL: `granted sso login` (or `aws sso login`) was never run or was cleared.
    id: 'granted.no-sso-token',
    tool: 'granted',
    wrapper: true,
    message: 'no valid sso token found',
    re: /\bno valid sso token found\b/,
    context: GRANTED_CONTEXT,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5, 'no-credentials-found': 0.5 },
    source: GRANTED('ssotoken.go'),
  },
  {
    id: 'granted.credential-process-profile',
    tool: 'granted',
    wrapper: true,
    message: "unmatched profile names. The profile name '{given}' provided to 'granted credential-process' does not match AWS profile name '{profile}'",
    re: /unmatched profile names\. The profile name '[^'\n]{0,64}' provided to 'granted credential-process'/,
    family: 'fam.process',
    causes: { 'wrong-profile': 2.0 },
    source: GRANTED('granted_config.go'),
  },
  {
    // Source audit, stop 36 (the same commit): the profile's credential_process line is not Granted's own form.
    id: 'granted.credential-process-unparsed',
    tool: 'granted',
    wrapper: true,
    message: "unable to parse 'credential_process'. Looks like your credential_process isn't configured correctly. \n You need to add 'granted credential-process --profile <profile-name>'",
    re: /unable to parse 'credential_process'\. Looks like your credential_process isn't configured correctly/,
    family: 'fam.process',
    causes: { 'wrong-profile': 1.6, 'malformed-credentials': 0.8 },
    source: GRANTED('granted_config.go'),
  },
  {
    // `granted credential-process` run without --profile (the config line lacks it).
    id: 'granted.credential-process-no-profile',
    tool: 'granted',
    wrapper: true,
    message: "profile name not provided. Try adding profile name like 'granted credential-process --profile <profile-name>'",
    re: /profile name not provided\. Try adding profile name like 'granted credential-process/,
    family: 'fam.process',
    causes: { 'wrong-profile': 1.8 },
    source: GRANTED('granted_config.go'),
  },
  {
    // A granted_sso_* profile missing one of its fields: the profile, not the session, is incomplete.
    id: 'granted.login-config-field',
    tool: 'granted',
    wrapper: true,
    message: "invalid aws config for granted login. '{field}' field must be provided",
    re: /invalid aws config for granted login\. '[\w-]{1,40}' field must be provided/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6, 'malformed-credentials': 0.6 },
    source: GRANTED('granted_config.go'),
  },
  {
    // `aws-vault login` with no profile fell back to the environment's keys, and they were refused. Names the tool
    // only: the wrapped error decides the cause.
    id: 'aws-vault.login-environment',
    tool: 'aws-vault',
    wrapper: true,
    message: 'unable to authenticate to AWS through your environment variables: {error}',
    re: /unable to authenticate to AWS through your environment variables: /,
    causes: {},
    source: { ...VAULT, path: 'cli/login.go' },
  },
  {
    // `aws-vault rotate`: the profile's long-term keys are not in the keyring (never added, or another backend).
    id: 'aws-vault.rotate-source',
    tool: 'aws-vault',
    wrapper: true,
    message: "Error loading source credentials for '{name}': {error}",
    re: /Error loading source credentials for '[\w.@-]{1,64}': /,
    context: /aws-vault/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4, 'wrong-profile': 0.8 },
    source: { ...VAULT, path: 'cli/rotate.go' },
  },
  {
    // aws-vault's keyring library: the profile's keys were never added to this backend (or were added under
    // another profile name, or to another keyring backend).
    id: 'aws-vault.keyring-item-missing',
    tool: 'aws-vault',
    wrapper: true,
    message: 'aws-vault: error: exec: Failed to get credentials for {profile}: The specified item could not be found in the keyring',
    re: /The specified item could not be found in the keyring/,
    context: /aws-vault/i,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'wrong-profile': 1.3 },
    source: { repo: '99designs/keyring', path: 'keyring.go', ref: 'v1.2.2@929f178361c0' },
  },
  {
    id: 'aws-vault.profile-loop',
    tool: 'aws-vault',
    wrapper: true,
    message: "Loop detected in config file for profile '{profile}'",
    re: /Loop detected in config file for profile '/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: { ...VAULT_CORE, path: 'vault/config.go' },
  },
  {
    id: 'aws-vault.keyring-invalid',
    tool: 'aws-vault',
    wrapper: true,
    message: 'Invalid data in keyring: {error}',
    re: /Invalid data in keyring: /,
    context: /aws-vault/i,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.6, 'no-credentials-found': 0.6 },
    source: { ...VAULT_CORE, path: 'vault/credentialkeyring.go' },
  },
  {
    id: 'aws-vault.credential-process-fields',
    tool: 'aws-vault',
    wrapper: true,
    message: 'JSON credential from command {command} missing the following fields: {fields}',
    re: /JSON credential from command "?[^\n]{0,200}missing the following fields/,
    family: 'fam.process',
    causes: { 'no-credentials-found': 1.2, 'malformed-credentials': 0.8 },
    source: { ...VAULT_CORE, path: 'vault/credentialprocessprovider.go' },
  },
  {
    // `assume` with no profile in ~/.aws/config or ~/.aws/credentials (or AWS_CONFIG_FILE pointing elsewhere).
    id: 'granted.no-profiles',
    tool: 'granted',
    wrapper: true,
    message: "Granted couldn't find any AWS profiles in your config file or your credentials file",
    re: /Granted couldn't find any AWS profiles in your config file or your credentials file/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'wrong-profile': 1.3 },
    source: GRANTED_AT('pkg/assume/assume.go'),
  },
  {
    id: 'granted.secure-storage-missing',
    tool: 'granted',
    wrapper: true,
    message: "no credentials exist for {profile} in secure storage. If you wanted to add a new profile, run 'granted credentials add'",
    re: /no credentials exist for [\w.@-]{1,64} in secure storage/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'wrong-profile': 1.0 },
    source: GRANTED_AT('pkg/granted/credentials.go'),
  },
  {
    id: 'granted.source-profile-loop',
    tool: 'granted',
    wrapper: true,
    message: 'maximum source profile depth exceeded for profile {profile}\nthis indicates that you have a cyclic reference in your aws profiles.',
    re: /maximum source profile depth exceeded for profile/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: GRANTED('profiles.go'),
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
  {
    // AuthenticationNeededError: no cached SSO token, or one past its expiry (the process never opens a browser).
    id: 'aws-sso-util.login-required',
    tool: 'aws-sso-util',
    wrapper: true,
    message: 'Login required. Use `aws-sso-util login --profile {profile}` or `aws sso login --profile {profile}` and try again.',
    re: /\bLogin required\. Use `aws-sso-util login\b/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.6 },
    source: SSO_UTIL_PROCESS,
  },
  {
    // InvalidSSOConfigError: the profile that runs the process lacks one of the four SSO settings it needs.
    id: 'aws-sso-util.missing-config',
    tool: 'aws-sso-util',
    wrapper: true,
    message: 'Missing {sso_start_url, sso_region, sso_account_id, sso_role_name}',
    re: /\bMissing sso_(?:start_url|region|account_id|role_name)\b(?:, sso_(?:start_url|region|account_id|role_name)\b){0,3}(?![\w ]{0,3}=)/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.4, 'malformed-credentials': 1.0 },
    source: SSO_UTIL_PROCESS,
  },
  {
    // An IAM Role Chained session whose parent session (the IAM user or SSO session it assumes the role from) was
    // deleted or never set: the role is assumed from nothing (the source has two spaces after "Session").
    id: 'leapp.parent-session-missing',
    tool: 'leapp',
    wrapper: true,
    message: 'Parent Account Session  not found for Chained Account {sessionName}',
    re: /Parent Account Session\s{1,3}not found for Chained Account/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6, 'no-credentials-found': 1.0 },
    source: LEAPP('aws-iam-role-chained-service.ts'),
  },
  {
    // An IAM User session with an MFA device: the code prompt was closed, so GetSessionToken was never called.
    id: 'leapp.mfa-code-missing',
    tool: 'leapp',
    wrapper: true,
    message: 'Missing Multi Factor Authentication code',
    re: /Missing Multi Factor Authentication code/,
    family: 'fam.mfa',
    causes: { 'temporary-credentials-expired': 1.2, 'missing-session-token': 0.8 },
    source: LEAPP('aws-iam-user-service.ts'),
  },
];
