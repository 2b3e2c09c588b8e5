/**
 * The decoded view: the text as a human would read it, for finding secrets. Slack/HTML entities,
 * URL escapes (%2F) and JSON escapes (\/, \u002F) are decoded; invisible characters (every Unicode
 * format character, bidi controls, variation selectors, Hangul fillers) are dropped; full-width and
 * other compatibility forms are folded (NFKC) and look-alike letters mapped to Latin; and a line
 * break is removed where a value obviously continues on the next line (a terminal wrap, a label
 * wrapped right after its `=`). Every view character remembers the span of the original it came
 * from, so a secret found in the view is removed from the original whatever its encoding.
 */

import { isPlainText, NOT_PLAIN } from '../plain-text';
import { ENTITY_AT, entityText } from '../html-entities';
import { SESSION_TOKEN_STARTS } from '../session-token-prefixes';
import { WRAP_WIDTHS } from '../wrap-widths';
import { cutsOf } from '../cut-lines';
import { opensVendorToken } from './vendor-tokens';
import { afterSecretRow } from './cut-secret';
import { camelWords, madeOfWords, SECRET_NAME_WORD, wordBuilt } from './evidence';
import { randomPart } from './detect';
import { containerJoins, CONTAINER_JOIN_PATTERNS, SHORT_KEY_AT_END } from './container-joins';
import { LINE_TIME, lineTimeAt } from './line-time';

export interface DecodedView {
  text: string;
  /**
   * How the view maps back, as segments covering it in order: segment k starts at view offset
   * vs[k]; a copied segment (oe[k] = -1) maps character by character from original offset os[k],
   * a decoded one maps every character to the whole original span [os[k], oe[k]).
   */
  vs: number[];
  os: number[];
  oe: number[];
}

/** Invisible code points a human does not see; removed from the view. */
const INVISIBLE = /^[\p{Cf}\p{Cs}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]$/u;
const ODD_SPACE = /^[\p{Zs}\u2028\u2029]$/u;

/** Cyrillic and Greek letters that render like Latin ones. */
const LOOK_ALIKE: Record<string, string> = {
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O', '\u0420': 'P',
  '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0406': 'I', '\u0408': 'J', '\u0405': 'S', '\u0430': 'a', '\u0435': 'e',
  '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x', '\u0455': 's', '\u0456': 'i', '\u0458': 'j',
  '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039a': 'K', '\u039c': 'M',
  '\u039d': 'N', '\u039f': 'O', '\u03a1': 'P', '\u03a4': 'T', '\u03a5': 'Y', '\u03a7': 'X', '\u03bf': 'o',
};

/**
 * Typographic double quotes (a word processor's, a blog's, Slack's or macOS's smart quotes) read as the `"` they stand
 * for: a value opened by `"` and closed by `”` ends there (`"%accessSecret%”, ”AWS_DEFAULT_REGION"` ran on over the next
 * name). Single ones stay: `’` is an apostrophe inside words far more often than a quote.
 */
const DOUBLE_QUOTES: Record<string, string> = { '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"' };

const JSON_SIMPLE: Record<string, string> = { '/': '/', '\\': '\\', '"': '"', n: '\n', r: '', t: ' ', b: '', f: '' };

/**
 * A character outside ASCII that the view reads as a base64 character of a value: a full-width letter, digit, `+` or `/`
 * (NFKC), or a look-alike Cyrillic or Greek letter. A terminal cuts a value written with them as it cuts any other.
 */
function readsAsB64(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff0b || c === 0xff0f || (c >= 0x386 && c <= 0x45f && LOOK_ALIKE[String.fromCharCode(c)] !== undefined);
}

/** The widest wrap: a line's columns are counted only when its length could make them one (a wide character is two). */
const MAX_WRAP_WIDTH = Math.max(...WRAP_WIDTHS);
/** Wide characters (East Asian wide and full-width): a terminal gives each two columns. */
const WIDE = /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]$/u;

/**
 * The line text[from, to) fills a wrap width in a terminal's columns, not in characters: a wide character takes two
 * (CJK, full-width `ｍｙ ｃａｃｈｅ`), an invisible one none. A terminal cut a line holding them at its width, which its
 * length is not, so a key cut there stayed in two pieces. A wide character that did not fit went on to the next line,
 * leaving the line a column short.
 */
function fillsColumns(text: string, from: number, to: number): boolean {
  let columns = 0;
  let other = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      columns++;
      continue;
    }
    other = true;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (ch.length === 2) i++;
    columns += INVISIBLE.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  }
  if (other && WRAP_WIDTHS.has(columns)) return true;
  const next = to + 1 < text.length ? String.fromCodePoint(text.codePointAt(to + 1)!) : '';
  return WRAP_WIDTHS.has(columns + 1) && WIDE.test(next);
}

/** A hanging indent (mail, Jira, a wrapped console) opens the line a wrapped value goes on in. */
const MAX_HANGING_INDENT = 8;

/**
 * The length of a quote mark opening the line at `at` (`> `, or `&gt; ` as Slack sends it; 0 when none). A reply that
 * quotes lines a terminal wrapped puts it before each of them: the quoted line is what follows it.
 */
function quoteAt(text: string, at: number): number {
  const mark = markAt(text, at);
  if (mark > 0) return mark;
  // A CI time before the quote (a program's quoted lines in a CI log): the quote mark is read with it.
  const time = lineTimeAt(text, at);
  return time > 0 && markAt(text, at + time) > 0 ? time + markAt(text, at + time) : 0;
}

/** The length of a quote mark at `at` (`> `, or `&gt; ` or `&gt;&nbsp;` as a page or Slack sends it; 0 when none). */
function markAt(text: string, at: number): number {
  if (text.charCodeAt(at) === 62 /* > */) return text.charCodeAt(at + 1) === 32 ? 2 : 0;
  if (text.charCodeAt(at) !== 38 || !text.startsWith('&gt;', at)) return 0;
  return text.charCodeAt(at + 4) === 32 ? 5 : text.startsWith('&nbsp;', at + 4) ? 10 : 0;
}

/**
 * A line that opens with a word of letters, a blank and a lower-case letter (`An error occurred`, `is what I used`) goes
 * on in prose: a full-width line before it ended where its author ended it (`Secret access key: <20> <20>` is 60 wide).
 */
function opensProse(text: string, at: number): boolean {
  let i = at;
  while (i - at < 24 && ((text.charCodeAt(i) | 32) >= 97 && (text.charCodeAt(i) | 32) <= 122)) i++;
  if (i === at) return false;
  // A copied page's blank is still `&nbsp;` where the wraps are read (on the text as pasted).
  const blank = text.charCodeAt(i) === 32 ? 1 : text.startsWith('&nbsp;', i) ? 6 : 0;
  return blank > 0 && isLowerLetter(text.charCodeAt(i + blank));
}

