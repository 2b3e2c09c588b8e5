/**
 * ex_aws, the Elixir AWS client (Phoenix apps, Oban jobs): its own credential checks, not an SDK's. It signs with the
 * keys its config resolves (`{:system, "AWS_ACCESS_KEY_ID"}`, `:instance_role`, `{:awscli, profile, ttl}`) and refuses to
 * sign when a key came out nil; when the chain reaches the instance role off EC2 it raises on the metadata call.
 */
import type { CatalogueEntry } from './types';

const EX_AWS = (path: string) => ({ repo: 'ex-aws/ex_aws', path, ref: 'v2.6.1+49@48785c61191' });

export const ELIXIR_SDKS: CatalogueEntry[] = [
  {
    // validate_config/get_key: the key the config named resolved to nothing (the environment variable unset where the
    // release runs, a runtime.exs that never reads it, a misspelt config key).
    id: 'ex-aws.key-missing',
    tool: 'ex-aws',
    message: 'Required key: :{access_key_id|secret_access_key} {is nil|not found} in config!',
    re: /Required key: :(?:access_key_id|secret_access_key) (?:is nil|not found) in config!/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'malformed-credentials': 0.3 },
    source: EX_AWS('lib/ex_aws/auth.ex'),
  },
  {
    // The metadata host could not be reached: ex_aws's own text says why ("most often when trying to access it from your
    // local computer, which happens when environment variables are not set correctly"), so the keys are what is missing.
    id: 'ex-aws.imds-unreachable',
    imds: true,
    tool: 'ex-aws',
    message: 'Instance Meta Error: {error}\n\nYou tried to access the AWS EC2 instance meta, but it could not be reached. | … the AWS EC2 Instance Metadata token API, but it could not be reached.',
    re: /You tried to access the AWS EC2 [Ii]nstance [Mm]eta(?:data token API)?, but it could not be reached/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4, 'role-credentials-unavailable': 0.8 },
    source: EX_AWS('lib/ex_aws/instance_meta.ex'),
  },
  {
    // The metadata service answered with an error status: on the instance, but no role to hand out (or IMDSv2 required).
    id: 'ex-aws.imds-status',
    tool: 'ex-aws',
    message: 'Instance Meta Error: HTTP response status code {status}\n\nPlease check AWS EC2 IAM role.',
    re: /Instance Meta Error: HTTP response status code \d{3}/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: EX_AWS('lib/ex_aws/instance_meta.ex'),
  },
];
