/**
 * When words, not error text, open a case. One notion, built on diagnose's: diagnose marks a
 * failure told only in sentences as `toldInWords` (a sentence saying credentials fail in an AWS
 * context). Passive listening in a channel acts on error text only, so words alone never get an
 * answer there. Said to awskey directly (the terminal chat, `chat --jsonl`, an @mention, a DM, `/awskey
 * diagnose`), the person came with a problem, so less is needed:
 * - the first thing said opens a case when diagnose reads a failure in it, or when it names the
 *   topic (credentials, a key, a role, SSO, a credentials setting in code or config: "[BUG] Cannot
 *   load SSO provider", a title only, a workflow file only), how a platform hands a runtime its role (the instance
 *   metadata service, Pod Identity, IRSA's annotation: role-delivery-words.ts) or a token that expired, or names AWS next to trouble ("why
 *   doesn't scout work in me-south-1"); not when it holds an error diagnose did not read as a
 *   credential failure (Throttling, NoSuchBucket) and names no credentials or role, nor when the
 *   words are about another cloud's credentials, nor when they only ask, request or propose something about
 *   credentials and tell no failure (diagnose's reading of asking, rules/asked-not-reported.ts: "It would be great if
 *   one could also provide his AWS credentials by using a `~/.aws/credentials` file", electron-userland/electron-builder#1320;
 *   a pull request's "Add containers credential provider to the credentials provider chain"); awskey answers those with
 *   what it reads (the adapters' no-case replies to a DM, an @mention, the chat);
 * - after a resolved case in the same thread, words must say that something fails (diagnose's
 *   reading, or trouble words next to the topic): "thanks, the new access key works" is chatter
 *   about the old case, "@awskey the deploy job now fails to assume its role" is a new one.
 */
import type { Diagnosis } from '../diagnosis';
import { showsErrorText } from '../diagnosis';
import { diagnose } from '../diagnose';
import { looksLikeProse } from '../extract/context-hints';
import { AWS_SERVICES } from '../extract/aws-services';
import { type Near, near } from '../near';
import { matchesAny } from '../says';
import { ROLE_DELIVERY_WORDS } from './role-delivery-words';
import { askedNotReported } from '../rules/asked-not-reported';
import { sentences } from '../sentences';

/** Words about credentials or authentication: enough on their own when awskey is addressed. */
const CREDENTIAL_TOPIC =
  /credentials?\b|\bcreds\b|\bassum(e|ed|ing)\b.{0,20}\brole\b|\brole\b.{0,40}\bassumed\b|access[ _-]?keys?\b|secret[ _-]?(access[ _-]?)?keys?\b|session[ _-]?token|security[ _-]?token|\bsessionToken\b|\bauthenticat|\bauthori[sz]|\bsignature\b|\bsigv4\b|\biam (roles?|users?|polic(y|ies))\b|assume[ _-]?role|role[ _-]to[ _-]assume|\binstance profile\b|\bweb[ _-]identity\b|\bid-token\b|\boidc\b|\birsa\b|\bsso\b|\baws[ _-]?profiles?\b|\bAWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|(DEFAULT_)?PROFILE)\b|\bprofile\b[^.\n]{0,40}\b(not found|(could|can)( ?not|n'?t) be found|does(n'?t| not) exist)\b|\bProfileNotFound\b|\b(AKIA|ASIA)\b|\baccess denied\b|\bunauthori[sz]ed\b|\bforbidden\b|\bpermissions?\b|\bmfa\b|\blog(ged)? ?in\b|\bsign(ed)? ?in\b|\bkubeconfig\b|\bget-caller-identity\b|\b(aws_)?(access_key|secret_key|session_token|security_token)\b|\b(role_arn|source_profile|credential_process|credential_source|sso_start_url|sso_session|web_identity_token_file|role-to-assume)\b|\bconfigure-aws-credentials\b/i;
/**
 * AWS named, next to words of trouble: "scout doesn't work in me-south-1 but aws cli works". A service named without
 * "AWS" counts, from the list diagnose's early gate and prose reading use (extract/aws-services.ts): "v2 Batch example:
 * SageMaker Pipeline execution fails in preprod and prod" (aws-samples/aws-enterprise-mlops-framework#4).
 */
