import { firstNonBlank } from '../first-non-blank';
import { SECRET_KEY_WORDS } from './secret-key-words';

/**
 * Is the line after a full-width row that ends in a secret's value the rest of that value, cut by the terminal? One
 * answer for the reading of cuts (cut-lines.ts, which the extractor shares) and for the secrets' view (view.ts): two
 * readings of it let a cut value's rest out once (stop 31, review17 #1) and redacted evidence after it.
 *
 * - `row`: a line of its own. The row's value has a fixed length and is whole (a secret access key's 40 characters,
 *   shared docs/aws-domain.md "Secret access key"), so a `NAME=value` after it is the listing's next row: read as a cut,
 *   `HOME=/home/u2` was glued to the `AWS_SECRET_ACCESS_KEY=<40>` above it (every fifth line of an env dump).
 * - `rest`: the value's rest. The value has no fixed length (a password's, a token's), and its own characters can hold a
 *   name and `=` (`DB_PASSWORD=Xy7/…Ka/` then `PZ=Lw8s4rTz0`): read as a key line of its own, the rest was let out.
 * - undefined: the row ends in no secret, or the line opens no `NAME=`; the callers' other tests decide.
 */
export type AfterSecretRow = 'row' | 'rest';

/** The row [lineStart, nl) of `text` and the line after it, opening at `at` of `next` (the same text or another). */
export function afterSecretRow(text: string, lineStart: number, nl: number, next: string, at: number): AfterSecretRow | undefined {
  // the next line's tests first: they read a few characters at one offset, the row's read up to 280
  const evidence = opensEvidence(next, at);
  if (evidence && (endsInSecret(text, lineStart, nl) || endsCompleteKey(text, lineStart, nl))) return 'row';
  if (opensEnvAssignment(next, at) && endsCompleteKey(text, lineStart, nl)) return 'row';
  if (!evidence && opensAssignment(next, at) && endsInCutSecret(text, lineStart, nl)) return 'rest';
  return undefined;
}

/**
 * A line that opens with evidence (evidence.ts), on its own or as a labelled row's value: a UUID (a request id), an ARN,
 * a URL (any scheme: `postgres://`, `redis://`), a date or time (a log record's, an HTTP `Date:`, SigV4's `x-amz-date`), a 12-digit account id, a hex digest
 * (`sha256=…`, an ETag). A password's or token's cut rest is its own random characters and reads as none of these: read
 * as one, the `RequestId: <uuid>` row after a cut `DB_PASSWORD=…` was redacted with it. A bare hex run is left out: a
 * hex token's rest is one.
 *
 * Each value ends where it should (no letter or digit glued on), and a 12-digit number or a hex run counts only under
 * an account's or a digest's name: a rest that merely opens like a date, a UUID or an x-amz-date (`2024-05-06Zr8Hq2Lk`,
 * `20240506T112233Zr8Hq`) or reads as `Kp=123456789012` / `q=<32 hex>` was kept as evidence (review18 #6).
 */
const END = '(?![A-Za-z0-9])';
const EVIDENCE_VALUE = String.raw`(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}${END}|arn:aws|[a-z][a-z0-9]{0,7}:\/\/|\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d)?${END}|\d{8}T\d{6}Z${END}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d? [A-Z][a-z]{2} \d{4})`;
const BARE_EVIDENCE = new RegExp(String.raw`\[?${EVIDENCE_VALUE}`, 'y');
/** A label (`RequestId`, `x-amzn-RequestId`, `Request ID`, `ACCOUNT_ID`, `sha256`), `:` or `=`, then evidence. */
const LABELLED_EVIDENCE_ROW = new RegExp(String.raw`(?:export[ \t]{1,4})?[A-Za-z][A-Za-z0-9_.-]{0,63}(?: [A-Za-z][A-Za-z0-9_-]{0,20}){0,2}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?${EVIDENCE_VALUE}`, 'y');
/** An account's or a digest's name (`ACCOUNT_ID`, `AWS Account`, `OwnerId`, `sha256`, `x-amz-content-sha256`, `ETag`, `md5`), `:` or `=`, then 12 digits or a hex digest. */
const NUMBER_ROW = new RegExp(String.raw`(?:export[ \t]{1,4})?(?:[A-Za-z0-9_.-]{0,40}[ _.-])?(?:account|owner|sha\d{0,3}|md5|digest|hash|etag|checksum|crc\d{0,2})(?:[ _-]?id)?["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:\d{12}|[0-9a-f]{32,128})${END}`, 'iy');
function opensEvidence(line: string, at: number): boolean {
  BARE_EVIDENCE.lastIndex = at;
  if (BARE_EVIDENCE.test(line)) return true;
  LABELLED_EVIDENCE_ROW.lastIndex = at;
  if (LABELLED_EVIDENCE_ROW.test(line)) return true;
  NUMBER_ROW.lastIndex = at;
  return NUMBER_ROW.test(line);
}

