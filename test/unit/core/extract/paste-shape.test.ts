/**
 * The same error in another wrapper gets the same answer (issue 10, paste-shape invariance): a GitHub quote, a log
 * line's prefix, a logfmt or JSON log record, a Python repr, a copied web page's numeric entities, Terraform's frame,
 * a line in backticks. Each wrapped text is diagnosed and compared with the error as it was printed: detection, the
 * leading cause and the error codes found. scripts/corpus/shape-invariance.ts measures the same over the corpora.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { PASTE_SHAPE_PATTERNS, readThroughShape } from '../../../../src/core/extract/paste-shape';
import { unwrapLines } from '../../../../src/core/extract/unwrap';

const NOW = new Date('2026-12-01T00:00:00Z');

/**
 * Errors as their tools print them, with the evidence beside them that readers find by a line's start: a credentials
 * file's section and keys, `aws configure list`'s rows, an `env` dump (AWS documentation example keys only).
 */
const ERRORS: Array<[string, string]> = [
  ['a quoted credentials file and an unknown-key error', '~/.aws/credentials:\n[default]\naws_access_key_id = "AKIAIOSFODNN7EXAMPLE"\naws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'],
  ["an unknown-key error and configure list's env rows", "aws: [ERROR]: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n\n$ aws configure list\nNAME       : VALUE                    : TYPE             : LOCATION\nprofile    : <not set>                : None             : None\naccess_key : ****************MPLE     : env              : \nsecret_key : ****************EKEY     : env              : \nregion     : eu-central-1             : env              : ['AWS_REGION', 'AWS_DEFAULT_REGION']"],
  ['an expired request and an env dump of a temporary key', '$ aws ec2 describe-instances\n\nAn error occurred (RequestExpired) when calling the DescribeInstances operation: Request has expired.\n\n$ env | grep AWS_\nAWS_DEFAULT_REGION=us-east-1\nAWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\nAWS_SESSION_TOKEN=<redacted by me>'],
  ['a boto3 traceback', "Traceback (most recent call last):\n  File \"app.py\", line 7, in <module>\n    s3.list_buckets()\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials"],
];

const ESC = '\u001b';
const each = (t: string, f: (l: string, i: number) => string): string => t.split('\n').map(f).join('\n');
const ts = (i: number): string => `2024-03-01T12:00:${String(i).padStart(2, '0')}.123Z`;