const AWS_CONTEXT = new RegExp(String.raw`\baws\b|\bamazon\b|\bboto3?\b|\bbotocore\b|\b(?:kms|ssm|rds|cloudfront|cdk|sam|localstack)\b|\b${AWS_SERVICES}\b|amazonaws\.com`, 'i');
const TROUBLE =
  /\b(fail(s|ed|ing|ure)?|errors?|exception|broken|invalid|denied|rejected|refused|unable|not ok|not working|stopped working|no longer|wrong|problem|issue|bug|expir(e|ed|es|ing|ation)|unauthori[sz]ed|forbidden|40[13]|me too)\b|\bnot (being )?able to\b|\b(doesn'?t|does not|don'?t|can'?t|cannot|won'?t|isn'?t|not)\b.{0,30}\b(work|connect|authenticate|find|load|deploy|access|pick)/i;
/**
 * A token that expires is a credential (an STS session token, a web identity or SSO token), whatever the tool is
 * called: "from velero version 1.14 we are getting error of expired toekn for backuing up data using datamover"
 * (velero-io/velero#8173, typed with the letters swapped), "make sure to refresh token before it expires to avoid
 * token expiration during long operation" (kaltura/server#9965).
 */
export const TOKEN_EXPIRY: Near[] = [
  // Near forms (near.ts), not `\bexpir\w*\s+(?:\w+\s+){0,3}?to(?:ke|ek)ns?\b|…`, which recheck could not decide in 30 s
  // under load. A gap's word reads to its run's end, but a walk starts only at a word that opens with "expir" or "token",
  // so a word is read by the walks of at most the 3 words before it.
  near(String.raw`\bexpir\w*\s+`, String.raw`to(?:ke|ek)ns?\b`, { gap: String.raw`\w+\s+`, within: 3 }),
  near(String.raw`\bto(?:ke|ek)ns?\s+`, 'expir', { gap: String.raw`\w+\s+`, within: 3 }),
];
const MIN_WORDS = 3;
/** Another cloud's credentials (as diagnose's prose reading steps aside for them): not awskey's problem. */
const OTHER_CLOUD = /\bgoogle\b|\bgcloud\b|\bgcp\b|\bazure\b|\bfirebase\b/i;
const AWS_WORD = /\baws\b/i;
/** Words about the case just closed ("thanks, that fixed the credential error"): not a new problem. */
const SETTLED = /\b(thanks|thank you|thx|fixed|solved|resolved|works now|working now|all good)\b/i;
/** Only the start of a long text is read for the topic. */
const READ_CHARS = 4000;

export interface Said {
  /** Said to awskey directly rather than overheard in a channel. */
  addressed?: boolean;
  /** The thread's earlier case is resolved: only a new problem opens a case. */
  afterResolved?: boolean;
}

/**
 * Whether this text opens a case: error text always; words only when said to awskey (see above).
 * `d` is diagnose() of the same text.
 */
export function opensCase(d: Diagnosis, text: string, said: Said): boolean {
  if (showsErrorText(d)) return true;
  if (said.addressed !== true) return false;
  if (d.detected) return true;
  // An error diagnose did not read as a credential failure (Throttling, NoSuchBucket, an SSL error)
  // is the problem, unless the text names credentials or a role outright: an SSO "ForbiddenException
  // … GetRoleCredentials", a Lambda role that "cannot be assumed".
  if (d.errorCodes.length > 0 && !CREDENTIAL_TOPIC.test(text.slice(0, READ_CHARS))) return false;
  if (askedOnly(d, text)) return false;
  return describesProblem(text, said.afterResolved === true);
}

/**
 * Words that ask or request something about credentials and tell no failure, the check opensCase makes before its own
 * reading of the words: diagnose's reading (rules/asked-not-reported.ts), which already silences such a text when it
 * holds credential-failure words, on the part of the text opensCase reads. An error code read in the text is a failure
 * met, whatever the words around it ask (review 35, R35-3). `d` is diagnose() of the same text.
 */
export const askedOnly = (d: Diagnosis, text: string): boolean =>
  d.errorCodes.length === 0 && askedNotReported(text.slice(0, READ_CHARS).split('\n'));

function describesProblem(text: string, afterResolved: boolean): boolean {
  const t = text.slice(0, READ_CHARS);
  if (t.trim().split(/\s+/).length < MIN_WORDS) return false;
  if (OTHER_CLOUD.test(t) && !AWS_WORD.test(t)) return false;
  const trouble = TROUBLE.test(t);
  if (afterResolved) return trouble && !SETTLED.test(t) && (CREDENTIAL_TOPIC.test(t) || AWS_CONTEXT.test(t));
  return CREDENTIAL_TOPIC.test(t) || ROLE_DELIVERY_WORDS.test(t) || matchesAny(t, TOKEN_EXPIRY) || (AWS_CONTEXT.test(t) && trouble);
}

/**
 * Inline code is read as words ("`aws-actions/configure-aws-credentials` is using `role-to-assume`"); a span that reads as a
 * sentence (a capitalised word and three more; commands start in lower case) is a quotation ("fail with `The security token included in the request is expired` when credentials are
 * loaded from a file", awslabs/spark-sql-kinesis-connector#85), kept in quotation marks so that `personsSentences` can
 * leave out an error message quoted in it and read the person's words around it.
 */
const QUOTED_SENTENCE = /^\s*[A-Z][a-z]+(?:\s+\S+){3,}/;

/**
 * "- OS: MacOS 12.6", "**Operating system:** Windows 11" (thomasmichaelwallace/serverless-better-credentials#13, jupyter/notebook#6416):
 * the field's name up to the value's first character, then the value's rest (at most 60 characters, no line break).
 * One regex before (`…\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*([^\s:*].{0,60})$`): its runs of `\s*` side by side split a run of
 * spaces every way (`(?:\*\*)?\s*` is now `(?:\*\*\s*)?`, the same lines), and recheck could not decide the whole. The
 * value starts at one place (the first character after the colon that is not a space or a star), so the two parts
 * read what the one did.
 */
const OS_FIELD = /^\s*(?:[-*]\s+)?(?:\*\*\s*)?(?:OS|operating system)(?: version)?\s*(?:\*\*\s*)?:\s*(?:\*\*\s*)?[^\s:*]/i;
const OS_VALUE_REST = /^.{0,60}$/;
/** The operating system a template's field names, or undefined. */
export function osField(line: string): string | undefined {
  const head = OS_FIELD.exec(line);
  if (!head || !OS_VALUE_REST.test(line.slice(head[0].length))) return undefined;
  return line.slice(head[0].length - 1);
}
/**
 * The same field in a GitHub issue form, which prints each field as a heading with its value on the next non-blank line:
 * "### Operating system and Environment details\n\nFedora 37 (Workstation)" (hashicorp/packer-plugin-amazon#350), "### OS:\n\nwindows
 * x86_64" (duckdb/duckdb#16449).
 */
const OS_HEADING = /^\s{0,3}#{1,6}\s{0,4}(?:OS|operating system)\b[^\n]{0,60}$/i;
const HEADING = /^\s{0,3}#/;
/**
 * An exception's class named in passing ("was resulting in `CredentialsError`", "we get NoCredentialsError"): a name the
 * person writes, not output; diagnose reads it as an error line, and diagnose's error codes do not list every class name.
 */
const EXCEPTION_NAME = /\b[A-Z][A-Za-z0-9]{0,60}(?:Error|Exception)\b/;
const EXCEPTION_NAMES = new RegExp(EXCEPTION_NAME.source, 'g');

/** The issue-form readers and the exception-name reader here, for the regex-safety check (src/core/patterns.ts). */
export const DESCRIPTION_PATTERNS: RegExp[] = [OS_HEADING, HEADING, EXCEPTION_NAME];

/** Where sentences('contrast') can split a line (a mark or a comma before whitespace): without one it is one piece. */
const MAY_SPLIT = /[.!?;,]\s/;

/** At most this many prose sentences of a description or paste are read for statements. */
const MAX_SENTENCES = 30;

/**
 * The sentences a person wrote (not tool output, code or config) in a text: what the interpreter may
 * read statements of fact from. Lines are split into sentences and contrasts, so "it works from my
 * laptop, but the CI job fails" states two things.
 */
export function proseSentences(text: string): string[] {
  const out: string[] = [];
  let osHeading = false;
  for (const raw of withoutMultilineSpans(text).split('\n')) {
    if (out.length >= MAX_SENTENCES) break;
    if (raw.trim() === '') continue;
    // Inline code is part of a sentence ("`aws-actions/configure-aws-credentials` is using `role-to-assume`").
    const line = raw.replace(/`([^`\n]{1,80})`/g, (_, code: string) => (QUOTED_SENTENCE.test(code) ? `“${code}”` : code));
    // An issue template's operating-system field ("- OS: MacOS 12.6", or an issue form's heading and the line under it) is
    // the reporter's own statement of where it runs.
    const os = osHeading && !HEADING.test(line) ? line.trim().slice(0, 60) : osField(line)?.trim();
    osHeading = OS_HEADING.test(line);
    if (os) {
      out.push(`OS: ${os}`);
      continue;
    }
    // A line that opens as a person's sentence and goes on to quote tool output is read sentence by sentence: "Because my
    // workstation authenticates to AWS via AWS SSO, the temporary credentials always include a session token. Without
    // passing that token, every request to Bedrock fails … (AccessDeniedException: …)." (hotovo/aider-desk#131). A line
    // that opens as output is skipped whole, and a line of output with no sentence end in it is not split at all (most
    // lines of a log: the split is the costly part).
    const whole = looksLikeProse(line);
    if (!whole && !MAY_SPLIT.test(line)) continue;
    // Sentences, and the two sides of a contrast ("kubectl works just fine, but the extension fails").
    const parts = sentences(line, 'contrast').filter((s) => s.trim().length > 0);
    if (!whole && !(parts.length > 1 && looksLikeProse(parts[0]!))) continue;
    for (const s of parts) if ((whole || looksLikeProse(s)) && out.length < MAX_SENTENCES) out.push(s.trim());
  }
  return out;
}

/**
 * A code span in single backticks that runs over a few lines (an error or a call quoted inline: "I keep getting this
 * error `Error in generate_qr: … does not exist in our records.\nINFO: … 500 Internal Server Error` even when all my
 * credentials are correct", rishabkumar7/devops-qr-code#4) is left out as one "…", so the person's words after it
 * stay on the line they began, not on a line that starts as log output and is skipped whole. Fences (```) are not spans.
 */
const MULTILINE_SPAN = /(?<!`)`(?!`)([^`]{1,600})`(?!`)/g;
const MAX_SPAN_LINES = 6;
function withoutMultilineSpans(text: string): string {
  return text.replace(MULTILINE_SPAN, (span, inner: string) => {
    const breaks = inner.split('\n').length - 1;
    // A blank line ends a paragraph, and no code span runs past it; a Ruby backtrace's `require_credentials' closes
    // its own quote with an apostrophe (aws/aws-sdk-ruby#707): neither pairs with the next backtick.
    return breaks > 0 && breaks <= MAX_SPAN_LINES && !/\n[ \t]*\n/.test(inner) && !/^[^\n]*'[ \t]*\n/.test(inner) ? '…' : span;
  });
}