/** An environment variable's assignment (`HOME=/home/u`, `PATH=/usr/bin`: an upper-case name, `=`, a value). */
const ENV_ASSIGNMENT = /(?:export[ \t]{1,4})?[A-Z_][A-Z0-9_]{0,127}=[^\s="']/y;
function opensEnvAssignment(line: string, at: number): boolean {
  ENV_ASSIGNMENT.lastIndex = at;
  return ENV_ASSIGNMENT.test(line);
}

/** A row assigning a secret access key its whole value: exactly 40 base64 characters. */
const COMPLETE_KEY = /(?:export[ \t]{1,4})?[A-Z0-9_]{0,64}SECRET_ACCESS_KEY=[A-Za-z0-9/+]{40}$/y;
function endsCompleteKey(text: string, lineStart: number, nl: number): boolean {
  const row = lineStart === 0 && nl === text.length ? text : text.slice(lineStart, nl);
  COMPLETE_KEY.lastIndex = firstNonBlank(row);
  return COMPLETE_KEY.test(row);
}

/**
 * A row ending in a secret-labelled value (`DB_PASSWORD=<value>`, `API_TOKEN: <value>`) of no fixed length: the terminal
 * may have cut it. A value of a fixed length is complete when it fills the line (a 40-character secret access key, an
 * AKIA/ASIA id). The cost: a real `NAME=value` row after a value that exactly fills the width is read as the value's
 * rest and redacted with it (the safe side).
 */
const CUT_SECRET_ROW = new RegExp(String.raw`(?:${SECRET_KEY_WORDS})[A-Za-z0-9_.-]{0,32}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([^\s"']{8,200})$`, 'i');
const COMPLETE_VALUE = /^(?:[A-Za-z0-9/+]{40}|(?:AKIA|ASIA)[A-Z0-9]{16})$/;
/** The value a secret-labelled row ends in (CUT_SECRET_ROW), read back at most 280 characters; undefined when none. */
function secretAtEnd(text: string, lineStart: number, nl: number): string | undefined {
  return CUT_SECRET_ROW.exec(text.slice(Math.max(lineStart, nl - 280), nl))?.[1];
}
function endsInSecret(text: string, lineStart: number, nl: number): boolean {
  return secretAtEnd(text, lineStart, nl) !== undefined;
}
function endsInCutSecret(text: string, lineStart: number, nl: number): boolean {
  const value = secretAtEnd(text, lineStart, nl);
  return value !== undefined && !COMPLETE_VALUE.test(value);
}

/**
 * A name and `=` (after an optional `export `), glued to a value: what a cut rest reads as. A name and `:` is left to
 * the other tests, and a row whose value is evidence (an ARN, a URL, an account id: opensEvidence) is a row.
 */
const OPENS_ASSIGNMENT = /(?:export )?[A-Za-z0-9_]{1,64}=[^\s=]/y;
function opensAssignment(text: string, at: number): boolean {
  OPENS_ASSIGNMENT.lastIndex = at;
  return OPENS_ASSIGNMENT.test(text);
}

/** This file's regexes, for the ReDoS safety test (src/core/patterns.ts): they run on every full-width line. */
export const CUT_SECRET_PATTERNS: RegExp[] = [BARE_EVIDENCE, LABELLED_EVIDENCE_ROW, NUMBER_ROW, ENV_ASSIGNMENT, COMPLETE_KEY, CUT_SECRET_ROW, COMPLETE_VALUE, OPENS_ASSIGNMENT];
