/** CI integrations: aws-actions/configure-aws-credentials (GitHub Actions), CircleCI's aws-cli orb, GitLab OIDC, Travis CI's dpl. */
import type { CatalogueEntry } from './types';

const CAC = (file: string) => ({ repo: 'aws-actions/configure-aws-credentials', path: `src/${file}`, ref: 'v6+43@bcd4089080cf' });
/** A GitLab job: its OIDC token variables, the runner's session name or the word itself. */
const GITLAB_CONTEXT = /gitlab|GITLAB_OIDC_TOKEN|CI_JOB_JWT|CI_PROJECT_ID|id_tokens/i;
const DPL = (path: string, ref: string) => ({ repo: 'travis-ci/dpl', path, ref });
const ORB = { repo: 'CircleCI-Public/aws-cli-orb', path: 'src/scripts/assume_role_with_web_identity.sh', ref: 'v5.4.1@28b8b974fdd0' };

export const CI: CatalogueEntry[] = [
  {
    id: 'gha.credentials-not-loaded',
    tool: 'github-actions',
    wrapper: true,
    message: 'Credentials could not be loaded, please check your action inputs: {error}',
    re: /Credentials could not be loaded, please check your action inputs/,
    family: 'fam.gha',
    causes: { 'no-credentials-found': 0.6, 'role-credentials-unavailable': 0.8 },
    source: CAC('CredentialsClient.ts'),
  },
  {
    // Neither static keys nor an OIDC token reached the action (index.ts validates the chain when no key input
    // and no OIDC role was used). Tuning threads: the secrets never reached the job (fork PRs, Dependabot, a
    // reusable workflow without `secrets: inherit`) 3, the OIDC role side (id-token permission, audience) 2;
    // a missing id-token permission also prints gha.id-token-permission, which then decides.
    id: 'gha.no-providers',
    tool: 'github-actions',
    wrapper: true,
    message: 'Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers',
    re: /Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.0, 'role-credentials-unavailable': 0.9 },
    source: CAC('CredentialsClient.ts'),
  },
  {
    // `core.getInput('aws-region', { required: true })` in src/index.ts; the wording is @actions/core's.
    id: 'gha.region-input',
    tool: 'github-actions',
    wrapper: true,
    message: 'Input required and not supplied: aws-region',
    re: /Input required and not supplied: aws-region/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.0 },
    source: CAC('index.ts'),
  },
  {
    id: 'gha.oidc-assume-failed',
    tool: 'github-actions',
    wrapper: true,
    message: 'Could not assume role with OIDC: {error}',
    re: /Could not assume role with OIDC: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.2 },
    source: CAC('assumeRole.ts'),
  },
  {
    id: 'gha.id-token-permission',
    tool: 'github-actions',
    wrapper: true,
    message: 'It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission?',
    re: /trying to authenticate with OIDC\. Did you mean to set the `?id-token`? permission/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.6 },
    source: CAC('index.ts'),
  },
  {
    id: 'gha.web-identity-file-missing',
    tool: 'github-actions',
    wrapper: true,
    message: 'Web identity token file does not exist: {path}',
    re: /Web identity token file does not exist: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: CAC('assumeRole.ts'),
  },
  {
    id: 'gha.key-mismatch',
    tool: 'github-actions',
    wrapper: true,
    message: 'Credentials loaded by the SDK do not match the expected access key ID configured by the action',
    re: /Credentials loaded by the SDK do not match the expected access key ID/,
    family: 'fam.misconfig',
    causes: { 'env-var-override': 3.0, 'wrong-profile': 0.8 },
    source: CAC('CredentialsClient.ts'),
  },
  {
    id: 'gha.id-token-url',
    tool: 'github-actions',
    wrapper: true,
    message: 'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
    re: /Unable to get ACTIONS_ID_TOKEN_REQUEST_URL/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.6 },
    source: { repo: 'actions/toolkit', path: 'packages/core/src/oidc-utils.ts', ref: '64328a778f79' },
  },
  {
    id: 'circleci.oidc-token-missing',
    tool: 'circleci',
    wrapper: true,
    message: 'Failed to set CIRCLE_OIDC_TOKEN and CIRCLE_OIDC_TOKEN_V2 after 3 attempts. Please try rerunning the worklow.',
    re: /Failed to set CIRCLE_OIDC_TOKEN/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.6 },
    source: ORB,
  },
  {
    id: 'circleci.assume-failed',
    tool: 'circleci',
    wrapper: true,
    message: 'Failed to assume role',
    re: /^\s{0,8}Failed to assume role\s{0,4}$/m,
    context: /CIRCLE_OIDC|circleci|AssumeRoleWithWebIdentity/i,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: ORB,
  },
  {
    // configure.sh sources /tmp/<profile>.keys when the key parameters expand to nothing: the context that holds
    // the keys (or the OIDC step that writes that file) is not attached to the job.
    id: 'circleci.keys-file-missing',
    tool: 'circleci',
    wrapper: true,
    message: '/bin/bash: line {n}: /tmp/{profile}.keys: No such file or directory',
    re: /\/tmp\/[\w.-]{1,64}\.keys: No such file or directory/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'role-credentials-unavailable': 0.6 },
    source: { repo: 'CircleCI-Public/aws-cli-orb', path: 'src/scripts/configure.sh', ref: 'b5c98bba1196' },
  },
  {
    // STS's answer when the CircleCI OIDC issuer is not an IAM identity provider of the account.
    id: 'circleci.no-oidc-provider',
    tool: 'circleci',
    wrapper: true,
    message: 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://oidc.circleci.com/org/{org-id}',
    re: /No OpenIDConnect provider found in your account for https:\/\/oidc\.circleci\.com/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.0 },
    source: ORB,
  },
  {
    // role-arn-setup ran before setup had written the source profile's keys (or setup's keys were empty).
    id: 'circleci.role-arn-setup-no-credentials',
    tool: 'circleci',
    wrapper: true,
    message: 'Credentials not found. Run setup command before role-arn-setup.',
    re: /Credentials not found\. Run setup command before role-arn-setup/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.8, 'role-credentials-unavailable': 0.6 },
    source: { ...ORB, path: 'src/scripts/role_arn_setup.sh' },
  },
  {
    // GitLab's AWS OIDC recipe calls `aws sts assume-role-with-web-identity` with $GITLAB_OIDC_TOKEN; STS
    // checks the token's aud against the provider's client ids.
    id: 'gitlab.oidc-audience',
    tool: 'gitlab-ci',
    wrapper: true,
    message: 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    re: /Incorrect token audience/,
    context: /gitlab/i,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.4 },
    source: { repo: 'gitlab-org/gitlab (docs)', path: 'doc/ci/cloud_services/aws/_index.md', ref: 'docs.gitlab.com/ci/cloud_services/aws (2026)' },
  },
  {
    id: 'gha.user-credentials-assume',
    tool: 'github-actions',
    wrapper: true,
    message: 'Could not assume role with user credentials: {error}',
    re: /Could not assume role with user credentials: /,
    // The keys authenticated (STS answered); the role's trust policy or the user's sts permissions refused them.
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.2, 'role-credentials-unavailable': 0.8 },
    source: CAC('assumeRole.ts'),
  },
  {
    id: 'gha.web-identity-file-assume',
    tool: 'github-actions',
    wrapper: true,
    message: 'Could not assume role with web identity token file: {error}',
    re: /Could not assume role with web identity token file: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: CAC('assumeRole.ts'),
  },
  {
    // The key id input is set but its secret expanded to nothing (a secret not shared with this job or fork).
    id: 'gha.secret-key-input',
    tool: 'github-actions',
    wrapper: true,
    message: "'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided",
    re: /'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.0, 'no-credentials-found': 0.8 },
    source: CAC('index.ts'),
  },
  {
    id: 'gha.expected-account',
    tool: 'github-actions',
    wrapper: true,
    message: 'The account ID of the provided credentials ({account}) does not match any of the expected account IDs: {ids}',
    re: /The account ID of the provided credentials \([^)\n]{0,20}\) does not match any of the expected account IDs/,
    family: 'fam.misconfig',
    causes: { 'wrong-account-or-partition': 2.0, 'wrong-profile': 0.6 },
    source: CAC('helpers.ts'),
  },
  {
    id: 'gha.get-id-token',
    tool: 'github-actions',
    wrapper: true,
    message: 'getIDToken call failed: {error}',
    re: /getIDToken call failed: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: CAC('index.ts'),
  },
  {
    // STS could not fetch the issuer's JWKS: a self-managed GitLab not reachable from the internet, or (before
    // GitLab sent cache headers on its JWKS) parallel jobs throttled on the key fetch.
    id: 'gitlab.oidc-verification-key',
    tool: 'gitlab-ci',
    wrapper: true,
    message: "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements",
    re: /Couldn.t retrieve verification key from your identity provider/,
    context: GITLAB_CONTEXT,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.4 },
    source: { repo: 'gitlab-org/gitlab', path: 'issues/374001 (fixed by merge_requests/138405, JWKS cache headers)', ref: 'gitlab.com issue 2022-08 / MR 2023-12' },
  },
  {
    // The old CI_JOB_JWT had no aud claim; STS requires one. id_tokens with an aud replaced it.
    id: 'gitlab.oidc-missing-aud',
    tool: 'gitlab-ci',
    wrapper: true,
    message: 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Missing a required claim: aud',
    re: /Missing a required claim: aud\b/,
    context: GITLAB_CONTEXT,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.4 },
    source: { repo: 'gitlab-org/gitlab', path: 'issues/342243 (merge_requests/71657)', ref: 'gitlab.com issue 2021-10' },
  },
  {
    // The token variable expanded to nothing: CI_JOB_JWT_V2 was removed in GitLab 17.0, or the job declares no
    // id_tokens. The aws CLI's argument parser (argparse) then stops before any call.
    id: 'gitlab.oidc-token-empty',
    tool: 'gitlab-ci',
    wrapper: true,
    message: 'aws: error: argument --web-identity-token: expected one argument',
    // Matched up to the colon: the redaction takes `token: expected` for a token value.
    re: /error: argument --web-identity-token: /,
    context: GITLAB_CONTEXT,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.4 },
    source: { repo: 'python/cpython', path: 'Lib/argparse.py', ref: '8ea6cc14a517' },
  },
  {
    // STS refuses the token against the role's trust policy: its sub condition (project_path:…:ref_type:…:ref:…)
    // or aud does not match the job. GitLab's own OIDC-to-AWS guide gets this question.
    id: 'gitlab.oidc-not-authorized',
    tool: 'gitlab-ci',
    wrapper: true,
    message: 'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    re: /Not authorized to perform sts:AssumeRoleWithWebIdentity/,
    context: GITLAB_CONTEXT,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: { repo: 'gitlab.com/guided-explorations/aws/configure-openid-connect-in-aws', path: 'issues/2', ref: 'gitlab.com issue (CI_JOB_JWT_V2 era, 2022)' },
  },
  {
    // Travis CI's deploy tool (dpl) on S3's InvalidAccessKeyId: v1 lib/dpl/provider/s3.rb raises "Invalid S3 Access Key
    // Id, Stopping Deploy", v2 lib/dpl/providers/s3.rb prints its msgs entry "Invalid S3 access key id". dpl signs with the
    // two keys it was given and nothing else (Aws::Credentials.new(access_key_id, secret_access_key): no profile, no
    // chain), so the key stored in the CI settings is what S3 does not know: deleted, deactivated or replaced since
    // (mozilla/docere#33: "s3 key stored in travis broken. need new key").
    id: 'dpl.s3-invalid-key',
    tool: 'travis-dpl',
    wrapper: true,
    message: 'Invalid S3 Access Key Id, Stopping Deploy',
    re: /\bInvalid S3 Access Key Id\b/i,
    family: 'fam.unknown-key',
    code: 'InvalidAccessKeyId',
    causes: { 'key-deleted-or-inactive': 1.2, 'stale-credentials-after-rotation': 0.8 },
    source: DPL('lib/dpl/provider/s3.rb', '0622a248a8d4 (v1); lib/dpl/providers/s3.rb @ 02324971747b (v2)'),
  },
];
