/**
 * AccessDenied as an expert works it: authentication succeeded, so first who is calling and which
 * account owns the resource; then the kind of policy the message names. Each kind has its own
 * steps. The message formats are AWS's ("… because no identity-based policy allows …", "… with an
 * explicit deny in a service control policy"), documented at
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html.
 */
import type { Playbook } from '../types';
import { step } from '../shared';

const DENIED = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html';
const EVALUATION = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';
const CROSS_ACCOUNT = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html';
const STS_ASSUME_ROLE = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
const AUTHZ = ['authorization-not-authentication'] as const;
/** IAM Identity Center: the roles it makes per permission set, their `aws-reserved/sso.amazonaws.com/` path, and how to name them in policies. */
const SSO_PERMISSION_SETS = 'https://docs.aws.amazon.com/singlesignon/latest/userguide/permissionsetsconcept.html';
const SSO_REFERENCING = 'https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html';
/** STS API Reference, GetSessionToken: no IAM API call without MFA, no STS call but AssumeRole and GetCallerIdentity. */
const STS_GET_SESSION_TOKEN = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html';
/** aws-vault's USAGE.md, "Temporary credentials limitations with STS, IAM": InvalidClientTokenId, MFA or `--no-session`. */
const AWS_VAULT_STS_LIMITS = 'https://github.com/99designs/aws-vault/blob/master/USAGE.md#temporary-credentials-limitations-with-sts-iam';
/** IAM User Guide, "Pass session tags in AWS STS": the permissions that adding session tags needs. */
const SESSION_TAGS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_permissions-required';
/** aws-actions/configure-aws-credentials README: it tags the session by default; `role-skip-session-tagging` turns that off. */
const CONFIGURE_AWS_CREDENTIALS = 'https://github.com/aws-actions/configure-aws-credentials/blob/main/README.md';

/** What kind of policy denied, read from the message (first match wins; most specific first). */
export const DENY_KINDS: Array<{ kind: string; re: RegExp }> = [
  // No policy decides this one: STS refuses AssumeRole to an account's root user whatever the trust policy says.
  { kind: 'root-caller', re: /Roles may not be assumed by root accounts/i },
  { kind: 'scp', re: /explicit deny in a service control policy|no service control policy allows/i },
  { kind: 'rcp', re: /explicit deny in a resource control policy|no resource control policy allows/i },
  { kind: 'vpce-policy', re: /explicit deny in a VPC endpoint policy|no VPC endpoint policy allows/i },
  { kind: 'boundary', re: /permissions? boundary/i },
  { kind: 'session-policy', re: /explicit deny in a session policy|no session policy allows/i },
  { kind: 'resource-policy', re: /explicit deny in a resource-based policy|no resource-based policy allows|bucket policy|key policy|the key policy/i },
  { kind: 'identity-deny', re: /explicit deny in an identity-based policy/i },
  { kind: 'identity-policy', re: /no identity-based policy allows/i },
  // Tagging the session of a role, with no policy named: the role's trust policy must allow sts:TagSession (qa36 F10).
  { kind: 'tag-session', re: /not authorized to perform:? sts:TagSession\b/i },
];

/**
 * The credential provider Terraform's AWS provider says it used (aws-sdk-go-base logs
 * `AWS Auth provider used: "EnvProvider"` at INFO/DEBUG, hashicorp/aws-sdk-go-base v2).
 */
export const AUTH_PROVIDER_LINE = /AWS Auth provider used:\s*"?(\w+)"?/;
export const AUTH_PROVIDERS: Record<string, string> = {
  EnvProvider: 'env',
  EnvConfigCredentials: 'env',
  SharedCredentialsProvider: 'shared-credentials-file',
  SharedConfigCredentials: 'shared-credentials-file',
  AssumeRoleProvider: 'assume-role',
  WebIdentityProvider: 'assume-role-with-web-identity',
  EC2RoleProvider: 'iam-role',
  EcsContainer: 'container-role',
  SSOProvider: 'sso',
  ProcessProvider: 'custom-process',
};

/** The credential-source causes that give a valid but wrong identity, which AWS denies like a missing permission. */
const WRONG_IDENTITY = ['wrong-profile', 'env-var-override', 'wrong-account-or-partition'] as const;

