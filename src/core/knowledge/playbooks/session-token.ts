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

/** AWX's move from AWS_SECURITY_TOKEN (boto 2's name) to AWS_SESSION_TOKEN. */
const LEGACY_NAME = 'https://github.com/ansible/awx/issues/13297';
/** The AWS CLI's (and SDKs') environment variables: AWS_SESSION_TOKEN. */
const ENV_VARS = 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html';
/** Ansible's inventory plugin that replaced the ec2.py script. */
const AWS_EC2_INVENTORY = 'https://docs.ansible.com/ansible/latest/collections/amazon/aws/aws_ec2_inventory.html';
/** The shared credentials file: `aws_session_token` beside the two keys of a profile. */
const CREDENTIALS_FILE = 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html';

export const SESSION_TOKEN_PLAYBOOKS: Playbook[] = [
  {
    // qa37 F6: a long-term key (AKIA) with a token left from an earlier assumed role or SSO export in the same shell. The
    // SDK signs with the pair and the stale token, and STS rejects the mix. The cause's own steps (export an ASIA key and
    // its token) are the opposite of the fix: the token has to go.
    id: 'token-beside-long-term-key',
    title: 'Remove the session token left next to the long-term key',
    causes: ['missing-session-token'],
    replaces: true,
    meaning: 'The key is a long-term key (`AKIA…`), which takes no session token, yet a session token is set next to it: a token left from an earlier session (an assumed role, an SSO export) is sent with this key, and AWS rejects the mix.',
    when: [{ fact: 'keyKind', in: ['long-term'] }, { fact: 'sessionTokenPresent', in: ['true'] }],
    steps: [
      step('Unset the leftover token (and its old name) in the shell or job that fails, then run the call again:', 'unset AWS_SESSION_TOKEN AWS_SECURITY_TOKEN', 'Remove-Item Env:AWS_SESSION_TOKEN, Env:AWS_SECURITY_TOKEN -ErrorAction SilentlyContinue'),
      step('If the profile holds an `aws_session_token` line next to the `AKIA…` key (in `~/.aws/credentials`), delete that line; keep the key id and the secret.'),
      step('Find what sets the token again (a shell profile, an `.env` file, a CI variable, a script that exported an assumed role) and stop it from setting it next to these keys.'),
    ],
    sources: [ENV_VARS, CREDENTIALS_FILE],
  },
  {
    // qa36 F20 (batch-21 tuning thread ansible/ansible#36742): the person exports all three, the tool still sends the
    // key alone. The cause's own steps (export AWS_SESSION_TOKEN) are what they already did, so this replaces them.
    id: 'token-under-another-name',
    title: 'The token is set, but the tool does not read it there: give it the name or place it reads',
    causes: ['missing-session-token'],
    replaces: true,
    when: [{ fact: 'tokenField', in: ['set'] }],
    steps: [
      step('The session token is exported, yet the key reaches AWS without it, so this tool reads the token under another name or from another place. Tools built on boto 2 (Ansible\'s old `ec2.py` inventory script among them) read `AWS_SECURITY_TOKEN`: set it to the same value in the shell that runs the tool:', 'export AWS_SECURITY_TOKEN="$AWS_SESSION_TOKEN"', '$env:AWS_SECURITY_TOKEN = $env:AWS_SESSION_TOKEN'),
      step('Check that the tool is not handed the keys another way that has no token (its own config or inventory file, a key and secret option, a credentials file it reads first): those win over the environment, and the token set in the shell is never read.'),
      step('Better: move to a version built on a current SDK, which reads `AWS_SESSION_TOKEN` (for Ansible, the `amazon.aws.aws_ec2` inventory plugin instead of `ec2.py`).'),
    ],
    sources: [LEGACY_NAME, ENV_VARS, AWS_EC2_INVENTORY],
  },
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
