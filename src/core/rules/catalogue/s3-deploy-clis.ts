/**
 * Command-line tools that deploy a site to S3 over the JavaScript SDK v2 and check the credentials themselves before
 * any call, so no SDK error is printed.
 */
import type { CatalogueEntry } from './types';

const SCOTTY = { repo: 'stojanovic/scottyjs', path: 'bin/scotty.js', ref: '41842449ffdb (cmd)' };

export const S3_DEPLOY_CLIS: CatalogueEntry[] = [
  {
    // scotty.js prints this when AWS.config.credentials is unset or has no access key id ("if a non-existent profile is
    // set AWS.config.credentials.accessKeyId will be undefined"), then exits: an empty chain or a profile not found
    // (stojanovic/scottyjs#22, batch 14: keys in the environment and no ~/.aws/credentials, which that version ignored).
    id: 'scotty.no-credentials',
    tool: 'scotty',
    wrapper: true,
    message: 'Set AWS credentials first. Guide is available here: http://docs.aws.amazon.com/cli/latest/userguide/cli-chap-getting-started.html',
    re: /Set AWS credentials first\. Guide is available here/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'wrong-profile': 0.8 },
    source: SCOTTY,
  },
];
