import { AUTHN, con, pro, toldRefusal } from '../rule-helpers';
import type { CauseRule } from '../types';
import { SPECIFIC_FAMILIES } from '../priors';

export const authorizationNotAuthentication: CauseRule = {
  cause: 'authorization-not-authentication',
  rules: [
    pro('authz.denied', { any: ['fam.authz'] }, 3.2, 'AWS recognised the caller but refused the action: a permissions problem ({detail}).'),
    pro('authz.principal-arn', { all: ['msg.arn-principal'] }, 1.0, 'The error names the caller\'s ARN, which proves authentication succeeded ({detail}).'),
    pro('authz.trust-policy', { all: ['msg.webidentity-not-authorized'] }, 1.0, 'Not authorized to assume the role: the trust policy refuses it.'),
    pro('authz.identity-ok', { all: ['identity.caller', 'fam.authz'] }, 0.5, 'get-caller-identity works, so the credentials are valid.'),
    // GetSessionToken credentials may not call IAM without MFA (STS API Reference, GetSessionToken; extract/session-token-iam.ts):
    // IAM refuses them as an invalid token, like Cloud9's managed credentials below. No tuning case carries the signal: 2.4 is
    // the least weight that puts the documented case first (2.0 left it just behind missing-session-token's prior).
    pro('authz.session-token-iam', { all: ['sts.session-token-iam', 'fam.unknown-key'] }, 2.4, 'Credentials from GetSessionToken without MFA cannot call IAM: IAM refuses them as an invalid token though they work elsewhere ({detail}).'),
    pro('authz.cloud9-managed', { all: ['hint.cloud9'], any: ['fam.unknown-key', 'cat.cdk.assume-role-fallback'] }, 2.0, "Cloud9's AWS managed temporary credentials may not call IAM or assume roles: the call is refused as an invalid token."),
    // A refusal told only in the reporter's words ("the task role does not have access to get the secret due to a
    // missing IAM policy": aws/copilot-cli#4283, batch 10), read by the prose reader as a credential failure and by cause
    // talk as a permission (extract/cause-talk.ts: a permission or policy object with a missing / not-allowed predicate).
    // With no error text and no specific family, that talk is all the paste says: it outweighs the authentication
    // penalty (authz.authn-error), which here only restates the prose reader's guess. Never beside a credential said
    // missing (extract/context-hints.ts said.credential-missing: "AWS access key ID setting is missing"): then no key
    // arrived, and the permission words describe someone else's credentials (kacemmathlouthi/animus#32, batch 11: a
    // platform's injected values "do not grant any AWS permissions", resolved as those values shadowing the user's).
    // s25-rank (leave-one-batch-out over 1-10) found the permission talk in 24 tuning cases, 22 resolved as a permission
    // or a role not delivered.
    pro('authz.told-permission', { all: ['hint.talk-authorization-not-authentication', 'prose.credential-report'], none: [...SPECIFIC_FAMILIES, 'line.credential-error', 'said.credential-missing'] }, 1.6, 'The message says in words that a permission or policy is missing ({detail}), and nothing in it shows the credentials failing.'),
    // The identity refused is the node's instance role, in a pod or task (role-credentials-unavailable.ts
    // role-unavailable.node-role-in-pod): the permission is missing on an identity the code was not meant to use.
    con('authz.node-role-in-pod', { all: ['caller.instance-session', 'fam.authz'], any: ['runtime.eks', 'runtime.ecs'] }, 1.5, 'The caller refused is the node\'s instance role, not the pod\'s or task\'s own ({detail}): granting it the permission would hide that the pod\'s role never arrived.'),
    con('authz.authn-error', { any: [AUTHN] }, 1.2, 'An authentication error is also present ({detail}).'),
    // An unsigned request is the anonymous caller's (extract/unsigned-request.ts): its 403 names no identity whose permission is missing.
    con('authz.told-unsigned', { all: ['request.unsigned', 'fam.authz'] }, 2.0, 'The message says the request went out unsigned ({detail}): the refusal is of an anonymous caller, not of an identity short of a permission.'),
    con('authz.told-credential-cause', toldRefusal(['hint.talk-missing-session-token']), 2.4, 'The refusal is only told in words, and the same words name a credential cause ({detail}): no service text shows a permission was missing.'),
    con('authz.presign-no-token', { any: ['presign.temporary-no-token', 'header.empty-token', 'config-dump.null-token'] }, 1.5, 'The temporary key travels without its session token, which AWS refuses whatever the permissions.'),
    con('authz.temporary-key-unknown', { all: ['key.kind.temporary', 'fam.unknown-key'] }, 1.5, 'A temporary key (ASIA) was rejected as unknown: the AccessDenied elsewhere does not explain that rejection.'),
  ],
};
