/**
 * Evidence that is not an error line: a presigned URL signed with a temporary key but carrying no
 * X-Amz-Security-Token, an empty security-token request header, a framework's config dump with a
 * temporary key and a null token, an `aws configure list` whose every row is <not set>, LocalStack's
 * dummy keys or a LocalStack mention next to a real AWS endpoint, and Terraform's "AWS Auth provider
 * used" debug line. Each becomes a signal (and a fact where one fits) with its line.
 */
import { CATALOGUE } from '../rules/catalogue/index';
import { wordGate } from './anchors';
import { SETTLED } from './credential-talk';
import { SESSION_TOKEN_NAMES } from './token-names';
import { GO_PROVIDER_SOURCES } from './go-providers';
import { addSignal, hasSignal, setFact } from './draft';
import type { Extractor } from './types';

/** SigV4 (`X-Amz-Credential=ASIA…%2F…`) or SigV2 (`AWSAccessKeyId=ASIA…`) query-string signing. */
const PRESIGNED_TEMP = /[?&](?:X-Amz-Credential|AWSAccessKeyId)=(ASIA[A-Z0-9]{12,16})/i;
const PRESIGNED_TOKEN = /[?&](?:X-Amz-Security-Token|x-amz-security-token)=/;
/** A request header line with an empty value: `X-Amz-Security-Token: ` or `'x-amz-security-token': ''`. */
const EMPTY_TOKEN_HEADER = /\bx-amz-security-token['"]?\s{0,2}[:=]\s{0,2}(?:''|""|None|null|undefined)?\s{0,2},?\s{0,2}$/im;
/** Config dumps: `sessionToken: null`, `"session_token": None`, `'token' => null`, `SessionToken=<nil>`. */
const NULL_TOKEN = new RegExp(`['"]?(?:${SESSION_TOKEN_NAMES}|token)['"]?\\s{0,2}(?:=>|[:=])\\s{0,2}(?:null|None|nil|<nil>|undefined|''|"")(?=[\\s,})\\]]|$)`, 'm');
/**
 * A session token shown with a value far too short to be one (STS tokens run to hundreds of characters):
 * `security_token: 15`, `AWS_SESSION_TOKEN=abc`. Elisions (`FQo...vgU=`), masks and placeholders are not values.
 */
const SHORT_TOKEN = /\b(?:aws_)?(?:session|security)[_ -]?token["'`]?\s{0,2}[:=]\s{0,2}["'`]?([^\s"'`,;)}\]]{1,40})(?=["'`](?:[\s,;.)}\]]|$)|[\s,;)}\]]|$)/gim;
/** A literal has a digit or a base64 sign; a bare word or a dotted/indexed name is a variable in code. */
const LITERAL = /[0-9+/=]/;
const NOT_A_VALUE = /[.([]|\.\.\.|…|\*|^x{3}|^<|^\$|^\[REDACTED|^(?:null|none|nil|undefined|true|false|your\w{0,30}|redacted|secret|token|xxx\w{0,20})$/i;
const MIN_TOKEN_CHARS = 40;

/** A value in a session-token slot that cannot be a session token (too short, a literal, not a mask). */
export function implausibleToken(raw: string): boolean {
  const value = raw.trim().replace(/[`'".,;)\]}]{1,4}$/, '').replace(/^[`'"]/, '');
  return value.length > 0 && value.length < MIN_TOKEN_CHARS && LITERAL.test(value) && !NOT_A_VALUE.test(value);
}
const TEMP_KEY = /\bASIA[A-Z0-9]{12,16}\b/;
/** Rows in any layout: v1 columns, v2 ` : ` columns, indented, quoted, in a markdown table or joined on one line. */
const CONFIGURE_UNSET_ROW = /\b(?:profile|access_key|secret_key|region)[\s|]{0,20}:?[\s|]{1,40}<not set>/g;
const CONFIGURE_SET_ROW = /^[#>|\s]{0,24}(?:profile|access_key|secret_key|region)[\s|]{0,20}:?[\s|]{1,40}(?!<not set>)\S|\b(?:access_key|secret_key)\s{1,40}\*{4}/gm;
/** Key ids people make up for LocalStack/moto: AKIA/ASIA followed by TEST, FAKE, DUMMY, LOCAL or MOCK. */
const DUMMY_KEY = /\b(?:AKIA|ASIA)(?:TEST|FAKE|DUMMY|LOCAL|MOCK|LOCALSTACK)[A-Z0-9]{0,16}\b/;
const LOCALSTACK_WORD = /\blocalstack\b/i;
/**
 * A credential chain told provider by provider, ending in failure: the Kotlin SDK's `No identity could be resolved from
 * the chain: CredentialsProviderChain -> EnvironmentCredentialsProvider -> ProfileCredentialsProvider -> …`
 * (aws/aws-sdk-kotlin#1274), Java's `[EnvironmentVariableCredentialsProvider: …, ProfileCredentialsProvider: …]`.
 * Any SDK's provider class names, two or more on one line with a failure word: the whole chain came up empty.
 */
const PROVIDER_NAME = /\b[A-Z][A-Za-z0-9]{1,40}(?:Credentials?Provider|Credentials|CredentialsProviderWrapper)\b/g;
const CHAIN_FAILED = /\b(?:no|not|could ?not|couldn['’]t|cannot|can['’]t|unable|fail(?:ed|s|ure)?)\b/i;
const MIN_CHAIN_PROVIDERS = 2;

/** Terraform provider 3.x and Packer debug: `[INFO] AWS Auth provider used: "EnvProvider"` (names: go-providers.ts). */
const TF_PROVIDER_USED = /AWS Auth provider used: "(\w{1,40})"/;

/**
 * Terraform's S3 backend does not use the provider block's credentials: a `backend "s3"` block with no
 * profile, role or keys next to a `provider "aws"` block that sets them runs the backend on the default chain
 * (the Terraform S3 backend documentation lists its own profile/role_arn/shared_credentials_file settings).
 */
const TF_BACKEND_S3 = /\bbackend\s{1,4}"s3"\s{0,4}\{/;
const TF_PROVIDER_AWS = /\bprovider\s{1,4}"aws"\s{0,4}\{/;
const TF_CREDENTIAL_SETTING = /^\s{0,40}(?:profile|role_arn|assume_role|access_key|secret_key|shared_credentials_files?|token)\s{0,4}[={]/m;
const TF_BLOCK_CHARS = 1200;

/** The text of the block that opens at `at`: up to its closing brace (braces counted), bounded. */
function blockAt(text: string, at: number): string {
  let depth = 0;
  const end = Math.min(text.length, at + TF_BLOCK_CHARS);
  for (let i = at; i < end; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(at, i + 1);
  }
  return text.slice(at, end);
}

function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/** People paste a chain failure near the top; a long log holds no more of them worth reading. */
const MAX_CHAIN_LINES = 2000;

function chainListing(ctx: Parameters<Extractor>[0], draft: Parameters<Extractor>[1]): void {
  const n = Math.min(ctx.lines.length, MAX_CHAIN_LINES);
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    if (line.length < 40 || !line.includes('redential')) continue;
    const names = new Set(line.match(PROVIDER_NAME) ?? []);
    if (names.size < MIN_CHAIN_PROVIDERS || !CHAIN_FAILED.test(line)) continue;
    addSignal(draft, 'chain.listing-failed', ctx.loc(i + 1), [...names].slice(0, 4).join(', '));
    return;
  }
}

/**
 * Catalogued messages that name a failure (those of a family). The rest are notes a tool prints on any run (Terraform's
 * "AWS Auth provider used: …" debug line): beside a bare "status code: 403, request id: …" (the Go v1 SDK's request
 * failure with its code cut off, aws/aws-sdk-go aws/awserr/types.go @ v1.55.6) they name no other failure.
 */
const NAMED_FAILURE = new Set(CATALOGUE.filter((e) => e.family).map((e) => `cat.${e.id}`));

/** No code, message, catalogued failure, error line or report was read: the evidence here is all the paste shows. */
function nothingElseRead(draft: Parameters<Extractor>[1]): boolean {
  return draft.codes.length === 0 && !draft.signals.some((x) => /^(?:msg|line|prose|code)\./.test(x.id) || NAMED_FAILURE.has(x.id));
}

/** Evidence that a temporary key travels without its session token (set above). */
const TOKENLESS = ['presign.temporary-no-token', 'header.empty-token', 'config-dump.null-token'];
/** A line saying the request fails, in any words ("this URL gives me an error", "the upload is rejected"). */
const TROUBLE_LINE = /\b(?:errors?|fail(?:s|ed|ing|ure)?|denied|reject(?:s|ed)?|refused|invalid|unauthori[sz]ed|forbidden|40[13]|(?:does|do|did|is|are)(?:n['’]t| not) work(?:ing)?|not working|broken)\b/i;

/**
 * A temporary key sent without its token (a presigned URL, an empty token header, a config dump) beside a line saying
 * the request fails, and nothing else read: the failure is told in words, and the evidence says which (AWS refuses an
 * ASIA key without its session token whatever the permissions; IAM user guide, "Using temporary credentials").
 */
function tokenlessFailure(ctx: Parameters<Extractor>[0], draft: Parameters<Extractor>[1]): void {
  if (!TOKENLESS.some((id) => hasSignal(draft, id)) || !nothingElseRead(draft)) return;
  const n = Math.min(ctx.lines.length, MAX_403_LINES);
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    // The words around the URL, not the URL (a key or a path can hold "error").
    const words = line.replace(/\bhttps?:\/\/\S{1,4000}/g, ' ');
    if (TROUBLE_LINE.test(words) && !SETTLED.test(words)) {
      addSignal(draft, 'prose.credential-report', ctx.loc(i + 1), 'a temporary key without its session token, and the request fails');
      return;
    }
  }
}

/**
 * An HTTP 403 as clients print it (`HTTP/1.1 403 Forbidden`, `403 (Forbidden)`, `status code 403`, `status of 403`,
 * `response code 403`, curl's `returned error: 403`) or people report it ("getting 403 from S3", "a 403 error").
 */
const HTTP_403 = /\bHTTP\/\d(?:\.\d)?\s{1,2}403\b|\bstatus(?:[ _-]?code)?\s{0,2}[=:]?\s{0,2}403\b|\bstatus of 403\b|\b403\s{0,2}\(?Forbidden\b|\b(?:response|http|error)(?: code)?:?\s{0,2}403\b|\breturned error:?\s{0,2}403\b|\b403 (?:error|response|status)\b|\b(?:get|gets|getting|got|return|returns|returned|returning|throw|throws|threw|receiv\w{1,3}|giv\w{1,3}) (?:an? |the )?(?:HTTP )?403(?:\s(?:errors?|responses?|status|from|when|while|on|back|trying)\b|[.,:;!?)]|$)/im;
/**
 * What says the 403 came from AWS: an AWS endpoint, S3's `Server: AmazonS3` and request-id headers, a SigV4-signed
 * request (its Authorization header or presigned query), or the service named on the line.
 */
const AWS_ANSWER = /\bamazonaws\.com(?:\.cn)?\b|\bServer:\s{0,2}AmazonS3\b|\bx-amz-(?:request-id|id-2)\b|\bAWS4-HMAC-SHA256\b|\bX-Amz-(?:Credential|Signature)\b|\b(?:S3|AWS|STS|presigned)\b/i;
/**
 * The Go v1 SDK's request-failure line, left alone when the code and message above it were cut off: awserr's requestError
 * prints "status code: {n}, request id: {id}" (aws/aws-sdk-go aws/awserr/types.go @ v1.55.6). Other Go clients copy the
 * format ("recurly: forbidden"), so it alone says nothing of AWS.
 */
const GO_REQUEST_FAILURE = /\bstatus code: 403, request id:/;
const URL_HOST = /\bhttps?:\/\/([A-Za-z0-9.-]{1,200})/g;
/** AWS endpoints, and the local stand-ins people point SDKs at (LocalStack, MinIO on localhost). */
const AWS_HOST = /(?:^|\.)amazonaws\.com(?:\.cn)?$|^(?:localhost|127\.0\.0\.1|localstack)$/i;
/** Lines around the status where the answer's headers or the request's URL may stand. */
const BEFORE_403 = 2;
const AFTER_403 = 6;
const MAX_403_LINES = 2000;

/**
 * A 403 answered by AWS with nothing else read in the paste (no code, no message, no catalogue string): a request
 * the service refused. S3 answers a HEAD, a presigned URL or a browser upload with the bare status (no body to name
 * the error); bodyless-403.ts holds the SDK forms of the same answer, this reads it in any client's shape.
 */
function awsAnswered403(ctx: Parameters<Extractor>[0], draft: Parameters<Extractor>[1]): void {
  if (!nothingElseRead(draft)) return;
  const n = Math.min(ctx.lines.length, MAX_403_LINES);
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    if (!line.includes('403') || !HTTP_403.test(line)) continue;
    const around = ctx.lines.slice(Math.max(0, i - BEFORE_403), Math.min(ctx.lines.length, i + AFTER_403 + 1)).join('\n');
    // Or the Go v1 SDK's own request-failure line beside an AWS tool's catalogued note anywhere in the paste (nothing
    // else read, so a note of no family: packer's "[INFO] AWS Auth provider used: …" further down its debug log).
    const by = AWS_ANSWER.exec(around)?.[0] ?? (GO_REQUEST_FAILURE.test(line) ? draft.signals.find((x) => x.id.startsWith('cat.'))?.id : undefined);
    // A URL on the line that is not AWS's is where the 403 came from, whatever service the line also names.
    const hosts = [...line.matchAll(URL_HOST)].map((h) => h[1]!);
    if (!by || (hosts.length > 0 && !hosts.some((h) => AWS_HOST.test(h)))) continue;
    addSignal(draft, 'line.access-denied', ctx.loc(i + 1), `HTTP 403 (${by})`);
    return;
  }
}

/** The words this module looks for in the lowercased text: answered by the shared literal scan (see wordGate). */
const gate = wordGate(['403', '<not set>', 'akia', 'asia', 'auth provider used', 'awsaccesskeyid', 'backend', 'credentials', 'localstack', 'provider', 'token', 'x-amz-credential', 'x-amz-security-token']);

export const extractEvidenceLines: Extractor = (ctx, draft) => {
  const { text } = ctx;
  const has = gate(ctx.lower);
  if (has('x-amz-credential') || has('awsaccesskeyid')) {
    const m = PRESIGNED_TEMP.exec(text);
    if (m && !PRESIGNED_TOKEN.test(text)) {
      const at = ctx.loc(ctx.lineOf(m.index));
      addSignal(draft, 'presign.temporary-no-token', at, `${m[1]!.slice(0, 4)} key, no X-Amz-Security-Token parameter`);
      setFact(draft, 'sessionTokenPresent', false, at, 1);
    }
  }
  if (has('x-amz-security-token')) {
    const m = EMPTY_TOKEN_HEADER.exec(text);
    if (m) {
      const at = ctx.loc(ctx.lineOf(m.index));
      addSignal(draft, 'header.empty-token', at, 'X-Amz-Security-Token sent empty');
      setFact(draft, 'sessionTokenPresent', false, at, 1);
    }
  }
  if (has('token')) {
    for (const m of text.matchAll(SHORT_TOKEN)) {
      const value = m[1]!;
      if (!implausibleToken(value)) continue;
      addSignal(draft, 'token.implausible', ctx.loc(ctx.lineOf(m.index)), `session token value of ${value.length} characters`);
      break;
    }
  }
  if (has('token') && TEMP_KEY.test(text)) {
    const m = NULL_TOKEN.exec(text);
    if (m) {
      const at = ctx.loc(ctx.lineOf(m.index));
      addSignal(draft, 'config-dump.null-token', at, 'temporary key with a null session token');
      setFact(draft, 'sessionTokenPresent', false, at, 1);
    }
  }
  if (has('<not set>')) {
    const unset = text.match(CONFIGURE_UNSET_ROW)?.length ?? 0;
    const set = CONFIGURE_SET_ROW.test(text);
    CONFIGURE_SET_ROW.lastIndex = 0;
    const first = firstMatch(CONFIGURE_UNSET_ROW, text);
    if (unset >= 3 && !set && first) {
      const at = ctx.loc(ctx.lineOf(first.index));
      addSignal(draft, 'configure-list.all-unset', at, 'every row of aws configure list is <not set>');
      setFact(draft, 'credentialSource', 'none', at, 1);
    }
  }
  const dummy = has('akia') || has('asia') ? DUMMY_KEY.exec(text) : null;
  if (dummy) addSignal(draft, 'key.localstack-dummy', ctx.loc(ctx.lineOf(dummy.index)), `${dummy[0].slice(0, 8)}…`);
  // The word first (LOCALSTACK_WORD, case-insensitive and opening with \b, reads every position: 20 us on the 4 KB bench paste).
  if (hasSignal(draft, 'endpoint.aws') && ((has('localstack') && LOCALSTACK_WORD.test(text)) || dummy)) {
    const real = draft.signals.find((s) => s.id === 'endpoint.aws')!;
    addSignal(draft, 'localstack.real-endpoint', real.at, real.detail);
  }
  if (has('backend') && has('provider')) {
    const backend = TF_BACKEND_S3.exec(text);
    const provider = backend ? TF_PROVIDER_AWS.exec(text) : null;
    if (backend && provider && !TF_CREDENTIAL_SETTING.test(blockAt(text, backend.index)) && TF_CREDENTIAL_SETTING.test(blockAt(text, provider.index))) {
      addSignal(draft, 'tf.backend-default-credentials', ctx.loc(ctx.lineOf(backend.index)), 'backend "s3" sets no profile or role; provider "aws" does');
    }
  }
  if (has('provider') || has('credentials')) chainListing(ctx, draft);
  if (has('403')) awsAnswered403(ctx, draft);
  tokenlessFailure(ctx, draft);
  if (has('auth provider used')) {
    const m = TF_PROVIDER_USED.exec(text);
    const source = m ? GO_PROVIDER_SOURCES[m[1]!] : undefined;
    if (m && source) {
      const at = ctx.loc(ctx.lineOf(m.index));
      setFact(draft, 'credentialSource', source, at, 1);
      addSignal(draft, `source.${source}`, at, `Terraform: ${m[1]}`);
      addSignal(draft, 'tf.provider-used', at, m[1]);
    }
  }
};

export const EVIDENCE_LINE_PATTERNS: RegExp[] = [TROUBLE_LINE, HTTP_403, AWS_ANSWER, URL_HOST, AWS_HOST, PROVIDER_NAME, CHAIN_FAILED, SHORT_TOKEN, LITERAL, NOT_A_VALUE, PRESIGNED_TEMP, PRESIGNED_TOKEN, EMPTY_TOKEN_HEADER, NULL_TOKEN, TEMP_KEY, CONFIGURE_UNSET_ROW, CONFIGURE_SET_ROW, DUMMY_KEY, LOCALSTACK_WORD, TF_PROVIDER_USED, TF_BACKEND_S3, TF_PROVIDER_AWS, TF_CREDENTIAL_SETTING];
