/**
 * The wrapper a paste arrives in says nothing about the cause, yet every reader that anchors on a line's start or on a
 * message's own quotes fails inside it: a GitHub quote (`> `), a log line's prefix (an ISO time, `[ERROR]`, Python
 * logging's `- name - LEVEL - `, a Kubernetes CRI `stderr F`, a Lambda request id, journald's host and process, a
 * compose service's `web-1  | `, `kubectl logs --prefix`), a whole line in backticks, Terraform's `│` frame, a logfmt
 * `msg="…"`, a JSON log record (`"message":"…\n…"`, double-encoded too), a Python bytes or list repr, `<br>` from a copied web page
 * (its entities are normalise's). readThroughShape takes the wrapper off so the message reads as it was
 * printed. Prefixes are taken off line by line (every line keeps its number); an escaped record is decoded into the
 * lines it held (locations then count the decoded lines, as they count normalise's wrapped ones).
 * Bounded: every pattern is anchored or has bounded repeats, and lines are at most normalise's MAX_LINE_CHARS.
 */

import { cutsOf, KEPT_TIME, type Cut } from '../cut-lines';

/** A quote marker, repeated (`> > `), Terraform's frame (`│ `, `╷`, `╵`) or a GitHub Actions group/error marker. */
const QUOTE = /^[ \t]{0,3}(?:(?:>|│|╷|╵)[ \t]?){1,8}/;
const ACTIONS_MARK = /^##\[(?:error|warning|debug|notice|group|endgroup|command)\]/;
/** An ISO-8601 time, bracketed or not (`2024-03-01T12:00:00.123Z `, `[2024-03-01 12:00:00,123]`). */
const ISO_TIME = /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z| ?[+-]\d\d:?\d\d| ?UTC)?\]?:?(?:[ \t]+|$)/;
/** A syslog / journald time, host and process: `Mar 01 12:00:01 ip-10-0-1-23 myapp[2841]: `. */
const SYSLOG = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d [\w.-]{1,64} [\w./-]{1,64}(?:\[\d{1,10}\])?: /;
/** A Lambda (CloudWatch) request id column. */
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[ \t]+/;
/** The Kubernetes CRI log format's stream and tag: `stderr F `. */
const CRI_STREAM = /^(?:stdout|stderr) [FP] /;
/**
 * An error level: bracketed in any case (`[error]`, `[ ERROR ]`), or bare in capitals, then a space, colon or dash, before
 * words. A warning, info or debug level stays: that a record is not an error is evidence.
 */