/**
 * The sentences a person wrote, as statements of fact can be read from them: prose sentences that
 * are not themselves an error message ("The AWS Access Key Id you provided does not exist in our
 * records." is the paste's evidence, not something the person said). In a sentence that holds an
 * error, the person's words around it still count: 'I get the error "Unable to locate credentials"
 * even if I run "aws configure"' (the quoted error, or one in a code span, left out), "getting
 * AccessDenied in the external account" (mezmo/aura#471: an error code named in passing left out).
 */
export function personsSentences(text: string): string[] {
  return proseSentences(text).flatMap((x) => {
    const d = diagnose(x);
    if (!showsErrorText(d)) return [x];
    const words = withoutCodes(
      x.replace(/"[^"]{1,400}"|“[^”]{1,400}”|`[^`]{1,400}`/g, (q) => (showsErrorText(diagnose(q)) ? '…' : q)),
      d.errorCodes,
    );
    return words !== x && !showsErrorText(diagnose(words)) ? [words] : [];
  });
}

/** The sentence with the error codes and exception classes it names as words ("AccessDenied", "CredentialsError") left out. */
function withoutCodes(sentence: string, codes: string[]): string {
  let out = sentence.replace(EXCEPTION_NAMES, '…');
  for (const code of codes) if (/^\w+$/.test(code)) out = out.replace(new RegExp(`\\b${code}\\b`, 'g'), '…');
  return out;
}