/** Wrappers as real tools and sites write them. */
const WRAPPERS: Array<[string, (t: string) => string]> = [
  ['a GitHub quote', (t) => each(t, (l) => `> ${l}`)],
  ['a nested quote', (t) => each(t, (l) => `> > ${l}`)],
  ['an ISO time prefix', (t) => each(t, (l, i) => `${ts(i)} ${l}`)],
  ['a bracketed time and [ERROR] level', (t) => each(t, (l, i) => `[${ts(i)}] [ERROR] ${l}`)],
  ["Python logging's time - logger - LEVEL -", (t) => each(t, (l, i) => `2024-03-01 12:00:0${i % 10},123 - app.worker - ERROR - ${l}`)],
  ['a Kubernetes CRI log line', (t) => each(t, (l, i) => `${ts(i)} stderr F ${l}`)],
  ['a Lambda CloudWatch line', (t) => each(t, (l, i) => `${ts(i)}\t6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b2c\tERROR\t${l}`)],
  ['a journald line', (t) => each(t, (l, i) => `Mar 01 12:00:0${i % 10} ip-10-0-1-23 myapp[2841]: ${l}`)],
  ['kubectl logs --prefix', (t) => each(t, (l) => `[pod/api-7d9f8b6c5-x2x9q/app] ${l}`)],
  ['a compose service column', (t) => each(t, (l) => `web-1  | ${l}`)],
  ['logfmt msg="…"', (t) => each(t, (l, i) => `time="${ts(i)}" level=error msg=${JSON.stringify(l)}`)],
  ['a JSON log record', (t) => JSON.stringify({ level: 'error', time: ts(0), message: t })],
  ["a Go JSON record (\\u0027, \\u003c)", (t) => `{"level":"error","msg":"request failed","error":${JSON.stringify(t).replace(/[<>&']/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}}`],
  ['a JSON record per line', (t) => each(t, (l, i) => JSON.stringify({ ts: ts(i), level: 'ERROR', msg: l }))],
  ['a double-encoded JSON record (a container log of a JSON log)', (t) => JSON.stringify({ log: JSON.stringify({ level: 'error', message: t }) + '\n', stream: 'stderr' })],
  ["Python's bytes repr", (t) => `b'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`],
  ["Python's repr of a list of lines", (t) => `['${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, "', '")}']`],
  ['numeric HTML entities', (t) => t.replace(/["'<>&/]/g, (c) => `&#${c.charCodeAt(0)};`)],
  ['&nbsp; and <br> of a copied page', (t) => each(t, (l) => `${l.replace(/ /g, '&nbsp;')}<br>`)],
  ["Terraform's frame", (t) => `╷\n${each(t, (l) => `│ ${l}`)}\n╵`],
  ['every line in backticks', (t) => each(t, (l) => (l.trim() ? `\`${l}\`` : l))],
  ['a GitHub Actions error marker and runner time', (t) => each(t, (l, i) => `${ts(i).replace('Z', '0000Z')} ##[error]${l}`)],
  // Read by normalise already; kept here so the class stays covered.
  ['ANSI colours', (t) => each(t, (l) => `${ESC}[31m${l}${ESC}[0m`)],
  ['named HTML entities', (t) => t.replace(/["'<>&]/g, (c) => ({ '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!)],
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['a code fence', (t) => 'I get this:\n```text\n' + t + '\n```'],
];

function answer(text: string): { detected: boolean; top: string; codes: string[] } {
  const d = diagnose(text, { now: NOW });
  return { detected: d.detected, top: d.causes[0]!.id, codes: [...new Set(d.errorCodes)].sort() };
}

describe('the same error in another wrapper gets the same answer', () => {
  const cases = WRAPPERS.flatMap(([wrapper, wrap]) => ERRORS.map(([error, text]) => [wrapper, error, wrap, text] as const));
  it.each(cases)('when %s wraps %s, then detection, the leading cause and the codes are those of the bare error', (_w, _e, wrap, text) => {
    const bare = answer(text);
    expect(bare.detected).toBe(true);
    expect(answer(wrap(text))).toEqual(bare);
  });
});

describe('no-break spaces of a copied page', () => {
  it.each([
    ['prose and a CLI error', 'after we rotated the deploy key yesterday the nightly build fails with\n\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'],
    ['a Java stack trace', 'com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: Amazon S3; Status Code: 403; Error Code: InvalidAccessKeyId; Request ID: 9A1B2C3D4E5F6A7B)\n\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)\n\tat com.example.Uploader.upload(Uploader.java:42)'],
    ['configure list and a CLI error', '$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\n    region                us-east-1      config-file    ~/.aws/config\n\n$ aws s3 ls\n\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.'],
  ])('when every space of %s is a no-break space, then the answer is that of the plain text', (_what, text) => {
    expect(answer(text.replace(/ /g, '\u00a0'))).toEqual(answer(text));
  });

  it('when a no-break space sits in a credential, then it is still a hidden character there', () => {
    const d = diagnose('export AWS_ACCESS_KEY_ID=\u00a0AKIAIOSFODNN7EXAMPLE\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', { now: NOW });
    expect(d.facts.hiddenCharacters?.map((h) => h.codePoint)).toEqual(['U+00A0']);
  });
});

describe('reading through the wrapper', () => {
  it('when prefixes are taken off, then every line keeps its number', () => {
    const text = '2024-03-01T12:00:00.123Z first\n> 2024-03-01T12:00:01.123Z [ERROR] second\nthird';
    expect(readThroughShape(text).text).toBe('first\nsecond\nthird');
  });

  it('when a text has no wrapper, then it is returned as it was (the same string)', () => {
    const text = 'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied';
    expect(readThroughShape(text).text).toBe(text);
  });

  it("when a service's JSON answer is pasted, then it stays JSON (its shape is evidence; it is not a log record)", () => {
    const text = '{"message":"Missing Authentication Token"}';
    expect(readThroughShape(text).text).toBe(text);
    expect(diagnose(`$ curl https://abc123.execute-api.us-east-1.amazonaws.com/prod/orderz\n${text}`, { now: NOW }).detected).toBe(false);
  });

  it('when a line holds a Windows path, then its backslashes are not read as escapes', () => {
    const text = 'Could not find C:\\Users\\nick\\.aws\\credentials';
    expect(readThroughShape(text).text).toBe(text);
  });

  it("when a config dump is one JSON line, then its fields stay (only a log record's placing fields go)", () => {
    const text = '{"AccessKeyId": "ASIAIOSFODNN7EXAMPLE", "SessionToken": null, "Expiration": "2026-11-30T00:00:00Z"}';
    expect(readThroughShape(text).text).toBe(text);
  });

  it('when two log records stand on consecutive lines, then the second is never joined onto the first as a wrapped sentence', () => {
    const shaped = readThroughShape('2024-03-01T12:00:00.123Z retrying the call to the metadata service at\n2024-03-01T12:00:01.123Z fetching credentials');
    expect(unwrapLines(shaped.text.split('\n'), shaped.records)).toEqual(['retrying the call to the metadata service at', 'fetching credentials']);
    expect(unwrapLines(shaped.text.split('\n'))).toEqual(['retrying the call to the metadata service at fetching credentials', '']);
  });

  it("when a CI runner's time prefixes many lines, then the first keeps it (the runtime it shows is evidence) and the rest are read", () => {
    const text = '2024-03-01T12:00:00.1230000Z Run aws sts get-caller-identity\n2024-03-01T12:00:01.1230000Z Unable to locate credentials';
    expect(readThroughShape(text).text.split('\n')).toEqual(['2024-03-01T12:00:00.1230000Z Run aws sts get-caller-identity', 'Unable to locate credentials']);
  });
});

describe('what readThroughShape hands the redaction as pasted (review finding 7)', () => {
  it('when a page has <br> on one line, then only that line is handed on, not the whole text', () => {
    const r = readThroughShape('first line\nx-amz-id-2: abc<br>An error occurred\nlast line');
    expect(r.text).toBe('first line\nx-amz-id-2: abc\nAn error occurred\nlast line');
    expect(r.decodedFrom).toBe('x-amz-id-2: abc<br>An error occurred');
  });

  it('when an x-amz-id-2 comes with an encoded colon and <br>, then it is evidence, not a secret', () => {
    const id2 = 'RnuVw6qyrmA0cKV7fdHT/VRtyg0wP0MnklM4N4QoeAew5OYZK/4f4hKNSoyUkdHnHw4rdWJF=';
    const d = diagnose(`An error occurred (AccessDenied) when calling the GetObject operation: Access Denied<br>x-amz-id-2&#58; ${id2}<br>`, { now: NOW });
    expect(d.redactions).toBe(0);
  });
});

describe('the patterns the regex-safety check sees (review finding 6)', () => {
  it('when the levels read after a time are listed, then both level patterns are among them', () => {
    const sources = PASTE_SHAPE_PATTERNS.map((p) => p.source);
    expect(sources.some((x) => x.includes('(?:error|err|fatal|critical)'))).toBe(true);
    expect(sources.some((x) => x.includes('(?:ERROR|FATAL|CRITICAL)'))).toBe(true);
  });
});

describe("a logfmt record's error field", () => {
  it('when a record carries msg= and err=, then it is read as the message and its cause, as a Go error chain prints them', () => {
    const shaped = readThroughShape('level=error ts=2024-05-04T10:00:00Z msg="running command failed" err="create bucket client: no credentials" bucket=thanos');
    expect(shaped.text).toBe('running command failed: create bucket client: no credentials bucket=thanos');
  });
});
