/**
 * A secret access key read by where it stands rather than by its length. The shape rule (detect.ts randomRuns) wants a
 * key's 40 characters, so a damaged copy one or two characters short (what a SignatureDoesNotMatch user pastes) went
 * unread in a key's position: after its name and a blank (`aws configure set aws_secret_access_key <v>`,
 * `aws_secret_access_key<TAB><v>`, `Secret access key   <v>` in the console's table), after a bare `Secret:` label, and
 * after its access key id (`AKIA… <v>`, the console's credentials CSV row `…,AKIA…,<v>,…`, the SDK constructors
 * `new BasicAWSCredentials("AKIA…", "<v>")`, s3fs's `AKIA…:<v>` passwd file), and as an SDK constructor's secret argument. 38 of 40 characters of a key are the key
 * (two are ~4,000 guesses): QA 37 F2.
 *
 * A value in such a position is a key when it is one token of KEY_MIN to KEY_MAX base64 characters, random (the shape
 * rule's own judgement, passed in: both cases and a digit, `/` or `+`, not built from words). KEY_MIN is the egress
 * guard's and the leak tests' window (16 characters of a secret is a piece that must not leave); below it a token after a
 * key id is a word, a date's piece or a status, not a copy of a key. KEY_MAX leaves room for a key with a few characters
 * too many (a glued character, a doubled paste's overlap); longer random runs are the shape rule's already.
 */
import type { SecretSpan } from './detect';

const KEY_MIN = 16;
const KEY_MAX = 60;

/**
 * An access key id (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids:
 * AKIA long-term, ASIA temporary) as a word of its own, then what separates a pair written on one line: blanks, a comma,
 * semicolon, colon or table bar, or the quote, comma and quote between two string arguments; or a line break, when the
 * value is then its line's only word (POSITION_ALONE).
 */
const ID_THEN_VALUE = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])["'`]?(?:[ \t]{1,40}|[ \t]{0,4}[,;:|][ \t]{0,40}|[ \t]{0,4}(\r?\n)[ \t]{0,8})["'`]?/g;
/**
 * Where a key's token ends: at most a few closing marks or a full stop, then a blank, a quote, a separator or the end
 * (detect.ts KEY_END's ending; a `:` too, as a row of `id:secret:…` goes on).
 */
const TOKEN_END = /[.)`*_~]{0,3}(?![^\s"',}&;:|])/y;
/** What may follow the token on its line for it to be the line's only word (the value alone on the line after its id). */
const LINE_REST = /[ \t"'`.,;)]{0,8}(?:\r?\n|$)/y;