/** Blanks (at most MAX_HANGING_INDENT) from `at`. */
function indentAt(text: string, at: number): number {
  let i = at;
  while (i - at < MAX_HANGING_INDENT && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - at;
}
/** A line that ends in a secret's label with at most three characters of its value. */
const LABEL_AT_END = /(?:secret|token|password|passwd|private[_-]?key|api[_-]?key)[A-Za-z0-9_ -]{0,24}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z0-9/+=]{0,3})$/i;
/** STS session token starts, newest first: origin_ec tokens (IQoJ, earlier AgoJ), then the older aws ones (FwoG, FQoG, FQoD, AQoD). */
const SESSION_TOKEN_PREFIXES: readonly string[] = SESSION_TOKEN_STARTS.map((s) => s.prefix);

function isB64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Builds a view and its segments. */
class Builder {
  parts: string[] = [];
  vs: number[] = [];
  os: number[] = [];
  oe: number[] = [];
  n = 0;
  /** `s` stands for original [a, b). */
  push(s: string, a: number, b: number): void {
    this.vs.push(this.n);
    this.os.push(a);
    this.oe.push(b);
    this.parts.push(s);
    this.n += s.length;
  }
  /** Original [a, b) copied unchanged. */
  copy(src: string, a: number, b: number): void {
    this.vs.push(this.n);
    this.os.push(a);
    this.oe.push(-1);
    this.parts.push(src.slice(a, b));
    this.n += b - a;
  }
}

