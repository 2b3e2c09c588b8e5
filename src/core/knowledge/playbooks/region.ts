/**
 * Region problems that are not the account's: the client was given no region, or signs for another region than the
 * resource's. Opt-in regions and STS token versions (the region-endpoint cause's own steps) are account-wide
 * settings that do not help here, so this playbook replaces them (qa36 F3).
 */
import type { Playbook } from '../types';
import { step } from '../shared';

/** AWS SDKs and Tools Reference Guide: the region setting, its environment variable and profile key. */
const REGION_SETTING = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-region.html';
/** Amazon S3 API Reference, error responses: AuthorizationHeaderMalformed names the region the bucket expects. */
const S3_ERRORS = 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html';

export const REGION_PLAYBOOKS: Playbook[] = [
  {
    id: 'region-to-set',
    title: 'The client has no region, or not the resource\'s: give it the right one',
    causes: ['region-endpoint'],
    first: true,
    replaces: true,
    fills: { '<region>': 'regionExpected' },
    when: [{ fact: 'regionToSet' }],
    steps: [
      step('The SDK or tool had no region, or signed for another region than the resource\'s, so the request went to the wrong endpoint. See what the failing runtime resolves (an empty `region` line means none):', 'aws configure list\necho "$AWS_REGION $AWS_DEFAULT_REGION"', 'aws configure list\n$env:AWS_REGION; $env:AWS_DEFAULT_REGION'),
      step('Use the region the resource lives in: S3 names the bucket\'s after `expecting` in "the region \'…\' is wrong; expecting \'…\'", or ask for it:', 'aws s3api get-bucket-location --bucket <bucket>'),
      step('Set it where the tool reads it: the `region` option of the client or the tool\'s own config (a plugin\'s `config.region`, a provider block, the env file a wrapper such as envdir loads), or for every SDK in that environment `AWS_REGION`, or `region` in the profile. (Opt-in regions and STS token versions are other region problems: look at them only if the right region still fails.)', 'export AWS_REGION=<region>\naws configure set region <region> --profile <profile>', '$env:AWS_REGION = "<region>"\naws configure set region <region> --profile <profile>'),
    ],
    sources: [REGION_SETTING, S3_ERRORS],
  },
];
