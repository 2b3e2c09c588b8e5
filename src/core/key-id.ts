/**
 * Access key id facts: prefix meaning, offline account decoding, and parsing of the
 * redacted forms people paste ("AKIA...1234", "****ABCD", a bare last-4).
 */
import type { KeyIdKind } from './diagnosis';

const PREFIX_KINDS: Record<string, KeyIdKind> = {
  AKIA: 'long-term',
  ASIA: 'temporary',
  ABIA: 'bearer',
  ACCA: 'context',
  LKIA: 'localstack',
  LSIA: 'localstack',
  AIDA: 'user-id',
  AROA: 'role-id',
};

export const CREDENTIAL_PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'LKIA', 'LSIA'] as const;

export function kindOfPrefix(prefix: string): KeyIdKind {
  return PREFIX_KINDS[prefix.toUpperCase()] ?? 'unknown';
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The account id encoded in a new-format key id (5th character Q-Z or 2-7), or undefined.
 * Older ids (5th character I or J) do not encode the account: decoding them gives garbage.
 */
export function decodeAccountId(keyId: string): string | undefined {
  if (!/^[A-Z]{4}[A-Z2-7]{16}$/.test(keyId)) return undefined;
  const body = keyId.slice(4);
  if (!/^[Q-Z2-7]/.test(body)) return undefined;
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
  /** The complete 20-character id when one was given. */
  fullId?: string;
  kind: KeyIdKind;
}

export type KeyHintParse =
  | { ok: true; hint: ParsedKeyHint }
  | { ok: false; reason: 'empty' | 'looks-like-secret' | 'unrecognised'; message: string };

/** A 40-character base64 run is the shape of a secret access key: refuse it. */
const SECRET_SHAPE = /^[A-Za-z0-9/+]{40}$/;

/**
 * Parse what a user typed after `/awskey` or `awskey lookup`: `AKIA...1234`, `AKIA…1234`,
 * `AKIA****1234`, `****1234`, `1234`, a full id, with or without backticks and spaces.
 */
export function parseKeyHint(input: string): KeyHintParse {
  const cleaned = input.replace(/[`'"\s\u200b-\u200d\ufeff]/g, '');
  if (cleaned === '') return { ok: false, reason: 'empty', message: 'Give an access key id or its last four characters, e.g. AKIA...1234.' };
  if (SECRET_SHAPE.test(cleaned) && /[a-z/+]/.test(cleaned)) {
    return { ok: false, reason: 'looks-like-secret', message: 'That looks like a secret access key. Never paste a secret; rotate it now and use only the key id (AKIA...).' };
  }
  const upper = cleaned.toUpperCase();
  const full = /^([A-Z0-9]{4})([A-Z0-9]{16})$/.exec(upper);
  if (full && kindOfPrefix(full[1]!) !== 'unknown') {
    return { ok: true, hint: { prefix: full[1]!, suffix: full[2]!, fullId: upper, kind: kindOfPrefix(full[1]!) } };
  }
  const masked = /^([A-Z0-9]{4})?(?:\.{2,}|…|\*+|_+|-+|x{3,})?([A-Z0-9]{4,16})$/.exec(upper);
  if (masked) {
    const prefix = masked[1];
    const suffix = masked[2]!;
    if (prefix && kindOfPrefix(prefix) === 'unknown' && upper.length > 8) {
      return { ok: false, reason: 'unrecognised', message: `"${prefix}" is not an access key prefix (AKIA, ASIA, ...).` };
    }
    return { ok: true, hint: { ...(prefix && kindOfPrefix(prefix) !== 'unknown' ? { prefix } : {}), suffix, kind: prefix ? kindOfPrefix(prefix) : 'unknown' } };
  }
  return { ok: false, reason: 'unrecognised', message: 'Could not read an access key id. Use the form AKIA...1234, ****1234 or the last four characters.' };
}

/** Redacted display form: prefix + "…" + last 4. */
export function maskKeyId(keyId: string): string {
  const id = keyId.trim();
  if (id.length <= 8) return id;
  return `${id.slice(0, 4)}…${id.slice(-4)}`;
}
