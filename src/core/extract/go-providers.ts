/**
 * The Go SDK's credential provider names, as its tools print the one that won: aws-sdk-go v1's `ProviderName`
 * (Terraform 3.x and Packer log it as `[INFO] AWS Auth provider used: "EnvProvider"` / `"EnvConfigCredentials"`,
 * hashicorp/packer#6717) and v2's `Source` (`credentials.Value` printed with `%+v`). One list for every reader, so a
 * name one of them knows is never missing from another (Packer's "EnvConfigCredentials" was read after `Source:` but
 * not after `AWS Auth provider used:`). Names: aws-sdk-go v1 `aws/credentials` (EnvProvider, SharedCredentialsProvider,
 * StaticProvider, ec2rolecreds EC2RoleProvider, endpointcreds CredentialsEndpointProvider, processcreds ProcessProvider,
 * stscreds AssumeRoleProvider and WebIdentityCredentials, ssocreds SSOProvider) and `aws/session` (EnvConfigCredentials,
 * SharedConfigCredentials); v2's sources use the same words.
 */
import type { CredentialSource } from '../diagnosis';

export const GO_PROVIDER_SOURCES: Readonly<Record<string, CredentialSource>> = {
  EnvProvider: 'env',
  EnvConfigCredentials: 'env',
  SharedCredentialsProvider: 'shared-credentials-file',
  SharedConfigCredentials: 'shared-credentials-file',
  EC2RoleProvider: 'iam-role',
  AssumeRoleProvider: 'assume-role',
  WebIdentityCredentials: 'assume-role-with-web-identity',
  WebIdentityProvider: 'assume-role-with-web-identity',
  SSOProvider: 'sso',
  ProcessProvider: 'custom-process',
  StaticProvider: 'explicit',
  StaticCredentials: 'explicit',
  EndpointCredentialsProvider: 'container-role',
  CredentialsEndpointProvider: 'container-role',
};
