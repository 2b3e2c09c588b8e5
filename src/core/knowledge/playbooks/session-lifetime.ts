/**
 * A job that outlives its role session: it fails at the one-hour mark, the default session length. A fresh session (the
 * cause's own steps) only starts the next hour; the fix is a longer session or one the SDK refreshes (qa37 F16).
 */
import type { Playbook } from '../types';
import { step } from '../shared';

/** STS API Reference, AssumeRole: DurationSeconds defaults to one hour, up to the role's maximum session duration; one hour at most when role chaining. */
const ASSUME_ROLE_DURATION = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html';
/** IAM User Guide: a role's maximum session duration (1 to 12 hours). */
const MAX_SESSION_DURATION = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-settings.html#id_roles_update-session-duration';
/** configure-aws-credentials: `role-duration-seconds`. */
const ACTION_DURATION = 'https://github.com/aws-actions/configure-aws-credentials#session-duration';
/** The SDKs' assume-role provider (a profile's `role_arn` + `source_profile`) refreshes the session before it ends. */
const ASSUME_ROLE_PROVIDER = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-assume-role-credentials.html';

export const SESSION_LIFETIME_PLAYBOOKS: Playbook[] = [
  {
    id: 'session-outlived-by-job',
    title: 'The run outlives its one-hour session: ask for a longer one, or let the SDK refresh it',
    causes: ['temporary-credentials-expired'],
    first: true,
    when: [{ fact: 'sessionOutlived', in: ['hour'] }],
    steps: [
      step('A role session lasts one hour unless a longer one is asked for, so a run that fails at the hour has outlived it. Ask for the length the run needs (up to the role\'s maximum session duration; raise that if needed, at most 12 hours):', 'aws iam get-role --role-name <role> --query Role.MaxSessionDuration\naws iam update-role --role-name <role> --max-session-duration 14400\naws sts assume-role --role-arn <role arn> --role-session-name <name> --duration-seconds 14400'),
      step('A role assumed with another role\'s session (role chaining) is capped at one hour whatever the maximum: assume it from long-term or SSO credentials instead, or refresh it in the run. In GitHub Actions set `role-duration-seconds` on configure-aws-credentials.'),
      step('Better than a longer session: let the SDK assume the role itself (a profile with `role_arn` and `source_profile` or `credential_source`), which refreshes the session before it ends, instead of exporting one session\'s keys at the start of the run.', '[profile job]\nrole_arn = <role arn>\nsource_profile = <profile>\nduration_seconds = 14400'),
    ],
    sources: [ASSUME_ROLE_DURATION, MAX_SESSION_DURATION, ACTION_DURATION, ASSUME_ROLE_PROVIDER],
  },
];
