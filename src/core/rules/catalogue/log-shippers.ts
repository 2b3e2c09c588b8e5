/**
 * Log shippers with AWS outputs: Fluent Bit (its own C credential chain: env, profile, web identity,
 * IMDS, ECS/EKS HTTP endpoint, STS) and Logstash's S3 output (Ruby SDK v1 on JRuby, then v3).
 */
import type { CatalogueEntry } from './types';

/** Fluent Bit prefixes every credential log line with "[aws_credentials]" (flb_aws_credentials_log.h). */
const FLB = (file: string) => ({ repo: 'fluent/fluent-bit', path: `src/aws/${file}`, ref: 'd55459d492c5 (v5.1.1+)' });
/** Vector logs a sink's failed start-up check as `Healthcheck failed. error=<the sink's error>` (src/topology/builder.rs). */
const VECTOR = (path: string) => ({ repo: 'vectordotdev/vector', path, ref: 'c3445d42d2 (2026-08)' });
const LOGSTASH_S3 = { repo: 'logstash-plugins/logstash-output-s3', path: 'lib/logstash/outputs/s3.rb', ref: 'bc8811dd9959' };

export const LOG_SHIPPERS: CatalogueEntry[] = [
  {
    // The profile provider is one link of the standard chain; when it is the last error printed, no link
    // (env, profile, IRSA, IMDS, ECS) gave credentials. On EKS and ECS that is usually the pod's role.
    id: 'fluent-bit.profile-failed',
    tool: 'fluent-bit',
    wrapper: true,
    message: '[aws_credentials] Failed to retrieve credentials for AWS Profile {profile}',
    re: /Failed to retrieve credentials for AWS Profile\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.3, 'role-credentials-unavailable': 1.1, 'wrong-profile': 0.5 },
    source: FLB('flb_aws_credentials_profile.c'),
  },
  {
    id: 'fluent-bit.profile-not-in-file',
    tool: 'fluent-bit',
    wrapper: true,
    message: "[aws_credentials] Could not parse shared credentials file: valid profile with name '{profile}' not found",
    re: /Could not parse shared credentials file: valid profile with name/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6 },
    source: FLB('flb_aws_credentials_profile.c'),
  },
  {
    id: 'fluent-bit.keys-not-parsed',
    tool: 'fluent-bit',
    wrapper: true,
    message: '[aws_credentials] aws_access_key_id and aws_secret_access_key keys not parsed in shared credentials file for profile {profile}.',
    re: /keys not parsed in shared credentials file for profile/,
    // "reported", not "no-creds": the file is there, its lines are not usable.
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.8, 'wrong-profile': 0.8 },
    source: FLB('flb_aws_credentials_profile.c'),
  },
  {
    // IRSA: the projected token file the pod was promised is not there or not readable ("identify" sic).
    id: 'fluent-bit.web-identity-token',
    tool: 'fluent-bit',
    wrapper: true,
    message: '[aws_credentials] Could not read web identify token file',
    re: /Could not read web identi(?:f)?y token file/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: FLB('flb_aws_credentials_sts.c'),
  },
  {
    id: 'fluent-bit.sts-failed',
    tool: 'fluent-bit',
    wrapper: true,
    message: '[aws_credentials] STS API responded with {error} | [aws_credentials] STS assume role request failed',
    re: /\[aws_credentials\] (?:STS assume role request failed|STS API responded with)/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5, 'authorization-not-authentication': 0.6 },
    source: FLB('flb_aws_credentials_sts.c'),
  },
  {
    // Containers on EC2 behind IMDSv2 with the default hop limit of 1 cannot reach the instance role.
    id: 'fluent-bit.imds-hop-limit',
    tool: 'fluent-bit',
    wrapper: true,
    message: '[imds] failed to retrieve IMDSv2 token and IMDSv1 unavailable. This is likely due to instance-metadata-options --http-put-response-hop-limit being set to 1 and --http-tokens set to required.',
    re: /failed to retrieve IMDSv2 token and IMDSv1 unavailable/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: FLB('flb_aws_imds.c'),
  },
  {
    // EKS Pod Identity / ECS: the container credentials endpoint's token file cannot be read.
    id: 'fluent-bit.http-provider',
    tool: 'fluent-bit',
    wrapper: true,
    message: '[aws credentials] failed to read authorization token from {path} | [aws_credentials] HTTP Provider: connection initialization error',
    re: /\[aws credentials\] failed to read authorization token from|\[aws_credentials\] HTTP Provider: (?:connection initialization|client creation) error/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: FLB('flb_aws_credentials_http.c'),
  },
  {
    // The output's start-up check uploads a test object; any SDK error (denied, unknown key) fails it.
    id: 'logstash.root-bucket-write',
    tool: 'logstash',
    wrapper: true,
    message: 'Logstash must have the privileges to write to root bucket `{bucket}`, check you[r] credentials or your permissions.',
    re: /Logstash must have the privileges to write to root bucket|Error validating bucket write permissions!/,
    family: 'fam.reported',
    causes: { 'authorization-not-authentication': 1.2, 'no-credentials-found': 0.5, 'secret-key-mismatch': 0.4 },
    source: LOGSTASH_S3,
  },
  {
    // Ruby SDK v1 (the S3 output before 4.x) builds its service error classes at run time, so JRuby prints
    // them without a name: "#<Class:0x3b964f>: Access Denied", raised from Client#return_or_raise.
    id: 'logstash.sdk-v1-access-denied',
    tool: 'logstash',
    wrapper: true,
    message: '#<Class:0x{id}>: Access Denied',
    re: /#<Class:0x[0-9a-f]{4,16}>: Access Denied/,
    context: /aws-sdk-v1|lib\/aws\/core\/client\.rb|logstash/i,
    family: 'fam.authz',
    code: 'AccessDenied',
    causes: { 'authorization-not-authentication': 1.3, 'wrong-profile': 0.4 },
    source: { repo: 'aws/aws-sdk-ruby', path: 'lib/aws/core/client.rb', ref: '2eda8d30f668 (v1: return_or_raise; lib/aws/core/lazy_error_classes.rb)' },
  },
  {
    // The aws_s3 sink's healthcheck is a HeadBucket; any 403 (an unknown key, a wrong secret, no s3:ListBucket on the
    // bucket) is reported as "Invalid credentials", a 404 as "Unknown bucket". No credentials at all fail before the
    // request with the SDK's own error, so a 403 means keys were sent and refused.
    id: 'vector.s3-healthcheck-forbidden',
    tool: 'vector',
    wrapper: true,
    message: 'Healthcheck failed. error=Invalid credentials component_kind="sink" component_type="aws_s3"',
    re: /Healthcheck failed\.?[^\n]{0,40}\berror"?[=:]\s{0,2}"?Invalid credentials\b/,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.4, 'secret-key-mismatch': 0.6, 'key-deleted-or-inactive': 0.5 },
    source: VECTOR('src/sinks/s3_common/config.rs'),
  },
  {
    // No `region` in the component and none from the SDK's chain (AWS_REGION, the profile, IMDS).
    id: 'vector.no-region',
    tool: 'vector',
    wrapper: true,
    message: 'Could not determine region from Vector configuration or default providers',
    re: /Could not determine region from Vector configuration or default providers/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.8 },
    source: VECTOR('src/aws/mod.rs'),
  },
];
