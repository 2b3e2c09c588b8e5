/**
 * The credential chain came up empty in a tool while the shared files hold the profile's keys (an `aws configure
 * list` pasted with `shared-credentials-file` / `config-file`): the keys exist, this tool does not find them. The
 * cause's generic first step, `aws configure`, would overwrite a working profile (qa35 N17, conversations batch 18
 * hashicorp/packer#5901: "worked fine on packer 1.1.3, broke after upgrading to 1.2.0", the profile named in the template).
 */
import type { Playbook } from '../types';
import { LINKS, step } from '../shared';

/** AWS SDKs and Tools Reference Guide: the shared config and credentials files, and how a profile is selected. */
const SHARED_FILES = 'https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html';

export const CHAIN_PLAYBOOKS: Playbook[] = [
  {
    id: 'keys-present-not-found',
    title: 'The keys are in the shared files: make this tool find them (do not re-run aws configure)',
    causes: ['no-credentials-found'],
    first: true,
    when: [{ fact: 'credentialSource', in: ['shared-credentials-file', 'config-file'] }],
    steps: [
      step('The pasted `aws configure list` found the keys in the shared files, so they exist: `aws configure` would only overwrite a working profile. Select the profile the way the failing tool reads it - its own profile option, or `AWS_PROFILE` in its environment - and run it as the same user (same HOME), not under `sudo` or a service account:', 'AWS_PROFILE=<profile> <the failing command>\necho "$HOME" "$AWS_SHARED_CREDENTIALS_FILE" "$AWS_CONFIG_FILE"', '$env:AWS_PROFILE = "<profile>"; <the failing command>\n$env:USERPROFILE; $env:AWS_SHARED_CREDENTIALS_FILE'),
      step('If it broke after upgrading the tool (or its plugin), the new version reads credentials differently: check its changelog and issues for the credential chain, pin the version that worked, or upgrade past the fix.'),
    ],
    sources: [SHARED_FILES, LINKS.envVars],
  },
];
