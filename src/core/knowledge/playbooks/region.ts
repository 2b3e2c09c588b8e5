/**
 * Region problems that are not the account's: the SDK was given no region at all. Opt-in regions and STS token
 * versions (the region-endpoint cause's own steps) are account-wide settings that do not help here.
 */
import type { Playbook } from '../types';
import { step } from '../shared';

/** AWS SDKs and Tools Reference Guide: the region setting, its environment variable and profile key. */
const REGION_SETTING = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-region.html';

export const REGION_PLAYBOOKS: Playbook[] = [
  {
    id: 'region-unset',
    title: 'No region is set: give the client one',
    causes: ['region-endpoint'],
    first: true,
    when: [{ fact: 'regionUnset' }],
    steps: [
      step('The SDK or tool had no region, so it could not pick an endpoint. See what the failing runtime resolves (an empty `region` line means none):', 'aws configure list\necho "$AWS_REGION $AWS_DEFAULT_REGION"', 'aws configure list\n$env:AWS_REGION; $env:AWS_DEFAULT_REGION'),
      step('Set it where the tool reads it: the `region` option of the client or the tool\'s own config (a plugin\'s `config.region`, a provider block), or for every SDK in that environment `AWS_REGION`, or `region` in the profile:', 'export AWS_REGION=<region>\naws configure set region <region> --profile <profile>', '$env:AWS_REGION = "<region>"\naws configure set region <region> --profile <profile>'),
      step('Use the region the resource lives in (a bucket\'s region: `aws s3api get-bucket-location --bucket <bucket>`). The opt-in region and STS token steps below are for other region problems: skip them unless a set region still fails.'),
    ],
    sources: [REGION_SETTING],
  },
];
