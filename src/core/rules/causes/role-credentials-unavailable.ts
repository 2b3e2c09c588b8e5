import { AUTHN, ON_COMPUTE, con, pro } from '../rule-helpers';
import type { CauseRule } from '../types';
import { SPECIFIC_FAMILIES } from '../priors';

export const roleCredentialsUnavailable: CauseRule = {
  cause: 'role-credentials-unavailable',
  rules: [
    pro('role-unavailable.role-error', { any: ['fam.role'] }, 3.3, 'The instance, task or web-identity role could not provide credentials ({detail}).'),
    // Not when kubectl's token step failed (aws-iam-authenticator, `aws eks get-token`): that runs where kubectl runs, a
    // workstation or CI job talking to EKS, so "EKS" there names the cluster, not where the empty chain was
    // (kubernetes-sigs/aws-iam-authenticator#93: no default profile on the laptop).
    pro('role-unavailable.compute-empty-chain', { all: ['fam.no-creds'], any: ON_COMPUTE, none: ['fam.kubectl'] }, 2.8, 'On AWS compute, an empty credential chain means the role is missing or unreachable ({detail}).'),
    // A credential failure told only in words (no specific error family) where the code runs on EC2, ECS or EKS: there
    // the role is what should deliver, and in the tuning threads told this way on EKS it was the resolution of 5 of 6
    // (a pod left with the node's role instead of IRSA, a web-identity role refused; aws/aws-for-fluent-bit#83). Lambda
    // is left out: its role always delivers, and what fails there is passing the token on. Leave-one-batch-out over
    // tuning batches 1-5 (scripts/corpus/rank-variants.ts): whole cases unchanged (180/195, 339/366), error lines alone
    // top-1 132 -> 133 of 163 at 0.4-1.2.
    pro('role-unavailable.compute-report', { all: ['fam.reported'], any: ['runtime.ec2', 'runtime.ecs', 'runtime.eks'], none: SPECIFIC_FAMILIES }, 0.8, 'On EC2, ECS or EKS the role is what should deliver credentials ({detail}); a credential failure there is most often the role not reaching the code.'),
    // A role profile that requires MFA (mfa_serial beside role_arn or source_profile), told with no error family of its
    // own: a tool that gives the SDK no MFA code provider cannot assume the role, the case the SDKs' own messages name
    // (js3.mfa-callback-missing, aws/aws-sdk-js-v3 resolveAssumeRoleCredentials.ts). Tuning threads that paste such a
    // profile: karl-cardenas-coding/go-lambda-cleanup#73 (batch 9), fwdcloudsec/granted#123 (batch 15), both resolved
    // by giving the tool an MFA prompt. Weighed as js3.mfa-callback-missing weighs the same failure (2.2).
    pro('role-unavailable.mfa-role-profile', { all: ['config.mfa-serial', 'config.assume-role', AUTHN], none: SPECIFIC_FAMILIES }, 2.2, 'A role profile that asks for an MFA code ({detail}): a tool that never prompts for the code cannot assume the role.'),
    pro('role-unavailable.web-identity-expired', { all: ['msg.web-identity', 'fam.expired'] }, 2.4, 'The web identity (OIDC/IRSA) token was rejected as expired.'),
    pro('role-unavailable.role-source', { all: [AUTHN], any: ['source.iam-role', 'source.container-role', 'source.assume-role-with-web-identity'] }, 1.2, 'The credentials come from a role provider ({detail}).'),
    pro('role-unavailable.gha-no-role', { all: ['fam.gha', 'runtime.github-actions'], any: ['fam.no-creds', 'gha.role-empty'] }, 1.4, 'In GitHub Actions this usually means role-to-assume is empty or `permissions: id-token: write` is missing.'),
    pro('role-unavailable.gha-role-empty', { all: ['gha.role-empty'] }, 1.5, 'role-to-assume is empty.'),
    // The metadata service named next to a proxy, firewall, timeout or network error: IMDS was not reached, so the
    // role could not deliver (aws/aws-logging-dotnet#170: a proxy intercepted 169.254.169.254; AWS docs "Retrieve
    // instance metadata": set NO_PROXY for the IMDS address).
    pro('role-unavailable.imds-network', { all: ['hint.role', 'hint.network', 'fam.no-creds'] }, 1.6, 'The metadata service is named next to a proxy, firewall or timeout: IMDS was likely not reached (check NO_PROXY=169.254.169.254, the hop limit, the firewall).'),
    // A service's denial where the code runs in a pod or task (EKS, ECS), or beside talk of IRSA, a service account or a
    // task role: the identity denied is often the node's or instance's role that the chain fell back to, because the
    // pod's or task's own role was not delivered (oracle-quickstart/oci-micronaut#62: the node's instance role named as
    // the caller; helm/chartmuseum#328: "Access Denied with EKS Service Account"; kubernetes-sigs/external-dns#1684 —
    // batches 6, 7, 8). The runner-up to the permission itself, never ahead of it: the denial is still the likelier.
    pro('role-unavailable.denied-in-pod', { all: ['fam.authz'], any: ['runtime.eks', 'runtime.ecs', 'hint.role'], none: [AUTHN] }, 0.5, 'Denied where the code runs in a pod or task ({detail}): the identity refused may be the node\'s or instance\'s role, used because the pod\'s or task\'s own role was not delivered.'),
    // The instance's metadata service or role named beside a container (extract/context-hints.ts imdsNearContainer): one
    // network hop too many for IMDSv2's default hop limit, so the role does not reach the code in the container
    // (hashicorp/terraform-provider-aws#23110, fog/fog-aws#560, aws/aws-cli#4683: batches 7, 9, 10). Not when AWS answered
    // about the key it was sent (unknown key, bad signature, clock skew): a key arrived, so the role was not what failed.
    pro('role-unavailable.imds-from-container', { all: ['imds.container', AUTHN], none: ['fam.unknown-key', 'fam.signature', 'fam.skew'] }, 1.0, 'The instance\'s metadata service or role is named beside a container ({detail}): from a container IMDS is one hop further, and with IMDSv2\'s default hop limit of 1 its answer never arrives (set the hop limit to 2, or give the container its own credentials).'),
    // The IMDS hop limit shown (extract/imds-hop-limit.ts: the launch setting or the words): at IMDSv2's default of 1 a
    // container on the instance gets no answer, so the instance role never reaches it and the chain ends empty. The
    // empty chain is the consequence (no-credentials.chain-empty 3.0), the hop limit its reason: ahead of it by the
    // family prior (0.6 + 3.0). 7 tuning texts of batches 1-16 name it, all resolved as the role not delivered.
    pro('role-unavailable.imds-hop-limit', { all: ['imds.hop-limit', AUTHN], none: ['fam.unknown-key', 'fam.signature', 'fam.skew'] }, 3.0, 'The instance metadata service\'s hop limit is named ({detail}): at IMDSv2\'s default of 1 a container on the instance gets no answer, so the instance role never reaches the code (set the hop limit to 2, or give the container its own credentials).'),
    // The SSO token file the tool looked for is not there (extract/context-hints.ts SSO_CACHE_MISSING). After a login,
    // that is a tool whose SDK looks the token up under another name than the CLI wrote it (an `sso_session` profile the
    // SDK predates): the profile's credentials are never obtained (hashicorp/terraform#32465, #32448). The runner-up to a
    // login that was never run (temporary-expired.sso), never ahead of it.
    pro('role-unavailable.sso-cache-missing', { all: ['sso.cache-missing'] }, 1.2, 'The SSO token file the tool looked for does not exist ({detail}): if `aws sso login` was run, the tool looks the token up under another name than the CLI wrote it — an `sso_session` profile its SDK does not support (use the legacy sso_start_url profile keys, or upgrade the tool).'),
    // An `sso_session` profile its SDK predates (extract/context-hints.ts SSO_SESSION_UNSUPPORTED: the SDK's own
    // validation naming only sso_start_url / sso_region missing): the tool never reads the session section, so the
    // profile's role credentials are never obtained (aws/amazon-ec2-instance-selector#347 on aws-sdk-go v1.44.59,
    // kayac/ecspresso#519 on aws-sdk-go-v2; both resolved by a newer SDK).
    pro('role-unavailable.sso-session-unsupported', { all: ['sso.session-unsupported'] }, 2.4, 'The SDK says the SSO profile lacks only sso_start_url/sso_region ({detail}): those sit in an `[sso-session]` section this SDK predates, so it never reads them (upgrade the tool or its AWS SDK, or put sso_start_url and sso_region in the profile itself).'),
    // The SSO portal refused the role itself: GetRoleCredentials answered ForbiddenException ("No access"), where an
    // expired or missing login is answered UnauthorizedException. The signed-in user has no assignment to that account
    // and role (aws/aws-sam-cli#2129, batch 4; ministryofjustice/aws-root-account#581, batch 11: an IAM profile instead).
    pro('role-unavailable.sso-role-forbidden', { all: ['msg.sso-role-refused', 'code.ForbiddenException'], none: ['code.UnauthorizedException'] }, 2.4, 'The SSO portal refused the role ({detail}): ForbiddenException on GetRoleCredentials means the signed-in user has no access to that account and role (check the permission set assignment, or the profile\'s sso_account_id / sso_role_name); an expired login is answered UnauthorizedException instead.'),
    // A tool or SDK version said to lack the role's provider (extract/provider-support.ts: "to support IAM Roles for
    // Service Accounts the minimum version of minio-go needs to be v6.0.45", argoproj/argo-workflows#2748, batch 12;
    // "supports AWS EKS Pod Identity", opensearch-project/OpenSearch#17305, batch 6; 7 tuning threads of batches 5, 6
    // and 12, all resolved as a role not delivered). The chain never asks the role, so whatever failed — an empty chain,
    // or a denial of the identity it fell back to — follows from that: it outweighs a refusal (authz.denied 3.2 against
    // 0.5 + 3.0 here, the denial kept as the runner-up) and an empty chain (no-credentials.chain-empty 3.0). Not when AWS
    // answered about the key it was sent (unknown key, bad signature, clock skew): a key arrived, and that answer is the
    // failure to mend (as role-unavailable.imds-from-container).
    pro('role-unavailable.provider-unsupported', { all: ['provider.unsupported'], any: [AUTHN, 'fam.authz'], none: ['fam.unknown-key', 'fam.signature', 'fam.skew'] }, 3.0, 'The text says the tool or its AWS SDK lacks (or only lately gained) the role\'s credential provider ({detail}): the role is never asked, so its credentials never reach the code (upgrade the tool or its SDK to a version with that provider).'),
    // Denied as the node's instance role (extract/instance-session.ts: the caller's session named for an instance id)
    // where the code runs in a pod or task: the pod's or task's own role was not delivered and the chain fell back to
    // the node's (oracle-quickstart/oci-micronaut#62, batch 7; kubernetes-sigs/external-dns#1222, batch 10). Ahead of
    // the refusal with authz.node-role-in-pod (3.2 + 1.0 for the ARN - 1.5, against 0.5 + 3.0 here); the permission on
    // the node's role stays the runner-up.
    pro('role-unavailable.node-role-in-pod', { all: ['caller.instance-session', 'fam.authz'], any: ['runtime.eks', 'runtime.ecs'] }, 3.0, 'The caller refused is an EC2 instance\'s role (its session is named for the instance id) while the code runs in a pod or task ({detail}): the pod\'s or task\'s own role (IRSA, Pod Identity, task role) did not reach the code, and the chain fell back to the node\'s.'),
    // Not when AWS answered about the key it was sent (unknown key, bad signature, clock skew): a key arrived, so the role
    // was not what failed to deliver (as role-unavailable.imds-from-container). No tuning text holds both (batches 1-15);
    // "We stopped using the EC2 instance profile and now pass access keys into the docker container" beside
    // InvalidClientTokenId (test/unit/core/extract/batch10-readings.test.ts) is about the keys.
    pro('role-unavailable.hint', { all: ['hint.role', AUTHN], none: ['fam.unknown-key', 'fam.signature', 'fam.skew'] }, 0.8, 'The message talks about the instance profile, task role, IRSA or the metadata service.'),
    // The metadata service as the last link of an empty chain, with nothing saying the code runs on AWS compute.
    con('role-unavailable.imds-last-resort', { all: ['imds.last-resort'] }, 2.0, 'The metadata service was only the last provider the chain tried ({detail}); nothing says this runs on EC2, ECS, EKS or Lambda.'),
    con('role-unavailable.delivered-expired', { all: ['fam.expired', 'fam.role'], none: ['msg.web-identity'] }, 0.6, 'The role did deliver credentials; they have since expired (a refresh problem, not a missing role).'),
    pro('role-unavailable.trust-condition', { all: ['hint.trust-condition', AUTHN] }, 1.0, 'The message names the role trust policy\'s aud/sub condition ({detail}): STS refuses the OIDC token when it does not match.'),
    pro('role-unavailable.trust-policy', { all: ['msg.webidentity-not-authorized'] }, 1.5, 'The role\'s trust policy does not accept this OIDC identity.'),
  ],
};
