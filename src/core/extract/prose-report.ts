/**
 * Credential failures that no catalogue string names. Real threads often hold no error string at all
 * ("Pulumi was trying to use my default aws credentials profile even though aws:profile was set"), or an
 * error line from a tool whose wording we have not catalogued ("Error: failed to refresh credentials").
 * Two signals, both weak on their own (the ranking still comes from hints, priors and the classifier):
 *
 * - `line.credential-error`: an error line (`FooError:` / `Exception` / `Error:`) that talks about
 *   credentials, keys, tokens or authentication, in a paste about AWS;
 * - `prose.credential-report` (`prose.refused-report` for a refusal): a sentence saying credentials, keys, a profile
 *   or a role fail, in a paste that holds no other error line (a traceback of another error is what such a paste is
 *   about). Two readings: the whole sentence names a credential subject and a failure in a paste about AWS; or, the
 *   general one, a clause holds a credential object near a failure predicate (extract/credential-talk.ts), where an
 *   object only AWS has is AWS context enough. A thin paste (a title, a line or two) has its short lines read too.
 *
 * Both step aside when the paste shows a non-credential AWS error code (throttling, NoSuchBucket …):
 * that error is the problem, whatever the prose says about credentials.
 */
import { CATALOGUE } from '../rules/catalogue/index';
import { UNUSED_PROPERTY } from './config-property-errors';
import { liveFilter, wordGate } from './anchors';
import { AWS_SERVICES } from './aws-services';
import { looksLikeProse } from './context-hints';
import { isAuthCode, isCredentialClass } from './error-codes';
import { OTHER_ERROR_MESSAGE, otherErrorCodes } from './other-errors';
import { API_MISMATCH, IMDS_REGION_LOOKUP, LOCAL_OS_ERROR, METADATA_REFUSAL, CREDENTIAL_NAMED, NETWORK_ERRNO, PROSE_VETO_PATTERNS, beforeAsides, pastRecommendation, storeCommandLines } from './prose-vetoes';
import { addSignal } from './draft';
import { CREDENTIAL_TALK_PATTERNS, HOW_TO, IMPERATIVE, NOT_FAILING, NO_CONTRAST, SCHEDULED_TIME, SETTLED, credentialTalk, type Talk } from './credential-talk';
import { SUPPOSED_PATTERNS, insideAny, supposedSpans, withoutSupposed } from './supposed';
import type { Extractor } from './types';

/**
 * The paste is about AWS (or a tool that talks to it), not another cloud. AWS services are named without "AWS" as often
 * as with it, so the services' own names count (aws-services.ts).
 */
const AWS_CONTEXT = new RegExp(
  String.raw`\baws\b|\bCredentialProfileStoreChain\b|\bProfileManager\b|\bsecret access key\b|\baccess key id\b|\bAKIA|\bASIA[A-Z0-9]|\bWithSharedConfig\w{0,20}|\bssocreds\b|\bec2role(?:creds)?\b|\baws-sdk|\bamazon|\bboto(?:3|core)?\b|\bAWS_|\bpulumi\b|\bterraform\b|\bserverless\b|\bsls\b|\bcdk\b|\bsam (?:cli|deploy|local|build)\b|\bcircleci\b|\blocalstack\b|\bchalice\b|\baws-vault\b|\bassume[ _-]?role\b|\bassumerole\b|\b(?:session|security) tokens?\b|\b${AWS_SERVICES}\b`,
  'i',
);
const OTHER_CLOUD = /\bgoogle\b|\bgcloud\b|\bgcp\b|\bazure\b|\bfirebase\b/i;
const AWS_WORD = /\baws\b/i;

/** What a credential failure is about. */
const PROSE_SUBJECT =
  /\bcredentials?\b(?! (?:helper|manager|store)s?\b)|\bcreds\b|\baccess[ _-]?keys?\b|\bsecret[ _-]?(?:access[ _-]?)?keys?\b|\b(?:security|session)[ _-]?tokens?\b|\bAWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|PROFILE)\b|\b(?:aws|default|named|sso|cli|credentials?|config|source|instance) profiles?\b|\bprofiles? (?:name|named|setting|option|flag)\b|\b(?:aws|stack|provider) config(?:uration)?\b(?= (?:in|is|was|are|for|from|of|file|settings?)\b)|--profile\b|\baws:profile\b|\bset (?:the |a |my )?profile\b|\bauthenticat\w{0,9}|\bOIDC\b|\bassum(?:e|ed|ing)[ _-]?roles?\b|\bIAM roles?\b|\binstance profile\b|\bsso\b|\bMFA\b|\bsignature\b|\baccess denied\b|\bnot authori[sz]ed\b|\bpermissions? (?:issue|problem|error)s?\b|\btokens?\b(?= expires?\b)/i;

