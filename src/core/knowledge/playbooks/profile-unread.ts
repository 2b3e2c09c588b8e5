/**
 * The AWS CLI works with the profile and the tool does not (QA36 F23): the profile is good, the tool cannot read it. Its
 * own credential code or an SDK older than the profile's kind (SSO, sso-session, `aws login`, credential_process) finds
 * nothing there, so signing in again, the SSO cause's own step, changes nothing. The way out is keys the tool does read,
 * handed over by the CLI, or a tool on an SDK that reads the profile.
 */
import type { Playbook } from '../types';
import { step } from '../shared';

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
];
