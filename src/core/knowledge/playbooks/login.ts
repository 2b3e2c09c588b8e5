/**
 * AWS CLI v2's `aws login` (QA36 F4): a console sign-in that writes `login_session` into the profile and keeps a token
 * cache the CLI refreshes. It is not IAM Identity Center, so `aws sso login` (the SSO steps) does nothing for it. Its
 * session lapses (the CLI then says "reauthenticate using 'aws login'"); an SDK or tool older than `aws login` does not
 * read `login_session` and finds no credentials in the profile.
 */
import type { Playbook } from '../types';
import { sourced, step } from '../shared';

/** The command and the profile key it writes, at the commit the catalogue cites (rules/catalogue/sdk-cli-python.ts, v2@73fb33bb1). */
const LOGIN_PY = 'https://github.com/aws/aws-cli/blob/73fb33bb1/awscli/customizations/login/login.py';
const EXPORT_CREDENTIALS = 'https://awscli.amazonaws.com/v2/documentation/api/latest/reference/configure/export-credentials.html';

export const LOGIN_PLAYBOOKS: Playbook[] = [
  {
    id: 'aws-login-session',
    title: 'Sign in again with `aws login`, or hand keys to a tool that cannot read its session',
    causes: ['temporary-credentials-expired', 'no-credentials-found'],
    replaces: true,
    meaning: 'The profile signs in with `aws login` (AWS CLI v2\'s console sign-in, the `login_session` key): its session has lapsed, or the tool runs on an SDK that does not read `login_session` and finds nothing in the profile. `aws sso login` is for IAM Identity Center, not this.',
    when: [],
    whenAny: [{ fact: 'signIn', in: ['login'] }, { fact: 'credentialSource', in: ['login'] }],
    steps: [
      // A playbook that replaces the cause's steps shows its steps, not its `sources`: the step carries the citation.
      sourced(LOGIN_PY, 'Sign in again with the same profile (the browser opens; the CLI refreshes the session from then on):', 'aws login --profile <profile>\naws sts get-caller-identity --profile <profile>'),
      step('A tool or SDK that does not know `login_session` (older than `aws login`): let the CLI hand it temporary keys, and run it again when they end; or upgrade the SDK it is built on:', 'eval "$(aws configure export-credentials --profile <profile> --format env)"', 'aws configure export-credentials --profile <profile> --format powershell | Invoke-Expression'),
    ],
    sources: [LOGIN_PY, EXPORT_CREDENTIALS],
  },
];