/**
 * A word inside a dotted name is part of a name, not a word of the sentence: kubectl's and Helm's "exec plugin: invalid
 * apiVersion "client.authentication.k8s.io/v1alpha1"" (k8s.io/client-go plugin/pkg/client/auth/exec/exec.go) names an
 * API group, and a version mismatch between kubectl and the aws CLI is not a credential failure. The inner parts of such
 * names are blanked (same length) before the subject and talk readers see the line.
 */
const DOTTED_INNER = /(?<=\w\.)[\w-]{1,64}(?=\.\w)/g;
function blankDottedNames(line: string): string {
  return line.includes('.') ? line.replace(DOTTED_INNER, (w) => ' '.repeat(w.length)) : line;
}
/** On an error line the subject must be the credentials themselves (a profile or a role could be anything). */
const LINE_SUBJECT = /\bcredentials?\b(?! (?:helper|manager|store)s?\b)|\berror configuring Terraform AWS Provider\b|credentials?[a-z]{0,30}(?:exception|error)\b|\bcreds\b|\baccess[ _-]?key|\bsecret[ _-]?(?:access[ _-]?)?key|\b(?:security|session)[ _-]?token|\bauthenticat\w{0,9}|\bunauthori[sz]ed\b|\bAuthorization"?\]?\s{0,2}(?:header)?|\bsignature\b|\bIRSA\b|\bsso[ _-]?(?:session|token|login|credentials?)\b|\bsts[.:]\s{0,2}(?:GetCallerIdentity|AssumeRole\w{0,20})\b/i;

/**
 * An error line saying credentials could not be had ("Failed to get a valid set of credentials", "unable to load
 * credentials"): whatever the tool, its chain came up empty (aws/aws-sdk-kotlin#419, the CRT's CredentialsProvider).
 */
const credentialsNot = (verbs: string): RegExp =>
  new RegExp(String.raw`\b(?:fail(?:ed|s|ure)?|unable|could ?not|couldn['’]t|cannot|can['’]t)\b(?: to)? (?:${verbs})\b[^.]{0,30}\bcredentials\b`, 'i');
const NOT_LOADED = credentialsNot('get|load|find|locate|resolve|retrieve|obtain|source|fetch');
/** The same, or credentials that could not be refreshed: what a program's own log record says when its chain failed. */
const NOT_HAD = credentialsNot('get|load|find|locate|resolve|retrieve|obtain|source|fetch|refresh');
/**
 * A record that goes on after its credentials were not had is a step of the chain, not its failure ("could not find
 * credentials in env, falling back to IRSA", "unable to refresh credentials, retrying" then "credentials refreshed"),
 * as is one whose level word says it is no error (paste-shape.ts keeps those; logfmt's `level=` it takes off).
 */
const GOES_ON = /\bfall(?:s|ing)? ?back\b|\btrying (?:next|shared|the next|another|again)\b|\bretry(?:ing)?\b|\bwill retry\b|\bfetching new\b|^(?:INFO|DEBUG|TRACE|WARN(?:ING)?)\b|\b(?:INFO|DEBUG|TRACE)\b/;

/**
 * A record whose credentials were not had is AWS's when it names AWS itself, or when its cause (what follows the
 * words) is again a reading of credentials not had ("get credentials: failed to refresh cached credentials, …"): a
 * database's password, a Vault lease or a GitHub token "not had" in a paste that names S3 elsewhere is not AWS's.
 */
function awsNotHad(line: string): boolean {
  const m = NOT_HAD.exec(line);
  if (!m || GOES_ON.test(line)) return false;
  return AWS_CONTEXT.test(line) || NOT_HAD.test(line.slice(m.index + m[0].length));
}

/**
 * A sentence that says something does not work. Credentials or a token that "expire" (the bare verb: "the session token
 * will expire", "rain will quit when the current credentials expire", tuning threads of batches 11 and 12) count when
 * they are someone's ("the", "our", "current") or "will" expire, unless the sentence asks it ("Do aws credentials expire?")
 * or a time follows ("will expire tonight", "will expire at 5", "expires in 90 days": an announcement of the schedule, not a failure,
 * unless the sentence goes on to a contrast or a failure: "expire in 15 minutes instead of 8 hours"):
 * "Temporary AWS credentials expire" states a lifetime, and keys are left out ("access keys never expire" is a fact).
 */
