import { checkFamily } from './check-quotes';

/** aws-sdk-swift's resolvers (AWSSDKIdentity), quoted from the file named for each resolver. */
const quote = (id: string, resolver: string, text: string) => ({
  id,
  from: `awslabs/aws-sdk-swift Sources/Core/AWSSDKIdentity/Sources/AWSSDKIdentity/AWSCredentialIdentityResolvers/${resolver}.swift @ ${resolver.startsWith('IMDS') ? '53840ea86818' : 'd189a613b424'}`,
  text,
});

checkFamily('swift', [
  {
    id: 'soto.no-provider',
    from: 'soto-project/soto-core Sources/AWSSDKSwiftCore/Credential/CredentialProviderError.swift @ c27d5c75c46f',
    text: '[ ERROR ] S3 upload failed: CredentialProviderError(error: noProvider)\nSwift/ErrorType.swift:200: Fatal error: Error raised at top level: No credential provider found',
    code: 'CredentialProviderError',
  },
  quote('aws-sdk-swift.profile-missing', 'ProfileAWSCredentialIdentityResolver', 'Fatal error: failedToResolveAWSCredentials("ProfileAWSCredentialIdentityResolver: Profile with name staging doesn\'t exist.")'),
  quote('aws-sdk-swift.profile-unresolved', 'ProfileAWSCredentialIdentityResolver', 'Error: failedToResolveAWSCredentials("ProfileAWSCredentialIdentityResolver: Failed to resolve credentials from profile: default. All known resolution methods failed.")'),
  quote('aws-sdk-swift.container-not-configured', 'ECSAWSCredentialIdentityResolver', 'failedToResolveAWSCredentials("ECSAWSCredentialIdentityResolver: Couldn\'t initialize. Neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI environment variables were set.")'),
  quote('aws-sdk-swift.container-fetch-failed', 'ECSAWSCredentialIdentityResolver', 'failedToResolveAWSCredentials("ECSAWSCredentialIdentityResolver: Could not retrieve credentials from resolved URL.")'),
  quote('aws-sdk-swift.imds-disabled', 'IMDSAWSCredentialIdentityResolver', 'S3 upload failed: failedToResolveAWSCredentials("IMDSAWSCredentialIdentityResolver: IMDS is disabled via env var or shared config file.")'),
  // The resolvers' common error with a message no entry words (newer SDKs end the default chain with this one).
  quote('aws-sdk-swift.resolver-failed', 'IMDSAWSCredentialIdentityResolver', 'Swift/ErrorType.swift:253: Fatal error: Error raised at top level: AWSSDKIdentity.AWSCredentialIdentityResolverError.failedToResolveAWSCredentials("DefaultAWSCredentialIdentityRsolverChain: Failed to resolve credentials.")'),
]);
