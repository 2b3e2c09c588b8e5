/**
 * Verification that proves something: only a caller-identity result counts — the JSON of
 * `aws sts get-caller-identity` (UserId, Account and Arn together), or its `--output text` line
 * or `--output table` box. A trust policy, a role description or any other text with an ARN in it
 * is evidence, not verification. Source: the GetCallerIdentity response shape,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html (CLI output
 * formats: https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html).
 */
import { isPerServiceException } from '../extract/error-codes';
import type { CaseState } from './types';
import { statementsIn } from './interpreter';

export interface CallerIdentity {
  account: string;
  arn: string;
}

const ARN = 'arn:aws[\\w-]*:(?:iam|sts)::\\d{12}:[\\w+=,.@/-]{1,200}';
const USER_ID = '[A-Z0-9]{8,32}(?::[\\w+=,.@-]{1,128})?';
const JSON_FIELD = (name: string, value: string) => new RegExp(`"${name}"\\s*:\\s*"(${value})"`);
const JSON_USER = JSON_FIELD('UserId', USER_ID);
const JSON_ACCOUNT = JSON_FIELD('Account', '\\d{12}');
const JSON_ARN = JSON_FIELD('Arn', ARN);
/** `--output text`: Account, Arn, UserId separated by tabs (or spaces once pasted). */
const TEXT_LINE = new RegExp(`^\\s*(\\d{12})\\s+(${ARN})\\s+${USER_ID}\\s*$`, 'm');
/** `--output table`: the GetCallerIdentity box with Account | Arn | UserId columns. */
const TABLE_TITLE = /\|\s*GetCallerIdentity\s*\|/;
const TABLE_ROW = new RegExp(`\\|\\s*(\\d{12})\\s*\\|\\s*(${ARN})\\s*\\|\\s*${USER_ID}\\s*\\|`);

/** The identity a get-caller-identity result shows, or undefined when the text is not one. */
export function callerIdentityOf(text: string): CallerIdentity | undefined {
  const acc = JSON_ACCOUNT.exec(text);
  const arn = JSON_ARN.exec(text);
  if (acc && arn && JSON_USER.test(text)) return { account: acc[1]!, arn: arn[1]! };
  const line = TEXT_LINE.exec(text);
  if (line) return { account: line[1]!, arn: line[2]! };
  const row = TABLE_TITLE.test(text) ? TABLE_ROW.exec(text) : null;
  if (row) return { account: row[1]!, arn: row[2]! };
  return undefined;
}

/** Whether the identity is the one the team said it should be (true when they named none). */
export function matchesExpected(id: CallerIdentity, expected: CaseState['expected']): boolean {
  if (!expected) return true;
  if (expected.account && expected.account !== id.account) return false;
  if (expected.principal && !samePrincipal(expected.principal, id.arn)) return false;
  return true;
}

/**
 * Codes of a call AWS authenticated and then refused. When a case holds only these,
 * get-caller-identity worked before the fix as well, so a working identity shows who calls, not
 * that the fix works: the retried call decides. S3's bare `Forbidden` is not one of them (its
 * body-less 403 also answers an unknown key, which a working identity does rule out).
 */
const DENIED_CODES = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthorizationError|AuthorizationErrorException)$/;

/** True when the case's errors are all refusals of an authenticated caller. */
export function deniedOnly(errorCodes: readonly string[]): boolean {
  // The class a refusal is raised as (botocore's ClientError, AmazonS3Exception) is reported with it, and is no other error.
  // Not the SDK base classes: SdkClientException also stands for Java's "Unable to load AWS credentials from any provider".
  const errors = errorCodes.filter((c) => c !== 'ClientError' && !isPerServiceException(c));
  return errors.length > 0 && errors.every((c) => DENIED_CODES.test(c));
}

/** arn:aws:iam::1:role/deploy is the same principal as arn:aws:sts::1:assumed-role/deploy/session. */
function samePrincipal(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  const role = /:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/.exec(expected)?.[1];
  const assumed = /:assumed-role\/([\w+=,.@-]+)\//.exec(actual)?.[1];
  return role !== undefined && role === assumed && expected.split(':')[4] === actual.split(':')[4];
}

/**
 * The failing clients that are not the AWS CLI, by diagnose's tool fact (extract/tool.ts): a CLI
 * get-caller-identity that works shows only that AWS accepts the credentials where it ran, not that
 * this client (its own credential chain, profile and environment) now gets them.
 */
