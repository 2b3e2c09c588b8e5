/**
 * Access key id hints: full ids (kept only as prefix + last 4 + decoded account), masked forms
 * (`AKIA...1234`, `****************ABCD` from `aws configure list`) and the shape problems that make a
 * key id invalid before AWS even looks it up.
 */
import type { KeyIdHint, KeyIdKind, Location } from '../diagnosis';
import { ACCOUNT_DECODE_PATTERNS, decodeAccountId, isCredentialKind, kindOfPrefix, prefixAlternation } from '../key-id';
import { addSignal, hasSignal, signalsFull } from './draft';
import type { Draft, Extractor } from './types';
import { allMatches } from '../all-matches';

/** The prefixes diagnose reads a kind from (access keys, LocalStack's, user and role ids). */
const PREFIXES = prefixAlternation((p) => p.reads !== 'unknown');
const HAS_PREFIX = new RegExp(PREFIXES);
const FULL_ID = new RegExp(`(?<![A-Za-z0-9])(${PREFIXES})([A-Za-z0-9]{10,30})(?![A-Za-z0-9])`, 'g');
const MASKED_ID = new RegExp(`(?<![A-Za-z0-9])(${PREFIXES})(?:\\.{2,4}|…|\\*{2,20}|[xX]{3,16}|_{2,16}|-{2,4})([A-Z0-9]{4})(?![A-Za-z0-9])`, 'g');
/**
 * Masked to the end, so only the prefix (and maybe a few more characters) shows: `AKIA****************`,
 * `ASIA2BXOxxxxxxxxxxxx`. The prefix alone still tells a long-term key from a temporary one. AWS's access key prefixes only.
 */
const MASKED_TO_END = new RegExp(`(?<![A-Za-z0-9])(${prefixAlternation((p) => isCredentialKind(p.reads) && p.reads !== 'localstack')})[A-Z0-9]{0,12}?(?:\\*{6,20}|[xX]{6,16})(?![A-Za-z0-9*])`, 'g');
export const STARS_LAST4 = /\*{8,20}([A-Za-z0-9/+]{4})(?![A-Za-z0-9])/g;
const SECRET_ROW = /secret_key|secret access key|secretaccesskey|secret/i;

/** Masked by the person who pasted it (AKIAZGKxxxxxxxxxxx, AKIA****1234): not a value to judge. */
function isMasked(value: string): boolean {
  return MASK_MARKS.test(value);
}
/* Compiled once: a regex literal in a function is a new object on every call (an env dump judges thousands of ids). */
const MASK_MARKS = /x{4,}|X{4,}|\*{2,}|\.{3}|…/;
const LOWERCASE = /[a-z]/;
const DIGIT_NEVER_IN_IDS = /[0189]/;
/** A secret access key's base64 punctuation, never in a key id (shared with credential-source.ts). */
export const BASE64_PUNCTUATION = /[/+]/;

/** Problems with a complete-looking key id value. */
export function keyShapeProblems(value: string): string[] {
  const problems: string[] = [];
  if (isMasked(value)) return problems;
  if (value.length !== 20) problems.push(`length ${value.length} (expected 20)`);
  if (LOWERCASE.test(value)) problems.push('lowercase letters');
  if (DIGIT_NEVER_IN_IDS.test(value.slice(4))) problems.push('digits 0, 1, 8 or 9 (never used in key ids: O/I/B mix-up?)');
  if (BASE64_PUNCTUATION.test(value)) problems.push("'/' or '+' (a secret access key in the key id slot?)");
  return problems;
}

export function addKeyHint(draft: Draft, hint: KeyIdHint): KeyIdHint {
  const existing = draft.facts.keyIds.find((k) => k.prefix === hint.prefix && k.last4 === hint.last4);
  if (existing) {
    if (hint.problems?.length) existing.problems = [...new Set([...(existing.problems ?? []), ...hint.problems])];
    if (hint.complete && !existing.complete) Object.assign(existing, { complete: true, accountId: hint.accountId });
    return existing;
  }
  // A tail-only hint ("****ABCD") that matches a known full id adds nothing.
  if (hint.prefix === '' && draft.facts.keyIds.some((k) => k.last4 === hint.last4 && k.kind !== 'user-id' && k.kind !== 'role-id')) return hint;
  if (draft.facts.keyIds.length < MAX_KEY_HINTS) draft.facts.keyIds.push(hint);
  return hint;
}

