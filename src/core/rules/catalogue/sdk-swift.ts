/**
 * Swift: Soto (formerly AWSSDKSwift), the community SDK server-side Swift (Vapor) uses. Its credential chain ends in
 * its own error when no provider gave credentials. (aws-sdk-swift resolves credentials through the CRT: aws-c-auth's
 * strings are in sdk-cpp.ts.)
 */
import type { CatalogueEntry } from './types';

/** The phrase is short: only next to Swift's or Soto's own words. */
const SWIFT_CONTEXT = /\bsoto\b|\bswift\b|vapor|AWSSDKSwift|Error raised at top level|CredentialProviderError/i;

export const SWIFT: CatalogueEntry[] = [
  {
    id: 'soto.no-provider',
    tool: 'soto',
    message: 'No credential provider found',
    re: /\bNo credential provider found\b/,
    context: SWIFT_CONTEXT,
    family: 'fam.no-creds',
    code: 'CredentialProviderError',
    causes: { 'no-credentials-found': 2.0, 'role-credentials-unavailable': 0.5 },
    source: { repo: 'soto-project/soto-core', path: 'Sources/AWSSDKSwiftCore/Credential/CredentialProviderError.swift', ref: 'c27d5c75c46f' },
  },
];
