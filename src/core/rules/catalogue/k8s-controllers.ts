/**
 * Kubernetes controllers that call AWS for the cluster: cert-manager's Route 53 DNS-01 solver checks its
 * issuer's credentials itself before the SDK chain ever runs.
 */
import type { CatalogueEntry } from './types';

const CERT_MANAGER = { repo: 'cert-manager/cert-manager', path: 'pkg/issuer/acme/dns/route53/route53.go', ref: '41f0cb17336a (NewDNSProvider; the same words in later releases)' };

export const K8S_CONTROLLERS: CatalogueEntry[] = [
  {
    // No accessKeyID/secret in the issuer and ambient credentials (IRSA, node role) not allowed for it.
    id: 'cert-manager.route53-empty-credentials',
    tool: 'cert-manager',
    wrapper: true,
    message: 'unable to construct route53 provider: empty credentials; perhaps you meant to enable ambient credentials?',
    re: /unable to construct route53 provider: empty credentials/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4, 'role-credentials-unavailable': 1.0 },
    source: CERT_MANAGER,
  },
  {
    id: 'cert-manager.route53-half-keys',
    tool: 'cert-manager',
    wrapper: true,
    message: 'unable to construct route53 provider: only one of access and secret key was provided',
    re: /unable to construct route53 provider: only one of access and secret key was provided/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.5 },
    source: CERT_MANAGER,
  },
];
