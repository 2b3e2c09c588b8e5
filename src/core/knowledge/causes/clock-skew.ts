import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant, sourced } from '../shared';

const AVOID = [AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, 'Do not change the time zone: signatures use UTC, the clock itself must be right.'];
const MEANING =
  'Every request is signed with the local time. AWS rejects signatures more than 5 to 15 minutes away from its own clock, so a machine whose clock drifted (sleeping laptops, WSL, dual boot, VMs) fails with "Signature expired" or RequestTimeTooSkewed.';

export const clockSkew: CauseKnowledge = {
  id: 'clock-skew',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: AUTHN,
    afterDenial: { kind: 'key' },
  },
  probes: ['clock', 'works-elsewhere'],
  remediation: {
    title: 'Sync the clock of the failing machine',
    variants: [
      variant(
        'linux-macos',
        step('Linux: check and turn on NTP sync:', 'timedatectl status\nsudo timedatectl set-ntp true\nsudo systemctl restart systemd-timesyncd'),
        step('WSL: its clock stops while Windows sleeps. Resync it from the hardware clock (or run `wsl --shutdown` in Windows and reopen the shell):', 'sudo hwclock -s\ndate -u'),
        step('macOS:', 'sudo sntp -sS time.apple.com'),
      ),
      // Get-Date -AsUTC exists only in PowerShell 7; ToUniversalTime() works in Windows PowerShell 5.1 too.
      variant('windows-powershell', step('Resync Windows time (as administrator):', undefined, 'w32tm /resync /force\n(Get-Date).ToUniversalTime()')),
      variant('ci', step('Self-hosted runners: enable NTP on the host; hosted runners rarely drift, so check whether the job signs a request and sends it much later (long presigned uploads).')),
      variant('container-ecs', step('Containers use the host clock: fix time sync on the host (Amazon Time Sync Service, 169.254.169.123).')),
      variant('kubernetes-irsa', step('Fix time sync on the node; skew also breaks `aws eks get-token` silently (kubectl shows Unauthorized).', 'kubectl debug node/<node> -it --image=busybox -- date -u')),
      variant(
        'lambda',
        sourced(LINKS.lambdaEnv, 'A Lambda function\'s clock is kept right by AWS (the execution environment synchronises it with NTP): there is no clock to fix in the function. A skew error there comes from a signature made elsewhere (a presigned URL or signed request created on a machine with a wrong clock) or a signed request reused long after it was signed: fix the clock where it was signed, or sign inside the function.'),
      ),
      variant('sso', step('Fix the clock first (above), then sign in again: a session started while the clock was wrong may already look expired.', 'aws sso login --profile <profile>', 'aws sso login --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT + ' Compare `date -u` with https://time.is/UTC first.', commands: [{ shell: 'bash', code: 'date -u' }, { shell: 'powershell', code: '(Get-Date).ToUniversalTime()' }, ...VERIFY_COMMANDS] },
  avoid: AVOID,
  links: [LINKS.sigv4, LINKS.clock],
};
