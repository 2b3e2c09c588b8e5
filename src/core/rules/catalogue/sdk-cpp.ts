/** AWS SDK for C++ (log lines of the instance-metadata credential client) and the CRT signer (aws-c-auth) it shares with mountpoint-s3 and the CRT bindings. */
import type { CatalogueEntry } from './types';

export const CPP: CatalogueEntry[] = [
  {
    id: 'cpp.imds-request-failed',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... EC2MetadataClient [...] Http request to retrieve credentials failed',
    re: /Http request to retrieve credentials failed/,
    family: 'fam.role',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 1.6 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/internal/AWSHttpResourceClient.cpp', ref: '4613df75226a' },
  },
  {
    // The C++ chain returns empty credentials rather than an error: this log line is the only trace of a
    // credential_process that failed (its output, not JSON, follows "Error:").
    id: 'cpp.process-failed',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... ProfileConfigFileAWSCredentialsProvider [...] Failed to load credential from running: {command} 2>&1 Error: {output}',
    re: /Failed to load credential from running: /,
    family: 'fam.process',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.5 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/auth/AWSCredentialsProvider.cpp', ref: '1d5767287945' },
  },
  {
    id: 'crt.signing-no-credentials',
    tool: 'aws-crt',
    message: 'AWS_AUTH_SIGNING_NO_CREDENTIALS, Attempt to sign an http request without credentials',
    re: /AWS_AUTH_SIGNING_NO_CREDENTIALS|Attempt to sign an http request without credentials/,
    family: 'fam.no-creds',
    code: 'AWS_AUTH_SIGNING_NO_CREDENTIALS',
    causes: { 'no-credentials-found': 2.0 },
    source: { repo: 'awslabs/aws-c-auth', path: 'source/auth.c', ref: 'f084a2f82861' },
  },
];
