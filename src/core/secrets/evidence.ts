import { WRAP_WIDTHS } from '../wrap-widths';

/**
 * Evidence that looks random but cannot authenticate anything: ARNs (every partition and resource
 * type, assumed-role session names included), S3's HostId / x-amz-id-2 and extended request ids (also
 * .NET's AmazonId2 and the Rust SDK's `Some("…")`), request ids, pagination tokens (S3's NextContinuationToken, NextToken), CloudFront ids, S3 version and upload
 * ids, integrity and checksum hashes (Terraform's source_code_hash included), URL and S3 paths, and
 * word-built names (SSM parameters, CloudFormation logical ids, mixed-case S3 keys). The shape rule of the redactor
 * ("40+ random base64 characters") skips these spans and runs; rules that match a secret by its
 * name or prefix still apply.
 */

/**
 * The account field as pasted: 12 digits, `aws`, or masked by the poster (`xxxx`, `****`, `XXXXXXXXXXXX`, `<account-id>`,
 * `...`: real-pastes tuning, an assumed-role ARN under `arn:aws:sts::xxxx:` whose session name was read as a key).
 */
const ARN = /\barn:(?:aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):[A-Za-z0-9-]{1,64}:[A-Za-z0-9-]{0,32}:(?:\d{12}|aws|[xX*#]{1,12}|\.{3}|<[A-Za-z_-]{1,24}>)?:[^\s"'<>,;()[\]{}`|]{1,1600}/g;
/**
 * A macOS per-user temporary folder (confstr(3) `_CS_DARWIN_USER_TEMP_DIR` / `_CS_DARWIN_USER_CACHE_DIR`:
 * `/var/folders/<2>/<28 random>0000gn/T/` or `…/C/`) and the path on from it: its random name of 30 characters read with
 * the segments around it as 40+ random characters (real-conversations tuning, a `bundle exec berks package` line).
 */
const MACOS_TEMP_DIR = /\/var\/folders\/[A-Za-z0-9_+-]{2}\/[A-Za-z0-9_+-]{24,34}\/[TC0]\/[^\s"'<>,;()[\]{}`|]{0,2000}/g;
/**
 * Where an IAM or STS ARN's path starts: after the account field's `:`, the resource type and its `/` (`user/`,
 * `assumed-role/`). Only these: their names are IAM names, while other services' paths hold any name (an S3 object key
 * may be a 40-character hash).
 */
const ARN_RESOURCE_TYPE = /^arn:[a-z-]{1,16}:(?:iam|sts)::[^:]{0,64}:([^/:]{0,64})\//;

/** An ARN's span, with where its path starts (randomRuns: a key glued onto the path is no name in it, review 33). */
function arnSpan(start: number, arn: string): EvidenceSpan {
  const head = ARN_RESOURCE_TYPE.exec(arn);
  if (!head) return { start, end: start + arn.length };
  // a federated user's name is 2 to 32 characters (STS GetFederationToken's Name), so it is read with the IAM names
  return { start, end: start + arn.length, namesFrom: start + head[0].length, arnPath: head[1] === 'assumed-role' ? 'session' : 'names' };
}
/** Where the names of the path start in a MACOS_TEMP_DIR match: after its `/T/`. */
const TEMP_DIR_HEAD = /^\/var\/folders\/[^/]{2}\/[^/]{24,34}\/[TC0]\//;
/** The labels of S3's and the SDKs' ids, and of digests and pagination tokens (LABELLED_EVIDENCE reads both). */
const ID_LABELS = String.raw`host[ _-]?id|x-amz-id-2|amazon[ _-]?id[ _-]?2|extended[ _-]?request[ _-]?id|request[ _-]?id|x-amzn?-request-?id`;
const DIGEST_LABELS = String.raw`x-amzn-trace-id|cf[ _-]?id|version[ _-]?id|upload[ _-]?id|codesha256|sha256|sha512|hash|etag|digest|checksum[a-z0-9]{0,16}|x-amz-checksum-[a-z0-9]{1,16}|x-amz-content-sha256|integrity|fingerprint|(?:next[ _-]?)?continuation[ _-]?token|next[ _-]?token|starting[ _-]?token|next[ _-]?marker`;
/**
 * Values labelled as ids or digests, in CLI debug, SDK error text, XML and JSON, and in a table's row (a markdown table
 * in an issue, the AWS CLI's `--output table`: `| ChecksumSHA256 | <digest> |`), where the cell's bar stands for the `:`.
 */
const LABELLED_EVIDENCE = new RegExp(String.raw`(?:${ID_LABELS}|${DIGEST_LABELS})[*_~\`]{0,3}["']?(?:[ \t]{0,4}>|[ \t]{0,4}[:=][ \t]{0,4}|[ \t]{0,40}\|[ \t]{0,40})["'\`*_~]{0,3}(?:Some\(")?([A-Za-z0-9/+=._-]{8,600})`, 'gi');
/**
 * S3's and the SDKs' ids as people write them in chat: after a blank, a line break or "is" instead of a
 * colon, the value in Slack's `code`, *bold* or _italic_ marks (`the x-amz-id-2 is \`…\``, `HostId` on one
 * line and its value on the next, after its colon or `<HostId>` too, or a JSON key's (`"HostId": ` ending a line): a
 * terminal wrap cuts there, and a CI console puts its time before the value). Only the id labels, not the digests, so no secret hides behind "hash".
 */
const SPOKEN_ID = new RegExp(String.raw`(?:${ID_LABELS})[*_~\`]{0,3}["']?(?:[ \t]{1,4}(?:is[ \t]{1,4})?|[ \t]{0,4}[:=>]?[ \t]{0,4}\r?\n(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z )?[ \t]{0,8})["'\`*_~]{0,3}([A-Za-z0-9/+=._-]{8,600})`, 'gi');
const INTEGRITY = /\bsha(?:1|224|256|384|512)[-_][A-Za-z0-9+/]{16,120}={0,2}/g;
/** Scheme, host and path of a URL (not its query, where presigned tokens live). */
const URL_PATH = /\b(?:s3|https?):\/\/[^\s"'<>?#&|`]{1,2000}/g;
/**
 * Public keys and certificates, which authenticate nothing: a PEM certificate (its body cannot hold
 * another BEGIN line), a base64-encoded PEM certificate as kubeconfig's certificate-authority-data and
 * EKS's certificateAuthority carry it (kept only when it decodes to no private key), an SSH public key,
 * and the encoded authorization failure message of EC2 and STS (AWS-encrypted, read with
 * sts decode-authorization-message).
 */
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]{0,16000}-----END CERTIFICATE-----/g;
const BASE64_PEM_CERTIFICATE = /\bLS0tLS1CRUdJTiBDRVJUSUZJQ0FURS[A-Za-z0-9+/]{0,40000}={0,2}/g;
const SSH_PUBLIC_KEY = /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)) AAAA[A-Za-z0-9+/]{16,8000}={0,3}/g;
const ENCODED_MESSAGE = /(?:encoded authorization failure message:|--encoded-message)[ \t]{0,4}([A-Za-z0-9_+/=-]{8,8000})/gi;

function decodesToPrivateKey(b64: string): boolean {
  try {
    return atob(b64.slice(0, b64.length - (b64.length % 4))).includes('PRIVATE KEY');
  } catch {
    return true;
  }
}

export interface Span {
  start: number;
  end: number;
}

export interface EvidenceSpan extends Span {
  /**
   * A labelled value whose label names an id or digest of known shapes, none of them a secret access key's (a whole
   * value of 40 base64 characters): S3's HostId / x-amz-id-2 and extended request ids are 56 or 76 with padding, request ids
   * UUIDs or 16 hex, CloudFront ids 56, checksums 8, 12, 28 or 44 with padding, ETags and hex digests one case. A run of
   * a key's shape there is a key, whatever the label (detect.ts randomRuns): the label may be a guess (a terminal's cut
   * read across lines, `…my cache ha` / `sh: <key>` as `hash: <key>`). Version and upload ids and pagination tokens are
   * opaque (any length), so not these.
   */
  shaped?: true;
  /**
   * Where a MACOS_TEMP_DIR's own path goes on (after `/T/`): a random run that reaches 40 characters past it is a key
   * glued onto the path, not the folder's name.
   */
  namesFrom?: number;
  /**
   * An IAM or STS ARN's path (namesFrom after its resource type's `/`): 'session' when its last name is a role session's
   * (`assumed-role/`), which may be up to 64 random characters; 'names' when all its names are IAM names or a federated
   * user's (`user/`, `role/`, `federated-user/`, …), under 40 characters each. detect.ts keyInPath reads a key glued on
   * from it.
   */
  arnPath?: 'session' | 'names';
}

/** Labels whose values are opaque ids of any length: a key-length value under them stays evidence. */
const OPAQUE_LABEL = /version|upload|token|marker/i;

/** A labelled reader's match (value in group 1) under a label of known value shapes (EvidenceSpan.shaped). */
function shapedLabel(m: RegExpExecArray): boolean {
  return !OPAQUE_LABEL.test(m[0].slice(0, m[0].length - m[1]!.length));
}

/**
 * An evidence reader: its regex, a needle the view must hold before it runs, whether the evidence is the value in group
 * 1 (a labelled reader: shaped when its label is not an opaque one), a test a match must pass, and the span it makes
 * when that says more than where it is (an ARN's path, a temporary folder's own path).
 */
interface Reader {
  re: RegExp;
  needle?: string;
  group?: true;
  keep?: (m: string) => boolean;
  span?: (start: number, m: RegExpExecArray) => EvidenceSpan;
}

const READERS: readonly Reader[] = [
  { re: ARN, needle: 'arn:', span: (start, m) => arnSpan(start, m[0]) },
  { re: LABELLED_EVIDENCE, group: true },
  { re: SPOKEN_ID, group: true },
  { re: INTEGRITY, needle: 'sha' },
  { re: URL_PATH, needle: '://' },
  { re: MACOS_TEMP_DIR, needle: '/var/folders/', span: (start, m) => ({ start, end: m.index + m[0].length, namesFrom: start + TEMP_DIR_HEAD.exec(m[0])![0].length }) },
  { re: PEM_CERTIFICATE, needle: 'BEGIN CERTIFICATE' },
  { re: BASE64_PEM_CERTIFICATE, needle: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS', keep: (m) => !decodesToPrivateKey(m) },
  { re: SSH_PUBLIC_KEY, needle: ' AAAA' },
  { re: ENCODED_MESSAGE, needle: 'ncoded', group: true },
];

/** Spans of `view` that hold evidence, sorted by start. */
export function evidenceSpans(view: string): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const { re, needle, group, keep, span } of READERS) {
    if (needle && !view.includes(needle)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(view); m; m = re.exec(view)) {
      if (keep && !keep(m[0])) continue;
      const end = m.index + m[0].length;
      const start = group ? end - m[1]!.length : m.index;
      if (span) out.push(span(start, m));
      else out.push(group && shapedLabel(m) ? { start, end, shaped: true } : { start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The labelled readers above, read again over a label a line break cut (cutLabelSpans). */
const CUT_LABEL_READERS = [LABELLED_EVIDENCE, SPOKEN_ID, ENCODED_MESSAGE];
/** Their labels alone, asked first of the few characters around a break (most breaks cut no label: a YAML's, an env dump's). */
const CUT_LABEL = new RegExp(`(?:${ID_LABELS}|${DIGEST_LABELS}|encoded authorization failure message)`, 'gi');
/** A label's rest opening a line: name characters and blanks, a closing quote, then its `:`, `=` or `>` (`st_id: `, `on failure message: `, `d>`). */
const LABEL_REST = /[A-Za-z0-9_ -]{1,40}["']?[ \t]{0,4}[:=>]/y;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** How far before a break a cut label is looked for (the longest label, `encoded authorization failure message`, is 37). */
const CUT_LABEL_REACH = 40;

/**
 * A label cut inside a word by a line break, a terminal's wrap (`extended_reque` / `st_id: Some("…")`, `Encoded
 * authorizati` / `on failure message: …`, `<HostI` / `d>…`): the line goes on with the label's rest and its colon. The
 * view keeps that break (the rest reads as a name of its own, or as prose), so the value after it had no label and read
 * as a random token. Asked of the break `nl` before a random run's line (detect.ts randomRuns, only for a run no other
 * evidence holds: most breaks cut no label, and an env dump has one per line): the two lines are read as one by the
 * labelled readers, only where a label spans the break; the values they find are evidence spans in the view. Secrets
 * under a label are still read by the secret readers (evidence only stops the shape rule).
 */
export function cutLabelSpans(view: string, nl: number): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  if (!isLetter(view.charCodeAt(nl - 1)) || !isLetter(view.charCodeAt(nl + 1))) return out;
  const start = view.lastIndexOf('\n', nl - 1) + 1;
  // Only a terminal's wrap cuts a word, at its width (as the view reads cuts): a short line's break ends a name
  // (`image: my-service-image` / `tag: <value>` is no `etag`). The view has joined the wraps before it (an ARN's, a
  // value's), so the line is some lines of one width.
  if (!atWrapWidth(nl - start)) return out;
  LABEL_REST.lastIndex = nl + 1;
  if (!LABEL_REST.test(view)) return out;
  const from = Math.max(start, nl - CUT_LABEL_REACH);
  const near = view.slice(from, nl) + view.slice(nl + 1, LABEL_REST.lastIndex);
  if (!spansBreak(CUT_LABEL, near, nl - from, (m) => m.index + m[0].length, (m) => opensName(view, start, from + m.index, near.slice(m.index + m[0].length)))) return out;
  const next = view.indexOf('\n', nl + 1);
  const cut = nl - start;
  const joined = view.slice(start, nl) + view.slice(nl + 1, next < 0 ? view.length : next);
  // A joined-line offset in the view: past the cut, one more (the break).
  const at = (o: number): number => start + o + (o >= cut ? 1 : 0);
  for (const re of CUT_LABEL_READERS) {
    spansBreak(
      re,
      joined,
      cut,
      (m) => m.index + m[0].length - m[1]!.length,
      (m) => opensName(view, start, start + m.index, ''),
      (m) => {
        const end = m.index + m[0].length;
        out.push(shapedLabel(m) ? { start: at(end - m[1]!.length), end: at(end - 1) + 1, shaped: true } : { start: at(end - m[1]!.length), end: at(end - 1) + 1 });
      },
    );
  }
  return out;
}

/** A line's width is one or more full lines of a wrap width (the view joined the cut ones before it). */
function atWrapWidth(width: number): boolean {
  for (const w of WRAP_WIDTHS) if (width > 0 && width % w === 0) return true;
  return false;
}

const isAlnum = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
/**
 * The words of a secret's name: a cut "label" inside one is part of that name (`export CLIENT_SECRET_HA` / `SH=…`), and
 * so is a name after a full-width ARN line (view.ts secretName).
 */
export const SECRET_NAME_WORD = /secret|passw|token|key|credential/i;

/**
 * A label found at `labelStart` in the view (before the break, on the line from `start`) opens its name: no letter or digit
 * before it (`etag` inside `image` / `TAG=` is none), and the name it is part of, the label aside, holds no secret word
 * (read back over name characters; `rest`: the name's characters after the label, on the next line).
 */
function opensName(view: string, start: number, labelStart: number, rest: string): boolean {
  if (labelStart > start && isAlnum(view.charCodeAt(labelStart - 1))) return false;
  let from = labelStart;
  while (from > start && labelStart - from < 80 && /[A-Za-z0-9_.-]/.test(view[from - 1]!)) from--;
  return !SECRET_NAME_WORD.test(view.slice(from, labelStart) + rest);
}

/** Whether `re` matches `text` from before `cut` to past it (to `labelEnd`) where `fits` holds, and each such match (`found`). */
function spansBreak(re: RegExp, text: string, cut: number, labelEnd: (m: RegExpExecArray) => number, fits: (m: RegExpExecArray) => boolean, found?: (m: RegExpExecArray) => void): boolean {
  let any = false;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && m.index < cut; m = re.exec(text)) {
    if (labelEnd(m) <= cut || !fits(m)) continue;
    any = true;
    if (!found) break;
    found(m);
  }
  return any;
}

/**
 * Common English letter pairs: identifiers built from words (DatabaseConnectionString,
 * ApiGatewayDeploymentStage) are full of them, random base64 has about one in forty characters.
 */
const COMMON_PAIR_LIST =
  ('th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns ge ly ei os no pe do su pa ec ac ot di ol tr sh ad il us mi ct id ck ow ga ag ie ss em ep ap ut ig rt am ir im ai ab ba ay ey ew we wa ys ov ub lo ue op ul ct ck rs ds ts gr pr ks cr ft fi fo fe')
    .split(' ');
/** COMMON_PAIR_LIST as a 26 x 26 table by letter codes, so that a long run is judged without a string per pair. */
const COMMON_PAIRS = new Uint8Array(26 * 26);
for (const pair of COMMON_PAIR_LIST) COMMON_PAIRS[(pair.charCodeAt(0) - 97) * 26 + pair.charCodeAt(1) - 97] = 1;

/**
 * Built from words (a name or a path), not random: about one common pair per three letters. Letters
 * only are counted, so a name with a numeric suffix (a CloudFormation logical id's 8 hex) is judged
 * on its words.
 */
export function wordBuilt(run: string, share = 0.3): boolean {
  let pairs = 0;
  let letters = 0;
  for (let i = 0; i < run.length; i++) {
    const a = run.charCodeAt(i) | 0x20;
    if (a < 97 || a > 122) continue;
    // an ASCII letter, in either case (| 0x20 folds only A-Z onto a-z)
    letters++;
    const b = run.charCodeAt(i + 1);
    if (b >= 97 && b <= 122) pairs += COMMON_PAIRS[(a - 97) * 26 + b - 97]!;
  }
  return pairs >= letters * share && !run.includes("+");
}

/** A CDK logical id's 8-hex hash at a run's end (compiled once: both readers below judge every candidate run). */
const HEX_HASH_END = /[0-9A-F]{8}$/;

/**
 * A 40-character run has a secret access key's shape, so it stays only when it is clearly built from
 * words: at the ordinary share about 1 random key in 25,000 reads as words (measured over a million
 * generated keys), at 0.4 none did. A CDK logical id (words and an 8-hex hash) is judged on its words.
 */

export function wordBuiltAtKeyLength(run: string): boolean {
  if (wordBuilt(run, 0.4)) return true;
  return HEX_HASH_END.test(run) && wordBuilt(run) && wordBuilt(run.slice(0, -8), 0.4);
}

/** A secret access key's length: the window randomSpanIn reads. */
const KEY_LENGTH = 40;

/** What one character of a run adds to the window counts randomSpanIn slides (bits of traitsAt). */
const LETTER = 1;
const LOWER = 2;
const UPPER = 4;
/** A digit, / or +: a key has some, a name of words rarely. */
const MARK = 8;
const PLUS = 16;
/** A common pair starting here whose second letter is lower case (wordBuilt's count). */
const PAIR = 32;
/** A common pair starting here inside one camel-case piece, either case (`QUICK`, `Brown`: not `kB`). */
const PIECE_PAIR = 64;
/** The last letter of a camel-case piece of one or two letters (`/b/`, `Px` in `bPxRfi`, `K7`): a key is full of them. */
const SHORT = 128;


/** The traits of run[i] (NaN past either end reads as no letter). */
function traitsAt(run: string, i: number): number {
  return traitsOf(run.charCodeAt(i - 2), run.charCodeAt(i - 1), run.charCodeAt(i), run.charCodeAt(i + 1));
}

/** 1 for a lower-case ASCII letter, 2 for an upper-case one, 0 for anything else (NaN too). */
const caseOf = (c: number): number => (c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : 0);

/** The traits of character `c` between `a2`, `a` before it and `b` after it (char codes; NaN: none). */
function traitsOf(a2: number, a: number, c: number, b: number): number {
  const cc = caseOf(c);
  if (cc === 0) return c === 43 ? MARK | PLUS : (c >= 48 && c <= 57) || c === 47 ? MARK : 0;
  let t = LETTER | (cc === 1 ? LOWER : UPPER);
  const bc = caseOf(b);
  const common = bc !== 0 && COMMON_PAIRS[((c | 0x20) - 97) * 26 + (b | 0x20) - 97]! === 1;
  if (common && bc === 1) t |= PAIR;
  // a piece goes on from upper to lower case (`QUICKbrown`, `Brown`), not from lower to upper (`brownFox`)
  const pieceGoesOn = bc === 1 || (bc === 2 && cc === 2);
  if (common && pieceGoesOn) t |= PIECE_PAIR;
  if (pieceGoesOn) return t;
  // a piece opens at a letter after no letter, or at upper case after lower case: here, or at the letter before
  const ac = caseOf(a);
  if (ac === 0 || (cc === 2 && ac === 1) || (caseOf(a2) === 0 || (ac === 2 && caseOf(a2) === 1))) t |= SHORT;
  return t;
}

/**
 * Made of camel-case words, upper-case ones too (`theQUICKbrownFOXjumps2over…`, `queue89BUILD2ROUTE…`), which wordBuilt
 * misses (it counts pairs ending in a lower-case letter): no piece of one or two letters inside it (at its ends a window
 * cuts a word), a common pair within a piece per three letters, no +. The test randomSpanIn puts to each window.
 */
export function madeOfWords(run: string): boolean {
  let letters = 0;
  let pairs = 0;
  for (let i = 0; i < run.length; i++) {
    const t = traitsAt(run, i);
    if (t & PLUS || (t & SHORT && i > 0 && i < run.length - 1)) return false;
    if (t & LETTER) letters++;
    if (t & PIECE_PAIR) pairs++;
  }
  return pairs >= letters * 0.3;
}

/**
 * Where a run built from words holds a random key glued to them: `thisistheconfigurationha<key>`, a full-width
 * `ｍｙｃａｃｈｅ` NFKC folds to ASCII letters that glue to the key after it, a look-alike Cyrillic word. Judged whole, the
 * words' common pairs outweigh the key's few and the run read as words. Each 40-character window is judged as a run of
 * a key's length is (both cases, a digit, / or +, and not word-built at the ordinary share, which about 1 random key
 * in 11,000 reaches), and is random unless it is made of camel-case words (madeOfWords): wordBuilt
 * counts only pairs ending in a lower-case letter, so upper-case words (`theQUICKbrownFOXjumps2over…`) read as random
 * windows. Of a million random 40-character runs 4 are made of words so, while a key is full of short pieces.
 * The span [start, end) of `run` that the random windows cover, or undefined when none is random. The window's counts
 * slide along the run (constant memory, linear time).
 */
export function randomSpanIn(run: string): Span | undefined {
  const n = run.length;
  if (n <= KEY_LENGTH) return undefined;
  // Counts over the window [s, s + 40): of characters, of pairs that start and end in it, of short pieces ending
  // inside it, not on its first or last character (madeOfWords' test, window by window). The traits of the window's
  // characters are kept in a ring, so each character is read once.
  const ring = new Uint8Array(64);
  let letters = 0;
  let lower = 0;
  let upper = 0;
  let marks = 0;
  let plus = 0;
  let pairs = 0;
  let piecePairs = 0;
  let short = 0;
  for (let i = 0; i < KEY_LENGTH; i++) {
    const t = (ring[i] = traitsAt(run, i));
    letters += t & LETTER;
    lower += (t & LOWER) >> 1;
    upper += (t & UPPER) >> 2;
    marks += (t & MARK) >> 3;
    plus += (t & PLUS) >> 4;
    if (i === KEY_LENGTH - 1) continue;
    pairs += (t & PAIR) >> 5;
    piecePairs += (t & PIECE_PAIR) >> 6;
    if (i > 0) short += (t & SHORT) >> 7;
  }
  let start = -1;
  let end = -1;
  // run[e - 2], run[e - 1], run[e] and run[e + 1] as the window's end moves
  let before2 = run.charCodeAt(KEY_LENGTH - 2);
  let before = run.charCodeAt(KEY_LENGTH - 1);
  let at = run.charCodeAt(KEY_LENGTH);
  let after: number;
  for (let s = 0; ; s++) {
    const e = s + KEY_LENGTH;
    if (lower > 0 && upper > 0 && marks > 0 && !(plus === 0 && (pairs >= letters * 0.3 || (short === 0 && piecePairs >= letters * 0.3)))) {
      if (start < 0) start = s;
      end = e;
    }
    if (e >= n) break;
    // slide by one: run[s] leaves (its pair too), run[s + 1] is at the edge now, run[e - 1] is inside, run[e] comes in
    const out = ring[s & 63]!;
    const edge = ring[(s + 1) & 63]!;
    const last = ring[(e - 1) & 63]!;
    const into = (ring[e & 63] = traitsOf(before2, before, at, (after = run.charCodeAt(e + 1))));
    before2 = before;
    before = at;
    at = after;
    letters += (into & LETTER) - (out & LETTER);
    lower += ((into & LOWER) - (out & LOWER)) >> 1;
    upper += ((into & UPPER) - (out & UPPER)) >> 2;
    marks += ((into & MARK) - (out & MARK)) >> 3;
    plus += ((into & PLUS) - (out & PLUS)) >> 4;
    pairs += ((last & PAIR) - (out & PAIR)) >> 5;
    piecePairs += ((last & PIECE_PAIR) - (out & PIECE_PAIR)) >> 6;
    short += ((last & SHORT) - (edge & SHORT)) >> 7;
  }
  return start < 0 ? undefined : { start, end };
}

/**
 * Segments of CamelCase or lowercase words, each word optionally followed by a number, and numbers:
 * SSM parameter names, S3 keys, paths and CDK logical ids (/Api/ApiFunction/SalesApiVpcLambda,
 * Default/2015/PrivateVpcBucketMonthly2015, DefaultProdVpcPolicy00000000). Their letter pairs can be
 * rare (Api, Vpc), so the pair share misses them, but the shape alone is enough: none of 9 million
 * random base64 runs of 40, 41 and 60 characters had it (an 8-hex hash at the end included). Every
 * word starts with a capital after the first, so the pattern cannot backtrack. A segment's first word may
 * have two letters (CDK's `MyStack/…/Resource`): still none of 3 million random 40-character runs matched.
 */
const CAMEL_WORDS = /^\/?(?:[a-z]{3,}[0-9]*|[A-Z][a-z]{1,}[0-9]*|[0-9]{2,})(?:[A-Z][a-z]{2,}[0-9]*)*(?:\/(?:[a-z]{3,}[0-9]*|[A-Z][a-z]{1,}[0-9]*|[0-9]{2,})(?:[A-Z][a-z]{2,}[0-9]*)*)*\/?$/;

/** A run of base64 characters built from words, not random (any length; a CDK hash may end it). */
export function camelWords(run: string): boolean {
  return CAMEL_WORDS.test(run) || (HEX_HASH_END.test(run) && CAMEL_WORDS.test(run.slice(0, -8)));
}

/** Every regex this module runs, for the ReDoS check. */
export const EVIDENCE_PATTERNS: RegExp[] = [OPAQUE_LABEL, ARN, ARN_RESOURCE_TYPE, MACOS_TEMP_DIR, TEMP_DIR_HEAD, LABELLED_EVIDENCE, SPOKEN_ID, INTEGRITY, URL_PATH, PEM_CERTIFICATE, BASE64_PEM_CERTIFICATE, SSH_PUBLIC_KEY, ENCODED_MESSAGE, CUT_LABEL, LABEL_REST, SECRET_NAME_WORD, CAMEL_WORDS, HEX_HASH_END];