const FAILING = new RegExp(
  String.raw`\bfail(?:s|ed|ing|ure)?\b|\berrors?\b|\bdoes(?:n['’]t| not)\b(?! ${NOT_FAILING})|\bno longer\b|\bnot (?:being )?refresh(?:ed|ing)?\b|\b(?:are|is) missing\b|\bincorrect(?:ly)?\b|\bnot (?:work(?:ing)?|being able|able|found|valid|recogni[sz]ed|picked up|used|loaded|read|respected|honou?red|applied)\b|\bno (?:influence|effect)\b|\balways (?:uses?|used|picks?|picked)\b|n['’]t (?:work|find|load|read|get|use|authenticate|connect|pick)|\bcan(?:no|['’])t\b|\bunable\b|\breject(?:s|ed)?\b|\brefuse[sd]?\b|\bdenied\b|\binvalid\b|(?<!\b(?:not|never|n['’]t) )\bexpired\b|\bexpir(?:ation|ing)\b|\bexpires? (?:after|every|within|too|in(?! ${SCHEDULED_TIME}${NO_CONTRAST}))\b|(?:\b(?:will|would)|\b(?:the|my|our|its|their|current|cached) (?:[\w-]{1,20} )?(?:credentials|creds|tokens?|sessions?)) expire\b(?!(?: (?:at|on|by|tonight|today|tomorrow|soon|midnight|this|next)\b| in ${SCHEDULED_TIME})${NO_CONTRAST})(?![^.?\n]{0,120}\?)|\bwrong\b|\beven (?:though|if)\b|\bdespite\b|\bignor(?:e|es|ed|ing)\b|\bupset\b|\bbroken?\b|\b(?:issue|problem)\b`,
  'i',
);

/** An error line as tools print them (Terraform's "Error creating IAM Role x: …" included). */
const ERROR_LINE = /\b[A-Z][A-Za-z0-9_.]{0,60}(?:Error|Exception)\b|\bError (?:creating|reading|updating|deleting|refreshing|loading|inspecting|applying|putting|getting|describing) \w|\bError: |^\s{0,8}(?:\W{0,3}\s{0,2})(?:Error|ERROR|FATAL|Fatal|Exception|Traceback)\b/;
/** A word every ERROR_LINE match holds: most lines have none, and the regex is slow on lines of capitalised words. */
const ERROR_WORDS = ['Error', 'Exception', 'ERROR', 'FATAL', 'Fatal', 'Traceback'];

function isErrorLine(line: string): boolean {
  return ERROR_WORDS.some((w) => line.includes(w)) && ERROR_LINE.test(line);
}

/**
 * Every word a refusal told in words needs, here (REFUSED) or in credential-talk.ts (its refusals, kubectl's "not logged
 * into the server", a resource that cannot be accessed): one cheap look before a line is read for one.
 */
const REFUSAL_GATE = /denied|authori[sz]|forbidden|40[13]|permission|access|logged in|bucket|s3/i;
/** A report about being refused rather than unrecognised: the authorization family. */
const REFUSED = /\baccess denied\b|\bnot authori[sz]ed\b|\bforbidden\b|\bpermission denied\b|\bpermissions? (?:issue|problem|error)s?\b/i;
/** S3's "Access Denied" alone on a line or ending an error line, as tools echo it (`#<Class:0x3b964f>: Access Denied`). */
const ACCESS_DENIED_LINE = /(?:^\s{0,8}(?:Error:?\s{0,2})?|\S:\s{1,2})Access ?Denied\.?\s{0,4}$/;

/**
 * Statements any tool or person makes, in whatever shape the line has, that name the failure outright:
 * no credentials were found (aws-vault's `No credentials found for profile "x"`, the KPL's `Could not retrieve
 * credentials from anywhere.`), a role could not be assumed (Terraform's `The role "…" cannot be assumed.`), the
 * region is missing (the Rust SDK's `Invalid Configuration: Missing Region`).
 */
const STATEMENTS: Array<{ signal: string; needles: string[]; re: RegExp }> = [
  { signal: 'line.no-credentials', needles: ['credentials', 'aws_'], re: /\bno (?:aws |valid )?credentials (?:were |was |have been |could be )?(?:found|available|configured|provided|loaded)\b|\bcould ?not (?:retrieve|find|load|get|obtain|resolve) (?:any |aws |valid )?credentials\b|\bcredentials (?:were |are |is )?(?:not found|not set|not configured|not available)\b|\bAWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY)\b[^.\n]{0,40}\b(?:is|are|was|were) not (?:set|defined|exported|available|passed)\b/i },
  { signal: 'line.assume-role-failed', needles: ['assume'], re: /\b(?:cannot|can['’]t|could ?not|couldn['’]t|unable to|fail(?:ed|s|ing|ure) to|not able to) assume (?:the |an? |your |my )?(?:IAM )?role\b|\brole\b[^.\n]{0,80}\bcannot be assumed\b/i },
  { signal: 'line.region-missing', needles: ['region'], re: /\bmissing region\b|\bno region (?:was |is )?(?:specified|set|configured|found|provided)\b|\bregion (?:is |was )?(?:not set|not specified|not configured|required but)\b/i },
];
const MAX_STATEMENT_LINES = 2000;
/** The statements' needles, looked up in the shared literal scan (one pass over a long paste for all of them). */
const statementWords = wordGate(STATEMENTS.flatMap((st) => st.needles));
/** OTHER_CLOUD cannot match a text that holds none of its words. */
const otherCloudLive = liveFilter([OTHER_CLOUD]);

