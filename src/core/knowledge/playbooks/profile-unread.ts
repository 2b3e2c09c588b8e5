/**
 * The AWS CLI works with the profile and the tool does not (QA36 F23): the profile is good, the tool cannot read it. Its
 * own credential code or an SDK older than the profile's kind (SSO, sso-session, `aws login`, credential_process) finds
 * nothing there, so signing in again, the SSO cause's own step, changes nothing. The way out is keys the tool does read,
 * handed over by the CLI, or a tool on an SDK that reads the profile.
 */
import type { Playbook } from '../types';
import { LINKS, step } from '../shared';

const EXPORT_CREDENTIALS = 'https://awscli.amazonaws.com/v2/documentation/api/latest/reference/configure/export-credentials.html';
const SSO_SUPPORT = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-sso-credentials.html';
const PROCESS_CREDENTIALS = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html';

export const PROFILE_UNREAD_PLAYBOOKS: Playbook[] = [
  {
    id: 'profile-unread-by-tool',
    title: 'The CLI reads the profile, the tool does not: hand the tool the credentials, or upgrade what it is built on',
    causes: ['no-credentials-found', 'wrong-profile', 'temporary-credentials-expired', 'role-credentials-unavailable'],
    replaces: true,
    meaning: 'The profile works where the AWS CLI reads it, so the sign-in is fine; the tool (its own credential code, or an SDK older than SSO, `aws login` or credential_process profiles) finds nothing in it. Signing in again changes nothing.',
    when: [{ fact: 'profileReadBy', in: ['cli-only'] }],
    steps: [
      step('Let the CLI resolve the profile and hand the tool plain temporary keys (the three variables, valid until the session ends; run it again after that):', 'eval "$(aws configure export-credentials --profile <profile> --format env)"\n<the tool> …', 'aws configure export-credentials --profile <profile> --format powershell | Invoke-Expression'),
      step('For a tool that reads only a profile, give it one whose `credential_process` runs the same command: every SDK with process credentials reads it and it refreshes itself:', '[profile <profile>-export]\ncredential_process = aws configure export-credentials --profile <profile> --format process'),
      step('Better: upgrade the tool (or the AWS SDK it is built on) to a version that reads this kind of profile; the SDKs list the version that brought SSO and process credentials.'),
    ],
    sources: [EXPORT_CREDENTIALS, SSO_SUPPORT, PROCESS_CREDENTIALS],
  },
  {
    // R37-3's other half: the profile works where it is named (`aws … --profile prod works`) and the failing run does not
    // name it, so it reads the default profile or keys left in the environment, whose session expired or is missing. The
    // expired session's own step (sign in again) changes nothing for the named profile: give the failing run that profile.
    id: 'profile-not-named',
    title: 'The profile works where it is named: give the failing run that profile',
    causes: ['temporary-credentials-expired', 'wrong-profile', 'no-credentials-found'],
    replaces: true,
    meaning: 'The profile works where it is named (`--profile`), so its sign-in is fine; the run that fails does not name it and reads another source, the default profile or keys left in the environment, whose session has expired or holds nothing. Signing in to the named profile again changes nothing for that run.',
    when: [{ fact: 'profileReadBy', in: ['named-only'] }],
    fills: { '<profile>': 'profile' },
    steps: [
      step('Name the profile for the failing run with the variable every SDK reads, and clear keys left in the environment (they win over any profile):', 'env | grep ^AWS_\nunset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN\nexport AWS_PROFILE=<profile>\n<the failing command> …', 'Get-ChildItem Env:AWS_*\nRemove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_SESSION_TOKEN -ErrorAction SilentlyContinue\n$env:AWS_PROFILE = "<profile>"'),
      step('Or use the tool\'s own profile setting: `--profile <profile>` for the CLI, `profile = "<profile>"` in a Terraform provider or backend, `boto3.Session(profile_name="<profile>")`, `fromIni({ profile: "<profile>" })` in the JS SDK.'),
      step('A tool that reads no profile at all: let the CLI hand it the profile\'s temporary keys (valid until the session ends):', 'eval "$(aws configure export-credentials --profile <profile> --format env)"', 'aws configure export-credentials --profile <profile> --format powershell | Invoke-Expression'),
    ],
    sources: [LINKS.envVars, LINKS.sdkChain, EXPORT_CREDENTIALS],
  },
];
