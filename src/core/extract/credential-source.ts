/**
 * Where the credentials came from, in the `aws configure list` TYPE vocabulary: configure list rows
 * (old and new table formats), `--debug` "Found credentials …" lines, Terraform/Go `credentials_source=`,
 * Serverless `Credentials: Local, "x" profile`, env dumps, credentials-file excerpts and JSON
 * credentials. Also the profile, session-token presence and problems inside key values.
 */
import type { CredentialSource } from '../diagnosis';
import { addKeyHint, BASE64_PUNCTUATION, hintFromId, keyHintCounts } from './key-ids';
import { liveFilter, wordGate } from './anchors';
import { addSignal, setFact } from './draft';
import type { Draft, ExtractContext, Extractor } from './types';
import { allMatches } from '../all-matches';
import { CREDENTIAL_PREFIXES } from '../key-id';
import { SESSION_TOKEN_NAMES } from './token-names';
import { GO_PROVIDER_SOURCES } from './go-providers';
import { notARole, ROLE_ARN_PATTERNS } from './role-arn';
import { notARegionValue, REGION_NAME } from './region-endpoint';
import { type PrintedVariable, PRINTED_VARIABLE_PATTERNS, printedVariables } from '../printed-variable';

/** An access key id value starts with one of the credential prefixes (AWS's or LocalStack's). */
const CREDENTIAL_START = new RegExp(`^(?:${CREDENTIAL_PREFIXES.join('|')})`, 'i');

const CONFIGURE_TYPES: Record<string, CredentialSource> = {
  env: 'env',
  'shared-credentials-file': 'shared-credentials-file',
  'config-file': 'config-file',
  'assume-role': 'assume-role',
  'assume-role-with-web-identity': 'assume-role-with-web-identity',
  sso: 'sso',
  'custom-process': 'custom-process',
  'container-role': 'container-role',
  'iam-role': 'iam-role',
  'ec2-credentials-file': 'shared-credentials-file',
  // The CLI's own help example spells it with an underscore (awscli/customizations/configure/list.py).
  config_file: 'config-file',
  'boto-config': 'config-file',
  login: 'login',
  explicit: 'explicit',
};

