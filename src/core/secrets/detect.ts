/**
 * Where the secrets are in a decoded view (see view.ts): by label (`AWS_SECRET_ACCESS_KEY=`, any
 * `*_SECRET*`, `*_TOKEN*`, `*PASSWORD*` name, `client_secret`), by prefix (session tokens, Slack,
 * GitHub and other vendor tokens, JWTs, PEM private keys) and by shape (40+ random base64
 * characters that are not evidence, see evidence.ts). Spans are in view coordinates.
 */
import { asciiTable, inClass } from '../ascii-table';
import type { SecretKind } from '../diagnosis';
import { camelWords, cutLabelSpans, evidenceSpans, madeOfWords, randomSpanIn, wordBuilt, wordBuiltAtKeyLength, type EvidenceSpan, type Span } from './evidence';
import { VENDOR_TOKENS } from './vendor-tokens';
import { needleCheck } from './needles';
import { mergeSpans } from './spans';
import { NPM_AUTH_PATTERNS, npmAuthValues } from './npm-auth';
import { PRINTED_VALUE_PATTERNS, printedValues } from './printed-value';
import { SHORT_OPTION_PATTERNS, shortOptionPasswords } from './short-options';
import { SHELL_ECHO_PATTERNS, shellEchoedSecrets } from './shell-echo';
import { CLI_OUTPUT_ROW_PATTERNS, cliOutputRows } from './cli-output-rows';
import { lineEnd } from './line-end';
import { PLAIN_WORDS_PATTERNS, plainWords } from './plain-words';
import { KUBERNETES_SECRET_PATTERNS, kubernetesSecretData } from './kubernetes-secret';
import { constructorKeys, KEY_POSITION_PATTERNS, keyAfterLabel, keysAfterIds } from './key-positions';
import { SESSION_TOKEN_ALTERNATION, SESSION_TOKEN_STARTS } from '../session-token-prefixes';
import { isBase64Char, longBase64Run } from './base64-runs';

export interface SecretSpan extends Span {
  kind: SecretKind;
}

interface Pattern {
  kind: SecretKind;
  re: RegExp;
  /** Only the last capture group is the secret (the groups before it are its label). */
  valueOnly?: boolean;
  /** Literals one of which every match contains (short, see vendor-tokens.ts): the pattern is skipped when the text holds none. */
  needle?: string | readonly string[];
}

/** STS session token starts (session-token-prefixes.ts); each prefix's first six characters are its needle. */
const SESSION_TOKEN_PREFIX = `(?:${SESSION_TOKEN_ALTERNATION})`;

