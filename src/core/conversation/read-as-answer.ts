/**
 * A question's answer read from what the person already wrote (an opening, the prose around a paste),
 * with THAT question's own answer words: the words the interpreter reads in a reply to it (`say` and
 * `sayWhenAsked`), not a reader written per phrasing. A team that wrote "the session token is missing"
 * or "we use a named profile" in its first message is not asked that question afterwards.
 *
 * Chat is full of words that would answer a question on screen and mean nothing otherwise, so the
 * conditions are strict:
 * - the sentence is a person's (description.ts `personsSentences`: no error line, stack frame or log
 *   line, quoted errors left out), and not itself a question, a condition or advice to "you" ("is the
 *   clock off?", "if the token is missing …", a tool's "You can configure credentials by running …");
 * - it is about the question's topic (probes.ts `ANSWER_TOPICS`): "missing" answers the session-token
 *   question only in a sentence about a session token;
 * - the bare yes / no / don't-know words never count (probes.ts `GENERIC_ANSWER_WORDS`), nor the
 *   "unknown" choice, nor answer words that are one word alone ("other", "profile", "off", "missing"):
 *   on screen they answer the question, in chat they are just words ("every other resource");
 * - a denial cancels the answer-only words anywhere in their clause before them, the statement words only right
 *   before them (says.ts), as do the choice's own exceptions;
 * - one sentence gives exactly one choice; where sentences give different ones, the last one's counts (`saidIn`).
 */
import type { QuestionProbe, Statement, Words } from '../knowledge/types';
import { ANSWER_TOPICS, GENERIC_ANSWER_WORDS, PROBES, probeById } from '../knowledge';
import { DOUBTS_SETUP, innermost, statementsIn, undoubted } from './interpreter';
import { matchesAny, says, withoutMatches } from '../says';
import { near, nearTest } from '../near';

export interface ReadAnswer {
  probeId: string;
  choiceId: string;
}

/**
 * A sentence that asks or supposes rather than states, or that advises "you" (a tool's help text quoted in prose:
 * botocore's "You can configure credentials by running "aws configure"." is no statement that the keys were written
 * by `aws configure`, terraform-aws-modules/terraform-aws-autoscaling#296).
 */
const NOT_A_STATEMENT = /\?\s*$|^\s*(?:(?:and|but|so)\s+)?(?:if|whether|unless|in case)\b|^\s*(?:you|please)\b/i;
/**
 * Advice to "you" states nothing of the team's setup even by a question's statement words: "You can configure credentials
 * by running "aws configure"." is botocore's help text (terraform-aws-modules/terraform-aws-autoscaling#296), "you need
 * to export AWS_SESSION_TOKEN" and "If you decode the secret you will see …" tell what to do or would be seen. Nor does
 * the clauses of a sentence that doubt the setup ("not sure if it's SSO", interpreter.ts `DOUBTS_SETUP` and `undoubted`). A "please" is left to the words after it: "Please
 * refresh the credentials" quoted from a tool tells what the tool asked for (anthropics/claude-code#305).
 */
const ADVISES_YOU = /^\s*(?:(?:if|when|once)\s+)?you\b/i;
const STATES_NOTHING = (sentence: string): boolean => ADVISES_YOU.test(sentence);
/**
 * A condition that only points at the evidence ("If you look at my config, we use SSO profiles.", "if you check the
 * logs, …") governs nothing of the clause after it: that clause is the statement, read as if the lead-in were not there.
 */
const POINTER_LEAD_IN = /^\s*(?:if|when|once)\s+you\s+(?:look|check|see|read|open|inspect|view|compare)\b[^,\n]*,\s*/i;

/**
 * A yes-or-no question puts its words up for an answer rather than stating them: "Should the pipeline use SSO instead?",
 * "Is the key in the environment variables?", "Does it work from another machine?". A question that asks how or why
 * ("How do I use my SSO profile with it?", "why does it work on my laptop?") takes its setup as given and is still read, and
 * so does a help request put as one ("Does anyone know why aws sso login keeps failing?", "Has anyone seen this with SSO
 * profiles?"): it asks about the people, not the setup.
 */
