/**
 * Access key id facts: prefix meaning, offline account decoding, and parsing of the
 * redacted forms people paste ("AKIA...1234", "****ABCD", a bare last-4).
 */
import type { KeyIdKind } from './diagnosis';

const IAM_IDS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes';
const LOCALSTACK_KEYS = 'https://docs.localstack.cloud/references/credentials/';

export interface KeyIdPrefix {
  prefix: string;
  /**
   * What diagnose reads it as: a kind of access key (isCredentialKind), a principal id, or 'unknown' for the ids it
   * does not read (groups, policies, certificates).
   */
  reads: KeyIdKind;
  source: string;
}

/**
 * Every key-id prefix the product knows, one row each. Each list of prefixes (diagnose's readers, the
 * masking of full ids in replies and on the case) is built from this table.
 */
export const KEY_ID_PREFIXES: readonly KeyIdPrefix[] = [
  { prefix: 'AKIA', reads: 'long-term', source: IAM_IDS },
  { prefix: 'ASIA', reads: 'temporary', source: IAM_IDS },
  { prefix: 'ABIA', reads: 'bearer', source: IAM_IDS }, // STS service bearer token
  { prefix: 'ACCA', reads: 'context', source: IAM_IDS }, // context-specific credential
  // LocalStack's own key ids: long-term (LKIA) and temporary (LSIA), valid only at a LocalStack endpoint.
  { prefix: 'LKIA', reads: 'localstack', source: LOCALSTACK_KEYS },
  { prefix: 'LSIA', reads: 'localstack', source: LOCALSTACK_KEYS },
  { prefix: 'AIDA', reads: 'user-id', source: IAM_IDS },
  { prefix: 'AROA', reads: 'role-id', source: IAM_IDS },
  { prefix: 'AGPA', reads: 'unknown', source: IAM_IDS }, // user group
  { prefix: 'AIPA', reads: 'unknown', source: IAM_IDS }, // EC2 instance profile
  { prefix: 'ANPA', reads: 'unknown', source: IAM_IDS }, // managed policy
  { prefix: 'ANVA', reads: 'unknown', source: IAM_IDS }, // managed policy version
  { prefix: 'APKA', reads: 'unknown', source: IAM_IDS }, // public key
  { prefix: 'ASCA', reads: 'unknown', source: IAM_IDS }, // certificate
];

/** The kinds that are not access keys: principal ids and the ids diagnose does not read. */
const NOT_CREDENTIAL_KINDS: ReadonlySet<KeyIdKind> = new Set<KeyIdKind>(['unknown', 'user-id', 'role-id']);

/**
 * An access key id (a credential), not a principal or resource id: the one distinction the prefix lists and the
 * knowledge's keyKind fact draw (CREDENTIAL_PREFIXES, extract/key-ids.ts, rules/fact-values.ts).
 */
export function isCredentialKind(kind: KeyIdKind): boolean {
  return !NOT_CREDENTIAL_KINDS.has(kind);
}

const PREFIX_KINDS: Record<string, KeyIdKind> = Object.fromEntries(KEY_ID_PREFIXES.filter((p) => p.reads !== 'unknown').map((p) => [p.prefix, p.reads]));

/** The prefixes of access key ids, AWS's and LocalStack's (a key id in a credential slot starts with one). */
export const CREDENTIAL_PREFIXES: readonly string[] = KEY_ID_PREFIXES.filter((p) => isCredentialKind(p.reads)).map((p) => p.prefix);

/**
 * Secret scanners (gitleaks' aws-access-token rule, for one) also treat `A3T` + one character as a key-id
 * start. It is on no AWS page; masking keeps it so a reply never shows more of such an id.
 */
export const SCANNER_ONLY_PREFIX = 'A3T[A-Z0-9]';

/** A regex alternation of the table's prefixes that pass `keep`, for building the readers' regexes. */
export function prefixAlternation(keep: (p: KeyIdPrefix) => boolean = () => true): string {
  return KEY_ID_PREFIXES.filter(keep).map((p) => p.prefix).join('|');
}

/**
 * A whole id of any prefix above or the scanners' A3T start, for masking (replies) and stand-ins (the case's
 * evidence): groups 1 prefix, 2 middle, 3 last 4. Global: use it with `replace`, which starts from 0 every call.
 */
