import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, LAMBDA_KEY_WHERE, LAMBDA_KEY_WRITE, LAMBDA_USE_ROLE, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant } from '../shared';

const AVOID = [AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, 'Do not paste the secret into chat to ask if it looks right: compare lengths and the last four characters only.'];
const MEANING =
  'The credential values are damaged: a typo or truncation, spaces or quotes around them, hidden (zero-width) characters from a copy-paste, the key id and secret swapped, or the wrong variable names.';

export const malformedCredentials: CauseKnowledge = {
  id: 'malformed-credentials',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: AUTHN,
    afterDenial: { kind: 'key' },
  },
  probes: ['copied', 'key-prefix'],
  remediation: {
    title: 'Write the values again, cleanly, with a tool rather than by hand',
    variants: [
      variant(
        'linux-macos',
        step('Look for hidden characters, quotes and trailing spaces in the files:', 'grep -nP "[^\\x20-\\x7e]|\\s$" ~/.aws/credentials ~/.aws/config'),
        step('A key id is 20 upper-case characters starting with AKIA/ASIA; the secret is 40 characters. Set them again with the CLI (no quotes):', 'aws configure set aws_access_key_id <key id> --profile <profile>\naws configure set aws_secret_access_key <secret> --profile <profile>'),
      ),
      variant('windows-powershell', step('Check the length of what is set (20 and 40 expected), then set them again:', undefined, '$env:AWS_ACCESS_KEY_ID.Length\n$env:AWS_SECRET_ACCESS_KEY.Length\naws configure set aws_access_key_id <key id> --profile <profile>\naws configure set aws_secret_access_key <secret> --profile <profile>')),
      variant('ci', step('Re-enter the secrets without surrounding quotes or newlines (multi-line secrets often pick up a trailing newline); check the names are exactly `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`.')),
      variant('container-ecs', step('In `--env-file` and compose files, values are taken literally: remove quotes and trailing spaces; check for CRLF line endings (`file <env-file>`).')),
      variant('kubernetes-irsa', step('Secrets created from files keep the trailing newline; create them with `--from-literal` or check with:', 'kubectl get secret <name> -o jsonpath="{.data.AWS_ACCESS_KEY_ID}" | base64 -d | od -c | tail -3')),
      variant('lambda', LAMBDA_KEY_WHERE, step('Values are taken literally: a quote, space or newline copied with the key is part of it. Write them again without any:'), LAMBDA_KEY_WRITE, LAMBDA_USE_ROLE),
      variant('sso', step('SSO avoids hand-copied keys; sign in instead of pasting values:', 'aws sso login --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT, commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.files, LINKS.accessKeys, LINKS.sigv4],
};