export const ACCESS_DENIED_PLAYBOOKS: Playbook[] = [
  {
    // "Roles may not be assumed by root accounts": the caller is the account's root user, which STS never lets
    // assume a role ("You cannot call AssumeRole by using AWS root account credentials; access is denied. You must
    // use credentials for an IAM user or an IAM role to call AssumeRole", the STS AssumeRole API reference). Whose
    // resource it is, or what the trust policy says, changes nothing: the fix is another caller.
    id: 'authz-root-caller',
    title: 'The caller is the account\'s root user, which cannot assume roles: call with an IAM user or role',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'denyKind', in: ['root-caller'] }],
    steps: [
      step('See where the root user\'s keys come from (an `arn:aws:iam::<account>:root` ARN is the root user):', 'aws sts get-caller-identity\naws configure list', 'aws sts get-caller-identity\naws configure list'),
      step('Make the profile or environment that assumes the role use an IAM user\'s access key (the `source_profile` of the role profile), or sign in through IAM Identity Center (`aws configure sso`) and assume the role from that identity. Let the role\'s trust policy allow that user or role.'),
      step('Delete the root user\'s access key once nothing uses it (IAM console, Security credentials of the root user): root keys should not exist at all.'),
    ],
    sources: [STS_ASSUME_ROLE, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html'],
  },
  {
    // AssumeRole is allowed only when the caller's policy allows `sts:AssumeRole` on the role *and* the role's trust
    // policy names the caller as Principal (with its conditions: ExternalId, MFA, a web identity's `sub`/`aud`), as
    // the STS AssumeRole API reference says; simulate-principal-policy evaluates the caller's side only.
    id: 'authz-assume-role-trust',
    title: 'Denied assuming a role: check the role\'s trust policy as well as the caller\'s permission',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'operation', matches: '^AssumeRole' }],
    steps: [
      step('Read the role\'s trust policy (in the role\'s account): the denied caller\'s ARN, or its account, must be a `Principal` of an `Allow` for `sts:AssumeRole` (`sts:AssumeRoleWithWebIdentity` / `sts:AssumeRoleWithSAML` for those calls), and every `Condition` (`sts:ExternalId`, `aws:MultiFactorAuthPresent`, a token\'s `sub`/`aud`) must hold for this call:', 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument', 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument'),
      step('Then the caller\'s side: its identity policy must allow `sts:AssumeRole` on the role\'s ARN (always needed across accounts; within one account a trust policy that names the caller\'s ARN is enough).', 'aws iam simulate-principal-policy --policy-source-arn <caller arn> --action-names sts:AssumeRole --resource-arns <role arn>'),
      step('A principal deleted and re-created since the trust policy was saved shows there as an id (`AIDA…`, `AROA…`) instead of its ARN: put the ARN back and save the policy again.'),
    ],
    sources: [STS_ASSUME_ROLE, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_roles.html'],
  },
  {
    // The caller is an IAM Identity Center session ("assumed-role/AWSReservedSSO_<set>_<hash>/jane", QA 39 F14): its role
    // is made and owned by Identity Center, so "edit its identity policy" means editing the permission set and
    // re-provisioning it, and a trust policy names the role with its `aws-reserved/sso.amazonaws.com/` path (or, since the
    // hash changes when the set is re-made in an account, an `aws:PrincipalArn` ArnLike on the name's prefix).
    id: 'authz-assume-role-sso-caller',
    title: 'The caller is an IAM Identity Center (SSO) role: change its permission set, and name its role with its path',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'operation', matches: '^AssumeRole' }, { fact: 'arn', matches: ':assumed-role/AWSReservedSSO_' }],
    steps: [
      step('The `AWSReservedSSO_<set>_<hash>` role belongs to IAM Identity Center: editing it in IAM is refused or undone. Its identity policy is the permission set `<set>`: allow `sts:AssumeRole` on the target role there (IAM Identity Center → Permission sets → `<set>`), then re-provision the set to its accounts:', 'aws sso-admin provision-permission-set --instance-arn <instance arn> --permission-set-arn <permission set arn> --target-type ALL_PROVISIONED_ACCOUNTS'),
      step('In the target role\'s trust policy, an SSO role is named by its full ARN, path included: `arn:aws:iam::<caller account>:role/aws-reserved/sso.amazonaws.com/<region>/AWSReservedSSO_<set>_<hash>` (the `assumed-role/…` ARN of the error, or the role ARN without its path, does not match). The hash changes when the set is re-provisioned, so prefer the caller\'s account as `Principal` with `"Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::<caller account>:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_<set>_*"}}`. Its exact ARN:', 'aws iam list-roles --path-prefix /aws-reserved/sso.amazonaws.com/ --query "Roles[].Arn"'),
    ],
    sources: [SSO_PERMISSION_SETS, SSO_REFERENCING, STS_ASSUME_ROLE],
  },
  {
    // "User: arn:aws:iam::…:user/gh-actions is not authorized to perform: sts:TagSession on resource: …:role/gh-deploy"
    // (configure-aws-credentials tags the session by default: its README): STS adds session tags only when the role's
    // trust policy allows sts:TagSession for the caller. An identity-policy edit or the OIDC steps change nothing, so
    // this is the whole fix (qa36 F10).
    id: 'authz-tag-session-trust',
    title: 'Denied tagging the role\'s session: allow `sts:TagSession` in the role\'s trust policy, or stop tagging',
    causes: [...AUTHZ],
    replaces: true,
    when: [{ fact: 'denyKind', in: ['tag-session'] }],
    steps: [
      step('The tool asks STS for a session with tags (configure-aws-credentials does by default: repository, workflow, actor, commit…), and STS allows that only when the role\'s trust policy allows `sts:TagSession` for the caller. Read the trust policy (in the role\'s account):', 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument', 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument'),
      step('In the statement whose `Principal` is the denied caller (the user or role the error names), allow both actions, `"Action": ["sts:AssumeRole", "sts:TagSession"]`, and save the policy:', 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-policy.json', 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-policy.json'),
      step('Or stop tagging the session: `role-skip-session-tagging: true` in the configure-aws-credentials step (nothing can then use those tags in `aws:PrincipalTag` conditions). Across accounts the caller\'s own policy must also allow `sts:TagSession` on the role, as it does `sts:AssumeRole`.'),
    ],
    sources: [SESSION_TAGS, CONFIGURE_AWS_CREDENTIALS, STS_ASSUME_ROLE],
  },
  {
    // GetSessionToken credentials without MFA sent to IAM (extract/session-token-iam.ts): "You cannot call any IAM API
    // operations unless MFA authentication information is included in the request" (STS API Reference, GetSessionToken),
    // and IAM answers InvalidClientTokenId. The token is set and valid elsewhere: sending it again, or a policy edit,
    // changes nothing. aws-vault makes that session by default; its USAGE.md gives both ways out (QA37 F14).
    id: 'authz-session-token-no-mfa',
    title: 'A GetSessionToken session without MFA cannot call IAM: skip the session, or add MFA to it',
    causes: [...AUTHZ],
    replaces: true,
    meaning: 'The credentials are a session from GetSessionToken made without MFA. IAM refuses every such session, whatever its policies, and answers that the token is invalid; the same credentials work for other services.',
    when: [{ fact: 'denyKind', in: ['session-token-no-mfa'] }],
    steps: [
      step('With aws-vault: run the IAM command on the user\'s own keys, without the session:', 'aws-vault exec --no-session <profile> -- aws iam <command>', 'aws-vault exec --no-session <profile> -- aws iam <command>'),
      step('Or add MFA: give the IAM user an MFA device and name it in the profile (`mfa_serial = arn:aws:iam::<account>:mfa/<device>` in `~/.aws/config`); aws-vault then asks for the code and IAM accepts the session.'),
      step('With the CLI or an SDK calling GetSessionToken yourself: pass the MFA device and code, then use the new session:', 'aws sts get-session-token --serial-number arn:aws:iam::<account>:mfa/<device> --token-code <code>', 'aws sts get-session-token --serial-number arn:aws:iam::<account>:mfa/<device> --token-code <code>'),
    ],
    sources: [STS_GET_SESSION_TOKEN, AWS_VAULT_STS_LIMITS],
  },
  {
    // After a denial the source causes' own steps speak of keys AWS does not know; here AWS knew the key.
    id: 'authz-wrong-identity',
    title: 'AWS denied a valid identity: make the runtime use the one that has the permission',
    causes: [...WRONG_IDENTITY],
    first: true,
    when: [{ fact: 'callerDenied' }],
    steps: [
      step('Compare the identity that was denied with the one meant to make the call (the account id and the role or user name), in the failing shell, job or container:', 'aws sts get-caller-identity\naws configure list', 'aws sts get-caller-identity\naws configure list'),
      step('`aws configure list` shows where that identity came from: `env` (stray `AWS_ACCESS_KEY_ID` / `AWS_SESSION_TOKEN`), a named profile (`--profile`, `AWS_PROFILE`, a tool\'s `profile` setting), or a role. Remove or correct that source, rather than granting the permission to the wrong identity.'),
      step('Run the failing call again and check the identity in any new error: it should now name the intended account and role.'),
    ],
    sources: [DENIED, 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-quickstart.html#cli-configure-quickstart-precedence'],
  },
  {
    id: 'authz-source-first',
    title: 'The paste shows where the credentials came from: check that source first',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'authSource' }],
    steps: [
      step('The tool says which credential provider won (for Terraform, the `AWS Auth provider used:` line). An `EnvProvider` means `AWS_ACCESS_KEY_ID` in the environment beat the profile or role you configured: the denied identity may simply be the wrong one.'),
      step('Compare the identity in the error with the one you meant, in the same shell or job:', 'env | grep ^AWS_\naws sts get-caller-identity', 'Get-ChildItem Env:AWS_*\naws sts get-caller-identity'),
      step('If it is the wrong identity, remove the stray source (unset the variables, fix the `profile`/`assume_role` in the provider or backend block) before touching any policy.'),
    ],
    sources: [DENIED, 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration'],
  },
  {
    // The denied command names the profile it ran with (`--profile dev`, `AWS_PROFILE=dev`): the identity came from
    // that profile, and a profile for another account or role is denied exactly like a missing permission.
    id: 'authz-named-profile',
    title: 'The denied call names the profile it used: check that profile is the identity you meant',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'profile' }, { fact: 'authSource', absent: true }],
    steps: [
      step('See which identity and account that profile gives, and compare it with the account that owns the resource:', 'aws sts get-caller-identity --profile <profile>\naws configure list --profile <profile>'),
      step('If it is another account or role than the resource needs, run the call with the right profile (`--profile`, `AWS_PROFILE`, or the `profile` in the tool\'s provider/backend block) before touching any policy.'),
    ],
    sources: [DENIED, 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html'],
  },
  {
    id: 'authz-cross-account',
    title: 'Cross-account: both accounts must allow it',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'resourceAccount', in: ['other'] }],
    steps: [
      step('Across accounts, the caller\'s identity policy *and* the resource\'s policy (bucket policy, KMS key policy, role trust policy) must both allow the action. Find the resource\'s account and read its policy there:', 'aws s3api get-bucket-policy --bucket <bucket> --profile <owner-account-profile>\naws kms get-key-policy --key-id <key arn> --policy-name default --profile <owner-account-profile>'),
      step('Add the caller\'s role ARN (not the account root, unless you mean every principal in it) as `Principal` in the resource policy, for the one action that failed.'),
      step('An S3 object encrypted with a customer-managed KMS key in another account also needs `kms:Decrypt` (reads) / `kms:GenerateDataKey` (writes) in the key policy *and* in the caller\'s policy.'),
      step('A Terraform state bucket in another account: give the backend block a `profile` or `assume_role` for the state account rather than widening the bucket policy to your CI user; then `terraform init -reconfigure`.'),
    ],
    sources: [CROSS_ACCOUNT, 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html'],
  },
  {
    // The caller's own account owns the bucket, and the bucket encrypts with SSE-KMS: the identity needs the key too.
    // hashicorp/terraform#29063 (a state bucket, "failed to upload state: AccessDenied"): fixed by kms:Encrypt, Decrypt
    // and GenerateDataKey on the bucket's key. QA 37 F9: only the cross-account playbook said so.
    id: 'authz-same-account-kms',
    title: 'Same account: an SSE-KMS bucket needs the key as well',
    causes: [...AUTHZ],
    // S3's bare "Access Denied" names no policy kind; a message that names one has its own playbook.
    when: [{ fact: 'resourceAccount', in: ['same'] }, { fact: 'denyKind', absent: true }],
    steps: [
      step('If the bucket (a Terraform state bucket too) encrypts with a customer managed KMS key, writing needs `kms:GenerateDataKey` (and `kms:Encrypt`) and reading needs `kms:Decrypt` on that key, in the caller\'s policy, with the key policy allowing the account. See the bucket\'s key and its policy:', 'aws s3api get-bucket-encryption --bucket <bucket>\naws kms get-key-policy --key-id <key arn> --policy-name default'),
    ],
    sources: ['https://github.com/hashicorp/terraform/pull/29063', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#aws-managed-customer-managed-keys', 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html'],
  },
  {
    id: 'authz-scp',
    title: 'An organisation SCP (or RCP) denies it: no IAM policy in the account can override that',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'denyKind', in: ['scp', 'rcp'] }],
    steps: [
      step('An explicit deny in a service control policy wins over every allow in the account. Ask the organisation administrators which SCP applies to the account (or OU) and whether the action, region or resource is excluded on purpose.'),
      step('From the management account, list the policies attached to the account:', 'aws organizations list-policies-for-target --target-id <account id> --filter SERVICE_CONTROL_POLICY'),
      step('Common causes: a region deny (the call went to a region outside the allowed list), a deny on root or on leaving guardrails, or a required tag/condition missing.'),
    ],
    sources: [DENIED, 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html'],
  },
  {
    // The call went through a VPC endpoint whose policy does not allow it (S3's "VPC endpoint policies" 403 cause,
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html): neither the caller's
    // nor the bucket's policy is the one to change.
    id: 'authz-vpce-policy',
    title: 'The VPC endpoint the call went through does not allow it',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'denyKind', in: ['vpce-policy'] }],
    steps: [
      step('The request left through a VPC endpoint, and the endpoint\'s own policy decides too. Find the endpoint of the VPC and read its policy:', 'aws ec2 describe-vpc-endpoints --filters Name=vpc-id,Values=<vpc id> --query "VpcEndpoints[].[VpcEndpointId,ServiceName]"\naws ec2 describe-vpc-endpoints --vpc-endpoint-ids <vpce id> --query "VpcEndpoints[0].PolicyDocument"'),
      step('Allow the action on the resource (the bucket, often one outside your account: a public dataset, a vendor\'s bucket, an AWS-owned repository bucket) in the endpoint policy, usually owned by the network team.'),
    ],
    sources: [DENIED, 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html', 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html'],
  },
  {
    id: 'authz-boundary',
    title: 'A permissions boundary caps what the identity may do',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'denyKind', in: ['boundary'] }],
    steps: [
      step('The effective permissions are the intersection of the identity policy and its permissions boundary. Read the boundary:', 'aws iam get-role --role-name <role> --query Role.PermissionsBoundary\naws iam get-user --user-name <user> --query User.PermissionsBoundary'),
      step('Add the action to the boundary policy (usually owned by a platform team), not only to the identity policy.'),
    ],
    sources: [DENIED, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html'],
  },
  {
    id: 'authz-session-policy',
    title: 'A session policy passed when the role was assumed limits the session',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'denyKind', in: ['session-policy'] }],
    steps: [
      step('A `Policy` / `PolicyArns` passed to AssumeRole (or a permission set\'s inline session policy, or the `role-session-policy` input of a CI action) narrows the session below the role. Find where the role is assumed and widen or drop that session policy for the action.'),
    ],
    sources: [DENIED, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session'],
  },
  {
    id: 'authz-resource-policy',
    title: 'The resource\'s own policy denies it (bucket policy, key policy, trust policy)',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'denyKind', in: ['resource-policy'] }],
    steps: [
      step('Read the resource policy and look for a `Deny` whose condition your call meets (aws:SourceVpce, aws:PrincipalOrgID, aws:SecureTransport, a missing encryption header):', 'aws s3api get-bucket-policy --bucket <bucket>\naws kms get-key-policy --key-id <key> --policy-name default'),
      step('Fix the condition on the caller\'s side (use the VPC endpoint, send the encryption header) or narrow the statement; do not remove a guardrail without its owner.'),
    ],
    sources: [DENIED, EVALUATION],
  },
  {
    id: 'authz-identity-policy',
    title: 'No identity policy allows the action: grant exactly that action on that resource',
    causes: [...AUTHZ],
    first: true,
    when: [{ fact: 'denyKind', in: ['identity-policy', 'identity-deny'] }],
    steps: [
      step('Simulate the call to see which statement decides:', 'aws iam simulate-principal-policy --policy-source-arn <role or user arn> --action-names <service:Action> --resource-arns <resource arn>'),
      step('Add one statement for that action on that resource to the policy of the identity in the error (for an assumed role, the role, not your user); for an explicit deny, find and narrow the `Deny` statement.'),
    ],
    sources: [DENIED, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html'],
  },
];