const YES_NO_QUESTION = /^\W*(?:(?:and|but|so|also)\s+)?(?:is|are|was|were|should|shall|could|can|would|will|do|does|did|has|have|had|must|may|might)\b[^?]*\?\s*$/i;
const ASKS_ABOUT_PEOPLE = /^\W*(?:(?:and|but|so|also)\s+)?(?:is|are|was|were|should|shall|could|can|would|will|do|does|did|has|have|had|must|may|might)\s+(?:there|anyone|anybody|someone|somebody)\b/i;
/**
 * Two regexes, not one with a lookahead after the verb: recheck cannot read an unbounded lookahead there (it left the one
 * regex undecided). The sentence's opening words have one reading only (the verbs are whole words, none a conjunction),
 * so "asks whether, unless it asks about people" says what the lookahead said.
 */
export const asksWhether = (sentence: string): boolean => YES_NO_QUESTION.test(sentence) && !ASKS_ABOUT_PEOPLE.test(sentence);

/** Each question's topic (probes.ts `ANSWER_TOPICS`), compiled once. */
const TOPICS: ReadonlyMap<string, RegExp> = new Map(Object.entries(ANSWER_TOPICS).map(([id, src]) => [id, new RegExp(src, 'i')]));

/** One word (its forms and alternatives, anchored or not): no phrase, so no answer when nobody asked. */
const ONE_WORD = /^\^?(?:\\b)?[\w()|?]+(?:\\b)?\$?$/;
const phrases = (patterns: readonly Words[] | undefined) => (patterns ?? []).filter((p) => typeof p !== 'string' || (!GENERIC_ANSWER_WORDS.has(p) && !ONE_WORD.test(p)));

/**
 * The choice a sentence gives by the question's answer-only words (`sayWhenAsked`, less the bare yes / no / don't know),
 * in a sentence about the question's topic besides those words ("the creds come from a profile"; "--profile prod" alone
 * is not about where credentials come from). Undefined when it gives none, or more than one counting the choices' `say`
 * words too.
 */
function choiceIn(probe: QuestionProbe, topic: RegExp, sentence: string): string | undefined {
  const byWords = new Set<string>();
  const byAnswerWords = new Set<string>();
  for (const c of probe.choices) {
    if (c.id === 'unknown' || matchesAny(sentence, c.sayUnless)) continue;
    const specific = phrases(c.sayWhenAsked);
    if (says(sentence, c.say)) byWords.add(c.id);
    // Words nobody asked for must stand undenied in their whole clause ("the keys were never set with aws configure").
    if (says(sentence, specific, 'clause') && topic.test(withoutMatches(sentence, specific))) byAnswerWords.add(c.id);
  }
  const all = new Set([...byWords, ...byAnswerWords]);
  return byAnswerWords.size === 1 && all.size === 1 ? [...all][0] : undefined;
}

/**
 * A CLI command's options (each read one way only: an option's name and value each open with a word character, so
 * `--opt val` is no longer two readings per option, which made the time double with each one), service and operation.
 * A one-word operation (`aws ec2 wait`) counts only before an option: read in code (cliOperationsOut), as the
 * lookahead was. Not in READ_AS_ANSWER_PATTERNS: recheck proves it polynomial (degree 2, `aws --x aws --x …`: each
 * `aws` starts a search, as with any unanchored command), not exponential (recheck automaton, checked by hand: the test timed out at 150 s under load).
 */
