/**
 * Every AWS API action awskey calls, and which identity calls it. docs/aws/ grants exactly these;
 * a unit test checks the policies and the StackSet template against this list and the code.
 */
export const AWS_API_ACTIONS = {
  'sts:AssumeRole': { principal: 'base', optional: false, why: 'reach each account through its read-only role' },
  'sts:GetAccessKeyInfo': { principal: 'base', optional: true, why: 'owning account of an old-format key id' },
  'organizations:ListAccounts': { principal: 'base', optional: true, why: 'discover every account (AWSKEY_ORG_ROLE_NAME)' },
  'iam:ListUsers': { principal: 'role', optional: false, why: 'build the key index' },
  'iam:ListAccessKeys': { principal: 'role', optional: false, why: 'build the key index' },
  'iam:GetAccessKeyLastUsed': { principal: 'role', optional: false, why: 'last use of a matching key' },
  'iam:GenerateCredentialReport': { principal: 'role', optional: true, why: 'the credential report: skip ListAccessKeys for users without keys' },
  'iam:GetCredentialReport': { principal: 'role', optional: true, why: 'the credential report: skip ListAccessKeys for users without keys' },
  'cloudtrail:LookupEvents': { principal: 'role', optional: true, why: 'evidence that a key was deleted or deactivated' },
} as const;

export type AwsApiAction = keyof typeof AWS_API_ACTIONS;

export function actionsFor(principal: 'base' | 'role'): AwsApiAction[] {
  return (Object.keys(AWS_API_ACTIONS) as AwsApiAction[]).filter((a) => AWS_API_ACTIONS[a].principal === principal);
}
