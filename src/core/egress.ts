/**
 * The egress guard: defence in depth behind redaction. It learns the secrets found in a request's
 * input and keeps only hashed fingerprints of them (each secret's 16-character windows; a shorter
 * secret of 8+ characters whole). Every string about to leave (a CLI line, a Slack API argument, a
 * log record, a stored value, a metric label) is checked on its decoded view, and any stretch that
 * matches a fingerprint is replaced, so a piece of a secret that a redaction rule let through
 * cannot be emitted. Pure: the adapters count and log what it replaces.
 */
import { findSecrets, type FoundSecret } from './redact';
import { decodedView, originalSpan } from './secrets/view';

export const EGRESS_WINDOW = 16;
const MIN_SHORT_SECRET = 8;
/** What stands between the pieces of a key written in pieces (secrets/detect.ts keyFromPieces: blanks, line breaks, dashes). */
const PIECE_GAPS = /[\s-]+/g;
export const EGRESS_PLACEHOLDER = '[REDACTED:egress]';

const B1 = 0x01000193;
const B2 = 0x5bd1e995;

/** Polynomial hashes of every `len`-character window of `s`, rolled in O(1) per position. */
function forEachWindow(s: string, len: number, fn: (at: number, print: number) => boolean | void): void {
  if (s.length < len) return;
  let h1 = 0;
  let h2 = 0;
  let p1 = 1;
  let p2 = 1;
  for (let i = 0; i < len - 1; i++) {
    p1 = Math.imul(p1, B1);
    p2 = Math.imul(p2, B2);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i >= len) {
      const out = s.charCodeAt(i - len) + 1;
      h1 = (h1 - Math.imul(out, p1)) | 0;
      h2 = (h2 - Math.imul(out, p2)) | 0;
    }
    h1 = (Math.imul(h1, B1) + c + 1) | 0;
    h2 = (Math.imul(h2, B2) + c + 1) | 0;
    if (i >= len - 1 && fn(i - len + 1, (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff)) === true) return;
  }
}

export interface ScrubResult<T> {
  value: T;
  /** How many stretches were replaced. */
  hits: number;
}

export interface EgressGuard {
  /** Find the secrets in an input and remember their fingerprints; returns how many were found. */
  learn(input: string): number;
  /** Remember secrets already found (by `findSecrets`). */
  learnFound(found: readonly FoundSecret[]): void;
  /** Fingerprints held. */
  readonly size: number;
  /** True when `text` holds a piece of a learned secret. */
  holds(text: string): boolean;
  scrub(text: string): ScrubResult<string>;
  /** Scrub every string (and object key) inside a JSON-like value; unchanged parts are not copied. */
  scrubValue<T>(value: T): ScrubResult<T>;
}

/** At most this many fingerprints: a long-running process forgets the oldest. */
const DEFAULT_MAX_PRINTS = 200_000;

export function createEgressGuard(opts: { maxPrints?: number } = {}): EgressGuard {
  const max = opts.maxPrints ?? DEFAULT_MAX_PRINTS;
  /** Window length -> fingerprints of that length (16, or the length of a short secret). */
  const prints = new Map<number, Set<number>>();
  let size = 0;

  const add = (len: number, print: number): void => {
    let set = prints.get(len);
    if (!set) prints.set(len, (set = new Set()));
    if (set.has(print)) return;
    if (size >= max) {
      // Forget the oldest fingerprint of the biggest set (Sets iterate in insertion order).
      const biggest = [...prints.values()].sort((a, b) => b.size - a.size)[0]!;
      biggest.delete(biggest.values().next().value!);
      size--;
    }
    set.add(print);
    size++;
  };

  const learnValue = (secret: FoundSecret): void => {
    // A multi-line secret (a PEM key) is fingerprinted line by line, without its markers; a key written in pieces
    // (`wJal rXUt nFEM …`, `wJalr-XUtnF-…`, cut over a line break) as pasted and joined, as an exit could print either.
    // Its pieces are base64, which has no blank or dash: what stands between them is all that joining takes out.
    const { value } = secret;
    const pem = value.includes('-----');
    const pieces = value.split(/\s+|-----[A-Z ]{1,60}-----/);
    if (pieces.length > 1 && !pem) pieces.push(value);
    const joined = pem ? value : value.replace(PIECE_GAPS, '');
    if (joined !== value) pieces.push(joined);
    for (const piece of pieces) {
      if (piece.length >= EGRESS_WINDOW) forEachWindow(piece, EGRESS_WINDOW, (_at, p) => add(EGRESS_WINDOW, p));
      // A short value is fingerprinted only when it looks made up (letters and digits or symbols),
      // so that a dummy such as "localstack" does not blank the word everywhere.
      else if (piece.length >= MIN_SHORT_SECRET && /[A-Za-z]/.test(piece) && /[^A-Za-z]/.test(piece)) forEachWindow(piece, piece.length, (_at, p) => add(piece.length, p));
    }
  };

  /** View ranges [start, end) that match a fingerprint, merged. */
  const matches = (view: string, firstOnly: boolean): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const [len, set] of prints) {
      if (set.size === 0) continue;
      forEachWindow(view, len, (at, p) => {
        if (!set.has(p)) return false;
        out.push([at, at + len]);
        return firstOnly;
      });
      if (firstOnly && out.length > 0) return out;
    }
    out.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const r of out) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  };

  const minLen = (): number => Math.min(...prints.keys());

  const scrub = (text: string): ScrubResult<string> => {
    if (size === 0 || typeof text !== 'string' || text.length < minLen()) return { value: text, hits: 0 };
    const view = decodedView(text);
    const found = matches(view.text, false);
    if (found.length === 0) return { value: text, hits: 0 };
    let out = '';
    let last = 0;
    for (const [a, b] of found) {
      const [start, end] = originalSpan(view, a, b);
      if (start < last) continue;
      const newlines = text.slice(start, end).split('\n').length - 1;
      out += text.slice(last, start) + EGRESS_PLACEHOLDER + '\n'.repeat(newlines);
      last = end;
    }
    return { value: out + text.slice(last), hits: found.length };
  };

  const scrubValue = <T>(value: T, depth = 0): ScrubResult<T> => {
    if (typeof value === 'string') return scrub(value) as ScrubResult<T>;
    if (size === 0 || value === null || typeof value !== 'object' || depth > 16) return { value, hits: 0 };
    let hits = 0;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      value.forEach((v: unknown, i) => {
        const r = scrubValue(v, depth + 1);
        if (r.hits > 0) {
          copy ??= [...value];
          copy[i] = r.value;
          hits += r.hits;
        }
      });
      return { value: (copy ?? value) as T, hits };
    }
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return { value, hits: 0 };
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const rk = scrub(k);
      const rv = scrubValue(v, depth + 1);
      if (rk.hits + rv.hits > 0) {
        copy ??= { ...(value as Record<string, unknown>) };
        if (rk.hits > 0) delete copy[k];
        copy[rk.value] = rv.value;
        hits += rk.hits + rv.hits;
      }
    }
    return { value: (copy ?? value) as T, hits };
  };

  return {
    learn(input: string): number {
      const found = findSecrets(input);
      for (const s of found) learnValue(s);
      return found.length;
    },
    learnFound(found: readonly FoundSecret[]): void {
      for (const s of found) learnValue(s);
    },
    get size() {
      return size;
    },
    holds(text: string): boolean {
      if (size === 0 || typeof text !== 'string' || text.length < minLen()) return false;
      return matches(decodedView(text).text, true).length > 0;
    },
    scrub,
    scrubValue: (value) => scrubValue(value),
  };
}