const LEVEL = /^\[ ?(?:error|err|fatal|critical) ?\][ \t]*[:|-]?[ \t]*/i;
const LEVEL_WORD = /^(?:[a-z]{1,20}\.)?(?:ERROR|FATAL|CRITICAL)\b[ \t]*[:|-]?[ \t]*/;
/** A level is taken off only before words (`ERROR ------- FALLBACK` keeps it). */
const WORD_START = /^[\w$<('"`]/;
/**
 * Python logging's `<time> - [thread - ] app.worker - ERROR - ` (the AWS CLI's --debug layout too): one prefix. When
 * the logger is the SDK's own the line stays whole: its name is evidence (which provider, which hook).
 */
const PY_LOGGING = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[,.]\d{3} - (?:[\w.-]{1,40} - )?([\w.]{1,80}) - (?:ERROR|WARNING|INFO|DEBUG|CRITICAL) - /;
const SDK_LOGGER = /^(?:botocore|boto3|s3transfer|aiobotocore|awscli|urllib3)\b/;
/** `kubectl logs --prefix`: `[pod/api-7d9f8b6c5-x2x9q/app] `. */
const KUBECTL_PREFIX = /^\[pod\/[\w.-]{1,253}\/[\w.-]{1,63}\] /;
/** A compose service's column: `web-1  | ` (v2) or `web_1  | ` (v1). */
const COMPOSE = /^[a-z][\w.-]*[-_]\d+[ \t]*\| /;
/** A GitHub Actions runner's time (seven fraction digits): like the compose column, runtime evidence (runtimes.ts). */
const EVIDENCE_PREFIX = [KEPT_TIME, COMPOSE, ACTIONS_MARK];
/** A whole line in backticks. */
const BACKTICKED = /^`([^`]+)`$/;

const PREFIXES = [QUOTE, ACTIONS_MARK, ISO_TIME, SYSLOG, KUBECTL_PREFIX, COMPOSE];
/**
 * Columns that follow a time only (a Lambda request id, the CRI stream, the level): read only right after one was taken
 * off. A level alone opens a tool's own message (chalice's `ERROR - While deploying …`) and stays.
 */
const AFTER_TIME = [REQUEST_ID, CRI_STREAM, LEVEL, LEVEL_WORD];

/**
 * logfmt: leading `key=value` fields that only place the record, then its message. The key and the value are two
 * regexes: as one, recheck's automaton checker needed 25-32 s to prove it linear (the key alternation times the quoted
 * value) and answered "unknown" under load; apart each is proved in well under a second. A key ends at its `=`, so
 * reading the key first then the value matches exactly what the single regex did.
 */
const LOGFMT_KEY = /^(?:time|ts|t|level|lvl|caller|logger|component|source|module|pid|host|service|app|span_id|trace_id)=/;
const LOGFMT_VALUE = /^(?:"(?:[^"\\]|\\.)*"|[^\s"]*)[ \t]+/;

/** The length of the logfmt field that opens `l`, or 0. */
function logfmtFieldLength(l: string): number {
  const key = LOGFMT_KEY.exec(l);
  if (!key) return 0;
  const value = LOGFMT_VALUE.exec(l.slice(key[0].length));
  return value ? key[0].length + value[0].length : 0;
}
const LOGFMT_MSG = /^(?:msg|message|error|err)="((?:[^"\\]|\\.)*)"/;
/**
 * The error field a logfmt record carries after its message (logrus, go-kit: Thanos, Loki, Velero, external-dns, Argo):
 * `msg="failed to refresh AWS credentials" error="…"` means "failed to refresh AWS credentials: …", as a Go error chain
 * would print it, so it is read as one.
 */
const LOGFMT_ERR = /[ \t](?:error|err)="((?:[^"\\]|\\.)*)"/;

/** A string escape of JSON, Python or Go: \n, \t, \", \', \\, \/, \uXXXX, \xXX. */
const ESCAPE = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt"'\\/])/g;
/** A line that holds an escaped string rather than a Windows path: an escaped quote or newline, or a \u00XX escape. */
const ESCAPED = /\\["']|\\u00[0-9a-fA-F]{2}|\\n/;
/** Where an escaped record opens: a JSON object or array, a Python bytes/str repr, a quoted string, a key. */
const RECORD_OPEN = /^(?:\{|\[|b?'|b?"|[\w@.-]{1,40}=")|"(?:message|msg|log|error|err|errorMessage|stack|stackTrace|trace|output|detail)"\s?:\s?"/;

/** A JSON object or a list repr opens the line (trim's blanks are \s's). */
const RECORD_BRACKET = /^\s*[{[]/;

const REPR = /^b?'((?:[^'\\]|\\.)*)'$|^b?"((?:[^"\\]|\\.)*)"$/;
const REPR_LIST = /^\['((?:[^'\\]|\\.|', ')*)'\]$/;
const REPR_SEPARATOR = /', '/g;

/** JSON fields that hold a log record's text; the others (time, level, logger, …) only place it. */
const MESSAGE_KEYS = new Set(['message', 'msg', 'log', 'error', 'err', 'errorMessage', 'error_message', 'errorType', 'exception', 'exc_info', 'stack', 'stack_trace', 'stackTrace', 'trace', 'output', 'detail', 'details', 'reason', 'text', 'body', 'cause']);
const PLACING_KEYS = new Set(['level', 'lvl', 'severity', 'time', 'ts', 'timestamp', '@timestamp', 'logger', 'logger_name', 'caller', 'stream', 'pid', 'hostname', 'host', 'v', 'name', 'thread', 'thread_name', 'source', 'requestId', 'request_id']);
/** Decoding stops here: a record escaped more often than this is not a log. */
const MAX_DECODE_ROUNDS = 3;

const HTML_BREAK = /<br\s?\/?>\n?/gi;

function unescape(s: string): string {
  return s.replace(ESCAPE, (e) => {
    const c = e[1]!;
    if (c === 'u' || c === 'x') return String.fromCharCode(parseInt(e.slice(2), 16));
    return c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '' : c;
  });
}

/** The text of a parsed JSON log record: its message fields (a message that is itself a record, read in turn), then whatever else it holds. */
function recordText(v: unknown, depth: number): string | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    if (depth < MAX_DECODE_ROUNDS && t.startsWith('{') && t.endsWith('}')) return parsedRecord(t, depth + 1) ?? v;
    return v;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  // At the top, only a log record (it has a time, a level, a stream, …) or a message of several lines is unwrapped:
  // `{"message":"Missing Authentication Token"}` is a service's answer, and its JSON shape is itself evidence.
  if (depth === 0 && !entries.some(([k, x]) => PLACING_KEYS.has(k) || (MESSAGE_KEYS.has(k) && typeof x === 'string' && x.includes('\n')))) return undefined;
  const messages: string[] = [];
  const rest: Record<string, unknown> = {};
  for (const [k, x] of entries) {
    if (MESSAGE_KEYS.has(k) && (typeof x === 'string' || (x && typeof x === 'object'))) {
      const t = recordText(x, depth + 1);
      if (t !== undefined) messages.push(t);
      else rest[k] = x;
    } else if (!PLACING_KEYS.has(k)) rest[k] = x;
  }
  if (messages.length === 0) return undefined;
  if (Object.keys(rest).length > 0) messages.push(JSON.stringify(rest));
  return messages.join('\n');
}

function parsedRecord(line: string, depth: number): string | undefined {
  try {
    return recordText(JSON.parse(line) as unknown, depth);
  } catch {
    return undefined;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

interface Stripped {
  line: string;
  /** It opened with a log record's prefix. */
  record: boolean;
}

/** Take the prefixes off one line (a quote over a log line over a level: up to a few, in any order). */
function stripPrefixes(line: string): Stripped {
  let l = line;
  let record = false;
  const py = isDigit(l.charCodeAt(0)) ? PY_LOGGING.exec(l) : null;
  if (py) return SDK_LOGGER.test(py[1]!) ? { line: l, record: false } : { line: l.slice(py[0].length), record: true };
  for (let round = 0; round < 6; round++) {
    const before = l;
    for (const p of PREFIXES) {
      const m = p.exec(l);
      if (!m || m[0].length === 0) continue;
      l = l.slice(m[0].length);
      // Every prefix but a quote opens a log record: a line that had one is a record of its own, never a wrapped
      // sentence's continuation (the columns read after a time follow one that already counts).
      record ||= p !== QUOTE;
      if (p !== ISO_TIME) continue;
      for (const q of AFTER_TIME) {
        const n = q.exec(l);
        if (n && ((q !== LEVEL && q !== LEVEL_WORD) || WORD_START.test(l.slice(n[0].length)))) l = l.slice(n[0].length);
      }
    }
    for (let n = logfmtFieldLength(l); n > 0; n = logfmtFieldLength(l)) {
      l = l.slice(n);
      record = true;
    }
    if (l !== before) {
      const msg = LOGFMT_MSG.exec(l);
      if (msg) {
        const rest = l.slice(msg[0].length);
        const err = LOGFMT_ERR.exec(rest);
        l = err ? `${unescape(msg[1]!)}: ${unescape(err[1]!)}${rest.slice(0, err.index)}${rest.slice(err.index + err[0].length)}` : unescape(msg[1]!) + rest;
      }
    }
    const tick = l.includes('`') ? BACKTICKED.exec(l.trim()) : null;
    if (tick) l = tick[1]!;
    if (l === before) break;
  }
  return { line: l, record };
}

