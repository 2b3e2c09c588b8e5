/**
 * Readers of error names in the shapes the SDKs print them with no fixed word around the name: Go's
 * `Code: message` chains, a named class before its message, JS v3's service exceptions. Each shape is
 * taken from the SDK's own formatting code; what is not an AWS code (a language's built-in error, a log
 * word) is dropped by NOT_CODES.
 */

/**
 * Names no AWS SDK uses for an error code: log words and the languages' built-in errors (Python's builtins and
 * json, JS's Error subclasses and Node's fetch/axios, Ruby's core classes). A paste holding them shows a
 * program's own failure, and counting one as an AWS code would say "another AWS error is the problem".
 */
export const NOT_CODES: ReadonlySet<string> = new Set([
  'Error', 'Warning', 'Caused', 'Message', 'Details', 'Reason', 'Status', 'Fatal', 'Panic', 'Note', 'User', 'Info', 'Debug', 'Exception', 'Traceback', 'Object', 'Function',
  // Python
  'ValueError', 'TypeError', 'KeyError', 'IndexError', 'AttributeError', 'NameError', 'ImportError', 'ModuleNotFoundError', 'RuntimeError', 'OSError', 'IOError',
  'FileNotFoundError', 'PermissionError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError', 'ConnectionAbortedError', 'BrokenPipeError',
  'AssertionError', 'NotImplementedError', 'RecursionError', 'SystemError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError',
  'ZeroDivisionError', 'OverflowError', 'LookupError', 'EOFError', 'MemoryError', 'FileExistsError', 'IsADirectoryError', 'NotADirectoryError', 'JSONDecodeError',
  // Not TimeoutError: the JS v2 SDK's own code for a request that timed out (`code: 'TimeoutError'`).
  'IndentationError', 'SyntaxError', 'CalledProcessError', 'UnboundLocalError', 'ChildProcessError', 'ProcessLookupError', 'InterruptedError', 'BlockingIOError',
  // JS / Node
  'ReferenceError', 'RangeError', 'EvalError', 'URIError', 'AggregateError', 'AbortError', 'FetchError', 'AxiosError', // SystemError: Node's too, listed with Python's
  // Ruby
  'NoMethodError', 'ArgumentError', 'StandardError', 'LoadError', 'ScriptError', 'FrozenError', 'StopIteration', 'ThreadError', 'SecurityError',
]);

const WORD_CHAR = /[A-Za-z0-9]/;

/**
 * A class or code name of two words or more before its suffix (SharedConfigAssumeRoleError, EC2MetadataError,
 * ProcessProviderExecutionError, WebIdentityErr): the shape of an SDK's error name, which a one-word
 * `Something:` label is not.
 */
const CLASS_NAME = /^[A-Z][A-Za-z0-9]{0,50}[a-z0-9][A-Z][A-Za-z0-9]{0,50}?(?:Error|Err|Exception)$/;

