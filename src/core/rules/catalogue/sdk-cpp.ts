/** AWS SDK for C++ (log lines of the instance-metadata credential client) and the CRT's signer and credential providers (aws-c-auth), which mountpoint-s3 and the CRT bindings share. */
import type { CatalogueEntry } from './types';

/**
 * aws-c-auth's error table: each credential provider of the CRT (mountpoint-s3, aws-crt-python under the CLI v2's and
 * boto3's CRT transfers, the Java SDK's CRT client, aws-sdk-swift, the IoT device SDKs) fails with its own error, printed
 * by the bindings as the name, the text or both ("AwsCrtError: AWS_AUTH_…: Valid credentials could not be sourced by …",
 * "CRTError(code: …, message: "…", name: "AWS_AUTH_…")"). The default chain reports the error of its last provider.
 */
const CRT_AUTH_ERRORS = { repo: 'awslabs/aws-c-auth', path: 'source/auth.c', ref: 'v0.10.5+1@495329c24330 (s_errors)' };

/** One entry for a provider's errors: each `[AWS_AUTH_ name without the prefix, its text]`, matched by either half. */
function crtProvider(id: string, family: string, causes: CatalogueEntry['causes'], errors: [string, string][]): CatalogueEntry {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = errors.map(([name]) => name).join('|');
  const texts = errors.map(([, text]) => escape(text)).join('|');
  return {
    id,
    tool: 'aws-crt',
    message: errors.map(([name, text]) => `AWS_AUTH_${name}: ${text}`).join(' | '),
    re: new RegExp(String.raw`\bAWS_AUTH_(?:${names})\b|\b(?:${texts})`),
    family,
    causes,
    source: CRT_AUTH_ERRORS,
  };
}