/** How many key id hints a diagnosis keeps. */
const MAX_KEY_HINTS = 20;

/**
 * Whether judging a full key id (hintFromId, then its signals) can still change the draft. Once MAX_KEY_HINTS are
 * kept, a hint whose prefix and last four are new is dropped by addKeyHint, and its signals are presence-only
 * (draft.ts): it counts only while its kind's signal, or (for an id of the wrong shape) `key.shape-problem`, is not yet
 * there. A long paste of many distinct ids (an env dump, a CloudTrail log) so judges a few and reads past the rest.
 */
export function keyHintCounts(draft: Draft, id: string): boolean {
  const kept = draft.facts.keyIds;
  if (kept.length < MAX_KEY_HINTS) return true;
  // Compared in place (no string built per id): an env dump brings thousands.
  const upper = id.charCodeAt(0) < 97 && id.charCodeAt(1) < 97 && id.charCodeAt(2) < 97 && id.charCodeAt(3) < 97;
  for (const k of kept) {
    if (k.prefix.length !== 4 || k.last4?.length !== 4 || !id.endsWith(k.last4)) continue;
    if (upper ? id.startsWith(k.prefix) : id.slice(0, 4).toUpperCase() === k.prefix) return true;
  }
  if (signalsFull(draft)) return false;
  const kind = kindOfPrefix(id.slice(0, 4));
  if (!hasSignal(draft, KIND_SIGNAL[kind])) return true;
  return kind !== 'user-id' && kind !== 'role-id' && !hasSignal(draft, 'key.shape-problem') && !wellShaped(id) && keyShapeProblems(id).length > 0;
}

/** The signal id of each kind, built once (noteKind adds it; keyHintCounts asks for it per id). */
const KIND_SIGNAL: Record<KeyIdKind, string> = {
  'long-term': 'key.kind.long-term',
  temporary: 'key.kind.temporary',
  bearer: 'key.kind.bearer',
  context: 'key.kind.context',
  localstack: 'key.kind.localstack',
  mock: 'key.kind.mock',
  'user-id': 'key.kind.user-id',
  'role-id': 'key.kind.role-id',
  unknown: 'key.kind.unknown',
};

/** 20 characters, upper case, no 0, 1, 8, 9 after the prefix, no '/' or '+': keyShapeProblems finds nothing (checked in place). */
function wellShaped(id: string): boolean {
  if (id.length !== 20) return false;
  for (let i = 0; i < 20; i++) {
    const c = id.charCodeAt(i);
    const letter = c >= 65 && c <= 90;
    const digit = i < 4 ? c >= 48 && c <= 57 : c >= 50 && c <= 55;
    if (!letter && !digit) return false;
  }
  return true;
}

export function hintFromId(id: string, at: Location | undefined): KeyIdHint {
  const prefix = id.slice(0, 4).toUpperCase();
  const kind: KeyIdKind = kindOfPrefix(prefix);
  // User and role ids (AIDA…, AROA…) are 21 characters and not credentials: no shape rules apply.
  const problems = kind === 'user-id' || kind === 'role-id' ? [] : keyShapeProblems(id);
  const hint: KeyIdHint = { prefix, last4: id.slice(-4), kind, complete: problems.length === 0 && !isMasked(id) };
  if (problems.length) hint.problems = problems;
  const account = hint.complete ? decodeAccountId(id) : undefined;
  if (account) hint.accountId = account;
  if (at) hint.at = at;
  return hint;
}