/** One line's decoded record (a JSON record parsed, an escaped string unescaped), or undefined when it holds none. */
function decodeRecord(line: string): string | undefined {
  // Every record below opens with a brace or a bracket, or holds an escape: most lines are passed over here.
  if (!line.includes('\\') && !RECORD_BRACKET.test(line)) return undefined;
  const t = line.trim();
  if (t.startsWith('{') && t.endsWith('}')) {
    const r = parsedRecord(t, 0);
    if (r !== undefined) return r;
  }
  // A list of lines (Python's repr of readlines() or a subprocess's output) needs no escape to be one.
  const lines = t.startsWith("['") ? REPR_LIST.exec(t) : null;
  if (!lines && (!ESCAPED.test(t) || !RECORD_OPEN.test(t))) return undefined;
  // A Python bytes / str repr (one quoted string, its own quotes escaped inside) or a list of them: the quotes and
  // separators are not part of the text.
  const repr = lines ? null : REPR.exec(t);
  const list = lines ?? (repr ? null : REPR_LIST.exec(t));
  let s = repr ? (repr[1] ?? repr[2])! : list ? list[1]!.replace(REPR_SEPARATOR, '\n') : t;
  for (let round = 0; round < MAX_DECODE_ROUNDS && ESCAPED.test(s); round++) s = unescape(s);
  return s;
}

