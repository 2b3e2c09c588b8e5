/**
 * Line breaks the decoded view (view.ts) drops inside a value's container, whatever the terminal's width: a YAML block
 * scalar under a secret's key, a secret access key's rest indented on the next line, string literals concatenated in
 * code. Each returns view offsets to drop; view.ts rejoin drops them with the terminal's wraps.
 */
import { lineEnd } from './line-end';
import { lineTimeAt } from './line-time';
import { SECRET_KEY_WORDS } from './secret-key-words';

/** A secret-access-key label whose value (fewer than 40 characters) reaches the end of the line. */
export const SHORT_KEY_AT_END = /(?:secret[_-]?access[_-]?key|secretaccesskey|aws[_-]?secret[_-]?key)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?([A-Za-z0-9/+]{4,39})$/i;
/** The names SHORT_KEY_AT_END starts with, anywhere in a text. */
const SECRET_KEY_NAME = /secret[_-]?access[_-]?key|secretaccesskey|aws[_-]?secret[_-]?key/i;
/** A secret's YAML key opening a block scalar (`SecretAccessKey: >-`, `password: |`): its value is on the indented lines below. */
const BLOCK_SCALAR_LABEL = /(?:secret|token|password|passwd|private[_-]?key|api[_-]?key)[A-Za-z0-9_-]{0,24}["']?[ \t]{0,4}:[ \t]{1,4}([|>][+-]?[1-9]?[+-]?)[ \t]{0,4}$/i;
/**
 * A line of a secret's block: indented, one word of base64 or of what a password holds besides (`!`, `&`, `#`, `@` …; not
 * `:`, which opens the next key).
 */
const INDENTED_VALUE = /^([ \t]{1,40})[A-Za-z0-9/+=!#$%&*.?@^_~-]{1,8000}[ \t]{0,8}$/;

/** A block scalar's indicator ending a line (`key: |`, `key: >-`): only such lines are read as a block's key. */
const BLOCK_INDICATOR_AT_END = /:[ \t]{1,4}[|>][+-]?[1-9]?[+-]?[ \t]{0,4}(?=\n|(?![\s\S]))/g;

/**
 * Offsets to drop so that a secret written as a YAML block scalar reads as one value after its key:
 * the indicator, then each line break and indentation before the value's lines (a 40-character key
 * folded onto two lines is one key, whatever the folding style). Only lines that end in an indicator
 * are read (BLOCK_INDICATOR_AT_END), not every line of the text.
 */
function blockScalarJoins(text: string): number[] {
  const drop: number[] = [];
  // Offsets before `from` belong to a block already read.
  let from = 0;
  BLOCK_INDICATOR_AT_END.lastIndex = 0;
  for (let ind = BLOCK_INDICATOR_AT_END.exec(text); ind; ind = BLOCK_INDICATOR_AT_END.exec(text)) {
    const start = text.lastIndexOf('\n', ind.index) + 1;
    const end = ind.index + ind[0].length;
    if (start < from || end === text.length) continue;
    const line = text.slice(start, end);
    const label = BLOCK_SCALAR_LABEL.exec(line.slice(-80));
    if (!label || !INDENTED_VALUE.test(text.slice(end + 1 + lineTimeAt(text, end + 1), lineEnd(text, end + 1)))) continue;
    // the indicator and the blanks after it
    for (let x = start + line.lastIndexOf(label[1]!); x < end; x++) drop.push(x);
    // j: the line after the block so far; k: the next line that is not blank
    let j = end + 1;
    for (;;) {
      let k = j;
      let kEnd = lineEnd(text, k);
      // blank lines inside the block (a folded paragraph break) go too
      while (kEnd < text.length && text.slice(k, kEnd).trim() === '') {
        k = kEnd + 1;
        kEnd = lineEnd(text, k);
      }
      // (past the last line, k is text.length + 1 and the value is empty; a CI log's time opening the line goes with it)
      const at = k + lineTimeAt(text, k);
      const value = text.slice(at, kEnd);
      const m = INDENTED_VALUE.exec(value);
      if (!m) break;
      // the line breaks before the value line, its time, its indentation and its trailing blanks
      for (let x = j - 1; x < at + m[1]!.length; x++) drop.push(x);
      for (let x = at + value.trimEnd().length; x < kEnd; x++) drop.push(x);
      j = kEnd + 1;
    }
    from = j;
  }
  return drop;
}

const INDENTED_REST = /^([ \t]{1,40})([A-Za-z0-9/+]{1,39})["']?[ \t]{0,8}$/;

/**
 * Offsets to drop where a secret access key's value is cut and goes on, indented, on the next line
 * (a YAML plain or quoted scalar over two lines, an ini continuation): both halves make 40 characters.
 */
function indentedKeyJoins(text: string): number[] {
  if (!SECRET_KEY_NAME.test(text)) return [];
  const drop: number[] = [];
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; ) {
    const found = text.indexOf('\n', nl + 1);
    const c = text.charCodeAt(nl + 1);
    if (c === 32 || c === 9) {
      const key = SHORT_KEY_AT_END.exec(text.slice(Math.max(lineStart, nl - 64), nl).trimEnd());
      const rest = key ? INDENTED_REST.exec(text.slice(nl + 1, found < 0 ? text.length : found)) : null;
      if (key && rest && key[1]!.length + rest[2]!.length === 40) for (let x = nl; x <= nl + rest[1]!.length; x++) drop.push(x);
    }
    lineStart = nl + 1;
    nl = found;
  }
  return drop;
}

/** A quoted base64 literal (a JS template or Go raw string in backticks too). */
const QUOTED_B64 = /(["'`])([A-Za-z0-9/+=]{1,8000})\1/g;
/** What joins two string literals into one string: `+` (JS, Java, C#, Python), `.` (PHP), `..` (Lua), `&` (VB), `||` (SQL), or nothing (Python and C implicit concatenation), over line breaks too. */
const CONCAT_GAP = String.raw`[ \t]{0,20}(?:\\?\r?\n[ \t]{0,40}){0,2}(?:(?:\+|\.\.?|&|\|\|)[ \t]{0,20}(?:\\?\r?\n[ \t]{0,40}){0,2})?`;
const CONCAT = new RegExp(`^${CONCAT_GAP}$`);
/** A closing quote, what may join two literals, an opening quote: a text without one joins no literals. */
const CONCAT_GATE = new RegExp(`["'\`]${CONCAT_GAP}["'\`]`);
const KEY_ID = /^(?:AKIA|ASIA)[A-Z0-9]{16}$/;
const KEY_AFTER = /^[ \t]{0,4}[:=]/;

/**
 * Offsets to drop so that string literals concatenated in code (`"<half1>" + "<half2>"`, Python's
 * `("a" "b")`) read as one string: a secret split that way is still one secret. An access key id next
 * to its secret stays apart (the id is evidence).
 */
function concatJoins(text: string): number[] {
  if (!CONCAT_GATE.test(text)) return [];
  const drop: number[] = [];
  let prev: RegExpExecArray | undefined;
  QUOTED_B64.lastIndex = 0;
  for (let m = QUOTED_B64.exec(text); m; m = QUOTED_B64.exec(text)) {
    if (prev && prev[1] !== undefined && !KEY_ID.test(prev[2]!) && !KEY_ID.test(m[2]!)) {
      const prevEnd = prev.index + prev[0].length;
      // A literal followed by `:` or `=` is the next key of a listing without commas (PHP's dump, YAML), not a continuation.
      if (m.index - prevEnd <= 120 && CONCAT.test(text.slice(prevEnd, m.index)) && !KEY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) {
        // the closing quote, the operator and blanks, the opening quote
        for (let x = prevEnd - 1; x <= m.index; x++) drop.push(x);
      }
    }
    prev = m;
  }
  return drop;
}

/**
 * A secret-labelled value (`db.password=…`, `aws.secretKey: …`, `DB_PASSWORD=…`) ending its line in a backslash: a Java
 * properties file's continuation (java.util.Properties.load: "the \, line terminator, and leading white space on the
 * continuation line are merely discarded", docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-),
 * or a shell's. The value goes on after the next line's indentation: read apart, the indented rest was let out.
 *
 * The value is read back from the backslash over what a value holds (VALUE_CHAR: a session token's 600 characters too),
 * then its label right before it: in the same run (`aws.sessionToken=IQoJ…`, the key anchored at the run's start) or
 * before a blank or quote (`password = …`, `"password":"…`). A window of the line's last 120 characters missed a label
 * further back and let a long value's rest out (review18 #5).
 */
const VALUE_CHAR = /[^\s"'\\]/;
/** A run that opens with a secret's key and `:` or `=` (`aws.sessionToken=`, `-Ddb.password=`, `DB_PASSWORD=`). */
const KEY_IN_RUN = new RegExp(String.raw`^[\w.-]{0,64}?(?:${SECRET_KEY_WORDS})[\w.-]{0,32}[:=]`, 'i');
/** A secret's key and its separator ending the text before a value (`password = `, `"password":"`, `aws.secretKey: `). */
const KEY_BEFORE = new RegExp(String.raw`(?:${SECRET_KEY_WORDS})[\w.-]{0,32}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$`, 'i');
/** The continued line: indentation, then one word of what a value holds (not `:` or `=`, which open the next key). */
const CONTINUATION = /^([ \t]{0,40})[A-Za-z0-9/+!#$%&*.?@^_~-]{1,8000}(\\?)[ \t]{0,8}$/;
/** The longest line read back for a continued value's label (normalise's MAX_LINE_CHARS). */
const MAX_VALUE_RUN = 8192;

/** Does the line before the backslash at `at` end in a secret-labelled value (the comment above VALUE_CHAR)? */
function endsInLabelledValue(text: string, lineStart: number, at: number): boolean {
  let s = at;
  while (s > lineStart && at - s < MAX_VALUE_RUN && VALUE_CHAR.test(text[s - 1]!)) s--;
  if (s === at) return false;
  return KEY_IN_RUN.test(text.slice(s, Math.min(at, s + 100))) || KEY_BEFORE.test(text.slice(Math.max(lineStart, s - 80), s));
}

/** The end of the line starting at `start`, less an HTML line break (`<br>`) before it: a copied page's line. */
function endBeforeBreak(text: string, start: number): number {
  const end = lineEnd(text, start);
  // (a line of its own is read: a `<br>` does not take the line break's place)
  return end - 4 >= start && text.startsWith('<br>', end - 4) ? end - 4 : end;
}

/**
 * Offsets to drop (the backslash, a `<br>`, the line break, the next line's CI time and indentation) so that a continued
 * secret reads as one value, over as many continued lines as end in a backslash. A CI console's time opens every
 * physical line and a copied page ends each in `<br>`: neither is the value's (the rest leaked through both).
 */
function continuationJoins(text: string): number[] {
  const drop: number[] = [];
  // `continued`: the line at `at` is a continuation line that itself ends in a backslash (its value goes on too).
  let continued = -1;
  for (let at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
    // only a backslash that ends its line (before a `<br>` too) is read further
    const next = text.charCodeAt(at + 1) === 10 ? at + 2 : text.startsWith('<br>\n', at + 1) ? at + 6 : -1;
    if (next < 0 || (continued !== at && !endsInLabelledValue(text, text.lastIndexOf('\n', at - 1) + 1, at))) continue;
    const time = lineTimeAt(text, next);
    const rest = CONTINUATION.exec(text.slice(next + time, endBeforeBreak(text, next)));
    if (!rest) continue;
    for (let x = at; x < next + time + rest[1]!.length; x++) drop.push(x);
    continued = rest[2] ? next + time + rest[0].trimEnd().length - 1 : -1;
  }
  return drop;
}

/** The container joins of `text`: offsets to drop, in no order (rejoin sorts them with the wraps). */
export function containerJoins(text: string): number[] {
  return [...blockScalarJoins(text), ...concatJoins(text), ...(text.includes('\n') ? indentedKeyJoins(text) : []), ...(text.includes('\\\n') || text.includes('\\<br>\n') ? continuationJoins(text) : [])];
}

/** Every regex this module runs, for the ReDoS check. */
export const CONTAINER_JOIN_PATTERNS: RegExp[] = [BLOCK_SCALAR_LABEL, BLOCK_INDICATOR_AT_END, INDENTED_VALUE, INDENTED_REST, QUOTED_B64, CONCAT, CONCAT_GATE, KEY_ID, KEY_AFTER, SHORT_KEY_AT_END, SECRET_KEY_NAME, VALUE_CHAR, KEY_IN_RUN, KEY_BEFORE, CONTINUATION];
