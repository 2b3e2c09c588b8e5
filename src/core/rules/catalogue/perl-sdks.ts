/**
 * Perl's S3 clients. Amazon::S3::Thin asks the instance metadata service itself when told to
 * (`credential_provider => 'metadata'`): no chain, so its failures are the instance's role not delivered.
 */
import type { CatalogueEntry } from './types';

const S3_THIN = { repo: 'DQNEO/Amazon-S3-Thin', path: 'lib/Amazon/S3/Thin/Credentials.pm', ref: 'f00b3db35bdf (from_metadata, _instance_metadata)' };

export const PERL_SDKS: CatalogueEntry[] = [
  {
    // `croak 'Error retreiving v2 token from metadata provider: ' . $res->decoded_content` (the typo is the source's),
    // and the role and credential look-ups after it. DQNEO/amazon-s3-thin#41 (batch 13): the IMDSv2 token asked for
    // with GET instead of PUT on an instance that requires IMDSv2.
    id: 's3thin.metadata-failed',
    tool: 'amazon-s3-thin',
    message: 'Error retreiving v2 token from metadata provider: {body}',
    re: /Error (?:retreiving v2 token from metadata provider|querying metadata service for (?:roles|credentials)): /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: S3_THIN,
  },
];
