/**
 * Web identity (IRSA in a pod, OIDC from a CI job) refused by STS. The cause's platform steps (IMDS on EC2 when where it
 * runs is not known) tell another story: here the token reached STS and IAM judged it, so the fix is the IAM OIDC
 * identity provider and the role's trust policy (qa37 F10).
 */
import type { Playbook } from '../types';
import { LINKS, step } from '../shared';

/** STS API Reference, AssumeRoleWithWebIdentity: InvalidIdentityToken ("the web identity token … could not be validated"), IDPRejectedClaim, IDPCommunicationError. */
const ASSUME_ROLE_WITH_WEB_IDENTITY = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html';
/** IAM User Guide: the thumbprint of an OIDC identity provider's certificate (the top intermediate CA of the issuer's chain). */
const OIDC_THUMBPRINT = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc_verify-thumbprint.html';
/** EKS User Guide: create an IAM OIDC provider for the cluster's issuer (IRSA's first step). */
const EKS_OIDC_PROVIDER = 'https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html';
/** IAM User Guide, condition operators: StringEquals is an exact match, StringLike takes `*` and `?` as wildcards. */
const CONDITION_OPERATORS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String';
/** GitHub OIDC refused with a `StringEquals` + `repo:<org>/*` trust policy, fixed with StringLike (not in the corpora). */
const STRING_EQUALS_THREAD = 'https://github.com/aws-actions/configure-aws-credentials/issues/1137';
/** The threads that reported the thumbprint mismatch and fixed the provider's thumbprint (not in the corpora). */
const THUMBPRINT_THREADS = ['https://github.com/pulumi/pulumi-eks/issues/342', 'https://github.com/alphagov/gsp/pull/889'];

export const WEB_IDENTITY_PLAYBOOKS: Playbook[] = [
  {
    // qa37 F7: the pasted trust policy shows the mistake; the OIDC playbook's generic `sub` formats do not name it.
    id: 'trust-policy-stringequals-wildcard',
    title: 'The trust policy compares `sub` with StringEquals against a wildcard: use StringLike',
    causes: ['role-credentials-unavailable', 'authorization-not-authentication'],
    first: true,
    when: [{ fact: 'trustPolicy', in: ['stringequals-wildcard'] }],
    steps: [
      step('In the pasted trust policy a `…:sub` condition under `StringEquals` holds `*` or `?`. StringEquals compares the text exactly, so no token\'s `sub` ever equals `repo:<org>/*` and STS refuses every `AssumeRoleWithWebIdentity`. Move the `sub` condition under `StringLike` (keep `aud` under `StringEquals`):', '"Condition": {\n  "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },\n  "StringLike": { "token.actions.githubusercontent.com:sub": "repo:<org>/<repo>:*" }\n}'),
      step('Apply it to the role and run the job again:', 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-policy.json'),
    ],
    sources: [CONDITION_OPERATORS, STRING_EQUALS_THREAD],
  },
  {
    id: 'oidc-provider-rejects-token',
    title: 'Fix the IAM OIDC identity provider the web identity token is checked against',
    causes: ['role-credentials-unavailable'],
    replaces: true,
    meaning:
      'The workload had a web identity token (IRSA in a pod, OIDC in a CI job) and STS refused it (`InvalidIdentityToken`): IAM has no OIDC identity provider for the token\'s issuer, or the provider\'s certificate thumbprint or audience does not match. No instance metadata is involved.',
    when: [{ fact: 'errorCode', in: ['InvalidIdentityToken'] }],
    steps: [
      step('Find the issuer the token comes from (for EKS, the cluster\'s) and check that IAM has an OIDC identity provider for exactly that URL ("No OpenIDConnect provider found" means it has none); create it if it is missing:', 'aws eks describe-cluster --name <cluster> --query cluster.identity.oidc.issuer --output text\naws iam list-open-id-connect-providers\neksctl utils associate-iam-oidc-provider --cluster <cluster> --approve'),
      step('"HTTPS certificate doesn\'t match configured thumbprint": the provider holds the thumbprint of a certificate the issuer no longer serves. Compute the thumbprint of the issuer\'s top intermediate CA (the IAM page linked) and set it:', 'aws iam get-open-id-connect-provider --open-id-connect-provider-arn <provider arn>\naws iam update-open-id-connect-provider-thumbprint --open-id-connect-provider-arn <provider arn> --thumbprint-list <thumbprint>'),
      step('The provider\'s audience (client id) list must hold the token\'s `aud`: `sts.amazonaws.com` for IRSA and for configure-aws-credentials.', 'aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn <provider arn> --client-id sts.amazonaws.com'),
      step('Then the role: its trust policy\'s `Federated` principal must be that provider\'s ARN, with conditions on `<issuer>:sub` (`system:serviceaccount:<namespace>:<service account>` for IRSA) and `<issuer>:aud`; for IRSA the service account carries the role\'s ARN:', 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument\nkubectl get serviceaccount <service account> -n <namespace> -o yaml | grep eks.amazonaws.com/role-arn'),
    ],
    sources: [ASSUME_ROLE_WITH_WEB_IDENTITY, OIDC_THUMBPRINT, EKS_OIDC_PROVIDER, LINKS.oidc, LINKS.irsa, ...THUMBPRINT_THREADS],
  },
];
