/**
 * Turn whatever was pasted (Slack message text, terminal capture, log file) into plain text that the
 * extractors can read line by line. Look-alike and invisible characters are folded away for matching,
 * but each one is recorded: a zero-width space inside a key is itself a cause.
 */

import { asciiTable, inClass } from './ascii-table';
import { isPlainText, NOT_PLAIN } from './plain-text';
import { decodeEntities, ENTITY_PATTERNS } from './html-entities';

export const MAX_INPUT_CHARS = 1_000_000;
/** Lines longer than this are soft-wrapped so that no single regex run sees an unbounded line. */
export const MAX_LINE_CHARS = 8192;

export interface FoundHiddenChar {
  codePoint: string;
  name: string;
  line: number; // 1-based line in the normalised text
  column: number; // 1-based
  /** A space that only looks like one (a copied page's no-break space between words): only one in a credential counts. */
  oddSpace?: true;
  /** A typographic quote around a value, the quote itself: only one around a credential counts (a quoted word in prose is just prose). */
  quote?: string;
}

export interface NormalisedText {
  text: string;
  hidden: FoundHiddenChar[];
  notes: string[];
}

/** At most this many odd spaces, and as many other hidden characters, are recorded (each kind has its own room). */
const MAX_HIDDEN_RECORDED = 50;

/** What foldLine records into, over all lines: odd spaces are counted apart, so a page's many cannot crowd out a trap. */
interface HiddenRecord {
  list: FoundHiddenChar[];
  spaces: number;
  others: number;
  quotes: number;
}

