/**
 * The Rust `object_store` crate (Apache Arrow's, apache/arrow-rs-object-store): its own S3 credential code (static keys,
 * web identity, EKS Pod Identity, ECS task role, IMDS) inside delta-rs, Polars, DataFusion, LanceDB and other Rust and
 * Python data tools, which print its errors as they come (wrapped in "Generic S3 error: …"). Its words are its own,
 * not the AWS SDK's.
 */
import type { CatalogueEntry } from './types';

const BUILDER = { repo: 'apache/arrow-rs-object-store', path: 'src/aws/builder.rs', ref: 'e0e01eb03f7c (AmazonS3Builder::build; the same since object_store 0.5 in apache/arrow-rs)' };
const CREDENTIAL = { repo: 'apache/arrow-rs-object-store', path: 'src/aws/credential.rs', ref: '1d0f575c3597' };

export const OBJECT_STORE: CatalogueEntry[] = [
  {
    // build(): one of the key pair given (a config map or AWS_* variable), the other not: (None, Some(_)) and
    // (Some(_), None). A half-set pair, not an empty chain: with neither the builder goes on to the other providers.
    id: 'object-store.half-key-pair',
    tool: 'object-store',
    wrapper: true,
    message: 'Missing AccessKeyId | Missing SecretAccessKey',
    re: /\bMissing (?:AccessKeyId|SecretAccessKey)\b(?! (?:in|from|for)\b)/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.4, 'no-credentials-found': 0.8 },
    source: BUILDER,
  },
  {
    // web_identity(): AWS_WEB_IDENTITY_TOKEN_FILE names a file the process cannot read (IRSA's projected token not
    // mounted, a path from another pod): the role's credentials never arrive.
    id: 'object-store.web-identity-token-file',
    tool: 'object-store',
    wrapper: true,
    message: "Failed to read token file '{token_path}': {e}",
    re: /\bFailed to read token file '[^'\n]{0,300}': /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: CREDENTIAL,
  },
  {
    // eks_credential(): EKS Pod Identity's AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE cannot be read.
    id: 'object-store.eks-token-file',
    tool: 'object-store',
    wrapper: true,
    message: "Failed to read EKS token file '{token_file}': {e}",
    re: /\bFailed to read EKS token file '[^'\n]{0,300}': /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: CREDENTIAL,
  },
  {
    // web_identity(): STS answered AssumeRoleWithWebIdentity with something that is not its result (an error body).
    id: 'object-store.web-identity-response',
    tool: 'object-store',
    wrapper: true,
    message: 'Invalid AssumeRoleWithWebIdentity response: {e}',
    re: /\bInvalid AssumeRoleWithWebIdentity response: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: CREDENTIAL,
  },
];
