/**
 * The classes of the real-negatives corpus (test/fixtures/real-negatives/README.md): what a paste near AWS is when it
 * is not an AWS credential, authentication or authorization failure. Each case names one, so the false-positive rate
 * can be read per class.
 */
export const NEGATIVE_CLASSES = [
  'throttling', // Throttling, Rate exceeded, ProvisionedThroughputExceeded, SlowDown
  'validation', // ValidationException, ParamValidationError, InvalidInput
  'not-found', // NoSuchKey, NoSuchBucket, ResourceNotFoundException
  'network', // timeouts, DNS, TLS certificate and proxy errors
  'sdk-version', // unknown service, version mismatches, serialization
  'terraform', // plan/apply errors that are not authentication or authorization
  'cloudformation', // stack rollbacks and stack states
  'lambda-runtime', // import errors, timeouts inside a function
  'non-aws-auth', // GCP, Azure, GitHub, Docker, npm and Kubernetes RBAC authentication/authorization
  'chat', // talk about AWS credentials (rotation, SSO) that reports no failure
] as const;

export type NegativeClass = (typeof NEGATIVE_CLASSES)[number];
