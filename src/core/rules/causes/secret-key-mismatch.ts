import { con, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

export const secretKeyMismatch: CauseRule = {
  cause: 'secret-key-mismatch',
  rules: [
    pro('secret-mismatch.signature', { any: ['fam.signature'], none: ['fam.skew'] }, 2.8, 'AWS found the key id but the signature does not match: the secret access key is wrong ({detail}).'),
    con('secret-mismatch.clock', { any: ['fam.skew'] }, 2.0, 'The signature failed because of the time, not the secret.'),
  ],
};