const CLI_OPERATION = /\baws\s+(?:-{1,2}\w[\w-]*(?:[ =]\w[\w.-]*)?\s+)*(?:ec2|eks|ecs|lambda|ecr)\s+(?:[a-z]+-[a-z-]+|([a-z]+))/g;
function cliOperationsOut(text: string): string {
  return text.replace(CLI_OPERATION, (command: string, oneWord: string | undefined, at: number) => (oneWord === undefined || optionNext(text, at + command.length) ? ' … ' : command));
}
/** White space then `--` from `at`. */
function optionNext(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i > at && text.startsWith('--', i);
}
/**
 * Words in a sentence that name something other than what a reader of the whole sentence would take them for, left out
 * before any question is read from the sentence (read for its questions only; its statements read the sentence whole):
 * - a link: "https://github.com/…/DEPLOYMENT.md" names no CI service;
 * - a supposition: "if your IAM credentials expire, …", "where if AWS_ACCESS_KEY_ID … are set in the environment (…)"
 *   say nothing of what the team has (the clause from the "if" to the comma that ends it; "even if" is no supposition,
 *   nor "depending on whether": "some nix commands recognize the env vars and some don't depending on whether they are
 *   ran behalf of nix daemon or not" (cachix/install-nix-action#229) tells both cases as they are,
 *   and "if I use --profile it works" stays whole: its condition is what works elsewhere); an "unless" clause to its end
 *   wherever it stands: "the provider doesn't work unless AWS_ACCESS_KEY_ID etc are set" names what is not the case
 *   (anomalyco/opencode#12984: no keys were set, the task role was);
 * - a CLI command's service and operation: `aws ec2 describe-instances`, `aws --profile prod eks update-kubeconfig`
 *   are the API called, not where the code runs (the command as typed: lower case, an operation after the service);
 * - an ARN's `assumed-role` segment: every role session has it, a platform role's as much as a script's;
 * - "an instance of" a class: an object, not an EC2 instance.
 */
