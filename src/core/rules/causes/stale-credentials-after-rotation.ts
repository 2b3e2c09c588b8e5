import { AUTHN, con, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

export const staleCredentialsAfterRotation: CauseRule = {
  cause: 'stale-credentials-after-rotation',
  rules: [
    pro('stale-credentials.long-term', { all: ['key.kind.long-term', 'fam.unknown-key'] }, 0.3, 'Long-term keys (AKIA) are the ones that get rotated ({detail}).'),
    pro('stale-credentials.rotation-hint', { all: ['hint.rotation', AUTHN] }, 1.9, 'The failure is described as starting after a key rotation.'),
    pro('stale-credentials.rotation-signature', { all: ['hint.rotation', 'fam.signature'] }, 0.9, 'After a rotation, a signature mismatch means only one half (id or secret) was updated.'),
    pro('stale-credentials.worked-before', { all: ['hint.worked-before', 'fam.unknown-key'] }, 0.3, 'It worked before and nothing in the code changed.'),
    pro('stale-credentials.not-listed', { all: ['iam.used-key-not-listed', 'fam.unknown-key'] }, 0.8, 'The key in use is not among the user\'s current keys ({detail}).'),
    con('stale-credentials.special-char', { all: ['hint.mangled', 'hint.rotation'] }, 1.2, 'The key was regenerated to get rid of a character in the secret: the value was mangled, not stale.'),
    con('stale-credentials.temporary', { all: ['key.kind.temporary'] }, 0.8, 'The key is temporary (ASIA); temporary keys are refreshed, not rotated.'),
    con('stale-credentials.mock', { any: ['key.kind.mock', 'endpoint.localstack', 'key.localstack-dummy', 'localstack.real-endpoint'] }, 1.0, 'The credentials are LocalStack/mock values.'),
    con('stale-credentials.authorized', { all: ['fam.authz'], none: [AUTHN] }, 1.5, 'The caller was authenticated; this is a permission problem.'),
  ],
};
