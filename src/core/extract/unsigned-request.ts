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
 * `request.unsigned`, not a hint: weighed by its own rules (rules/causes/no-credentials-found.ts
 * no-credentials.told-unsigned, authorization-not-authentication.ts authz.told-unsigned); it detects nothing by itself.
 */
import { addSignal } from './draft';
import type { Extractor } from './types';

/** Sent, issued or made unsigned, a few words apart ("sent unsigned", "send unsigned requests"), or "unsigned requests". */
const UNSIGNED_SENT = /\b(?:sen[dt]|sends|sending|issu(?:e|es|ed|ing)|ma(?:de|ke|kes|king)|go(?:es)? out|went out)\b(?: [\w'’-]{1,20}){0,3}? unsigned\b|\bunsigned (?:https? )?(?:requests?|calls?)\b/gi;
/** Wished for or offered, not what failed: "want to send unsigned requests", "an option to make unsigned calls". */
const WISHED = /\b(?:want|wants|wanted|need|needs|needed|option|able|allow|allows|way|how|trying|try|tried) to(?: [\w'’-]{1,20}){0,2} ?$/i;
/** How far before a match a wish is looked for. */
const WISH_REACH = 60;

export const extractUnsignedRequest: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('unsigned')) return;
  for (const m of ctx.text.matchAll(UNSIGNED_SENT)) {
    if (WISHED.test(ctx.text.slice(Math.max(0, m.index - WISH_REACH), m.index))) continue;
    addSignal(draft, 'request.unsigned', ctx.loc(ctx.lineOf(m.index)), m[0].replace(/\s+/g, ' ').trim());
    return;
  }
};

export const UNSIGNED_REQUEST_PATTERNS: RegExp[] = [UNSIGNED_SENT, WISHED];
