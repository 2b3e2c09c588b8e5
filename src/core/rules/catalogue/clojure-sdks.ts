/**
 * Clojure's AWS clients: Cognitect's aws-api and its babashka port awyeah-api (the same credentials code, "Copyright (c)
 * Cognitect"). Their default chain (environment, system properties, profiles file, ECS container, EC2 instance) logs a
 * line for each provider that found nothing, and the call then fails with an anomaly map, not an exception class.
 */
import type { CatalogueEntry } from './types';

const COGNITECT_CREDENTIALS = { repo: 'cognitect-labs/aws-api', path: 'src/cognitect/aws/credentials.clj', ref: 'aa7dabb6133f (valid-credentials; awyeah-api src/com/grzm/awyeah/credentials.clj @ 156dd801906b the same)' };
const AWYEAH_UTIL = { repo: 'grzm/awyeah-api', path: 'src/com/grzm/awyeah/util.clj', ref: '2d6ab548f6a1 (fetch-async, ported from cognitect aws-api)' };

export const CLOJURE_SDKS: CatalogueEntry[] = [
  {
    // A provider whose keys were blank logs `(str "Unable to fetch credentials from " credential-source ".")`. Only the
    // sources tried before the container and the instance: those two are where the code runs, not what was set up, and
    // "any source" is the whole chain coming up empty (grzm/awyeah-api#12, batch 14: a profile whose credential_process
    // the port does not run, so the environment and system-property lines are all the log shows).
    id: 'cognitect.provider-empty',
    tool: 'cognitect-aws-api',
    message: 'Unable to fetch credentials from {environment variables|system properties|aws profiles file|any source}.',
    re: /Unable to fetch credentials from (?:environment variables|system properties|aws profiles file|any source)\./,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4 },
    source: COGNITECT_CREDENTIALS,
  },
  {
    // The anomaly the call returns when the chain gave nothing: `(format "Unable to fetch %s. See log for more details." item)`.
    id: 'cognitect.no-credentials',
    tool: 'cognitect-aws-api',
    message: 'Unable to fetch credentials. See log for more details.',
    re: /Unable to fetch credentials\. See log for more details\./,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'wrong-profile': 0.6 },
    source: AWYEAH_UTIL,
  },
];
