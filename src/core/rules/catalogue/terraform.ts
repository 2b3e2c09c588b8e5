/** Terraform's AWS provider (through hashicorp/aws-sdk-go-base) and the S3 state backend. */
import type { CatalogueEntry } from './types';

const BASE = (path: string, ref = 'v2.0.0-beta.74@71dcf8ad2f4d') => ({ repo: 'hashicorp/aws-sdk-go-base', path, ref });
const TERRAFORM = (path: string) => ({ repo: 'hashicorp/terraform', path, ref: 'v1.17.0-alpha20260812@883c7221ee2e' });

export const TERRAFORM_ENTRIES: CatalogueEntry[] = [
  {
    id: 'tf.no-valid-sources',
    tool: 'terraform',
    wrapper: true,
    message: 'No valid credential sources found',
    re: /No valid credential sources found/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.0 },
    source: BASE('internal/config/errors.go'),
  },
  {
    // Provider 3.x and the S3 backend before 1.6 name who looked: "for Terraform AWS Provider", "for S3 Backend".
    id: 'tf.no-valid-sources-for',
    tool: 'terraform',
    wrapper: true,
    message: 'no valid credential sources for {name} found.',
    re: /no valid credential sources for [\w ]{1,40} found/i,
    family: 'fam.no-creds',
    code: 'NoValidCredentialSources',
    causes: { 'no-credentials-found': 1.0 },
    source: BASE('errors.go', 'v0.7.1'),
  },
  {
    // The wrapped error (after "Error:") decides the cause; this names the tool and the step.
    id: 'tf.cannot-assume-role',
    tool: 'terraform',
    wrapper: true,
    message: 'IAM Role ({arn}) cannot be assumed.\n\nThere are a number of possible causes of this - the most common are:',
    re: /IAM Role \([^)\n]{1,200}\) cannot be assumed\.$/m,
    causes: {},
    source: BASE('errors.go'),
  },
  {
    id: 'tf.cannot-assume-role-web-identity',
    tool: 'terraform',
    wrapper: true,
    message: 'IAM Role ({arn}) cannot be assumed with web identity token.',
    re: /IAM Role \([^)\n]{1,200}\) cannot be assumed with web identity token/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: BASE('internal/config/errors.go'),
  },
  {
    // Source audit, stop 36: with no assume_role_with_web_identity block (the token file and role come from the
    // environment, as on EKS or in CI) the diagnostic's detail is this one line after the same summary.
    id: 'tf.web-identity-short',
    tool: 'terraform',
    wrapper: true,
    message: 'Error: Cannot assume IAM Role with web identity\n\ncannot assume role with web identity: {error}',
    re: /cannot assume role with web identity: /,
    context: /Cannot assume IAM Role with web identity/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: BASE('internal/config/errors.go'),
  },
  {
    // Debug log (TF_LOG=DEBUG) of provider 3.x: which credential provider won. Read as a fact too.
    id: 'tf.auth-provider-used',
    tool: 'terraform',
    wrapper: true,
    message: '[INFO] AWS Auth provider used: "EnvProvider"',
    re: /AWS Auth provider used: "\w{1,40}"/,
    causes: {},
    source: BASE('awsauth.go', 'v0.7.1'),
  },
  {
    id: 'tf.retrieved-credentials',
    tool: 'terraform',
    wrapper: true,
    message: 'Retrieved credentials: tf_aws.credentials_source={source}',
    re: /Retrieved credentials[^\n]{0,80}tf_aws\.credentials_source/,
    causes: {},
    source: BASE('aws_config.go'),
  },
  {
    id: 'tf.validating-credentials',
    tool: 'terraform',
    wrapper: true,
    message: 'validating provider credentials: retrieving caller identity from STS: {error}',
    re: /validating provider credentials: retrieving caller identity from STS/,
    causes: {},
    source: BASE('aws_config.go'),
  },
  {
    // HEAD has no response body, so S3 answers a bare 403 "Forbidden": other account's bucket, wrong
    // profile for the backend, or a missing s3:GetObject/ListBucket.
    id: 'tfs3.head-object-forbidden',
    tool: 'terraform',
    wrapper: true,
    message: 'Unable to access object "{key}" in S3 bucket "{bucket}": operation error S3: HeadObject, https response error StatusCode: 403, RequestID: {id}, HostID: {host}, api error Forbidden: Forbidden',
    re: /Unable to access object "[^"\n]{1,300}" in S3 bucket "[^"\n]{1,100}": operation error S3: HeadObject, https response error StatusCode: 403/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.2, 'wrong-profile': 1.6, 'wrong-account-or-partition': 1.0 },
    source: TERRAFORM('internal/backend/remote-state/s3/client.go'),
  },
  {
    // Source audit, stop 37: the S3 backend checks its own region before the SDK does (backend.go PrepareConfig), so a
    // `terraform init` with no region in the backend block nor the environment stops here, not at a credential chain.
    id: 'tfs3.region-missing',
    tool: 'terraform',
    wrapper: true,
    message: 'Missing region value: The "region" attribute or the "AWS_REGION" or "AWS_DEFAULT_REGION" environment variables must be set.',
    re: /The "region" attribute or the "AWS_REGION" or "AWS_DEFAULT_REGION" environment variables must be set/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: TERRAFORM('internal/backend/remote-state/s3/backend.go'),
  },
  {
    id: 's3.head-object-forbidden',
    tool: 'aws-sdk-go-v2',
    message: 'operation error S3: HeadObject, https response error StatusCode: 403, RequestID: {id}, HostID: {host}, api error Forbidden: Forbidden',
    re: /operation error S3: Head(?:Object|Bucket), https response error StatusCode: 403[^\n]{0,300}api error Forbidden: Forbidden/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.0, 'wrong-profile': 0.8, 'wrong-account-or-partition': 0.6 },
    // The HostID form is S3's own ResponseError; "operation error S3: HeadObject" and "api error Forbidden: Forbidden"
    // are smithy-go's OperationError and GenericAPIError (aws/smithy-go errors.go @ c589db5abf67). The one stored
    // copy of the S3 file (c213f6605dbc) is a fork's build (its imports name the fork); the format string is upstream's.
    source: { repo: 'aws/aws-sdk-go-v2', path: 'service/internal/s3shared/response_error.go', ref: 'c213f6605dbc' },
  },
  {
    id: 'tf.existing-workspaces',
    tool: 'terraform',
    wrapper: true,
    message: 'Failed to get existing workspaces: {error}',
    re: /Failed to get existing workspaces: /,
    causes: {},
    source: TERRAFORM('internal/command/meta_backend.go'),
  },
  {
    // allowed_account_ids / forbidden_account_ids: the credentials work but belong to an account the configuration refuses.
    id: 'tf.account-not-allowed',
    tool: 'terraform',
    wrapper: true,
    message: 'AWS account ID not allowed: {account_id}',
    re: /AWS account ID not allowed: \d{12}/,
    family: 'fam.misconfig',
    causes: { 'wrong-account-or-partition': 2.4, 'wrong-profile': 1.2, 'env-var-override': 0.6 },
    source: BASE('internal/config/config.go'),
  },
  {
    // A warning, not an error: a profile set in the provider block wins over static keys in the environment.
    id: 'tf.profile-over-env',
    tool: 'terraform',
    wrapper: true,
    message: 'A Profile was specified along with the environment variables "AWS_ACCESS_KEY_ID" and "AWS_SECRET_ACCESS_KEY". The Profile is now used instead of the environment variable credentials. This may lead to unexpected behavior.',
    re: /A Profile was specified along with the environment variables "?AWS_ACCESS_KEY_ID"? and "?AWS_SECRET_ACCESS_KEY"?/,
    // The environment's keys are named but were not used: evidence against them, for the profile.
    causes: { 'wrong-profile': 1.6, 'env-var-override': -1.0 },
    source: BASE('credentials.go'),
  },
  {
    id: 'tf.web-identity-token-unset',
    tool: 'terraform',
    wrapper: true,
    message: 'Assume Role With Web Identity: One of WebIdentityToken, WebIdentityTokenFile must be set',
    re: /One of WebIdentityToken, WebIdentityTokenFile must be set/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: BASE('credentials.go'),
  },
];
