/**
 * The interpreter: what a person's words mean for the pending question and for the belief.
 * - Case commands ("resolved - removed the export", "done", "not this", "just show me the fix").
 * - An answer, only ever to the PENDING question: its number ("2"), its words ("yes it starts
 *   with ASIA"), or both ("2, it's sso" — the rest of the sentence is read as statements).
 * - Statements of fact at any phase: a probe's specific words ("we rotated yesterday", "it's
 *   GitHub Actions") record that probe's answer; STATEMENTS hold the facts no question asks for
 *   ("the env has the old key"); an account id or ARN the runtime *should* use is remembered.
 * A paste (an error, output, several lines) is evidence for the belief, never an answer: the
 * engine does not call this for pastes.
 */
import type { Probe, QuestionProbe, Statement } from '../knowledge/types';
import { PROBES, STATEMENTS } from '../knowledge';
import { NOT_SURE, NO_AS_A_NOUN } from '../knowledge/not-sure';
import { matchesAny as test, says, saysNow } from '../says';
import { showsErrorText, type Diagnosis } from '../diagnosis';

export type Intent = 'dismiss' | 'resolve' | 'done' | 'reject' | 'failing' | 'confirm' | 'help' | 'skip' | 'fix' | 'platforms' | 'why';

export interface Interpretation {
  intent?: Intent;
  /** The answer to the pending question, if the words give one. */
  answer?: { probeId: string; choiceId: string };
  /** Other questions the words answer as statements of fact ("we rotated yesterday"). */
  stated: Array<{ probeId: string; choiceId: string }>;
  statements: Statement[];
  /** The account / principal the team expects the runtime to use. */
  expected?: { account?: string; principal?: string };
  /** What the team wrote after "resolved:" or before "fixed it" (what fixed it), kept for the summary. */
  note?: string;
  /** A bare number that does not match any choice of the pending question. */
  badNumber?: boolean;
  /** The reply is the answer's number or label, or both: the button's own words, taken as the button (no evidence in them). */
  pressed?: boolean;
  /** Choices a correction denies ("no wait, not sso"): an earlier answer or statement of them is taken back (said.ts). */
  denied?: Array<{ probeId: string; choiceId: string }>;
  /** The reply takes back the whole last answer ("I misread", "wrong answer"): every choice given in it (said.ts). */
  retracts?: true;
}

/** Text longer than this, or on several lines, is a paste: evidence, never an answer. */
const MAX_WORDS_CHARS = 300;

/** Whether a text is a paste (error text, several lines, or long) rather than words typed to the case. `d` is diagnose() of it. */
export function isPaste(text: string, d: Diagnosis): boolean {
  return showsErrorText(d) || text.trim().split('\n').length > 1 || text.length > MAX_WORDS_CHARS;
}

/** The words were read as an answer or as statements, so they count through those, not as evidence text. */
export function understood(words: Interpretation): boolean {
  return words.answer !== undefined || words.badNumber === true || words.stated.length > 0 || words.statements.length > 0 || words.retracts === true;
}

/**
 * A reply that takes back what was said ("wait no sorry its AKIA", "actually it's SSO", "correction: …"): the questions
 * answered before are open to its words again, and a different choice replaces the earlier one (said.ts; QA 34 F14).
 */
// "no," before the claim: `\b` after its comma needed a word character next, so "no, it's AKIA" never read as a correction.
// "no wait, it starts with ASIA" (QA38 F2): "no" before "wait" takes back as "no," does.
const CORRECTING = /^(?:(?:wait|sorry|oops|actually|correction|scratch that|my bad|i mean|i meant|nope)\b|no ?,|no,?\s{1,3}wait\b)/i;
/**
 * What a correction word opens with is not yet a correction (review 34b R34b-4): the reply must assert the other choice.
 * Not a question ("sorry what does AKIA mean?"), nor someone's belief or words ("my coworker thought it was ASIA"): read
 * in the claim the correction word opens (up to its first `.`, `,`, `;` or `?`, the `?` kept), so a question or a denial
 * after it ("actually it's ASIA, from sso. does that matter?", "no, it's AKIA but not rotated recently") takes nothing
 * back (review 34d R34d-7). Nor a choice taken back in the same breath: "… but no", "… but not" ending the reply.
 */