export const FULL_KEY_ID = new RegExp(`\\b(${prefixAlternation()}|${SCANNER_ONLY_PREFIX})([A-Z0-9]{12,20})([A-Z0-9]{4})\\b`, 'g');

export function kindOfPrefix(prefix: string): KeyIdKind {
  return PREFIX_KINDS[prefix.toUpperCase()] ?? 'unknown';
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Compiled once (a regex literal in a function is a new object per call): a base32 id, and a new format's 5th character. */
const BASE32_ID = /^[A-Z]{4}[A-Z2-7]{16}$/;
const NEW_FORMAT_START = /^[Q-Z2-7]/;
/** decodeAccountId's tests, for the ReDoS check (extract/key-ids.ts lists them). */
export const ACCOUNT_DECODE_PATTERNS: RegExp[] = [BASE32_ID, NEW_FORMAT_START];

/**
 * The account id encoded in a new-format key id (5th character Q-Z or 2-7), or undefined.
 * Older ids (5th character I or J) do not encode the account: decoding them gives garbage.
 */
export function decodeAccountId(keyId: string): string | undefined {
  if (!BASE32_ID.test(keyId)) return undefined;
  const body = keyId.slice(4);
  if (!NEW_FORMAT_START.test(body)) return undefined;
  // 6 bytes = 48 bits = the first 10 base32 characters (50 bits) minus the last 2 bits.
  let bits = 0n;
  for (const ch of body.slice(0, 10)) bits = (bits << 5n) | BigInt(BASE32.indexOf(ch));
  const first48 = bits >> 2n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}

export interface ParsedKeyHint {
  /** Upper-case prefix when given ("AKIA"), else undefined. */
  prefix?: string;
  /** Known trailing characters (at least the last 4), upper-case. */
  suffix: string;
  /** Known leading characters beyond the prefix ("AKIAIOSF" in "AKIAIOSF...MPLE"), upper-case. */
  head?: string;
  /** The complete 20-character id when one was given. */
  fullId?: string;
  kind: KeyIdKind;
  /** Characters of the pasted id that were not plain A-Z/0-9 and were folded to read it (see oddCharsNote). */
  oddChars?: OddChar[];
}

/** A character folded out of a pasted id: its 1-based place among the id's characters and what it was. */
export interface OddChar {
  position: number;
  kind: 'full-width' | 'hidden' | 'Cyrillic look-alike' | 'Greek look-alike';
  codePoint: string;
}

export type KeyHintParse =
  | { ok: true; hint: ParsedKeyHint }
  | { ok: false; reason: 'empty' | 'looks-like-secret' | 'unrecognised'; message: string };

/** A 40-character base64 run (or a longer token) with lower case or / + is the shape of a secret: refuse it. */
const SECRET_RUN = /[A-Za-z0-9/+=]{40,}/g;
const SECRET_MESSAGE = 'That looks like a secret access key or session token. Never paste a secret; rotate it now and use only the key id (AKIA...1234).';
/** The separators people and tools use for the hidden middle of a key id. */
const MASKED = /^([A-Z0-9]{4,19})?(\.{2,}|…+|\*+|_{2,}|-{2,}|X{3,})?([A-Z0-9]{4,16})$/;

function codePointOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Key ids are Latin A-Z and digits only; a letter from another alphabet with no Latin twin is refused by name. */
function lookalikeMessage(chars: string[]): string {
  const named = chars.slice(0, 5).map((ch) => `${ch} (${codePointOf(ch)})`);
  return `That hint holds letters from another alphabet that look like Latin ones: ${named.join(', ')}. Key ids use only A-Z and digits; type them again. If the hint was copied from the failing configuration, that look-alike character is itself a likely cause.`;
}

/**
 * Cyrillic and Greek capitals (and the Cyrillic small letters) drawn like a Latin capital or digit-free letter
 * of a key id. NFKC leaves them alone, so they are folded here, as NFKC folds full-width letters.
 * Source: Unicode confusables (https://www.unicode.org/Public/security/latest/confusables.txt).
 */
const LOOKALIKE_LATIN: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', Ѕ: 'S', І: 'I', Ј: 'J',
  а: 'A', е: 'E', о: 'O', р: 'P', с: 'C', х: 'X', у: 'Y', ѕ: 'S', і: 'I', ј: 'J',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const QUOTES = /[`'"\u2018\u2019\u201c\u201d]/;

/**
 * The hint as read (NFKC, look-alikes folded, quotes and zero-width characters dropped) and the characters of the
 * id that were not plain: each counted by its place among the id's characters (whitespace, quotes and leading
 * brackets are not counted), so a reply can name "character 1" without echoing anything.
 */
function foldHint(input: string): { unquoted: string; odd: OddChar[] } {
  let unquoted = '';
  let place = 0;
  let leading = true;
  const odd: OddChar[] = [];
  for (const ch of input) {
    if (ZERO_WIDTH.test(ch)) {
      odd.push({ position: place + 1, kind: 'hidden', codePoint: codePointOf(ch) });
      continue;
    }
    const { folded, kind } = foldChar(ch);
    if (QUOTES.test(folded)) continue;
    unquoted += folded;
    if (/^\s+$/.test(folded) || (leading && /^[(<[]+$/.test(folded))) continue;
    leading = false;
    if (kind) odd.push({ position: place + 1, kind, codePoint: codePointOf(ch) });
    place += folded.length;
  }
  return { unquoted, odd };
}

/** One character as a key id is read: NFKC, then a Cyrillic or Greek look-alike as its Latin twin; and what it was. */
function foldChar(ch: string): { folded: string; kind?: Exclude<OddChar['kind'], 'hidden'> } {
  const nfkc = ch.normalize('NFKC');
  const folded = LOOKALIKE_LATIN[nfkc] ?? nfkc;
  if (LOOKALIKE_LATIN[nfkc] !== undefined) return { folded, kind: /\p{Script=Greek}/u.test(nfkc) ? 'Greek look-alike' : 'Cyrillic look-alike' };
  return folded !== ch && /^[A-Za-z0-9]$/.test(folded) ? { folded, kind: 'full-width' } : { folded };
}

/**
 * A word typed with look-alike letters ("АSIА" with Cyrillic А, full-width "ＡＳＩＡ" from a CJK input method: QA38 F19),
 * read as `lookup` reads a key id: each folded word that comes out plain Latin letters and digits replaces the typed
 * one; a word with other letters of its own script (a Cyrillic sentence) stays as typed. `odd` holds the folded
 * characters of the first word folded, counted within it, for oddCharsNote.
 */
const WORD_BREAK = /([\s\p{P}]+)/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const LATIN_WORD = /^[A-Za-z0-9]+$/;
export function foldLookalikeWords(text: string): { text: string; odd: OddChar[] } {
  let odd: OddChar[] = [];
  // Split, not one scanning regex: the words between spaces and punctuation, each read once.
  const out = text.split(WORD_BREAK).map((word) => {
    if (ASCII_ONLY.test(word)) return word;
    const chars = [...word].map(foldChar);
    const folded = chars.map((c) => c.folded).join('');
    if (!LATIN_WORD.test(folded)) return word;
    if (odd.length === 0) odd = [...word].flatMap((ch, i) => (chars[i]!.kind ? [{ position: i + 1, kind: chars[i]!.kind!, codePoint: codePointOf(ch) }] : []));
    return folded;
  });
  return { text: out.join(''), odd };
}

/**
 * What a reply says when the pasted id held a character that is not plain A-Z/0-9: where and what it was (never
 * the id), that the folded id was looked up, and that such a character in the failing configuration is itself a
 * likely cause (AWS refuses the id: InvalidAccessKeyId / SignatureDoesNotMatch).
 */
export function oddCharsNote(hint: Pick<ParsedKeyHint, 'oddChars'>, said: { given: string; read: string } = { given: 'The id you gave', read: 'I looked it up' }): string | undefined {
  const odd = hint.oddChars ?? [];
  if (odd.length === 0) return undefined;
  const places = odd.slice(0, 5).map((o) => (o.kind === 'hidden' ? `a hidden zero-width character (${o.codePoint}) before character ${o.position}` : `character ${o.position} is a ${o.kind} (${o.codePoint})`));
  const more = odd.length > 5 ? ` and ${odd.length - 5} more` : '';
  return `${said.given} held characters that are not plain A-Z/0-9: ${places.join('; ')}${more}. ${said.read} as plain letters and digits. AWS refuses a key id holding such a character: if it was copied from the failing configuration, that character is itself a likely cause; type the id again there.`;
}

function looksLikeSecretRun(text: string): boolean {
  return [...text.matchAll(SECRET_RUN)].some((m) => /[a-z/+]/.test(m[0]));
}

const NOT_ONE_ID = 'That is not one access key id. Give just the id: AKIA...1234, ****1234, its last four characters or the whole id.';
const SEPARATOR = /\.{2,}|…|\*|_{2,}|-{2,}/;
const STARTS_WITH_SEPARATOR = new RegExp(`^(${SEPARATOR.source})`);
/** One word that is already a masked id ("AKIA...1234"): a second word is then not part of it. */
const MASKED_WORD = new RegExp(`^[A-Z0-9]{4,19}(${SEPARATOR.source}|X{3,})[A-Z0-9]{4,}`);

/**
 * Spaces inside a hint are fine when they split one id ("AKIA ... 1234", "AKIA 1234"); words around
 * it are not: joined, "hello there" or "AKIA...1234 please" read as a key ending in HERE or EASE.
 */
function extraWords(unquoted: string): boolean {
  const words = unquoted
    .split(/\s+/)
    .map((w) => w.replace(/^[(<[]+/, '').toUpperCase())
    .filter(Boolean);
  if (words.length < 2) return false;
  const first = words[0]!;
  const startsAnId = CREDENTIAL_PREFIXES.some((p) => first.startsWith(p)) || STARTS_WITH_SEPARATOR.test(first);
  const wholeAlready = /^[A-Z0-9]{20}$/.test(first) || MASKED_WORD.test(first);
  return words.length > 3 || !startsAnId || wholeAlready;
}

/**
 * A key prefix followed by too few characters, with no mask between: "AKIA" alone or "AKIA12" names
 * no key (read as a tail they would search for ids ending in AKIA12), and 9 to 19 characters in one
 * piece are an id cut short when copied ("not found" would send the team the wrong way).
 */
function cutShort(upper: string, oneWord: boolean): string | undefined {
  const prefix = CREDENTIAL_PREFIXES.find((p) => upper.startsWith(p));
  if (!prefix || /[^A-Z0-9]/.test(upper) || upper.length === 8 || upper.length >= 20) return undefined;
  if (upper.length === 4) return `${prefix} is only the prefix of a key id. Add its last four characters: ${prefix}...1234.`;
  if (upper.length < 8) return `That is the prefix ${prefix} and ${upper.length - 4} more character${upper.length === 5 ? '' : 's'}: give the last four characters too (${prefix}...1234), or the whole id.`;
  if (oneWord) return `That id has ${upper.length} characters; an access key id has 20. Copy it again whole, or give its prefix and last four characters (${prefix}...1234).`;
  return undefined;
}

const CALLER_KEY = 'Give the access key id instead (AKIA...1234): `aws configure get aws_access_key_id` prints the one the failing client uses';
/**
 * What people give for a key that is another IAM identifier (QA39 F13): the `UserId` or `Account` of
 * get-caller-identity, a role's id, an ARN. Told what it is and what to give, never looked up as a key.
 */
function otherIdentifier(upper: string): string | undefined {
  const kind = kindOfPrefix(upper.slice(0, 4));
  if (upper.length > 8 && kind === 'user-id') return `${upper.slice(0, 4)}... is an IAM user's unique id (the UserId of get-caller-identity), not an access key id. ${CALLER_KEY}; \`aws iam list-access-keys --user-name NAME\` lists a user's keys.`;
  if (upper.length > 8 && kind === 'role-id') return `${upper.slice(0, 4)}... is an IAM role's unique id, not an access key id. ${CALLER_KEY}; a role's session keys start with ASIA.`;
  if (/^\d{12}$/.test(upper)) return `A 12-digit number is an AWS account id, not an access key id. ${CALLER_KEY}.`;
  if (upper.startsWith('ARN:')) return `That is an ARN, not an access key id. ${CALLER_KEY}; \`aws sts get-caller-identity\` prints the caller's account and ARN.`;
  return undefined;
}

/**
 * Parse what a user typed after `/awskey` or `awskey lookup`: `AKIA...1234`, `AKIA…1234`,
 * `AKIA****1234`, `****1234`, `1234`, a full id, with or without backticks and spaces.
 */
export function parseKeyHint(input: string): KeyHintParse {
  // NFKC folds full-width letters and digits and dot leaders, and Cyrillic/Greek look-alikes are folded to
  // Latin: each is looked up as the id it looks like and named in the reply (oddCharsNote). Quotes may be
  // straight or smart. A hint copied out of a sentence keeps its punctuation ("the key AKIA...1234, since Monday"): drop
  // brackets around it and a comma, semicolon, colon, '!', '?' or one full stop after it ("AKIA..." stays a prefix).
  const { unquoted, odd } = foldHint(input);
  const cleaned = unquoted
    .replace(/\s/g, '')
    .replace(/^[(<[]+/, '')
    .replace(/(?<=[A-Za-z0-9)>\]])\.$/, '')
    .replace(/(?<=[A-Za-z0-9.])[)>\],;:!?]+$/, '');
  if (cleaned === '') return { ok: false, reason: 'empty', message: 'Give an access key id or its last four characters, e.g. AKIA...1234.' };
  if (looksLikeSecretRun(input) || looksLikeSecretRun(cleaned)) return { ok: false, reason: 'looks-like-secret', message: SECRET_MESSAGE };
  const other = otherIdentifier(cleaned.toUpperCase());
  if (other) return { ok: false, reason: 'unrecognised', message: other };
  const lookalikes = [...new Set(cleaned.match(/(?=\P{ASCII})\p{L}/gu) ?? [])];
  if (lookalikes.length > 0) return { ok: false, reason: 'unrecognised', message: lookalikeMessage(lookalikes) };
  if (extraWords(unquoted)) return { ok: false, reason: 'unrecognised', message: NOT_ONE_ID };
  const upper = cleaned.toUpperCase();
  const short = cutShort(upper, !/\S\s+\S/.test(input.trim()));
  if (short) return { ok: false, reason: 'unrecognised', message: short };
  const full = /^([A-Z0-9]{4})([A-Z0-9]{16})$/.exec(upper);
  const oddChars = odd.length > 0 ? { oddChars: odd } : {};
  if (full && kindOfPrefix(full[1]!) !== 'unknown') {
    return { ok: true, hint: { prefix: full[1]!, suffix: full[2]!, fullId: upper, kind: kindOfPrefix(full[1]!), ...oddChars } };
  }
  const masked = MASKED.exec(upper);
  if (masked && upper.length <= 40) {
    let lead = masked[1];
    let suffix = masked[3]!;
    // Without a separator, a run that does not start with a key prefix is all tail ("7EXAMPLE").
    if (lead !== undefined && masked[2] === undefined && kindOfPrefix(lead.slice(0, 4)) === 'unknown' && upper.length <= 16) {
      suffix = upper;
      lead = undefined;
    }
    const prefix = lead?.slice(0, 4);
    if (prefix && kindOfPrefix(prefix) === 'unknown' && upper.length > 8) {
      return { ok: false, reason: 'unrecognised', message: `"${prefix}" is not an access key prefix (AKIA, ASIA, ...).` };
    }
    if (lead !== undefined && lead.length + suffix.length > 20) {
      return { ok: false, reason: 'unrecognised', message: 'An access key id has 20 characters; that hint is longer.' };
    }
    const known = prefix && kindOfPrefix(prefix) !== 'unknown' ? prefix : undefined;
    return {
      ok: true,
      hint: {
        ...(known ? { prefix: known } : {}),
        ...(known && lead && lead.length > 4 ? { head: lead } : {}),
        suffix,
        kind: known ? kindOfPrefix(known) : 'unknown',
        ...oddChars,
      },
    };
  }
  return { ok: false, reason: 'unrecognised', message: 'Could not read an access key id. Use the form AKIA...1234, ****1234 or the last four characters.' };
}

/** True when the key id fits everything the hint says about it. */
export function keyIdMatchesHint(keyId: string, hint: ParsedKeyHint): boolean {
  const id = keyId.toUpperCase();
  if (hint.fullId !== undefined) return id === hint.fullId;
  if (!id.endsWith(hint.suffix)) return false;
  const lead = hint.head ?? hint.prefix;
  return lead === undefined || (id.startsWith(lead) && lead.length + hint.suffix.length <= id.length);
}

/** Redacted display of a hint: never more than prefix + last 4. */
export function describeHint(hint: ParsedKeyHint): string {
  return `${hint.prefix ?? ''}${hint.prefix ? '…' : '****'}${hint.suffix.slice(-4)}`;
}

/** Redacted display form: prefix + "…" + last 4. */
export function maskKeyId(keyId: string): string {
  const id = keyId.trim();
  if (id.length <= 8) return id;
  return `${id.slice(0, 4)}…${id.slice(-4)}`;
}
