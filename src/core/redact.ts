/**
 * Secrets out before anything leaves the core. `redact(text) -> {text, count, kinds}` is the contract.
 * Secrets are found on the decoded view of the text (what a human would read: entities, URL and
 * JSON escapes decoded, invisible characters dropped, full-width folded, wrapped values re-joined;
 * see secrets/view.ts) and each one is removed from the original text over the whole span it came
 * from, so the same secret goes whatever its encoding. Line count is preserved (a wrapped or
 * multi-line secret keeps its newlines) so that locations found in the redacted text match the
 * pasted text. Access key ids are facts, not secrets: they stay here and are masked to prefix +
 * last 4 by `maskKeyIds` wherever text is shown.
 */
import type { SecretKind } from './diagnosis';
import { DETECT_PATTERNS, findSecretSpans } from './secrets/detect';
import { EVIDENCE_PATTERNS } from './secrets/evidence';
import { decodedView, originalSpan, VIEW_PATTERNS, type DecodedView } from './secrets/view';
import { readThroughShape } from './extract/paste-shape';
import { ANSI_ESCAPE } from './normalise';
import { FULL_KEY_ID } from './key-id';
import { mergeSpans } from './secrets/spans';
import { asciiTable, holdsRun } from './ascii-table';

export interface RedactionResult {
  text: string;
  count: number;
  kinds: SecretKind[];
}

/** A secret found in a text: where it sits in the original, and its value as a human reads it. */
export interface FoundSecret {
  start: number;
  end: number;
  kind: SecretKind;
  /** The decoded value. Never leaves the core: it is only fingerprinted (see egress.ts). */
  value: string;
}

/** The view's character at `at` was a JSON `\t` in `text` (a Slack request's body: an AWS CLI text row's tabs). */
function tabEscapeAt(text: string, view: DecodedView, at: number): boolean {
  const [start, end] = originalSpan(view, at, at + 1);
  return end - start === 2 && text.charCodeAt(start) === 92 /* \ */ && text.charCodeAt(start + 1) === 116 /* t */;
}

/** The secrets of `text` as pasted (its decoded view), spans in `text`; `view` is handed back for more look-ups. */
function pastedSecrets(text: string, view: DecodedView = decodedView(text)): FoundSecret[] {
  return mergeSpans(
    findSecretSpans(view.text, (at) => tabEscapeAt(text, view, at)).map((s) => {
      const [start, end] = originalSpan(view, s.start, s.end);
      return { start, end, kind: s.kind, value: view.text.slice(s.start, s.end) };
    }),
    true,
  );
}

/** The most text a wrapper puts between two pieces of one secret (a log line's prefix, `', '`, `&nbsp;`). */
const MAX_WRAPPER_GAP = 80;

/**
 * Where the pieces of `value` (as read through a wrapper: blank-separated, or cut over its lines) stand in `view`, in
 * order, each within MAX_WRAPPER_GAP of the one before: [start, end) of each such run.
 */
function piecesIn(view: string, value: string): Array<[number, number]> {
  const pieces = value.split(/\s+/).filter((p) => p !== '');
  const out: Array<[number, number]> = [];
  if (pieces.length === 0) return out;
  const first = pieces[0]!;
  for (let at = view.indexOf(first); at >= 0; at = view.indexOf(first, at + 1)) {
    let end = at + first.length;
    for (let i = 1; i < pieces.length && end >= 0; i++) {
      const next = view.indexOf(pieces[i]!, end);
      end = next >= 0 && next - end <= MAX_WRAPPER_GAP ? next + pieces[i]!.length : -1;
    }
    if (end < 0) continue;
    out.push([at, end]);
    at = end - 1;
  }
  return out;
}

/**
 * A log record's line (its prefix taken off by the shaped reading: `time=… level=error msg=AccessDenied` read as
 * `msg=AccessDenied`) after a line that is none is a record of its own, not the rest of a value cut on the line before:
 * as pasted it opens with its time, evidence the view keeps apart (cut-secret.ts). Read without it, `msg=AccessDenied`
 * after a full-width `DB_PASSWORD=…` row was read as the password's cut rest and the whole record erased (review18 #10).
 * Answers where a span [start, end) of `text` must stop: at the first line break into such a line, or at `end`.
 */
function stopBeforeRecord(text: string, records: ReadonlySet<number>): (start: number, end: number) => number {
  // Spans are asked in order (pastedSecrets sorts them): `line` holds the last start asked, `nl` its line break.
  let line = 0;
  let nl = text.indexOf('\n');
  return (start, end) => {
    while (nl >= 0 && nl < start) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    for (let l = line, at = nl; at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
      l++;
      if (records.has(l) && !records.has(l - 1)) return at;
    }
    return end;
  };
}

