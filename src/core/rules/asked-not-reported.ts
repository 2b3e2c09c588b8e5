/**
 * A question, a request or a proposed change about supplying credentials, with no failure told (issue #10: "stays
 * silent on ordinary chat"): "What happens when the self-hosted runner doesn't have access to AWS credentials? Will the OIDC set in that
 * block be honored `on demand` per build?" (aws-actions/configure-aws-credentials#342), "… cannot use the
 * .aws/credentials file as s5cmd doesn't seem to take any profile option. Can this be implemented?" (peak/s5cmd#229):
 * tuning negatives of batch 18, whose credential words prose-report.ts read as a failure told in words. The same shape
 * is what the negatives of other batches are (real-negatives tuning, batch 1: "Is it possible to authenticate
 * cloudsploit against an AWS IAM Identity user profile …?", aquasecurity/cloudsploit#1988; "Would it be possible to get
 * documentation and examples of how to use this extension when using AWS SSO federated login?",
 * tilfinltd/aws-extend-switch-roles#221; "… it would be helpful if this tool was able to work with the config/credentials
 * files that are used for SSO", graphboltdev/graphbolt#23; real-pastes tuning, batch 18: "Does the bundle support ECS
 * task iam roles …?", jeskew/amazon-es-php#16).
 *
 * A failure told anywhere keeps the detection: asking beside a report ("I tried this code block to refresh them but
 * still doesn't work. Is there a right way to get/refresh unauthenticated credentials?", aws-amplify/amplify-js#3310),
 * a question that tells one ("Why can't …", "How do I fix …", "Does anyone know why my keys are rejected?"), or a
 * request beside the error it met ("Whenever I was trying to do anything it simply gave me Access Denied errors. It
 * would be nice if …", aws/aws-cli#3375). A tool said not to support a credential source is not read here: in the
 * tuning halves that is a credential failure told as its fix (extract/role-source-wanted.ts).
 *
 * Counts (scripts/corpus/asked-batches.ts, tuning halves of batches 1–20, after stop 34's relabel of requests and
 * proposals as negatives, its proposal, requirement and purpose readings, and its review's fixes): the reading alone
 * matches 16 of 238 paste negatives (batches 3–18) and 8 of 125 real negatives, against 5 of 739 paste credential errors
 * and 29 of 582 conversation openings (23 of 91 negatives, 6 of 491 labelled failures: the conversation corpus still
 * labels some pull requests positive, under the old convention); in diagnose it silences 8 paste negatives (batches
 * 5–18) and no credential-error paste, and 3 openings (pull requests: Yelp/paasta#3011 and dbt-labs/dbt-athena#459,
 * negatives; serverless/serverless#8354, labelled wrong-profile).
 *
 * The conversation opens no case on words said to awskey that ask and tell no failure (askedNotReported, in
 * conversation/description.ts opensCase): of the openings diagnose does not detect, conversation tuning batches 1–20,
 * 17 negatives (batches 8, 10, 12, 13, 17, 20) and 2 labelled failures that are a pull request's and a request's title
 * (serverless/serverless#8354, aws-containers/amazon-ecs-exec-checker#49).
 *
 * Words do not tell every failure ("… now says the key id does not exist in our records", "… gets a signature
 * mismatch", "… uses the default profile instead of the one I set"), so a sentence that asks nothing is also read the
 * way prose-report.ts reads one (extract/credential-talk.ts), and diagnose silences a text only when each line its
 * words-only signals were read on asks or requests (or only points at another issue) and nothing else (asksOnly).
 */

import { credentialTalk } from '../extract/credential-talk';
import { sentences } from '../sentences';

/**
 * A question that asks what would happen, whether something works, is supported or can be done: not why it failed. The
 * question mark ends the sentence (a space before it, quotes or a closing mark after it).
 */
