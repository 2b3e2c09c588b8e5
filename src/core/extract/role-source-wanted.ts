/**
 * A role-delivered credential source asked for: "Support IAM roles for service accounts (new CredentialsProvider)",
 * "Support for container credentials to allow use in Fargate containers", "Support
 * `StsAssumeRoleWithWebIdentityCredentialsProvider`", "Fallback to IAM role credentials" (titles of soto-project/soto-core#300
 * and durch/rust-s3#73, conversation openings of batch 12; awspring/spring-cloud-aws#1362, batch 5; ansible/ansible#40277,
 * batch 7: tuning texts all resolved as role credentials not delivered). A tool built on an SDK that lacks the web
 * identity, container or instance-metadata provider cannot get the role's credentials where it runs (EKS, ECS/Fargate,
 * EC2), so asking for that provider is the failure told as its fix, as asking for the session token is the missing
 * token's (prose-report.ts TOKEN_NEEDED). Only the request shapes: a title that opens with the request ("Support …",
 * "Add support for …", "Fallback to …"), a sentence saying the tool should or must support it, or that it does not.
 * "The SDK supports IRSA since 2.x" states a fact and is not read. In batches 1–12's tuning halves these shapes stand in
 * six texts, all credential failures (four detected by nothing else), and in no negative of any set.
 *
 * The same request for a source that is not a role's (a profile, the session token, SSO) is the failure told as its fix
 * too, but names no cause as surely: it is read as a report in words (`prose.credential-report`, fam.reported). "Add support
 * for AWS_DEFAULT_PROFILE environment variable" (aws/aws-sdk-js#927, batch 9), "feat(storage): support aws session token"
 * (apache/iceberg-rust#530, batch 11), "This change adds support for AWS Single Sign On (AWS SSO) based config profiles"
 * (aws/aws-msk-iam-auth#20, batch 12), "This PR adds support for using the AWS_PROFILE environment variable"
 * (wallix/awless#206, batch 14), "AWS SSO credentials is not supported in Java SDK V1" (bazaarvoice/s3-upload-maven-plugin#32,
 * batch 14), "AWS_SESSION_TOKEN not supported" (aws-cloudformation/rain#7, batch 9): in batches 1–14's tuning halves
 * these shapes stand in nine texts of batches 8, 9, 11, 12 and 14, all credential failures, and in no negative of any set.
 */
import { addSignal } from './draft';
import { otherErrorCodes } from './other-errors';
import { namesAwsCredentialObject } from './credential-talk';
import { mentionsAws } from './prose-report';
// The role sources, and "Support for IRSA was added in v2.3", "… since 2.10" (the support is there, not asked for): one
// list each for both readers.
import { ROLE_SOURCE, SUPPORT_THERE } from './provider-support';
import type { Extractor } from './types';

/**
 * A title that is the request ("Support …", "[Feature] Add support for …", "feat(s3): support …", "Fallback to …"): the
 * first line only, the verb as a request ("- Supports IAM roles for service accounts" in a feature list states a fact).
 */
const TITLE_REQUEST = /^\W{0,4}(?:\[[\w ]{1,20}\]:?\s{0,2}|feat(?:ure)?(?:\([\w-]{0,20}\))?:\s{0,2})?(?:(?:add|adding|implement|allow|enable) )?(?:support|fall ?back|fallback)\b/i;
/**
 * A sentence saying the tool should or must support it, or that it does not, or a change proposed here that adds it
 * ("This PR adds support for …", "This change adds support …": the present tense of a pull request). A release or a
 * version that adds it ("Version 1.4 adds support for the AWS session token, closing this", "this release adds support
 * for AWS SSO profiles") tells the support shipped, as "support was added in 2.3" does (SUPPORT_THERE).
 */