/**
 * Every secret in `text`, in order, spans in original coordinates and never overlapping: those found in it as pasted,
 * and those found only when it is read through its wrapper (a log prefix, a quote, a JSON record, a list repr: see
 * paste-shape.ts), found again in it by their pieces. Every caller (the stored case, the egress guard) so removes
 * what diagnose finds.
 */
export function findSecrets(input: string): FoundSecret[] {
  const text = typeof input === 'string' ? input : '';
  if (text.length === 0) return [];
  const view = decodedView(text);
  const found = pastedSecrets(text, view);
  // Read without terminal colours too (normalise takes them off before diagnose reads): they split a value from its label.
  const plain = text.includes('\u001b') ? text.replace(ANSI_ESCAPE, '') : text;
  const shaped = readThroughShape(plain);
  // Most texts carry no wrapper: readThroughShape's literal pre-check (no backslash, `<br`, nor a wrapper's opening at a
  // line start) hands them back as they came, and they are read once (as fast as before the wrappers were read).
  if (shaped.text === text) return found;
  const extra: FoundSecret[] = [];
  const seen = new Set<string>();
  const stopAt = shaped.records.size > 0 ? stopBeforeRecord(shaped.text, shaped.records) : undefined;
  // What was decoded, read as pasted, is `found` already: only the unwrapped text is read here.
  for (const f of pastedSecrets(shaped.text)) {
    const stop = stopAt ? stopAt(f.start, f.end) : f.end;
    const cut = stop !== f.end;
    // As it stands in the unwrapped text (pieces over lines), or as decoded (a URL or JSON escape the view reads too).
    for (const pieces of cut ? [shaped.text.slice(f.start, stop)] : [shaped.text.slice(f.start, f.end), f.value]) {
      if (seen.has(pieces)) continue;
      seen.add(pieces);
      for (const [a, b] of piecesIn(view.text, pieces)) {
        const [start, end] = originalSpan(view, a, b);
        extra.push({ start, end, kind: f.kind, value: cut ? pieces.replace(/\s+/g, '') : f.value });
      }
    }
  }
  // The wider reading first: of two spans with one start it names the kind and keeps the value the guard learns.
  // A span merged into another keeps its value too (one line each), so the guard learns every secret it held.
  const keepValue = (into: FoundSecret, span: FoundSecret): void => {
    if (!into.value.includes(span.value)) into.value += `\n${span.value}`;
  };
  return extra.length === 0 ? found : mergeSpans([...extra, ...found], false, keepValue);
}

/**
 * The secrets of a text read through its wrapper (`shaped`, from readThroughShape), spans in `shaped`. Redaction sees
 * a wider view, never a narrower one: a secret found in what was decoded, read as it was pasted (`decodedFrom`), is
 * redacted wherever its value stands in the unwrapped text too.
 */
export function findShapedSecrets(shaped: string, decodedFrom: string): FoundSecret[] {
  const found = pastedSecrets(shaped);
  if (decodedFrom === '') return found;
  // Wherever a value found as pasted stands in the unwrapped text; one inside or across a found span widens it (merge).
  const extra: FoundSecret[] = [];
  const seen = new Set<string>();
  for (const f of pastedSecrets(decodedFrom)) {
    if (seen.has(f.value) || f.value.length === 0) continue;
    seen.add(f.value);
    for (let at = shaped.indexOf(f.value); at >= 0; at = shaped.indexOf(f.value, at + f.value.length)) extra.push({ ...f, start: at, end: at + f.value.length });
  }
  if (extra.length === 0) return found;
  // One sorted list without overlaps, as redactFound wants it.
  return mergeSpans([...found, ...extra].map((f) => ({ ...f })));
}

/** Preserve newlines inside a replaced span so that line numbers stay valid. */
function placeholder(kind: SecretKind, original: string): string {
  const newlines = original.includes('\n') ? '\n'.repeat(original.split('\n').length - 1) : '';
  return `[REDACTED:${kind}]${newlines}`;
}

export function redact(input: string): RedactionResult {
  const text = typeof input === 'string' ? input : '';
  return redactFound(text, findSecrets(text));
}

