/**
 * fog (fog-core, fog-aws) and its HTTP client excon: the Ruby S3 stack under CarrierWave, Paperclip and
 * many Rails apps before aws-sdk-s3. fog checks its arguments itself; excon raises on an unexpected status.
 */
import type { CatalogueEntry } from './types';

export const RUBY_FOG: CatalogueEntry[] = [
  {
    // The provider was built without its keys (an unset ENV var in the initializer, usually).
    id: 'fog.missing-keys',
    tool: 'fog',
    wrapper: true,
    message: 'ArgumentError: Missing required arguments: aws_access_key_id, aws_secret_access_key',
    re: /Missing required arguments: [^\n]{0,100}aws_(?:access_key_id|secret_access_key)/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4, 'env-var-override': 0.6, 'malformed-credentials': 0.5 },
    source: { repo: 'fog/fog-core', path: 'lib/fog/core/service.rb', ref: '8e004ae2226d (validate_arguments)' },
  },
  {
    // Expects middleware: S3 answered 403 where 200 was expected (the body, when any, follows as excon.error.response).
    id: 'excon.forbidden',
    tool: 'fog',
    wrapper: true,
    message: 'Excon::Error::Forbidden: Expected(200) <=> Actual(403 Forbidden)',
    re: /Expected\([^)\n]{1,60}\) <=> Actual\(403 Forbidden\)/,
    context: /amazonaws|fog|\bs3\b|aws/i,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.0, 'secret-key-mismatch': 0.6, 'wrong-profile': 0.4 },
    source: { repo: 'excon/excon', path: 'lib/excon/middlewares/expects.rb', ref: '5c019f3e009e' },
  },
];