/** Terminal colour and control sequences (exported: the redaction reads a pasted text without them too). */
export const ANSI_ESCAPE = /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
/** Slack links: <https://x|label>, <mailto:a@b|a@b>, <https://x>. Channel/user mentions (<@U1>, <#C1|x>) too. */
const SLACK_LINK = /<((?:https?|mailto|ftp):[^<>|\s]{1,2000})(?:\|([^<>]{0,500}))?>/g;
const SLACK_MENTION = /<([@#!][A-Za-z0-9^_-]{1,60})(?:\|([^<>]{0,200}))?>/g;
const CODE_FENCE_LINE = /^[ \t]{0,8}(?:```|~~~)[A-Za-z0-9_+-]{0,20}[ \t]{0,8}$/;
const INLINE_FENCE = /```/g;

const ZERO_WIDTH: Record<string, string> = {
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  '\u00ad': 'SOFT HYPHEN',
  '\u180e': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
};

/**
 * Typographic quotes, as a document, Notes, Word or a chat client writes `"` and `'` (QA39 F11): no shell, dotenv reader or
 * credentials-file parser strips them, so around a value they are part of it. Kept in the text (they are no look-alike
 * of a value character), recorded only where they open or close a value.
 */
const TYPOGRAPHIC_QUOTES: Record<string, string> = {
  '\u2018': 'LEFT SINGLE QUOTATION MARK',
  '\u2019': 'RIGHT SINGLE QUOTATION MARK',
  '\u201c': 'LEFT DOUBLE QUOTATION MARK',
  '\u201d': 'RIGHT DOUBLE QUOTATION MARK',
  '\u201e': 'DOUBLE LOW-9 QUOTATION MARK',
  '\u00ab': 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK',
  '\u00bb': 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK',
};

/** A quote that opens a value (a letter, digit or redaction's `[` after it) or closes one, not an apostrophe inside a word. */
function quotesValue(before: string | undefined, after: string | undefined): boolean {
  const opens = !isAsciiAlnum(before) && (isAsciiAlnum(after) || after === '[');
  const closes = (isAsciiAlnum(before) || before === ']') && !isAsciiAlnum(after);
  return opens || closes;
}

const ODD_SPACES: Record<string, string> = {
  '\u00a0': 'NO-BREAK SPACE',
  '\u2007': 'FIGURE SPACE',
  '\u202f': 'NARROW NO-BREAK SPACE',
  '\u2002': 'EN SPACE',
  '\u2003': 'EM SPACE',
  '\u2009': 'THIN SPACE',
  '\u3000': 'IDEOGRAPHIC SPACE',
};

/** Cyrillic and Greek letters that render like Latin ones. Folded only inside mixed-script words. */
const HOMOGLYPHS: Record<string, [string, string]> = {
  '\u0410': ['A', 'CYRILLIC CAPITAL LETTER A'],
  '\u0412': ['B', 'CYRILLIC CAPITAL LETTER VE'],
  '\u0415': ['E', 'CYRILLIC CAPITAL LETTER IE'],
  '\u041a': ['K', 'CYRILLIC CAPITAL LETTER KA'],
  '\u041c': ['M', 'CYRILLIC CAPITAL LETTER EM'],
  '\u041d': ['H', 'CYRILLIC CAPITAL LETTER EN'],
  '\u041e': ['O', 'CYRILLIC CAPITAL LETTER O'],
  '\u0420': ['P', 'CYRILLIC CAPITAL LETTER ER'],
  '\u0421': ['C', 'CYRILLIC CAPITAL LETTER ES'],
  '\u0422': ['T', 'CYRILLIC CAPITAL LETTER TE'],
  '\u0425': ['X', 'CYRILLIC CAPITAL LETTER HA'],
  '\u0406': ['I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
  '\u0408': ['J', 'CYRILLIC CAPITAL LETTER JE'],
  '\u0405': ['S', 'CYRILLIC CAPITAL LETTER DZE'],
  '\u0430': ['a', 'CYRILLIC SMALL LETTER A'],
  '\u0435': ['e', 'CYRILLIC SMALL LETTER IE'],
  '\u043e': ['o', 'CYRILLIC SMALL LETTER O'],
  '\u0440': ['p', 'CYRILLIC SMALL LETTER ER'],
  '\u0441': ['c', 'CYRILLIC SMALL LETTER ES'],
  '\u0443': ['y', 'CYRILLIC SMALL LETTER U'],
  '\u0445': ['x', 'CYRILLIC SMALL LETTER HA'],
  '\u0455': ['s', 'CYRILLIC SMALL LETTER DZE'],
  '\u0456': ['i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
  '\u0391': ['A', 'GREEK CAPITAL LETTER ALPHA'],
  '\u0392': ['B', 'GREEK CAPITAL LETTER BETA'],
  '\u0395': ['E', 'GREEK CAPITAL LETTER EPSILON'],
  '\u0396': ['Z', 'GREEK CAPITAL LETTER ZETA'],
  '\u0397': ['H', 'GREEK CAPITAL LETTER ETA'],
  '\u0399': ['I', 'GREEK CAPITAL LETTER IOTA'],
  '\u039a': ['K', 'GREEK CAPITAL LETTER KAPPA'],
  '\u039c': ['M', 'GREEK CAPITAL LETTER MU'],
  '\u039d': ['N', 'GREEK CAPITAL LETTER NU'],
  '\u039f': ['O', 'GREEK CAPITAL LETTER OMICRON'],
  '\u03a1': ['P', 'GREEK CAPITAL LETTER RHO'],
  '\u03a4': ['T', 'GREEK CAPITAL LETTER TAU'],
  '\u03a5': ['Y', 'GREEK CAPITAL LETTER UPSILON'],
  '\u03a7': ['X', 'GREEK CAPITAL LETTER CHI'],
  '\u03bf': ['o', 'GREEK SMALL LETTER OMICRON'],
};


function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
}

/**
 * Remove Slack markup: links keep their label (what the user saw), entities are decoded last. Each replace runs only
 * when the text holds what every match starts with (a native search is many times cheaper than a regex pass).
 */
function stripSlackMarkup(text: string): string {
  let t = text;
  if (t.includes('<http') || t.includes('<mailto:') || t.includes('<ftp:')) {
    t = t.replace(SLACK_LINK, (_m, url: string, label: string | undefined) => {
      if (label !== undefined && label !== '') return label;
      return url.startsWith('mailto:') ? url.slice(7) : url;
    });
  }
  if (t.includes('<@') || t.includes('<#') || t.includes('<!')) t = t.replace(SLACK_MENTION, (_m, id: string, label: string | undefined) => (label ? `${id[0]}${label}` : id));
  return decodeEntities(t);
}

/**
 * Fold one line: drop invisible characters, map odd spaces and full-width forms to ASCII, and map
 * Cyrillic/Greek look-alikes to Latin when they sit inside a word that also holds ASCII letters.
 */
function foldLine(line: string, lineNo: number, hidden: HiddenRecord): string {
  // Fast path: plain ASCII lines need no work.
  if (!/[^\x00-\x7f]/.test(line)) return line;
  const chars = Array.from(line);
  let out = '';
  let column = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    column++;
    const record = (name: string): void => {
      if (hidden.others >= MAX_HIDDEN_RECORDED) return;
      hidden.others++;
      hidden.list.push({ codePoint: codePointLabel(ch), name, line: lineNo, column });
    };
    const zw = ZERO_WIDTH[ch];
    if (zw !== undefined) {
      // A zero-width joiner between two emoji is ordinary text; between ASCII characters it is a trap.
      if (ch === '\u200d' && !(isAsciiAlnum(chars[i - 1]) || isAsciiAlnum(chars[i + 1]))) continue;
      record(zw);
      continue;
    }
    const sp = ODD_SPACES[ch];
    if (sp !== undefined) {
      if (hidden.spaces < MAX_HIDDEN_RECORDED) {
        hidden.spaces++;
        hidden.list.push({ codePoint: codePointLabel(ch), name: sp, line: lineNo, column, oddSpace: true });
      }
      out += ' ';
      continue;
    }
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) {
      record('FULLWIDTH FORM');
      out += String.fromCodePoint(code - 0xfee0);
      continue;
    }
    const quote = TYPOGRAPHIC_QUOTES[ch];
    if (quote !== undefined && quotesValue(chars[i - 1], chars[i + 1])) {
      if (hidden.quotes < MAX_HIDDEN_RECORDED) {
        hidden.quotes++;
        hidden.list.push({ codePoint: codePointLabel(ch), name: `${quote} (typographic quote)`, line: lineNo, column, quote: ch });
      }
      out += ch;
      continue;
    }
    const glyph = HOMOGLYPHS[ch];
    if (glyph !== undefined && (isAsciiAlnum(chars[i - 1]) || isAsciiAlnum(chars[i + 1]))) {
      record(glyph[1]);
      out += glyph[0];
      continue;
    }
    out += ch;
  }
  return out;
}

const VALUE_CHAR = /[A-Za-z0-9/+=%_.-]/;
const VALUE_TABLE = asciiTable(VALUE_CHAR);
const CUT_AFTER = /[\s,;>]/;
const CUT_TABLE = asciiTable(CUT_AFTER);

function isValueChar(text: string, i: number): boolean {
  return inClass(VALUE_TABLE, VALUE_CHAR, text, i);
}

/**
 * A cut at `at` that does not split a value (a base64 run, a token): moved back to where the value
 * starts when that is near, otherwise to leave at least 64 characters of it on each side, so that
 * neither piece is too short to be recognised as a secret.
 */
function safeCut(text: string, at: number): number {
  if (at <= 0 || at >= text.length || !isValueChar(text, at - 1) || !isValueChar(text, at)) return at;
  let start = at;
  while (start > 0 && at - start < MAX_LINE_CHARS && isValueChar(text, start - 1)) start--;
  if (start > 0 && at - start < MAX_LINE_CHARS) return start;
  let end = at;
  while (end < text.length && end - at < 64 && isValueChar(text, end)) end++;
  return end - at < 64 ? Math.max(start + 64, end - 64) : at;
}

/** Soft-wrap a very long line at a separator near the limit so that matching stays local and linear. */
function wrapLongLine(line: string): string[] {
  if (line.length <= MAX_LINE_CHARS) return [line];
  const parts: string[] = [];
  let rest = line;
  while (rest.length > MAX_LINE_CHARS) {
    let cut = -1;
    for (let i = MAX_LINE_CHARS; i > MAX_LINE_CHARS - 512; i--) {
      if (inClass(CUT_TABLE, CUT_AFTER, rest, i)) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) cut = safeCut(rest, MAX_LINE_CHARS);
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}


function hasLongLine(text: string): boolean {
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    if (nl - start > MAX_LINE_CHARS) return true;
    start = nl + 1;
  }
  return text.length - start > MAX_LINE_CHARS;
}

/** What the extractors read: Slack markup and fences removed, invisible and look-alike characters folded, long lines wrapped. */
export function normalise(raw: string): NormalisedText {
  const notes: string[] = [];
  let text = typeof raw === 'string' ? raw : String(raw ?? '');
  if (text.length > MAX_INPUT_CHARS) {
    let cut: number;
    // Cut at a line or word boundary so that no half secret survives the cut unrecognised.
    const nl = text.lastIndexOf('\n', MAX_INPUT_CHARS);
    if (nl > MAX_INPUT_CHARS - 65536) cut = nl;
    else {
      const sp = text.lastIndexOf(' ', MAX_INPUT_CHARS);
      if (sp > MAX_INPUT_CHARS - 4096) cut = sp;
      else cut = safeCut(text, MAX_INPUT_CHARS);
    }
    notes.push(`input truncated at ${cut.toLocaleString('en-US')} characters (of ${text.length.toLocaleString('en-US')})`);
    text = text.slice(0, cut);
  }
  let binaryNoise = 0;
  // Plain text (tab, newline, printable ASCII) has no carriage return, escape, control or invalid
  // character to replace and nothing to fold: one test instead of four scans and one per line.
  const plain = isPlainText(text);
  if (!plain) {
    text = text
      .replace(/\r\n?/g, '\n')
      .replace(ANSI_ESCAPE, '')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, () => {
        binaryNoise++;
        return ' ';
      })
      // Lone surrogates come from invalid UTF-16/UTF-8 conversions, or from an invisible character
      // typed inside a pair: they take no room, so a value they sit in still reads as one.
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, () => {
        binaryNoise++;
        return '';
      });
  }
  if (binaryNoise > 0) notes.push(`${binaryNoise} control or invalid characters replaced`);
  const stripped = stripSlackMarkup(text);
  // An entity may stand for an invisible or look-alike character (`&#8203;`, `&#x41E;`): what it gave is read as typed.
  const stillPlain = plain && (stripped === text || isPlainText(stripped));
  text = stripped;
  if (stillPlain && !text.includes('```') && !text.includes('~~~') && !hasLongLine(text)) return { text, hidden: [], notes };
  const hidden: HiddenRecord = { list: [], spaces: 0, others: 0, quotes: 0 };
  const out: string[] = [];
  for (const rawLine of text.split('\n')) {
    if (CODE_FENCE_LINE.test(rawLine)) {
      out.push('');
      continue;
    }
    const line = rawLine.includes('```') ? rawLine.replace(INLINE_FENCE, ' ') : rawLine;
    for (const part of wrapLongLine(line)) out.push(foldLine(part, out.length + 1, hidden));
  }
  return { text: out.join('\n'), hidden: hidden.list, notes };
}

/** Every regex this module runs, for the ReDoS check. */
export const NORMALISE_PATTERNS: RegExp[] = [NOT_PLAIN, VALUE_CHAR, CUT_AFTER, ANSI_ESCAPE, SLACK_LINK, SLACK_MENTION, CODE_FENCE_LINE, ...ENTITY_PATTERNS];