const NOT_WHAT_IT_SAYS = [
  /\bhttps?:\/\/\S+/gi,
  /(?<!\beven |\bdepending on |\bbased on )\b(?:if|whether|in case)\b[^,;:.!?()]*(?=[,(])/gi,
  /\bunless\b[^,;:.!?()]*/gi,
  /\bassumed-role\b/gi,
  /\binstances? of\b/gi,
];
function readableForQuestions(sentence: string): string {
  return NOT_WHAT_IT_SAYS.reduce((text, re) => text.replace(re, ' … '), cliOperationsOut(sentence));
}

/**
 * A line of code in the prose ("const AWSMock = require("aws-sdk-mock");", "conn = TableConnection(…,
 * aws_access_key_id=os.environ[…],", `description = "…"`): names in it are identifiers, not statements.
 */
const CODE_LINE = [
  /^\s*(?:const|let|var|import|def|func|return)\b.*[=(]/,
  /^\s*(?:describe|it|test)\s*\(/,
  /^\s*[\w.$[\]]+\s*=\s*"/,
  /[;{(]\s*$/,
  /=>/,
  /\brequire\(/,
  /\{\s*"\w+"\s*:/,
  /^\W*(?:DEBUG|TRACE|INFO|WARN(?:ING)?)\b/,
];
const CALL = /\w\(/;
/**
 * A call left open at the line's end ("conn = TableConnection(…, aws_access_key_id=os.environ[…],"): a `name(` after the
 * line's last `)`, and a comma last. Read from the end, not by `\w\([^)]*,\s*$`, which scanned to the end from every `x(`
 * (quadratic: 5 s on 40,000 characters of "a(a(…").
 */
function opensCallAtEnd(line: string): boolean {
  const end = line.trimEnd();
  return end.endsWith(',') && CALL.test(end.slice(end.lastIndexOf(')') + 1, -1));
}
/** The alternatives are separate regexes (a line is code when any matches): as one, recheck could not decide it in 60 s. */
export const isCodeLine = (line: string): boolean => CODE_LINE.some((re) => re.test(line)) || opensCallAtEnd(line);

/**
 * Conditions on a choice read from words nobody asked for, beyond its `say` words (which a reply to the question on
 * screen needs no more than): the environment-variable words ("env vars", "environment variable") name where keys come
 * from only in a sentence about keys (or one the env choice's other words already answer: "a bad travis.yml"), and no
 * variable names it in a sentence about a profile's variable or one not set ("the AW_PROFILE environment variable",
 * "login env vars", "getting env variables"); an assumed role beside the platform's compute that holds it ("a role
 * assigned to a kubernetes deployment, which has assume role capabilities", "an EC2 with Assumed Role") is the
 * platform's role, not a script's keys.
 */
const KEY_WORDS = /\b(?:(?:access[ _-]?)?keys?|creds|credentials?|secrets?)\b|\bAWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|SECURITY_TOKEN)\b/i;
const PROFILE_VARIABLE = /\bAWS?_(?:DEFAULT_)?PROFILE\b/i;
const PLATFORM_COMPUTE = /\b(?:ec2|instances?|pods?|deployments?|k8s|kubernetes|eks|lambdas?|ecs|tasks?|nodes?|service ?accounts?)\b/i;
/** A variable named as not set (a near form: its parts are in the answer words' regex-safety test): "AWS_SESSION_TOKEN is not being set", "AWS_ACCESS_KEY_ID … not found in environment". */
export const VARIABLE_NOT_SET = near(String.raw`\bAWS_\w+\b`, String.raw`\b(?:not|never|isn'?t|wasn'?t|aren'?t|weren'?t)\b(?:\s+\w+){0,2}\s+(?:set|found|present|defined|read|passed|forwarded|given)\b`, { gap: '[^.]', within: 40 });
/** The environment-variable words alone; the env choice's other words (a CI service's pipeline file, a CI secret) count as they are. */
const ENV_VARIABLE_WORDS = /\benv(?:ironment)? ?(?:var|variable)s?\b/gi;
const SIGN_IN = probeById('sign-in');
const ENV_SAY = SIGN_IN?.kind === 'question' ? SIGN_IN.choices.find((c) => c.id === 'env')?.say : undefined;
const saysEnvBesidesVariables = (sentence: string): boolean => says(sentence.replace(ENV_VARIABLE_WORDS, ' … '), ENV_SAY);
/**
 * Lambda's runtime sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN itself, from the function's execution
 * role (Lambda developer guide, "Defined runtime environment variables": reserved, not settable by the team): those
 * variables named beside Lambda are the platform's role, not keys the team put in the environment (jschneier/django-storages#1401).
 */
const LAMBDA = /\blambdas?\b/i;
/**
 * A key gone ("deleted", "removed", "disabled") only in a sentence about a key, a credential, an IAM user or a person
 * offboarded, as the rotation question's topic (probes.ts `ANSWER_TOPICS`) has it: "IMDSv1 is disabled"
 * (anomalyco/opencode#17777), "once I removed that [profile]" (anomalyco/sst#2398), "the sts module was accidentally removed"
 * name something else gone.
 */
const KEY_GONE_TOPIC = /\biam users?\b|\boffboard/i;
/** Looked up once, so a renamed topic id fails when the module loads, not when a sentence is read. */
const ROTATION_TOPIC = TOPICS.get('rotation')!;
const PROSE_NEEDS: Record<string, (sentence: string) => boolean> = {
  'rotation=disabled': (s) => ROTATION_TOPIC.test(s) || KEY_GONE_TOPIC.test(s),
  'sign-in=env': (s) => (KEY_WORDS.test(s) || saysEnvBesidesVariables(s)) && !PROFILE_VARIABLE.test(s) && !nearTest(VARIABLE_NOT_SET, s) && !LAMBDA.test(s),
  'sign-in=assume-role': (s) => !PLATFORM_COMPUTE.test(s),
};

/** What the person's sentences say: the questions they answer, and the statements of fact read on the way. */
export interface Said {
  stated: ReadAnswer[];
  statements: Statement[];
}

/** The person's comment on a line of code (`//`, ` #`). */
const CODE_COMMENT = /(?:\/\/|\s#)\s*\S/;

/**
 * The choices one sentence gives each open question: by the statement words (statementsIn), or by the answer-only words;
 * and the statements of fact that same reading found.
 */
function readingsOf(said: string, open: string[], statementWords: boolean): Said {
  // A line of code is read only when it carries the person's comment on it (`bucket = "tf-state" //Does not exist in B`).
  if (isCodeLine(said) && !CODE_COMMENT.test(said)) return { stated: [], statements: [] };
  const raw = said.replace(POINTER_LEAD_IN, '');
  const whole = readableForQuestions(raw);
  const read = statementWords ? statementsIn([whole], open) : { stated: [], statements: [] };
  const sentence = undoubted(whole, DOUBTS_SETUP, false);
  // Advice under a condition reads from the raw sentence: "If you use SSO, run aws sso login first." has lost its "if you" above.
  if (sentence === '' || STATES_NOTHING(sentence) || STATES_NOTHING(raw) || asksWhether(sentence)) return { stated: [], statements: read.statements };
  const out = read.stated.filter((a) => PROSE_NEEDS[`${a.probeId}=${a.choiceId}`]?.(sentence) !== false);
  if (NOT_A_STATEMENT.test(sentence)) return { stated: out, statements: read.statements };
  for (const probe of PROBES) {
    const topic = TOPICS.get(probe.id);
    if (probe.kind !== 'question' || !topic || !open.includes(probe.id) || out.some((a) => a.probeId === probe.id)) continue;
    const c = choiceIn(probe, topic, sentence);
    if (c && PROSE_NEEDS[`${probe.id}=${c}`]?.(sentence) !== false) out.push({ probeId: probe.id, choiceId: c });
  }
  return { stated: out, statements: read.statements };
}

/**
 * The answer each of `open`'s questions gets from the person's sentences: by its statement words (`say`) or its
 * answer-only words (`sayWhenAsked`). Sentences that give one question two different answers ("I thought the keys came
 * from environment variables …" … "It turns out the tool reads them from the credentials file") are read by the last
 * sentence that answers it: an opening tells the setup first and what was found last. Where the code runs is the
 * exception: sentences naming two places ("a local development environment" … "Starting shell in container") tell it
 * by the innermost place named.
 */
export function saidIn(sentences: string[], open: string[], statementWords = true): Said {
  const found = new Map<string, string[]>();
  const statements: Statement[] = [];
  for (const s of sentences) {
    // Markdown bold is emphasis, not words: "steps that **are not** using the instance role" (OctopusDeploy/Issues#8177) is
    // read as the negation it is.
    const sentence = s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
    if (sentence === '') continue;
    const read = readingsOf(sentence, open, statementWords);
    for (const a of read.stated) found.set(a.probeId, [...(found.get(a.probeId) ?? []), a.choiceId]);
    for (const st of read.statements) if (!statements.includes(st)) statements.push(st);
  }
  const stated = [...found].flatMap(([probeId, choices]) => {
    const distinct = new Set(choices);
    const one = distinct.size === 1 ? choices[0] : probeId === 'runtime' ? innermost(distinct) : choices[choices.length - 1];
    return one ? [{ probeId, choiceId: one }] : [];
  });
  // Temporary keys kept in the credentials file or the environment were put there by whatever issued them (a script
  // that assumed a role, a sign-in tool): the sign-in question's "assumed role / temporary keys exported by a script"
  // choice, whose effects (an expired key, a missing token) are theirs; the file and env choices' are a long-term key's.
  const signIn = stated.find((a) => a.probeId === 'sign-in');
  if (signIn && KEPT_KEYS.has(signIn.choiceId) && statesTemporaryKey(sentences, statementWords)) signIn.choiceId = 'assume-role';
  return { stated, statements };
}

/** Where keys are kept (the credentials file, the environment), as opposed to what issued them. */
const KEPT_KEYS = new Set(['file', 'env']);
/**
 * Whether the sentences say the key is a temporary one: an ASIA key id or temporary-key words (the key-prefix question's
 * `asia` choice), read whether or not that question is still open. Not a session token named: one "still set" beside new
 * long-term keys, or "we don't use a token" with an AKIA key, says nothing of the key (rust-lang/simpleinfra#27).
 */
function statesTemporaryKey(sentences: string[], statementWords: boolean): boolean {
  return saidIn(sentences, ['key-prefix'], statementWords).stated.some((a) => a.choiceId === 'asia');
}

/** What the questions' own answer words (`sayWhenAsked`) alone give: `saidIn` without the statement words. */
export const answersIn = (sentences: string[], open: string[]): ReadAnswer[] => saidIn(sentences, open, false).stated;

/** For the answer words' regex-safety test (test/unit/core/answer-words-regex-safety.test.ts): each runs on the person's sentences. */
export const READ_AS_ANSWER_PATTERNS: RegExp[] = [...NOT_WHAT_IT_SAYS, NOT_A_STATEMENT, ADVISES_YOU, POINTER_LEAD_IN, YES_NO_QUESTION, ASKS_ABOUT_PEOPLE, ONE_WORD, ...CODE_LINE, CALL, CODE_COMMENT, KEY_WORDS, PROFILE_VARIABLE, PLATFORM_COMPUTE, ENV_VARIABLE_WORDS, LAMBDA, KEY_GONE_TOPIC];