/** What may stand before a name that opens its line: indentation, quotes, bullets, a box-drawing border. */
const LINE_OPENING = /^[\s✖✗×>|│*#`'"([-]{0,12}$/;

/**
 * Words of the SDKs' credential-chain and signing error names (SharedConfigAssumeRoleError, EC2MetadataError,
 * ProcessProviderExecutionError, SSOProviderInvalidToken, WebIdentityErr): a class-shaped name found with no shape
 * around it counts only with one of these. Any program names its own errors this way (`UploadJobError: …`), and
 * such a name is neither an AWS code nor a sign that another error is the problem.
 */
export const CREDENTIAL_WORDS = /Credential|Creds|Token|Role|Sso|SSO|Auth|Sign|Metadata|Imds|IMDS|Profile|Provider|AccessKey|Secret|Session|Identity|Login|SharedConfig/;

const CLASS_SUFFIXES = ['Error: ', 'Err: ', 'Exception: '];
const MAX_NAMES = 200;

/**
 * `Name: message` with a class-shaped credential name (CREDENTIAL_WORDS), at the start of a line or behind a wrapper's
 * ": " (there also any exception class, as LINE_START_EXCEPTION reads one opening a line) — aws-sdk-go v1's awserr
 * (aws/awserr/types.go v1.55.5, SprintError "%s: %s") as tools wrap it ("could not create session:
 * SharedConfigAssumeRoleError: failed to load assume role", aws/aws-sdk-go session/shared_config.go), Go v2's modeled
 * errors (service/sts/types/errors.go, Error() "%s: %s"), and any SDK's unqualified class before its message.
 */
export function classColonNames(text: string, push: (at: number, code: string) => void): void {
  let seen = 0;
  for (const suffix of CLASS_SUFFIXES) {
    const tail = suffix.length - 2;
    for (let i = text.indexOf(suffix); i >= 0 && seen < MAX_NAMES; i = text.indexOf(suffix, i + suffix.length)) {
      seen++;
      let start = i;
      while (start > 0 && i - start < 100 && WORD_CHAR.test(text[start - 1]!)) start--;
      const name = text.slice(start, i + tail);
      if (NOT_CODES.has(name) || !CLASS_NAME.test(name)) continue;
      const wrapped = text.startsWith(': ', start - 2);
      // An exception class behind a wrapper is read as one at the start of a line is (LINE_START_EXCEPTION).
      if (!CREDENTIAL_WORDS.test(name) && !(wrapped && suffix === 'Exception: ')) continue;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      if (wrapped || LINE_OPENING.test(text.slice(lineStart, start))) push(start, name);
    }
  }
}

/**
 * aws-sdk-go v1's wrapped cause: awserr prints it as "\ncaused by: %s", itself `Code: message` (aws/awserr/types.go
 * v1.55.5), e.g. "EC2RoleRequestError: no EC2 instance role found\ncaused by: EC2MetadataError: failed to make
 * EC2Metadata request". The code before the line is read by the status-line reader; this is the cause's own.
 */
export const CAUSED_BY = /\bcaused by: ([A-Z][A-Za-z0-9]{2,60}): /g;

/**
 * aws-sdk-go-v2's response error around its API error: "https response error StatusCode: %d, RequestID: %s, %v"
 * (aws/transport/http/response_error.go; S3's adds "HostID: %s, "), where %v is a modeled error printed
 * "%s: %s" (service/sts/types/errors.go at 1278f13: "ExpiredTokenException: …") or a generic one printed
 * "api error %s: %s" (smithy-go errors.go).
 */
export const GO_V2_RESPONSE = /\bRequestID: [^,\s]{0,100}, (?:HostID: [^,\s]{0,200}, )?(?:api error )?([A-Z][A-Za-z0-9]{2,80}):/g;

/**
 * JS v3 service exceptions: smithy's ServiceException takes the error code as its `name` (@smithy/smithy-client
 * exceptions.ts: `this.name = options.name`, with `$fault` and `$metadata` beside it), so the name that util.inspect
 * or JSON.stringify prints, and the `Name: message` header of its stack, is the AWS code even when it is one word
 * (`NotFound`, `Forbidden`). Read only in a text that shows `$fault` or `$metadata`.
 */
export const JS_V3_MARK = /\$(?:fault|metadata)\b/;
// util.inspect prints `Class [name]` when the two differ (`S3ServiceException [AccessDenied]: Access Denied`): the
// bracket holds the code.
export const JS_V3_NAME = /(?:\bname: '|"name"\s{0,3}:\s{0,3}")([A-Z][A-Za-z0-9]{2,80})['"]|^[\s>|│*`'"-]{0,12}(?:Uncaught |Unhandled error: )?([A-Z][A-Za-z0-9]{2,60})(?: \[([A-Z][A-Za-z0-9]{1,60})\])?: \S[^\n]{0,400}\n\s{1,12}at /gm;

export const CODE_NAME_PATTERNS: RegExp[] = [CREDENTIAL_WORDS, CLASS_NAME, LINE_OPENING, WORD_CHAR, CAUSED_BY, GO_V2_RESPONSE, JS_V3_MARK, JS_V3_NAME];
