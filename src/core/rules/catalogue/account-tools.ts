/**
 * Tools that sweep or query a whole account with their own credential settings before the SDK is asked: aws-nuke
 * (its --profile / --access-key-id flags and the environment it reads itself), Steampipe's AWS plugin (keys in a
 * connection's .spc config) and CloudQuery's AWS source plugin (its accounts list). Their words name the setting, not
 * the SDK's chain.
 */
import type { CatalogueEntry } from './types';

const NUKE = { repo: 'ekristen/aws-nuke', path: 'pkg/awsutil/session.go', ref: 'v3.64.3@fd1d702d' };
const CLOUDQUERY = { repo: 'cloudquery/cloudquery', path: 'plugins/source/aws/client/client.go (Configure)', ref: 'ab4483e32a (plugins-source-aws v0.14.2-pre.0)' };
const STEAMPIPE = (path: string) => ({ repo: 'turbot/steampipe-plugin-aws', path, ref: 'v1.31.0+4@5b4b0511' });

export const ACCOUNT_TOOLS: CatalogueEntry[] = [
  {
    // Credentials.Validate/rootSession: neither a profile, nor keys, nor the environment gave it anything to sign with.
    id: 'aws-nuke.no-credentials',
    tool: 'aws-nuke',
    wrapper: true,
    message: 'you have to specify a profile or credentials for at least one region',
    re: /you have to specify a profile or credentials for at least one region/i,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'wrong-profile': 0.6 },
    source: NUKE,
  },
  {
    // Its own environment reader: AWS_ACCESS_KEY_ID/AWS_ACCESS_KEY or AWS_SECRET_ACCESS_KEY/AWS_SECRET_KEY empty.
    id: 'aws-nuke.env-key-unset',
    tool: 'aws-nuke',
    wrapper: true,
    message: 'AWS access key unset | AWS secret key unset',
    re: /\bAWS (?:access|secret) key unset\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.8, 'malformed-credentials': 0.6 },
    source: NUKE,
  },
  {
    // A connection's config sets one of access_key / secret_key and not the other.
    id: 'steampipe.partial-keys',
    tool: 'steampipe',
    wrapper: true,
    message: 'partial credentials found in connection config, missing: secret_key | connectionConfigCredentialsProvider: connection "{name}" has no secret_key in config',
    re: /partial credentials found in connection config, missing: (?:secret|access)_key|connection "[^"\n]{1,100}" has no (?:access|secret)_key in config/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.8, 'no-credentials-found': 0.8 },
    source: STEAMPIPE('aws/service.go'),
  },
  {
    // Configure skips every account whose credentials it could not use (AccessDenied while configuring, an org member
    // role it could not assume, DescribeRegions failing — with no credentials found, the first call fails there) and
    // ends with this when none is left: the credential errors themselves were only logged. cloudquery/cloudquery#2916
    // (b19): the default profile of ~/.aws/credentials never read, so no account had credentials.
    id: 'cloudquery.no-accounts',
    tool: 'cloudquery',
    wrapper: true,
    message: 'no enabled accounts instantiated',
    re: /\bno enabled accounts instantiated\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'authorization-not-authentication': 0.8, 'role-credentials-unavailable': 0.6 },
    source: CLOUDQUERY,
  },
];