function base64At(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/**
 * Where a key that starts at `at` ends, when the token there is one (see the header); undefined when not. `alone`: the
 * token must also end its line.
 */
export function keyInPosition(text: string, at: number, isRandom: (token: string) => boolean, alone = false): number | undefined {
  if (at > 0 && base64At(text, at - 1)) return undefined;
  let end = at;
  while (end < text.length && end - at <= KEY_MAX && base64At(text, end)) end++;
  const length = end - at;
  // `=` padding after the run: a base64 blob (an encoded message, a checksum), not a key, which has none
  if (length < KEY_MIN || length > KEY_MAX || text.charCodeAt(end) === 61) return undefined;
  TOKEN_END.lastIndex = end;
  if (!TOKEN_END.test(text)) return undefined;
  if (alone) {
    LINE_REST.lastIndex = end;
    if (!LINE_REST.test(text)) return undefined;
  }
  return isRandom(text.slice(at, end)) ? end : undefined;
}

/**
 * [start, end) of a key after a worded label that ends at `labelEnd`. A label may end in "is" or "was" (`secret key is
 * <v>`), read in any case, so a key that opens with those letters (`IS+Xh…`) lost them to the label: then the key is read
 * from its token's start, the blank after the label's name.
 */
export function keyAfterLabel(text: string, labelEnd: number, isRandom: (token: string) => boolean): [number, number] | undefined {
  let start = labelEnd;
  while (start > labelEnd - 3 && base64At(text, start - 1)) start--;
  const before = text.charCodeAt(start - 1);
  if (start < labelEnd && before !== 32 && before !== 9) return undefined;
  const end = keyInPosition(text, start, isRandom);
  return end === undefined ? undefined : [start, end];
}

/**
 * Keys after their access key ids. `isRandom` is the shape rule's judgement of a token; `isEvidence` says a span is
 * evidence (an ARN's, a request id's), which stays.
 */
export function keysAfterIds(text: string, out: SecretSpan[], isRandom: (token: string) => boolean, isEvidence: (start: number, end: number) => boolean): void {
  if (!text.includes('KIA') && !text.includes('SIA')) return;
  ID_THEN_VALUE.lastIndex = 0;
  for (let m = ID_THEN_VALUE.exec(text); m; m = ID_THEN_VALUE.exec(text)) {
    const start = m.index + m[0].length;
    const end = keyInPosition(text, start, isRandom, m[1] !== undefined);
    if (end === undefined || isEvidence(start, end)) continue;
    out.push({ start, end, kind: 'secret-access-key' });
    ID_THEN_VALUE.lastIndex = end;
  }
}

/**
 * An SDK's static credentials built in code, whose second argument is the secret key whatever the first is (a variable,
 * a key id, a call such as `os.Getenv("KEY_ID")`): the first argument, a comma, and the quote the secret opens with.
 *   - Java v1 and .NET `new BasicAWSCredentials(id, secret)`, `BasicSessionCredentials` / `SessionAWSCredentials(id, secret, token)`
 *     (https://docs.aws.amazon.com/AWSJavaSDK/latest/javadoc/com/amazonaws/auth/BasicAWSCredentials.html);
 *   - Java v2 `AwsBasicCredentials.create(id, secret)`, `AwsSessionCredentials.create(…)`
 *     (https://sdk.amazonaws.com/java/api/latest/software/amazon/awssdk/auth/credentials/AwsBasicCredentials.html);
 *   - Go v2 `credentials.NewStaticCredentialsProvider(key, secret, session)`, v1 `credentials.NewStaticCredentials(…)`
 *     (https://pkg.go.dev/github.com/aws/aws-sdk-go-v2/credentials#NewStaticCredentialsProvider);
 *   - JavaScript v2 `new AWS.Credentials(id, secret, token)` (https://docs.aws.amazon.com/AWSJavaScriptSDK/latest/AWS/Credentials.html),
 *     Ruby `Aws::Credentials.new(id, secret)`, PHP `new Credentials($key, $secret)`, Rust `Credentials::new(id, secret, …)`.
 */
const CONSTRUCTOR_SECRET = /(?:BasicAWSCredentials|BasicSessionCredentials|SessionAWSCredentials|AwsBasicCredentials\.create|AwsSessionCredentials\.create|NewStaticCredentialsProvider|NewStaticCredentials|Credentials(?:\.new|::new)?)\([ \t]{0,4}(?:[^,()\n]|\([^()\n]{0,80}\)){1,120},[ \t]{0,4}["'`]/g;

/** Keys given as the secret argument of an SDK's static credentials (CONSTRUCTOR_SECRET). */
export function constructorKeys(text: string, out: SecretSpan[], isRandom: (token: string) => boolean): void {
  if (!text.includes('Credentials')) return;
  CONSTRUCTOR_SECRET.lastIndex = 0;
  for (let m = CONSTRUCTOR_SECRET.exec(text); m; m = CONSTRUCTOR_SECRET.exec(text)) {
    const start = m.index + m[0].length;
    const end = keyInPosition(text, start, isRandom);
    if (end !== undefined) out.push({ start, end, kind: 'secret-access-key' });
  }
}

/** Every regex this module runs, for the ReDoS check. */
export const KEY_POSITION_PATTERNS: RegExp[] = [ID_THEN_VALUE, TOKEN_END, LINE_REST, CONSTRUCTOR_SECRET];