const QUESTION =
  /^\W{0,4}(?:(?:so|but|also|and|then|hi|hello|ok|okay)\W{1,3})?(?:what happens|what if|what would|will|would|does|do|is|are|can|could|should|how (?:do|does|can|could|should|would|to)|has anyone|any (?:way|plans?|chance))\b[^?]{0,400}\?[\s"'`)*]{0,4}$/i;
/** A request for the feature: the project is asked to add it. */
const REQUEST =
  /\bcan (?:this|it|that) be (?:implemented|added|supported|considered)\b|\bwould (?:it )?be (?:nice|great|helpful|good|useful|possible)\b|\bplease (?:add|support|implement|consider)\b|\bare there (?:any )?plans\b|\bis there (?:a|any) plan\b/i;
/**
 * A change proposed or described, as a title, a pull request or a list of changes opens (fresh negatives of stop 33:
 * "## Support AWS Session Token", airbnb/zonify#22; "Add session token textbox …", NetSPI/AWSSigner#10; "add option for
 * session token in AWS config", DanielHindi/aws-s3-zipper#51; "Use AWS_DEFAULT_PROFILE as documented, falling back to
 * AWS_PROFILE", AdRoll/goamz#424; batch 19: "Include the expiration time in the AWS credentials file produced by tbot",
 * gravitational/teleport#54263): the sentence opens with the change's verb and no subject, or with "this PR / change /
 * patch / commit" and what it does. A subject-less verb is an instruction or a wish, never a failure met; a sentence that
 * also tells one ("Add retries: the call fails with ExpiredToken") tells it (asks).
 */
const PROPOSES =
  /^[\W\d]{0,8}(?:(?:this|the) (?:pr|pull request|change|changes|patch|commit|diff|mr)\s|(?:adds?|supports?|allows?|enables?|includes?|introduces?|implements?|exposes?|updates?|corrects?|use|pass|respects?|honou?rs?|documents?|describes?|clarif(?:y|ies)|mentions?|provides?)\b)/i;
/**
 * A change named in the gerund, as a title names it ("Adding support for AWS Session Token", punk-security/dnsReaper#123).
 * Only a title line: in a sentence of a report the gerund tells what was being done when it failed ("Supporting the new
 * account, the role cannot be assumed …", review of stop 34). A past tense ("Added the trust policy …") is a report of
 * something done, never a proposal.
 */
const PROPOSES_GERUND =
  /^[\W\d]{0,8}(?:adding|supporting|allowing|enabling|including|introducing|implementing|exposing|updating|providing)\b/i;
/** A title line: one sentence of a few words. */
const TITLE_WORDS = 12;
/**
 * A requirement stated, not a failure met: "When using temporary credentials, the session token must be included in the
 * request. This PR checks which is the type of the credentials object …" (Netflix/SimianArmy#331), "… we need to also
 * pass in the AWS_SESSION_TOKEN in order to be able to properly use the AWS creds. This PR adds the session token …"
 * (Yelp/paasta#3011): what a change is for, as the reason of a pull request, tuning negatives of batches 10 and 8 under
 * stop 34's convention. A duty with a failure beside it tells it ("I have to toggle the Time Synchronization option
 * every day … or my AWS tools refuse to use my new credentials", docker/for-win#4526, a tuning positive of batch 2).
 */
const REQUIREMENT = /\b(?:must|need(?:s|ed)? to|has to|have to|should|(?:is|are) required|requires?)\b/i;
/**
 * A change's purpose clause, to the clause's end: "to ensure that …", "so that …", "so the `aud` condition uses the
 * CircleCI organization ID instead of …" (circleci/circleci-docs#10653, a tuning negative of batch 5), "in order to …",
 * "to avoid …". Read only after a change's verb: beside a duty or a report, "so" and "in order to" tell what was met.
 */
const PURPOSE = /\b(?:to (?:ensure|make sure|avoid|prevent)|so(?: that)?|in order to)\b[^,;]{0,200}/gi;
/**
 * A sentence that only points at another issue or page ("Closes #329", "Fixes #8", "Refs: #48", "Related to #6.", "See
 * https://…"), as pull requests end: it tells nothing itself, what it points at is read where it was written.
 */
const REFERENCE =
  /^[\W\d]{0,6}(?:closes|close|closed|fixes|fix|fixed|resolves|resolved|refs?|related to|see|see also|part of)\b:?\s{0,3}(?:#\d{1,7}|[\w.-]{1,100}\/[\w.-]{1,100}#\d{1,7}|https?:\/\/\S{1,300})(?:[\s,]{1,4}(?:and\s{1,3})?(?:#\d{1,7}|[\w.-]{1,100}\/[\w.-]{1,100}#\d{1,7})){0,5}[\s.,;]{0,3}$/i;
/**
 * A request that points back at the sentence before it ("… as s5cmd doesn't seem to take any profile option. Can this
 * be implemented?"): that sentence is what is asked for, part of the request.
 */
const POINTS_BACK = /^\W{0,4}can (?:this|it|that) be (?:implemented|added|supported|considered)\b/i;
/**
 * The condition a question asks about ("What happens when the runner doesn't have access to AWS credentials?"): what it
 * says is supposed, not told. From the conjunction to the clause's end.
 */
const SUPPOSED = /\b(?:when|if|in case|once|whenever)\b[^,;?]{0,200}/gi;
/**
 * Words that tell a failure happened, or ask about one that did ("why", "fix"): any of them in a sentence makes it a
 * report. Wider than prose-report.ts's own reading, on purpose: what this file reads as chat must tell none. Several
 * patterns, each small enough for the regex checker to prove (regex-safety.test.ts).
 */
const FAILURE_WORDS =
  /\berrors?\b|\bexceptions?\b|\bfail(?:s|ed|ing|ures?)?\b|\bdenied\b|\bforbidden\b|\brefus(?:e|es|ed|ing)\b|\breject(?:s|ed|ing)?\b|\b40[013]\b|\bexpir(?:e|es|ed|ing|ation)\b|\binvalid\b|\bunauthori[sz]ed\b|\bmissing\b|\bmismatch(?:es|ed)?\b|\bdo(?:es)?(?:n['’]?t| not) exist\b|\bnot in our records\b|\bstopped\b|\bno longer\b|\bbroken?\b|\bbreaks\b|\bstuck\b|\bcrash/i;
/** An error's class name in the text (`NoMethodError`, `CredentialsProviderError`): error text, not chat. */
const ERROR_NAME = /[a-z](?:Error|Exception)\b/;
/**
 * Something could not be done ("doesn't recognize", "cannot be found", "still doesn't work", "would not worked",
 * awsdocs/amazon-opensearch-service-developer-guide#19).
 */
const NOT_DONE =
  /\b(?:doesn['’]?t|does not|didn['’]?t|did not|don['’]?t|do not|isn['’]?t|is not|aren['’]?t|are not|wasn['’]?t|was not|not|won['’]?t|can['’]?t|cannot|couldn['’]?t|could not|unable to)(?: [a-z]{1,20}){0,2} (?:work|works|worked|working|connect|find|found|load|loaded|authenticate|authenticated|access|pick|picked|get|read|recogni[sz]ed?|used|accepted|valid|determine|establish|locate|retrieve|obtain|fetch|refresh|sign|assume)\b/i;
/**
 * Told as met, or asked about as met ("I get", "why", "how do I fix", "it gives this:"), or as a contrast: what was
 * expected against what happened ("the session tokens last for 12 hours, but the assumerole credentials that come back only last for an
 * hour", coinbase/assume-role#19, a tuning positive of batch 3), or an issue form's heading for what was met ("### What
 * happened", "Actual behavior": CircleCI-Public/aws-ecr-orb#49, whose "Expected behavior: Build should get past this
 * step." is no wish).
 */
const MET =
  /\bbut\b|\bI(?:['’]m| am)? (?:get|got|getting|see|saw|seeing|receive|received|keep getting|hit|hitting)\b|\bstill\b|\bmake it work\b|\beven (?:though|if|after)\b|\bdespite\b|\bignor(?:e|es|ed|ing)\b|\bwrong\b|\bissues?\b|\bproblems?\b|\bbug\b|\bwhy\b|\bfix(?:es|ed|ing)?\b|\bresolve\b|\btroubleshoot|\bwhat happened\b|\bactual (?:behaviou?r|results?)\b|\b(?:gives?|gave|returns?|returned|throws?|threw|prints?|printed|shows?|showed)(?: me| us)? (?:this|the following|below)\b|\bbelow error\b/i;
/**
 * A failure told as it goes on, whatever words name it (review 35, R35-3: "It keeps using the default one", "it times
 * out on sts", "aws s3 ls returns nothing since Monday", "the plugin says no credentials"), or a cause asked about as
 * having happened ("Could the access key have been deactivated?", "Is it possible that my AWS session token is only
 * valid for an hour?"): by the sentence's shape (a behaviour kept up, a result that is nothing, a supposed past or
 * present fact), not by a list of failure verbs. Asking whether something can be done ("is it possible to", "can it
 * be") is not this, nor is a time-out named as a setting ("How do I increase the session timeout …?": the noun, not
 * the verb), nor a supposition about anything but the credentials ("Is it possible that awskey reads credentials from
 * 1Password?", "Could the docs have been clearer …?", review 35b R35b-5): the supposed fact has a credential as its
 * subject.
 */
const HAPPENS =
  /\bkeep(?:s|ing)? (?:on )?[a-z]{2,20}ing\b|\b(?:times|timed|timing) ?out\b|\btime out\b|\b(?:returns?|returned|says|said|gives?|gave|shows?|showed|prints?|printed|finds?|found) (?:nothing|none|no|empty|null)\b|\bpossible that (?:[\w'’-]{1,30} ){0,3}(?:keys?|tokens?|sessions?|credentials?|creds|roles?|profiles?|secrets?|passwords?) (?:is|are|was|were|has|have|had|got|gets|expired)\b|\b(?:could|might|may) (?:[\w'’-]{1,30} ){0,3}(?:keys?|tokens?|sessions?|credentials?|creds|roles?|profiles?|secrets?|passwords?) (?:have|has) been\b/i;
/**
 * What is got against what is wanted, in a question ("how do I make boto3 use the sso profile instead of the env keys it
 * picks up?"): the how-to asks past a behaviour met. Only in a question: in a request or a proposal it is the wish
 * ("… would be great if one could provide his AWS credentials by a file instead of having to supply them via
 * environment variables", "Adds support for … EC2 metadata instead of …": tuning negatives of batches 20 and 21).
 */
const INSTEAD = /\binstead of\b/i;
/**
 * A question about what is possible ("Is it possible to authenticate cloudsploit against an IAM Identity Center profile
 * (instead of IAM user/access key)?", aquasecurity/cloudsploit#1988, a real negative) wishes for the alternative it
 * names: its "instead of" tells no behaviour met.
 */
const CAPABILITY = /\b(?:is it possible|is there (?:a|any) way|(?:can|could) (?:i|we|you|one)\b|does [\w.-]{1,30} support)/i;
const tellsFailure = (s: string): boolean =>
  FAILURE_WORDS.test(s) || ERROR_NAME.test(s) || NOT_DONE.test(s) || MET.test(s) || HAPPENS.test(s);

/** A long text that holds a question is a report with a question in it. */
const MAX_LINES = 60;
const QUOTE_MARK = /^\s{0,4}>\s?/;

/**
 * The sentence asks or requests, and tells no failure outside the condition it supposes. `title`: the sentence is its
 * line's only one, a few words long.
 */
function asks(sentence: string, title: boolean): boolean {
  // A question's condition is supposed; a request's ("it would be nice if this raised a clearer error",
  // aws/aws-sdk-ruby#1237) is the wish, and tells what was met.
  if (QUESTION.test(sentence)) return !tellsFailure(sentence.replace(SUPPOSED, ' ')) && !(INSTEAD.test(sentence) && !CAPABILITY.test(sentence));
  if (REQUEST.test(sentence)) return !tellsFailure(sentence);
  const proposes = PROPOSES.test(sentence) || (title && PROPOSES_GERUND.test(sentence));
  if (!proposes && !REQUIREMENT.test(sentence)) return false;
  // What a change is for is wished, not met ("This PR re-reads the web identity token … to ensure that expiration
  // never occurs", voxel51/eta#551). A requirement's purpose is where a workaround tells what it gets past ("We have to
  // run aws sso login twice a day in order to get past the token expired message"): read whole.
  const said = proposes ? sentence.replace(PURPOSE, ' ') : sentence;
  // What ought to happen is said with "must", "need to", "should"; what did not, beside it, is often told in words
  // only prose-report.ts reads ("The role should be assumable by the runner; the role cannot be assumed from it"):
  // such a sentence tells, it does not ask. The condition a change supposes ("… if not provided", AdRoll/goamz#424) is
  // not told.
  return !tellsFailure(said) && credentialTalk(said.replace(SUPPOSED, ' '), true) === undefined;
}

type Said = 'asks' | 'tells' | 'refers' | 'neither';

/**
 * What each sentence of a line does: asks (or is what the request after it asks for), tells a failure, only points at
 * another issue (refers), or neither.
 */
function sentencesSaid(line: string): Said[] {
  // A question keeps its mark (sentences.ts); a blank piece says nothing.
  const said = sentences(line.replace(QUOTE_MARK, '')).filter((s) => s.trim() !== '');
  const title = said.length === 1 && said[0]!.trim().split(/\s+/).length <= TITLE_WORDS;
  return said.map((sentence, i) => {
    if (REFERENCE.test(sentence)) return 'refers';
    if (asks(sentence, title)) return 'asks';
    if (tellsFailure(sentence)) return 'tells';
    const next = said[i + 1];
    if (next !== undefined && POINTS_BACK.test(next) && asks(next, false)) return 'asks';
    // Read as prose-report.ts reads a sentence: what it reads as a failure is one.
    return credentialTalk(sentence, true) === undefined ? 'neither' : 'tells';
  });
}

/**
 * Every sentence asks or requests, or only points at another issue, and one asks: a signal read on their line was read
 * from the asking.
 */
const onlyAsks = (said: readonly Said[]): boolean => said.includes('asks') && said.every((s) => s === 'asks' || s === 'refers');

/**
 * When the text asks or requests something about credentials and tells no failure (at least one sentence asks, and no
 * sentence, prose, quoted, or a line of config, tells a failure): per line, whether every sentence of it asks
 * (onlyAsks); otherwise undefined. `lines`: the text's lines as diagnose reads them. Each line's sentences are read once.
 */
export function askingLines(lines: readonly string[]): boolean[] | undefined {
  if (lines.length > MAX_LINES) return undefined;
  let asked = false;
  const only: boolean[] = [];
  for (const line of lines) {
    const said = sentencesSaid(line);
    if (said.includes('tells')) return undefined;
    if (said.includes('asks')) asked = true;
    only.push(onlyAsks(said));
  }
  return asked ? only : undefined;
}

/** The text asks or requests something about credentials and tells no failure (askingLines). */
export const askedNotReported = (lines: readonly string[]): boolean => askingLines(lines) !== undefined;

/** Every sentence of the line asks or requests, or only points at another issue, and one asks. */
export const asksOnly = (line: string): boolean => onlyAsks(sentencesSaid(line));

export const ASKED_NOT_REPORTED_PATTERNS: RegExp[] = [QUESTION, REQUEST, PROPOSES, PROPOSES_GERUND, REQUIREMENT, PURPOSE, REFERENCE, POINTS_BACK, SUPPOSED, FAILURE_WORDS, ERROR_NAME, NOT_DONE, MET, HAPPENS, INSTEAD, CAPABILITY, QUOTE_MARK];