/** Remove secrets already found in `text` by `findSecrets`. */
export function redactFound(text: string, found: readonly FoundSecret[]): RedactionResult {
  if (found.length === 0) return { text, count: 0, kinds: [] };
  const kinds = new Set<SecretKind>();
  let out = '';
  let last = 0;
  for (const s of found) {
    kinds.add(s.kind);
    out += text.slice(last, s.start) + placeholder(s.kind, text.slice(s.start, s.end));
    last = s.end;
  }
  return { text: out + text.slice(last), count: found.length, kinds: [...kinds] };
}

/** FULL_KEY_ID without its global flag, for a test that keeps no lastIndex between calls. */
const ANY_KEY_ID = new RegExp(FULL_KEY_ID.source);

/**
 * A base64 run as long as an encoded key id (20-28 characters, perhaps with the newline `echo` adds: 28-40 base64
 * characters). A Kubernetes Secret's `data:` holds `AWS_ACCESS_KEY_ID` so (QA36 F17): one `base64 -d` from the whole id.
 * Its padding may be left out (`tr -d =`, base64url) or URL-encoded (`%3D`, a query or form body), and it may follow
 * an `=` (`AWS_ACCESS_KEY_ID=…`, `?id=…`) (R36b-9).
 */
const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{26,40}(?:={1,2}|(?:%3[Dd]){1,2})?(?![A-Za-z0-9+/=])/g;
/** The first question BASE64_RUN asks (26 base64 characters in a row), answered by holdsRun in one read of the text. */
const BASE64_CLASS = /[A-Za-z0-9+/]/;
const BASE64_CHAR = asciiTable(BASE64_CLASS);
const URL_PADDING = /%3D/gi;
const PADDING = /=/g;
/**
 * A decoded run that is a whole key id (groups 2-4 as FULL_KEY_ID's), and nothing else but what `echo` or `jq` puts
 * around a value: spaces, quotes, a line break (groups 1 and 5).
 */
const WHOLE_KEY_ID = new RegExp(`^(\\s{0,4}["']?)(?:${FULL_KEY_ID.source})(["']?\\s{0,4})$`);

/**
 * `text` with each base64 run that encodes a whole key id replaced by `to(prefix, middle, last4, encode)`: the masks of
 * a reply, the stand-ins of the case's evidence (conversation/belief.ts). `encode(id)` writes another id as the run was
 * written (what surrounded the id, the padding or its absence).
 */
export function replaceEncodedKeyIds(text: string, to: (prefix: string, middle: string, last4: string, encode: (id: string) => string) => string): string {
  if (!holdsRun(BASE64_CHAR, text, 26)) return text;
  return text.replace(BASE64_RUN, (run) => {
    const urlPadded = run.includes('%');
    const padded = urlPadded ? run.replace(URL_PADDING, '=') : run;
    let decoded: string;
    try {
      decoded = atob(padded);
    } catch {
      return run;
    }
    const m = WHOLE_KEY_ID.exec(decoded);
    if (!m) return run;
    const encode = (id: string): string => {
      const b = btoa(m[1]! + id + m[5]!);
      if (!padded.endsWith('=')) return b.replace(PADDING, '');
      return urlPadded ? b.replace(PADDING, '%3D') : b;
    };
    return to(m[2]!, m[3]!, m[4]!, encode);
  });
}

/** Show access key ids (and other unique ids) as prefix + "…" + last 4 only, written plain or in base64. */
export function maskKeyIds(text: string): string {
  // Most texts it is given (an evidence sentence, an excerpt) hold no id: a replace with a function allocates even then.
  const plain = ANY_KEY_ID.test(text) ? text.replace(FULL_KEY_ID, (_m, prefix: string, _middle: string, last4: string) => `${prefix}…${last4}`) : text;
  return replaceEncodedKeyIds(plain, (prefix, _middle, last4) => `${prefix}…${last4} (base64)`);
}

/**
 * A person's words as the case keeps and shows them (a told fix, a timeline's said line, a resolve note): secrets out,
 * key ids masked, on one line. `redact` alone keeps a plain key id whole (review 36b R36b-5).
 */
export function quotedWords(text: string): string {
  return maskKeyIds(redact(text).text).replace(/\s+/g, ' ').trim();
}

/** Every regex this module runs, for the ReDoS check. */
export const REDACT_PATTERNS: RegExp[] = [...VIEW_PATTERNS, ...DETECT_PATTERNS, ...EVIDENCE_PATTERNS, FULL_KEY_ID, ANY_KEY_ID, BASE64_RUN, BASE64_CLASS, URL_PADDING, PADDING, WHOLE_KEY_ID];
