/**
 * Shell helpers that read ~/.aws profiles themselves and export the keys: awsume (prints every failure
 * as "Awsume error: {exception}"; boto errors inside keep their own words and codes).
 */
import type { CatalogueEntry } from './types';

const AWSUME = (path: string) => ({ repo: 'trek10inc/awsume', path, ref: '2597f003ca19 (4.5.5+)' });

export const PROFILE_HELPERS: CatalogueEntry[] = [
  {
    id: 'awsume.profile-not-found',
    tool: 'awsume',
    wrapper: true,
    message: 'Awsume error: Profile {profile} not found.',
    re: /Awsume error: Profile [^\n]{1,100} not found/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6 },
    source: AWSUME('awsume/awsumepy/lib/exceptions.py'),
  },
  {
    // The profile exists but has neither both keys nor a way to get them (source_profile, credential_source).
    id: 'awsume.invalid-profile',
    tool: 'awsume',
    wrapper: true,
    message: 'Awsume error: Invalid profile [{profile}] Missing keys {keys}, or credential_source, or credential_process',
    re: /Invalid profile \[[^\]\n]{0,100}\] (?:Missing keys|role profiles must contain one of|credential_source and source_profile are mutually exclusive)/,
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.8, 'wrong-profile': 0.8 },
    source: AWSUME('awsume/awsumepy/lib/profile.py'),
  },
  {
    id: 'awsume.no-credentials',
    tool: 'awsume',
    wrapper: true,
    message: 'Awsume error: No credentials',
    re: /Awsume error: No credentials\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5 },
    source: AWSUME('awsume/awsumepy/app.py'),
  },
];
