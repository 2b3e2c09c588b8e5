/**
 * HashiCorp Vault's AWS auth method (iam type): the client (vault login -method=aws, Vault Agent, hvac, the Kubernetes
 * injectors) signs an sts:GetCallerIdentity request with its own AWS credentials; the Vault server sends it on to STS and
 * binds the identity STS names to a Vault role. Either step fails in Vault's words around STS's.
 */
import type { CatalogueEntry } from './types';

const VAULT_LOGIN = { repo: 'hashicorp/vault', path: 'builtin/credential/aws/path_login.go', ref: '4ecbe6f2dc6b (pathLoginUpdateIam, submitCallerIdentityRequest)' };

export const VAULT: CatalogueEntry[] = [
  {
    // STS refused the request the client signed; its XML answer follows and names the code. The common one is a
    // signature scoped to another region than the STS endpoint Vault calls (hvac and SDK clients default to us-east-1,
    // the server to its sts_endpoint), then credentials that are invalid or expired on the client.
    id: 'vault.sts-upstream',
    tool: 'vault',
    wrapper: true,
    message: 'error making upstream request: received error code {status} from STS: {STS error XML}',
    re: /\berror making upstream request: received error code \d{3} from STS\b/i,
    family: 'fam.reported',
    causes: { 'region-endpoint': 0.8, 'temporary-credentials-expired': 0.5, 'secret-key-mismatch': 0.4 },
    source: VAULT_LOGIN,
  },
  {
    // STS knew the signer, but the Vault role's bound_iam_principal_arn does not list it: another profile or role
    // signed (the instance's role rather than the one meant), or the binding names the role where the session differs.
    id: 'vault.principal-not-bound',
    tool: 'vault',
    wrapper: true,
    message: 'IAM Principal "{arn}" does not belong to the role "{role}"',
    re: /\bIAM Principal \\?"[^"\n]{1,300}" does not belong to the role\b/,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.3, 'wrong-profile': 1.0 },
    source: VAULT_LOGIN,
  },
];
