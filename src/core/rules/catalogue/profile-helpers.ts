/**
 * Shell helpers that read ~/.aws profiles themselves and export the keys: awsume (prints every failure
 * as "Awsume error: {exception}"; boto errors inside keep their own words and codes), and aws2-wrap (reads SSO
 * profiles and the SSO cache itself, then calls the CLI; every failure is an Aws2WrapError with its own words).
 */
import type { CatalogueEntry } from './types';

const AWSUME = (path: string) => ({ repo: 'trek10inc/awsume', path, ref: '2597f003ca19 (4.5.5+)' });
const AWS2WRAP = { repo: 'linaro-its/aws2-wrap', path: 'aws2wrap/__init__.py', ref: '0007c79bec96' };

/** The profile keys aws2-wrap reads with retrieve_attribute (SSO rows, a chained role, the names it adds itself). */
const AWS2WRAP_KEYS = 'sso_start_url|sso_region|sso_account_id|sso_role_name|sso_session|source_profile|role_arn|role_session_name|profile_name';

export const PROFILE_HELPERS: CatalogueEntry[] = [
  {
    id: 'awsume.profile-not-found',
    tool: 'awsume',
    wrapper: true,
    message: 'Awsume error: Profile {profile} not found.',
    re: /Awsume error: Profile [^\n]{1,100} not found/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6 },
    source: AWSUME('awsume/awsumepy/lib/exceptions.py'),
  },
  {
    // The profile exists but has neither both keys nor a way to get them (source_profile, credential_source).
    id: 'awsume.invalid-profile',
    tool: 'awsume',
    wrapper: true,
    message: 'Awsume error: Invalid profile [{profile}] Missing keys {keys}, or credential_source, or credential_process',
    re: /Invalid profile \[[^\]\n]{0,100}\] (?:Missing keys|role profiles must contain one of|credential_source and source_profile are mutually exclusive)/,
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.8, 'wrong-profile': 0.8 },
    source: AWSUME('awsume/awsumepy/lib/profile.py'),
  },
  {
    id: 'awsume.no-credentials',
    tool: 'awsume',
    wrapper: true,
    message: 'Awsume error: No credentials',
    re: /Awsume error: No credentials\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5 },
    source: AWSUME('awsume/awsumepy/app.py'),
  },
  {
    // retrieve_attribute: a key the tool needs is in neither the profile nor its sso-session section (before 1.3.1 the
    // tool did not read [sso-session] sections at all: linaro-its/aws2-wrap#72, a tuning paste of batch 11). The
    // profile printed after it is the parsed section, its values the config's own (no secret: aws2-wrap reads no keys).
    // Weighed as the PHP SDK's "must contain the following keys: sso_start_url …" (sdk-php.ts php.sso-profile-keys).
    id: 'aws2wrap.profile-key-missing',
    tool: 'aws2-wrap',
    wrapper: true,
    message: '{tag!r} not found in profile: {profile!r}',
    re: new RegExp(String.raw`'(?:${AWS2WRAP_KEYS})' not found in profile: \{`),
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6, 'malformed-credentials': 0.8, 'role-credentials-unavailable': 0.6 },
    source: AWS2WRAP,
  },
  {
    // retrieve_profile: neither "[profile x]" nor "[x]" (nor "[sso-session x]") is in the config file.
    id: 'aws2wrap.profile-not-found',
    tool: 'aws2-wrap',
    wrapper: true,
    message: 'Cannot find {profile_type} {profile_name!r} in {config_path}',
    re: /\bCannot find (?:profile|sso-session) '[^'\n]{1,128}' in [^\s]{1,256}/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8 },
    source: AWS2WRAP,
  },
  {
    // retrieve_token_from_cache: no unexpired token for the start URL and region in ~/.aws/sso/cache (and call_aws_cli's
    // default error when the CLI call under it fails).
    id: 'aws2wrap.sso-login-needed',
    tool: 'aws2-wrap',
    wrapper: true,
    message: "Please login with 'aws sso login --profile={profile_name}'",
    re: /\bPlease login with 'aws sso login --profile=[^'\n]{0,128}'/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5, 'no-credentials-found': 0.6 },
    source: AWS2WRAP,
  },
  {
    // get_assumed_role_credentials: `aws sts assume-role` with the SSO role's keys failed for a chained profile.
    id: 'aws2wrap.assume-role-failed',
    tool: 'aws2-wrap',
    wrapper: true,
    message: 'Failed to assume-role {role_arn!r}',
    re: /\bFailed to assume-role 'arn:aws[\w-]{0,12}:iam::/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.4, 'authorization-not-authentication': 1.0 },
    source: AWS2WRAP,
  },
];
