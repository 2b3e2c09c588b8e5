import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_WIDEN_POLICY, LAMBDA_KEY_WHERE, LAMBDA_KEY_WRITE, LAMBDA_USE_ROLE, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, 'Do not paste the secret anywhere to compare it: compare lengths and the last four characters only.'];
const MEANING =
  'AWS knows the key id, but the signature does not match: the secret access key is not the one issued with this key id (an old secret, a secret from another key, a damaged copy), or something altered the request after it was signed (a proxy).';

export const secretKeyMismatch: CauseKnowledge = {
  id: 'secret-key-mismatch',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: AUTHN,
    afterDenial: { kind: 'key' },
  },
  probes: ['copied', 'rotation', 'works-elsewhere'],
  remediation: {
    title: 'Pair the key id with its own secret',
    variants: [
      variant(
        'linux-macos',
        step('Find where the secret comes from (the TYPE column) and set the matching secret there:', 'aws configure list\naws configure set aws_secret_access_key <secret> --profile <profile>'),
        step('If nobody has the secret any more, create a new key (the secret is shown only once) and deactivate the old one:', 'aws iam create-access-key --user-name <user>'),
      ),
      variant('windows-powershell', step('Set the matching secret:', undefined, 'aws configure list\naws configure set aws_secret_access_key <secret> --profile <profile>')),
      variant('ci', step('Update the secret together with the key id secret; a rotation that updated only one of the two gives exactly this error.')),
      variant('container-ecs', step('Update both values in Secrets Manager / SSM and force a new deployment.')),
      variant('kubernetes-irsa', step('Update both keys of the Kubernetes secret and restart the pods, or switch to IRSA.')),
      variant('lambda', LAMBDA_KEY_WHERE, LAMBDA_KEY_WRITE, LAMBDA_USE_ROLE),
      variant('sso', step('With SSO there is no secret to mistype; sign in again:', 'aws sso login --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT + ' Wait a few seconds after a failed attempt: AWS may cache the failure briefly.', commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.sigv4, LINKS.accessKeys],
};
