/**
 * The credentials work in the person's shell and not in a process their shell does not start: cron, `sudo`, a systemd
 * unit, a Windows service, a daemon (statements.ts other-user-or-cron, fact `process: other-user`). That process has
 * its own user, HOME and environment, so the cause's generic first step (`aws configure` in your own shell) changes
 * nothing where it fails: the credentials have to be given to that process (aws/aws-sdk-net#287: EC2Config's user data
 * ran as LocalSystem with no profile folder; k3s-io/k3s#11814: a systemd unit without HOME; cachix/install-nix-action#229:
 * the Nix daemon does not see the job's variables; hashicorp/packer#2861: `sudo -i` drops the exported keys).
 */
import type { Playbook } from '../types';
import { LINKS, step } from '../shared';

/** AWS SDKs and Tools Reference Guide: the shared files live under the HOME (Windows: %USERPROFILE%) of the user running the SDK. */
const FILE_LOCATION = 'https://docs.aws.amazon.com/sdkref/latest/guide/file-location.html';
/** systemd.exec(5): a system unit starts with a clean environment (HOME only with User=); Environment=, EnvironmentFile=. */
const SYSTEMD_EXEC = 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html';
/** crontab(5): HOME and LOGNAME come from the crontab owner's passwd entry; HOME can be set in the crontab. */
const CRONTAB = 'https://man7.org/linux/man-pages/man5/crontab.5.html';
/** sudoers(5) env_reset: sudo runs the command with a minimal environment unless told to keep variables. */
const SUDOERS = 'https://www.sudo.ws/docs/man/sudoers.man/';

export const OTHER_PROCESS_PLAYBOOKS: Playbook[] = [
  {
    id: 'other-process-credentials',
    title: 'It works in your shell, not in the process that fails: give that process (its user, HOME, environment) the credentials',
    causes: ['no-credentials-found', 'wrong-profile'],
    first: true,
    when: [{ fact: 'process', in: ['other-user'] }],
    steps: [
      step('The SDKs read `~/.aws/credentials` and `~/.aws/config` under the HOME of the user running them (Windows: `%USERPROFILE%`), and the variables of their own environment: cron, `sudo`, a systemd unit, a Windows service or a daemon has another user, HOME and environment than your shell. See what the failing process has, from inside it:', 'sudo -u <service-user> -H env | grep -E "^(HOME|AWS_)"\nsudo systemctl show <unit> -p Environment -p User\nsudo -u <service-user> -H aws sts get-caller-identity', 'Get-CimInstance Win32_Service -Filter "Name=\'<service>\'" | Select-Object StartName\n[Environment]::GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", "Machine")'),
      step('Give that process the credentials where it reads them. A systemd unit: `Environment=AWS_PROFILE=<profile>` and `Environment=HOME=/home/<user>` (or `User=<user>`, which sets HOME), or `EnvironmentFile=` with the variables. cron: set `HOME=` and `AWS_PROFILE=` at the top of the crontab (cron reads no shell profile). sudo: `sudo -E` or `sudo --preserve-env=AWS_PROFILE,AWS_ACCESS_KEY_ID,AWS_SECRET_ACCESS_KEY,AWS_SESSION_TOKEN`, or configure the profile for root. A Windows service (LocalSystem has no profile of yours): run it as a user that has the profile, or set `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE` as machine variables. A daemon (the Nix or Docker daemon): its own service unit\'s environment, not your shell\'s.', '# systemd: sudo systemctl edit <unit>\n[Service]\nEnvironment=HOME=/home/<user>\nEnvironment=AWS_PROFILE=<profile>\n# then: sudo systemctl restart <unit>\n\n# crontab -e\nHOME=/home/<user>\nAWS_PROFILE=<profile>'),
      step('On EC2, prefer the instance profile: the SDKs take its credentials from the instance metadata service whatever the process\'s user, HOME or environment, and no keys sit in files.'),
    ],
    sources: [FILE_LOCATION, SYSTEMD_EXEC, CRONTAB, SUDOERS, LINKS.envVars, LINKS.ec2Role],
  },
];