const NOT_ASSERTED = /\?|\b(?:thought|think|thinks|believed?|believes|said|says?|told (?:me|us)|guessed|suggested|assumed)\b[ \t]{1,3}(?:that[ \t]{1,3})?(?:it|its|it's|it was|was|is)\b/i;
const TAKEN_BACK = /\bbut (?:no|not)\W*$/i;
/** The claim a correction word opens: the reply after that word, to the end of its first clause. */
// Correction words in a row with a comma between ("no wait, it starts with ASIA": QA38 F2) are one opening: the claim is after the last.
const CORRECTION_CLAIM = /^(?:(?:wait|sorry|oops|actually|correction|scratch that|my bad|i mean|i meant|no|nope)\b[\s,:;.!-]*)+([^.,;?]*\??)/i;
/**
 * A hedge in the claim ("wait no, its ASIA I think"): said unsure, it takes no firm answer back (review 35 R35-5).
 * Beside an answer "I think" reads as said (DOUBT); against one already given it is no correction.
 */
const HEDGED = /\bi (?:think|believe|guess)\b/i;
/**
 * A claim asked, its question mark left out ("wait, is it ASIA"): no correction either. Asked when its verb comes first
 * with a subject after it; without one the claim is chat's subject-less correction ("no, was rotated yesterday",
 * "actually, was ASIA not AKIA", "correction: can confirm it is ASIA": review 35b R35b-10).
 */
const ASKED_CLAIM =
  /^(?:(?:is|are|was|were|does|do|did|could|can|should|would)\s{1,3}(?:it|its|it's|that|this|the|i|you|we|they|he|she|my|our|your|their|there|a|an)\b|(?:what|how|which|why)\b)/i;
/**
 * The claim of a reply that takes back what was said, or undefined when the reply corrects nothing. The answered
 * questions are read again in this claim only (interpret): a choice said later in the reply ("actually my coworker, who
 * set it up, thought it was ASIA"; "no, I did not rotate it. the key starts with ASIA I think") is no correction of an
 * earlier answer, as its assertion was never checked (review 35 R35-5).
 */
export function correctionClaim(text: string): string | undefined {
  const t = text.trim();
  if (!CORRECTING.test(t) || TAKEN_BACK.test(t)) return undefined;
  // Correction words in a row ("wait no sorry its AKIA"): the claim is what follows the last of them.
  let claim = t;
  for (let m = CORRECTION_CLAIM.exec(claim); m && m[1] !== claim; m = CORRECTION_CLAIM.exec(claim)) claim = m[1]!;
  const asserted = claim.trim() !== '' && !NOT_ASSERTED.test(claim) && !HEDGED.test(claim) && !ASKED_CLAIM.test(claim.trim());
  return asserted ? claim : undefined;
}

/** Only the start of a reply is read for words. */
const READ_LIMIT = 400;

/**
 * Words that begin with "can't" or "unable to": the person cannot do the step ("I can't run that here", "can't tell",
 * "unable to check the env of that container", "can't see whether AWS_SESSION_TOKEN is set"), or will not do it there
 * ("We can't use SSO on the build agents", "can't install the SSO plugin on that box"). Unless the words tell the tool's
 * failure to sign in and name one of the question's choices: "Can't use AWS SSO auth with sso-session profile" to "How do
 * these credentials get into the failing runtime?" is SSO, the tool's failure told in the reporter's words
 * (hashicorp/packer-plugin-amazon#350, batch 17: read as a skip, the sign-in recorded as unknown).
 */
const CANNOT_STEP = /^(i |we )?(can'?t|cannot|am unable to|'m unable to|are unable to|unable to|don'?t have access|have no access|no access)\b/i;
/**
 * The failures told, an allow-list (review 17: a list of step verbs let every other verb through, and "can't use SSO on the
 * build agents", "can't figure out if it's SSO", "cannot export the keys there" read as answers): using a way of signing in
 * ("can't use SSO auth with …"), authenticating, or loading, assuming, refreshing or obtaining the credentials or role.
 */
const CANNOT_SIGN_IN = /^(?:i |we )?(?:can'?t|cannot|(?:am |'m |are )?unable to) (?:use (?:aws |the |an? )?(?:sso|iam|oidc|saml|web identity|identity center|profile|role|key|token) auth(?:entication)? (?:with|through|via|from)\b|authenticate\b|(?:load|assume|refresh|obtain|retrieve|resolve) (?:the |my |our |any |an? )?(?:aws |sso |cached |role |profile |temporary |session )?(?:credentials|creds|role|token|profile)\b)/i;

/** A failure told ("can't use SSO auth with this profile") that names one of the question's choices: an answer, not a skip. */
function toldFailureAnswers(question: QuestionProbe, text: string): boolean {
  return CANNOT_SIGN_IN.test(text) && namesAChoice(question, text);
}

/** A request for the fix as a whole reply. */
const FIX_REQUEST = /^(just |please |ok,? )?((show|give|tell)( me| us)? (the |a )?fix|what'?s the fix|skip (the )?questions|fix it)\b[\s.!?]*$/i;
/** The same as a clause of a reply, but for "fix it", which a clause also tells of the team's own work ("we'll rotate and fix it"). */
const FIX_ASKED = /^(just |please |ok )?((show|give|tell)( me| us)? (the |a )?fix|what'?s the fix|skip (the )?questions)$/i;
/** Where a reply's clauses part: punctuation, a dash between spaces, or "so" / "and" / "but" / "then" joining them. */
const CLAUSE_BREAK_WORDS = /[,;.!?]|\s[-–—]\s|\s(?:so|and|but|then)\s/i;

/**
 * "nothing is broken, it was just a tip", "this is not an incident, please close", "false alarm", "ignore this": the case
 * was opened on chat that was no incident (QA 39 F6). The plain phrases open the reply, and what follows is their reason,
 * never an answer ("nothing … changed" must not be read as the rotation answer). The weak ones ("ignore that", "not a
 * problem", "nothing is wrong") also start replies that go on with the case ("ignore that, wrong paste", "not a problem,
 * I can run it"): only the whole reply dismisses. Each alternative is a fixed phrase: linear.
 */
const DISMISSAL = /^(?:(?:no,? |ok,? )?(?:this|that|it)(?: is|'s| was) )?(?:not an? (?:incident|real (?:error|issue|problem))|(?:a |just a )?false alarm|nothing(?:'s| is) broken|just an? (?:tip|fyi|psa|heads[- ]up|reminder)|fyi only|no incident)\b(?:$|[\s.!,;:–—-])/i;
const WHOLE_DISMISSAL = /^(?:(?:please )?ignore (?:this|that|it|me)|(?:(?:this|that|it)(?: is|'s| was) )?not an? (?:issue|problem)|nothing(?:'s| is) wrong)(?:,? (?:please )?close(?: (?:it|this|the case))?)?[\s.!]*$/i;

const INTENTS: Array<{ intent: Intent; re: RegExp }> = [
  { intent: 'dismiss', re: DISMISSAL },
  { intent: 'dismiss', re: WHOLE_DISMISSAL },
  // A dash or colon with nothing after it ("resolved -", "fixed:") is the command with its note left out.
  { intent: 'resolve', re: /^(resolved?|fixed|solved|close( the case)?|it works( now)?|works now|all good)\b[\s.!:;,–—-]*$/i },
  { intent: 'done', re: /^(done|did (it|that)|finished|steps? done|ok,? done|completed)\b[\s.!]*$/i },
  { intent: 'reject', re: /^(not (this|it|that)( (one|cause))?|wrong cause|reject)\b[\s.!]*$/i },
  // "still failing", "that didn't work (either)": a report on a fix tried, which rules out its cause only once a fix was
  // shown (commands.ts); before that nothing was tried, so it is no evidence (QA 34 F3, F1).
  { intent: 'failing', re: /^(still (failing|fails|broken|the same)|(that |it |this )?(did ?n'?t|did not|does ?n'?t|does not) work( either)?|(that |it )?(made no|makes no) difference|no luck)\b[\s.!]*$/i },
  { intent: 'confirm', re: /^(confirm|that'?s it|this is it|yes,? that'?s the cause)\b[\s.!]*$/i },
  { intent: 'fix', re: FIX_REQUEST },
  { intent: 'platforms', re: /^(show |see )?(the |all )?other platforms?\b[\s.!?]*$/i },
  { intent: 'help', re: /^(help|\?|what now\??)$/i },
  // "why do you need that?", "why?", "what for?": the person asks the reason for the step (QA 37 F17).
  { intent: 'why', re: /^(?:but |and |ok,? )?(?:why\b(?: (?:do|does|would) (?:you|it|that|this) (?:need|want|ask|matter)\w*| (?:is|are) (?:you asking|that needed|that important|this needed|this important)| (?:does|would) (?:that|it|this) matter| ask(?:ing)?)?(?: (?:that|this|it|for (?:that|this|it)))?|what(?:'?s| is)? (?:that |this |it )?for|what does (?:that|it|this) (?:tell|change)(?: you)?)[\s.!?]*$/i },
  { intent: 'skip', re: /^(skip|pass|next|(i )?can'?t( run (it|that))?|cannot|no access|not possible|n\/a)\b[\s.!]*$/i },
  // "I can't run that here", "no access to that box", "unable to get into the pod": cannot do the step (unless the words
  // answer the question asked: see CANNOT_STEP).
  { intent: 'skip', re: CANNOT_STEP },
];

/**
 * "resolved - the cron job had an old export, removed it": the case closes with that note. The note is `[\s\S]*`, not
 * `.*`: the reply read has no line break left (`interpret` folds whitespace), where the two match the same, and with `.*`
 * a line break after a run of punctuation ("fixed::::…\n") made every split of the run be tried before failing (recheck:
 * vulnerable, quadratic).
 */
export const RESOLVED_WITH_NOTE = /^(resolved?|fixed|solved|it works now|works now|it works)\s*[-:,.;!–—]+\s*(\S[\s\S]*)$/i;
/**
 * "removing the export from .bashrc fixed it": the case closes, and that is what fixed it. Read on the folded reply
 * (`interpret`: one space between words, trimmed), where the old `^(\S.{2,200}?)\s+(fixed|solved) …$` meant "this
 * ends the reply, after 3 to 201 characters": the length is counted by `fixedIt`, not by a bounded lazy repeat that
 * recheck could not decide.
 */
const FIXED_IT = /\s(?:fixed|solved) (?:it|the (?:problem|issue|error))\b[\s.!]*$/i;
export const fixedIt = (folded: string): boolean => {
  const at = FIXED_IT.exec(folded)?.index ?? -1;
  return at >= 3 && at <= 201;
};
const DONT_KNOW = /^(i |we )?(don'?t|do not|dont) know\b|^(not sure|no idea|no clue|idk|dunno|unsure)\b/i;
/** "option 2", "choice 3", "#2", "no. 4": the words people put before a choice's number ("no" needs its dot: "no 2 factor auth"). */
const NUMBER_WORD = String.raw`(?:(?:option|choice|number|answer|no\.)\s*|#\s*)?`;
const LEADING_NUMBER = new RegExp(String.raw`^${NUMBER_WORD}(\d{1,2})(?:\s*[.):,;!-]\s*|\s+)(\S.*)$`, 'i');
const BARE_NUMBER = new RegExp(String.raw`^${NUMBER_WORD}(\d{1,3})\s*[.)!]*$`, 'i');
/**
 * A choice's number said in a short sentence (QA38 F2): "it's 2", "sorry, 2", "I'd say 1", "the 2nd one", "ok, 2." The
 * words around it are filler, not a story; a doubt is not ("I guess 2", "maybe 2": read by the words, it leaves "not
 * sure"), nor a quantity ("it's 2 minutes behind": the sentence goes on after the number).
 */
const FILLER = String.raw`(?:(?:sorry|oops|ok(?:ay)?|um+|uh+|hmm+|well|so|oh|ah)\b[\s,.!:-]{0,3})*`;
const SAYING = String.raw`(?:(?:it'?s|it is|that'?s|that is|i'?d say|i would say|i think|i'?ll go with|go with|(?:my |the )?answer is)\s+)?`;
const SAID_NUMBER = new RegExp(String.raw`^${FILLER}${SAYING}(?:the\s+)?${NUMBER_WORD}(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:one|option|choice))?\s*[.)!]*$`, 'i');
/** A reply that is a choice's number and nothing else ("2", "option 2", "#2."). */
export const isBareNumber = (raw: string): boolean => BARE_NUMBER.test(raw.trim());
/** "the second one", "third": a choice by its place in the list. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const ORDINAL = new RegExp(String.raw`^(?:the\s+)?(${ORDINALS.join('|')})(?:\s+(?:one|option|choice))?\s*[.!]*$`, 'i');
/**
 * A number that is no choice's: a quantity ("2 minutes behind", "3 hours off") or alternatives ("2 or 3", "2-3"). Read
 * as a choice it would be a misread (the clock question's choice 2 is "right"); the words are read as words instead.
 */
const NOT_A_CHOICE_NUMBER = /^\s*(?:(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?|percent|times|x|ms)\b|%|(?:(?:or|and|\/|-|to)\s*)?\d)/i;
const EXPECTED_ACCOUNT = /\b(should|expected|meant|supposed|intended|right|correct|want(ed)?)\b[^.]{0,60}?\b(\d{12})\b|\b(\d{12})\b[^.]{0,30}\b(is|was) (the )?(right|correct|expected|intended)\b/i;
/**
 * "it should be arn:aws:iam::111122223333:role/deploy": the principal the person expected, the first ARN within 60
 * characters (no full stop between) after the word. The gap is walked by `expectedPrincipal`, one sticky try of the ARN
 * at each place, as the old lazy `[^.]{0,60}?` between the two regexes tried them (recheck could not decide it).
 */
const EXPECTING = /\b(?:should|expected|meant|supposed|intended|want(?:ed)?)\b/gi;
const PRINCIPAL_ARN = /\barn:aws[\w-]*:(?:iam|sts)::\d{12}:/iy;
/** The principal's name after the account, up to 200 characters: read on its own, so the checker proves each part quickly. */
const PRINCIPAL_NAME = /[\w+=,.@/-]{1,200}/y;
const EXPECTED_GAP = 60;
export function expectedPrincipal(text: string): string | undefined {
  for (const word of text.matchAll(EXPECTING)) {
    const from = word.index + word[0].length;
    for (let at = from; at <= from + EXPECTED_GAP && at <= text.length; at++) {
      PRINCIPAL_ARN.lastIndex = at;
      const arn = PRINCIPAL_ARN.exec(text);
      PRINCIPAL_NAME.lastIndex = at + (arn?.[0].length ?? 0);
      const name = arn && PRINCIPAL_NAME.exec(text);
      if (name) return arn[0] + name[0];
      if (text[at] === '.') break;
    }
  }
  return undefined;
}


/** A label's words, for comparing what was typed with it: lower case, punctuation and ellipses dropped. */
const labelWords = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The pending question's choice whose label the text is: a label typed or pasted from the list ("Environment variables
 * (AWS_ACCESS_KEY_ID…, CI secrets)") is that button, and its words are ours, not statements the person made ("CI").
 */
function labelled(question: QuestionProbe, text: string): string | undefined {
  const typed = labelWords(text);
  return typed === '' ? undefined : question.choices.find((c) => labelWords(c.label) === typed)?.id;
}

/** The one choice whose label starts with the typed words, two or more of them ("a role from the platform"). */
function labelStart(question: QuestionProbe, text: string): string | undefined {
  const typed = labelWords(text);
  if (typed.split(' ').length < 2) return undefined;
  const starts = question.choices.filter((c) => `${labelWords(c.label)} `.startsWith(`${typed} `));
  return starts.length === 1 ? starts[0]!.id : undefined;
}

/**
 * Places named for where the code runs, outermost first: a container on a laptop, a CI job on an EC2 runner, a pod
 * in a container runtime. Sentences that name two ("On Windows, …" and "github action runners"; "a local development
 * environment" and "Starting shell in container"; "AWS EKS" and "node(EC2) role") tell where the code runs by the
 * innermost. Not two places in one sentence: "AWS Lambda/ECS", "Docker or GitHub Actions" are alternatives, not nested
 * (measured: five of six such tuning readings differed from the truth), so that sentence reads no place.
 */
const RUNTIME_NESTING = ['laptop', 'aws-compute', 'ci', 'container', 'kubernetes'];
export function innermost(choices: Set<string>): string | undefined {
  const known = [...choices].map((c) => RUNTIME_NESTING.indexOf(c));
  return known.includes(-1) ? undefined : RUNTIME_NESTING[Math.max(...known)];
}

/**
 * Words that doubt what follows: "not sure if it's SSO", "maybe the env", "it could be the instance role", "I guess
 * AKIA". A doubted choice is no answer (a wrong reading is worse than none): the words read only as "not sure" where
 * the question is asked. "I think" and "I believe" state (the person's best knowledge) and read as said.
 */
const SETUP_DOUBTS = [...NOT_SURE, '\\b(maybe|perhaps|possibly|i guess)\\b'];
export const DOUBT = new RegExp([...SETUP_DOUBTS, '\\b(probably|might (be|have)|could (be|have))\\b'].join('|'), 'i');
/**
 * The doubts that reach a question nobody asked: the person doubts the setup itself ("not sure if we use SSO", "maybe
 * it's the instance role"). "It might be some bad travis.yml configuration" (travis-ci/travis-ci#3142) doubts the cause,
 * not the setup it names, and reads as said.
 */
export const DOUBTS_SETUP = new RegExp(SETUP_DOUBTS.join('|'), 'i');

/** Whether the words doubt, outside an aside in parentheses: "everything works (maybe related to the notebook kernel?)" (pandas-dev/pandas#39325) doubts the cause, not what works. */
export const doubts = (text: string, doubt: RegExp): boolean => doubt.test(text.replace(/\([^()]*\)/g, ' '));

/** Where a doubt stops: ", but", "but", ";", ",". */
const CLAUSE_END = /(?:,\s*but\b|\bbut\b|;|,)\s*/i;
/**
 * "Not sure why the token expires so fast": unsure of a reason or a way, not of the setup a statement names (read
 * unasked only; asked, "not sure how we sign in" answers the question on screen with "not sure").
 */
const UNSURE_OF_A_REASON = /\bnot (?:sure|certain) (?:why|how|what|when)\b/gi;
/** Only the doubt itself ("I guess", "not sure", "maybe"): it doubts the whole sentence ("we use SSO, I guess"). */
const DOUBT_ALONE = /^(?:i'?m|i am|we'?re|we are|but|and|so|though|tbh|\W)*$/i;

/**
 * A sentence whose doubt points back at the one before it ("… no field for a session token. not sure about that
 * though", "… or maybe it does, not sure", "I might be wrong"): it doubts that sentence's fact (review 35b R35b-9). A
 * doubt of something else ("not sure if that matters", "maybe that is why it fails") does not: "or maybe it does"
 * reverses the fact, "maybe that is" names a cause.
 */
const DOUBTS_BACK =
  /\b(?:not (?:sure|certain)|unsure) (?:about|of) (?:that|it|this)\b|\bor (?:maybe|perhaps|possibly) (?:it|that|this|they) (?:does|do|did|is|was|can|has)\b|\bi (?:might|may|could) be wrong\b/i;

/**
 * The words with their doubted clauses left out: a doubt holds for the clause it stands in, up to the next comma,
 * semicolon or "but" ("We sign in with aws sso login, but I am not sure why the token expires so fast" states the
 * sign-in; "Our pods run on EKS with IRSA, maybe the webhook is slow" states where it runs), and for the whole
 * sentence when the clause is the doubt alone. '' when nothing is left undoubted; the words as they are when nothing
 * doubts. Asides in parentheses are no doubt (`doubts`). Unasked, a doubt holds for its own sentence only: "the tool
 * doesn't have a field for a session token. not sure if that matters" still tells the fact (review R35-6), unless it
 * points back at the sentence before (DOUBTS_BACK); asked, a doubt anywhere in the reply doubts the answer.
 */
export function undoubted(text: string, doubt: RegExp, asked: boolean): string {
  const plain = (t: string) => (asked ? t : t.replace(UNSURE_OF_A_REASON, ' … '));
  const pointsBack = !asked && DOUBTS_BACK.test(text);
  if (!pointsBack && !doubts(plain(text), doubt)) return text;
  if (!asked) {
    const sentences = text.split(SENTENCE_END);
    if (sentences.length > 1) {
      const kept = sentences.map((sentence, i) => (DOUBTS_BACK.test(sentences[i + 1] ?? '') || DOUBTS_BACK.test(sentence) ? '' : undoubtedClauses(sentence, doubt, plain)));
      return kept.filter((t) => t !== '').join(' ');
    }
  }
  return undoubtedClauses(text, doubt, plain);
}

function undoubtedClauses(text: string, doubt: RegExp, plain: (t: string) => string): string {
  if (!doubts(plain(text), doubt)) return text;
  const kept: string[] = [];
  // The space before a break is trimmed from its clause, not matched with it (a leading \s* scans every run of spaces).
  for (const clause of text.split(CLAUSE_END).map((c) => c.trimEnd())) {
    const bare = plain(clause).replace(/\([^()]*\)/g, ' ');
    if (!doubt.test(bare)) kept.push(clause);
    else if (DOUBT_ALONE.test(bare.replace(new RegExp(doubt.source, 'gi'), ' '))) return '';
  }
  return kept.join(', ');
}

/** A reply that opens with a bare yes or no ("yes, but …", "nope, …"); "no idea" is no "no", nor "no issues locally" (a success told). */
const LEADING_YES_NO = new RegExp(String.raw`^(?:y(?:es|ep|eah|up)?|no(?:pe)?|nah)\b(?!\s{0,9}${NO_AS_A_NOUN}\b)`, 'i');

/** A link names no place or tool: "https://github.com/uswitch/kiam" is no GitHub Actions (as read-as-answer.ts reads openings). */
const LINK = /\bhttps?:\/\/\S+/gi;
/** A question asked back ("SSO? no", "env vars?"): it states nothing, the words after it may. */
const ASKED_BACK_BREAK = /(\?+|[.!,;])/;
/** The text with each part that ends in a question mark replaced by a space (split, not one scanning regex: linear). */
const withoutAskedBack = (text: string): string => {
  const parts = text.split(ASKED_BACK_BREAK);
  return parts.map((p, i) => (i % 2 === 0 ? (parts[i + 1]?.startsWith('?') ? ' ' : p) : p.startsWith('?') ? '' : p)).join('');
};
/**
 * An aside in parentheses that is nothing but a doubt ("env vars (not sure)", "(maybe?)"): asked, it doubts the answer it
 * stands beside. One that doubts something else ("env vars (not sure if CI injects more)") leaves the answer.
 */
const DOUBT_WORDS = new RegExp(DOUBT.source, 'gi');
const DOUBTING_ASIDE = (text: string): boolean =>
  (text.match(/\([^()]*\)/g) ?? []).some((aside) => DOUBT.test(aside) && DOUBT_ALONE.test(aside.slice(1, -1).replace(DOUBT_WORDS, ' ')));

/** The words name one of the question's choices other than "not sure". */
function namesAChoice(probe: QuestionProbe, said: string): boolean {
  const c = choiceFor(probe, said, true);
  return c !== undefined && c !== 'unknown';
}

function choiceFor(probe: QuestionProbe, said: string, asked: boolean): string | undefined {
  // Asked, a doubt leaves only "not sure"; unasked (a statement), only a doubt of the setup itself reads nothing; either
  // holds for the clauses the doubt stands in, and the others are read. Asked, a question back is no answer, and a
  // doubting aside doubts the whole reply.
  const linkless = said.replace(LINK, ' … ');
  const reply = asked ? withoutAskedBack(linkless).trim() : linkless;
  const text = asked && DOUBTING_ASIDE(reply) ? '' : undoubted(reply, asked ? DOUBT : DOUBTS_SETUP, asked);
  if (text === '') return asked ? probe.choices.find((c) => c.id === 'unknown' && says(said, c.sayWhenAsked))?.id : undefined;
  const yesNo = asked ? LEADING_YES_NO.exec(text)?.[0] : undefined;
  const byYesNo = yesNo === undefined ? undefined : probe.choices.find((c) => test(yesNo, c.sayWhenAsked));
  // A leading no to a yes-or-no question is the answer, and the words after it tell the story: "No. It successfully
  // assumes the role but then fails listing the bucket." to "does the key work elsewhere?" is a no, not the yes its
  // success words would read.
  const contradicted = byYesNo && /^n/i.test(yesNo!) ? probe.choices.find((c) => test('yes', c.sayWhenAsked)) : undefined;
  const specific = probe.choices.filter((c) => c !== contradicted && says(text, c.say) && !test(text, c.sayUnless));
  // Words that fit two choices ("we switched from an access key to IAM credentials") answer neither:
  // the question is shown again with its buttons rather than misread. Unless one outranks the others there
  // (what issued the keys over where they are kept: probes.ts `outranks`).
  if (specific.length > 1) return outranking(specific, text);
  // "yes, but it drifted last week" to "is the clock right?": the yes is one choice and the words after it another.
  // Neither is taken: the question is shown again rather than the yes or the correction guessed at.
  // A correction to "not sure" ("no, I haven't tried") is taken: it tells nothing either way.
  if (specific[0]) return byYesNo && byYesNo.id !== specific[0].id && specific[0].id !== 'unknown' ? undefined : specific[0].id;
  if (!asked) return undefined;
  // A choice's exceptions hold for its answer-only words too ("the problem was not the clock" is no "off"). Answer words
  // of two choices ("yes, it's behind": the clock's "right" and "off") answer neither.
  const byAnswerWords = probe.choices.filter((c) => c !== contradicted && says(text, c.sayWhenAsked) && !test(text, c.sayUnless));
  if (byAnswerWords.length > 1) return undefined;
  return byAnswerWords[0]?.id ?? labelStart(probe, text);
}

/**
 * The one of `choices` that outranks all the others in `text` (its `outranks.when` words said), if any. Not an issuer the
 * person has left ("We stopped using aws-vault and now keep the keys in the credentials file"): the words then fit two
 * choices and answer neither.
 */
function outranking(choices: QuestionProbe['choices'], text: string): string | undefined {
  const over = choices.find((c) => c.outranks && choices.every((o) => o === c || c.outranks!.choices.includes(o.id)) && saysNow(text, c.outranks.when));
  return over?.id;
}

/**
 * A question states no fact ("Does the key need to be base64 encoded?", "Do I need the id-token write permission?"): each
 * sentence that ends in a question mark is left out before the statements are read, the rest of the reply still counts. A
 * "why" question takes its premise as a fact ("why does the env still hold the old key?") and stays.
 */
// Not sentences.ts's split: the pieces are joined back into the reply, so the whitespace stays with them.
const SENTENCE_END = /(?<=[.!?\n])/;
const withoutQuestions = (text: string): string =>
  text.split(SENTENCE_END).map((part) => (part.endsWith('?') && !/^\W*why\b/i.test(part) ? ' … ' : part)).join('');

/** What the words state, apart from the pending question. */
function readStatements(text: string, out: Interpretation, pendingId: string | undefined, open: readonly string[]): void {
  for (const probe of PROBES) {
    if (probe.kind !== 'question' || probe.id === pendingId || !open.includes(probe.id)) continue;
    const c = choiceFor(probe, text, false);
    if (c) out.stated.push({ probeId: probe.id, choiceId: c });
  }
  // A doubted clause tells no fact ("not sure there is no field for a token": review R34d-8), as it answers no question.
  const stated = undoubted(withoutQuestions(text), DOUBTS_SETUP, false);
  for (const s of STATEMENTS) if (says(stated, s.say) && !test(stated, s.sayUnless)) out.statements.push(s);
  const account = EXPECTED_ACCOUNT.exec(text);
  const principal = expectedPrincipal(text);
  if (account || principal) {
    out.expected = {};
    const id = account?.[3] ?? account?.[4];
    if (id) out.expected.account = id;
    if (principal) out.expected.principal = principal;
  }
}

/**
 * What sentences a person wrote state, with no question pending for them: the prose of a
 * description that opened a case ("we rotated yesterday", "it works from my laptop"). Never an
 * answer: what a probe's words say counts as a statement of fact (the caller records no answer).
 */
export function statementsIn(sentences: string[], open: readonly string[]): Interpretation {
  const out: Interpretation = { stated: [], statements: [] };
  for (const sentence of sentences) {
    const one: Interpretation = { stated: [], statements: [] };
    readStatements(sentence.slice(0, READ_LIMIT).replace(/\s+/g, ' ').trim(), one, undefined, open);
    for (const a of one.stated) if (!out.stated.some((x) => x.probeId === a.probeId)) out.stated.push(a);
    for (const st of one.statements) if (!out.statements.includes(st)) out.statements.push(st);
    if (one.expected) out.expected = { ...one.expected, ...out.expected };
  }
  return out;
}

/**
 * @param raw a short reply typed by a person (not a paste)
 * @param pending the question or command we are waiting for, if any
 * @param open ids of the probes still worth answering (their specific words count as statements)
 * @param answered ids of the questions answered, or whose choice was said unasked (QA 35 N1): a correction
 *   (correctionClaim) can take either back, read in its claim only (review 35 R35-5)
 */
export function interpret(raw: string, pending: Probe | undefined, open: string[], answered: readonly string[] = [], closed?: QuestionProbe): Interpretation {
  // The whole last answer taken back ("wait no, it's not sso - I misread. the key is … from an old IAM user": QA39 F9):
  // its questions are open again, so what the rest of the reply says of them is read as for any open question.
  const retracts = answered.length > 0 && WHOLE_RETRACTION.test(raw.slice(0, READ_LIMIT));
  const words = readReply(raw, pending, retracts ? [...open, ...answered.filter((id) => !open.includes(id))] : open);
  if (retracts) return { ...words, retracts };
  const renumbered = words.badNumber && pending === undefined && closed ? reanswered(raw, closed) : undefined;
  if (renumbered) return { stated: [renumbered], statements: [] };
  const claim = answered.length > 0 ? correctionClaim(raw) ?? contradictionClaim(raw, words) : undefined;
  if (claim === undefined) return words;
  // A choice said again is no change (said.ts applyStated takes only a different one): the claim can only correct.
  const corrected = statementsIn([claim], answered).stated.filter((c) => !words.stated.some((w) => w.probeId === c.probeId));
  return { ...words, stated: [...words.stated, ...corrected] };
}

/**
 * A plain statement that contradicts an answer given ("it's AKIA" after the key prefix was answered ASIA, QA 37 F4) is a
 * correction without its "no,": read against the answered questions on the same terms as a correction's claim (asserted:
 * not asked, hedged or someone else's belief), and only when the reply is no answer or command of its own.
 */
function contradictionClaim(raw: string, words: Interpretation): string | undefined {
  if (words.intent || words.answer || words.badNumber) return undefined;
  // A reply opened by a correction word ("wait, is it ASIA") was judged by the correction reading: not again here.
  if (CORRECTION_CLAIM.test(raw.trim())) return undefined;
  const claim = raw.slice(0, READ_LIMIT).replace(/\s+/g, ' ').trim().split(/[.;?]/)[0]!;
  const asked = /\?/.test(raw.slice(0, READ_LIMIT).split(/[.;]/)[0]!);
  return claim !== '' && !asked && !NOT_ASSERTED.test(claim) && !HEDGED.test(claim) && !ASKED_CLAIM.test(claim) ? claim : undefined;
}

/**
 * A bare number with no question pending, the last question answered still on screen ("1" after "2" took the key
 * prefix, QA 37 F4): the person re-answers it. Read as that choice said, which replaces the earlier answer when it differs.
 */
function reanswered(raw: string, closed: QuestionProbe): { probeId: string; choiceId: string } | undefined {
  const num = BARE_NUMBER.exec(raw.trim());
  const choice = num ? closed.choices[Number(num[1]) - 1] : undefined;
  return choice ? { probeId: closed.id, choiceId: choice.id } : undefined;
}

function readReply(raw: string, pending: Probe | undefined, open: string[]): Interpretation {
  const text = raw.slice(0, READ_LIMIT).replace(/\s+/g, ' ').trim();
  const out: Interpretation = { stated: [], statements: [] };
  if (text === '') return out;
  const question = pending?.kind === 'question' ? pending : undefined;
  // A choice's label ("Can't check", "No, written by a tool (aws configure, a vault, CI)"): that choice, before any
  // command its words look like and without reading them as statements.
  const byLabel = question && labelled(question, text);
  if (question && byLabel) {
    out.answer = { probeId: question.id, choiceId: byLabel };
    out.pressed = true;
    return out;
  }
  const withNote = RESOLVED_WITH_NOTE.exec(text);
  if (withNote || fixedIt(text)) {
    out.intent = 'resolve';
    out.note = withNote ? withNote[2] : text;
    return out;
  }
  // "cant run that its a gh runner, just show me the fix": a clause of its own that asks for the fix is the request,
  // whatever the clauses around it say (QA 36 F9; README: "when someone says 'show me the fix'").
  if (text.split(CLAUSE_BREAK_WORDS).some((clause) => FIX_ASKED.test(clause.trim()))) {
    out.intent = 'fix';
    return out;
  }
  for (const { intent, re } of INTENTS) {
    if (re.test(text)) {
      if (re === CANNOT_STEP && question && toldFailureAnswers(question, text)) break;
      out.intent = intent;
      return out;
    }
  }
  // "I don't know" to a command to run ("I don't know how", "not sure"): it will not be pasted, so
  // the step is skipped like "I can't run that" rather than shown again and again.
  if (pending?.kind === 'command' && DONT_KNOW.test(text)) {
    out.intent = 'skip';
    return out;
  }
  const num = BARE_NUMBER.exec(text) ?? (question ? SAID_NUMBER.exec(text) : null);
  const ordinal = ORDINAL.exec(text);
  if (num || (question && ordinal)) {
    const n = num ? Number(num[1]) : ORDINALS.indexOf(ordinal![1]!.toLowerCase()) + 1;
    const choice = question?.choices[n - 1];
    if (question && choice) out.answer = { probeId: question.id, choiceId: choice.id };
    else out.badNumber = true;
    return out;
  }
  let rest = text;
  const mixed = question ? LEADING_NUMBER.exec(text) : undefined;
  const numbered = mixed && !NOT_A_CHOICE_NUMBER.test(mixed[2]!) ? question!.choices[Number(mixed[1]) - 1] : undefined;
  if (question && mixed && numbered) {
    rest = mixed[2]!;
    // "2, no, written by a tool (…)": the number and its own label, nothing stated beyond the answer.
    if (labelled(question, rest) === numbered.id) {
      out.answer = { probeId: question.id, choiceId: numbered.id };
      out.pressed = true;
      return out;
    }
    // "2, it's sso" to the key-prefix question: the number answers it and the words after it are statements. Words that
    // answer the same question otherwise ("2 - env vars" where 2 is the assumed role) leave it unanswered: one of the
    // two is a slip, and the question shown again costs less than the wrong one taken.
    const byWords = choiceFor(question, rest, true);
    if (byWords === undefined || byWords === numbered.id) out.answer = { probeId: question.id, choiceId: numbered.id };
  } else if (question) {
    const c = choiceFor(question, text, true);
    if (c) out.answer = { probeId: question.id, choiceId: c };
    // A word or two that answers the question asked ("disabled", "yes") states nothing else.
    if (c && text.split(' ').length <= 2) return out;
  }
  readStatements(rest, out, question?.id, open);
  const denied = deniedChoices(text);
  if (denied.length > 0) out.denied = denied;
  return out;
}

/**
 * Words that take back the whole last answer, not one choice of it: the person misread the question or answered wrong
 * ("it's not sso - I misread": QA39 F9, where the "2" given with "it's sso" was as wrong as the sso). A single choice
 * corrected ("sorry, wrong, it starts with AKIA") is the correction reading's; these say the answer itself was a mistake.
 */
const WHOLE_RETRACTION = /\b(?:i|we) (?:misread|misunderstood|misspoke|mixed (?:it|them|that) up)\b|\b(?:wrong|bad) (?:answer|reply|button)\b|\b(?:ignore|disregard|forget) (?:that|my (?:last|previous|earlier) (?:answer|reply|message))\b/i;

/** A reply that opens by taking something back: "no wait, …", "nope, …", "actually no, …", "sorry, …". */
const TAKING_BACK = /^(?:no|nope|nah|wait|sorry|actually|correction|scratch that|my bad|oops)\b/i;

/**
 * The choices a correction names only to deny them ("no wait, not sso. keys from 1password": QA 36 F21): their words are
 * there, but every time denied. Read only in a reply that opens by taking something back; said.ts withdraws an earlier
 * answer or statement of such a choice, so the retracted fact stops shaping the ranking.
 */
function deniedChoices(text: string): Array<{ probeId: string; choiceId: string }> {
  if (!TAKING_BACK.test(text)) return [];
  const out: Array<{ probeId: string; choiceId: string }> = [];
  for (const probe of PROBES) {
    if (probe.kind !== 'question') continue;
    for (const c of probe.choices) if (c.id !== 'unknown' && test(text, c.say) && !says(text, c.say)) out.push({ probeId: probe.id, choiceId: c.id });
  }
  return out;
}

/** The reply readers' own patterns, for the ReDoS check (core/patterns.ts ALL_PATTERNS): a reply is typed text too. */
export const INTERPRETER_PATTERNS: RegExp[] = [
  LEADING_YES_NO, LEADING_NUMBER, BARE_NUMBER, SAID_NUMBER, ORDINAL, NOT_A_CHOICE_NUMBER, CLAUSE_END, DOUBT_ALONE, ASKED_BACK_BREAK, UNSURE_OF_A_REASON, SENTENCE_END,
  RESOLVED_WITH_NOTE, FIXED_IT, TAKING_BACK, WHOLE_RETRACTION, FIX_REQUEST, FIX_ASKED, CLAUSE_BREAK_WORDS, DONT_KNOW, CORRECTING, NOT_ASSERTED, TAKEN_BACK, CORRECTION_CLAIM, HEDGED, ASKED_CLAIM, DOUBTS_BACK, EXPECTED_ACCOUNT, EXPECTING, PRINCIPAL_ARN, PRINCIPAL_NAME, LINK, DOUBT, CANNOT_SIGN_IN, ...INTENTS.map((i) => i.re),
];