/** What may need decoding besides a character outside plain ASCII (NOT_PLAIN, a carriage return too): a URL escape, a JSON escape, an entity. */
const URL_ESCAPE = /%[0-9A-Fa-f]{2}/;
const JSON_ESCAPE = /\\[\\/"nrtbfu]/;
const ENTITY_START = /&(?:lt|gt|amp|quot|apos|nbsp|#)/;

/**
 * Something to decode. One regex over the text for all four cost a full pass on plain text without escapes; the
 * plain-text answer is normalise's (isPlainText keeps it), and each escape's regex runs only when a native search
 * finds its first character.
 */
function needsDecoding(s: string): boolean {
  return !isPlainText(s) || (s.includes('%') && URL_ESCAPE.test(s)) || (s.includes('\\') && JSON_ESCAPE.test(s)) || (s.includes('&') && ENTITY_START.test(s)) || (s.includes('[') && BYTE_ARRAY_START.test(s));
}

/**
 * Bytes printed as numbers: Go's `%v` of a []byte (`Data:map[string][]byte{credentials: [97 119 115 …]}`, a
 * Kubernetes Secret printed by an operator, github.com/redhat-cop/egressip-ipam-operator/issues/87) and a Node
 * Buffer as JSON (`{"type":"Buffer","data":[97,119,…]}`). Sixteen or more numbers that spell printable text are
 * read as that text; the whole array stands for it, so a secret inside removes the array.
 */
const BYTE_ARRAY_START = /\[\d{1,3}(?:(?:, ?| )\d{1,3}){15}/;
const BYTE_ARRAY = /\[(\d{1,3}(?:[, ] ?\d{1,3})+)\]/g;

interface ByteArray {
  start: number;
  end: number;
  text: string;
}

/** The byte arrays of `s` that spell printable text, in order. */
function byteArrays(s: string): ByteArray[] {
  const out: ByteArray[] = [];
  BYTE_ARRAY.lastIndex = 0;
  for (let m = BYTE_ARRAY.exec(s); m; m = BYTE_ARRAY.exec(s)) {
    const bytes = m[1]!.split(/[, ] ?/).map(Number);
    if (bytes.length < 16) continue;
    let printable = 0;
    let text = '';
    for (const v of bytes) {
      if ((v >= 32 && v < 127) || v === 9 || v === 10 || v === 13) printable++;
      if (v !== 13) text += String.fromCharCode(v);
    }
    if (printable >= bytes.length * 0.9 && !bytes.some((v) => v > 255)) out.push({ start: m.index, end: m.index + m[0].length, text });
  }
  return out;
}

function decodeOne(s: string, i: number): [string, number] {
  const c = s.charCodeAt(i);
  if (c === 37 /* % */ && i + 2 < s.length) {
    const h = hexVal(s.charCodeAt(i + 1));
    const l = hexVal(s.charCodeAt(i + 2));
    if (h >= 0 && l >= 0) {
      const v = h * 16 + l;
      // `%25` before two hex digits: a value URL-encoded twice (a presigned URL passed as a parameter of another URL).
      if (v === 0x25 && i + 4 < s.length) {
        const h2 = hexVal(s.charCodeAt(i + 3));
        const l2 = hexVal(s.charCodeAt(i + 4));
        const v2 = h2 * 16 + l2;
        if (h2 >= 0 && l2 >= 0 && v2 >= 0x20 && v2 < 0x7f) return [String.fromCharCode(v2), 5];
      }
      if (v >= 0x20 && v < 0x7f) return [String.fromCharCode(v), 3];
    }
  } else if (c === 92 /* \ */ && i + 1 < s.length) {
    const e = s[i + 1]!;
    // JSON inside a JSON string (a log line's message holding a JSON record): the inner `\/` escaped again as `\\/` or
    // `\\\/` is one `/` to a reader, as `\/` is (a key's `/` so written split it into pieces the shape rule left).
    if (e === '\\') {
      if (s.charCodeAt(i + 2) === 47 /* / */) return ['/', 3];
      if (s.charCodeAt(i + 2) === 92 && s.charCodeAt(i + 3) === 47) return ['/', 4];
    }
    if (e === 'u' && i + 5 < s.length) {
      const v = parseInt(s.slice(i + 2, i + 6), 16);
      if (/^[0-9A-Fa-f]{4}$/.test(s.slice(i + 2, i + 6))) return [foldChar(String.fromCharCode(v)), 6];
    }
    const simple = JSON_SIMPLE[e];
    if (simple !== undefined) return [simple, 2];
  } else if (c === 38 /* & */) {
    ENTITY_AT.lastIndex = i;
    const m = ENTITY_AT.exec(s);
    if (m) return [foldChar(entityText(m[0])), m[0].length];
  } else if (c === 13 /* \r */) {
    return ['', 1];
  } else if (c >= 0x80) {
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    return [foldChar(ch), ch.length];
  }
  return [s[i]!, 1];
}

/** One non-ASCII character as a human reads it: nothing, a space, a Latin letter or its NFKC form. */
function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch;
  if (INVISIBLE.test(ch)) return '';
  if (ODD_SPACE.test(ch)) return ' ';
  const look = LOOK_ALIKE[ch] ?? DOUBLE_QUOTES[ch];
  if (look !== undefined) return look;
  const folded = ch.normalize('NFKC');
  return INVISIBLE.test(folded) ? '' : folded;
}

/** A character that may decode to something else: outside printable ASCII, tab and newline, or % \ &. */
function isSpecial(c: number): boolean {
  return c > 0x7e || (c < 0x20 ? c !== 9 && c !== 10 : c === 37 || c === 92 || c === 38);
}

/** Finds the next % \ or & with native searches (plain text only). */
class EscapeFinder {
  private readonly at = [-2, -2, -2];
  constructor(private readonly s: string) {}
  next(from: number): number {
    let best = -1;
    for (let k = 0; k < 3; k++) {
      let p = this.at[k]!;
      if (p !== -1 && p < from) p = this.at[k] = this.s.indexOf('%\\&'[k]!, from);
      if (p !== -1 && (best === -1 || p < best)) best = p;
    }
    return best === -1 ? this.s.length : best;
  }
}

function decode(s: string): DecodedView {
  const b = new Builder();
  let i = 0;
  // Characters to decode are found with native searches in plain text, else with a loop over code
  // units: a global regex exec per escape cost more than decoding it.
  const finder = isPlainText(s) ? new EscapeFinder(s) : undefined;
  const arrays = s.includes('[') && BYTE_ARRAY_START.test(s) ? byteArrays(s) : [];
  let ai = 0;
  for (let at = 0; at < s.length; ) {
    while (ai < arrays.length && arrays[ai]!.start < at) ai++;
    const nextArray = ai < arrays.length ? arrays[ai]!.start : s.length;
    if (finder) at = Math.min(finder.next(at), nextArray);
    else if (at !== nextArray && !isSpecial(s.charCodeAt(at))) {
      at++;
      continue;
    }
    if (at >= s.length) break;
    if (at > i) b.copy(s, i, at);
    const [out, used] = at === nextArray ? [arrays[ai]!.text, arrays[ai]!.end - at] : decodeOne(s, at);
    if (out.length > 0) b.push(out, at, at + used);
    i = at + used;
    at = i;
  }
  if (i < s.length) b.copy(s, i, s.length);
  return { text: b.parts.join(''), vs: b.vs, os: b.os, oe: b.oe };
}

/** What may follow a value that is a line's whole first word. */
const VALUE_END = /[\s"',;}\]]/;
/**
 * A line opened by a label in words (`Secret access key: …`, `Region: us-east-1`): lower-case words, the first may be
 * capitalised, then a colon and a blank. No wrap of a random value leaves such a tail; read as one, the label's first
 * word was joined to a 64-character `aws_secret_access_key = <40>` line and the worded key after it went unread.
 */
export const WORDED_LABEL_OPENS = /[A-Za-z][a-z]{1,20}(?: [a-z]{1,20}){0,4}:[ \t]/y;

/**
 * WORDED_LABEL_OPENS at `at`, read by hand: it runs on every line that opens with a base64 character, and a regex call
 * per line was most of the re-join pass on a log. Each word is a maximal run of lower-case letters (the regex cannot
 * end one early: a letter would follow), so there is nothing to backtrack; test/unit/core/secrets-worded-label.test.ts
 * holds the two equal.
 */
export function opensWithWordedLabel(text: string, at: number): boolean {
  const first = text.charCodeAt(at) | 32;
  if (first < 97 || first > 122) return false;
  let i = at + 1;
  for (let groups = 0; ; groups++) {
    const start = i;
    while (isLowerLetter(text.charCodeAt(i))) i++;
    if (i === start || i - start > 20) return false;
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) {
      const blank = text.charCodeAt(i + 1);
      return blank === 32 || blank === 9;
    }
    if (c !== 32 || groups === 4) return false;
    i++;
  }
}

const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * A line whose first word is "secret" (`secret key -`, `Secret access key is`, `SECRET =`) opens a worded label, whatever
 * follows it: no wrapped value ends in a whole word "secret". Joined to a full-width line that ends in a complete key
 * (`aws_secret_access_key = <40>`, 64 wide), the label lost its first word and the key written after it in pieces leaked.
 */
function opensWithSecretWord(text: string, at: number): boolean {
  if ((text.charCodeAt(at) | 32) !== 115 /* s */ || text.slice(at, at + 6).toLowerCase() !== 'secret') return false;
  return at + 6 >= text.length || !isB64(text.charCodeAt(at + 6));
}

/**
 * Where the base64 value that opens text[from, to) ends (after its `=` padding) when it is the span's
 * whole first word (not `AWS_PROFILE=dev`); `from` when there is none. Read on offsets, so that the
 * lines no value opens are never sliced.
 */
function valueEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isB64(text.charCodeAt(i))) i++;
  if (i === from) return from;
  while (i < to && text.charCodeAt(i) === 61 /* = */) i++;
  return i === to || VALUE_END.test(text[i]!) ? i : from;
}

function endsInSessionToken(line: string): boolean {
  let i = line.length;
  while (i > 0 && isB64(line.charCodeAt(i - 1))) i--;
  const run = line.slice(i);
  return SESSION_TOKEN_PREFIXES.some((p) => run.includes(p));
}

/**
 * True when the line break after `line` (whose previous line is `before`) only wraps a value; the next
 * line opens with a value `valueLength` characters long (valueEnd).
 */
function continuesAfter(line: string, before: string | undefined, valueLength: number): boolean {
  const wrapped = WRAP_WIDTHS.has(line.length);
  const tail = line.slice(-64);
  const label = LABEL_AT_END.exec(tail);
  if (label) {
    // `AWS_SECRET_ACCESS_KEY=` then the value on the next line, or a wrap a few characters in.
    return wrapped || (label[1] === '' && valueLength >= 16) || label[1]!.length + valueLength === 40;
  }
  if (line.length === 0 || !isB64(line.charCodeAt(line.length - 1))) return false;
  const key = SHORT_KEY_AT_END.exec(tail);
  // A secret access key split in two: both halves make exactly 40 characters.
  if (key && key[1]!.length + valueLength === 40) return true;
  // A full-width line ending in a value: the terminal (or base64 -w) wrapped it.
  if (wrapped) return true;
  if (line.length >= 60 && endsInSessionToken(line.slice(-8000))) return true;
  // Equal long lines ending in base64: a block wrapped at some other width.
  return line.length >= 40 && before !== undefined && before.length === line.length && /[A-Za-z0-9/+]{16}$/.test(tail) && /[A-Za-z0-9/+]{16}$/.test(before);
}

