/**
 * A temporary key in a tool that cannot send its session token (a form or example with a key id and a secret only):
 * setting AWS_SESSION_TOKEN, the cause's own steps, does not reach it. The way out is credentials that need no token
 * in that tool, or a credential source the tool reads itself.
 */
import type { Playbook } from '../types';
import { step } from '../shared';

const ACCESS_KEYS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html';
const PROCESS_CREDENTIALS = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html';
const IDENTITY_POOLS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html';

export const SESSION_TOKEN_PLAYBOOKS: Playbook[] = [
  {
    id: 'token-not-accepted',
    title: 'The tool takes no session token: give it credentials that need none',
    causes: ['missing-session-token'],
    first: true,
    when: [{ fact: 'tokenField', in: ['none'] }],
    steps: [
      step('A temporary key (`ASIA…`) never works without its token, so a tool that takes only a key id and a secret needs a long-term key: a dedicated IAM user\'s access key (`AKIA…`) with only the permissions the tool needs, not your own user\'s:', 'aws iam create-user --user-name <tool-user>\naws iam put-user-policy --user-name <tool-user> --policy-name <tool-policy> --policy-document file://policy.json\naws iam create-access-key --user-name <tool-user>'),
      step('If the tool reads the shared AWS config (an AWS SDK underneath), give it a profile instead of keys: a `credential_process` or SSO profile hands the SDK the token and refreshes it (`AWS_PROFILE=<profile>`).'),
      step('For a page in a browser, put no long-term key in it: get temporary credentials from an Amazon Cognito identity pool, whose SDK provider sends the token itself.'),
    ],
    sources: [ACCESS_KEYS, PROCESS_CREDENTIALS, IDENTITY_POOLS],
  },
];
