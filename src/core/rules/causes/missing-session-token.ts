import { con, pro, toldRefusal } from '../rule-helpers';
import type { CauseRule } from '../types';

export const missingSessionToken: CauseRule = {
  cause: 'missing-session-token',
  rules: [
    // The key shown masked after its prefix (`ASIA…`, `ASIA****`: extract/shown-answers.ts key-prefix) is as temporary as a
    // whole one: "temporary AWS STS credentials (the `ASIA…` keys) reached AWS without their session token and were rejected
    // with `[UnrecognizedClientException 400]`" (lightdash/lightdash#24839, batch 18). In the tuning halves of batches 1-18
    // the masked prefix stands beside an unknown-key error in 2 texts (portolan-sdi/portolan-cli#544 b14, lightdash#24839 b18),
    // both resolved as the missing token (ASIA: a temporary key, IAM User Guide, "IAM identifiers",
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes).
    pro('missing-token.asia-unknown', { all: ['fam.unknown-key'], any: ['key.kind.temporary', 'shown.key-prefix.asia'] }, 1.5, 'A temporary key (ASIA) is rejected as unknown when its session token is not sent ({detail}).'),
    pro('missing-token.asia-no-token', { all: ['key.kind.temporary', 'token.absent'], any: ['fam.unknown-key', 'fam.authfailure'] }, 2.2, 'A temporary key (ASIA) is in use and no session token is set.'),
    pro('missing-token.asia-s3', { all: ['key.kind.temporary', 'code.InvalidAccessKeyId'] }, 0.6, 'S3 echoes an ASIA key as unknown when the token was not sent.'),
    pro('missing-token.asia-authfailure', { all: ['key.kind.temporary', 'fam.authfailure'] }, 0.9, 'EC2 rejects a temporary key sent without its token.'),
    pro('missing-token.leftover-token', { all: ['token.present', 'key.kind.long-term', 'fam.unknown-key'] }, 1.9, 'A session token is set next to a long-term key (AKIA): a token left from another session breaks the pair.'),
    pro('missing-token.invalid-token', { any: ['code.InvalidToken', 'msg.token-malformed'], none: ['region.opt-in'] }, 0.8, 'S3 says the token is malformed or does not match the key.'),
    pro('missing-token.presign-no-token', { all: ['presign.temporary-no-token'] }, 2.4, 'The presigned URL is signed with a temporary key (ASIA) but has no X-Amz-Security-Token parameter ({detail}).'),
    pro('missing-token.empty-header', { all: ['header.empty-token'] }, 2.2, 'The request sends an empty X-Amz-Security-Token header ({detail}).'),
    pro('missing-token.null-token-dump', { all: ['config-dump.null-token'] }, 2.4, 'The configuration dump holds a temporary key (ASIA) with a null session token ({detail}).'),
    pro('missing-token.hint', { all: ['hint.session-token'], any: ['fam.unknown-key', 'fam.authfailure'] }, 1.2, 'The message talks about the session token.'),
    pro('missing-token.told-refusal', toldRefusal(['hint.talk-missing-session-token']), 1.2, 'A refusal told in words, and the words say the session token is missing or not passed on ({detail}): temporary credentials are refused without it.'),
    pro('missing-token.lambda', { all: ['runtime.lambda', 'fam.unknown-key'], none: ['key.kind.long-term'] }, 0.9, 'Lambda hands out temporary credentials: code that passes on the key but not AWS_SESSION_TOKEN is rejected like this.'),
    // The session token was made by GetSessionToken and IAM refused it as documented (authorization-not-authentication.ts
    // authz.session-token-iam): the token words here name that call, not a token left out.
    con('missing-token.session-token-iam', { all: ['sts.session-token-iam'] }, 1.2, 'The token comes from GetSessionToken and was refused by IAM, which takes no such token without MFA ({detail}).'),
    con('missing-token.token-sent', { all: ['token.present', 'key.kind.temporary'] }, 0.9, 'A session token is present with the temporary key.'),
    con('missing-token.long-term', { all: ['key.kind.long-term'], none: ['token.present'] }, 0.8, 'The key is long-term (AKIA) and needs no session token.'),
  ],
};