/** Old `aws configure list` rows: `  access_key     ****************ABCD shared-credentials-file`. */
const CONFIGURE_ROW_OLD = /^[#\s]{0,8}(profile|access_key|secret_key|region)\s{1,40}(<not set>|\S{1,100})\s{1,40}(\S{1,40})(?:\s{1,40}(\S[^\n]{0,200}))?$/;
/** New rows (CLI v2 >= 2.31): `access_key : ****************ABCD : shared-credentials-file : `. */
const CONFIGURE_ROW_NEW = /^[#\s]{0,8}(profile|access_key|secret_key|region)\s{0,20}:\s{0,4}(<not set>|\S{1,100})\s{0,40}:\s{0,4}(\S{1,40})\s{0,40}(?::\s{0,4}([^\n]{0,200}))?$/;

/**
 * The access_key row inside a line that lost its line breaks (an issue title, a chat client that joined the
 * table): only the credential row, and only with a TYPE value the CLI prints.
 */
const CONFIGURE_ROW_FLAT = /\b(access_key)\s{1,40}(<not set>|\*{4,20}[A-Za-z0-9]{0,4})\s{1,40}(None|env|shared-credentials-file|config-file|config_file|assume-role-with-web-identity|assume-role|sso|custom-process|container-role|iam-role|ec2-credentials-file|boto-config|login|explicit)\b/;

/**
 * A configure-list row as pasted: the CLI right-aligns names in 10 columns, and issue threads add list
 * indentation, `> ` quote marks or markdown table pipes around it.
 */
function configureRowText(line: string): string {
  const bare = line.replace(ROW_INDENT, '').trimEnd();
  return bare.startsWith('|') ? bare.replace(ROW_EDGE_PIPES, '').replace(ROW_PIPE, '   ') : bare;
}
/* The per-line and per-value tests below are compiled once: a regex literal in a function is a new object on every call. */
const ROW_INDENT = /^[\s>]{0,24}/;
const ROW_EDGE_PIPES = /^\|\s{0,4}|\s{0,4}\|(?:\s{0,4}\|)?\s{0,4}$/g;
const ROW_PIPE = /\s{0,4}\|\s{0,4}/g;
/** A configure-list table joined onto one line (its access_key row, then its secret_key row). */
const JOINED_ROWS = /\baccess_key\b.{0,200}\bsecret_key\b/;
const PLACEHOLDER = /^(?:\$\{|\$\(|\$[A-Za-z_]|\*{3}|<[^>]{0,40}>|%[A-Z_]{1,40}%|xxx|YOUR_|None$|null$)/i;
const BLANK = /\s/;
const BLANKS = /\s+/g;
const MOCK_KEY_ID = /^[A-Za-z0-9_-]{1,15}$/;
const OPENING_QUOTE = /^["']/;
const BLANK_BEFORE_CLOSING_QUOTE = /\[REDACTED:[a-z-]{1,30}\] {1,8}["']/;
const BLANK_AFTER_OPENING_QUOTE = /["'] {1,8}\[REDACTED/;

const DEBUG_FOUND: Array<{ re: RegExp; source: CredentialSource }> = [
  { re: /Found credentials in environment variables/i, source: 'env' },
  { re: /Found credentials in shared credentials file/i, source: 'shared-credentials-file' },
  { re: /Credentials found in config file/i, source: 'config-file' },
  { re: /Found credentials from IAM Role/i, source: 'iam-role' },
  { re: /Found credentials in AWS_CREDENTIAL_FILE/i, source: 'shared-credentials-file' },
  { re: /Found credentials in boto config file/i, source: 'config-file' },
];
const DEBUG_LOOKING = /Looking for credentials via: ([a-z-]{2,40})/;

const GO_SOURCE = /(?:credentials_source|Source)\s{0,2}[=:]\s{0,2}"?([A-Za-z0-9]{3,40})/;
const SLS_CREDENTIALS = /^\s{0,8}Credentials:\s{0,4}(?:Local,\s{0,4}(?:"([^"]{1,64})" profile|(environment variables))|([^\n]{1,80}))/;
const SIGNED_HEADERS = /SignedHeaders=([a-z0-9;-]{3,600})/;
const PROFILE_FLAG = /(?:^|\s)--(?:aws-)?profile[ =]["']?([\w.@-]{1,64})/;
const SLS_PROFILE = /Using AWS profile:\s{0,4}([\w.@-]{1,64})/;
/**
 * A profile pinned in SDK client code (QA 38 F4): PHP's `'profile' => 'default'` (aws/aws-sdk-php#1907: the client
 * with it read only ~/.aws/credentials and ignored the keys in the environment), JS v3's `fromIni({ profile: 'x' })`,
 * Java v2's `ProfileCredentialsProvider.create("x")`, Go v2's `config.WithSharedConfigProfile("x")`.
 */
const SDK_PROFILE = /['"]profile['"]\s{0,4}=>\s{0,4}['"]([\w.@-]{1,64})['"]|\bfromIni\(\s{0,4}\{\s{0,4}profile:\s{0,4}['"]([\w.@-]{1,64})['"]|\bProfileCredentialsProvider\.create\(\s{0,4}"([\w.@-]{1,64})"|\bWithSharedConfigProfile\(\s{0,4}"([\w.@-]{1,64})"/;

/** `NAME=value` anywhere in a line (env dumps, inline `VAR=x cmd`, docker -e, .env files). */
const ENV_ASSIGN = /(?<![A-Za-z0-9_])(\$env:)?(AWS_[A-Z0-9_]{2,50})\s{0,2}=\s{0,2}("[^"\n]{0,400}"?|'[^'\n]{0,400}'?|[^\s"';]{0,400})/g;
/** The names handleEnv reads when a shell printed one (printed-variable.ts): the same fact as `NAME=value`. */
const AWS_NAME = /^AWS_[A-Z0-9_]{2,50}$/;
/** Credentials/config file lines: `aws_access_key_id = AKIA…`. */
/**
 * PowerShell's environment listing (`Get-ChildItem Env:AWS*`, `dir env:`, `gci env: | findstr AWS`): a `Name  Value` table,
 * one variable a row, the name at the line's start and two or more blanks before its value (QA37 F15). Read as `env | grep
 * AWS_` is, but only where the text shows such a table (its header) or the command that prints one (the header is then
 * often filtered away by findstr or Select-String).
 */
const ENV_TABLE_SHOWN = /^Name[ \t]{2,80}Value[ \t]{0,40}$|\b(?:Get-ChildItem|gci|dir|ls|gi|Get-Item)[ \t]{1,4}env:/im;
const ENV_TABLE_ROW = /^(AWS_[A-Z0-9_]{2,50})[ \t]{2,80}(\S[^\n]{0,400})$/;
/** A string literal closed and followed by an argument's comma or a closing bracket (code, not an INI value). */
const CODE_ARGUMENT = /^(["'])([^"'\n]{0,200})\1\s{0,4}[,)\]}]/;
const INI_ASSIGN = /^\s{0,8}(aws_[a-z_]{2,40}|region|role_arn|source_profile|credential_source|credential_process|mfa_serial|sso_[a-z_]{2,30}|web_identity_token_file)\s{0,8}=\s{0,8}([^\n]{0,400})$/;
const INI_SECTION = /^\s{0,4}\[(?:profile\s{1,4})?([\w.@-]{1,64})\]\s{0,4}$/;
/** JSON credentials (assume-role output, container endpoint, credential_process). */
const JSON_FIELD = /"(AccessKeyId|SecretAccessKey|SessionToken|Expiration|aws_access_key_id|aws_session_token)"\s{0,3}:\s{0,3}"([^"\n]{0,400})"/g;
/** GitHub Actions / YAML inputs. */
const YAML_INPUT = /^\s{0,40}-?\s{0,4}(aws-access-key-id|aws-secret-access-key|aws-session-token|role-to-assume|aws-region|role-session-name)\s{0,4}:\s{0,4}([^\n]{0,400})$/;

/**
 * A session token set in the other shapes people paste: a YAML env map (`AWS_SESSION_TOKEN: …` in a
 * workflow, compose file or pod spec), a presigned URL's query, any of the token's names given a value
 * (extract/token-names.ts: SDK code's `sessionToken: '…'`, `SessionToken: aws.String(…)`, an R call's
 * `session_token = '…'`, an aligned YAML `session_token:     …`), `aws configure set aws_session_token …`, and the container/instance
 * credentials JSON's `"Token"` (its other fields are JSON_FIELD's).
 */
const TOKEN_ELSEWHERE = [
  /^\s{0,40}-?\s{0,4}AWS_(?:SESSION|SECURITY)_TOKEN\s{0,4}:\s{0,4}([^\n]{0,400})$/,
  /[?&]X-Amz-Security-Token=([^&\s"']{0,400})/i,
  new RegExp(`\\b(?:${SESSION_TOKEN_NAMES})\\b["']?\\s{0,4}[:=]\\s{0,16}(\\[REDACTED(?::[a-z-]{1,30})?\\]|["'][^"'\\n]{0,400}["']?|[^\\s,;)}"']{1,400})`),
  /\baws configure set (?:[\w-]{1,40}\.)?aws_session_token[ \t]{1,4}(\S{1,400})/,
  /"AccessKeyId"\s{0,3}:.{0,400}"Token"\s{0,3}:\s{0,3}("[^"\n]{0,400}")/,
];
/** Terraform's provider block: a bare `token = "…"` is the session token when the block sets `access_key`. */
const TERRAFORM_TOKEN = /^\s{0,8}token\s{0,8}=\s{0,8}("[^"\n]{0,400}")/;
const TERRAFORM_KEY = /^\s{0,8}access_key\s{0,8}=/m;
/** Not a value. (Extraction reads redacted text: what the redactor took for a token, e.g. `sessionToken: string;`, reads as set.) */
const NULLISH = /^(?:null|undefined|none|nil|<not set>|\(?not set\)?|unset|empty)$/i;

const WRONG_VAR_NAMES = /^(?:AWS_SECRET_ACCESS_KEY_ID|AWS_ACCESS_KEY_SECRET|AWS_ACCESSKEYID|AWS_ACCESSKEY_ID|AWS_KEY_ID|AWS_SECRET|AWS_SECRET_KEY_ID|AWS_TOKEN|AWS_SESSIONTOKEN|AWS_SECRETKEY|AWS_ACCESS_KEY_ID_|aws_access_key|aws_secret_key|aws_secret_access_key_id|aws_access_key_secret)$/;

interface EnvState {
  keySet: boolean;
  secretSet: boolean;
  tokenSet: boolean;
  tokenEmpty: boolean;
  profileSet: boolean;
  envLines: number;
  iniKeys: boolean;
  iniToken: boolean;
  lastLooking?: { source: string; line: number };
  firstEnvLine?: number;
}

function withoutTrailingCommas(t: string): string {
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) === 44) end--;
  return t.slice(0, end);
}

function unquote(v: string): { value: string; quoted: boolean; innerSpace: boolean } {
  const t = v.trim();
  // Most values (every line of an env dump) open with no quote: the pattern below cannot match them.
  const open = t.charCodeAt(0);
  // An unquoted value ends at a space, so a comma of the sentence around it stays on ("forces AWS_PROFILE=default, cant
  // clear it", QA36 F15): no profile, region or key value ends in one. (A full stop is left: `=undefined.` is read
  // as printed, aws/aws-toolkit-azure-devops#112.)
  if (open !== 34 && open !== 39) return { value: withoutTrailingCommas(t), quoted: false, innerSpace: false };
  const q = /^(["'])([^\n]*?)\1?$/.exec(t);
  if (q) {
    const inner = q[2]!;
    return { value: inner.trim(), quoted: true, innerSpace: inner !== inner.trim() };
  }
  return { value: t, quoted: false, innerSpace: false };
}

function isPlaceholder(v: string): boolean {
  return v === '' || PLACEHOLDER.test(v);
}

/** Examine the value put in an access-key-id slot. */
function keyIdValue(ctx: ExtractContext, draft: Draft, raw: string, n: number, style: 'env' | 'ini' | 'json' | 'yaml' | 'code'): void {
  const { value, quoted, innerSpace } = unquote(raw);
  if (isPlaceholder(value)) return;
  const at = ctx.loc(n);
  if (value.startsWith('[REDACTED:')) {
    addSignal(draft, 'key.secret-in-key-slot', at);
    return;
  }
  if (innerSpace || BLANK.test(value)) addSignal(draft, 'value.whitespace', at, 'access key id');
  if (quoted && style === 'ini') addSignal(draft, 'value.quotes', at, 'access key id');
  const compact = value.replace(BLANKS, '');
  if (CREDENTIAL_START.test(compact)) {
    // A hint that cannot count (key-ids.ts) is not judged: its kind and shape are already said.
    if (keyHintCounts(draft, compact)) {
      const hint = addKeyHint(draft, hintFromId(compact, at));
      addSignal(draft, `key.kind.${hint.kind}`, at, `${hint.prefix}…${hint.last4 ?? ''}`);
      if (hint.problems?.length) addSignal(draft, 'key.shape-problem', at, hint.problems.join('; '));
    }
    if (BASE64_PUNCTUATION.test(compact)) addSignal(draft, 'key.secret-in-key-slot', at);
  } else if (MOCK_KEY_ID.test(compact)) {
    // "test", "foobar123", "dummy": a LocalStack/mock key id.
    addKeyHint(draft, { prefix: '', last4: compact.slice(-4), kind: 'mock', complete: false, problems: ['not an AWS key id (LocalStack/mock value)'], at });
    addSignal(draft, 'key.kind.mock', at, 'mock key id');
  } else {
    addKeyHint(draft, { prefix: compact.slice(0, 4), last4: compact.slice(-4), kind: 'unknown', complete: false, problems: ['does not start with a known prefix (AKIA, ASIA, …)'], at });
    addSignal(draft, 'key.shape-problem', at, 'unknown prefix');
  }
}

function secretValue(ctx: ExtractContext, draft: Draft, raw: string, n: number, style: 'env' | 'ini' | 'json' | 'yaml' | 'code'): void {
  const t = raw.trim();
  if (isPlaceholder(t.replace(OPENING_QUOTE, ''))) return;
  const at = ctx.loc(n);
  // Redacted already: only the surroundings can be judged.
  if (BLANK_BEFORE_CLOSING_QUOTE.test(t) || BLANK_AFTER_OPENING_QUOTE.test(t)) addSignal(draft, 'value.whitespace', at, 'secret');
  if (style === 'ini' && OPENING_QUOTE.test(t)) addSignal(draft, 'value.quotes', at, 'secret');
}

function tokenValue(draft: Draft, state: EnvState, raw: string, at: ReturnType<ExtractContext['loc']>, rank: number): void {
  const { value } = unquote(raw);
  if (value === '') {
    state.tokenEmpty = true;
    return;
  }
  state.tokenSet = true;
  setFact(draft, 'sessionTokenPresent', true, at, rank);
}

function handleEnv(ctx: ExtractContext, draft: Draft, state: EnvState, name: string, raw: string, n: number): void {
  const at = ctx.loc(n);
  state.envLines++;
  state.firstEnvLine ??= n;
  if (WRONG_VAR_NAMES.test(name)) addSignal(draft, 'value.wrong-var-name', at, name);
  const { value } = unquote(raw);
  switch (name) {
    case 'AWS_ACCESS_KEY_ID':
    case 'AWS_ACCESS_KEY':
      if (value !== '') {
        state.keySet = true;
        addSignal(draft, 'env.access-key-set', at);
        keyIdValue(ctx, draft, raw, n, 'env');
      }
      break;
    case 'AWS_SECRET_ACCESS_KEY':
    case 'AWS_SECRET_KEY':
      if (value !== '') state.secretSet = true;
      secretValue(ctx, draft, raw, n, 'env');
      break;
    case 'AWS_SESSION_TOKEN':
    case 'AWS_SECURITY_TOKEN':
      tokenValue(draft, state, raw, at, 2);
      break;
    case 'AWS_PROFILE':
    case 'AWS_DEFAULT_PROFILE':
      if (value !== '' && !isPlaceholder(value)) {
        state.profileSet = true;
        setFact(draft, 'profile', value, at, 3);
        addSignal(draft, 'env.profile-set', at, value);
      }
      break;
    case 'AWS_REGION':
    case 'AWS_DEFAULT_REGION':
      if (REGION_NAME.test(value)) setFact(draft, 'region', value, at, 3);
      break;
    case 'AWS_ENDPOINT_URL':
    case 'AWS_ENDPOINT_URL_STS':
      if (value) addSignal(draft, 'env.endpoint-url', at, value.slice(0, 80));
      break;
    case 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI':
    case 'AWS_CONTAINER_CREDENTIALS_FULL_URI':
      setFact(draft, 'runtime', 'ecs', at, 3);
      // The platform role shown in the listing (not a platform named in prose): env keys beside it shadow it.
      addSignal(draft, 'env.platform-role', at, name);
      break;
    case 'AWS_WEB_IDENTITY_TOKEN_FILE':
      addSignal(draft, 'env.web-identity', at);
      addSignal(draft, 'env.platform-role', at, name);
      break;
    case 'AWS_ROLE_ARN':
      addSignal(draft, 'env.web-identity', at);
      break;
    case 'AWS_LAMBDA_FUNCTION_NAME':
      setFact(draft, 'runtime', 'lambda', at, 3);
      break;
    default:
      break;
  }
}

function configureRow(ctx: ExtractContext, draft: Draft, m: RegExpExecArray, n: number): void {
  const [, name, value, type] = m as unknown as [string, string, string, string];
  const at = ctx.loc(n);
  addSignal(draft, 'configure-list.row', at);
  if (name === 'access_key') {
    const source = CONFIGURE_TYPES[type];
    if (value === '<not set>' || type === 'None') setFact(draft, 'credentialSource', 'none', at, 1);
    else if (source) setFact(draft, 'credentialSource', source, at, 1);
    if (source) addSignal(draft, `source.${source}`, at, 'aws configure list');
    if (value === '<not set>') addSignal(draft, 'source.none', at, 'aws configure list');
  } else if (name === 'profile') {
    if (value === '<not set>') addSignal(draft, 'profile.not-set', at, 'profile <not set>: the default profile');
    else {
      setFact(draft, 'profile', value, at, 1);
      addSignal(draft, type === 'env' ? 'env.profile-set' : 'profile.explicit', at, value);
    }
  } else if (name === 'region' && REGION_NAME.test(value)) {
    setFact(draft, 'region', value, at, 2);
  } else if (name === 'region' && notARegionValue(value)) {
    // `region  dev  config-file`: a profile name or a typo where the region goes (QA36 F22).
    setFact(draft, 'regionInvalid', value, at, 1);
  }
}

/** The print commands printedVariables looks for, lowercased: without one it reads nothing (and its includes cost a pass each). */
const PRINT_WORDS = ['echo', 'printenv', '$env:'];
/** Words whose absence from the lowercased text spares a per-line regex or a pass over the text (answered by the shared literal scan). */
const wordsIn = wordGate(['x-amz-security-token', 'ource', ...PRINT_WORDS]);

/** What each per-line reader needs somewhere in the text (a regex over the whole text each). */
const CONFIGURE_WORD = /access_key|secret_key|profile|region/;
const DEBUG_WORD = /redentials|via:/;
const INI_LINE = /^\s{0,8}(?:aws_|region|role_arn|source_profile|credential_|sso_|web_identity)/m;
/** The words one of which INI_LINE needs. */
const INI_WORD = /aws_|region|role_arn|source_profile|credential_|sso_|web_identity/;
const TOKEN_WORD = /token/i;
/** Per-line tests, compiled once (a regex literal inside the line loop is a new object on every line). */
const PROFILE_ROW_TYPE = /<not set>|manual|env|None|config-file/;
const TOKEN_HEADER = /x-amz-security-token['"]?:/i;
const INI_LINE_START = /^\s{0,8}(?:aws_|region|role_arn|source_profile|credential_|mfa_serial|sso_|web_identity)/;
/**
 * A whole-text regex costs a full pass over a long paste when its words are absent, the common case: the shared
 * literal scan (liveFilter) answers that first, and the regex runs only where its words are. Same answers.
 */
const gatesLive = liveFilter([CONFIGURE_WORD, DEBUG_WORD, INI_WORD, TOKEN_WORD, TERRAFORM_KEY, ENV_TABLE_SHOWN]);

export const extractCredentialSource: Extractor = (ctx, draft) => {
  const words = wordsIn(ctx.lower);
  const tokenHeader = words('x-amz-security-token');
  const state: EnvState = { keySet: false, secretSet: false, tokenSet: false, tokenEmpty: false, profileSet: false, envLines: 0, iniKeys: false, iniToken: false };
  const t = ctx.text;
  const live = gatesLive(ctx.lower);
  const has = {
    configure: live[0]! && CONFIGURE_WORD.test(t),
    debug: live[1]! && DEBUG_WORD.test(t),
    source: words('ource') && t.includes('ource'),
    env: t.includes('AWS_'),
    envTable: live[5]! && t.includes('AWS_') && ENV_TABLE_SHOWN.test(t),
    quote: t.includes('"'),
    yaml: t.includes('aws-') || t.includes('role-'),
    token: live[3]! && TOKEN_WORD.test(t),
    terraformKey: live[4]! && t.includes('access_key') && TERRAFORM_KEY.test(t),
  };
  // Whether a credentials-file line stands anywhere (INI_LINE), asked only once a line opens like one: a pass over the
  // whole text (2 ms on a 1 MB log) that a log with no such line never needs.
  let ini: boolean | undefined;
  const hasIni = (): boolean => (ini ??= live[2]! && INI_LINE.test(t));
  // A printed variable's value, by its line: read in line order with the other env lines.
  const printedOn = new Map<number, PrintedVariable[]>();
  for (const p of has.env && PRINT_WORDS.some(words) ? printedVariables(t) : []) {
    if (!p.word || !AWS_NAME.test(p.name)) continue;
    const n = ctx.lineOf(p.start);
    printedOn.set(n, [...(printedOn.get(n) ?? []), p]);
  }
  ctx.lines.forEach((line, i) => {
    const n = i + 1;
    // Asked, not defaulted to `[]`: that built an empty array for every line of the paste (an env dump has tens of thousands).
    const printed = printedOn.get(n);
    if (printed) for (const p of printed) handleEnv(ctx, draft, state, p.name, p.value, n);
    if (line.length < 4) return;
    if (has.configure && CONFIGURE_WORD.test(line)) {
      const trimmed = configureRowText(line);
      // A joined table holds several rows on one line: read its credential row, not the first name.
      const joined = JOINED_ROWS.test(trimmed);
      const row = (joined ? CONFIGURE_ROW_FLAT.exec(trimmed) : null) ?? CONFIGURE_ROW_NEW.exec(trimmed) ?? CONFIGURE_ROW_OLD.exec(trimmed) ?? CONFIGURE_ROW_FLAT.exec(trimmed);
      if (row && (row[1] !== 'profile' || PROFILE_ROW_TYPE.test(line))) configureRow(ctx, draft, row, n);
    }
    if (has.debug && DEBUG_WORD.test(line)) {
      for (const d of DEBUG_FOUND) {
        if (d.re.test(line)) {
          setFact(draft, 'credentialSource', d.source, ctx.loc(n), 1);
          addSignal(draft, `source.${d.source}`, ctx.loc(n), 'debug log');
        }
      }
      const looking = DEBUG_LOOKING.exec(line);
      if (looking) state.lastLooking = { source: looking[1]!, line: n };
    }
    if (has.source && line.includes('ource')) {
      const go = GO_SOURCE.exec(line);
      const src = go ? GO_PROVIDER_SOURCES[go[1]!] : undefined;
      if (src) {
        setFact(draft, 'credentialSource', src, ctx.loc(n), 1);
        addSignal(draft, `source.${src}`, ctx.loc(n), go![1]);
      }
    }
    if (line.includes('Credentials:')) {
      const sls = SLS_CREDENTIALS.exec(line);
      if (sls?.[1]) {
        setFact(draft, 'credentialSource', 'shared-credentials-file', ctx.loc(n), 2);
        setFact(draft, 'profile', sls[1], ctx.loc(n), 2);
        addSignal(draft, 'source.shared-credentials-file', ctx.loc(n), 'serverless');
        addSignal(draft, sls[1] === 'default' ? 'profile.default-used' : 'profile.explicit', ctx.loc(n), sls[1]);
      } else if (sls?.[2]) {
        setFact(draft, 'credentialSource', 'env', ctx.loc(n), 2);
        addSignal(draft, 'source.env', ctx.loc(n), 'serverless');
      }
    }
    const flag = line.includes('profile') ? PROFILE_FLAG.exec(line) : null;
    if (flag) {
      setFact(draft, 'profile', flag[1]!, ctx.loc(n), 2);
      addSignal(draft, 'profile.explicit', ctx.loc(n), flag[1]);
    }
    const pinned = /profile/i.test(line) ? SDK_PROFILE.exec(line) : null;
    const pinnedName = pinned?.slice(1).find((x) => x !== undefined);
    if (pinnedName) {
      setFact(draft, 'profile', pinnedName, ctx.loc(n), 2);
      addSignal(draft, pinnedName === 'default' ? 'profile.default-used' : 'profile.explicit', ctx.loc(n), pinnedName);
    }
    const slsProfile = line.includes('Using AWS profile') ? SLS_PROFILE.exec(line) : null;
    if (slsProfile) {
      setFact(draft, 'profile', slsProfile[1]!, ctx.loc(n), 2);
      if (slsProfile[1] === 'default') addSignal(draft, 'profile.default-used', ctx.loc(n));
    }
    if (has.envTable && line.startsWith('AWS_')) {
      const row = ENV_TABLE_ROW.exec(line);
      if (row) handleEnv(ctx, draft, state, row[1]!, row[2]!.trimEnd(), n);
    }
    if (has.env && line.includes('AWS_')) {
      for (const m of allMatches(ENV_ASSIGN, line)) {
        handleEnv(ctx, draft, state, m[2]!, m[3] ?? '', n);
        // `cat -A` shows a trailing space as " $", a tab as "^I" and a no-break space as "M-BM- ".
        // Both tests need a character every ordinary line lacks (a `$` at the end, an `M-` or `^I`): an env dump's
        // thousands of lines are passed over without a copy of their rest.
        const v = m[3] ?? '';
        if ((line.endsWith('$') && /^(?: |\^I|M-BM- ){1,8}\$$/.test(line.slice((m.index ?? 0) + m[0].length))) || ((v.includes('M-') || v.includes('^I')) && /M-BM-|M-bM-\^@M-\^K|\^I/.test(v))) addSignal(draft, 'value.whitespace', ctx.loc(n), `${m[2]} has invisible trailing characters`);
      }
    }
    if (line.includes('SignedHeaders=') || (tokenHeader && TOKEN_HEADER.test(line))) {
      const sh = SIGNED_HEADERS.exec(line);
      const sent = sh ? sh[1]!.includes('x-amz-security-token') : true;
      setFact(draft, 'sessionTokenPresent', sent, ctx.loc(n), 2);
    }
    if (INI_LINE_START.test(line) && hasIni()) {
      const ini = INI_ASSIGN.exec(line);
      // A quoted literal then a comma or a bracket is a keyword argument in code (boto3.resource(…, aws_access_key_id='foo',)),
      // not a credentials file: its quotes are the language's, so they are no damage (QA37 F13, boto/boto3#1691).
      const argument = ini ? CODE_ARGUMENT.exec(ini[2]!) : null;
      if (ini && argument) {
        if (ini[1] === 'aws_access_key_id') keyIdValue(ctx, draft, argument[2]!, n, 'code');
        else if (ini[1] === 'aws_secret_access_key') secretValue(ctx, draft, argument[2]!, n, 'code');
      } else if (ini) {
        const [, name, raw] = ini as unknown as [string, string, string];
        const at = ctx.loc(n);
        addSignal(draft, 'credentials-file.line', at);
        if (WRONG_VAR_NAMES.test(name)) addSignal(draft, 'value.wrong-var-name', at, name);
        if (name === 'aws_access_key_id') {
          state.iniKeys = true;
          keyIdValue(ctx, draft, raw, n, 'ini');
        } else if (name === 'aws_secret_access_key') secretValue(ctx, draft, raw, n, 'ini');
        else if (name === 'aws_session_token' || name === 'aws_security_token') {
          state.iniToken = true;
          tokenValue(draft, state, raw, at, 3);
        } else if (name === 'role_arn' || name === 'source_profile') {
          addSignal(draft, 'config.assume-role', at);
          const kind = name === 'role_arn' ? notARole(raw) : undefined;
          if (kind) addSignal(draft, 'config.role-arn-not-role', at, `role_arn names ${kind === 'root' ? 'the account root' : `a ${kind}`}, not a role`);
        }
        // A profile that asks for an MFA code (botocore's and the SDKs' mfa_serial): a role profile with it needs a code
        // from whatever assumes it, which many tools never ask for (rules/causes/role-credentials-unavailable.ts).
        else if (name === 'mfa_serial') addSignal(draft, 'config.mfa-serial', at);
        else if (name.startsWith('sso_')) addSignal(draft, 'config.sso', at);
        else if (name === 'credential_process') addSignal(draft, 'config.process', at);
      }
    }
    if (line.includes('[')) {
      const sec = INI_SECTION.exec(line);
      if (sec) addSignal(draft, 'credentials-file.section', ctx.loc(n), sec[1]);
    }
    if (has.quote && line.includes('"')) {
      for (const m of allMatches(JSON_FIELD, line)) {
        const at = ctx.loc(n);
        if (m[1] === 'AccessKeyId' || m[1] === 'aws_access_key_id') keyIdValue(ctx, draft, m[2]!, n, 'json');
        else if (m[1] === 'SessionToken' || m[1] === 'aws_session_token') tokenValue(draft, state, m[2]!, at, 3);
        else if (m[1] === 'Expiration') addSignal(draft, 'credentials.expiration', at, m[2]!.slice(0, 40));
      }
    }
    if (has.token && TOKEN_WORD.test(line)) {
      // The entries overlap (a YAML `AWS_SESSION_TOKEN: …` is also one of the token's names): the first value found is the line's.
      for (const re of TOKEN_ELSEWHERE) {
        const m = re.exec(line);
        const raw = m ? m[1]!.trim() : '';
        const { value } = unquote(raw);
        if (!m || NULLISH.test(value)) continue;
        tokenValue(draft, state, raw, ctx.loc(n), 3);
        if (value !== '') break;
      }
      const tf = has.terraformKey ? TERRAFORM_TOKEN.exec(line) : null;
      if (tf) tokenValue(draft, state, tf[1]!, ctx.loc(n), 3);
    }
    if (has.yaml && (line.includes('aws-') || line.includes('role-'))) {
      const y = YAML_INPUT.exec(line);
      if (y) {
        const at = ctx.loc(n);
        addSignal(draft, 'gha.input', at, y[1]);
        if (y[1] === 'aws-access-key-id') keyIdValue(ctx, draft, y[2]!, n, 'yaml');
        else if (y[1] === 'aws-session-token') tokenValue(draft, state, y[2]!, at, 3);
        else if (y[1] === 'role-to-assume') addSignal(draft, unquote(y[2]!).value === '' ? 'gha.role-empty' : 'gha.role-set', at);
      }
    }
  });
  if (state.lastLooking) {
    const src = CONFIGURE_TYPES[state.lastLooking.source];
    if (src) setFact(draft, 'credentialSource', src, ctx.loc(state.lastLooking.line), 4);
  }
  if (state.keySet) {
    // Env keys beat profiles and files in the CLI and boto3 (docs/aws-domain.md §4.1).
    setFact(draft, 'credentialSource', 'env', ctx.loc(state.firstEnvLine ?? 1), 6);
    if (state.profileSet) addSignal(draft, 'env.keys-and-profile', ctx.loc(state.firstEnvLine ?? 1));
    if (!state.tokenSet && state.envLines >= 2) setFact(draft, 'sessionTokenPresent', false, ctx.loc(state.firstEnvLine ?? 1), 7);
    if (!state.secretSet && state.envLines >= 2) addSignal(draft, 'env.secret-missing', ctx.loc(state.firstEnvLine ?? 1));
  }
  if (state.iniKeys && !state.tokenSet) setFact(draft, 'sessionTokenPresent', false, undefined, 8);
  if (state.tokenEmpty && !state.tokenSet) setFact(draft, 'sessionTokenPresent', false, undefined, 6);
};

export const CREDENTIAL_SOURCE_PATTERNS: RegExp[] = [
  CONFIGURE_WORD,
  DEBUG_WORD,
  INI_LINE,
  INI_WORD,
  TOKEN_WORD,
  PROFILE_ROW_TYPE,
  TOKEN_HEADER,
  INI_LINE_START,
  CODE_ARGUMENT,
  ENV_TABLE_SHOWN,
  ENV_TABLE_ROW,
  ...TOKEN_ELSEWHERE,
  TERRAFORM_TOKEN,
  TERRAFORM_KEY,
  NULLISH,
  CONFIGURE_ROW_OLD,
  CONFIGURE_ROW_NEW,
  CONFIGURE_ROW_FLAT,
  ...DEBUG_FOUND.map((d) => d.re),
  DEBUG_LOOKING,
  GO_SOURCE,
  SLS_CREDENTIALS,
  SLS_PROFILE,
  SDK_PROFILE,
  PROFILE_FLAG,
  SIGNED_HEADERS,
  ENV_ASSIGN,
  AWS_NAME,
  ...PRINTED_VARIABLE_PATTERNS,
  INI_ASSIGN,
  INI_SECTION,
  JSON_FIELD,
  YAML_INPUT,
  WRONG_VAR_NAMES,
  ...ROLE_ARN_PATTERNS,
  ROW_INDENT,
  ROW_EDGE_PIPES,
  ROW_PIPE,
  JOINED_ROWS,
  PLACEHOLDER,
  BLANK,
  BLANKS,
  MOCK_KEY_ID,
  OPENING_QUOTE,
  BLANK_BEFORE_CLOSING_QUOTE,
  BLANK_AFTER_OPENING_QUOTE,
];