const PREFIXED: Pattern[] = [
  { kind: 'session-token', needle: SESSION_TOKEN_STARTS.map((s) => s.prefix.slice(0, 6)), re: new RegExp(`${SESSION_TOKEN_PREFIX}[A-Za-z0-9/+=%_-]{4,8000}`, 'g') },
  { kind: 'other-token', needle: 'yJ', re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{0,4000}/g },
  // A SigV4 signature (hex), or a SigV2 one (base64 of an HMAC-SHA1 or -SHA256): a presigned URL's `Signature=`
  // (S3 query-string authentication, the query API's `SignatureMethod=HmacSHA256`), and SigV2's `Authorization: AWS
  // <key id>:<signature>` header. https://docs.aws.amazon.com/AmazonS3/latest/userguide/RESTAuthentication.html
  { kind: 'signature', needle: ['Signat', 'signat', 'SIGNAT'], re: /((?:X-Amz-Signature|x-amz-signature|X-AMZ-SIGNATURE|Signature)\s{0,2}=\s{0,2})((?:[A-Za-z0-9+/]{27}|[A-Za-z0-9+/]{43})=(?![A-Za-z0-9+/=])|[0-9a-fA-F]{16,128})/g, valueOnly: true },
  // A SigV4 signature as `aws --debug` (botocore.auth "Signature:" and the hex on the next line) and JSON logs print it.
  { kind: 'signature', needle: ['Signat', 'signat'], re: /((?:Signature|signature)["']?[ \t]{0,2}:\s{0,2}["']?)([0-9a-f]{64})(?![0-9a-zA-Z])/g, valueOnly: true },
  { kind: 'signature', needle: 'AWS ', re: /(\bAWS[ \t]{1,4}(?:AKIA|ASIA)[A-Z0-9]{16}:)([A-Za-z0-9+/]{27}=)/g, valueOnly: true },
  // The value stays on the header's line: an empty header is evidence, and the next line is the next header.
  { kind: 'session-token', needle: ['y-Tok', 'y-tok', 'Y-TOK'], re: /((?:X-Amz-Security-Token|x-amz-security-token|X-AMZ-SECURITY-TOKEN)[ \t]{0,2}[=:][ \t]{0,2})([A-Za-z0-9/+=%_-]{8,8000})/g, valueOnly: true },
  { kind: 'other-token', needle: 'horiza', re: /((?:Authorization|authorization)\s{0,2}:\s{0,2}(?:Bearer|Basic|token)\s{1,4})([A-Za-z0-9._~+/=-]{8,4000})/g, valueOnly: true },
  // MinIO's mc puts the key it rejects in its own message (minio/mc cmd/alias-set.go checkAliasSetSyntax, 77f82e18:
  // "Invalid secret key `"+secretKey+"`."; older mc rejected any secret key not 40 characters long and any access key
  // not 20 of [A-Z0-9-._~], so a whole secret, or one given in the access key's place, was echoed). A key id is evidence.
  { kind: 'secret-access-key', needle: ' key `', re: /(Invalid (?:secret|access) key `)(?!(?:AKIA|ASIA)[A-Z0-9]{16}`)([^`\n]{1,200})(?=`)/g, valueOnly: true },
  // Vault service, batch and recovery tokens: one needle per prefix, so none is skipped.
  { kind: 'other-token', needle: 'hvs.', re: /\bhvs\.[A-Za-z0-9_-]{20,400}/g },
  { kind: 'other-token', needle: 'hvb.', re: /\bhvb\.[A-Za-z0-9_-]{20,400}/g },
  { kind: 'other-token', needle: 'hvr.', re: /\bhvr\.[A-Za-z0-9_-]{20,400}/g },
  ...VENDOR_TOKENS,
];

/** `label = value` pairs whose value is a secret, in env, ini, JSON, YAML (a `!!str` tag skipped), PHP/Ruby `=>` and CLI-prompt syntax. */
/** The names LABELLED_SECRET reads before a value; labelKind says what each holds. */
const SECRET_LABELS = String.raw`aws[_-]?secret[_-]?access[_-]?key|secret[_-]?access[_-]?key|secretaccesskey|aws[_-]?secret[_-]?key|secret[_-]?key|aws[_-]?session[_-]?token|aws[_-]?security[_-]?token|session[_-]?token|sessiontoken|security[_-]?token|secret[_-]?string|client[_-]?secret|(?:slack[_-]?)?signing[_ -]?secret|password|passwd|passphrase|api[_-]?key|AWS Secret Access Key(?: \[[^\]\n]{0,40}\])?`;
const LABELLED_SECRET = new RegExp(String.raw`((?:${SECRET_LABELS})(?:\\{0,7}["'])?[ \t]{0,40}(?:=>|[:=])[ \t]{0,8}(?:!!?[a-z]{1,12}[ \t]{1,4})?(?:\\{0,7}["'])?)([^\s"',}&]{1,8000})`, 'gi');
/** A name LABELLED_SECRET would read as a label (it ends in one, as `MY_AWS_SECRET_ACCESS_KEY=` does). */
const ENDS_IN_LABEL = new RegExp(`(?:${SECRET_LABELS})$`, 'i');

/**
 * Any other name that says "secret": env style `*_SECRET*`, `*_TOKEN*`, `*PASSWORD*`, snake case
 * `client_secret`, `refresh_token`, camelCase `clientSecret`. Found from the keyword; the whole
 * name is read around it and judged word by word (see isSecretName).
 */
const NAMED_SECRET = /(?:pass|secret|token|pwd|api[_-]?key|private[_-]?key)[A-Za-z0-9_.-]{0,40}(?:\\{0,7}["'])?[ \t]{0,40}(?:=>|[:=])[ \t]{0,8}(?:!!?[a-z]{1,12}[ \t]{1,4})?(?:\\{0,7}["'])?([^\s"',}&;]{1,8000})/gi;
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const AWS_KEY_SHAPE = /^[A-Za-z0-9/+]{40}$/;
const NAME_TABLE = asciiTable(NAME_CHAR);
const SECRET_WORDS = new Set(['secret', 'token', 'password', 'passwd', 'passphrase', 'pwd']);
/** Last words of names that point at a secret or describe it rather than hold it. */
const POINTER_WORDS = new Set(
  'id ids file path url uri arn name type endpoint dir region expiry expiration expires ttl duration enabled length header code count version provider mode prefix hint policy manager store format kind source location ref reference stdin rotation schedule interval timeout lifetime audience scope issuer'.split(' '),
);

/* Compiled once: a regex literal in a function is a new object on every call (an env dump has a secret name a line). */
const CAMEL_JOIN = /([a-z0-9])([A-Z])/g;
const WORD_BREAKS = /[\s_.-]+/;
const PASCAL_START = /^[A-Z][a-z]/;
const ACRONYM_START = /^[A-Z]{2,}[a-z]/;
const ERROR_CLASS_END = /(?:Exception|Error|Fault)$/;

function nameWords(name: string): string[] {
  return name
    .replace(CAMEL_JOIN, '$1 $2')
    .split(WORD_BREAKS)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/** SNAKE, snake or camelCase (not PascalCase error names such as ExpiredToken) that holds a secret word. */
function isSecretName(name: string, judged: Judged): boolean {
  // judged on the last dotted part, so a qualified error class (botocore.exceptions.TokenRetrievalError) is still an error name
  const tail = name.slice(name.lastIndexOf('.') + 1);
  // ODBC's and OLE DB's `Pwd=` (connection-string keyword PWD, https://learn.microsoft.com/sql/odbc/reference/syntax/sqldriverconnect-function) is no error name
  if (PASCAL_START.test(tail) && !tail.includes('_') && tail !== 'Pwd') return false;
  // an exception class whose name opens with an acronym (AWSSecurityTokenServiceException: Request ARN is invalid) is
  // followed by its message, not a value (okta-aws-cli-assume-role#307, real-pastes tuning)
  if (ACRONYM_START.test(tail) && ERROR_CLASS_END.test(tail)) return false;
  return secretWords(name, judged);
}

/** Pagination and idempotency tokens (`--starting-token`, `next_token`): opaque, but they authenticate nothing. */
const NOT_SECRET_TOKENS = new Set(['next', 'starting', 'continuation', 'page', 'pagination', 'idempotency']);

/** Every secret word holds one of these: most names are judged without being split into words. */
const HINT_WORDS = ['pass', 'secret', 'token', 'pwd', 'key'];
const SECRET_HINT = new RegExp(HINT_WORDS.join('|'), 'i');
/** The hint words in either case, for the patterns that must not be case-insensitive as a whole (SECRET_FLAG, SHELL_SET). */
const HINT_ANY_CASE = HINT_WORDS.map((w) => [...w].map((c) => `[${c.toUpperCase()}${c}]`).join('')).join('|');

/**
 * Names already judged in one call of findSecretSpans. A text that repeats one name (a 1 MB paste of
 * `DB_PASSWORD: x` lines) split it into words once per line, 0.2 s per MB. Made per call, so the pure core
 * keeps no state between texts; only short names are kept, and at most 512.
 */
interface Judged {
  /** Whether a name holds a secret (secretWords). */
  words: Map<string, boolean>;
  /** What a name calls its secret (namedKind): one name over many lines is judged once. */
  kinds: Map<string, SecretKind>;
  /** labelKind of LABELLED_SECRET's labels. */
  labels: Map<string, SecretKind>;
  /** What a name set apart from its value calls it when it ends in a label (flagKind). */
  flags: Map<string, SecretKind | null>;
}

function newJudged(): Judged {
  return { words: new Map(), kinds: new Map(), labels: new Map(), flags: new Map() };
}

/** `judge(name)`, remembered in `seen` for short names (at most 512 of them). */
function remembered<T>(seen: Map<string, T>, name: string, judge: (name: string) => T): T {
  const known = seen.get(name);
  if (known !== undefined) return known;
  const verdict = judge(name);
  if (name.length <= 32) {
    if (seen.size >= 512) seen.clear();
    seen.set(name, verdict);
  }
  return verdict;
}

/** A name in any case whose words say it holds a secret (and not where the secret is, see POINTER_WORDS). */
function secretWords(name: string, judged: Judged): boolean {
  return SECRET_HINT.test(name) && remembered(judged.words, name, judgeWords);
}

function judgeWords(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (last === undefined || POINTER_WORDS.has(last) || words.some((w) => NOT_SECRET_TOKENS.has(w))) return false;
  return words.some((w, i) => SECRET_WORDS.has(w) || (w === 'pass' && i > 0 && i === words.length - 1 && shortForPassword(name, words[i - 1]!)) || w.endsWith('password') || (w === 'key' && ['api', 'private', 'secret', 'signing', 'master', 'encryption'].includes(words[i - 1] ?? '')) || w === 'apikey');
}

/** Accounts whose password a trailing `pass` names (smtpPass, db_pass); elsewhere it is a run (firstPass, build_pass: success). */
const ACCOUNT_WORDS = new Set('db mysql pg postgres smtp redis admin root user ftp ldap mail'.split(' '));
const UPPER_SNAKE = /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/;

/** `pass` ends a name as short for password in env style (DB_PASS, MYSQL_PASS) or after an account (smtpPass), never alone ("pass: 12"). */
function shortForPassword(name: string, before: string): boolean {
  return ACCOUNT_WORDS.has(before) || UPPER_SNAKE.test(name.slice(name.lastIndexOf('.') + 1));
}

/**
 * A placeholder or template reference, closed on its line: `<your password>`, `{{ vault_pw }}`, `{{user
 * `aws_secret_key`}}`, `(( vault.pw ))`. One definition for the value read whole (valueEnd's TEMPLATE_VALUE) and the value
 * kept (PLACEHOLDER).
 */
const TEMPLATE_MARK = String.raw`<[A-Za-z][A-Za-z0-9_ |.-]{0,40}>|\{\{[^{}\n]{1,80}\}\}|\(\([^()\n]{1,60}\)\)`;
/** A value that is a placeholder (TEMPLATE_MARK) and at most a closing mark or two: not a secret. */
const PLACEHOLDER = new RegExp(`^(?:${TEMPLATE_MARK})[\`.,;)]{0,3}$`);
/**
 * Values that are not secrets whatever their label: empty markers, masks and placeholders (a closed template mark is PLACEHOLDER's), references
 * to where the secret lives (Terraform `var.`/`data.`, environment look-ups in each language, shell
 * substitutions, a call whose argument names the secret (R's `Sys.getenv('…')`, `require('pgpass')`), an environment variable's name as a CI parameter: `aws_secret_access_key: AWS_SECRET_ACCESS_KEY`), the state a log gives after the name ("token: expired", "secret_key: required", Go's "open …/token: permission denied"), and
 * a GitHub Actions permission (`id-token: write`), and MySQL's `(using password: YES)` / `NO` in its access-denied error.
 * A value that only starts with dots ("...9ZpA0...Oagz/gCn") is a partly hidden secret and still goes.
 * Redacting them would hide evidence (`sessionToken: undefined` is a missing token) and warn the
 * poster about a secret that is not there.
 */
const NOT_A_SECRET =
  /^(?:\[REDACTED|\$\{|\$\(|\$[A-Z_][A-Z0-9_]{0,60}[`.,;)]{0,3}$|\$(?:env|Env|ENV):[A-Z_][A-Z0-9_]{0,60}[`.,;)]{0,3}$|\$_?[a-z]{1,30}(?:_[a-z]{1,30}){0,5}[`.,;)]{0,3}$|`|(?:REDACTED|REMOVED|redacted|removed|snip|SNIP|snipped|elided|omitted|OMITTED|HIDDEN|MASKED)[`.,;)]{0,3}$|<nil>|\*{3,64}[^*]{0,15}\*{0,64}$|#{3,64}$|\.{3}[a-z]{0,20}\.{0,3}$|…$|\[[A-Za-z _-]{1,24}\]$|%[A-Za-z_][A-Za-z0-9_]{0,60}%$|(?:None|none|null|NULL|nil|undefined|true|false|YES|NO)[`.,;)]{0,3}$|x{4,64}$|X{4,64}$|(?:var|local|data|module|each)\.[a-z_]|process\.env\b|os\.(?:environ|getenv)\b|ENV\[|System\.getenv\(|Environment\.GetEnvironmentVariable\(|(?:YOUR|REPLACE|INSERT|ENTER)[_-][A-Z0-9_-]{1,40}$|[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}[`.,;)]{0,3}$|your[_-][a-z0-9_-]{1,40}$|REPLACE[_-]?ME$|\((?:sensitive|known after apply|redacted|hidden|masked)\b|(?:[Ee]xpired|[Mm]issing|[Ii]nvalid|[Rr]equired|[Ee]mpty|[Uu]nset|[Nn]ot|[Aa]bsent|[Bb]lank|[Rr]evoked|[Mm]alformed|[Pp]ermission|[Dd]enied|[Ff]ailed|[Ff]orbidden|[Uu]nauthorized|write|read)[`.,;)]{0,3}$)/;
/**
 * A value that names where the secret lives instead of holding it (real-pastes and real-conversations tuning): a member
 * path in code style whose last part names a secret (`response.options.secretAccessKey`, `env.BEDROCK_SECRET_KEY`,
 * `credentials.GetCredentials().SecretKey`), a whole `this.`/`self.` member path, a subscript or call cut at its quote
 * (`role_credentials['SecretAccessKey']` read as `role_credentials[`, `get(aws, "token")` as `get(aws`), or exactly a
 * secret's snake-case name (`aws_secret_access_key = secret_key` in a config template).
 * Passwords take these shapes too (review 33: `this.IsMyPassw0rd`, `Hunter2(xyz`, `Summer.Fall.Password`,
 * `my_secret_password`), so each reading is whole-value, code-styled, and never holds a part with a digit beside capitals.
 */
const MEMBER_PATH = /^[A-Za-z_$][A-Za-z0-9_$]{0,60}(?:\(\))?(?:\.#?[A-Za-z_$][A-Za-z0-9_$]{0,60}(?:\(\))?){1,8}[`;,)]{0,3}$/;
/** A member path's first part: an object known to hold settings (a lone lower-case word first is a person's `summer.Password`, review 33b). */
const CODE_OBJECT = /^(?:env|ENV|process|config|cfg|credentials|creds|settings|secrets|options|opts|response|os|this|self)\./;
/** Or three parts or more, one a call or of two words or more as code joins them (`awsCreds.Credentials.SecretAccessKey`, `SECRET_KEY`): `summer.Password`, `myDog.Password` are passwords (review 33b). */
const CAMEL_PART = /^(?:[a-z][a-z0-9]{0,30}|[A-Z][a-z0-9]{1,30})[A-Z][A-Za-z0-9]{0,30}$|^[A-Z][A-Z0-9]{0,30}_[A-Z0-9_]{1,30}$/;
const SELF_MEMBER = /^(?:this|self)\.#?[A-Za-z_$][A-Za-z0-9_$]{0,60}(?:\.#?[A-Za-z_$][A-Za-z0-9_$]{0,60}){0,8}[`;,)]{0,3}$/;
const CUT_CALL = /^[A-Za-z_$][A-Za-z0-9_$.]{0,60}(?:\[|\((?:[A-Za-z_$][A-Za-z0-9_$.]{0,60})?)$/;
/**
 * A cut call's or subscript's name, where it is cut: a getter or loader (`get(`, `getenv(`, `fetch(`, `GetSecretValue(`, `require(`), a dotted
 * member (`os.environ[`), a snake name of two words or more (`role_credentials[`), or a subscript of an object known to
 * hold settings (CODE_OBJECT's: `config['AWS_SECRET_ACCESS_KEY']` read as `config[`): not another word or camel (`kitty(cat`,
 * `sunshine[`, `myPass(`, review 33b).
 */
const CALL_HEAD = /^(?:[A-Za-z_$][A-Za-z0-9_$]{0,60}\.[A-Za-z0-9_$.]{0,60}|require|(?:get|getenv|fetch|load)(?:[A-Z_][A-Za-z0-9_]{0,60})?|Get[A-Za-z0-9_]{0,60}|[a-z][a-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){1,6}|(?:env|ENV|config|cfg|credentials|creds|settings|secrets|options|opts)(?=\[))[[(]/;
const NOT_NAME_CHAR = /[^A-Za-z0-9_$]/g;
/** The snake-case names of secrets a config template writes as the value (the label's own name, or another's). */
const SECRET_NAME_VALUE = /^(?:aws_|db_)?(?:secret_access_key|secret_key|session_token|security_token|access_token|refresh_token|auth_token|client_secret|api_key|private_key|password|pass)$/;
/** A name part with a digit: code's `s3Client`, `ec2`, `sha256`, `v2Api` (a short lower-case stem then the digits). */
const CODE_DIGITS = /^[a-z]{1,6}[0-9]{1,3}(?:[A-Z][a-z0-9]{0,30}){0,6}$/;
const NAME_PARTS = /[.([\]]+/;

/** A part holding a digit and a capital outside code's stem-and-digits shape (`Passw0rd`, `Hunter2`, `IsMyPassw0rd`). */
function passwordLikePart(part: string): boolean {
  return /[0-9]/.test(part) && /[A-Z]/.test(part) && !CODE_DIGITS.test(part);
}

function codeParts(value: string): boolean {
  return !value.split(NAME_PARTS).some((part) => passwordLikePart(part.replace(NOT_NAME_CHAR, '')));
}

function codeStyledPath(value: string): boolean {
  const parts = value.split('.');
  return parts.length >= 3 && parts.some((part) => part.includes('()') || CAMEL_PART.test(part.replace(NOT_NAME_CHAR, '')));
}

function namesASecret(value: string): boolean {
  if ((SELF_MEMBER.test(value) || (CUT_CALL.test(value) && CALL_HEAD.test(value))) && codeParts(value)) return true;
  if (MEMBER_PATH.test(value) && (CODE_OBJECT.test(value) || codeStyledPath(value)) && codeParts(value)) return judgeWords(value.slice(value.lastIndexOf('.') + 1).replace(NOT_NAME_CHAR, ''));
  return SECRET_NAME_VALUE.test(value) && value.includes('_');
}

const CLOSING_MARKS = /[`.,;)]{1,3}$/;
/** One character typed over and over (`YYYYYYYYYYYYYYYYYYYYYYYYYYY`, `AAAAAAAAAAAAAAAA`): a mask, at most a closing mark after it. */
function oneCharMask(value: string): boolean {
  const v = value.replace(CLOSING_MARKS, '');
  if (v.length < 4) return false;
  for (let i = 1; i < v.length; i++) if (v.charCodeAt(i) !== v.charCodeAt(0)) return false;
  return true;
}

/** NOT_A_SECRET, a placeholder, a mask, or a reference to where the secret lives. */
function notASecret(value: string): boolean {
  return NOT_A_SECRET.test(value) || PLACEHOLDER.test(value) || oneCharMask(value) || namesASecret(value);
}

/**
 * A name inside a sentence, not a label: after its `:` one lower-case word and then another, where the name is what an
 * error says it failed to get (Go's "could not get token: could not create session", smithy's "failed to load IMDS
 * session token: dispatch failure") or the word opens a message ("token: could not …"); or after its `=` a keyword that
 * opens an expression (`const secretResponse = await smClient`). The rest of a message, as plainWords keeps a quoted one.
 * A person's own sentence ("my password: swordfish and it still fails", review 33) has neither: the word goes.
 */
const PROSE_WORD = /^[a-z]{2,30}$/;
const NEXT_WORD = /[ \t]{1,4}[A-Za-z_$]/y;
const EXPRESSION_KEYWORDS = new Set(['await', 'new', 'typeof', 'yield', 'lambda', 'function', 'async']);
/** A verb of getting before the name, at most three words between and none a possessive or determiner (`failed to load IMDS session token`; review 33b: `get the db password: tangerine and …` is a person's). */
const PROSE_HEAD = /\b(?:get|gets|getting|load|loads|loading|read|reads|reading|refresh|refreshing|fetch|fetching|retrieve|retrieving|obtain|obtaining)(?:[ \t]{1,3}(?!(?:my|our|your|the|a|an|this|that)\b)[A-Za-z0-9_.-]{1,40}){0,3}[ \t]{1,3}$/i;
/** Words that open an error message, not a secret. */
const PROSE_OPENERS_RE = /^(?:could|couldn|cannot|can|failed|failure|unable|no|not|error|invalid|expired|missing|unknown|the)$/;

function messageGoesOn(text: string, labelStart: number, label: string, value: string, end: number): boolean {
  if (!PROSE_WORD.test(value)) return false;
  NEXT_WORD.lastIndex = end;
  if (!NEXT_WORD.test(text)) return false;
  const sep = label.trimEnd();
  // error chains say "token:", "session:", "credentials:", never "password: could …": after a password's name the word is its value (review 33b)
  if (PASS_IN_NAME.test(label) && namedKind(label) === 'password') return false;
  if (sep.endsWith(':')) {
    if (!/[a-z]/.test(text.charAt(NEXT_WORD.lastIndex - 1))) return false;
    return PROSE_OPENERS_RE.test(value) || PROSE_HEAD.test(text.slice(Math.max(text.lastIndexOf('\n', labelStart - 1) + 1, labelStart - 120), labelStart));
  }
  return sep.endsWith('=') && EXPRESSION_KEYWORDS.has(value);
}

/**
 * Documented dummy values of local AWS emulators (LocalStack `test`, moto `testing`, DynamoDB Local
 * `fakeSecretAccessKey`, MinIO's default): in an AWS secret key or token they authenticate nowhere and
 * are evidence of an emulator setup, so they stay.
 */
const EMULATOR_DUMMY = /^(?:test|testing|dummy|fake[A-Za-z]{0,30}|foo|bar|foobar|mock|localstack|minioadmin)$/;
/**
 * An AWS secret key or session token is base64, never a bare number ("security_token: 15" characters long), nor a Go
 * duration (aws-vault's debug log: `sts.GetSessionToken:6m26s`, real-pastes tuning).
 */
const NOT_AN_AWS_SECRET = /^(?:[0-9]{1,9}|(?:[0-9]{1,6}(?:\.[0-9]{1,9})?(?:h|m|s|ms|us|µs|ns)){1,4})[`.,;)]{0,3}$/;
const AWS_SECRET_NAME = /secret.?access.?key|secret.?key|session.?token|security.?token/i;

/** A value after an AWS secret key or token name that cannot be one. */
function notAnAwsSecret(name: string, value: string): boolean {
  return (EMULATOR_DUMMY.test(value) || NOT_AN_AWS_SECRET.test(value)) && AWS_SECRET_NAME.test(name);
}
/**
 * Values that point elsewhere rather than hold a secret (only for the generic names above). A bare
 * word ending in a colon is the next link of an error chain ("could not get token: NoCredentialProviders: …") or
 * the next key of a one-line dump (`DB_PASS: DB_HOST: db1`). A stack frame's line and column are read apart (framePosition).
 * A value that opens with a `{{…}}` reference (empty too) whatever follows it is one: PLACEHOLDER takes only a whole mark.
 */
const REFERENCE_VALUE = /^(?:[A-Za-z][A-Za-z0-9_]{0,60}:$|arn:|\/|~\/|\.\.?\/|[A-Za-z]:\\|fileb?:|https?:|s3:|ssm:|secretsmanager:|vault:|\{\{[^{}]{0,80}\}\}|%\(|\$\(|!Ref|!GetAtt|!Sub|[0-9]{1,9}$|(?:AKIA|ASIA)[A-Z0-9]{16}$)/;

/** A stack frame's line and column, its `)` closing it: `12:34)`. */
const FRAME_POSITION = /^[0-9]{1,9}:[0-9]{1,9}\)$/;

/**
 * A line and column glued to a path's last piece (`at load (/app/SecretConfig:12:34)`, or that piece opening a wrapped
 * line): a stack frame's position in a file whose name held a secret word. Only glued (no blank after the `:`, a `/` or
 * `\\` or a wrap's break before the name): `secret=12:34`, `client_secret: 12:34)` and `-p1234:5678)` are secrets.
 */
function framePosition(text: string, nameStart: number, nameEnd: number, value: string, valueStart: number): boolean {
  if (!FRAME_POSITION.test(value) || valueStart !== nameEnd + 1 || text.charCodeAt(nameEnd) !== 58 /* : */) return false;
  const before = text.charCodeAt(nameStart - 1);
  return before === 47 /* / */ || before === 92 /* \ */ || (before === 10 && nameStart > 1 && !isSpace(text.charCodeAt(nameStart - 2)));
}
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

function labelKind(label: string): SecretKind {
  if (/slack/i.test(label)) return 'slack-token';
  if (/session|security/i.test(label) && /token/i.test(label)) return 'session-token';
  if (/token/i.test(label)) return 'other-token';
  if (/password|passwd|passphrase/i.test(label)) return 'password';
  if (/client|api|signing|string/i.test(label)) return 'other-token';
  return 'secret-access-key';
}

const PASS_IN_NAME = /pass(?:word|wd|phrase)?(?![a-z])|pwd(?![a-z])/i;

function namedKind(name: string): SecretKind {
  if (/slack/i.test(name)) return 'slack-token';
  if (/session.?token|security.?token/i.test(name)) return 'session-token';
  // split into words only when `pass` is there, so that `bypass_token` is not a password
  if (PASS_IN_NAME.test(name) && nameWords(name).some((w) => w === 'pass' || w === 'passwd' || w === 'pwd' || w === 'passphrase' || w.endsWith('password'))) return 'password';
  return 'other-token';
}

/** A generic name ("secret") over a value of an AWS secret key's shape: the warning names what it is. */
function namedValueKind(name: string, value: string, judged: Judged): SecretKind {
  const kind = remembered(judged.kinds, name, namedKind);
  return kind === 'other-token' && AWS_KEY_SHAPE.test(value) && looksRandom(value) ? 'secret-access-key' : kind;
}

/**
 * What a value under a name set apart from it (a flag, `set -x`, an XML element, a name/value pair) is, as labelled()
 * would call it after `=`; undefined when the name holds no secret or the value is not one.
 */
/** The kind a name ending in a LABELLED_SECRET label gives; null for any other name. */
function flagKind(name: string): SecretKind | null {
  const label = ENDS_IN_LABEL.exec(name);
  return label ? labelKind(label[0]) : null;
}

function secretKindOf(name: string, value: string, judged: Judged): SecretKind | undefined {
  if (!secretWords(name, judged) || notASecret(value) || REFERENCE_VALUE.test(value) || notAnAwsSecret(name, value)) return undefined;
  const kind = remembered(judged.flags, name, flagKind);
  return kind ?? namedValueKind(name, value, judged);
}

const BEGIN_PRIVATE_KEY = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/g;
const END_MARK = /-----END [A-Z ]{0,40}PRIVATE KEY-----/y;
const MAX_PRIVATE_KEY_CHARS = 16000;
const PEM_BODY = /[A-Za-z0-9+/=\s]{0,16000}/y;

/**
 * PEM private keys, found with indexOf rather than one lazy regex so that many BEGIN markers
 * without an END cannot make the scan quadratic. Without an END, the following base64 lines go.
 */
function privateKeys(text: string, out: SecretSpan[]): void {
  if (!text.includes('PRIVATE KEY-----')) return;
  let from = 0;
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
    out.push({ start: m.index, end: stop, kind: 'private-key' });
    from = stop;
    BEGIN_PRIVATE_KEY.lastIndex = Math.max(stop, bodyStart);
  }
}

/**
 * The password may hold `/`: the view decodes a percent-encoded one (`%2F`, as a URL must carry a secret access key's
 * `/`), and the encoded key leaked whole. A host's port before a path (`localhost:5173/@vite/client`, `example.com:8080/a@b`)
 * is none: a host is `localhost`, dotted, or an IPv6 literal; a user name is seldom any of them.
 */
const URL_USERINFO = /^([^\s:/@]{0,256}:)([^\s@]{1,256})@/;
const PORT_AND_PATH = /^[0-9]{1,5}\//;
const HOST_LIKE = /^(?:localhost:|\[|[^:]{0,256}\.)/;
/**
 * A host name after the `@` (`@db.example.com/x`: a last label of letters): then the "port and path" before it is a
 * password after a dotted user name (`user.name:2024/Xq7k…@db.example.com`), as a path's `@` opens no host
 * (`@vite/client`, `@sha256:…`, a package's `@4.17.21/`). A host written whole ends in its root's `.` (`@db.example.com./x`).
 */
const HOST_AFTER = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z][A-Za-z0-9-]{0,62}\.?(?![A-Za-z0-9.@-])/;
/**
 * A port, then a path of lower-case names (two at least), or a path and a query, up to the `@`: the `@` is in the path or
 * the query (`host:443/profile/john@example.com`, `localhost:8080/api/users?email=jane@example.org`), an e-mail address
 * in a request, not userinfo. A password would have to open with a port's digits and an unencoded `/` and go on in
 * lower-case names or `name=value` pairs to read so; a request log holds these URLs by the line. A random piece, a
 * capital, or a single name after the port (`user:2024/summer@db…`) is still read as a password.
 * Only in a web URL (`http`, `https`, `ws`, `wss`) whose e-mail domain ends the URL or opens its query: a database, cache
 * or queue URL carries no e-mail in a request path, and its userinfo is where passwords live
 * (`postgres://admin:2024/spring/tulips@db.example.com:5432/app`); a host followed by `:<port>` or a `/path` is userinfo's
 * shape (review R34b-1). So `https://host:443/users/john@example.com/keys` loses `443/users/john` (a false redaction kept
 * on purpose: the same text could be `https://alice:8080/deploy/prod@jenkins.example.com/job/x`).
 */
const WEB_SCHEME = /(?:^|[^A-Za-z0-9+.-])(?:https?|wss?)$/i;
/**
 * What may follow the e-mail's domain for the `@` to read as an e-mail in a path: the URL's end, a query, a fragment, a
 * full stop. A host written whole, its root's `.` too (`@api.example.com./v1`, `….:8443`), before a path or a port is a
 * host after userinfo (review 34d R34d-6).
 */
const EMAIL_END = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z][A-Za-z0-9-]{0,62}(?![A-Za-z0-9@/-]|\.[A-Za-z0-9/:]|:[0-9])/;
const PATH_OF_NAMES = /^[0-9]{1,5}(?:\/[a-z0-9._~-]{1,64}){2,16}$/;
const PATH_AND_QUERY = /^[0-9]{1,5}(?:\/[a-z0-9._~-]{0,64}){1,16}\?[a-z0-9._~-]{1,64}=[a-z0-9._~%+-]{0,64}(?:&[a-z0-9._~-]{1,64}=[a-z0-9._~%+-]{0,64}){0,16}$/;

/** The `@` at `secretEnd` opens an e-mail's domain in a web URL's path or query (R34b-1), not a host after userinfo. */
function emailInWebPath(text: string, at: number, secretEnd: number): boolean {
  return WEB_SCHEME.test(text.slice(Math.max(0, at - 6), at)) && EMAIL_END.test(text.slice(secretEnd + 1, secretEnd + 600));
}

/** `scheme://user:password@host`: found from each "://" so that no regex retries every position. */
function urlPasswords(text: string, out: SecretSpan[]): void {
  if (!text.includes('://') || !text.includes('@')) return;
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    const start = at + 3;
    const m = URL_USERINFO.exec(text.slice(start, start + 520));
    if (!m || at === 0 || !/[A-Za-z0-9]/.test(text[at - 1]!) || notASecret(m[2]!)) continue;
    const secretStart = start + m[1]!.length;
    const secretEnd = secretStart + m[2]!.length;
    if (PORT_AND_PATH.test(m[2]!) && HOST_LIKE.test(m[1]!) && !HOST_AFTER.test(text.slice(secretEnd + 1, secretEnd + 600))) continue;
    if ((PATH_OF_NAMES.test(m[2]!) || PATH_AND_QUERY.test(m[2]!)) && emailInWebPath(text, at, secretEnd)) continue;
    out.push({ start: secretStart, end: secretEnd, kind: 'password' });
  }
}

/** A Go struct printed with %+v (`SessionToken: ProviderName:EnvConfigCredentials`): an empty field, then the next field's name. */
const NEXT_FIELD = /^[A-Z][A-Za-z0-9]{1,40}:/;

function nextField(label: string, value: string): boolean {
  // `/:[ \t]+$/.test(label)`, read from the end without a regex (it runs once per labelled value)
  let i = label.length;
  while (i > 0 && (label.charCodeAt(i - 1) === 32 || label.charCodeAt(i - 1) === 9)) i--;
  return i < label.length && i > 0 && label.charCodeAt(i - 1) === 58 && NEXT_FIELD.test(value);
}

/**
 * An `&` that ends a value: a query's next parameter (`&next=`), a shell's `&&`, a background job's `& `, the line's end.
 * A one-letter "parameter" (`Xy9&Q=zz8pLm`) is read as the password's own characters.
 */
const AMPERSAND_ENDS = /&(?:[A-Za-z0-9_.~[\]-]{2,64}=|&|\s|$)/y;
/** What an `&` opens that an entity's `;` closes (`ab&cd;EF`): that `;` is the value's, not its end. */
const ENTITY_LIKE = /&[A-Za-z0-9#]{1,31};/y;

/** The characters no label's value holds (LABELLED_SECRET's and NAMED_SECRET's classes, whose `;` is `semicolon`). */
function endsValue(c: number, semicolon: boolean): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39 || c === 44 || c === 125 || c === 38 || (semicolon && c === 59);
}

/**
 * Where a labelled value read to `end` ends when it stopped at an `&` inside it: a password holding `&` (Slack sends it
 * as `&amp;`, which the view reads back) lost only its first part, and the rest leaked. An `&` that ends a value
 * (AMPERSAND_ENDS: a query's next parameter above all) still ends it.
 */
function pastAmpersands(text: string, end: number, semicolon: boolean): number {
  let at = end;
  while (text.charCodeAt(at) === 38 /* & */) {
    AMPERSAND_ENDS.lastIndex = at;
    if (AMPERSAND_ENDS.test(text)) break;
    ENTITY_LIKE.lastIndex = at;
    let j = semicolon && ENTITY_LIKE.test(text) ? ENTITY_LIKE.lastIndex : at + 1;
    while (j < text.length && j - end < 8000 && !endsValue(text.charCodeAt(j), semicolon)) j++;
    at = j;
  }
  return at;
}

/**
 * Where a labelled value that starts at `start` and was read to `read` ends. One that opens with a quote runs to its
 * closing quote on its line (`"p&ss=w0rd XYZ"`: an `&x=`, a blank, a `;` inside the quotes are the value's), unless
 * what the quotes hold with a blank is plain words or a reference (plainWords: `'my secret access key'`, a placeholder;
 * `"{{ vault_pw }}"`): then it is read as an unquoted value is, past the `&`s inside it (pastAmpersands).
 */
const BLANK = /\s/;
/**
 * A placeholder or template reference runs to its closing mark over its blanks (TEMPLATE_MARK), so that it is read whole
 * and kept (notASecret's PLACEHOLDER).
 */
const TEMPLATE_VALUE = new RegExp(TEMPLATE_MARK, 'y');
function valueEnd(text: string, start: number, read: number, semicolon: boolean, password = false): number {
  const first = text.charCodeAt(start);
  if (first === 60 /* < */ || first === 123 /* { */ || first === 40 /* ( */) {
    TEMPLATE_VALUE.lastIndex = start;
    if (TEMPLATE_VALUE.test(text)) return Math.max(read, TEMPLATE_VALUE.lastIndex);
  }
  const quote = text.charCodeAt(start - 1);
  if ((quote === 34 || quote === 39) && read < text.length && text.charCodeAt(read) !== quote) {
    let close = read;
    while (close < text.length && close - start < 8000 && text.charCodeAt(close) !== quote && text.charCodeAt(close) !== 10) close++;
    if (text.charCodeAt(close) === quote) {
      const value = text.slice(start, close);
      const spaced = BLANK.test(value);
      // a password in plain words is a passphrase (`"correct horse battery staple"`): only a key's label takes a description
      if (!spaced || !((!password && plainWords(value.trim())) || notASecret(value) || REFERENCE_VALUE.test(value))) return close;
    }
  }
  return pastAmpersands(text, read, semicolon);
}

/** A value without the backslashes that escape its closing quote (JSON inside JSON inside JSON: `…\\\"`). */
function unescapedEnd(value: string): string {
  let n = value.length;
  while (n > 0 && value.charCodeAt(n - 1) === 92) n--;
  return n === value.length ? value : value.slice(0, n);
}

/** The gap between the groups of a labelled value (`secret: AbCd1234 EfGh5678 …`): a few blanks. */
const GROUP_GAP = /[ \t]{1,3}(?![ \t\r\n])/y;
/** The gap after one piece of a key written after a worded label: a few blanks, a line break (with its indent), or a dash. */
const PIECE_GAP = /[ \t]{1,3}(?![ \t\r\n])|[ \t]{0,4}\r?\n[ \t]{0,40}|-(?=[A-Za-z0-9+/])/y;
/** At most this many line breaks inside one key (a key in groups wrapped once, or cut in two). */
const MAX_PIECE_BREAKS = 2;
/**
 * A key's 40th character ends its token: then only a blank, a quote, a separator, or a closing mark or full stop at the
 * end of the token (no 41st character, no dash and more: `…EKEY-AbCdEf` is no key).
 */
const KEY_END = /[.)`*_~]{0,3}(?![^\s"',}&;])/y;
/** Only blanks, closing quotes or marks and a full stop or comma stand between `at` and its line's end. */
const LINE_REST = /[ \t"'`*_~.,;)]{0,8}(?:\r?\n|$)/y;

function endsItsLine(text: string, at: number): boolean {
  LINE_REST.lastIndex = at;
  return LINE_REST.test(text);
}

/**
 * A secret access key written in pieces from `at`, after the pieces already read (`first`): whole base64 runs of 2 to
 * `maxPiece` characters (not followed by `=` padding), each after a gap that `gap` reads, that together are exactly 40
 * random characters ending their token. Pieces joined by dashes are of one length (a key read out in groups), as a
 * dash-joined name is not (CloudFormation's `prod-PasswordDatabaseC20BBDDD-uCVJoXSwT2iM`). A key cut over a line break
 * ends its last line, and the first word of an error line after a value of 38 characters ("An error occurred") is no piece of it.
 * Returns where the last piece ends (the egress guard joins the pieces again from the span: egress.ts PIECE_GAPS).
 */
function keyFromPieces(text: string, at: number, gap: RegExp, maxPiece: number, first = ''): number | undefined {
  let joined = first;
  let pieces = first ? 1 : 0;
  let breaks = 0;
  let dashed = false;
  let size = first.length;
  let equal = true;
  let end: number;
  for (;;) {
    let stop = at;
    while (stop < text.length && isBase64Char(text.charCodeAt(stop))) stop++;
    if (stop - at < 2 || stop - at > maxPiece || text.charCodeAt(stop) === 61) return undefined;
    if (size === 0) size = stop - at;
    else if (stop - at !== size) equal = false;
    joined += text.slice(at, stop);
    pieces++;
    end = at = stop;
    if (joined.length >= 40) break;
    gap.lastIndex = at;
    const g = gap.exec(text);
    if (!g) return undefined;
    if (g[0] === '-') dashed = true;
    else if (g[0].includes('\n') && ++breaks > MAX_PIECE_BREAKS) return undefined;
    at = gap.lastIndex;
  }
  KEY_END.lastIndex = end;
  const ends = KEY_END.test(text) && (breaks === 0 || endsItsLine(text, end));
  const key = pieces >= 2 && joined.length === 40 && ends && (!dashed || equal);
  return key && looksRandom(joined) && !camelWords(joined) && !wordBuiltAtKeyLength(joined) ? end : undefined;
}

/**
 * A labelled value that is the first of blank-separated groups that together are a secret access key's 40 base64
 * characters: a key pasted in groups lost only its first group, and its other 30 characters stayed. Returns where it ends.
 */
function groupedKey(text: string, value: string, end: number): number | undefined {
  if (value.length >= 40 || !allBase64(value)) return undefined;
  GROUP_GAP.lastIndex = end;
  return GROUP_GAP.test(text) ? keyFromPieces(text, GROUP_GAP.lastIndex, GROUP_GAP, 20, value) : undefined;
}

/**
 * A token in a key's position (key-positions.ts) is judged as a run of a key's length is: random (both cases and a digit,
 * `/` or `+`), neither camel-case words nor clearly built from words. The position already says "key", so the bar is the
 * key-length one at every length (at the ordinary share, 1 random 16-character token in 150 reads as words).
 */
function keyToken(token: string): boolean {
  return looksRandom(token) && !camelWords(token) && !wordBuiltAtKeyLength(token);
}

/** Keys after their access key ids, evidence (an ARN's, a request id's) kept, and in SDK constructors (key-positions.ts). */
function keysAfterKeyIds(text: string, out: SecretSpan[]): void {
  let evidence: EvidenceSpan[] | undefined;
  keysAfterIds(text, out, keyToken, (start, end) => (evidence ??= evidenceSpans(text)).some((s) => s.start <= start && s.end >= end));
  constructorKeys(text, out, keyToken);
}

/**
 * A secret access key's label written as words ("Secret access key:", "secret key -", "AWS Secret Access Key [None]:"),
 * or a bare "Secret:" / "secret =", then the start of its value: on the same line or after one or two line breaks, after
 * Slack's bold or code marks or a quote. Found from "secret" (an "AWS " before it changes nothing):
 * a pattern that starts with a word is several times cheaper on a long text than one that starts with an optional one.
 */
const WORDED_KEY_LABEL = /(?<![A-Za-z0-9])secret(?:(?:[ \t_-]{0,2}access)?[ \t_-]{0,2}key(?:[ \t]{0,4}(?:\[[^\]\n]{0,40}\]|\([^)\n]{0,40}\)))?[ \t]{0,4}(?:=>|[:=]|[-\u2013\u2014]{1,2}|\bis\b|\bwas\b)?|[ \t]{0,4}[:=])[*_~]{0,3}[ \t]{0,8}(?:\r?\n[ \t]{0,40}){0,2}["'`*_~]{0,3}/gi;

/**
 * A secret access key after a worded label, in blank-separated groups (`wJal rXUt nFEM …`, read out or copied from a
 * console) or cut over a line break (keyFromPieces). No piece is a run of 40 for randomRuns to see, and the label has
 * blanks, so LABELLED_SECRET and groupedKey do not read it. One piece alone is left to the readers that already take it.
 */
function wordedKeyPieces(text: string, out: SecretSpan[]): void {
  WORDED_KEY_LABEL.lastIndex = 0;
  // test(), not exec(): only where a label ends is read, and a dump with a label on every line builds no match arrays
  while (WORDED_KEY_LABEL.test(text)) {
    let start = WORDED_KEY_LABEL.lastIndex;
    let end = keyFromPieces(text, start, PIECE_GAP, 39);
    // or one token of a key's position whatever its length: a damaged copy of a key (key-positions.ts), whose first
    // letters the label's "is" / "was" may have read (`secret_access_key IS+Xh…`)
    if (end === undefined) [start, end] = keyAfterLabel(text, start, keyToken) ?? [start, undefined];
    if (end === undefined) continue;
    out.push({ start, end, kind: 'secret-access-key' });
    // the next label is looked for after the key (pieces that were not a key may hold the next label: not skipped)
    WORDED_KEY_LABEL.lastIndex = end;
  }
}

function labelled(text: string, out: SecretSpan[], judged: Judged): void {
  // Where the values taken here start and end (before groupedKey), in order: the same value read again by NAMED_SECRET
  // would only add a span inside this one, after it, so it is not judged again (a paste of `DB_PASSWORD: x` lines is all such).
  const taken: number[] = [];
  LABELLED_SECRET.lastIndex = 0;
  for (let m = LABELLED_SECRET.exec(text); m; m = LABELLED_SECRET.exec(text)) {
    const read = m.index + m[0].length;
    const reach = valueEnd(text, read - m[2]!.length, read, false, labelKind(m[1]!) === 'password');
    const value = unescapedEnd(reach === read ? m[2]! : text.slice(read - m[2]!.length, reach));
    const end = read - m[2]!.length + value.length;
    if (value.length < 4 || notASecret(value) || notAnAwsSecret(m[1]!, value) || nextField(m[1]!, value) || messageGoesOn(text, m.index, m[1]!, value, end)) continue;
    taken.push(end - value.length, end);
    const grouped = groupedKey(text, value, end);
    out.push({ start: end - value.length, end: grouped ?? end, kind: remembered(judged.labels, m[1]!, labelKind) });
  }
  let t = 0;
  NAMED_SECRET.lastIndex = 0;
  for (let m = NAMED_SECRET.exec(text); m; m = NAMED_SECRET.exec(text)) {
    const read = m.index + m[0].length;
    const reach = valueEnd(text, read - m[1]!.length, read, true);
    const value = unescapedEnd(reach === read ? m[1]! : text.slice(read - m[1]!.length, reach));
    const end = read - m[1]!.length + value.length;
    while (t < taken.length && taken[t]! < end - value.length) t += 2;
    if (taken[t] === end - value.length && taken[t + 1] === end) continue;
    let start = m.index;
    while (start > 0 && m.index - start < 80 && inClass(NAME_TABLE, NAME_CHAR, text, start - 1)) start--;
    let nameEnd = m.index;
    while (nameEnd < text.length && inClass(NAME_TABLE, NAME_CHAR, text, nameEnd)) nameEnd++;
    const name = text.slice(start, nameEnd);
    if (value.length < 4 || !isSecretName(name, judged) || messageGoesOn(text, start, m[0].slice(0, m[0].length - m[1]!.length), value, end)) continue;
    // an ARN's resource type (`…:secret:prod-db-AbCdEf`): a name between colons with its value glued on, no label
    if (text.charCodeAt(start - 1) === 58 && text.charCodeAt(nameEnd) === 58 && end - value.length === nameEnd + 1) continue;
    // a key's first group may start with `/` and read as a path; the whole key does not
    const grouped = groupedKey(text, value, end);
    if (grouped !== undefined) out.push({ start: end - value.length, end: grouped, kind: 'secret-access-key' });
    else if (!notASecret(value) && !REFERENCE_VALUE.test(value) && !notAnAwsSecret(name, value) && !framePosition(text, start, nameEnd, value, end - value.length)) out.push({ start: end - value.length, end, kind: namedValueKind(name, value, judged) });
  }
}

/**
 * A name field (`name`, `Name`, `ParameterKey`, `Key`, `--name`) and its value, in JSON, YAML, `k=v` shorthand or
 * CLI flags. The name may be an SSM parameter path (`/prod/db/password`), judged on its last segment.
 */
const PAIR_NAME = /(?<![A-Za-z0-9_-])(?:--name[ \t]{1,4}|(?:name|Name|NAME|ParameterKey|parameter_key|key|Key)["']?[ \t]{0,4}[:=][ \t]{0,4})["']?([A-Za-z0-9_./-]{2,160})/g;
const PAIR_VALUE = /(?<![A-Za-z0-9_-])(?:--value[ \t]{1,4}|(?:value|Value|VALUE|ParameterValue|parameter_value)["']?[ \t]{0,4}[:=][ \t]{0,4})(?:!!?[a-z]{1,12}[ \t]{1,4})?["']?([^\s"',}&]{1,8000})/y;
/** How far after its name a value may sit (a YAML entry's next line, the next field of a JSON object). */
const PAIR_REACH = 240;

/** A long option named like a secret and its value after a blank: `--password …`, `--secret-string …`, `--client-secret …`. */
const SECRET_FLAG = new RegExp(String.raw`--(?<![A-Za-z0-9_-]--)((?=[A-Za-z])[A-Za-z0-9_-]{0,40}(?:${HINT_ANY_CASE})[A-Za-z0-9_-]{0,40})[ \t]{1,4}["']?([^\s"'\x60]{4,8000})`, 'g');

/**
 * Secrets given to a command line as a separate word (`docker login --password …`, `aws secretsmanager
 * create-secret --secret-string …`). `--password-stdin`, `--token-code` and pagination tokens name no secret value.
 */
function secretFlags(text: string, out: SecretSpan[], judged: Judged): void {
  if (!text.includes('--')) return;
  SECRET_FLAG.lastIndex = 0;
  for (let m = SECRET_FLAG.exec(text); m; m = SECRET_FLAG.exec(text)) {
    const value = m[2]!;
    const kind = value.startsWith('-') ? undefined : secretKindOf(m[1]!, value, judged);
    if (kind === undefined) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - value.length, end, kind });
  }
}

/** `curl -u user:password` / `--user`; a numeric pair (`docker run -u 1000:1000`) is a uid:gid. */
const USER_PASSWORD = /-(?:u|-user)(?<![A-Za-z0-9_-]-u|[A-Za-z0-9_-]--user)[ \t]{1,4}["']?([^\s:"']{1,64}):([^\s"']{4,256})/g;
/**
 * `docker run -u www-data:www-data`, `sudo -u postgres:postgres`, `docker exec -u 1000:docker` give a user and a group:
 * off a curl or wget line, a value shaped like a group name (or the user again) is one.
 */
const GROUP_NAME = /^[a-z_][a-z0-9_-]*$/;
const FETCH_COMMAND = /\b(?:curl|wget)\b/;
/**
 * fish `set -x NAME value` (-gx, -Ux …, or written long and combined: `set --global --export NAME value`, fish's set(1),
 * https://fishshell.com/docs/current/cmds/set.html), csh `setenv NAME value`, and Windows `setx NAME value [/m]` (the
 * name and the value as two words, https://learn.microsoft.com/windows-server/administration/windows-commands/setx).
 */
const SHELL_SET = new RegExp(String.raw`set(?<![A-Za-z0-9_-]set)(?:(?:[ \t]{1,4}--?[a-zA-Z]{1,10}){1,3}|env|x)[ \t]{1,4}([A-Za-z0-9_]{0,40}(?:${HINT_ANY_CASE})[A-Za-z0-9_]{0,40})[ \t]{1,4}["']?([^\s"']{4,8000})`, 'g');
/**
 * A call given a secret's name and then its value as string literals: .NET's `Environment.SetEnvironmentVariable("NAME",
 * "value", "User")` (PowerShell's `[Environment]::SetEnvironmentVariable`,
 * https://learn.microsoft.com/dotnet/api/system.environment.setenvironmentvariable), Go's `os.Setenv("NAME", "value")`
 * (https://pkg.go.dev/os#Setenv), Java's `System.setProperty("name", "value")`, Python's `os.environ.setdefault(…)`.
 */
const CALL_NAME_VALUE = /\([ \t]{0,4}(["'])([A-Za-z0-9_.-]{2,80})\1[ \t]{0,4},[ \t]{0,4}(["'])([^"'\s]{4,8000})(?=\3)/g;
/** A row of PowerShell's `Get-ChildItem env:` table (`Name  Value`): an environment variable's name, a gap, its value. */
const ENV_TABLE_HEADER = /^Name[ \t]+Value[ \t]*$/;
const ENV_TABLE_ROW = /^([A-Z][A-Z0-9_]*)[ \t]+(\S+)[ \t]*$/;
/**
 * The same table pasted without its header (it is often cut off): a row of an upper-case name, a gap of 2+ blanks, one
 * value. Its name is judged only when it holds a hint word, and only inside a block of ENV_BLOCK_MIN rows (see headerlessEnvTable).
 */
const ENV_ONE_VALUE_ROW = /([A-Z_][A-Z0-9_]{0,80})[ \t]{2,120}(\S{1,8000})[ \t]{0,40}(?![^\n])/y;
/** Any row of such a block: an upper-case name, 2+ blanks, a value (which may hold blanks, a PATH for one). */
const ENV_BLOCK_ROW = /^[A-Z][A-Z0-9_]*[ \t]{2,}\S/;
const ENV_BLOCK_MIN = 3;
const UPPER_HINT_WORDS = ['PASS', 'SECRET', 'TOKEN', 'PWD', 'KEY'];
const UPPER_HINT = new RegExp(UPPER_HINT_WORDS.join('|'), 'g');
/** Where the UPPER_HINT word that ends at `end` starts (UPPER_HINT.test gives only where a match ends). */
function hintStart(text: string, end: number): number {
  return end - UPPER_HINT_WORDS.find((w) => text.startsWith(w, end - w.length))!.length;
}
/** An XML element named like a secret (Maven's settings.xml `<password>`, an STS response's `<SecretAccessKey>`). */
const XML_SECRET = /<([A-Za-z][A-Za-z0-9_.-]{1,60})>([^<\s]{4,8000})<\/\1>/y;
/** A Terraform variable with a default: `variable "db_password" { … default = "…" }`. */
const TF_VARIABLE = /variable[ \t]{1,4}"([A-Za-z0-9_-]{1,80})"[ \t]{0,4}\{([^{}]{0,600})\}/g;
const TF_DEFAULT = /\bdefault[ \t]{0,8}=[ \t]{0,8}"([^"\n]{4,8000})"/;

/**
 * Secrets whose name stands apart from the value: after a blank (shell `set`, `setenv`, a `Get-ChildItem env:` row), around it (an XML
 * element), in a block's header (a Terraform variable's default), or with a user name (`curl -u`).
 */
function spacedSecrets(text: string, out: SecretSpan[], judged: Judged, tabAt: (at: number) => boolean): void {
  const push = (name: string, value: string, start: number): void => {
    const kind = secretKindOf(name, value, judged);
    if (kind !== undefined) out.push({ start, end: start + value.length, kind });
  };
  // Each regex starts with a literal, so the engine skips to it; a text without it costs one quick pass.
  {
    USER_PASSWORD.lastIndex = 0;
    for (let m = USER_PASSWORD.exec(text); m; m = USER_PASSWORD.exec(text)) {
      const value = m[2]!;
      if (/^[0-9]+$/.test(value) || notASecret(value) || REFERENCE_VALUE.test(value)) continue;
      if ((value === m[1] || GROUP_NAME.test(value)) && !FETCH_COMMAND.test(text.slice(text.lastIndexOf('\n', m.index) + 1, lineEnd(text, m.index)))) continue;
      out.push({ start: m.index + m[0].length - value.length, end: m.index + m[0].length, kind: 'password' });
    }
  }
  {
    SHELL_SET.lastIndex = 0;
    for (let m = SHELL_SET.exec(text); m; m = SHELL_SET.exec(text)) push(m[1]!, m[2]!, m.index + m[0].length - m[2]!.length);
  }
  if (text.includes('(')) {
    CALL_NAME_VALUE.lastIndex = 0;
    for (let m = CALL_NAME_VALUE.exec(text); m; m = CALL_NAME_VALUE.exec(text)) push(m[2]!, m[4]!, m.index + m[0].length - m[4]!.length);
  }
  for (let at = text.indexOf('Value'); at >= 0; at = text.indexOf('Value', at + 5)) {
    // The header's "Value" is near its line's start: look back 90 characters, never to the text's start.
    const head = text.slice(Math.max(0, at - 90), at);
    const nl = head.lastIndexOf('\n');
    if (nl < 0 && at > 90) continue;
    const lineStart = at - head.length + nl + 1;
    if (!ENV_TABLE_HEADER.test(text.slice(lineStart, Math.min(lineEnd(text, at), at + 100)))) continue;
    // The rows after PowerShell's header, up to the first line that is not one.
    for (let start = lineEnd(text, at) + 1; start > 0 && start < text.length; ) {
      const end = lineEnd(text, start);
      const line = text.slice(start, end);
      const row = line.startsWith('----') ? null : ENV_TABLE_ROW.exec(line);
      if (row && row[1]!.includes('_') && row[2]!.length >= 4) push(row[1]!, row[2]!, start + line.trimEnd().length - row[2]!.length);
      else if (!line.startsWith('----')) break;
      start = end + 1;
    }
  }
  headerlessEnvTable(text, push);
  cliOutputRows(text, push, tabAt);
  // From each closing tag whose name may be a secret's: most texts hold a few closing tags, none of them such.
  for (let close = text.indexOf('</'); close >= 0; close = text.indexOf('</', close + 2)) {
    const gt = text.indexOf('>', close + 2);
    if (gt < 0 || gt - close > 62 || !SECRET_HINT.test(text.slice(close + 2, gt))) continue;
    // The value holds no `<`, so its opening tag is the nearest `<` before (linear over many closing tags).
    const open = close > 0 ? text.lastIndexOf('<', close - 1) : -1;
    if (open < 0) continue;
    XML_SECRET.lastIndex = open;
    const m = XML_SECRET.exec(text);
    if (m && m.index === open) push(m[1]!, m[2]!, m.index + m[1]!.length + 2);
  }
  {
    TF_VARIABLE.lastIndex = 0;
    for (let m = TF_VARIABLE.exec(text); m; m = TF_VARIABLE.exec(text)) {
      const d = TF_DEFAULT.exec(m[2]!);
      if (d) push(m[1]!, d[1]!, m.index + m[0].indexOf(m[2]!) + d.index + d[0].length - d[1]!.length - 1);
    }
  }
}

/** The line starting at `start` is a row of a NAME  value block (ENV_BLOCK_ROW). */
function blockRow(text: string, start: number): boolean {
  return ENV_BLOCK_ROW.test(text.slice(start, Math.min(lineEnd(text, start), start + 200)));
}

/**
 * Secret rows of a `Get-ChildItem env:` table without its header: each in a block of at least ENV_BLOCK_MIN
 * consecutive rows, so a lone `TOKEN  abc` line of prose or a log stays. A block is measured once, from its first
 * secret row, so a long table of secret rows costs one pass.
 */
function headerlessEnvTable(text: string, push: (name: string, value: string, start: number) => void): void {
  let blockEnd = -1;
  // From each upper-case hint word (most texts hold few) to its line's start, rather than over every line.
  UPPER_HINT.lastIndex = 0;
  // test(), not exec(): an env dump has a hint word on most lines, and only where it starts is needed (no match arrays).
  while (UPPER_HINT.test(text)) {
    const hint = hintStart(text, UPPER_HINT.lastIndex);
    const at = text.lastIndexOf('\n', hint) + 1;
    UPPER_HINT.lastIndex = lineEnd(text, hint);
    ENV_ONE_VALUE_ROW.lastIndex = at;
    const m = ENV_ONE_VALUE_ROW.exec(text);
    if (!m || at + m[1]!.length <= hint) continue;
    if (m.index >= blockEnd) {
      let rows = 1;
      let up = m.index;
      while (rows < ENV_BLOCK_MIN && up > 0) {
        const prev = up >= 2 ? text.lastIndexOf('\n', up - 2) + 1 : 0;
        if (!blockRow(text, prev)) break;
        rows++;
        up = prev;
      }
      let down = lineEnd(text, m.index) + 1;
      while (down > 0 && down < text.length && blockRow(text, down)) {
        rows++;
        down = lineEnd(text, down) + 1;
      }
      if (rows < ENV_BLOCK_MIN) {
        blockEnd = -1;
        continue;
      }
      blockEnd = down;
    }
    push(m[1]!, m[2]!, m.index + m[0].trimEnd().length - m[2]!.length);
  }
}

/** Where a name field's value is looked for: up to the next name field, brace or bracket. */
const PAIR_STOP = /[{}[\]]|(?<![A-Za-z0-9_-])(?:--name[ \t]|(?:name|Name|NAME|ParameterKey|parameter_key|key|Key)["']?[ \t]{0,4}[:=])/;
const PAIR_VALUE_AT = /(?<![A-Za-z0-9_-])(?:--value[ \t]|(?:value|Value|VALUE|ParameterValue|parameter_value)["']?[ \t]{0,4}[:=])/g;

/**
 * A secret given as a name/value pair rather than as `name = value`: a Kubernetes container's `env`
 * (`- name: DB_PASSWORD` then `value: …`), an ECS container definition's or CodeBuild's environment
 * (`{"name": "DB_PASSWORD", "value": "…"}`), CloudFormation parameters (`ParameterKey=DbPassword,ParameterValue=…`),
 * SSM parameters (`"Name": "/prod/db/password", … "Value": "…"`, `put-parameter --name … --value …`). The value
 * belongs to the name before it when no other name field, brace or bracket stands between them, so the value of
 * the next entry, or a `valueFrom: {secretKeyRef: {name: …}}` reference, is never taken for it.
 * Sources: https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/,
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_environment,
 * https://docs.aws.amazon.com/cli/latest/reference/ssm/put-parameter.html.
 */
function namedValues(text: string, out: SecretSpan[], judged: Judged): void {
  if (!text.includes('alue') && !text.includes('ALUE')) return;
  PAIR_NAME.lastIndex = 0;
  for (let m = PAIR_NAME.exec(text); m; m = PAIR_NAME.exec(text)) {
    const name = m[1]!;
    // A name field holds a name, so PascalCase (DbPassword) counts here; a path is judged on its last segment.
    const last = name.slice(name.lastIndexOf('/') + 1);
    if (!secretWords(last, judged)) continue;
    const from = m.index + m[0].length;
    const after = text.slice(from, from + PAIR_REACH);
    const stop = after.search(PAIR_STOP);
    PAIR_VALUE_AT.lastIndex = 0;
    let at = PAIR_VALUE_AT.exec(stop < 0 ? after : after.slice(0, stop))?.index ?? -1;
    let base = from;
    if (at < 0) {
      // `{"value": "…", "name": "DB_PASSWORD"}`: the value before the name, inside the same braces.
      const before = text.slice(Math.max(0, m.index - PAIR_REACH), m.index);
      const open = before.lastIndexOf('{');
      if (open < 0 || PAIR_STOP.test(before.slice(open + 1))) continue;
      PAIR_VALUE_AT.lastIndex = 0;
      at = PAIR_VALUE_AT.exec(before.slice(open + 1))?.index ?? -1;
      if (at < 0) continue;
      base = m.index - before.length + open + 1;
    }
    PAIR_VALUE.lastIndex = base + at;
    const v = PAIR_VALUE.exec(text);
    if (!v) continue;
    const read = v.index + v[0].length;
    const end = valueEnd(text, read - v[1]!.length, read, false);
    const value = text.slice(read - v[1]!.length, end);
    const kind = value.length < 4 ? undefined : secretKindOf(last, value, judged);
    if (kind === undefined) continue;
    out.push({ start: end - value.length, end, kind });
  }
}

function prefixed(text: string, out: SecretSpan[]): void {
  const holds = needleCheck(text);
  for (const p of PREFIXED) {
    if (p.needle !== undefined && !(typeof p.needle === 'string' ? holds(p.needle) : p.needle.some(holds))) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const end = m.index + m[0].length;
      const value = p.valueOnly ? m[m.length - 1]! : m[0];
      // A header sent empty-handed (`x-amz-security-token:undefined`) is evidence, not a secret.
      if (p.valueOnly && notASecret(value)) continue;
      out.push({ start: end - value.length, end, kind: p.kind });
    }
  }
}

/**
 * GitHub Actions' `::add-mask::<value>` names a value to hide: a secret by definition, printed where the command was
 * echoed (`set -x`, `echo "::add-mask::$T"` after expansion) or logged before the mask applied. The value is the rest of
 * the line (a password may hold blanks: `p@ss w0rd`), less the quote that closes an echo's argument opened before it.
 * https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#masking-a-value-in-a-log
 */
const ADD_MASK = /::add-mask::([^\n]{1,8000})/g;

function addMasks(text: string, out: SecretSpan[]): void {
  if (!text.includes('::add-mask::')) return;
  ADD_MASK.lastIndex = 0;
  for (let m = ADD_MASK.exec(text); m; m = ADD_MASK.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    let value = m[1]!.trimEnd();
    const quote = text[m.index - 1];
    if ((quote === '"' || quote === "'") && value.endsWith(quote)) value = value.slice(0, -1);
    if (value.length < 4 || notASecret(value)) continue;
    out.push({ start, end: start + value.length, kind: 'other-token' });
  }
}

/** 1 for the ASCII characters of base64 (letters, digits, + and /): one load per character in the scan below. */
/** `/^[A-Za-z0-9+/]+$/.test(s)` by char codes. */
function allBase64(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isBase64Char(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/**
 * Both cases, and a digit or / or +. A 40-character run (a secret access key's length) needs only both
 * cases: about 1 real key in 400 has no digit, / or + (measured on generated keys), and it would pass
 * in a table or `--output text`, where no label is next to it.
 */
function looksRandom(s: string): boolean {
  return LOWER_LETTER.test(s) && UPPER_LETTER.test(s) && (s.length === 40 || DIGIT_OR_PUNCTUATION.test(s));
}
const LOWER_LETTER = /[a-z]/;
const UPPER_LETTER = /[A-Z]/;
const DIGIT_OR_PUNCTUATION = /[0-9/+]/;

/** What a random run is by its length alone: a secret access key's 40 characters, or a longer token or blob. */
function runKind(length: number): SecretKind {
  return length === 40 ? 'secret-access-key' : 'other-token';
}

/** The random part of a base64 run (randomPart), named by its length: the shape rule's secret in a word. */
function randomSecretIn(run: string): SecretSpan | undefined {
  const part = randomPart(run);
  return part && { ...part, kind: runKind(part.end - part.start) };
}

/**
 * The part of a base64 run that is random: the whole run, or the key-length windows of a run built from words that are
 * random on their own (a key glued to words, evidence.ts randomSpanIn); undefined when none is.
 */
export function randomPart(run: string): Span | undefined {
  if (!looksRandom(run) || camelWords(run)) return undefined;
  if (run.length === 40) return wordBuiltAtKeyLength(run) ? undefined : { start: 0, end: 40 };
  return wordBuilt(run) || madeOfWords(run) ? randomSpanIn(run) : { start: 0, end: run.length };
}

/** The shortest unmasked rest read as a secret's: a key's or token's piece this long is a leak (the egress guard's window). */
const MIN_UNMASKED_REST = 16;

/**
 * The rest of a secret whose mask was applied to its start only: `***` (GitHub Actions' mask, a config dump's) glued to 16
 * or more random base64 characters. The mask names no value any reader here takes when the label before it is cut by a
 * wrap (`AWS_SECRET_ACCESS_` / `KEY: ***<rest>`) or absent; `****************ABCD` (`aws configure list`) shows four.
 */
/**
 * A path after a mask (`s3://` then a bucket's masked name, then `/Backups/Prod2024/db.sql`): it opens with `/`, or its `/`-separated
 * parts are words (randomPart finds nothing random in it).
 */
function pathAfterMask(rest: string): boolean {
  return rest.charCodeAt(0) === 47 /* / */ || (rest.includes('/') && randomPart(rest) === undefined);
}

function halfMasked(text: string, out: SecretSpan[]): void {
  for (let at = text.indexOf('***'); at >= 0; at = text.indexOf('***', at + 3)) {
    let start = at + 3;
    while (text.charCodeAt(start) === 42 /* * */) start++;
    let end = start;
    while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
    const rest = text.slice(start, end);
    if (rest.length >= MIN_UNMASKED_REST && looksRandom(rest) && !camelWords(rest) && !pathAfterMask(rest)) out.push({ start, end, kind: runKind(rest.length) });
    at = end - 3;
  }
}

/** An access key id and its secret key pasted together without a `/` in the key (`AKIA…` then 40). */
const ID_THEN_KEY = /^(?:AKIA|ASIA)[A-Z0-9]{16}[A-Za-z0-9+]{40}$/;

/**
 * A run in an IAM or STS ARN's names (`user/bob/…`, evidence.ts EvidenceSpan.arnPath 'names') that is a key: two `/`
 * inside it, or a piece of 40 (IAM names and a federated user's name are shorter). Returns where in the run the key
 * starts (the names before it stay), or -1.
 */
function keyInNames(run: string): number {
  const pieces = run.split('/');
  if (pieces.length >= 3) return 0;
  return pieces[0]!.length >= 40 ? 0 : pieces[1] !== undefined && pieces[1].length >= 40 ? pieces[0]!.length + 1 : -1;
}

/**
 * Where a key starts in an assumed role's path (`<role>/<session…>`, read from the role's start to the ARN's end), or -1.
 * An STS ARN holds the role's name only, no role path, and a session name holds no `/` (RoleSessionName `[\w+=,.@-]*`):
 * all after the role's `/` is the session name, and a `/` in it is a key's (review 34d R34d-1: a key with `/` glued after
 * `alice.smith` was read from its `/` on and let through). A key is: a whole session name of a secret access key's length,
 * or a key id and 40 after it, though a session name may be 40 random characters (a session name redacted is the lesser
 * harm than a key glued on there let through, review 33b R33b-4); or the last 40 of a longer session name after a name of
 * separated words and digits (GLUED_NAME: `botocore-session-1<40>`, `alice.smith<40>`, review 34b R34b-3), random when
 * they hold no `/`; the name stays. A session with a `/` and no such name before its last 40 goes whole, the role stays.
 * A key id alone as a session name stays: a key id is evidence anywhere.
 */
function keyInSession(path: string, endsArn: boolean): number {
  const at = path.indexOf('/') + 1;
  const session = path.slice(at);
  if (!endsArn || at === 0 || session.length < 40) return -1;
  if (session.length === 40 || ID_THEN_KEY.test(session)) return at;
  const name = session.slice(0, -40);
  if (GLUED_NAME.test(name) && (session.includes('/') || randomPart(session.slice(-40))?.end === 40)) return at + name.length;
  return session.includes('/') ? at : -1;
}

/**
 * A session name's start a key may be glued to: words and digits joined by `-`, `_`, `.` or the other characters
 * RoleSessionName allows (`[\w+=,.@-]`): `botocore-session-1`, `alice.smith`, an e-mail (`alice@example.com`, IAM
 * Identity Center's session name), `Alice=1` (review R35b-11). A bare word (`alice<40>`) is not read: a random session name's first letters read as one as often
 * (`afy` + 40, secrets-evidence), and a random name is evidence.
 */
const GLUED_NAME = /^[A-Za-z][A-Za-z0-9]{0,31}(?:[-_.@=,+][A-Za-z0-9]{1,32}){1,4}$/;

/** What may continue an ARN's path: any other character after a session name ends the ARN (`…/<40>:`, R34b-3). */
const ARN_PATH_CHAR = /[A-Za-z0-9+=,.@_/-]/;

/**
 * Runs of 40+ random base64 characters outside evidence. Found by base64-runs.ts, which reads every 40th character
 * until one is base64: a regex retries every position inside shorter runs, which made long texts slow.
 */
function randomRuns(text: string, out: SecretSpan[]): void {
  let evidence: EvidenceSpan[] | undefined;
  let e = 0;
  // Spans the other finders already found, by start: a run inside one of them changes nothing, so
  // it needs no evidence check (the common case: a labelled secret access key).
  let earlier: SecretSpan[] | undefined;
  let p = 0;
  let reach = -1;
  // The last line break before a run no evidence holds and the first one after it (-1: none; -2: not looked for yet),
  // found forward only then (the scan below stays linear), and the evidence read over it when a label
  // was cut there.
  let nl = -1;
  let next = -2;
  let cutAt = -1;
  let cutSpans: EvidenceSpan[] = [];
  for (let runAt = longBase64Run(text, 0, 40); runAt; runAt = longBase64Run(text, runAt.end, 40)) {
    const i = runAt.start;
    const j = runAt.end;
    earlier ??= [...out].sort((a, b) => a.start - b.start);
    for (; p < earlier.length && earlier[p]!.start <= i; p++) reach = Math.max(reach, earlier[p]!.end);
    const run = reach >= j ? '' : text.slice(i, j);
    const found = run === '' ? undefined : randomPart(run);
    if (found) {
      // the random part of the run, in the text (the whole run, or the key glued to words inside it)
      const a = i + found.start;
      const b = i + found.end;
      // The run's end, for the closures below: were they to capture the scan's `j` (declared per step of the loop),
      // every run of base64 characters, a word, would allocate a context for it (s35-secrets: +30 % allocated at 4 KB).
      const runEnd = j;
      evidence ??= evidenceSpans(text);
      while (e < evidence.length && evidence[e]!.end <= i) e++;
      // A label's whole value of a secret access key's exact shape (this run of 40, a sentence's full stop aside) under a
      // label of known value shapes is a key (evidence.ts EvidenceSpan.shaped).
      const keyShaped = b - a === 40;
      const isValue = (s: EvidenceSpan): boolean => s.start === a && (s.end === b || (s.end === b + 1 && text.charCodeAt(b) === 46)); /* . */
      // Where a key glued onto a path's names starts (-1: none glued): the names before it are evidence and stay.
      const gluedAt = (s: EvidenceSpan): number => {
        if (s.namesFrom === undefined) return -1;
        // A session name is read whole, from the role's start to the run's end: a `-` or `.` in it
        // (`botocore-session-1<40>`) breaks the run, and the random part may be a window of the run (`role/r/<40>`).
        const session = s.arnPath === 'session';
        const from = session ? s.namesFrom : Math.max(a, s.namesFrom);
        const to = session ? runEnd : b;
        if (to - from < 40) return -1;
        const endsArn = s.end === to || (s.end === to + 1 && text.charCodeAt(to) === 46) || !ARN_PATH_CHAR.test(text.charAt(to)); /* . */
        const at = s.arnPath === undefined ? 0 : session ? keyInSession(text.slice(from, to), endsArn) : keyInNames(text.slice(from, to));
        return at < 0 ? -1 : Math.max(a, from + at);
      };
      let start = a;
      let end = b;
      const holds = (s: EvidenceSpan): boolean => {
        if (s.start > a || s.end < b || (keyShaped && s.shaped === true && isValue(s))) return false;
        const at = gluedAt(s);
        if (at >= 0) start = Math.max(start, at);
        // a key in a session name ends the run, past a window of it
        if (at >= 0 && s.arnPath === 'session') end = runEnd;
        return at < 0;
      };
      let inside = false;
      for (let k = e; k < evidence.length && evidence[k]!.start < b; k++) if (holds(evidence[k]!)) inside = true;
      // A label a wrap cut just before this line (evidence.ts cutLabelSpans), read once per break.
      // `next` is remembered: asked again per run, indexOf would read to the end of a long line each time (quadratic).
      if (!inside) {
        if (next === -2) next = text.indexOf('\n');
        while (next >= 0 && next < i) {
          nl = next;
          next = text.indexOf('\n', next + 1);
        }
        if (nl >= 0) {
          if (cutAt !== nl) cutSpans = cutLabelSpans(text, (cutAt = nl));
          // `holds` is made per random run found, not per character (a closure over the scan's `i`/`j` allocated every step).
          inside = cutSpans.some(holds);
        }
      }
      // A 40-character run is the shape of a secret access key; longer runs are tokens or blobs.
      if (!inside) out.push({ start, end, kind: runKind(end - start) });
    }
  }
}

const noTab = (): boolean => false;

/**
 * Secret spans of a decoded view, sorted, overlapping ones merged (the first found names the kind). `tabAt` says where
 * a blank of the view was a JSON `\t` in the text it was decoded from (redact.ts), where a CLI text row's tabs may be.
 */
export function findSecretSpans(view: string, tabAt: (at: number) => boolean = noTab): SecretSpan[] {
  const found: SecretSpan[] = [];
  const judged = newJudged();
  privateKeys(view, found);
  urlPasswords(view, found);
  kubernetesSecretData(view, found, (name, value) => POINTER_WORDS.has(nameWords(name).pop() ?? '') || notASecret(value) || REFERENCE_VALUE.test(value), (name) => (AWS_SECRET_NAME.test(name) ? labelKind(name) : 'other-token'));
  labelled(view, found, judged);
  wordedKeyPieces(view, found);
  keysAfterKeyIds(view, found);
  prefixed(view, found);
  addMasks(view, found);
  // after the prefixes, so that a session token under any name is still named a session token
  namedValues(view, found, judged);
  secretFlags(view, found, judged);
  shortOptionPasswords(view, found, (value) => notASecret(value) || REFERENCE_VALUE.test(value));
  npmAuthValues(view, found, notASecret);
  printedValues(view, found, notASecret, (name, value) => remembered(judged.flags, name, flagKind) ?? namedValueKind(name, value, judged));
  spacedSecrets(view, found, judged, tabAt);
  shellEchoedSecrets(view, found, randomSecretIn);
  halfMasked(view, found);
  randomRuns(view, found);
  // the first found of spans with one start names the kind
  return mergeSpans(found);
}

/** Every regex this module runs, for the ReDoS check. */
export const DETECT_PATTERNS: RegExp[] = [PORT_AND_PATH, HOST_LIKE, HOST_AFTER, PATH_OF_NAMES, PATH_AND_QUERY, WEB_SCHEME, EMAIL_END, ARN_PATH_CHAR, GLUED_NAME, ID_THEN_KEY, CLOSING_MARKS, NOT_NAME_CHAR, MEMBER_PATH, CODE_OBJECT, CAMEL_PART, SELF_MEMBER, CUT_CALL, CALL_HEAD, SECRET_NAME_VALUE, CODE_DIGITS, NAME_PARTS, PROSE_HEAD, PROSE_OPENERS_RE, TEMPLATE_VALUE, PROSE_WORD, NEXT_WORD, ...PREFIXED.map((p) => p.re), LABELLED_SECRET, ENDS_IN_LABEL, NAMED_SECRET, AMPERSAND_ENDS, SECRET_HINT, PAIR_NAME, PAIR_VALUE, PAIR_STOP, PAIR_VALUE_AT, SECRET_FLAG, NEXT_FIELD, GROUP_GAP, KEY_END, WORDED_KEY_LABEL, PIECE_GAP, LINE_REST, UPPER_SNAKE, PASS_IN_NAME, USER_PASSWORD, GROUP_NAME, FETCH_COMMAND, SHELL_SET, CALL_NAME_VALUE, ENV_TABLE_HEADER, ENV_TABLE_ROW, ENV_ONE_VALUE_ROW, ENV_BLOCK_ROW, UPPER_HINT, XML_SECRET, TF_VARIABLE, TF_DEFAULT, NAME_CHAR, AWS_KEY_SHAPE, NOT_A_SECRET, PLACEHOLDER, EMULATOR_DUMMY, NOT_AN_AWS_SECRET, AWS_SECRET_NAME, REFERENCE_VALUE, BEGIN_PRIVATE_KEY, END_MARK, PEM_BODY, URL_USERINFO, ...SHORT_OPTION_PATTERNS, ...NPM_AUTH_PATTERNS, ...PRINTED_VALUE_PATTERNS, ...SHELL_ECHO_PATTERNS, ...CLI_OUTPUT_ROW_PATTERNS, ...PLAIN_WORDS_PATTERNS, ...KUBERNETES_SECRET_PATTERNS, ...KEY_POSITION_PATTERNS, ADD_MASK, ENTITY_LIKE, CAMEL_JOIN, WORD_BREAKS, PASCAL_START, ACRONYM_START, ERROR_CLASS_END, LOWER_LETTER, UPPER_LETTER, DIGIT_OR_PUNCTUATION, BLANK];
