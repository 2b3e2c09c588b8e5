import { checkFamily } from './check-quotes';

checkFamily('swift', [
  {
    id: 'soto.no-provider',
    from: 'soto-project/soto-core Sources/AWSSDKSwiftCore/Credential/CredentialProviderError.swift @ c27d5c75c46f',
    text: '[ ERROR ] S3 upload failed: CredentialProviderError(error: noProvider)\nSwift/ErrorType.swift:200: Fatal error: Error raised at top level: No credential provider found',
    code: 'CredentialProviderError',
  },
]);
