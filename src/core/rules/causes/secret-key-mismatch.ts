import { con, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

export const secretKeyMismatch: CauseRule = {
  cause: 'secret-key-mismatch',
  rules: [
    pro('secret-mismatch.signature', { any: ['fam.signature'], none: ['fam.skew'] }, 2.8, 'AWS found the key id but the signature does not match: the secret access key is wrong ({detail}).'),
    // S3's own SignatureDoesNotMatch text says "Check your key and signing method": where the paste names the signing
    // version (context-hints.ts SIGNING_VERSION: s3v4, SigV2/SigV4, signature_version), the method is the likelier of
    // the two. Every tuning case with both (CTFd/CTFd#1882 in batch 5, willwebberley/NodeDirectUploader#5 in batch 10)
    // was resolved by the signing version or region (region-endpoint's region.signing-version); 1.2 puts that reading
    // just ahead of the secret.
    con('secret-mismatch.signing-method', { all: ['fam.signature', 'hint.signing-version'], none: ['fam.skew'] }, 1.2, 'The signing version is named ({detail}): S3 answers "check your key and signing method", and a request signed with the wrong version or for the wrong region fails the same way as a wrong secret.'),
    con('secret-mismatch.clock', { any: ['fam.skew'] }, 2.0, 'The signature failed because of the time, not the secret.'),
  ],
};
