/** AWS SDK for .NET (also what the AWS Tools for PowerShell print). */
import type { CatalogueEntry } from './types';

const NET = (file: string, ref: string) => ({ repo: 'aws/aws-sdk-net', path: `sdk/src/Core/Amazon.Runtime/Credentials/${file}`, ref });

export const DOTNET: CatalogueEntry[] = [
  {
    // Off EC2 this is what the last provider of an empty chain says: usually no credentials at all.
    id: 'net.imds-credentials',
    imds: true,
    tool: 'aws-sdk-net',
    message: 'Unable to get IAM security credentials from EC2 Instance Metadata Service.',
    re: /Unable to get IAM security credentials from EC2 Instance Metadata Service/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'role-credentials-unavailable': 1.2, 'wrong-profile': 0.5 },
    source: NET('_bcl+netstandard/InstanceProfileAWSCredentials.cs', 'b3515f1f560d'),
  },
  {
    id: 'net.imds-no-role',
    imds: true,
    tool: 'aws-sdk-net',
    message: 'Unable to get EC2 instance role from EC2 Instance Metadata Service.',
    re: /Unable to get EC2 instance role from EC2 Instance Metadata Service/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0, 'no-credentials-found': 1.0 },
    source: NET('_bcl+netstandard/DefaultInstanceProfileAWSCredentials.cs', '60e34bb9557f'),
  },
  {
    // The container (ECS task role) and older instance-profile providers share this helper: the credentials
    // endpoint named by AWS_CONTAINER_CREDENTIALS_*_URI (or IMDS) did not answer, so the role's credentials never came.
    id: 'net.credentials-server-unreachable',
    tool: 'aws-sdk-net',
    message: 'Amazon.Runtime.AmazonServiceException: Unable to reach credentials server',
    re: /Unable to reach credentials server/,
    family: 'fam.role',
    code: 'AmazonServiceException',
    causes: { 'role-credentials-unavailable': 2.0, 'no-credentials-found': 0.8 },
    source: NET('URIBasedRefreshingCredentialHelper.cs', '3c94a2a75e3e'),
  },
  {
    id: 'net.fallback-chain',
    tool: 'aws-sdk-net',
    message: 'Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors:',
    re: /Failed to resolve AWS credentials\. The credential providers used to search for credentials/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: NET('FallbackCredentialsFactory.cs', 'e7932173d3fa'),
  },
  {
    id: 'net.unable-to-find',
    tool: 'aws-sdk-net',
    message: 'Unable to find credentials',
    re: /\bUnable to find credentials\b/,
    context: /Amazon\.Runtime|AmazonClientException|AmazonServiceException|Exception \d{1,2} of \d{1,2}:/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: NET('FallbackCredentialsFactory.cs', 'e7932173d3fa (3.x wording)'),
  },
  {
    // The client was built with no region from code, AWS_REGION or the profile (common in CI and containers).
    id: 'net.no-region',
    tool: 'aws-sdk-net',
    message: 'Amazon.Runtime.AmazonClientException: No RegionEndpoint or ServiceURL configured',
    re: /No RegionEndpoint or ServiceURL configured/,
    family: 'fam.region',
    code: 'AmazonClientException',
    causes: { 'region-endpoint': 2.0 },
    source: { repo: 'aws/aws-sdk-net', path: 'sdk/src/Core/Amazon.Runtime/ClientConfig.cs', ref: '07f5c5041044' },
  },
  {
    // The profile AWS_PROFILE names is in neither the SDK store nor ~/.aws/credentials. For "default" it is one line of
    // an empty chain's list ("Unable to find credentials … Exception 2 of 4"), so only a named profile counts here.
    id: 'net.profile-not-in-chain',
    tool: 'aws-sdk-net',
    message: "Unable to find the '{profile}' profile in CredentialProfileStoreChain.",
    re: /Unable to find the '(?!default')[^'\n]{1,64}' profile in CredentialProfileStoreChain/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.7, 'no-credentials-found': 0.6 },
    source: NET('FallbackCredentialsFactory.cs', '13bd83ed8566'),
  },
  {
    // The same words for "default": inside the chain's list they are one line among its errors (net.fallback-chain
    // carries the weight), but apps log the inner exception's message alone (ex.InnerException.Message, PowerShell's
    // $_.Exception.Message), and alone it still says nothing was found: no default profile, no other source (qa38 F12).
    // "a default profile" is the same throw in the SDK's samples and apps copied from them (TryGetAWSCredentials("default")).
    // A small weight: with the chain pasted it only agrees with the chain's reading.
    id: 'net.default-profile-missing',
    tool: 'aws-sdk-net',
    message: "Unable to find the 'default' profile in CredentialProfileStoreChain.",
    re: /Unable to find (?:the 'default'|a default) profile in CredentialProfileStoreChain/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.2, 'wrong-profile': 0.6 },
    source: NET('FallbackCredentialsFactory.cs', '13bd83ed8566'),
  },
  {
    // Source audit, stop 37: the v4 default chain (DefaultAWSCredentialsIdentityResolver) stops at a named profile it
    // cannot find (ProfileNotFoundException is rethrown, not listed) instead of going on to IMDS as v3 did. "default"
    // is an AmazonClientException the chain lists among its errors (net.fallback-chain reads that).
    id: 'net.profile-not-found-v4',
    tool: 'aws-sdk-net',
    message: 'Amazon.Runtime.ProfileNotFoundException: Unable to find the "{profile}" profile.',
    re: /Unable to find the "(?!default")[^"\n]{1,64}" profile\./,
    context: /ProfileNotFoundException|DefaultAWSCredentialsIdentityResolver|Amazon\.Runtime/,
    family: 'fam.profile',
    code: 'ProfileNotFoundException',
    causes: { 'wrong-profile': 2.0, 'env-var-override': 0.5 },
    source: { repo: 'aws/aws-sdk-net', path: 'sdk/src/Core/Amazon.Runtime/Credentials/DefaultAWSCredentialsIdentityResolver.cs', ref: '0934adc20494' },
  },
  {
    // The AWS Tools for PowerShell cmdlets' own empty chain: no -AccessKey/-ProfileName that resolves, no shell default
    // (Set-AWSCredential) and nothing in the .NET store, ~/.aws/credentials, the environment or the instance profile.
    // A -ProfileName the cmdlets' stores do not hold (a CLI-only SSO profile in ~/.aws/config) ends here too.
    id: 'pwsh.no-credentials',
    tool: 'aws-tools-powershell',
    message: 'No credentials specified or obtained from persisted/shell defaults.',
    re: /No credentials specified or obtained from persisted\/shell defaults/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'wrong-profile': 0.8 },
    source: { repo: 'aws/aws-tools-for-powershell', path: 'modules/AWSPowerShell/Common/BaseCmdlets.cs', ref: 'a1443d168626' },
  },
];