const OTHER_CLIENTS: Record<string, string> = {
  boto3: 'the Python (boto3) call',
  'aws-sdk-js-v3': 'the JavaScript SDK call',
  'aws-sdk-js-v2': 'the JavaScript SDK call',
  'aws-sdk-go-v2': 'the Go SDK call',
  'aws-sdk-go': 'the Go SDK call',
  'aws-sdk-java-v2': 'the Java SDK call',
  'aws-sdk-java-v1': 'the Java SDK call',
  terraform: 'the Terraform run',
  serverless: 'the Serverless deploy',
  cdk: 'the CDK command',
  'github-actions': 'the GitHub Actions step',
  kubectl: 'the kubectl command',
};
/** Words naming a script or an SDK ("the python script still says it"), and a clause saying that one works. */
const SCRIPT_WORDS = /\b(?:(python|node|java|ruby|go|bash|shell|powershell) )?script\b|\b(sdk)\b/i;
const WORKS_CLAUSE = /\bwork(?:s|ed|ing)?\b|\bfine\b|\bsucceed/i;
/**
 * "does not work", "isn't working", "doesnt work", "never succeeded": the clause says it fails (review R34c-3). The
 * contractions are named: a bare `n't`/`nt` ending would also take "client", "went", "deployment" (stop 35 read-through).
 * Shared with told-outcome.ts.
 */
export const NEGATED = /\b(?:not|never|no longer|cannot)\b|\b(?:do|does|did|is|was|are|were|has|have|had|ca|could|would|should|wo|ai)n'?t\b/i;
/** A reply's clauses: split at punctuation, a line break or "but". Shared with told-outcome.ts. */
export const CLAUSE_BREAK = /[.;!?\n,]|\bbut\b/i;
/** "it is not a script", "no SDK here": the clause denies the client (R34c-3). */
const NOT_THE_CLIENT = /\b(?:not|no|isn't)[ \t]{1,4}(?:(?:a|an|the|my|our)[ \t]{1,4})?(?:\w{1,20}[ \t]{1,4})?(?:script|sdk)\b/i;
const MAX_CLIENT_TEXT = 4000;

/**
 * A script or an SDK that the words name as failing (a clause that says it works names another
 * client): noted on the case once, for verification. Read from a text's first characters only.
 */
export function noteNamedClient(state: CaseState, text: string): void {
  if (state.namedClient) return;
  for (const clause of text.slice(0, MAX_CLIENT_TEXT).split(CLAUSE_BREAK)) {
    const m = SCRIPT_WORDS.exec(clause);
    if (!m || NOT_THE_CLIENT.test(clause) || (WORKS_CLAUSE.test(clause) && !NEGATED.test(clause))) continue;
    state.namedClient = m[2] ? 'the SDK call' : `the ${m[1] ? `${m[1].toLowerCase()} ` : ''}script`;
    return;
  }
}

/**
 * The failing client when the case knows it is not the AWS CLI (the tool that printed the error, or
 * a script the team named), as words for "did <it> succeed now?"; undefined when it is the CLI or
 * unknown.
 */
export function otherFailingClient(state: Pick<CaseState, 'facts' | 'namedClient'>): string | undefined {
  const tool = state.facts.tool;
  if (tool && OTHER_CLIENTS[tool]) return OTHER_CLIENTS[tool];
  return state.namedClient;
}

/**
 * The identity paste is the failing call itself succeeding: the AWS CLI (or an unknown client, read
 * as the CLI its output shape is) failed on GetCallerIdentity, so the check is the call that failed.
 */
export function isTheFailingCall(state: Pick<CaseState, 'facts' | 'namedClient'>): boolean {
  return state.facts.operation === 'GetCallerIdentity' && otherFailingClient(state) === undefined;
}

export const VERIFICATION_PATTERNS: RegExp[] = [DENIED_CODES, JSON_USER, JSON_ACCOUNT, JSON_ARN, TEXT_LINE, TABLE_TITLE, TABLE_ROW, SCRIPT_WORDS, WORKS_CLAUSE, NEGATED, CLAUSE_BREAK, NOT_THE_CLIENT];

/** Lines (and sentences) of a paste that can be a person's words: short, and not an error or log line. */
const MAX_WORDS_LINE = 300;
const MAX_LINES_READ = 200;
const ERROR_LINE = /error|exception|denied|not authorized|invalid|failed|\b(INFO|DEBUG|WARN|TRACE)\b/i;

/**
 * The account or principal the team says the runtime should use, written beside a pasted error
 * ("It should be account 111122223333"): such a line has too many digits to read as prose, so the
 * short lines that are not the error itself are read for it.
 */
export function expectedIdentityIn(text: string): CaseState['expected'] {
  const lines = text.split(/\n|(?<=[.!?])\s+(?=[A-Z])/).slice(0, MAX_LINES_READ).filter((l) => l.length <= MAX_WORDS_LINE && !ERROR_LINE.test(l));
  return lines.length > 0 ? statementsIn(lines, []).expected : undefined;
}
