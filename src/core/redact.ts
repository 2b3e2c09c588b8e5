/**
 * Secrets out before anything leaves the core. `redact(text) -> {text, count, kinds}` is the contract.
 * Line count is preserved (a multi-line private key keeps its newlines) so that locations found in the
 * redacted text match the pasted text. Access key ids are facts, not secrets: they stay here and are
 * masked to prefix + last 4 by `maskKeyIds` wherever text is shown.
 */
import type { SecretKind } from './diagnosis';

export interface RedactionResult {
  text: string;
  count: number;
  kinds: SecretKind[];
}

interface SecretPattern {
  kind: SecretKind;
  re: RegExp;
  /** Replace only the last capture group, keeping the label groups before it. */
  keepLabel?: boolean;
  /** A substring every match contains: the pattern is skipped when the text lacks it. */
  needle?: string;
}

const SESSION_TOKEN_PREFIX = '(?:IQoJb3JpZ2luX2|FwoGZXIvYXdz|FQoGZXIvYXdz|FQoDYXdz)';

const PATTERNS: SecretPattern[] = [
  { kind: 'slack-token', needle: 'xox', re: /\bxox[abposre]-[A-Za-z0-9-]{8,250}/g },
  { kind: 'slack-token', needle: 'xapp-', re: /\bxapp-[A-Za-z0-9-]{8,250}/g },
  { kind: 'other-token', needle: 'hooks.slack', re: /\bhttps:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{8,200}/g },
  { kind: 'session-token', re: new RegExp(`${SESSION_TOKEN_PREFIX}[A-Za-z0-9/+=%_-]{4,8000}`, 'g') },
  { kind: 'other-token', needle: 'k8s-aws-v1', re: /\bk8s-aws-v1\.[A-Za-z0-9_=-]{8,8000}/g },
  { kind: 'other-token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})/g },
  { kind: 'other-token', needle: 'eyJ', re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{0,4000}/g },
  { kind: 'signature', re: /((?:X-Amz-Signature|Signature)\s{0,2}=\s{0,2})([0-9a-fA-F]{16,128})/g, keepLabel: true },
  { kind: 'session-token', re: /((?:X-Amz-Security-Token|x-amz-security-token)\s{0,2}[=:]\s{0,2})([A-Za-z0-9/+=%_-]{8,8000})/g, keepLabel: true },
  { kind: 'other-token', re: /((?:Authorization|authorization)\s{0,2}:\s{0,2}(?:Bearer|Basic|token)\s{1,4})([A-Za-z0-9._~+/=-]{8,4000})/g, keepLabel: true },
];

/** `label = value` pairs whose value is a secret, in env, ini, JSON, YAML and CLI-prompt syntax. */
const LABELLED_SECRET =
  /((?:aws[_-]?secret[_-]?access[_-]?key|secret[_-]?access[_-]?key|secretaccesskey|aws[_-]?secret[_-]?key|secret[_-]?key|aws[_-]?session[_-]?token|aws[_-]?security[_-]?token|session[_-]?token|sessiontoken|security[_-]?token|client[_-]?secret|password|passwd|api[_-]?key|AWS Secret Access Key(?: \[[^\]\n]{0,40}\])?)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?)([^\s"',}&]{4,8000})/gi;

/** Values that are placeholders or references, not secrets. */
const NOT_A_SECRET = /^(?:\[REDACTED|\$\{|\$[A-Z_]|<[a-z_ -]{0,40}>|\*{3,64}|None$|null$|none$|true$|false$|\*\*\*)/;


function looksRandom(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9/+]/.test(s);
}

function tokenKind(label: string): SecretKind {
  if (/token/i.test(label)) return 'session-token';
  if (/password|passwd/i.test(label)) return 'password';
  if (/client|api/i.test(label)) return 'other-token';
  return 'secret-access-key';
}

/** Preserve newlines inside a replaced span so that line numbers stay valid. */
function placeholder(kind: SecretKind, original: string): string {
  const newlines = original.includes('\n') ? '\n'.repeat(original.split('\n').length - 1) : '';
  return `[REDACTED:${kind}]${newlines}`;
}

const BEGIN_PRIVATE_KEY = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/g;
const END_MARK = /-----END [A-Z ]{0,40}PRIVATE KEY-----/y;
const MAX_PRIVATE_KEY_CHARS = 16000;
const PEM_BODY = /[A-Za-z0-9+/=\s]{0,16000}/y;

/**
 * PEM private keys, found with indexOf rather than one lazy regex so that many BEGIN markers
 * without an END cannot make the scan quadratic. Without an END, the rest of the line and the
 * following base64 lines are removed.
 */
function redactPrivateKeys(text: string, note: () => void): string {
  if (!text.includes('PRIVATE KEY-----')) return text;
  let out = '';
  let from = 0;
  // Position of the next "-----END " at or after the current key; -1 once none is left.
  let nextEnd = 0;
  BEGIN_PRIVATE_KEY.lastIndex = 0;
  for (let m = BEGIN_PRIVATE_KEY.exec(text); m; m = BEGIN_PRIVATE_KEY.exec(text)) {
    if (m.index < from) continue;
    const bodyStart = m.index + m[0].length;
    if (nextEnd !== -1 && nextEnd < bodyStart) nextEnd = text.indexOf('-----END ', bodyStart);
    let stop: number;
    if (nextEnd >= 0 && nextEnd - bodyStart <= MAX_PRIVATE_KEY_CHARS) {
      END_MARK.lastIndex = nextEnd;
      const end = END_MARK.exec(text);
      stop = end ? nextEnd + end[0].length : nextEnd;
    } else {
      PEM_BODY.lastIndex = bodyStart;
      const body = PEM_BODY.exec(text);
      stop = bodyStart + (body ? body[0].length : 0);
    }
    note();
    out += text.slice(from, m.index) + placeholder('private-key', text.slice(m.index, stop));
    from = stop;
    BEGIN_PRIVATE_KEY.lastIndex = Math.max(stop, bodyStart);
  }
  return out + text.slice(from);
}

function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/**
 * Runs of 40+ base64 characters (in chunks of at most 4000), each judged by `fn`. A hand-written
 * linear pass: a regex retries every position inside shorter runs, which made long texts slow.
 */
function replaceBase64Runs(text: string, fn: (run: string) => string): string {
  let out = '';
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isBase64Char(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isBase64Char(text.charCodeAt(j))) j++;
    for (let start = i; j - start >= 40; start += 4000) {
      const end = Math.min(j, start + 4000);
      if (end - start < 40) break;
      const run = text.slice(start, end);
      const replaced = fn(run);
      if (replaced !== run) {
        out += text.slice(last, start) + replaced;
        last = end;
      }
    }
    i = j;
  }
  return last === 0 ? text : out + text.slice(last);
}

const URL_USERINFO = /^([^\s:/@]{0,256}:)([^\s@/]{1,256})@/;

/** `scheme://user:password@host`: found from each "://" so that no regex retries every position. */
function redactUrlPasswords(text: string, note: () => void): string {
  if (!text.includes('://') || !text.includes('@')) return text;
  let out = '';
  let last = 0;
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    const start = at + 3;
    const m = URL_USERINFO.exec(text.slice(start, start + 520));
    if (!m || at === 0 || !/[A-Za-z0-9]/.test(text[at - 1]!)) continue;
    const secretStart = start + m[1]!.length;
    out += `${text.slice(last, secretStart)}[REDACTED:password]`;
    last = secretStart + m[2]!.length;
    note();
  }
  return last === 0 ? text : out + text.slice(last);
}

export function redact(input: string): RedactionResult {
  let count = 0;
  const kinds = new Set<SecretKind>();
  let text = typeof input === 'string' ? input : '';
  const note = (kind: SecretKind): void => {
    count++;
    kinds.add(kind);
  };
  text = redactPrivateKeys(text, () => note('private-key'));
  text = redactUrlPasswords(text, () => note('password'));
  text = text.replace(LABELLED_SECRET, (m: string, label: string, value: string) => {
    if (NOT_A_SECRET.test(value)) return m;
    // `secret_key ****************wxyz` (configure list) has no separator and never reaches here.
    const kind = tokenKind(label);
    note(kind);
    return `${label}[REDACTED:${kind}]`;
  });
  for (const p of PATTERNS) {
    if (p.needle && !text.includes(p.needle)) continue;
    text = text.replace(p.re, (m: string, ...groups: unknown[]) => {
      note(p.kind);
      // Group 1 is the label, kept; group 2 is the secret.
      if (p.keepLabel && typeof groups[0] === 'string') return `${groups[0]}[REDACTED:${p.kind}]`;
      return placeholder(p.kind, m);
    });
  }
  text = replaceBase64Runs(text, (run: string) => {
    if (!looksRandom(run)) return run;
    // A 40-character run is the shape of a secret access key; longer random runs are tokens or blobs.
    const kind: SecretKind = run.length === 40 ? 'secret-access-key' : 'other-token';
    note(kind);
    return `[REDACTED:${kind}]`;
  });
  return { text, count, kinds: [...kinds] };
}

const FULL_KEY_ID = /\b((?:AKIA|ASIA|ABIA|ACCA|LKIA|LSIA|AIDA|AROA|AGPA|AIPA|ANPA|ANVA|APKA|ASCA|A3T[A-Z0-9])[A-Z0-9]{12,20})([A-Z0-9]{4})\b/g;

/** Show access key ids (and other unique ids) as prefix + "…" + last 4 only. */
export function maskKeyIds(text: string): string {
  return text.replace(FULL_KEY_ID, (_m, head: string, last4: string) => `${head.slice(0, 4)}…${last4}`);
}

/** Every regex this module runs, for the ReDoS check. */
export const REDACT_PATTERNS: RegExp[] = [BEGIN_PRIVATE_KEY, END_MARK, PEM_BODY, ...PATTERNS.map((p) => p.re), LABELLED_SECRET, NOT_A_SECRET, FULL_KEY_ID, URL_USERINFO];
