import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant, sourced } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, AVOID_ROTATE_BLIND, 'Do not mix a session token from one session with keys from another: always copy the three values together.'];
const MEANING =
  'An `ASIA…` key is a temporary session key: it only works together with the session token issued with it. The token was not sent, or a token from another session was left behind and paired with these keys.';

export const missingSessionToken: CauseKnowledge = {
  id: 'missing-session-token',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: AUTHN,
    afterDenial: { kind: 'key' },
  },
  probes: ['key-prefix', 'session-token'],
  remediation: {
    title: 'Send all three values from the same session: key id, secret and session token',
    variants: [
      variant(
        'linux-macos',
        step('Set the token next to the key (all three from the same `assume-role` / SSO output):', 'export AWS_ACCESS_KEY_ID=<ASIA key id>\nexport AWS_SECRET_ACCESS_KEY=<secret>\nexport AWS_SESSION_TOKEN=<token>'),
        step('In a profile, add `aws_session_token` next to the two keys:', 'aws configure set aws_session_token <token> --profile <profile>'),
      ),
      variant('windows-powershell', step('Set all three:', undefined, '$env:AWS_ACCESS_KEY_ID = "<ASIA key id>"\n$env:AWS_SECRET_ACCESS_KEY = "<secret>"\n$env:AWS_SESSION_TOKEN = "<token>"')),
      variant('ci', step('Pass the session token secret too (e.g. `aws-session-token` for configure-aws-credentials), or better use OIDC so the action sets all three itself.')),
      variant('container-ecs', step('Pass `AWS_SESSION_TOKEN` with the keys (`-e AWS_SESSION_TOKEN`), or use the task role instead of injected keys.')),
      variant('kubernetes-irsa', step('Do not copy temporary keys into Kubernetes secrets: they expire. Use IRSA so the SDK gets all three values itself.')),
      variant(
        'lambda',
        sourced(LINKS.lambdaEnv, 'The execution role\'s keys in `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` are temporary and only work with `AWS_SESSION_TOKEN`. Code that copies the two keys into a client, a subprocess\'s environment or a config file must copy the token too.'),
        sourced(LINKS.lambdaRole, 'Better, copy nothing: create the client without credentials (the SDK reads all three values of the execution role itself), and pass the three variables together to any subprocess.'),
      ),
      variant('sso', step('Let the CLI/SDK read the SSO profile rather than exporting keys by hand; if a tool needs env vars, export all three:', 'eval "$(aws configure export-credentials --profile <profile> --format env)"', 'aws configure export-credentials --profile <profile> --format powershell | Invoke-Expression')),
    ],
  },
  verification: { text: VERIFY_TEXT, commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.tempCreds, LINKS.envVars, LINKS.commonErrors],
};
