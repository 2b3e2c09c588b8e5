/**
 * Swift: Soto (formerly AWSSDKSwift), the community SDK server-side Swift (Vapor) uses. Its credential chain ends in
 * its own error when no provider gave credentials. AWS's own aws-sdk-swift resolved credentials through the CRT until
 * 2025 (aws-c-auth's strings are in sdk-cpp.ts); since then its resolvers are Swift code (AWSSDKIdentity) and throw
 * AWSCredentialIdentityResolverError.failedToResolveAWSCredentials with a message that starts with the resolver's name.
 * The default chain lets the last resolver's (IMDS's) error through to the caller.
 */
import type { CatalogueEntry } from './types';

/** The phrase is short: only next to Swift's or Soto's own words. */
const SWIFT_CONTEXT = /\bsoto\b|\bswift\b|vapor|AWSSDKSwift|Error raised at top level|CredentialProviderError/i;

/** aws-sdk-swift's resolvers, read at one commit of the SDK's main branch. */
const SWIFT_IDENTITY = (file: string) => ({
  repo: 'awslabs/aws-sdk-swift',
  path: `Sources/Core/AWSSDKIdentity/Sources/AWSSDKIdentity/AWSCredentialIdentityResolvers/${file}`,
  ref: file.startsWith('IMDS') ? '53840ea86818' : 'd189a613b424',
});

export const SWIFT: CatalogueEntry[] = [
  {
    id: 'soto.no-provider',
    tool: 'soto',
    message: 'No credential provider found',
    re: /\bNo credential provider found\b/,
    context: SWIFT_CONTEXT,
    family: 'fam.no-creds',
    code: 'CredentialProviderError',
    causes: { 'no-credentials-found': 2.0, 'role-credentials-unavailable': 0.5 },
    source: { repo: 'soto-project/soto-core', path: 'Sources/AWSSDKSwiftCore/Credential/CredentialProviderError.swift', ref: 'c27d5c75c46f' },
  },
  {
    // The profile named (AWS_PROFILE, or the one given in code) is not a section of ~/.aws/config or ~/.aws/credentials.
    id: 'aws-sdk-swift.profile-missing',
    tool: 'aws-sdk-swift',
    message: 'ProfileAWSCredentialIdentityResolver: Profile with name {name} doesn\'t exist.',
    re: /ProfileAWSCredentialIdentityResolver: Profile with name \S{1,100} doesn't exist/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0, 'no-credentials-found': 0.6 },
    source: SWIFT_IDENTITY('ProfileAWSCredentialIdentityResolver.swift'),
  },
  {
    // The profile exists, but none of its ways to credentials (static keys, source_profile, credential_source, web
    // identity, SSO, credential_process) gave any: each failure was only logged at debug level.
    id: 'aws-sdk-swift.profile-unresolved',
    tool: 'aws-sdk-swift',
    message: 'ProfileAWSCredentialIdentityResolver: Failed to resolve credentials from profile: {name}. All known resolution methods failed.',
    re: /ProfileAWSCredentialIdentityResolver: Failed to resolve credentials from profile: /,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4, 'malformed-credentials': 1.0, 'wrong-profile': 0.8 },
    source: SWIFT_IDENTITY('ProfileAWSCredentialIdentityResolver.swift'),
  },
  {
    // The container provider asked for with neither of the variables ECS (or EKS Pod Identity) sets in a task.
    id: 'aws-sdk-swift.container-not-configured',
    tool: 'aws-sdk-swift',
    message: 'ECSAWSCredentialIdentityResolver: Couldn\'t initialize. Neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI environment variables were set.',
    re: /ECSAWSCredentialIdentityResolver: Couldn't initialize\. Neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8, 'no-credentials-found': 0.8 },
    source: SWIFT_IDENTITY('ECSAWSCredentialIdentityResolver.swift'),
  },
  {
    // The container endpoint was named but answered with no credentials (not 200, or the request failed).
    id: 'aws-sdk-swift.container-fetch-failed',
    tool: 'aws-sdk-swift',
    message: 'ECSAWSCredentialIdentityResolver: Could not retrieve credentials from resolved URL. | ECSAWSCredentialIdentityResolver: Failed to retrieve credentials: {error}',
    re: /ECSAWSCredentialIdentityResolver: (?:Could not retrieve credentials from resolved URL|Failed to retrieve credentials: )/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: SWIFT_IDENTITY('ECSAWSCredentialIdentityResolver.swift'),
  },
  {
    // AWS_EC2_METADATA_DISABLED=true (or disable_ec2_metadata): the last resolver of the default chain refuses, so the
    // caller sees this when nothing earlier in the chain had credentials: an empty chain (not `imds`: the metadata service
    // was never asked).
    id: 'aws-sdk-swift.imds-disabled',
    tool: 'aws-sdk-swift',
    message: 'IMDSAWSCredentialIdentityResolver: IMDS is disabled via env var or shared config file.',
    re: /IMDSAWSCredentialIdentityResolver: IMDS is disabled via env var or shared config file/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 0.8 },
    source: SWIFT_IDENTITY('IMDSAWSCredentialIdentityResolver.swift'),
  },
  {
    // The error every resolver throws, whatever its message: a resolver (or a wrapper's own text, "Failed to resolve
    // credentials") that no entry above words still tells that the credentials could not be resolved. A reported
    // failure, so a resolver's own entry, when there is one, says which.
    id: 'aws-sdk-swift.resolver-failed',
    tool: 'aws-sdk-swift',
    message: 'AWSCredentialIdentityResolverError.failedToResolveAWSCredentials("{resolver}: {message}")',
    re: /\bAWSCredentialIdentityResolverError\.failedToResolveAWSCredentials\b|\bfailedToResolveAWSCredentials\("/,
    family: 'fam.reported',
    causes: { 'no-credentials-found': 1.2, 'role-credentials-unavailable': 0.4 },
    source: SWIFT_IDENTITY('IMDSAWSCredentialIdentityResolver.swift'),
  },
];