export const CPP: CatalogueEntry[] = [
  {
    id: 'cpp.imds-request-failed',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... EC2MetadataClient [...] Http request to retrieve credentials failed',
    re: /Http request to retrieve credentials failed/,
    family: 'fam.role',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 1.6 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/internal/AWSHttpResourceClient.cpp', ref: '4613df75226a' },
  },
  {
    // The C++ chain returns empty credentials rather than an error: this log line is the only trace of a
    // credential_process that failed (its output, not JSON, follows "Error:").
    id: 'cpp.process-failed',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... ProfileConfigFileAWSCredentialsProvider [...] Failed to load credential from running: {command} 2>&1 Error: {output}',
    re: /Failed to load credential from running: /,
    family: 'fam.process',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.5 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/auth/AWSCredentialsProvider.cpp', ref: '1d5767287945' },
  },
  {
    id: 'crt.signing-no-credentials',
    tool: 'aws-crt',
    message: 'AWS_AUTH_SIGNING_NO_CREDENTIALS, Attempt to sign an http request without credentials',
    re: /AWS_AUTH_SIGNING_NO_CREDENTIALS|Attempt to sign an http request without credentials/,
    family: 'fam.no-creds',
    code: 'AWS_AUTH_SIGNING_NO_CREDENTIALS',
    causes: { 'no-credentials-found': 2.0 },
    source: { repo: 'awslabs/aws-c-auth', path: 'source/auth.c', ref: 'f084a2f82861' },
  },
  // The instance-metadata provider, last of the default chain: off EC2 the whole chain found nothing.
  { ...crtProvider('crt.imds-source', 'fam.no-creds', { 'no-credentials-found': 1.4, 'role-credentials-unavailable': 1.0 }, [['CREDENTIALS_PROVIDER_IMDS_SOURCE_FAILURE', 'Valid credentials could not be sourced by the IMDS provider']]), imds: true },
  crtProvider('crt.environment-source', 'fam.no-creds', { 'no-credentials-found': 1.5 }, [
    ['CREDENTIALS_PROVIDER_INVALID_ENVIRONMENT', 'Required environment variables could not be sourced from process environment'],
  ]),
  // The profile is missing, has no keys, or its source_profile / credential_process failed.
  crtProvider('crt.profile-source', 'fam.profile', { 'wrong-profile': 1.5, 'no-credentials-found': 1.2 }, [
    ['CREDENTIALS_PROVIDER_PROFILE_SOURCE_FAILURE', 'Valid credentials could not be sourced by a profile provider'],
    // Source audit, stop 37: source_profile chains that loop back.
    ['PROFILE_STS_CREDENTIALS_PROVIDER_CYCLE_FAILURE', 'Failed to resolve credentials because the profile contains a cycle in the assumeRole chain.'],
  ]),
  // The role providers: web identity (IRSA), the container endpoint (ECS task role, EKS Pod Identity), an assume-role
  // profile's STS call.
  crtProvider('crt.role-source', 'fam.role', { 'role-credentials-unavailable': 1.6, 'authorization-not-authentication': 0.5 }, [
    ['CREDENTIALS_PROVIDER_STS_WEB_IDENTITY_SOURCE_FAILURE', 'Valid credentials could not be sourced by the sts web identity provider'],
    ['CREDENTIALS_PROVIDER_ECS_SOURCE_FAILURE', 'Valid credentials could not be sourced by the ECS provider'],
    ['CREDENTIALS_PROVIDER_STS_SOURCE_FAILURE', 'Valid credentials could not be sourced by the STS provider'],
    // Source audit, stop 37: the container provider's token file (EKS Pod Identity) unreadable, or its endpoint refused.
    ['CREDENTIALS_PROVIDER_ECS_INVALID_TOKEN_FILE_PATH', 'Failed to read the ECS token file specified in the AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE environment variable.'],
    ['CREDENTIALS_PROVIDER_ECS_INVALID_HOST', 'Failed to establish connection. The specified host is not allowed. It must be a loopback address, ECS/EKS container host, or use HTTPS.'],
  ]),
  // Source audit, stop 37: the credential endpoint (IMDS, the container endpoint, STS) answered with an error status:
  // the role is missing or not attached, or the endpoint refused the request (a hop limit, a proxy).
  crtProvider('crt.http-status', 'fam.role', { 'role-credentials-unavailable': 1.6, 'no-credentials-found': 0.8 }, [
    ['CREDENTIALS_PROVIDER_HTTP_STATUS_FAILURE', 'Unsuccessful status code returned from credentials-fetching http request'],
  ]),
  crtProvider('crt.process-source', 'fam.process', { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.6 }, [
    ['CREDENTIALS_PROVIDER_PROCESS_SOURCE_FAILURE', 'Valid credentials could not be sourced by the process provider'],
  ]),
  // The SSO token and credentials providers, and the `aws login` session's cached token.
  crtProvider('crt.sso-source', 'fam.sso', { 'temporary-credentials-expired': 1.6 }, [
    ['SSO_TOKEN_EXPIRED', 'Token sourced by the sso token provider is expired.'],
    ['SSO_TOKEN_INVALID', 'Token sourced by the sso token provider is invalid.'],
    ['SSO_TOKEN_PROVIDER_SOURCE_FAILURE', 'Valid token could not be sourced by the sso token provider'],
    ['CREDENTIALS_PROVIDER_SSO_SOURCE_FAILURE', 'Valid credentials could not be sourced by the sso credentials provider'],
    ['CREDENTIALS_PROVIDER_LOGIN_TOKEN_EXPIRED', 'The cached Login token is expired and we cannot complete a call'],
  ]),
  {
    // The container provider (ECS task role, EKS Pod Identity) refused its own configuration and was left out of the
    // chain: a full URI neither HTTPS nor on a loopback or container-host address, a relative URI without its leading
    // slash, or a token with a line break. The chain then goes on without the role.
    id: 'cpp.container-uri-rejected',
    tool: 'aws-sdk-cpp',
    message: "[WARN] ... GeneralHTTPCredentialsProvider [...] Can't use General HTTP Provider: AWS_CONTAINER_CREDENTIALS_FULL_URI is not HTTPS and is not within loop back CIDR: {host} | … AWS_CONTAINER_CREDENTIALS_RELATIVE_URI does not begin with / | …",
    re: /\bCan't use General HTTP Provider: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8, 'no-credentials-found': 1.0 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/auth/GeneralHTTPCredentialsProvider.cpp', ref: '0eb8317b50f7' },
  },
  {
    // The container provider ran and got nothing: its authorization token file unreadable or with a line break, or
    // the credential endpoint's answer not JSON.
    id: 'cpp.container-credentials-failed',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... GeneralHTTPCredentialsProvider [...] Unable to retrieve credentials: failed to open Auth Token file . | … file in AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE contains invalid characters (\\r\\n) | Failed to parse output from ECSCredentialService.',
    re: /\bUnable to retrieve credentials: (?:failed to open Auth Token file|file in AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE contains invalid characters|ECS Credentials client is not initialized)|\bFailed to parse output from ECSCredentialService\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8, 'no-credentials-found': 0.8 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/auth/GeneralHTTPCredentialsProvider.cpp', ref: '0eb8317b50f7' },
  },
  {
    // The C++ SSO provider found the cached token past its expiresAt and returns empty credentials (no exception).
    id: 'cpp.sso-cached-token-expired',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... SSOCredentialsProvider [...] Cached Token expired at {time}',
    re: /\bSSOCredentialsProvider\b[^\n]{0,80}\bCached Token expired at\b/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/auth/SSOCredentialsProvider.cpp', ref: '03638c713085' },
  },
  {
    // The web-identity provider (IRSA, AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE) got no credentials from STS: the CRT
    // error number is all the log says, and the chain returns empty credentials.
    id: 'cpp.web-identity-failed',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... STSAssumeRoleWebIdentityCredentialsProvider [...] Failed to get credentials from STS: {errorCode} | [WARN] … Failed to create STS credentials provider',
    re: /\bSTSAssumeRoleWebIdentityCredentialsProvider\b[^\n]{0,80}\b(?:Failed to get credentials from STS: |Failed to create STS credentials provider\b)/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/auth/STSCredentialsProvider.cpp', ref: '05817ff50172' },
  },
  {
    // The shared config/credentials parser gave up on a line (CR/LF endings, text after "]", a section without
    // "profile "): the profiles after it are not loaded, and the chain goes on without them, silently.
    id: 'cpp.config-parse-failed',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... Aws::Config::ConfigFileProfileFSM [...] Found unexpected characters after closing bracket of Section Identifier {line} | … AWS shared profile config parsing failed',
    re: /\bAws::Config::ConfigFileProfileFSM\b[^\n]{0,60}\b(?:Found unexpected characters after closing bracket of Section Identifier|Missing closing bracket after Section Identifier|Unexpected line in the aws shared profile|AWS shared profile config parsing failed|Failed to parse section identifier|First non-blank space character of a section definition must be|In configuration files, the profile name must start with)/,
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.8, 'wrong-profile': 0.8 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/config/AWSConfigFileProfileConfigLoader.cpp', ref: '1539725ca808' },
  },
];