/**
 * Where a terminal cuts a value that is not base64 alone: inside a URL escape (`%2|F`), an entity (`&am|p;`), a JSON
 * escape (`\\|"`), a query (`&|X-Amz-…`, `=|…`), a quoted JSON value (`":|\\"…`) or a password (`9|!`). Read on the text
 * as pasted only, where the columns are the terminal's.
 */
const ESCAPE_CUT = new Set([...'%&\\;:=!-._~*#@$^"\''].map((c) => c.charCodeAt(0)));

/**
 * A line that opens with a name and `=` or `:` (`AWS_PROFILE=dev`, `region: us-east-1`, a credentials file's
 * `aws_session_token = …` after a 64-wide `aws_secret_access_key = <40>`) is a line of its own after a
 * full-width one, unless that line was inside a URL's query or an ARN (`arn:aws:secr` / `etsmanager:…`), or the name is a
 * cut label's last letters (`I|D: …`). A base64 value's `=` padding before anything a value cannot start with (a closing
 * mark: `…T578=</HostId>`, `…PIb=)`; a glued `@`, an invisible character) assigns nothing.
 */
const OPENS_WITH_NAME = /[A-Za-z_][A-Za-z0-9_.-]{2,63}(?:[ \t]{0,4}:|[ \t]{1,4}=|=(?=[A-Za-z0-9_"'$/~.{[(-]))/y;

/**
 * Where the wrapped rest of a value that a full-width line (text[lineStart, nl)) was cut in ends: its first word,
 * whatever characters it holds (a password's `!`, a URL's `&`); none when the line opens a new key (opensKeyLine).
 */
function wrappedRestEnd(text: string, lineStart: number, nl: number, nextStart: number, nextEnd: number): number {
  let i = nextStart;
  while (i < nextEnd && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
  OPENS_WITH_NAME.lastIndex = nextStart;
  if (OPENS_WITH_NAME.test(text)) {
    const rest = nameLength(text, nextStart);
    if (continuesValue(text, lineStart, nl, nextStart, rest)) return nextStart + rest;
    // A new key line named in words (`region = us-east-1` after a 64-wide `aws_secret_access_key = <40>`): nothing of it
    // is joined. Another name's first run is (`x-amz-id-2:` after a cut HostId: read so, the pieces stay evidence).
    if (opensKeyLine(text, lineStart, nl, nextStart)) return wordName(text.slice(nextStart, nextStart + rest)) ? nextStart : valueEnd(text, nextStart, nextEnd);
  }
  return i;
}

/**
 * The line after a full-width one (text[lineStart, nl)) opens with a name and `=` or `:` (OPENS_WITH_NAME, read by the
 * caller at nextStart) that is a key line of its own: the full-width line was no URL's query, and the name no ARN's next
 * field. Called when the name is no rest of the value cut (continuesValue).
 */
function opensKeyLine(text: string, lineStart: number, nl: number, nextStart: number): boolean {
  // the line's last word, read back at most 400 characters (a 1 MB line of base64 is not searched whole)
  let from = nl;
  while (from > lineStart && nl - from < 400 && text.charCodeAt(from - 1) !== 32) from--;
  const word = text.slice(from, nl);
  const nameEnd = OPENS_WITH_NAME.lastIndex;
  const arnField = cutArn(word) && opensWithArnField(text, nameEnd) && !secretName(text.slice(nextStart, nameEnd - 1));
  return !inQuery(word) && !arnField;
}

/**
 * The line at nextStart, after text[lineStart, nl), opens a new key line: a name and `=` or `:` that is no rest of the
 * value cut (continuesValue) and no URL query's or ARN's next piece (opensKeyLine). A cut before one
 * (`always-auth=true` after a 60-wide `…:_authToken=<value>`) is read apart, or the value read with the name glued to it
 * ends early and its rest is let out.
 */
function opensNewKeyLine(text: string, lineStart: number, nl: number, nextStart: number): boolean {
  OPENS_WITH_NAME.lastIndex = nextStart;
  return OPENS_WITH_NAME.test(text) && !continuesValue(text, lineStart, nl, nextStart, nameLength(text, nextStart)) && opensKeyLine(text, lineStart, nl, nextStart);
}

/** A full-width line's rest as read once decoded (text[nextStart, nextEnd)): its first value, or none before a new key line. */
function decodedRestEnd(text: string, lineStart: number, nl: number, nextStart: number, nextEnd: number): number {
  return opensNewKeyLine(text, lineStart, nl, nextStart) ? nextStart : valueEnd(text, nextStart, nextEnd);
}

/** A query's parameter (`&name=`, `&amp;name=` as Slack sends it); an `&` alone may be a password's (`_authToken=Pw0c8&vHVs`). */
const QUERY_PARAMETER = /&(?:amp;)?[A-Za-z0-9_.~[\]-]{1,64}=/;

/**
 * The word (a full-width line's last) is inside a URL's query, whose next parameter the next line goes on with: it holds
 * the query's `?`, or a whole `&name=` (a presigned URL's lines after its first). A password holding `&` after its label
 * is none: joined, its rest and the next line's `name=` read as a parameter that ended it.
 */
function inQuery(word: string): boolean {
  return word.includes('?') || (word.includes('&') && QUERY_PARAMETER.test(word));
}

/** The base64 characters from `at` (a name's, when they are one). */
function nameLength(text: string, at: number): number {
  let i = at;
  while (i < text.length && isB64(text.charCodeAt(i))) i++;
  return i - at;
}

/**
 * How long the value ending text[lineStart, nl) is as read (a URL escape `%2F` or a JSON `\/`, once or twice escaped, one character, a full-width
 * or look-alike one one, an invisible one none), up to 41.
 */
function valueBefore(text: string, lineStart: number, nl: number): number {
  let length = 0;
  for (let i = nl; i > lineStart && length <= 40; ) {
    const c = text.charCodeAt(i - 1);
    if (i - 3 >= lineStart && text.charCodeAt(i - 3) === 37 /* % */ && hexVal(text.charCodeAt(i - 2)) >= 0 && hexVal(c) >= 0) {
      // an escape: of a base64 character (`%2F`) it is one, of anything else (`%20`) it ends the value
      if (!isB64(hexVal(text.charCodeAt(i - 2)) * 16 + hexVal(c))) break;
      i -= 3;
    } else if (c === 47 && text.charCodeAt(i - 2) === 92 /* \/ */) i -= text.charCodeAt(i - 3) !== 92 ? 2 : text.charCodeAt(i - 4) === 92 ? 4 : 3;
    else if (text.charCodeAt(i - 2) === 92 /* \ */ && text.charCodeAt(i - 3) !== 92) break; // a JSON escape (`\t`) ends it
    else if (isB64(c) || readsAsB64(c)) i--;
    else if (c >= 0x80 && INVISIBLE.test(text[i - 1]!)) {
      i--;
      continue;
    } else break;
    length++;
  }
  return length;
}

/**
 * A name written in words, without digits: lower-case or capitalised words in camel case of three letters or more each
 * (`region`, `Region`, `SecretAccessKey`), or an upper-case word (`AWS`, `ERROR`). A key's rest glued to a word
 * (`Tp4Tdescribing`, `Yg`) is none. The letter-pair share (wordBuilt) is no test of a word this short: a random 16
 * characters often reach it.
 */
const WORD_NAME = /^(?:[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,})*|[A-Z]{3,})$/;

function wordName(word: string): boolean {
  return word.length >= 3 && WORD_NAME.test(word);
}

/**
 * The word opening the line after a full-width one (text[restStart, restStart + restLength), base64) is the rest of the
 * value the wrap cut, though it reads as a name (`…NoqTGbJ` / `p3vNG7xYPi: command not found`, a key a shell or a sentence
 * put a colon after) or as prose (`…PIx` / `lqG main(…)`), or glued to a name (`…sMoR-: command not found`, `…ggusAWS_DEFAULT_REGION`): with the value ending the
 * line before it makes a secret access key's 40 characters, or more when it is no name in words (a token the wrap cut:
 * `…` / `YZPnVv0Zco=teh`; a complete key filling the line, then `region: …`, stays apart). Joined, a name that was one is
 * read into a random run at worst (a leak is worse than that).
 */
function continuesValue(text: string, lineStart: number, nl: number, restStart: number, restLength: number): boolean {
  if (restLength === 0 || restLength >= 40) return false;
  // a cut secret's rest read as `NAME=…`, or evidence on a row of its own after a secret's row (cut-secret.ts)
  const afterSecret = afterSecretRow(text, lineStart, nl, text, restStart);
  if (afterSecret !== undefined) return afterSecret === 'rest';
  const rest = text.slice(restStart, restStart + restLength);
  // a name's first part (`AWS` of `AWS_PROFILE=`, the `X` of `X-Amz-Date:`), unless a random one
  if (/[_-]/.test(text[restStart + restLength] ?? '') && (restLength < 3 || wordName(rest))) return false;
  const length = valueBefore(text, lineStart, nl) + restLength;
  return length === 40 || (length > 40 && (!wordName(rest) || text.startsWith(NOT_FOUND, restStart + restLength)));
}

/**
 * bash's error after the command it could not run (shell-echo.ts): the word before it is what was typed, never a key's
 * name, though a key glued to a word reads as one (`…0AA` / `Afexplain: command not found`).
 */
const NOT_FOUND = ': command not found';

/**
 * A word ending inside an ARN: cut before its resource (`arn:aws:secr`, `…:123456789012:`), after a colon, or in the
 * resource's type (`…:123456789012:fu` / `nction:…`). An ARN whose resource has gone past its type (`role/deploy`)
 * filling a line is no cut: the next line's `token:…` is its own.
 */
function cutArn(word: string): boolean {
  const at = word.indexOf('arn:');
  if (at < 0) return false;
  let colons = 0;
  let resource = word.length;
  for (let i = at; i < word.length && colons < 5; i++) if (word.charCodeAt(i) === 58 && ++colons === 5) resource = i + 1;
  return colons < 5 || word.endsWith(':') || !word.includes('/', resource);
}

/**
 * The name OPENS_WITH_NAME read (ending at `end`) is an ARN's next field: glued to its `:` and a non-blank after it
 * (`etsmanager:us-east-1`, `secret:prod/db`), never a setting's `NAME=`, `NAME :` or `NAME: value`.
 */
function opensWithArnField(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 58 /* : */ && !isBlank(text.charCodeAt(end - 2)) && end < text.length && !isBlank(text.charCodeAt(end));
}

/**
 * A secret's name (`token:…` after `…:function` filling a line is a setting, not the function's name); an ARN's
 * resource type `secret` (or its rest, `…:secr` / `et:…`) is none.
 */
function secretName(name: string): boolean {
  return SECRET_NAME_WORD.test(name) && !'secret'.endsWith(name.toLowerCase());
}

/** The line text[lineStart, nl) ends in an ARN cut after one of its colons (its last word, read back at most 200). */
function endsInArn(text: string, lineStart: number, nl: number): boolean {
  let from = nl;
  while (from > lineStart && nl - from < 200 && !isBlank(text.charCodeAt(from - 1))) from--;
  return text.slice(from, nl).includes('arn:');
}

/** The line text[lineStart, nl) ends in an ARN cut after a colon: a Secrets Manager ARN's `secret:` on the next line is its resource type, no label. */
function cutInArn(text: string, lineStart: number, nl: number): boolean {
  return text.charCodeAt(nl - 1) === 58 /* : */ && endsInArn(text, lineStart, nl);
}

/** What ends a URL's path (evidence.ts URL_PATH holds no query). */
const URL_PATH_STOP = /[\s"'<>?#&|`]/;

/** `word` ends in a URL's scheme, host and path (what evidence.ts URL_PATH holds), read without a backtracking regex. */
function endsInUrlPath(word: string): boolean {
  const at = word.lastIndexOf('://');
  if (at < 0 || URL_PATH_STOP.test(word.slice(at + 3))) return false;
  const head = word.slice(0, at);
  return ['s3', 'http', 'https'].some((scheme) => head.endsWith(scheme) && !/\w/.test(head.charAt(head.length - scheme.length - 1)));
}

/** A path segment with both cases that is no name of words. */
function randomSegment(segment: string): boolean {
  return /[a-z]/.test(segment) && /[A-Z]/.test(segment) && !camelWords(segment) && !wordBuilt(segment) && !madeOfWords(segment);
}

/**
 * The next line opens with a random run of a key's length or more (judged on its own: detect.ts randomPart) after a
 * full-width line ending in a URL's path (`…/blob/2b9` / `<key> is my secret`). Joined, the key would read as the URL's
 * path, which is evidence; a URL cut in a random path segment is so read as a random run at worst (a leak is worse).
 */
function keyAfterUrl(text: string, lineStart: number, nl: number, nextStart: number): boolean {
  const length = nameLength(text, nextStart);
  if (length < 40) return false;
  const rest = text.slice(nextStart, nextStart + length);
  // a path's rest is segments each of one case or of words (`…b5/README`, `…/src/MyComponent`); a key has a random one
  if (randomPart(rest) === undefined || !rest.split('/').some(randomSegment)) return false;
  let from = nl;
  while (from > lineStart && nl - from < MAX_LINK && !isBlank(text.charCodeAt(from - 1))) from--;
  return endsInUrlPath(text.slice(from, nl));
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The longest Slack link read across lines (a presigned URL with a session token is about 1.5 KB). */
const MAX_LINK = 8000;

/**
 * Reads, line by line in order, whether a line ends inside a Slack link (`<http…` with no blank and no `>` after it but
 * a line's CI time or hanging indent). Each character after an opening is read once, not once per line.
 */
class LinkReader {
  private next: number;
  private open = -1;
  private scanned = -1;
  private broken = false;
  constructor(private readonly text: string) {
    this.next = text.indexOf('<http');
  }
  /** The line that ends at `nl` (later than the last one asked about) ends inside a link. */
  endsInside(nl: number): boolean {
    const text = this.text;
    while (this.next >= 0 && this.next < nl) {
      this.open = this.scanned = this.next;
      this.broken = false;
      this.next = text.indexOf('<http', this.next + 1);
    }
    if (this.open < 0 || this.broken || nl - this.open > MAX_LINK) return false;
    let i = this.scanned;
    for (; i < nl; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        i += lineTimeAt(text, i + 1);
        i += indentAt(text, i + 1);
      } else if (c === 62 /* > */ || c === 32 || c === 9) {
        this.broken = true;
        return false;
      }
    }
    this.scanned = i;
    return true;
  }
}

/**
 * How joins() reads a text: as pasted, where the columns are the terminal's (the lines cut-lines.ts reads as cut are
 * joined, and a cut escape is read; `fullOnly`: only full-width lines and Slack links, for a text read again once
 * decoded), or as decoded (`madeIn`: only the line pairs that decoding made, when given).
 */
type Pass = { pasted: true; fullOnly: boolean } | { pasted: false; madeIn?: (from: number, to: number) => boolean };

/**
 * Per line of `text`, 1 + the hanging indent that goes with the break before it when cut-lines.ts reads it as cut (the
 * extractor's reading, read once for both); 0 when not.
 */
function cutIndents(text: string): Map<number, number> | undefined {
  const cuts = cutsOf(text);
  return cuts.length === 0 ? undefined : new Map(cuts.map((c) => [c.line, c.indent + 1]));
}

// Why a line ending in a value is full-width, so that the value goes on after its break: one helper per paste shape.
// `time` is the length of the CI time opening the line [lineStart, nl), `nextTime` of the one opening the next line (0: none).

/** A terminal (or `base64 -w`) wrapped the program's line [from, nl): its characters, after any CI time, fill a wrap width. */
function programLineFills(from: number, nl: number): boolean {
  return WRAP_WIDTHS.has(nl - from);
}

/**
 * A terminal showing a CI log's raw lines cut the stamped line, the time's columns counted with it: the next line, the
 * cut's rest, has no time of its own (GitHub Actions' `2024-03-01T12:00:00.1234567Z ` before every line it wrote).
 */
function stampedLineFills(lineStart: number, nl: number, time: number, nextTime: number): boolean {
  return time > 0 && nextTime === 0 && WRAP_WIDTHS.has(nl - lineStart);
}

/**
 * A terminal cut a line holding wide or invisible characters (CJK, a full-width `ｍｙ ｃａｃｈｅ` or key, a zero-width
 * space) at its width in columns, which its length is not: the program's line, or a stamped CI line counted from its
 * start (the two shapes above, in columns). A line longer than twice the widest wrap fills none and is not counted.
 */
function wideLineFills(text: string, lineStart: number, nl: number, time: number, nextTime: number): boolean {
  if (nl - lineStart - time > 2 * MAX_WRAP_WIDTH) return false;
  return fillsColumns(text, lineStart + time, nl) || (time > 0 && nextTime === 0 && fillsColumns(text, lineStart, nl));
}

/**
 * View offsets of the line breaks where a value continues on the next line. A CI time opening both lines goes with the
 * break (the width counts after it), and so does a hanging indent after a full-width line.
 */
function joins(text: string, pass: Pass): number[] {
  const drop: number[] = [];
  const cutEscapes = pass.pasted;
  const fullOnly = pass.pasted && pass.fullOnly;
  const decodedIn = pass.pasted ? undefined : pass.madeIn;
  const cut = pass.pasted ? cutIndents(text) : undefined;
  let lineStart = 0;
  // The line before, as offsets (-1: not read), sliced only when a test needs it.
  let beforeStart = -1;
  let beforeEnd = -1;
  const links = text.includes('<http') ? new LinkReader(text) : undefined;
  const urls = text.includes('://');
  // Only a text with characters outside ASCII has lines whose columns differ from their length (fillsColumns), and
  // only as pasted are the columns the terminal's.
  const plain = cutEscapes && isPlainText(text);
  const columns = cutEscapes && !plain;
  // A quoted line joined to its rest on the next line (a fold of a quote): its start, and the characters the join took.
  let pendingQuoted = -1;
  let pendingDropped = 0;
  for (let nl = text.indexOf('\n'), line = 1; nl >= 0; line++) {
    const quotedFrom = pendingQuoted;
    const quotedDropped = pendingDropped;
    pendingQuoted = -1;
    const found = text.indexOf('\n', nl + 1);
    const nextEnd = found < 0 ? text.length : found;
    const cutAt = cut?.get(line);
    // (a CI time opening the next line: a log read as pasted, whose times the view's own reading takes with the break;
    // a key opening the next line after a URL's path: keyAfterUrl)
    if (cutAt !== undefined && lineTimeAt(text, nl + 1) === 0 && !(urls && keyAfterUrl(text, lineStart, nl, nl + cutAt)) && !opensNewKeyLine(text, lineStart, nl, nl + cutAt)) {
      // A cut (cut-lines.ts): the extractor reads the two lines as one, and so does the view.
      for (let x = nl; x < nl + cutAt; x++) drop.push(x);
      if (quoteAt(text, lineStart) > 0 && quoteAt(text, nl + 1) === 0) {
        pendingQuoted = lineStart;
        pendingDropped = cutAt;
      }
      beforeStart = lineStart;
      beforeEnd = nl;
      lineStart = nl + 1;
      nl = found;
      continue;
    }
    if (decodedIn && !decodedIn(lineStart, nextEnd)) {
      // read as pasted already: nothing decoded in this line or the next
      beforeStart = -1;
      lineStart = nl + 1;
      nl = found;
      continue;
    }
    // A quote opening this line and the next one: the quoted line is what follows it, and the next one's quote goes
    // with the break.
    // An HTML line break (`<br>`) ending the line goes with the line break: the line ends before it.
    const end = text.charCodeAt(nl - 1) === 62 /* > */ && nl - 4 >= lineStart && text.startsWith('<br>', nl - 4) ? nl - 4 : nl;
    const nextQuote = quoteAt(text, nl + 1);
    // A quoted line wrapped again (a reply's `> ` lines hard-wrapped once more at a narrower width): this line is the rest
    // of a quoted line it is joined to, and the quoted line, the rest counted with it, fills a width.
    const rewrapped = nextQuote > 0 && quotedFrom >= 0 ? quoteAt(text, quotedFrom) : 0;
    const quote = nextQuote > 0 ? quoteAt(text, lineStart) || rewrapped : 0;
    const from = quote > 0 && rewrapped === 0 ? lineStart + quote : lineStart;
    const afterQuote = quote > 0 ? nl + 1 + nextQuote : nl + 1;
    // A time opening this line and the next one: the program's line is what follows it.
    const time = lineTimeAt(text, from);
    const nextTime = time > 0 ? lineTimeAt(text, afterQuote) : 0;
    // (an invisible character a paste left at the line's end takes no column: the character before it is the last)
    const last = plain || end - 1 <= lineStart || !INVISIBLE.test(text[end - 1]!) ? text.charCodeAt(end - 1) : text.charCodeAt(end - 2);
    const endsCut = isB64(last) || (cutEscapes && (ESCAPE_CUT.has(last) || (!plain && readsAsB64(last))));
    const full = endsCut && ((rewrapped > 0 && programLineFills(quotedFrom + rewrapped + quotedDropped, end)) || programLineFills(from + time, end) || stampedLineFills(from, end, time, nextTime) || (columns && wideLineFills(text, from, end, time, nextTime)));
    if (fullOnly && !full && !links) {
      beforeStart = -1;
      lineStart = nl + 1;
      nl = found;
      continue;
    }
    // A hanging indent goes on a full-width line only (an indented line after a short one is the next item of a listing).
    const indent = full ? indentAt(text, afterQuote + nextTime) : 0;
    const nextStart = afterQuote + nextTime + indent;
    // Cheap tests first: a value can only continue onto a line whose first word is a value.
    // After a colon only a quote or an escape goes on (`"db_password\\":` then `\\"Pw…`), or an ARN's next field; not
    // a line of words (`Response body:` then `b'<Error…`).
    const opens = full && text.charCodeAt(end - 1) === 58 /* : */ && isB64(text.charCodeAt(nextStart)) && !endsInArn(text, lineStart, end) ? 0 : text.charCodeAt(nextStart);
    if (links?.endsInside(nl)) {
      // Slack's `<https://…>` holds no line break of its own: one inside it is a wrap, whatever the line's width now (a
      // decoded `&amp;` shortened it), and so are empty lines a reader left where it took lines out.
      let at = nl + 1;
      while (at < text.length && at - nl <= 8 && text.charCodeAt(at) === 10) at++;
      const restLine = at;
      at += time > 0 ? lineTimeAt(text, at) : 0;
      const rest = at + indentAt(text, at);
      beforeStart = -1;
      if (rest < text.length && !isBlank(text.charCodeAt(rest))) {
        for (let x = nl; x < rest; x++) drop.push(x);
        // the empty lines passed over are lines too
        line += restLine - nl - 1;
        lineStart = restLine;
        nl = text.indexOf('\n', restLine);
        continue;
      }
    } else if (nextStart < text.length && (isB64(opens) || (full && cutEscapes && (ESCAPE_CUT.has(opens) || readsAsB64(opens)))) && (!opensWithWordedLabel(text, nextStart) || (full && continuesValue(text, lineStart, end, nextStart, nameLength(text, nextStart)))) && !(opensWithSecretWord(text, nextStart) && !(cutInArn(text, lineStart, end) && opensWithArnField(text, nextStart + 7))) && !opensVendorToken(text, nextStart)) {
      const valueLength = (full ? (cutEscapes ? wrappedRestEnd : decodedRestEnd)(text, lineStart, end, nextStart, nextEnd) : valueEnd(text, nextStart, nextEnd)) - nextStart;
      // A full-width line ending in base64 is a wrap whatever else continuesAfter reads: said without slicing it
      // (a 1 MB base64 blob is all such lines).
      if (valueLength === 0 || (full && opensProse(text, nextStart) && !continuesValue(text, lineStart, end, nextStart, nameLength(text, nextStart)))) {
        // not a value, or prose after a line its author ended
      } else if (full) {
        // (evidence after a secret's row is a row of its own: cut-secret.ts, the reading of cuts too)
        if (!(urls && keyAfterUrl(text, lineStart, end, nextStart)) && afterSecretRow(text, lineStart, end, text, nextStart) !== 'row') {
          for (let x = end; x < nextStart; x++) drop.push(x);
          // a cut secret's rest read as `export NAME=…`: the blank goes too, or the value read stops before `NAME=…`
          if (text.startsWith('export ', nextStart) && afterSecretRow(text, lineStart, end, text, nextStart) === 'rest') drop.push(nextStart + 6);
          if (nextQuote === 0 && quoteAt(text, lineStart) > 0) {
            pendingQuoted = lineStart;
            pendingDropped = nextStart - end;
          }
        }
      }
      else if (indent === 0 && !fullOnly) {
        const line = text.slice(from + time, end);
        const before = beforeStart < 0 ? undefined : text.slice(beforeStart, beforeEnd);
        // A shell line continuation (`\` at the end) inside a value: the backslash goes with the break.
        const continued = line.endsWith('\\') && line.length > 1 && isB64(line.charCodeAt(line.length - 2));
        if (continuesAfter(continued ? line.slice(0, -1) : line, before, valueLength)) for (let x = continued ? end - 1 : end; x < nextStart; x++) drop.push(x);
      }
      beforeStart = lineStart;
      beforeEnd = nl;
    } else beforeStart = -1;
    lineStart = nl + 1;
    nl = found;
  }
  return drop;
}

/**
 * Remove the view's line breaks where a value continues on the next line: the terminal's wraps (`wraps`: read on the
 * text as pasted already, or here), a YAML block, concatenated literals, a key's indented rest.
 */
function rejoin(v: DecodedView, wraps: 'no' | 'decoded' | 'all'): DecodedView {
  const wrapped = wraps !== 'no' && v.text.includes('\n') ? joins(v.text, { pasted: false, madeIn: wraps === 'decoded' ? decodedIn(v) : undefined }) : [];
  const extra = containerJoins(v.text);
  const drop = extra.length === 0 ? wrapped : [...new Set([...wrapped, ...extra])].sort((a, b) => a - b);
  return dropOffsets(v, drop);
}

/**
 * Whether a line pair [from, to) of the view is bounded by a line break that decoding made (a JSON `\n`): the pairs
 * between the text's own line breaks were read for wraps as pasted already. Asked in order of `from`.
 */
function decodedIn(v: DecodedView): (from: number, to: number) => boolean {
  let k = 0;
  const made = (i: number): boolean => v.oe[i] !== -1 && v.text.charCodeAt(v.vs[i]!) === 10;
  return (from, to) => {
    while (k < v.vs.length && (!made(k) || v.vs[k]! < from - 1)) k++;
    return k < v.vs.length && v.vs[k]! <= to;
  };
}

/** `v` without the characters at view offsets `drop` (sorted). */
function dropOffsets(v: DecodedView, drop: readonly number[]): DecodedView {
  if (drop.length === 0) return v;
  const parts: string[] = [];
  let last = 0;
  for (const d of drop) {
    parts.push(v.text.slice(last, d));
    last = d + 1;
  }
  parts.push(v.text.slice(last));
  const out: DecodedView = { text: parts.join(''), vs: [], os: [], oe: [] };
  let di = 0;
  for (let k = 0; k < v.vs.length; k++) {
    const end = k + 1 < v.vs.length ? v.vs[k + 1]! : v.text.length;
    // Cut the segment [v.vs[k], end) around the dropped offsets inside it.
    for (let x = v.vs[k]!; x < end; ) {
      while (di < drop.length && drop[di]! < x) di++;
      if (drop[di] === x) {
        x++;
        continue;
      }
      const y = di < drop.length && drop[di]! < end ? drop[di]! : end;
      out.vs.push(x - di);
      out.os.push(v.oe[k] === -1 ? v.os[k]! + (x - v.vs[k]!) : v.os[k]!);
      out.oe.push(v.oe[k]!);
      x = y;
    }
  }
  return out;
}

/**
 * The view of `s`. The terminal's wraps are read on `s` as pasted, before decoding: there the columns are the
 * terminal's, and a wrap that cut an escape (`%2|F`, `&am|p;`, `\\|"`) leaves the escape whole to decode. What decoding
 * makes of lines (a JSON `\n`, a carriage return gone) is read for wraps again after it.
 */
export function decodedView(s: string): DecodedView {
  const plain: DecodedView = { text: s, vs: [0], os: [0], oe: [-1] };
  // A text with escapes is read for wraps again once decoded (as it always was): here only its full-width lines and
  // Slack links, which the decoded widths no longer show.
  const decodes = needsDecoding(s);
  const joined = s.includes('\n') ? dropOffsets(plain, joins(s, { pasted: true, fullOnly: decodes })) : plain;
  if (!decodes && !needsDecoding(joined.text)) return rejoin(joined, 'no');
  const view = joined === plain ? decode(s) : through(decode(joined.text), joined);
  if (decodes) return rejoin(view, 'all');
  // Escapes a wrap had cut, whole again: read again only where decoding made lines (a JSON `\n`, an entity's line feed).
  const relines = joined.text.includes('\\n') || NEWLINE_ENTITY.test(joined.text) || (s.includes('[') && BYTE_ARRAY_START.test(s));
  return rejoin(view, relines ? 'decoded' : 'no');
}

/** An entity that decodes to a line feed. */
const NEWLINE_ENTITY = /&#(?:0*10|[xX]0*[aA]);/;

/** `outer` (a view of `inner.text`) mapped onto what `inner` came from; `inner` has copied segments only. */
function through(outer: DecodedView, inner: DecodedView): DecodedView {
  const at = (j: number): number => {
    const k = segmentOf(inner, j);
    return inner.os[k]! + (j - inner.vs[k]!);
  };
  const out: DecodedView = { text: outer.text, vs: [], os: [], oe: [] };
  for (let k = 0; k < outer.vs.length; k++) {
    const end = k + 1 < outer.vs.length ? outer.vs[k + 1]! : outer.text.length;
    if (outer.oe[k] !== -1) {
      // decoded: the whole inner span, mapped at both ends
      out.vs.push(outer.vs[k]!);
      out.os.push(at(outer.os[k]!));
      out.oe.push(at(outer.oe[k]! - 1) + 1);
      continue;
    }
    // copied: cut where the inner view's segments are cut
    for (let x = outer.vs[k]!; x < end; ) {
      const j = outer.os[k]! + (x - outer.vs[k]!);
      const ik = segmentOf(inner, j);
      const innerEnd = ik + 1 < inner.vs.length ? inner.vs[ik + 1]! : inner.text.length;
      out.vs.push(x);
      out.os.push(inner.os[ik]! + (j - inner.vs[ik]!));
      out.oe.push(-1);
      x += Math.min(end - x, innerEnd - j);
    }
  }
  return out;
}

function segmentOf(v: DecodedView, i: number): number {
  let lo = 0;
  let hi = v.vs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (v.vs[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The original span [start, end) that view span [a, b) came from. */
export function originalSpan(v: DecodedView, a: number, b: number): [number, number] {
  const ka = segmentOf(v, a);
  const kb = segmentOf(v, b - 1);
  const start = v.oe[ka] === -1 ? v.os[ka]! + (a - v.vs[ka]!) : v.os[ka]!;
  const end = v.oe[kb] === -1 ? v.os[kb]! + (b - 1 - v.vs[kb]!) + 1 : v.oe[kb]!;
  return [start, end];
}

/** Every regex this module runs, for the ReDoS check. */
export const VIEW_PATTERNS: RegExp[] = [URL_PATH_STOP, QUERY_PARAMETER, WIDE, WORD_NAME, LINE_TIME, OPENS_WITH_NAME, NEWLINE_ENTITY, BYTE_ARRAY_START, BYTE_ARRAY, INVISIBLE, ODD_SPACE, ENTITY_AT, LABEL_AT_END, WORDED_LABEL_OPENS, URL_ESCAPE, JSON_ESCAPE, ENTITY_START, NOT_PLAIN, ...CONTAINER_JOIN_PATTERNS];