function statements(ctx: Parameters<Extractor>[0], draft: Parameters<Extractor>[1]): void {
  const n = Math.min(ctx.lines.length, MAX_STATEMENT_LINES);
  // A fallback: a paste that already names its failure precisely (a credential code, a message) says it better:
  // "Could not assume role using web identity: "Missing required AWS_REGION env variable"" is a region problem, and
  // Terraform's "Cannot assume IAM Role" above an AccessDenied is a permissions one.
  if (draft.codes.some((c) => isAuthCode(c) || isCredentialClass(c)) || draft.signals.some((x) => (x.id.startsWith('msg.') && x.id !== 'msg.web-identity') || x.id.startsWith('cat.'))) return;
  // No statement spans lines, so one search of the whole text finds the first line that holds it.
  const head = n < ctx.lines.length ? ctx.text.slice(0, ctx.lines.slice(0, n).join('\n').length) : ctx.text;
  const has = statementWords(ctx.lower);
  for (const st of STATEMENTS) {
    if (!st.needles.some(has)) continue;
    // The first statement the writer does not only suppose ("If the credentials are not set in the file, look for
    // them in the environment": supposed.ts).
    for (let from = 0; ; ) {
      const m = st.re.exec(from === 0 ? head : head.slice(from));
      if (!m) break;
      const at = from + m.index;
      if (!supposedAt(head, at, at + m[0].length)) {
        addSignal(draft, st.signal, ctx.loc(ctx.lineOf(at)));
        break;
      }
      from = at + m[0].length;
    }
  }
}

/** Whether [start, end) of `text` lies inside a condition its line supposes. */
function supposedAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return insideAny(supposedSpans(line), start - lineStart, end - lineStart);
}

/** Signals of the catalogue's usage notes: lines that name no failure, whatever their words. */
const USAGE_NOTES = new Set(CATALOGUE.filter((e) => e.usage).map((e) => `cat.${e.id}`));

/** A paste this short is a title or a thin report: its lines are read as words even when they are short. */
const THIN_LINES = 3;
/**
 * Words, not output: three words or more, mostly letters (an issue title: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI not
 * respected"), after a version the title may open with ("4.0 - Issue with EC2 Instance Metadata running inside Container",
 * or with no mark between when the version cannot be a count: "3.6.4 does not fetch iam credentials using IMDSv2 …",
 * fog/fog-aws#560; titles of batches 7 and 9). The first word may be a label ("2.2.2 regression: S3 storage does not work
 * with AWS IRSA authentication anymore", a title of batch 10; "Bug: …", "Question: …").
 */
