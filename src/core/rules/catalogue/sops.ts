/**
 * SOPS (and what embeds its decrypt library: Flux's kustomize-controller, KSOPS, helm-secrets) reaches AWS KMS through
 * the Go SDK v2 and wraps the SDK's error in its own words, so the SDK's words follow on the same line. A key's
 * `aws_profile` and `role` are stored in the file's metadata: the profile the decrypting machine lacks, or a role
 * it cannot assume, are what its own lines name.
 */
import type { CatalogueEntry } from './types';

const SOPS_KMS = { repo: 'getsops/sops', path: 'kms/keysource.go', ref: '15e36f97a (v3.13.2+; the KMS wording since b6f6fa174, 2022)' };

export const SOPS: CatalogueEntry[] = [
  {
    // The KMS call failed: with this machine's credentials (none found, another profile's, or a key policy without
    // kms:Decrypt for them), or before any was sent (KMS's host not found, a timeout). Evidence only, with no family
    // (like external-dns.list-zones): the wrapped SDK error, when pasted, says which kind of failure it was.
    id: 'sops.kms-data-key',
    tool: 'sops',
    wrapper: true,
    message: 'failed to decrypt sops data key with AWS KMS: {error} | failed to encrypt sops data key with AWS KMS: {error}',
    re: /failed to (?:de|en)crypt sops data key with AWS KMS\b/,
    causes: { 'no-credentials-found': 1.0, 'wrong-profile': 0.9, 'authorization-not-authentication': 0.9 },
    source: SOPS_KMS,
  },
  {
    // LoadDefaultConfig failed: mostly the metadata's aws_profile is not in this machine's config.
    id: 'sops.aws-config',
    tool: 'sops',
    wrapper: true,
    message: 'could not load AWS config: {error}',
    re: /could not load AWS config: /,
    context: /\bsops\b|\bkms\b/i,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.5, 'no-credentials-found': 0.5 },
    source: SOPS_KMS,
  },
  {
    // The key's role (metadata `role`) could not be assumed with the credentials this machine has.
    id: 'sops.assume-role',
    tool: 'sops',
    wrapper: true,
    message: "failed to assume role '{role}': {error}",
    re: /failed to assume role 'arn:aws[\w-]{0,12}:iam::/,
    context: /\bsops\b|\bkms\b/i,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.3, 'authorization-not-authentication': 1.0 },
    source: SOPS_KMS,
  },
];