interface ReadLine {
  lines: string[];
  /** Per line of `lines`: it opened with a log record's prefix. */
  records: boolean[];
  /** An escaped record was decoded (the pasted line is handed to the redaction too). */
  decoded: boolean;
}

/** One pasted line read through its wrappers: its prefixes taken off, the record it holds decoded. */
function readLine(line: string): ReadLine {
  const first = stripPrefixes(line);
  // A logfmt message's escaped line breaks were decoded: its lines are lines.
  const decoded = first.line.includes('\n') ? first.line : decodeRecord(first.line);
  if (decoded === undefined) return { lines: [first.line], records: [first.record], decoded: false };
  const lines: string[] = [];
  const records: boolean[] = [];
  decoded.split('\n').forEach((d, j) => {
    const inner = stripPrefixes(d);
    lines.push(inner.line);
    records.push(inner.record || (j === 0 && first.record));
  });
  return { lines, records, decoded: true };
}

/** What every wrapper above opens with (a line with a backslash may hold an escaped record too). */
const MAYBE_WRAPPED = /^(?:[ \t]{0,3}[>│╷╵{['"`]|##\[|\d{4}-|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) |[a-z][\w.-]*[ \t]*\| |(?:time|ts|t|level|lvl|caller|logger|component|source|module|pid|host|service|app|span_id|trace_id)=|b['"])/;
/** The same, tried where a line starts inside the whole text (sticky), so a paste with no wrapper is never split. */
const MAYBE_WRAPPED_AT = new RegExp(MAYBE_WRAPPED.source.slice(1), 'y');

/** Does any line of `text` open like a wrapper, or hold a backslash? One pass over line starts, nothing copied. */
function mayHoldWrapper(text: string): boolean {
  if (text.includes('\\')) return true;
  for (let at = 0; ; ) {
    MAYBE_WRAPPED_AT.lastIndex = at;
    if (MAYBE_WRAPPED_AT.test(text)) return true;
    const nl = text.indexOf('\n', at);
    if (nl < 0) return false;
    at = nl + 1;
  }
}

/** `<br` in any case: found by looking at each `<` (a case-blind regex over a long paste costs more). */
function hasBreakTag(text: string): boolean {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const b = text.charCodeAt(at + 1) | 0x20;
    if (b === 0x62 && (text.charCodeAt(at + 2) | 0x20) === 0x72) return true;
  }
  return false;
}

/** Does `line` open with a prefix that is itself evidence (runtimes.ts reads a CI runner's time, a compose column)? */
function evidencePrefix(line: string): number {
  return EVIDENCE_PREFIX.findIndex((p) => p.test(line));
}

export interface Shaped {
  text: string;
  /**
   * The pasted lines of what was decoded (escaped records, lines that held a `<br>`), for the
   * redaction to read as pasted too; '' when nothing was decoded (a prefix taken off hides no secret).
   */
  decodedFrom: string;
  /** 0-based lines (of `text`) that opened with a log record's prefix: unwrap.ts joins no sentence across them. */
  records: Set<number>;
  /**
   * `text`'s lines cut at its wrap width (cut-lines.ts): the secrets' view reads them as one (the same reading), and
   * the extractor joins them (unwrap.ts joinCutLines) once secrets are out.
   */
  cuts: Cut[];
}

/**
 * `text` read through its wrappers; `text` itself (the same string) when it holds none. The first line carrying an
 * evidence prefix keeps it when later lines carry it too, so the runtime it shows is still read.
 */
export function readThroughShape(text: string): Shaped {
  const shaped = readWrappers(text);
  // Lines cut at the paste's width (after the wrappers: a CI time opens every physical line) are read as one.
  return { ...shaped, cuts: cutsOf(shaped.text) };
}

function readWrappers(text: string): Omit<Shaped, 'cuts'> {
  // Entities are decoded by normalise (html-entities.ts), before its hidden-character checks; a page's line breaks here.
  const t = hasBreakTag(text) ? text.replace(HTML_BREAK, '\n') : text;
  // Most pastes carry no wrapper at all: they are handed back as they came, without splitting them.
  if (t === text && !mayHoldWrapper(t)) return { text, records: new Set(), decodedFrom: '' };
  const lines = t.split('\n');
  // Per line: 0 opens with none of the wrappers (one test passes most lines of a long log over), 1 may be wrapped,
  // 2 + k opens with evidence prefix k.
  const shape = new Uint8Array(lines.length);
  const seen = [0, 0, 0];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!MAYBE_WRAPPED.test(l) && !l.includes('\\')) continue;
    const k = evidencePrefix(l);
    shape[i] = k + 2;
    if (k >= 0) seen[k]!++;
  }
  const kept = [false, false, false];
  // The lines read, built only from the first line that reads differently (until then, `lines` up to i).
  let out: string[] | undefined = t !== text ? [] : undefined;
  const records = new Set<number>();
  // A log repeats its records: each decoded line is handed on once.
  // A page's line breaks were read: only its lines that held one are handed on as pasted (not the whole text again).
  const decodedFrom = new Set<string>(t !== text ? text.split('\n').filter(hasBreakTag) : []);
  // A log repeats its lines: each distinct one is read once.
  const memo = new Map<string, ReadLine>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const k = shape[i]! - 2;
    // A GitHub Actions marker is kept even alone (its runner is read from it); a time or column only when it repeats.
    if (k === -2 || (k >= 0 && (seen[k]! > 1 || k === 2) && !kept[k])) {
      if (k >= 0) kept[k] = true;
      out?.push(line);
      continue;
    }
    let read = memo.get(line);
    if (!read) {
      read = readLine(line);
      memo.set(line, read);
    }
    if (read.decoded && t === text) decodedFrom.add(line);
    if (!out && (read.lines.length !== 1 || read.lines[0] !== line)) out = lines.slice(0, i);
    if (!out) {
      if (read.records[0]) records.add(i);
      continue;
    }
    for (let j = 0; j < read.lines.length; j++) {
      if (read.records[j]) records.add(out.length);
      out.push(read.lines[j]!);
    }
  }
  return out ? { text: out.join('\n'), records, decodedFrom: [...decodedFrom].join('\n') } : { text, records, decodedFrom: '' };
}

export const PASTE_SHAPE_PATTERNS: RegExp[] = [WORD_START, MAYBE_WRAPPED, PY_LOGGING, SDK_LOGGER, REPR, REPR_LIST, REPR_SEPARATOR, ...PREFIXES, ...AFTER_TIME, ...EVIDENCE_PREFIX, BACKTICKED, LOGFMT_KEY, LOGFMT_VALUE, LOGFMT_MSG, LOGFMT_ERR, ESCAPE, ESCAPED, RECORD_OPEN, RECORD_BRACKET, HTML_BREAK, MAYBE_WRAPPED_AT];