const TITLE_LIKE = /^\W{0,4}[A-Za-z][\w'’-]*:?(?:[ \t]+\S+){2,}/;
const VERSION_OPENING = /^\W{0,4}v?\d{1,3}(?:\.[\dx]{1,4}){0,3}\s{1,2}[-–—:]\s{1,2}|^\W{0,4}(?:v\d{1,3}(?:\.[\dx]{1,4}){1,3}|\d{1,3}(?:\.[\dx]{1,4}){2,3})\s{1,2}(?=[a-z])/;
function titleLike(line: string): boolean {
  return TITLE_LIKE.test(line.replace(VERSION_OPENING, '')) && !/[={}<>|]/.test(line);
}

/**
 * A sentence that opens with a quoted command or name ('"serverless deploy" attempted to use default AWS credentials'):
 * prose once the opening quote is set aside.
 */
function quotedOpening(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith('"') && looksLikeProse(t.slice(1));
}

/**
 * A pull request from a fork runs without the repository's secrets: "With the exception of GITHUB_TOKEN, secrets are not
 * passed to the runner when a workflow is triggered from a forked repository" (GitHub Docs, "Using secrets in GitHub
 * Actions"). In a paste that names a fork, secrets said to be empty or out of reach are the AWS keys the job never got
 * ("PRs coming from forks don't get to access the aws secrets", "this PR origin from forked repository. So all secrets
 * are empty": tuning pastes of batches 2 and 9, a conversation opening of batch 4). Elsewhere "secrets" is any
 * secret (Secrets Manager's own), so the fork is needed.
 */
const FORKED = /\bfork(?:s|ed)?\b/i;
const SECRETS_WITHHELD = /\bsecrets\b[^.;\n]{0,40}\b(?:(?:is|are|were|was) (?:all )?(?:empty|missing|blank|unset|undefined|not (?:set|available|passed|accessible|exposed|shared))|unavailable)\b|\b(?:don['’]?t|do not|doesn['’]t|does not|can['’]?t|cannot|can not|not|unable to|no) (?:get to |have |be able to )?(?:access (?:to )?)?(?:(?:the|any|our|its|aws|repo(?:sitory)?|github) ){0,3}secrets\b/i;

/**
 * The session token told as what is missing: a sentence or a pull request saying it must be passed, added, supplied or
 * supported ("we need to also pass in the AWS_SESSION_TOKEN in order to be able to properly use the AWS creds",
 * Yelp/paasta#3011; "Export aws_session_token from --generate", linaro-its/aws2-wrap#27; "Bedrock httpx to support
 * 'AWS_SESSION_TOKEN'", BerriAI/litellm#4371; "a session token which should be added to the request", disruptek/atoz#3:
 * tuning pastes and openings of batches 8 and 9). Temporary credentials do not work without their token (IAM user
 * guide, "Use temporary credentials with AWS resources"), so asking for it is the missing-token failure told as its fix.
 * Only the session token: "we need to pass credentials" is any setup talk.
 */
const SESSION_TOKEN = String.raw`(?:(?:session|security)[ _-]?tokens?|AWS_SESSION_TOKEN|x-amz-security-token)(?![ _-]?(?:duration|expir\w{0,6}|lifetime|length|ttl|field|page|setting))`;
// Handing the token on, not setting it up ("the session token should be set in the environment" is advice, "we need to
// set the session token duration to 12 hours" a setting).
const PASS_VERB = String.raw`(?:pass(?:ed)?(?: in| along| through| down)?|add(?:ed)?|include[d]?|suppl(?:y|ied)|export(?:ed)?|provided?|sen[dt]|forward(?:ed)?|propagated?|retrieved?)`;
const TOKEN_NEEDED = new RegExp(
  String.raw`\b(?:(?:need|needs|needed|have|has|had) to|should|must)(?: also| probably)?(?: be)? ${PASS_VERB}\b[^.;\n]{0,40}?${SESSION_TOKEN}` +
    String.raw`|${SESSION_TOKEN}[^.;\n]{0,40}?\b(?:(?:need|needs|has|have) to|should|must)(?: also| probably)?(?: be)? ${PASS_VERB}\b` +
    String.raw`|\bsupport(?:s|ed|ing)?(?: for)? ['"\x60]?${SESSION_TOKEN}` +
    // A title that is the fix ("Export aws_session_token from --generate"), not a shell line (`export AWS_SESSION_TOKEN=…`).
    String.raw`|^\W{0,4}(?:pass|add|export|include|forward|propagate|support)\b[^.;\n=]{0,40}?${SESSION_TOKEN}(?![\w-]|\s{0,2}=)`,
  'i',
);

/** Every reading of TOKEN_NEEDED names the token: a line without the word is not tried (most prose lines). */
const TOKEN_WORD = /token/i;

/** Advice to someone else ("you must set AWS_SESSION_TOKEN with temporary credentials"): how it works, not what fails. */
const ADVICE = /\byou(?: will| also)? (?:must|should|need|have to|have got to)\b/i;

/** Not a how-to question ("how do I pass the session token to boto3?"), a request ("never pass …"), advice or settled talk. */
function tokenNeeded(words: string): boolean {
  return TOKEN_WORD.test(words) && TOKEN_NEEDED.test(words) && !HOW_TO.test(words) && !IMPERATIVE.test(words) && !ADVICE.test(words) && !SETTLED.test(words);
}

/** People write a few sentences; a long log holds no more reports worth reading. */
const MAX_LINES = 400;

/** Whole-text regexes skipped when the shared literal scan finds none of their words (the same answer, no pass over a long paste). */
const otherErrorMessageLive = liveFilter([OTHER_ERROR_MESSAGE]);
const wholeTextLive = liveFilter([LOCAL_OS_ERROR, FORKED, API_MISMATCH, NETWORK_ERRNO, METADATA_REFUSAL]);

/**
 * A failure told in a sentence that names a container and the instance's role or metadata service together ("I was
 * running into failures when using route53 … inside a docker container on an EC2 node with an IAM role attached to the
 * EC2 machine", libdns/route53#58; "`aws` cannot authenticate itself using the EC2's IAM role if the container is
 * started with docker0 bridge network", aws/aws-cli#4683). A container is one network hop further from IMDS than its
 * instance, and IMDSv2's default hop limit of 1 keeps the token answer from reaching it (EC2 User Guide, "Use the
 * Instance Metadata Service to access instance metadata": "we recommend setting the hop limit to 2"), so the role the
 * writer names is the credential that did not arrive. In the tuning halves of batches 1–11 such a sentence stands in
 * seven texts (pastes and openings of batches 1, 7, 8, 9, 10, 11), all resolved as role credentials not delivered, and
 * in no negative. context-hints.ts's imdsNearContainer ranks the same pairing once a failure is known; this reads the
 * failure itself, with the instance's role in the words people use for it ("an EC2 node with an IAM role").
 */
const IN_CONTAINER = /\bcontaineri[sz]ed\b|\bcontainers?\b|\bdocker\b|\bpods?\b/i;
const INSTANCE_ROLE = /\bIMDS(?:v[12])?\b|\binstance metadata\b|\bmetadata (?:service|endpoint|server)\b|169\.254\.169\.254|\bEC2(?:['’]s)? (?:IAM |instance )?role\b|\binstance (?:profile|role)s?\b|\bhop[- ]?limit\b|\b(?:EC2|instance|node|host|machine|VM)s?\b[^.\n]{0,30}\bwith (?:an? |the |its )?(?:IAM )?(?:role|instance profile)\b|\bIAM role (?:attached|assigned) to (?:the |an? )?(?:EC2|instance|node|host|machine)\b/i;
/** The failure words of such a sentence: FAILING's, plus the noun people use for it ("running into failures"). */
const FAILURES_TOLD = /\bfailures?\b/i;

function roleInContainer(ctx: Parameters<Extractor>[0], draft: Parameters<Extractor>[1], n: number): void {
  const thin = ctx.lines.length <= THIN_LINES;
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    if (line.length < 24 || !IN_CONTAINER.test(line) || !INSTANCE_ROLE.test(line)) continue;
    if (!(FAILING.test(line) || FAILURES_TOLD.test(line)) || !(ctx.isProse(i) || (thin && titleLike(line)))) continue;
    addSignal(draft, 'prose.role-in-container', ctx.loc(i + 1));
    return;
  }
}

/**
 * An HTTP status told in words as AWS's answer ("Ansible will return a 401 from amazon", ansible/ansible#62160, batch 11;
 * "AWS returned 401", synfinatic/aws-sso-cli#279, batch 5; "the tools fail with `403 Forbidden` from S3",
 * NVIDIA/spark-rapids-tools#2045, batch 8). AWS answers 401 and 403 only to a request it did not authenticate or did
 * not authorize (a 403 from S3 is its AccessDenied, SignatureDoesNotMatch or InvalidAccessKeyId without the body). Read
 * only in a sentence, and only where no code or message names the failure already: the status is the weaker word.
 */
const STATUS_FROM_AWS = /\b(40[13])\b[^.\n]{0,30}\b(?:from|by) (?:the )?(?:amazon|aws|s3|sts)\b|\b(?:amazon|aws|s3|sts)\b[^.\n]{0,30}\b(?:returns?|returned|responds?|responded|answers?|answered|gives?|gave|throws?|threw)(?: with| back)? (?:an? |the )?(?:http |status |error )?(?:code )?(40[13])\b/i;

function statusFromAws(ctx: Parameters<Extractor>[0], draft: Parameters<Extractor>[1], n: number): void {
  if (draft.codes.some((c) => isAuthCode(c) || isCredentialClass(c)) || draft.signals.some((x) => x.id.startsWith('msg.') || x.id.startsWith('cat.'))) return;
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    if (!line.includes('40')) continue;
    const m = STATUS_FROM_AWS.exec(line);
    if (!m || !ctx.isProse(i)) continue;
    addSignal(draft, (m[1] ?? m[2]) === '403' ? 'prose.refused-report' : 'prose.credential-report', ctx.loc(i + 1));
    return;
  }
}

/** A line that ends by introducing what follows ("… the sync fails:"): the failure it tells is the one shown below. */
const INTRODUCES = /:\s*$/;

/**
 * An S3 message of another error on a line of its own words: a tool that puts credentials in the same breath ("mc:
 * <ERROR> Unable to initialize new alias from the provided credentials. The specified key does not exist.", MinIO's
 * client against a wrong endpoint, coollabsio/coolify#2615, batch 7) tells a credential failure with it.
 */
function otherErrorMessageShown(ctx: Parameters<Extractor>[0]): boolean {
  // Its seven messages open with \b under the i flag: a read of every position, spared when none of their words is here.
  const m = otherErrorMessageLive(ctx.lower)[0] ? OTHER_ERROR_MESSAGE.exec(ctx.text) : null;
  if (!m) return false;
  const start = ctx.text.lastIndexOf('\n', m.index) + 1;
  const end = ctx.text.indexOf('\n', m.index);
  return !LINE_SUBJECT.test(ctx.text.slice(start, end < 0 ? ctx.text.length : end));
}

/** The text is about AWS (or a tool that talks to it), not only about a CI platform or another cloud. */
export function mentionsAws(text: string): boolean {
  return AWS_CONTEXT.test(text);
}

/** `line` holds one of `words` (a plain loop: a closure over the line made every line of the scan below allocate its scope). */
function holdsAny(line: string, words: readonly string[]): boolean {
  for (const w of words) if (line.includes(w)) return true;
  return false;
}

/**
 * A service that wraps another's refusal in its own code: CloudFormation reading a template URL answers
 * "An error occurred (ValidationError) when calling the CreateStack operation: S3 error: Access Denied" (and "Template
 * validation error: S3 error: Access Denied", tuning pastes of batch 10), the wrapper's code carrying S3's denial as its
 * message. The denial is on the wrapping code's own line, so the code is no other error: it is this one.
 */
function wrappedDenial(ctx: Parameters<Extractor>[0], draft: Parameters<Extractor>[1], others: string[]): boolean {
  const n = Math.min(ctx.lines.length, MAX_LINES);
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    if (!ACCESS_DENIED_LINE.test(line) || !holdsAny(line, others)) continue;
    addSignal(draft, 'line.access-denied', ctx.loc(i + 1));
    return true;
  }
  return false;
}

/** The line without its sentences that name a network errno: those are the network's failure, not a report. */
const SENTENCE_BREAK = /[.!?]\s+/;
const withoutErrnoSentences = (line: string): string => line.split(SENTENCE_BREAK).filter((s) => !NETWORK_ERRNO.test(s)).join('. ');

export const extractProseReport: Extractor = (ctx, draft) => {
  const others = otherErrorCodes(draft.codes);
  const aws = AWS_CONTEXT.test(ctx.text);
  if (others.length > 0) {
    if (aws) wrappedDenial(ctx, draft, others);
    return;
  }
  if (otherCloudLive(ctx.lower)[0]! && OTHER_CLOUD.test(ctx.text) && !AWS_WORD.test(ctx.text)) return;
  if (aws) statements(ctx, draft);
  if (aws) roleInContainer(ctx, draft, Math.min(ctx.lines.length, MAX_LINES));
  if (aws) statusFromAws(ctx, draft, Math.min(ctx.lines.length, MAX_LINES));
  // A network errno named as the failure (ETIMEDOUT, ECONNREFUSED) is what the paste is about, whatever it guesses
  // at next ("This may be related to the fact that I'm using IAM authentication tokens", jeremydaly/serverless-mysql#19):
  // its own lines are no report, and it outweighs talk of credentials elsewhere, but not a credential failure told in
  // words on a line of its own ("Our AWS access key was rejected … Separately, … Nexus got ETIMEDOUT.").
  // The errno and metadata-refusal tests run over the whole text only when their words are in it (2 ms on a 1 MB log).
  const [localOsLive, forkLive, apiMismatchLive, errnoLive, refusalLive] = wholeTextLive(ctx.lower);
  // The metadata service refusing a request for want of its own token with no credential named is what the paste is
  // about too.
  const errno = errnoLive! && NETWORK_ERRNO.test(ctx.text);
  let otherError = (localOsLive! && LOCAL_OS_ERROR.test(ctx.text)) || (refusalLive! && METADATA_REFUSAL.test(ctx.text) && !CREDENTIAL_NAMED.test(ctx.text));
  const n = Math.min(ctx.lines.length, MAX_LINES);
  // A credential-storing command told failing is that command's failure (prose-vetoes.ts): its own lines are no report,
  // and it outweighs talk of credentials elsewhere, but not a failure told in words on a line of its own ("Our AWS
  // credentials expired and the deploy fails.\nAlso `aws configure set region …` fails on the read-only box.").
  const storeLines = storeCommandLines(ctx.lines, n);
  // An S3 message of another error (a bucket's or an object's state) on a line of its own words is what the paste is
  // about, unless the credential's failure is told in words too ("our S3 uploads fail" after the key was rotated):
  // talk of credentials beside it ("It isn't clear how … to download a credentials file", aws-samples/amazon-gamelift-unity#2,
  // a tuning negative of batch 14) is no report, nor a failure that a colon says is the message shown below it ("the
  // sync fails:\nS3 error: The specified key does not exist.").
  const messageShown = otherErrorMessageShown(ctx);
  let failureTold = false;
  let report: number | undefined;
  let talk: Talk | undefined;
  // A tool's usage note the catalogue knows (Granted's "… because it does not assume a role") is no failure in words.
  const notes = new Set(draft.signals.flatMap((s) => (USAGE_NOTES.has(s.id) && s.at ? [s.at.line] : [])));
  // Lines a catalogue entry already read (an SDK's "failed to refresh cached credentials, no EC2 IMDS role found"):
  // their own entry names the fault better than a record's general words would.
  const catalogued = new Set(draft.signals.flatMap((s) => (s.id.startsWith('cat.') && s.at ? [s.at.line] : [])));
  // A title or a line or two: read even a sentence too short to pass for prose ("invalid security token").
  const thin = ctx.lines.length <= THIN_LINES;
  const forked = aws && forkLive! && FORKED.test(ctx.text);
  const coded = draft.codes.some((c) => isAuthCode(c) || isCredentialClass(c));
  for (let i = 0; i < n; i++) {
    let line = ctx.lines[i]!;
    if (aws && ACCESS_DENIED_LINE.test(line)) {
      addSignal(draft, 'line.access-denied', ctx.loc(i + 1));
      return;
    }
    if (errno && NETWORK_ERRNO.test(line)) line = withoutErrnoSentences(line);
    if (line.length < 12 || notes.has(i + 1) || storeLines.has(i)) continue;
    // A program's line (a log record whose level paste-shape.ts took off, logfmt's `msg="…" err="…"`) saying credentials
    // could not be had is an error line whatever its level word: restic, Thanos, Velero and external-dns print no "Error".
    const record = !catalogued.has(i + 1) && !ctx.isProse(i) && NOT_HAD.test(line);
    if (isErrorLine(line) || (record && awsNotHad(line))) {
      // An error line whose own failure is the operating system's ("getting credentials: exec: exec: "aws": executable
      // file not found in $PATH") names credentials only as what was being done.
      if (aws && LINE_SUBJECT.test(blankDottedNames(line)) && !(apiMismatchLive! && API_MISMATCH.test(line)) && !(localOsLive! && LOCAL_OS_ERROR.test(line)) && !IMDS_REGION_LOOKUP.test(line) && !UNUSED_PROPERTY.test(line)) {
        addSignal(draft, NOT_LOADED.test(line) ? 'line.credentials-not-loaded' : 'line.credential-error', ctx.loc(i + 1));
        return;
      }
      otherError = true;
      continue;
    }
    // Another's credentials or a step of the chain: a record, so no report in words either.
    if (record) continue;
    // A refusal told later names the failure better than a general one told first ("There seems to be a typo that breaks
    // AWS_MSK_IAM authentication. … it still didn't work for me with an `Access denied: …` error", redpanda-data/console#223),
    // unless a code in the paste already names it (a 403 line quoting InvalidClientTokenId is that code, not a refusal).
    if ((report !== undefined && (talk === 'refused' || coded)) || !(ctx.isProse(i) || (thin && titleLike(line)) || quotedOpening(line))) continue;
    // After a general report only a refusal is still looked for: a line with none of a refusal's words is not read.
    if (report !== undefined && !REFUSAL_GATE.test(line)) continue;
    const past = pastRecommendation(line);
    const told = past === undefined ? undefined : beforeAsides(past);
    if (told === undefined) continue;
    const words = blankDottedNames(told);
    let said: Talk | undefined;
    const failing = aws && PROSE_SUBJECT.test(words) && FAILING.test(withoutSupposed(told));
    if (failing) said = REFUSED.test(told) ? 'refused' : 'failure';
    else said = credentialTalk(words, aws) ?? ((forked && SECRETS_WITHHELD.test(words)) || (aws && tokenNeeded(words)) ? 'failure' : undefined);
    if (said && (report === undefined || said === 'refused')) {
      talk = said;
      report = i + 1;
      failureTold = failing && !INTRODUCES.test(line);
    }
  }
  if (report === undefined || otherError || ((messageShown || storeLines.size > 0 || errno) && !failureTold)) return;
  addSignal(draft, talk === 'refused' ? 'prose.refused-report' : 'prose.credential-report', ctx.loc(report));
};

export const PROSE_REPORT_PATTERNS: RegExp[] = [OTHER_ERROR_MESSAGE, ...PROSE_VETO_PATTERNS, INTRODUCES, STATUS_FROM_AWS, SENTENCE_BREAK, IN_CONTAINER, INSTANCE_ROLE, FAILURES_TOLD, ...CREDENTIAL_TALK_PATTERNS, ...SUPPOSED_PATTERNS, FORKED, SECRETS_WITHHELD, TOKEN_NEEDED, TOKEN_WORD, ADVICE, DOTTED_INNER, TITLE_LIKE, VERSION_OPENING, UNUSED_PROPERTY, ...STATEMENTS.map((st) => st.re), NOT_LOADED, NOT_HAD, GOES_ON, REFUSED, ACCESS_DENIED_LINE, AWS_CONTEXT, OTHER_CLOUD, AWS_WORD, PROSE_SUBJECT, LINE_SUBJECT, FAILING, ERROR_LINE];