const SENTENCE_REQUEST =
  /\b(?:should|needs? to|must|would like to|please) (?:also )?support\b|\b(?:does ?n[o'’]?t|do ?n[o'’]?t|did ?n[o'’]?t|no|not|without|lacks?) support(?:s|ed|ing)?\b|\bthis (?:PR|pull request|MR|merge request|change(?:set)?|commit|fix|patch)\b[^.\n]{0,20}?\badds? support\b/i;
/**
 * Credential sources that are not a role's: a named profile (AWS_PROFILE, --profile, SSO-based config profiles), the
 * session token, SSO (AWS CLI user guide, "Configuration and credential file settings"; IAM user guide, "Use temporary
 * credentials with AWS resources").
 */
const OTHER_SOURCE = /\bAWS_(?:DEFAULT_)?PROFILE\b|--profile\b|\b(?:named |credentials? |config(?:uration)? |aws |sso )profiles?\b|\bAWS_SESSION_TOKEN\b|\b(?:aws |sts )?session[ _-]?tokens?\b|\bsessionToken\b|\b(?:AWS |IAM Identity Center )?SSO\b|\bSingle Sign[ -]On\b/i;
/** The source told as not supported, the other way round ("AWS_SESSION_TOKEN not supported", "SSO credentials is not supported"). */
const NOT_SUPPORTED_AFTER = /^[^.\n]{0,40}?\b(?:is |are )?(?:not supported|unsupported)\b/i;
/** A sentence ends: the source must stand in the request's own sentence (a full stop only, as tuned: see sentences.ts). */
const SENTENCE_END = /\.\s/;
/**
 * The sentence holding the match is a question ("Is AWS_PROFILE not supported by the S3 backend?"): asked, not told,
 * for a source other than a role's (a role's asked for as a question is still the request it was read as before).
 * The first sentence end after the match is a question mark (a dot inside a name, "boto3.client", ends none).
 */
const SENTENCE_STOP = /[.!](?:\s|$)|\?/;
function asked(rest: string): boolean {
  const end = rest.search(SENTENCE_STOP);
  return end >= 0 && rest[end] === '?';
}
/** The source stands this close after the request word. */
const SOURCE_WITHIN = 60;

/**
 * Which source the line asks for: a request word, then the source within a few words, in one sentence (`role` for a
 * role-delivered one, `other` for a profile, the session token or SSO); or a source other than a role's said to be not
 * supported.
 */
function askedSource(line: string, title: boolean): 'role' | 'other' | undefined {
  const m = (title ? TITLE_REQUEST.exec(line) : null) ?? SENTENCE_REQUEST.exec(line);
  if (m) {
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + SOURCE_WITHIN);
    const stop = after.search(SENTENCE_END);
    const sentence = stop < 0 ? after : after.slice(0, stop);
    if (!SUPPORT_THERE.test(sentence)) {
      if (ROLE_SOURCE.test(sentence)) return 'role';
      if (OTHER_SOURCE.test(sentence) && !asked(line.slice(m.index))) return 'other';
    }
  }
  if (!/support/i.test(line)) return undefined;
  const src = OTHER_SOURCE.exec(line);
  return src && NOT_SUPPORTED_AFTER.test(line.slice(src.index + src[0].length)) && !asked(line.slice(src.index)) ? 'other' : undefined;
}
/** Code, not words: an assignment, a template or a table. */
const CODE_MARKS = /[={}<>|]/;
/** The request is read in the first lines: a title and the sentences under it. */
const MAX_LINES = 40;
/** A first line that only points at another change ("Backporting #40240"): the title is the next line of words. */
const POINTER_LINE = /^\W{0,4}(?:backport\w{0,3}|cherry[- ]pick\w{0,3}|revert\w{0,3}|follow[- ]up to)\b[^\n]{0,40}#\d{1,7}\W{0,4}$/i;
/** The line that is the text's title: the first, or the first line of words after a pointer to another change. */
function titleLine(lines: readonly string[]): number {
  if (!POINTER_LINE.test(lines[0] ?? '')) return 0;
  const next = lines.findIndex((l, i) => i > 0 && l.trim() !== '');
  return next < 0 ? 0 : next;
}

export const extractRoleSourceWanted: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('support') && !ctx.lower.includes('fall')) return;
  // Another error shown (a throttle, a missing bucket) is what the text is about, as for any report in words.
  if (otherErrorCodes(draft.codes).length > 0) return;
  const n = Math.min(ctx.lines.length, MAX_LINES);
  const title = titleLine(ctx.lines);
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    if (CODE_MARKS.test(line) || !(i === title || ctx.isProse(i))) continue;
    const asked = askedSource(line, i === title);
    if (!asked || !(mentionsAws(ctx.text) || namesAwsCredentialObject(line))) continue;
    addSignal(draft, asked === 'role' ? 'prose.role-source-wanted' : 'prose.credential-report', ctx.loc(i + 1));
    return;
  }
};

export const ROLE_SOURCE_WANTED_PATTERNS: RegExp[] = [TITLE_REQUEST, POINTER_LINE, SENTENCE_REQUEST, OTHER_SOURCE, NOT_SUPPORTED_AFTER, SENTENCE_END, SENTENCE_STOP, CODE_MARKS];