function noteKind(draft: Draft, hint: KeyIdHint, at: Location): void {
  addSignal(draft, KIND_SIGNAL[hint.kind], at, `${hint.prefix}…${hint.last4 ?? ''}`);
  if (hint.problems?.length) addSignal(draft, 'key.shape-problem', at, hint.problems.join('; '));
}

const TAIL4 = /[A-Za-z0-9/+]{4}(?![A-Za-z0-9])/y;

/**
 * The matches of STARS_LAST4 in `line`, as `matchAll` finds them, read once per run of stars: the regex
 * retries every star of a long run (a line of stars cost about 13 steps a character). A match's stars end
 * where the run ends ('*' is not a tail character), so the leftmost match of a run starts 20 stars before
 * its end (or at its start), and the run holds one match or none.
 */
export function starsLast4(line: string): Array<{ index: number; last4: string }> {
  const out: Array<{ index: number; last4: string }> = [];
  for (let s = line.indexOf('*'); s >= 0; ) {
    let e = s + 1;
    while (line.charCodeAt(e) === 42) e++;
    let next = e;
    if (e - s >= 8) {
      TAIL4.lastIndex = e;
      if (TAIL4.test(line)) {
        out.push({ index: Math.max(s, e - 20), last4: line.slice(e, e + 4) });
        next = e + 4;
      }
    }
    s = line.indexOf('*', next);
  }
  return out;
}

/** How many of `s`'s characters are a-z (counted in place: an env dump has thousands of ids to judge). */
function lowercaseLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

export const extractKeyIds: Extractor = (ctx, draft) => {
  const seenIds = new Set<string>();
  ctx.lines.forEach((line, i) => {
    if (line.length < 8) return;
    const n = i + 1;
    const hasPrefix = HAS_PREFIX.test(line);
    if (hasPrefix) {
      for (const m of allMatches(FULL_ID, line)) {
        // The match is prefix + body (its look-arounds take no characters): no string built per id.
        const id = m[0];
        // Only 16-character bodies are ids; much shorter or longer runs are words or blobs.
        const body = m[2]!;
        if (body.length < 12 || body.length > 20) continue;
        // Mostly upper-case: "ASIApacificRegion" is prose, "AKIAIOSFODNN7exAMPLE" is a mangled id.
        const lower = lowercaseLetters(body);
        if (lower > 0 && (body.length !== 16 || lower > 4)) continue;
        // An id seen before adds nothing: its hint was merged and its signals (the same details) were kept the first time.
        if (seenIds.has(id)) continue;
        seenIds.add(id);
        if (!keyHintCounts(draft, id)) continue;
        const hint = addKeyHint(draft, hintFromId(id, ctx.loc(n)));
        noteKind(draft, hint, ctx.loc(n));
      }
      for (const m of allMatches(MASKED_ID, line)) {
        const prefix = m[1]!;
        const hint = addKeyHint(draft, { prefix, last4: m[2]!, kind: kindOfPrefix(prefix), complete: false, at: ctx.loc(n) });
        noteKind(draft, hint, ctx.loc(n));
      }
      for (const m of allMatches(MASKED_TO_END, line)) {
        const prefix = m[1]!;
        if (draft.facts.keyIds.some((k) => k.prefix === prefix)) continue;
        const hint = addKeyHint(draft, { prefix, last4: null, kind: kindOfPrefix(prefix), complete: false, at: ctx.loc(n) });
        noteKind(draft, hint, ctx.loc(n));
      }
    }
    if (line.includes('********')) {
      for (const m of starsLast4(line)) {
        const before = line.slice(0, m.index);
        if (SECRET_ROW.test(before)) continue;
        addKeyHint(draft, { prefix: '', last4: m.last4, kind: 'unknown', complete: false, at: ctx.loc(n) });
      }
    }
  });
};

export const KEY_ID_PATTERNS: RegExp[] = [FULL_ID, MASKED_ID, MASKED_TO_END, STARS_LAST4, TAIL4, SECRET_ROW, MASK_MARKS, LOWERCASE, DIGIT_NEVER_IN_IDS, BASE64_PUNCTUATION, ...ACCOUNT_DECODE_PATTERNS];
