/**
 * Requests told as sent unsigned: "build a key-less, prefix-scoped secret from that entry and then send unsigned
 * requests for every file below the table prefix, which the storage rejects with 403" (lakekeeper/lakekeeper#1923,
 * batch 16), "A query providing only a `role_arn` (no explicit keys) was … silently stripped and sent unsigned so that
 * S3 answered `403 AccessDenied`" (ClickHouse/ClickHouse#112603, batch 18). An unsigned request carries no credentials:
 * AWS takes it as the anonymous caller, which only a public resource lets through ("Makes an anonymous request. The
 * object would need to be publicly readable for this to succeed": AWS SDK for PHP Developer Guide, "Create anonymous
 * clients", https://docs.aws.amazon.com/sdk-for-php/v3/developer-guide/guide_credentials_anonymous.html). So the 403
 * beside it says no credentials reached the request, not that an identity lacks a permission. In the tuning halves of
 * batches 1-18 the phrasing stands in those two texts, both resolved as no credentials (one also as the role not
 * delivered), and in no negative of any set; "Can just switch to unsigned urls since the storage bucket is now public"
 * (peopleforbikes/pfb-network-connectivity#367) is a way out, not what failed, and is not read.
 * Only a clause that tells it happened: not one that denies it ("the request is not sent unsigned", "we never send
 * unsigned requests", "we stopped sending unsigned requests": says.ts deniedBefore, leftBefore), asks it ("Are the requests
 * sent unsigned?", but "Why are the requests sent unsigned?" takes it as given), or sets a condition ("If a request is sent
 * unsigned, S3 answers 403"); and a send verb must tell it, since "Our bucket policy denies unsigned requests" is a rule,
 * not what was sent (review of s32-paste2, finding 3).
 * `request.unsigned`, not a hint: weighed by its own rules (rules/causes/no-credentials-found.ts
 * no-credentials.told-unsigned, authorization-not-authentication.ts authz.told-unsigned); it detects nothing by itself.
 */
import { clauseBefore, deniedBefore, leftBefore } from '../says';
import { addSignal } from './draft';
import type { Extractor } from './types';

/** Sent, issued or made unsigned, a few words apart ("sent unsigned", "send unsigned requests", "made them unsigned"). */
const UNSIGNED_SENT = /\b(?:sen[dt]|sends|sending|issu(?:e|es|ed|ing)|ma(?:de|ke|kes|king)|go(?:es)? out|went out)\b(?: [\w'’-]{1,20}){0,3}? unsigned\b/gi;
/** Wished for or offered, not what failed: "want to send unsigned requests", "an option to make unsigned calls". */
const WISHED = /\b(?:want|wants|wanted|need|needs|needed|option|able|allow|allows|way|how|trying|try|tried) to(?: [\w'’-]{1,20}){0,2} ?$/i;
/** How far before a match a wish is looked for. */
const WISH_REACH = 60;
/** A clause set as a condition or a doubt: "If a request is sent unsigned, …", "When it is sent unsigned …", "whether it goes out unsigned". */
const CONDITION = /^\s*when\b|\b(?:if|whether|unless)\b/i;
/**
 * Where a sentence ends: . ! or ? before whitespace (not the dot of a host name), or a line break: sentences.ts's ends,
 * and a mark at the text's end. Found on either side of a match, not by splitting the text (see sentences.ts).
 */
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;
const SPACE = /\s/;
const SPACES = /\s+/g;
/** A question that takes the sending as given: "Why are the requests sent unsigned?". */
const WHY = /^\s*(?:why|how come)\b/i;

/** Where the sentence holding `at` opens: after the last sentence end before it (read backwards, not from the text's start). */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === at || SPACE.test(text[i + 1]!))) return i + 1;
  }
  return 0;
}

/** Whether the sentence around [start, end) is a question that asks whether, not why. */
function asked(text: string, start: number, end: number): boolean {
  SENTENCE_END.lastIndex = end;
  const close = SENTENCE_END.exec(text);
  if (close?.[0] !== '?') return false;
  return !WHY.test(text.slice(sentenceStart(text, start), start));
}

/** Whether the words before a match tell it as done: not denied, left, wished for, or a condition. */
function toldDone(text: string, index: number): boolean {
  const clause = clauseBefore(text, index);
  return !deniedBefore(clause) && !leftBefore(clause) && !CONDITION.test(clause) && !WISHED.test(text.slice(Math.max(0, index - WISH_REACH), index));
}

export const extractUnsignedRequest: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('unsigned')) return;
  for (const m of ctx.text.matchAll(UNSIGNED_SENT)) {
    if (!toldDone(ctx.text, m.index) || asked(ctx.text, m.index, m.index + m[0].length)) continue;
    addSignal(draft, 'request.unsigned', ctx.loc(ctx.lineOf(m.index)), m[0].replace(SPACES, ' ').trim());
    return;
  }
};

export const UNSIGNED_REQUEST_PATTERNS: RegExp[] = [UNSIGNED_SENT, WISHED, CONDITION, SENTENCE_END, WHY, SPACE, SPACES];
