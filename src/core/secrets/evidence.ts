/**
 * Evidence that looks random but cannot authenticate anything: ARNs (every partition and resource
 * type, assumed-role session names included), S3's HostId / x-amz-id-2 and extended request ids (also
 * .NET's AmazonId2 and the Rust SDK's `Some("…")`), request ids, pagination tokens (S3's NextContinuationToken, NextToken), CloudFront ids, S3 version and upload
 * ids, integrity and checksum hashes (Terraform's source_code_hash included), URL and S3 paths, and
 * word-built names (SSM parameters, CloudFormation logical ids, mixed-case S3 keys). The shape rule of the redactor
 * ("40+ random base64 characters") skips these spans and runs; rules that match a secret by its
 * name or prefix still apply.
 */

const ARN = /\barn:(?:aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]|aws-eusc):[A-Za-z0-9-]{1,64}:[A-Za-z0-9-]{0,32}:(?:\d{12}|aws)?:[^\s"'<>,;()[\]{}`|]{1,1600}/g;
/** Values labelled as ids or digests, in CLI debug, SDK error text, XML and JSON. */
const LABELLED_EVIDENCE =
  /(?:host[ _-]?id|x-amz-id-2|amazon[ _-]?id[ _-]?2|extended[ _-]?request[ _-]?id|request[ _-]?id|x-amzn?-request-?id|x-amzn-trace-id|cf[ _-]?id|version[ _-]?id|upload[ _-]?id|codesha256|sha256|sha512|hash|etag|digest|checksum[a-z0-9]{0,16}|x-amz-checksum-[a-z0-9]{1,16}|x-amz-content-sha256|integrity|fingerprint|(?:next[ _-]?)?continuation[ _-]?token|next[ _-]?token|starting[ _-]?token|next[ _-]?marker)[*_~`]{0,3}["']?(?:[ \t]{0,4}>|[ \t]{0,4}[:=][ \t]{0,4})["'`*_~]{0,3}(?:Some\(")?([A-Za-z0-9/+=._-]{8,600})/gi;
/**
 * S3's and the SDKs' ids as people write them in chat: after a blank, a line break or "is" instead of a
 * colon, the value in Slack's `code`, *bold* or _italic_ marks (`the x-amz-id-2 is \`…\``, `HostId` on one
 * line and its value on the next, after its colon or `<HostId>` too: a terminal wrap cuts there, and a CI console puts its
 * time before the value). Only the id labels, not the digests, so no secret hides behind "hash".
 */
const SPOKEN_ID =
  /(?:host[ _-]?id|x-amz-id-2|amazon[ _-]?id[ _-]?2|extended[ _-]?request[ _-]?id|request[ _-]?id|x-amzn?-request-?id)[*_~`]{0,3}(?:[ \t]{1,4}(?:is[ \t]{1,4})?|[ \t]{0,4}[:=>]?[ \t]{0,4}\r?\n(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z )?[ \t]{0,8})["'`*_~]{0,3}([A-Za-z0-9/+=._-]{8,600})/gi;
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

/** Spans of `view` that hold evidence, sorted by start. */
export function evidenceSpans(view: string): Span[] {
  const out: Span[] = [];
  const add = (re: RegExp, needle: string | undefined, group = false, keep?: (m: string) => boolean): void => {
    if (needle && !view.includes(needle)) return;
    re.lastIndex = 0;
    for (let m = re.exec(view); m; m = re.exec(view)) {
      if (keep && !keep(m[0])) continue;
      const start = group ? m.index + m[0].length - m[1]!.length : m.index;
      out.push({ start, end: m.index + m[0].length });
    }
  };
  add(ARN, 'arn:');
  add(LABELLED_EVIDENCE, undefined, true);
  add(SPOKEN_ID, undefined, true);
  add(INTEGRITY, 'sha');
  add(URL_PATH, '://');
  add(PEM_CERTIFICATE, 'BEGIN CERTIFICATE');
  add(BASE64_PEM_CERTIFICATE, 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS', false, (m) => !decodesToPrivateKey(m));
  add(SSH_PUBLIC_KEY, ' AAAA');
  add(ENCODED_MESSAGE, 'ncoded', true);
  return out.sort((a, b) => a.start - b.start);
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

/**
 * A 40-character run has a secret access key's shape, so it stays only when it is clearly built from
 * words: at the ordinary share about 1 random key in 25,000 reads as words (measured over a million
 * generated keys), at 0.4 none did. A CDK logical id (words and an 8-hex hash) is judged on its words.
 */
export function wordBuiltAtKeyLength(run: string): boolean {
  if (wordBuilt(run, 0.4)) return true;
  return /[0-9A-F]{8}$/.test(run) && wordBuilt(run) && wordBuilt(run.slice(0, -8), 0.4);
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
  return CAMEL_WORDS.test(run) || (/[0-9A-F]{8}$/.test(run) && CAMEL_WORDS.test(run.slice(0, -8)));
}

/** Every regex this module runs, for the ReDoS check. */
export const EVIDENCE_PATTERNS: RegExp[] = [ARN, LABELLED_EVIDENCE, SPOKEN_ID, INTEGRITY, URL_PATH, PEM_CERTIFICATE, BASE64_PEM_CERTIFICATE, SSH_PUBLIC_KEY, ENCODED_MESSAGE, CAMEL_WORDS];
