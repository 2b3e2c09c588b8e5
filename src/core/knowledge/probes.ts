/**
 * The questions and commands the engine can ask, shared by the playbooks. Each answer declares the
 * causes it raises (> 1) or lowers (< 1). The policy picks the probe with the best information gain
 * over every cause per unit of `cost` (what answering costs: a glance at a key prefix is 0.5, a
 * command to run and paste back 1.4), and never one whose `skipWhen` the facts already satisfy.
 */
import type { Probe } from './types';
import { OPT_IN_REGION, OPT_IN_REGIONS } from './regions';
import { CLOCK_OWNERS } from '../clock-owners';
import { NOT_SURE, NO_AS_A_NOUN } from './not-sure';
import { near, WORD } from '../near';
import { LAPTOP_SAY, NOT_ON_AWS } from './runtime-words';
import { OWN_ACCOUNT } from './account-words';

const YES = ['^y(es|ep|eah)?\\b', '\\bcorrect\\b', '\\bright\\b'];
// "no idea" and "no clue" are not a no, nor "no issues when running locally", "no problems with the CLI": a success told.
const NO = [`^no?\\b(?!\\s{0,9}${NO_AS_A_NOUN}\\b)`, '^nope\\b', '^nah\\b', '\\bnot really\\b'];
const UNSURE = [...NOT_SURE, "don'?t know", '\\bdunno\\b', '\\bidk\\b', '\\bno (idea|clue)\\b', '^skip$', '^\\?+$', '^🤷(\\u200d[\\u2640\\u2642]\\ufe0f?)?$', '^🤔$',
  // The shrug typed as text (Slack's `/shrug` command posts it so).
  '^¯\\\\_\\(ツ\\)_/¯$'];

/** The shared files' path: answering "how do the credentials get in?", it picks the profile choice. */
const AWS_FILES = '(~|\\$HOME|%USERPROFILE%)?[/\\\\]?\\.aws[/\\\\](credentials|config)\\b';
/**
 * Words that answer only the question on screen. Read in an opening (read-as-answer.ts), the bare yes / no /
 * don't-know words are chat, never an answer to a question nobody asked; and the shared files' path names where SSO,
 * assume-role and key profiles all live ("my ~/.aws/credentials are kept up to date" with temporary keys in them,
 * anthropics/claude-code#305), so said unasked it tells no choice.
 */
export const GENERIC_ANSWER_WORDS: ReadonlySet<string> = new Set([...YES, ...NO, ...UNSURE, AWS_FILES]);

/**
 * What a sentence must be about for its words to answer the question before it is asked
 * (conversation/read-as-answer.ts): "the session token is missing" answers the session-token question,
 * "some files are missing" does not. Regex sources, case-insensitive; a question with none is never
 * answered that way.
 */
export const ANSWER_TOPICS: Readonly<Record<string, string>> = {
  'key-prefix': '\\b(access[ _-]?)?keys?\\b|\\bkey[ _-]?ids?\\b|\\bakia|\\basia|\\bcredentials?\\b|\\bcreds\\b',
  rotation: '\\b(access[ _-]?)?keys?\\b|\\bcredentials?\\b|\\bcreds\\b|\\brotat|\\bsecrets?\\b',
  'works-elsewhere': '\\b(laptop|machine|locally|local|cli|console|elsewhere|other|another|colleague|kubectl|terminal|shell)\\b',
  target: '\\bendpoints?\\b|\\bregions?\\b|\\bpartitions?\\b|\\blocalstack\\b',
  'region-enabled': '\\bregions?\\b',
  'session-token': '\\b(session|security)[ _-]?token\\b|\\bsessiontoken\\b',
  'sign-in': '\\bcredentials?\\b|\\bcreds\\b|\\bprofiles?\\b|\\broles?\\b|\\bsso\\b|\\b(access[ _-]?)?keys?\\b|\\blog(ged)? ?in\\b|\\bsign(ed)? ?in\\b',
  clock: `\\bclocks?\\b|\\b(${CLOCK_OWNERS}) (time|date)\\b|\\bntp\\b|\\bskew`,
  copied: '\\b(access[ _-]?)?keys?\\b|\\bsecrets?\\b|\\bcredentials?\\b|\\bcreds\\b',
  runtime: '\\b(runs?|running|fails?|failing|deploy(ed|ing)?|job|build)\\b',
  'resource-account': '\\baccounts?\\b',
};

/**
 * A region code in the commercial partition that needs no opt-in ("eu-central-1", "us-west-2"), and one that does
 * (regions.ts, from the AWS account management guide's region table).
 */
const DEFAULT_REGION_CODE = `\\b(?!(${OPT_IN_REGIONS.join('|')})\\b)(us|eu|ap|ca|sa|me|af|il|mx)-(east|west|north|south|central|northeast|northwest|southeast|southwest)-\\d\\b`;
const OPT_IN_REGION_CODE = `\\b(${OPT_IN_REGIONS.join('|')})\\b`;
/** The target question's words for an opt-in region and for another partition. */
const OPT_IN_SAY = ['opt-?in', 'af-south', 'ap-east', 'me-south', 'eu-south', 'me-central', 'ap-south-2', 'il-central'];
const OTHER_PARTITION_SAY = ['gov ?cloud', 'us-gov', '\\bchina\\b', 'cn-north', 'aws-cn'];

/**
 * An ARN's account (group 1): two of them near each other in the same account, or in another one (near.ts `capture`). The
 * first ARN ends before its account, read ahead (recheck timed the whole out at load 25, and proves this in 2 s), so its
 * gap counts those 13 characters: 14 to 313 after it is 1 to 300 after the account.
 */
const ARN_ACCOUNT = '\\barn:aws[\\w-]*:[\\w-]+:[\\w-]*:(\\d{12}):';
const ARN_BEFORE_ACCOUNT = '\\barn:aws[\\w-]*:[\\w-]+:[\\w-]*:(?=(\\d{12}):)';

/**
 * Errors AWS returns after it accepted the caller's key: a permissions problem, where who is calling
 * and whose resource it is matter, not what kind of key it is.
 */
export const AUTHORIZATION_ERRORS = ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthorizationError', 'Forbidden', 'AuthorizationErrorException'];

/**
 * "It works on my laptop" or "same error on my laptop" names another place than the failing runtime, so such a
 * sentence does not answer "where does it fail?". WORKS_THERE: "the one from my laptop works", the place named before
 * the verb.
 */
const WORKS_THERE = "\\b(from|on|in) (my|the|our|a|another|his|her|their|a colleague'?s) [\\w' -]{0,30}?\\bwork(s|ed)\\b";
/**
 * "Locally there is no problem", "no issues when running locally": the person's own machine is where it works, so the
 * sentence says it works elsewhere and does not name the failing runtime (stop 32: read as "runtime: laptop" before).
 */
const FINE_LOCALLY = [
  "\\blocally (it is|it's|everything is|all is|there is no|there's no|there are no) (fine|ok|okay|problems?|issues?|errors?)\\b",
  '\\b(no|without) (problems?|issues?|errors?) (when |while )?(running |run |testing )?locally\\b',
  // "From my laptop it runs without errors", "the same keys succeed from my laptop": success in other words than "works",
  // in the present tense (no tuning thread says it so; the same class as the two above).
  '\\b(runs|works|goes through|succeeds|completes) without (any )?(errors?|problems?|issues?|trouble)\\b',
  '\\bsucceeds? (from|on|in|with|using|via) (my|the|our|a|another|other)\\b',
];
const ELSEWHERE = ['\\bwork(s|ed|ing)?( fine| ok| okay)? (on|from|in)\\b', '\\bsame (error|thing)\\b', WORKS_THERE, ...FINE_LOCALLY];

/** What a denied caller other than the intended one means (the wrong-identity choice and the caller-not-expected fact signal). */
export const NOT_THE_EXPECTED_CALLER = 'The denied identity is not the one the runtime should use: the credential source is the problem, not the policy';

/**
 * A clock said to be wrong: whose time (an owner from clock-owners.ts, or "my", "the"), the word for it, a verb, and how it is wrong.
 * Speed words (slow, fast) are left to the clock patterns above: "the response time is slow" is no clock.
 */
const TIME_OWNER = `${CLOCK_OWNERS}|my|the|our|its|their`;
const TIME_WORD = "date and time|time and date|date/time|date|time|clock";
/** How a clock is said to be fine, so that "not …" says it is off. */
const CLOCK_FINE = "in sync|synced|synchroni[sz]ed|correct(ly)?|right|accurate(ly)?";
/** "is wrong", "was out of sync", "isn't synced", "is not set correctly". */
const TIME_WRONG = `(is|was|are|were|seems|seemed|has been|had been) (wrong|incorrect|inaccurate|off|out of sync|unsynced|skewed|behind|ahead|not (set )?(${CLOCK_FINE}))|(isn'?t|wasn'?t|aren'?t|weren'?t) (set )?(${CLOCK_FINE})`;
/** The same, before the word: "a wrong device time", "an incorrect system clock". */
const TIME_WRONG_BEFORE = "wrong|incorrect|inaccurate|skewed|unsynced|out-of-sync";
/** Said of a clock: it is not fine. */
const CLOCK_NOT_FINE = `\\b(not|isn'?t|wasn'?t|aren'?t|weren'?t|never) (\\w+ )?(${CLOCK_FINE})\\b`;

/**
 * "Skew" said of this clock, not the name of an SDK's setting for it: "some AWS SDKs have flags for a "clock skew"",
 * "the clock skew correction option" (awslabs/aws-sdk-rust#1033: the reporter asks whether the SDK corrects a skew; the
 * clock question is still worth asking).
 */
const SDK_SETTING = "flags?|options?|settings?|parameters?|support|handling|correction|compensation|tolerance|interceptor|config(uration)?";
const SKEW_SAID = `(?<!\\b(${SDK_SETTING}) (for|of|to) (a |the )?["“]?(clock )?)\\bskew(?!(ed)?["”]? ?(${SDK_SETTING})s?\\b)`;

/** The questions and commands as written; an asked answer's effects are scaled by the factors fitted on real threads where it moves the belief (answer-likelihoods.ts `fittedEffects`), never here. */
export const PROBES: Probe[] = [
  {
    id: 'configure-list',
    kind: 'command',
    text: 'Which credentials does the failing runtime actually load? Run this *in the failing shell, job or container* and paste the output:',
    why: "It shows which source won (env, a profile, SSO, a role) and the key's last four characters: the same error has other fixes for each source.",
    commands: [
      { shell: 'bash', code: 'aws configure list' },
      { shell: 'powershell', code: 'aws configure list' },
    ],
    // A role the paste shows being handed over (a web identity exchange, configure-aws-credentials' role-to-assume, a
    // container's credentials endpoint) answers it: the runtime loads that role, and on a runner whose role step failed
    // there is nothing to list (qa37 F7).
    skipWhen: [{ fact: 'credentialSource' }, { fact: 'signIn', in: ['role'] }],
    outcomes: ['source-env', 'source-file', 'source-sso', 'source-role', 'source-none', 'source-assume-role', 'opt-in-region'],
  },
  {
    id: 'key-prefix',
    kind: 'question',
    cost: 0.5,
    text: 'What do the first four characters of the access key id in the failing runtime look like? (`aws configure list` shows only the last four. The prefix: `echo ${AWS_ACCESS_KEY_ID:0:4}` in bash, `$env:AWS_ACCESS_KEY_ID.Substring(0,4)` in PowerShell, or `aws configure get aws_access_key_id --profile <profile> | cut -c1-4` for a profile)',
    why: "AKIA is a long-term user key; ASIA a temporary session key that needs its session token beside it. The two have different fixes.",
    // SSO and platform roles always hand out a temporary key with its token: its prefix tells nothing.
    // Nor after an AccessDenied: AWS accepted the key, so long-term vs temporary tells nothing about
    // the permissions problem; who the caller is and whose resource it is do (resource-account, caller-identity).
    // callerExpected no: the caller was accepted and is known to be the wrong identity (qa36 F8): its key's kind is moot.
    skipWhen: [{ fact: 'keyKind' }, { fact: 'signIn', in: ['sso', 'role'] }, { fact: 'callerDenied' }, { fact: 'callerExpected', in: ['no'] }],
    choices: [
      {
        id: 'akia',
        label: 'AKIA… (long-term IAM user key)',
        // Or in words: "the credentials of a IAM user I created on the AWS console" (stefanprodan/mgob#50), "the key is in
        // ~/.aws/credentials from an old IAM user" (QA39 F9: a user's key, whatever became of the user, is a long-term key).
        // "I created an AWS user that can read and write to a bucket, generated the keys" (OCA/storage#328): the keys of a
        // user created for the purpose are that IAM user's access keys. Told, not asked to ("Create an IAM user …" in quoted
        // docs), and the key an access key or the user's generated keys: a Cognito pool user and an API key are no IAM key
        // (review 34b R34b-7).
        say: ['\\bakia', '\\b(credentials|keys?|creds) (of|for|from) (an? |the |my |our |that )?(old |older |former |previous |deleted |removed |dedicated |service )?iam user\\b', '\\b(created|made) (an? |the |new |a new )?(aws |iam )?user\\b(?! pool)(?! in (our |the |a )?cognito)[^.]{0,60}\\b(access keys?|(generated|created) (the |its |their )?keys)\\b', "\\biam user\\W?s (access )?(keys?|credentials)\\b", '\\blong[- ]term (iam |access |user |aws )*(keys?|credentials|creds)\\b', '\\biam user (access )?(keys?|credentials|creds)\\b'],
        // "temporary credentials of an IAM user" is the next choice; "long-term IAM access key (no session token)"
        // (iterate-ch/cyberduck#18336) denies a token rather than naming one.
        // Asked, the kind of key in a word: "long term", "permanent", "static" (the choice's label: a long-term IAM user key).
        sayWhenAsked: ['\\blong[- ]?term\\b', '\\bpermanent\\b', '\\bstatic\\b', '\\biam user\\b'],
        sayUnless: ['\\btemporary\\b', '(?<!\\b(no|without|without a|without the) )\\bsession (credentials|keys?|token)'],
        implies: { keyKind: 'long-term' },
        // A key is there to see, so credentials were found, and a long-term key is no platform role's.
        // What a long-term key says about session tokens is the key-long-term fact signal's (not counted twice).
        effects: { 'key-deleted-or-inactive': 1.6, 'stale-credentials-after-rotation': 1.5, 'role-credentials-unavailable': 0.3, 'no-credentials-found': 0.3 },
        evidence: 'The key id starts with AKIA: a long-term IAM user key',
      },
      {
        id: 'asia',
        label: 'ASIA… (temporary STS / SSO key)',
        // Or in words: "using temporary credentials (AWS SSO, STS AssumeRole, ECS task roles)" (dlt-hub/dlt#3756).
        // "get valid accesskey, secretKey and sessionToken": a key that comes with its session token is a temporary one
        // (aws-samples/api-gateway-secure-pet-store#26, Cognito credentials).
        // Credentials "set up to expire after some period of time (30-40 minutes)" (pola-rs/polars#15577), "short-lived
        // credentials": only temporary keys expire, a long-term key lasts until someone deactivates it.
        say: ['\\basia', '\\btemporary (aws |sts |session |iam )?(access )?(credentials|keys?|creds)\\b', '\\bsession (credentials|keys)\\b', '\\bsts (access )?(credentials|creds|keys?)\\b',
          '\\b(credentials|creds|keys?)\\b[^.]{0,30}\\bexpires? (in (every |an? |\\d)|after|every|within|each)', '\\bshort[- ]lived (aws |sts |iam |access )*(credentials|creds|keys?)\\b',
          '\\baccess ?key(?: ?id)?s?,? (?:an?d? )?secret ?(?:access ?)?keys?,? and (?:a |the )?session ?tokens?\\b'],
        // Asked, the kind of key in a word: "a temp one", "temporary", "from sts" (the choice's label: a temporary STS / SSO key).
        sayWhenAsked: ['\\btemp(orary)?\\b', '\\bshort[- ]lived\\b', '\\bsts\\b'],
        implies: { keyKind: 'temporary' },
        // The rest is the temporary-key fact signals' (with an unknown-key error, the missing token).
        // A key is there to see, so credentials were found (as for AKIA).
        effects: { 'stale-credentials-after-rotation': 0.5, 'no-credentials-found': 0.3 },
        evidence: 'The key id starts with ASIA: a temporary session key that needs its session token',
      },
      {
        id: 'other',
        label: 'Something else (test, LKIA, a short or odd value)',
        // Unprompted, only words about the key itself: "I am able test login", "other endpoints" in an opening
        // are not a key prefix (aws-samples/api-gateway-secure-pet-store#26; 3 more tuning threads with an ASIA key).
        say: ['\\b(lkia|lsia)', '\\blocalstack\\b', '\\b(test|fake|dummy|mock) (aws )?(access )?(keys?|key ids?|credentials|creds)\\b'],
        sayWhenAsked: ['\\btest\\b', '\\bsomething else\\b', '\\bother\\b'],
        implies: { keyKind: 'other' },
        effects: { 'wrong-account-or-partition': 4, 'malformed-credentials': 3, 'key-deleted-or-inactive': 0.4 },
        evidence: 'The key id is not an AKIA/ASIA key (a mock, LocalStack or mistyped value)',
      },
      { id: 'unknown', label: "I can't see it", sayWhenAsked: UNSURE, effects: {}, evidence: 'The key id prefix is unknown' },
    ],
  },
  {
    id: 'rotation',
    kind: 'question',
    cost: 1,
    text: 'Did anything happen to this key recently?',
    why: "A key rotated, disabled or deleted recently is refused everywhere it is still set: the fix is to find where the old key is kept.",
    // Not after a denial: a rotated-away key is rejected, never denied.
    skipWhen: [{ fact: 'rotation' }, { fact: 'callerDenied' }],
    choices: [
      {
        id: 'rotated',
        label: 'It was rotated (a new key replaced it)',
        // "I tried creating news keys now" (hashicorp/terraform-provider-aws#1102): plural and typo'd alike.
        // "Claude Code does not pick up new credentials if they are refreshed" (anthropics/claude-code#2280), "a mechanism for
        // getting new updated credentials" (pola-rs/polars#15577): new credentials replaced the ones a process holds.
        // A key "regenerated" replaces one; "I created an AWS user …, generated the keys" (OCA/storage#328) is a new user's
        // first key, no rotation.
        say: ['rotat', '\\bnews? (access )?keys?\\b', '\\b(get|gets|got|getting|generated?|created?|issued?|received?|pick(s|ed)? up|fetch(es|ed)?|writes?|wrote|written|writing|puts?|drops?|dropped) (the |some |a set of )?new,? (updated |fresh |rotated )?(aws )?(credentials|creds)\\b',
          '\\brefresh(es|ed|ing)? (the |my |our |its |their )?(aws |iam |sso )?(credentials|creds|keys?)\\b', '\\b(credentials|creds|keys?)\\b[^.]{0,40}\\b(are|were|get|got|is|was|being) (refreshed|renewed)\\b', '\\breplaced\\b', '\\brenew', '\\bregenerated (the |a |my )?(new )?(access )?key', '\\brecreated (the |a |my )?(access )?key',
          // How people say "rotated" when they did it by hand: "i swapped the key in the datasource settings" (qa35 N21,
          // real-pastes batch 18 mtanda/grafana-aws-athena-datasource#76). Past forms only: "should I change the key?" and
          // "we'll switch keys" ask or plan a change, not tell one done (R35b-3).
          '\\b(swapped|switched|changed) (the |my |our |its |their )?(aws |iam )?(access )?keys?\\b'],
        // "Create new access keys and delete the old access keys" (awslabs/amazon-s3-data-replication-hub-plugin#87): the
        // old key is gone, the next choice. Unless the new key is said to work: then the old one was deleted because it
        // was replaced, and what still fails holds it - "deleted the old iam user. new key works fine from aws cli" (qa35
        // N21, the same thread as above) is the rotation story, told in full.
        sayUnless: ['^(?![^\\n]*\\bnews? (access )?keys? (works?|worked|is working)\\b)[^\\n]*(\\bdelet|deactivat)'],
        outranks: { choices: ['disabled'], when: ['\\bnews? (access )?keys? (works?|worked|is working)\\b'] },
        implies: { rotation: 'rotated' },
        effects: { 'stale-credentials-after-rotation': 5, 'key-deleted-or-inactive': 1.5, 'secret-key-mismatch': 1.5 },
        evidence: 'The key was rotated recently',
      },
      {
        id: 'disabled',
        label: 'It was deactivated or deleted (or its user was)',
        // "the region is disabled" is about the region, not the key.
        say: ['deactivat', '^(?!.*\\bregion).*\\bdisabled?\\b', '\\bdeleted?\\b', '\\binactive\\b', '\\boffboard', '\\bremoved\\b',
          // "the old key was revoked", "revoked the access key": a key revoked is a key deactivated (not a role's sessions).
          '\\brevoked? (the |my |our |an? |that |this )?(old )?(access )?keys?\\b', '\\bkeys?\\b.{0,20}\\b(was|were|got|been|is) revoked\\b'],
        implies: { rotation: 'disabled' },
        effects: { 'key-deleted-or-inactive': 6, 'stale-credentials-after-rotation': 1.5 },
        evidence: 'The key or its IAM user was deactivated or deleted',
      },
      {
        id: 'nothing',
        label: 'Nothing changed that I know of',
        say: ['nothing( changed)?', '\\bno change', '\\bnobody (touched|changed|rotated)\\b'],
        // The label's own hedge: "Nothing changed that I know of" is what "not that I know of", "don't think so" and "not
        // recently" say.
        sayWhenAsked: [...NO, "\\b(i |we )?(don'?t|do not) think so\\b", '\\bnot that (i|we) know( of)?\\b', '\\bnot as far as (i|we) know\\b', '\\bnot recently\\b'],
        implies: { rotation: 'nothing' },
        effects: { 'stale-credentials-after-rotation': 0.3, 'key-deleted-or-inactive': 0.6 },
        evidence: 'Nobody changed the key recently',
      },
      { id: 'unknown', label: 'Not sure', sayWhenAsked: UNSURE, implies: { rotation: 'unknown' }, effects: {}, evidence: 'Unknown whether the key changed' },
    ],
  },
  {
    id: 'works-elsewhere',
    kind: 'question',
    cost: 1.2,
    text: 'Does the same key work somewhere else (another shell, machine or job, with `aws sts get-caller-identity`)?',
    why: "If the same key works elsewhere, the key itself is good and the failing runtime differs (its clock, endpoint, region or which key it loads).",
    skipWhen: [{ fact: 'worksElsewhere' }],
    choices: [
      {
        id: 'yes',
        label: 'Yes, it works elsewhere',
        // "kubectl works just fine", "aws cli works normally": another tool or place with the same credentials.
        say: [
          // Not "works for a couple hours": a stretch of time, not another place (QA36 F6: the lapse cue). Nor "works for short
          // runs / the first hour / small files": the same job bounded by its length or size, the lapse story again (the
          // described.test.ts CI sentence, whose stale-rotation rise once context counts moved kept expiry from leading clearly).
          'work(s|ed)?( fine| ok| okay)? (on|in|from|for(?! (about |around )?(an? |one |\\d{1,3} |a (couple|few) (of )?|several |some )?(hours?|hrs?|minutes?|mins?|days?|weeks?|while|time)\\b)(?! (short|small|quick|the first)\\b)|with) ', '\\bruns? (smoo+thly|fine)\\b', '\\bworks elsewhere\\b', '\\bwork(s|ed)?\\b.{0,20}\\b(in|on|from|for|with) (all |every )?(the )?(other|another)\\b', '\\b(cli|kubectl|console|sdk|terraform|boto3?) works( just)? (fine|normally|ok|okay|well|perfectly)\\b',
          // "locally everything works", "it works locally": the reporter's own machine is another place.
          '\\blocally\\b.{0,25}\\bwork(s|ed|ing)\\b', '\\bwork(s|ed|ing)( just)?( fine| ok| okay| well| perfectly)? locally\\b',
          // "get-caller-identity with the same profile works", "works when I run it from my terminal".
          '\\bsame (keys?|credentials|creds|profile)\\b[^.]{0,30}\\bwork(s|ed)\\b', '\\bwork(s|ed)( fine| ok| okay)? when (i|we) (run|try|use) (it |them )?(from|on|in|with)\\b',
          // "I used them with my AWS CLI and it worked perfectly" (cline/cline#852)
          '\\b(cli|kubectl|console|sdk|terraform|boto3?)\\b[^.]{0,30}\\bit work(s|ed)( just)? (fine|normally|ok|okay|well|perfectly)\\b', '\\bsuccessfully used (by|from|in|with)\\b', '\\bit is working\\b', WORKS_THERE,
          // Present tense only ("its working fine for me", "things work ok" with another setting); "it was working fine" is the past.
          "\\b(it'?s|it is|things|everything) work(s|ing)? (just )?(fine|ok|okay|well|perfectly)\\b", // "I have set up AWS Credentials and its working fine for me" (aws-samples/serverless-patterns#970).
          // Something else in the present tense, said beside the failure: "adding `--profile developer` to the command works
          // perfectly again" (aws/aws-cli#4298), "in AWS region 'eu-west-1' this works fine" (boto/boto3#2989), "my creds are
          // working fine for every other resource" (hashicorp/terraform-provider-aws#8999), "other APIs work fine"
          // (cognitect-labs/aws-api#27), "the same operation via aws cli works" (dcoker/biscuit#12), "When just running a
          // Python file, everything works" (pandas-dev/pandas#39325). "It was working fine" stays the past.
          '\\bworks( just)? (fine|perfectly|correctly|normally|well|ok|okay)\\b', "\\b(is|are|'s|'re) (still )?working( just)? (fine|perfectly|correctly|normally|well|ok|okay)\\b",
          '\\bother\\b[^.]{0,30}\\bwork( just)? (fine|perfectly|correctly|normally|well|ok|okay)\\b', '\\b(cli|kubectl|console|sdk|terraform|boto3?|profile) works\\b', '\\beverything works\\b',
          // A test that passed: "I even tested if my credentials were being passed on correctly by running a python script and
          // it worked correctly" (rishabkumar7/devops-qr-code#4).
          '\\btest(ed|ing)\\b[^.]{0,120}\\b(it|that|this) work(s|ed)( just)? (fine|correctly|perfectly|well|normally)\\b',
          // Other tools or places, in other words for working: "inconsistent with SDK and aws-cli, both of which have no
          // issue" (aws/aws-cdk#13792), "several other services … successfully calling AWS APIs" (brendanhay/amazonka#455),
          // "This works when deployed." (aws/aws-sam-cli#3963): the same code or keys succeed under another condition.
          '\\b(both|others?|another|cli|sdks?|console|kubectl|terraform|boto3?|aws-cli|awscli)\\b[^.]{0,40}\\b(ha(s|ve)|had) no (issues?|problems?|trouble)\\b',
          near('\\b(other|another|several|many)\\b', '\\bsuccessfully (call|access|connect|authenticat|reach|upload|deploy|us|read|writ)\\w*', { gap: '[^.]', within: 60 }),
          '\\bworks?( just)?( fine| ok| okay| well)? when (it is |it\'s )?(deployed|run|invoked|executed|called|launched)\\b',
          // Another tool or a command run with the same keys, said to have worked or be ok: "`esc run <env> -- aws sts
          // get-caller-identity` worked fine" (pulumi/esc#199), "aws s3 ls --> It's ok". The past counts when the tool is named
          // (a check the person ran), not when it ends "until …" or "before …" (how it was before it broke).
          // "I can list the bucket from the CLI", "we can access S3 with boto3 on the laptop": the same thing done elsewhere.
          near('\\b(i|we) can (access|list|read|reach|upload|download|connect( to)?|call|use|see)\\b', '\\b(from|with|using|via|on|in) (the |my |our |a )?(cli|aws-?cli|awscli|console|laptop|local machine|terminal|shell|boto3?|sdk|another [\\w-]+|other [\\w-]+)\\b', { gap: '[^.]', within: 40 }),
          '\\b(cli|aws-?cli|awscli|kubectl|console|sdk|terraform|boto3?|get-caller-identity|aws (s3|sts|ec2|iam) [\\w-]+)\\b[^.]{0,30}\\b(work(s|ed)( just)? (fine|normally|ok|okay|well|perfectly)|(it\'?s|is) (ok|okay|fine))\\b(?![^.]{0,40}\\b(until|till|before|previously|but)\\b)',
          // Success in other words than "works", said of another tool, call or place (one mechanism, seen in five tuning
          // batches): "Flink writes succeed because …" (DataSQRL/sqrl#2098); "The credentials are valid (confirmed via `aws sts
          // get-caller-identity` …)" (cagriekin/charts#221), "keys added and verified by aws sts get-caller-identity"
          // (aws-samples/eks-workshop-v2#972); "I was able to call the bedrock API with no issue outside of k8sgpt"
          // (k8sgpt-ai/k8sgpt#1022), "I can read it using /vsicurl …" (OSGeo/gdal#658); "requests work fine"
          // (jenkinsci/pipeline-aws-plugin#243). "It succeeds" alone is not read: said of the same job before it broke, or of
          // one step of it, it moved a tuning thread's fix out of reach (hashicorp/packer#8063).
          '\\b(writes|reads|calls|requests|uploads|downloads|commands|operations|queries) succeed\\b',
          '\\b(credentials|creds|keys?)\\b[^.]{0,20}\\b(are|is) (still |definitely |perfectly )?valid\\b', '\\b(verified|confirmed|validated) (by|via|with|using) (`|")?(aws )?(sts )?get-caller-identity\\b',
          '\\b(was|were|am|are|\'m|\'re) able to\\b[^.]{0,60}\\b(outside|with no (issues?|problems?)|without (any )?(issues?|problems?))\\b',
          '\\b(i|we) (can|could) (access|list|read|reach|upload|download|connect( to)?|call|use|see|get|query|pull)\\b[^.]{0,40}\\b(using|via|through|outside( of)?) ',
          '\\b(requests?|calls?|commands?|uploads?|downloads?|operations?|queries|reads|writes) work( just)? (fine|perfectly|correctly|normally|well|ok|okay|as expected)\\b',
          // "it successfully connects with Ireland SES service" (hashicorp/terraform-provider-aws#11930): the present tense only.
          '\\b(it|this|that|which) successfully (connects|calls|uploads|downloads|authenticates|reads|writes|lists|accesses|reaches|runs|assumes)\\b',
          // Working got elsewhere, or able to now (stop 32; one mechanism in five tuning batches, each truth "yes"): "I had this
          // working with the prom/cloudwatch exporter" (prometheus-community/yet-another-cloudwatch-exporter#229), "then I am
          // able to read from AWS without error" (pandas-dev/pandas#39325), "I am able to use the AWS CLI commands"
          // (cox-automotive/alks-cli#47), "On Fardate v1.3, i can get credentials" (fluent/fluent-plugin-s3#347), "I can read
          // it using /vsicurl" (OSGeo/gdal#658). Present tense or a place after "working": "I was able to deploy before the
          // rotation" is the past (and `before` is an exception below). Word groups side by side, no gap (regex safety).
          "\\b(had|got|have|'ve) (it|this|that|everything) working (with|on|in|from|using|via|locally|outside)\\b",
          "\\b(i|we) (am|are|'m|'re) able to (use|access|read|list|call|run|reach|connect|get|upload|download|query|write|authenticate)\\b",
          '\\b(i|we) can (get|access|read|list|call|run|reach|connect|upload|download|query|authenticate|use) (credentials|creds|the bucket|the queue|s3|it|them)\\b',
          // Failing only under one condition says the rest works: "this problem occurs only when I pass the authentication data
          // using the environment variable AWS_PROFILE" (brendanhay/amazonka#612, batch 13), "This error only happens in a
          // Jupyter notebook" (pandas-dev/pandas#39325, batch 7); both truth "yes". Not "only fails sometimes" (no place).
          '\\b(only (fails?|failing|happens|breaks|errors|occurs)|(fails?|happens|breaks|occurs) only) (in|on|with|from|inside|under|within|when (i|we) (use|pass|run|call|set))\\b',
          ...FINE_LOCALLY],
        // Only as an answer: "it was working fine, but suddenly…" in an opening is about the past, not another place.
        sayWhenAsked: [...YES, '\\bwork(s|ed|ing)?( just)? (fine|ok|okay|well|perfectly)\\b', '\\bworks (there|for (me|us))\\b'],
        // "it doesn't work on the runner either" is not a yes. Nor a question ("How do I check that my credentials are
        // valid?", "Is there a way I can call STS through a proxy?"; "why does it work on my laptop?" still says it does), an
        // intention ("I want to make sure I can access the bucket using the instance role"), or a success of the same job
        // before it broke or before the step that fails ("We were able to deploy without any issues before the key
        // rotation", "It successfully assumes the role but then fails on s3"): the review of stop 29's merges. Nor, from the
        // review of stop 32's merges (finding 4): an expectation ("It should succeed from my laptop, but it does not"), a
        // success that ended ("It no longer runs without errors"), a hypothetical ("If I had it working with the python
        // client I would not ask", "If it only fails in the container, what should I check"), a wish ("Ideally the job
        // runs without errors"), a doc's claim ("According to the README, the command runs without errors"), or a step
        // that succeeds before the call that fails ("I can get credentials from IMDS, but the call still fails"). "Works on
        // my laptop but still fails on the runner" names the other place after "fails" and stays a yes, and so does "works
        // fine if I export the keys" (only a counterfactual or "only" after "if" reads as hypothetical).
        sayUnless: ["\\b(doesn'?t|does not|don'?t|didn'?t|did not|not|never|won'?t)\\s+(\\w+\\s+)?work", '^(?!\\W*why\\b)[^?]*\\?',
          '\\bhow (do|does|can|could|should|would|to)\\b', "\\b(want|wants|wanted|would like|'d like|trying|hoping) to\\b", '\\bmake sure\\b', '\\bso that\\b',
          '\\bbefore\\b', '\\buntil\\b', '\\bbut then\\b',
          "(\\b(not|never|no longer)|n't) (\\w+ )?(succeed(s|ed)?|runs?|running|able|pass(es|ed)?)\\b",
          '\\b(should|ought to|supposed to|expected to) (\\w+ )?(work|succeed|run|pass|go through|be able)\\b', "\\bif (i|we|it|you|this|that) (had|hadn'?t|were|weren'?t|would|could|only)\\b",
          // Credentials got from a source are the step before the call, not another place: an opening's sentence ends at ", but"
          // (description.ts reads each side of a contrast alone), so "…, but the call still fails" is not seen beside it.
          '\\b(get|got|getting|fetch|fetched|retrieve|retrieved) (the )?(credentials|creds) (from|via|through|out of)\\b',
          '\\bideally\\b', '\\baccording to\\b', '\\b(docs?|documentation|readme|guide|manual) (says?|states?|claims?)\\b',
          "\\bbut (it |that |this |the \\w+ )?(does not|doesn'?t|did not|didn'?t|still fails?|still failed|still errors?)\\b(?! (in|on|from|inside|under|with|when|within|for|via|through)\\b)"],
        implies: { worksElsewhere: 'yes' },
        // The credentials are good where they are set up: the failing runtime loads other ones (env, a
        // profile), none at all, or a role that does not deliver, or its clock, region or endpoint differ.
        effects: { 'env-var-override': 2.5, 'wrong-profile': 2.5, 'no-credentials-found': 2, 'role-credentials-unavailable': 1.5, 'region-endpoint': 2, 'clock-skew': 2, 'key-deleted-or-inactive': 0.1, 'stale-credentials-after-rotation': 1.5, 'malformed-credentials': 1.5 },
        evidence: 'The same key works elsewhere: the difference is in the failing runtime (the credentials it loads, its clock, region or endpoint)',
      },
      {
        id: 'no',
        label: 'No, it fails everywhere',
        // "same error on my laptop too": another place fails alike.
        say: ['fails? everywhere', '\\bnowhere\\b', '\\bsame (error|thing|result)\\b.{0,20}\\b(on|from|in|with) (my |the |our |a |another |other )?(laptop|machine|local|pc|mac|macbook|computer|cli|shell|terminal)\\b'],
        // Asked, the other places fail too: "same error everywhere", "doesn't work locally either", "never worked anywhere" (not "never
        // worked" alone: that may be the failing place).
        sayWhenAsked: [...NO, '\\bsame (error|thing|result|issue|problem)\\b[^.]{0,20}\\b(everywhere|anywhere|too|as well)\\b', "\\b(doesn'?t|does not|didn'?t|did not|won'?t) work\\b[^.]{0,40}\\beither\\b", "\\b(doesn'?t|does not|didn'?t|did not|never) work(ed)? anywhere\\b"],
        implies: { worksElsewhere: 'no' },
        effects: { 'key-deleted-or-inactive': 3, 'secret-key-mismatch': 1.5, 'env-var-override': 0.4, 'wrong-profile': 0.4, 'clock-skew': 0.5 },
        evidence: 'The key fails everywhere it is used',
      },
      { id: 'unknown', label: 'Not tried', say: ['not tried', "haven'?t tried"], sayWhenAsked: [...UNSURE, "\\b(haven'?t|have not|didn'?t|did not|never|not) (yet )?(tried|try|tested|test|checked|check)\\b"], implies: { worksElsewhere: 'unknown' }, effects: {}, evidence: 'Not tried elsewhere' },
    ],
  },
  {
    id: 'target',
    kind: 'question',
    cost: 0.8,
    text: 'Which AWS endpoint is the failing call meant to reach?',
    why: "A key is valid in one partition or endpoint only: a China, GovCloud or local endpoint (LocalStack) refuses a commercial key, and the reverse.",
    skipWhen: [
      { fact: 'target' },
      { fact: 'partition', in: ['aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-eusc'] },
      { fact: 'endpoint', matches: 'localhost|127\\.0\\.0\\.1|localstack|:4566' },
      { fact: 'region', matches: OPT_IN_REGION },
      // A denial: the key was accepted where it was sent (another partition, LocalStack or another store rejects it as unknown).
      { fact: 'callerDenied' },
      // The caller was accepted and is known to be the wrong identity (Terraform's refused account, qa36 F8).
      { fact: 'callerExpected', in: ['no'] },
    ],
    choices: [
      {
        id: 'commercial',
        label: 'Regular AWS, a default region (us-east-1, eu-west-1, …)',
        // Any region code of the commercial partition that needs no opt-in, not two of them: "STS was not enabled in us-east-2
        // Ohio" (eksctl-io/eksctl#7931), "AWS S3 … us-west-2". Beside LocalStack's words the sentence gives two choices and none.
        say: ['\\bregular\\b', '\\bcommercial\\b', '\\bnormal aws\\b', DEFAULT_REGION_CODE],
        // A partition or opt-in region named beside a region code is what the sentence is about: "The bucket is in eu-central-1
        // and the keys are from our China account" tells another partition (the review of stop 29's merges). Not when the
        // sentence calls it regular AWS in words.
        sayUnless: [`^(?![^\\n]*\\b(regular|commercial|normal aws)\\b)[^\\n]*(${[...OTHER_PARTITION_SAY, ...OPT_IN_SAY].join('|')})`],
        // Asked, any region that needs no opt-in ("eu-central-1"), or the label's "regular" in other words.
        sayWhenAsked: [DEFAULT_REGION_CODE, '\\b(normal|standard|public)\\b'],
        implies: { target: 'commercial' },
        effects: { 'wrong-account-or-partition': 0.5, 'region-endpoint': 0.4 },
        evidence: 'The call targets regular AWS in a default region',
      },
      {
        id: 'opt-in',
        label: 'An opt-in region (af-south-1, ap-east-1, me-south-1, …)',
        say: OPT_IN_SAY, sayWhenAsked: [OPT_IN_REGION_CODE],
        implies: { target: 'opt-in' },
        effects: { 'region-endpoint': 6, 'wrong-account-or-partition': 0.6 },
        evidence: 'The call targets an opt-in region',
      },
      {
        id: 'other-partition',
        label: 'GovCloud or China',
        say: OTHER_PARTITION_SAY,
        implies: { target: 'other-partition' },
        effects: { 'wrong-account-or-partition': 5 },
        evidence: 'The call targets another partition (GovCloud or China)',
      },
      {
        id: 'local',
        label: 'LocalStack, a mock, or an S3-compatible store (MinIO, Ceph, …)',
        // An S3-compatible store's keys are its own, as LocalStack's are: sent to AWS they are unknown there
        // (litestream with MinIO keys, qa35 N11, real-pastes batch 18 benbjohnson/litestream#591). The stores are
        // named by product: MinIO, Ceph's RADOS Gateway, SeaweedFS, Wasabi, Backblaze B2.
        say: ['localstack', '\\bmock', 'localhost', 'moto', '\\bminio\\b', '\\bceph\\b', '\\bradosgw\\b', '\\bseaweedfs\\b', '\\bwasabi\\b', '\\bbackblaze\\b'],
        implies: { target: 'local' },
        effects: { 'wrong-account-or-partition': 5 },
        evidence: 'The call targets LocalStack, a mock or an S3-compatible store',
      },
      { id: 'unknown', label: 'Not sure', sayWhenAsked: UNSURE, effects: {}, evidence: 'The target endpoint is unknown' },
    ],
  },
  {
    // The region of the failing call is known to be opt-in: what is unknown is whether the account enabled it.
    id: 'region-enabled',
    kind: 'question',
    cost: 1.2,
    text: 'The failing call goes to an opt-in region. Is that region enabled for the account? Check from a region that works: `aws account get-region-opt-status --region-name <region> --region us-east-1`',
    why: "An opt-in region refuses every key until the account enables it, so the key is not at fault there.",
    skipWhen: [{ fact: 'regionEnabled' }],
    onlyWhen: [{ fact: 'region', matches: OPT_IN_REGION }],
    choices: [
      {
        id: 'disabled',
        label: 'Not enabled (DISABLED, or ENABLING still in progress)',
        say: ['region.{0,40}(disabled|not enabled|not opted)', '(disabled|not enabled|not opted).{0,40}region',
          // The negation before the verb: "even if the identity (assuming account) does not have the opt-in region enabled"
          // (hashicorp/terraform-provider-aws#32549).
          // Not a generic "you": "Even if you don't have the opt-in region enabled, the global endpoint works" is advice (review 17).
          "(?<!\\byou )\\b(doesn'?t|does not|didn'?t|did not|don'?t|do not) have (the |this |that |an? )?(opt-in )?regions? enabled\\b"], sayWhenAsked: ['^disabled', 'not enabled', '^enabling', 'not opted', ...NO],
        implies: { regionEnabled: 'no' },
        effects: { 'region-endpoint': 8, 'key-deleted-or-inactive': 0.3, 'stale-credentials-after-rotation': 0.3 },
        evidence: 'The opt-in region is not enabled for the account',
      },
      {
        id: 'enabled',
        label: 'Enabled (ENABLED or ENABLED_BY_DEFAULT)',
        say: ['region.{0,40}\\b(is|was|were|are|got) (now |already )?(enabled|opted in)', '^(it is |it\'s )?enabled_by_default'], sayWhenAsked: ["^(it'?s |it is |yes,? )?(now )?enabled", '\\bopted in', ...YES],
        implies: { regionEnabled: 'yes' },
        // Still possible for temporary keys: global-endpoint (v1) STS tokens are not valid in opt-in regions.
        effects: { 'region-endpoint': 0.4 },
        evidence: 'The opt-in region is enabled for the account',
      },
      { id: 'unknown', label: "Can't check", sayWhenAsked: UNSURE, effects: {}, evidence: 'Unknown whether the region is enabled' },
    ],
  },
  {
    id: 'session-token',
    kind: 'question',
    cost: 0.5,
    text: 'Is a session token set next to the key (`AWS_SESSION_TOKEN`, or `aws_session_token` in the profile)?',
    why: "A temporary key (ASIA) is refused without its session token, and a leftover token next to a long-term key (AKIA) breaks the pair.",
    // Not after a denial: a key without its token is rejected, never denied.
    // tokenField: said already (the tool takes none, or it is set next to the key).
    skipWhen: [{ fact: 'sessionTokenPresent' }, { fact: 'tokenField' }, { fact: 'signIn', in: ['sso', 'role'] }, { fact: 'callerDenied' }],
    onlyWhen: [{ fact: 'keyKind', in: ['temporary'] }],
    choices: [
      {
        id: 'yes',
        label: 'Yes, a session token is set',
        // "AWS_SESSION_TOKEN is still set", "the profile keys and session token (which expires hourly)"
        // "the token is set too".
        say: ['session[ _-]?token\\W{0,2}\\s(is|was|are) (still |already )?set\\b', '\\b(keys?|key id) and (a |the )?session[ _-]?token\\b', '\\btoken (is|was) (also |still |already )?(set|exported|present)\\b',
          // "I exported the session token too", "we also pass AWS_SESSION_TOKEN": the person set it (a denial before the
          // verb, "I didn't set …", is the next choice's words).
          // Not after an auxiliary that asks ("How can I provide AWS_SESSION_TOKEN?", hotovo/aider-desk#131: the tool has no field
          // for it): a question asks for the way to set it, which says it is not set (the next choice's words). Nor under a
          // condition ("if i set the session token it works": R36b-11), which says the failing process runs without it.
          '(?<!\\b(can|could|should|would|shall|may|might|do|does|did|will|if|unless|whether) )\\b(i|we|they) (also |do |did |have |always )?(set|sets|exported|export|added|pass|passed|included|provided|provide) (the |my |our |a |an )?(aws_)?session[ _-]?token\\b',
          // A token said to have expired is one that was set ("the AWS session token has expired", velero-io/velero#9949); the
          // SDK's own "The security token included in the request is expired" is an error line, not the person's sentence
          // (description.ts personsSentences). Not the token named beside the key ("accessKey, secretKey and sessionToken",
          // xtyxtyx/minio-dart#36; "AWS_SESSION_TOKEN in addition to AWS_ACCESS_KEY_ID", aws-samples/aws-genomics-workflows#215):
          // a team that has one and names it is the missing token's own story (both threads: the tool did not send it), and
          // reading "set" there delayed two tuning fixes.
          '\\b(aws_)?session[ _-]?token\\b[^.]{0,10}\\b(has|had|have) (already )?(expired|timed out)\\b',
          // The credentials file or profile said to hold one ("~/.aws/credentials is the managed one with a session token",
          // QA36 F24, aws-samples/no-tears-cluster#15 on Cloud9): a statement of what is set, in any phase.
          '\\b(credentials( file)?|profile|config)\\b[^.?]{0,60}\\bwith (a|the|its) (aws_)?session[ _-]?token\\b'],
        // Or the line that sets it: "aws_session_token=role_credentials['SessionToken']" (aws/aws-sdk-pandas#154).
        // "it's set", "it's exported", "it's there"; "… but the token is there".
        sayWhenAsked: [...YES, '\\b(aws_)?session_?token\\s*[=:]\\s*[^\\s,;)]', "^(it'?s |it is |yes,? |yep,? )?(set|exported|present|there)( too| as well| already)?\\W*$",
          '\\btoken (is|was) (set|there|present|exported)\\b'],
        implies: { sessionTokenPresent: 'true' },
        // Less likely missing: the token-present fact signal.
        effects: { 'temporary-credentials-expired': 2 },
        evidence: 'A session token is set with the temporary key',
      },
      {
        id: 'no',
        label: 'No session token',
        say: [
          'no (session )?token',
          '\\b(need(ed)? to|how (can|do|should|could) (i|we)) (specify|set|pass|add|provide) (a |the )?(aws_)?session[ _-]?token',
          // "AWS_SESSION_TOKEN was not set", "authenticate w/o sessionToken"
          // "AWS_SESSION_TOKEN is not being set" (jenkinsci/pipeline-aws-plugin#243)
          // "AWS_SESSION_TOKEN not supported" (aws-cloudformation/rain#7): the tool never sends it.
          '(aws_)?session[ _-]?token\\W{0,2}\\s.{0,20}\\b((was|is|are) )?not (being )?(set|passed|sent|supported|read|forwarded|honou?red)\\b',
          '\\b(w/o|without)\\s+(the\\s+|a\\s+)?(aws_)?session[ _-]?token',
          // "resolved by providing session_token": it was missing.
          '\\b(resolved|fixed|solved|worked|works) (it )?(by|after) (providing|adding|setting|passing) (the |a )?(aws_)?session[ _-]?token',
          // "we don't use a token"; "we only set the access key and secret" (prolane/samltoawsstskeys#40: "I did not use the
          // session token, only the key-id and secret key").
          // In one clause: "I did not set a region but the token is there" denies the region.
          "\\b(do|does|did)( not|n'?t) (use|set|need|have|pass|export|send)\\b(?:(?!\\bbut\\b)[^,;.]){0,25}\\btokens?\\b",
          '\\b(only|just)\\b.{0,25}\\b(access )?key([ -]id)?\\b.{0,10}\\b(and|\\+|&) (the )?secret\\b',
          // "we never set a token", "never exported the session token".
          '\\bnever (set|exported|used|passed|had|sent)\\b.{0,20}\\btokens?\\b',
        ],
        // "not set", "I didn't set one", "it's empty": asked, a token not there.
        sayWhenAsked: [...NO, 'missing', "\\b(not|isn'?t|wasn'?t|never) (being )?(set|exported|present|there)\\b", '\\b(empty|unset|blank)\\b',
          // The whole reply, not a clause of it: "I didn't set it myself, the SSO script exports it" says it is set.
          "^\\s*(i |we )?(didn'?t|did not|don'?t|do not) (set|export|have|use|pass)( (it|one|that|any|a token|the token))?\\s*[.!]*$"],
        implies: { sessionTokenPresent: 'false' },
        // Missing: the token-absent fact signal.
        effects: { 'temporary-credentials-expired': 0.5 },
        evidence: 'The temporary key is sent without its session token',
      },
      { id: 'unknown', label: 'Not sure', sayWhenAsked: UNSURE, effects: {}, evidence: 'Unknown whether a session token is set' },
    ],
  },
  {
    id: 'sign-in',
    kind: 'question',
    cost: 0.8,
    text: 'How do these credentials get into the failing runtime?',
    why: "Each way of getting credentials fails in its own way (an SSO session expires, an env var overrides a profile, a role needs its platform): the fix follows the source.",
    skipWhen: [{ fact: 'signIn' }, { fact: 'credentialSource' }],
    choices: [
      {
        id: 'sso',
        label: 'aws sso login / IAM Identity Center',
        // A profile's own SSO settings name it as well as the word: `sso_start_url`, `sso_session` (an `[sso-session x]`
        // section), `sso_account_id`, `sso_role_name` (AWS SDKs and Tools reference guide, "IAM Identity Center credential
        // provider"; @aws-sdk/credential-provider-sso fromSSO.d.ts, 3.782.0).
        say: ['\\bsso\\b', 'identity cent(er|re)', '\\bsso_(start_url|session|account_id|role_name|region)\\b', '\\bsso-session\\b',
          // The SDKs' provider for it by name (JS v3 @aws-sdk/credential-providers `fromSSO`, JS v2 `SsoCredentials`, Java v2 `SsoCredentialsProvider`).
          '\\bfromSSO\\b', '\\bSsoCredentials(Provider)?\\b'],
        implies: { signIn: 'sso' },
        // An SSO session is not a platform role's credentials, and a runtime that signs in with SSO has
        // credentials to find (less surely than a pasted `Type sso`, source-sso: an old SDK may not read the cache).
        effects: { 'temporary-credentials-expired': 3, 'key-deleted-or-inactive': 0.3, 'missing-session-token': 0.5, 'role-credentials-unavailable': 0.3, 'no-credentials-found': 0.3 },
        evidence: 'The credentials come from an SSO sign-in',
      },
      {
        id: 'assume-role',
        label: 'An assumed role / temporary keys exported by a script',
        // "users are assuming a role via their AWS credentials" (awsdocs/amazon-opensearch-service-developer-guide#19);
        // "assuming" alone ("assuming the file is read") is not a role.
        // STS named as the service that checks or rejects a call ("validates credentials with sts:GetCallerIdentity",
        // "The STS client is built with…", iterate-ch/cyberduck#18336; `aws sts get-caller-identity`) says nothing of
        // where the keys come from; such sentences are read once the error code in them is left out.
        say: ['assume', near('\\bassuming ', 'roles?\\b', { lead: '(an? |the |that |this )', gap: WORD, within: 3 }), '\\bsts\\b(?!\\s{0,9}[: ]\\s{0,9}get-?caller-?identity)(?! (client|endpoint|service|rejects|rejected|returns|returned)\\b)', 'saml', 'okta', 'aws-vault', 'granted',
          // The config file's settings for the two other sources of temporary keys (AWS SDKs and Tools reference guide:
          // "Process credential provider" `credential_process`, "Assume role credential provider" `role_arn` with
          // `source_profile`): a program run for the keys, or a role assumed from another profile.
          '\\bcredentials?[_ ]process\\b', '\\bsource_profile\\b',
          // Tools that fetch temporary keys for a person (their READMEs: "saml2aws login", "gimme-aws-creds", "awsume", Leapp).
          '\\bsaml2aws\\b', '\\bgimme-aws-creds\\b', '\\bawsume\\b', '\\bleapp\\b',
          // The SDKs' providers for them by name (JS v3 `fromProcess`, `fromTemporaryCredentials`; JS v2 `ProcessCredentials`,
          // `ChainableTemporaryCredentials`; Java v2 `ProcessCredentialsProvider`); the assume-role ones say "assume" already.
          '\\bfromProcess\\b', '\\bProcessCredentials(Provider)?\\b', '\\bfromTemporaryCredentials\\b', '\\b(Chainable)?TemporaryCredentials\\b'],
        // GitHub's `role-to-assume` and web identity are a platform role (OIDC), not a script's keys.
        // GitHub's input is spelled `role-to-assume`; "create a role to assume" in prose is a role assumed by a script
        // (jenkinsci/pipeline-aws-plugin#170).
        sayUnless: ['role[-_]to[-_]assume', 'web[- _]?identity', '\\boidc\\b', '\\birsa\\b', 'id-token'],
        // Keys an assumed role or a sign-in tool issued, then kept in the environment or the shared files: "`aws sts
        // assume-role` that gives me *public* and *secret* key to put in `AWS_ACCESS_KEY_ID`" (restic/restic#2836), "Retrieve
        // env var credentials using okta-aws-cli" (okta/okta-aws-cli#117). They are temporary keys, the assumed role's story
        // (its session token, its expiry), as `saidIn` already reads env or file beside an ASIA key. Only the issuer's own
        // words: not the verb alone ("I assume the keys come from env vars") nor "granted" (a permission granted).
        outranks: {
          choices: ['env', 'file'],
          when: [near('\\bassum(e|es|ed|ing)[-_ ]+', 'roles?\\b', { lead: '(an? |the |that |this |my |our )', gap: WORD, within: 3 }), '\\bassume-?role\\b', '\\bsts\\b(?!\\s{0,9}[: ]\\s{0,9}get-?caller-?identity)', '\\bsaml', '\\bokta\\b', '\\baws-vault\\b', '\\bgimme-aws-creds\\b', '\\bawsume\\b', '\\bcredentials?[_ ]process\\b', '\\bsource_profile\\b'],
        },
        implies: { signIn: 'assume-role' },
        effects: { 'temporary-credentials-expired': 2, 'missing-session-token': 2, 'key-deleted-or-inactive': 0.4 },
        evidence: 'The credentials are temporary keys from an assumed role',
      },
      {
        // Keys in environment variables (a CI secret is one): they win over every profile and role,
        // and temporary keys exported by hand often travel without their session token. Meant to come
        // from env but never there is no-credentials (a CI secret that did not reach the job,
        // CircleCI-Public/aws-ecr-orb#49), so that cause drops only a little.
        id: 'env',
        label: 'Environment variables (AWS_ACCESS_KEY_ID…, CI secrets)',
        // Not "inject" alone: credentials "injected" are as often a platform's role ("IRSA roles are injected correctly",
        // airbytehq/airbyte#52686; "ECS injects task-role credentials", engram-app/engram#400) or an app's config handed to a
        // library ("credentials in config were not reaching litellm; now injected before each Bedrock call",
        // OpenHands/OpenHands#9663) as environment variables, which are read by the variables' own words.
        say: ['\\benv(ironment)? ?(var|variable)', '\\bAWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|SECURITY_TOKEN)\\b', '\\bexport(ed|s)?\\b.{0,30}\\b(key|creds|credentials)', '\\b(ci|github|gitlab|circleci|repository|repo|pipeline) (secret|variable)s?\\b', '\\bsecrets\\.\\w',
          // A CI service's own pipeline file named as where the job is set up ("It might be some bad travis.yml
          // configuration", travis-ci/travis-ci#3142): the job's keys are that service's secret variables. Left out: GitHub's
          // workflow files (a role through OIDC is as common as secrets there), CodeBuild's buildspec (its service role)
          // and Azure's pipelines (service connections).
          '\\b(travis|gitlab-ci|bitbucket-pipelines|drone|appveyor)\\.ya?ml\\b',
          // The SDKs' provider by name (JS v3 `fromEnv`, JS v2 `EnvironmentCredentials`, Java v2 `EnvironmentVariableCredentialsProvider`).
          '\\bfromEnv\\b', '\\bEnvironment(Variable)?Credentials(Provider)?\\b',
          // The same provider in words, unasked: "Fixed AWS environment credentials handling" (dyvenia/viadot#713: keys in the
          // environment; its opening sentence also names `CredentialsError`, so the sentence reader leaves it out and that
          // thread still asks). Asked, "environment" alone already says it.
          // Not the provider left: "Instead of environment credentials, we use SSO", "We moved away from environment
          // credentials to SSO" name the sign-in they use now (review 17).
          '(?<!\\b(instead of|away from|rather than|not|no longer|(moved|switched|migrated) from) (using |use )?(the |our |aws )?)\\benvironment credentials\\b'],
        // Asked how the keys get in: "I exported them in my shell", "from the env", "set in the environment"; or where people
        // export them: a shell's startup file, a dotenv file loaded into the environment (AWS CLI user guide, "Environment
        // variables to configure the AWS CLI": `export AWS_ACCESS_KEY_ID=…`). Unasked, those files are named in passing
        // ("we cannot create a static key that is exposed via .env files", vercel/next.js#65769): answer words only.
        sayWhenAsked: ['\\bexport(ed|ing|s)?\\b', '\\benv\\b', '\\benvironment\\b', '\\.(bashrc|zshrc|bash_profile|zprofile|zshenv)\\b', '\\bdotenv\\b', '(^|\\s)`?\\.env`?( files?)?\\b(?!\\.)'],
        // What the pod identity webhook injects is a web identity, not keys (aws/amazon-vpc-cni-k8s#831).
        // Nor is a profile's name in the environment ("export AWS_PROFILE=prod"): it picks a profile in the shared files (AWS CLI
        // user guide, "Environment variables to configure the AWS CLI": AWS_PROFILE). Only a reply that is just that assignment:
        // "env vars, AWS_PROFILE unset" or "export AWS_PROFILE=ci and the keys come from … env vars" still say env.
        // Nor the variable named as the one that names a profile: "this problem occurs only when I pass the authentication
        // data using the environment variable `AWS_PROFILE`" (brendanhay/amazonka#612).
        sayUnless: ['\\bAWS_ROLE_ARN\\b', '\\bAWS_WEB_IDENTITY_TOKEN_FILE\\b', '\\bpod identity\\b', '\\bnot (in|from) (the |my |our )?env',
          '^\\W*(export\\s+|set\\s+)?AWS_(DEFAULT_)?PROFILE\\s*=\\s*["\']?[\\w.@-]*\\w["\']?[\\s.!;]*$',
          '\\benv(ironment)? ?var(iable)? `?AWS_(DEFAULT_)?PROFILE\\b', '\\bAWS_(DEFAULT_)?PROFILE`? env(ironment)? ?var(iable)?\\b'],
        implies: { signIn: 'env', envKeys: 'yes' },
        effects: { 'env-var-override': 2.5, 'missing-session-token': 1.5, 'temporary-credentials-expired': 0.4, 'no-credentials-found': 0.6, 'role-credentials-unavailable': 0.4, 'wrong-profile': 0.4, 'stale-credentials-after-rotation': 1.5, 'key-deleted-or-inactive': 1.3 },
        evidence: 'The credentials come from environment variables (which win over profiles and roles)',
      },
      {
        // "I ran aws configure", "set my AKSK in the profile": keys or a profile in the shared files.
        id: 'file',
        label: 'A profile in ~/.aws/credentials or ~/.aws/config (aws configure)',
        // Keys written in an application's own config file (Spring's application.yml, .NET's appsettings.json) are read
        // like a profile's keys from a file the tool reads, not from the environment (spring-attic/spring-cloud-aws#534).
        // "root doesn't have the AWS credential file" (ansible-collections/amazon.aws#1654); the variables that move the
        // shared files (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE) name them too.
        say: ['credentials? file', 'config file', '\\bAWS_(SHARED_CREDENTIALS|CONFIG)_FILE\\b', near('\\b(credentials|creds|keys?)\\b', '\\b(in|from|into) (my |the |our |an? )?`?(application|app|appsettings|settings|config)[\\w-]*\\.(ya?ml|properties|json|conf|ini|toml)\\b', { gap: '[^.]', within: 40 }), '\\.aws/(credentials|config)\\b.{0,20}\\b(file|profile)', '\\b(keys?|creds|credentials) (are|is|were|was|live|sit)( stored)? in (my |the )?~?/?\\.aws/(credentials|config)\\b', '\\b(in|from) (my|the|a|our) (aws |named )?profile\\b', '\\baws configure\\b(?!\\W{0,2}(sso|list|get|export))', '\\baksk\\b',
          // "we use the default profile", "a named profile" (AWS CLI user guide, "Configuration and credential file
          // settings": the `[default]` profile and named profiles hold keys unless their settings say otherwise).
          '\\b(the|a|my|our) (default|named) profile\\b',
          // Profiles in the plural are the shared files' ("I use AWS Profiles to manage my env", anomalyco/sst#6213): an SSO or
          // assume-role profile is named by its own words.
          '\\b(use|using|uses) (aws )?profiles\\b',
          // The SDKs' provider by name (JS v3 `fromIni`, JS v2 `SharedIniFileCredentials`, Java v2 `ProfileCredentialsProvider`).
          '\\bfromIni\\b', '\\bSharedIniFileCredentials\\b', '\\bProfileCredentialsProvider\\b'],
        // A profile whose settings run a program, sign in with SSO or assume a role holds no keys of its own: those
        // settings name the other choices (`credential_process`, `sso_start_url`, `source_profile`: the SDKs and Tools
        // reference guide's providers), and a file named beside them is only where they are written (aws/copilot-cli#1205).
        sayUnless: ['\\bcredentials?[_ ]process\\b', '\\bsso_(start_url|session|account_id|role_name|region)\\b', '\\bsso-session\\b', '\\bsource_profile\\b'],
        // Asked how credentials get in, a profile named alone ("the profile in the tarmak.yml `profile: example`",
        // jetstack/tarmak#154) is one in the shared files; an SSO or assume-role profile says so and is read as that.
        // "AWS_PROFILE=dev" names a profile too, and "the default one" the default profile.
        sayWhenAsked: ['\\bprofiles?\\b', AWS_FILES, '\\bAWS_(DEFAULT_)?PROFILE\\b', '\\bthe default( one)?\\W*$'],
        implies: { signIn: 'file' },
        effects: { 'wrong-profile': 2, 'no-credentials-found': 1.5, 'temporary-credentials-expired': 0.3, 'missing-session-token': 0.3, 'stale-credentials-after-rotation': 1.5, 'key-deleted-or-inactive': 1.5, 'role-credentials-unavailable': 0.2 },
        evidence: 'The credentials come from a profile in the shared credentials/config files',
      },
      {
        id: 'role',
        label: 'A role from the platform (EC2, ECS task, IRSA, OIDC)',
        // "The Lambda has an IAM role attched" (boto/boto3#2392): a compute resource's own role.
        // "In using an InstanceProfile" (aws/aws-sdk-java#278): the API's and Terraform's spellings too.
        say: ['instance[ _-]?profile', 'task role', '\\bAWS_ROLE_ARN\\b', '\\bAWS_WEB_IDENTITY_TOKEN_FILE\\b', '\\b(lambda|instance|task|function|pod|node|container)\\b.{0,30}\\b(has|with|uses?|using|gets?)\\b.{0,12}\\brole\\b', '\\birsa\\b', '\\boidc\\b', 'pod identity', 'execution role', 'role[-_]to[-_]assume', 'web[- _]?identity', 'id-token', '\\biam credentials\\b', '\\bservice account\\b.{0,40}\\b(iam )?role\\b',
          // The platform's credential endpoints: instance metadata, the container credentials server.
          '\\binstance metadata\\b', '\\bimds(v[12])?\\b', '169\\.254\\.169\\.254', '169\\.254\\.170\\.2', '\\bcredentials? (server|endpoint)\\b', '\\bAWS_CONTAINER_CREDENTIALS',
          // IRSA's and kiam's role annotations on a pod, deployment or service account (uswitch/kiam#391).
          near('\\bannotat\\w*\\b', '\\b(pods?|deployments?|service ?accounts?|namespaces?)\\b', { gap: '.', within: 40 }),
          // The platform's role by its owner's name: "the instance role", "the node's IAM role", "the Lambda role", and the
          // names in the SDKs' provider chains ("IAM roles for service accounts", "container credentials": SDKs and Tools
          // reference guide, "Container credential provider", "IMDS credential provider").
          '\\b(ec2|instance|node|pod|lambda|ecs|fargate|codebuild)(\\W?s)? (iam |service |execution )?role\\b', '\\broles? for service accounts\\b', '\\bcontainer credentials\\b',
          // The pod's service account as what carries the role: "the credentials that are passed to a Kubernetes pod by EKS when
          // using service accounts" (jasonwhite/rudolfs#26), "linking AWS IAM permissions to the service account for dask worker
          // pods" (pangeo-data/pangeo-binder#137).
          '\\b(iam|aws|credentials?|permissions?|role)\\b[^.]{0,60}\\bservice ?accounts?\\b[^.]{0,30}\\b(pods?|eks|kubernetes|k8s)\\b|\\b(pods?|eks|kubernetes|k8s)\\b[^.]{0,60}\\b(using|via|through|with) (a |the |their |its )?service ?accounts?\\b',
          // The SDKs' providers by name (JS v3 `fromInstanceMetadata`, `fromContainerMetadata`, `fromTokenFile`, `fromWebToken`,
          // `fromCognitoIdentity(Pool)`; JS v2 `EC2MetadataCredentials`, `ECSCredentials`, `CognitoIdentityCredentials`; Java v2
          // `ContainerCredentialsProvider`; Go v2 `ec2rolecreds`, `endpointcreds`): the platform's or an identity pool's role.
          '\\bfrom(InstanceMetadata|ContainerMetadata|TokenFile|WebToken|CognitoIdentity(Pool)?)\\b', '\\b(EC2Metadata|ECS|Remote|CognitoIdentity)Credentials\\b', '\\bContainerCredentialsProvider\\b', '\\b(ec2rolecreds|endpointcreds)\\b'],
        // Asked how the keys get in, the platform that runs the code, named as the choice's label names it ("an ECS task",
        // "it's running in a pod", "on EC2"): its role. One word each, so only ever read as a reply (read-as-answer.ts).
        sayWhenAsked: ['\\b(ec2|ecs|fargate|lambda|pods?|eks|k8s|kubernetes|irsa)\\b'],
        // A service account or pod role denied: "I'm using static AWS keys, not a service account, in my pod" (the review of
        // stop 29's merges). Not "no": an SDK's "no IRSA token file found" names the role it looked for (says.ts).
        sayUnless: ['\\b(not|without) (an? |the |any )?(k8s |kubernetes |eks )?(service ?accounts?|irsa|kiam)\\b', "\\b(not|don'?t|do not|aren'?t|are not|isn'?t|is not) (using |use |via |with |through )(an? |the |any )?(service ?accounts?|irsa|kiam)\\b"],
        implies: { signIn: 'role' },
        effects: { 'role-credentials-unavailable': 3, 'env-var-override': 1.5, 'key-deleted-or-inactive': 0.3 },
        evidence: 'The credentials should come from a platform role',
      },
      {
        // Listed after the older choices so their numbers stay as teams have learnt them.
        // AWS CLI v2's `aws login`: a console sign-in that writes `login_session` into the profile
        // (aws/aws-cli awscli/customizations/login/login.py, v2@73fb33bb1). No IAM Identity Center behind it, so
        // `aws sso login` is no fix; its session lapses like SSO's, and an SDK that predates it finds nothing in the profile.
        id: 'login',
        label: 'aws login (console sign-in with the AWS CLI)',
        say: ['\\baws login\\b', '\\blogin_session\\b'],
        implies: { signIn: 'login' },
        effects: { 'temporary-credentials-expired': 3, 'key-deleted-or-inactive': 0.3, 'missing-session-token': 0.5, 'role-credentials-unavailable': 0.3 },
        evidence: 'The credentials come from an `aws login` session',
      },
      { id: 'unknown', label: 'Not sure', sayWhenAsked: UNSURE, effects: {}, evidence: 'The credential source is unknown' },
    ],
  },
  {
    id: 'clock',
    kind: 'question',
    cost: 1,
    text: 'Is the clock of the failing machine right? Compare `date -u` (PowerShell: `(Get-Date).ToUniversalTime()`) with https://time.is/UTC.',
    why: "AWS refuses a signed request when the clock is minutes off: then the keys are fine and the clock is the fix.",
    // Not after a denial: a skewed clock breaks the signature, so the caller is rejected, never denied.
    skipWhen: [{ fact: 'clockSkew' }, { fact: 'clock' }, { fact: 'callerDenied' }],
    choices: [
      {
        id: 'off',
        label: 'It is off by minutes or more',
        say: ['clock (is )?(off|wrong|behind|ahead)', `\\b(${CLOCK_OWNERS}) time\\b.{0,30}\\b(off|wrong|behind|ahead|slow|fast)\\b`, SKEW_SAID, '\\bdrift', near('\\bclock\\b', '\\b(slow|fast|out of sync|\\d+ ?(minutes?|mins?|hours?)( slow| fast| behind| ahead| off)?)\\b', { gap: '.', within: 30 }),
          // "The problem was with the system's clock." (hashicorp/terraform-provider-aws#1102), said in an opening too.
          `\\b(problem|issue|culprit) (was|is) (with )?(the |my |our )?(${CLOCK_OWNERS})?\\W?s? ?clock\\b(?![^.]{0,40}\\?)`,
          // A machine's time or date said to be wrong, whoever owns it: "when my device time is wrong"
          // (AFNetworking/AFAmazonS3Manager#68), "when time is out of sync, signed requests fail" (cloudposse/geodesic#4),
          // "an incorrect system clock", "the phone's date was off". Not "at the wrong time" (a moment, not a clock).
          `\\b((${TIME_OWNER})\\W?s? )?(${TIME_WORD})\\b (${TIME_WRONG})\\b`,
          `(?<!\\bat (the|a) )\\b(${TIME_WRONG_BEFORE}) ((${TIME_OWNER}) )?(${TIME_WORD})\\b`,
          // The time service said not to run: "NTP was not running", "ntpd is disabled", "chrony stopped" (a pattern that
          // holds its own negation counts as said, so the right-clock choice's NTP words exclude it).
          "\\b(ntpd?|chronyd?|timesyncd|time sync(hroni[sz]ation)?)\\b[^.]{0,20}\\b(not (running|synced|enabled|active|working)|(isn'?t|wasn'?t) (running|synced|enabled|active|working)|disabled|stopped|inactive)\\b",
          // How far the time is from the real one, without the word clock: "If the localtime of the machine running packer is
          // more than 5 minutes different from the time according to AWS" (hashicorp/packer#3140), "10 minutes apart from UTC".
          // A number that is no difference ("0 seconds off from UTC") or a span from no clock ("5 minutes apart from the
          // first attempt", "15 minutes different from the default 60") says nothing of the clock (review 17).
          '\\b[1-9]\\d* ?(seconds?|minutes?|mins?|hours?) (different|apart|off|out of sync) (from|with) (the |an? |my |our |its |real |actual |correct |current |server\\W?s? )?(time|clock|utc|gmt|ntp|aws)\\b',
          '\\bdiffer(s|ent)? from (the )?(actual |real |current |correct |server\\W?s? |aws\\W?s? )?(time|clock)\\b'],
        sayWhenAsked: ['\\boff\\b', '\\bwrong\\b', '\\bbehind\\b', '\\bahead\\b', CLOCK_NOT_FINE, '\\b(problem|issue|culprit)\\b.{0,40}\\bclock\\b', '\\bclock\\b.{0,40}\\b(problem|issue|culprit)\\b'],
        // "the clock was not the problem"; but "the clock is not in sync" says it is off.
        sayUnless: ['\\bnot (the |a |with the |with a )?(system\\W?s )?clock\\b', `\\bclock\\b.{0,20}\\b(is|was)(n'?t| not)\\b(?! (\\w{1,40} )?(${CLOCK_FINE})\\b)`],
        implies: { clock: 'off' },
        // Checked against a time service: a clock minutes off is rare on a machine whose failure has
        // another cause (a few in a hundred) and near certain when skew is the cause, so about 25.
        effects: { 'clock-skew': 25 },
        evidence: 'The machine clock is off by minutes or more',
      },
      {
        id: 'right',
        label: 'It is right (within a minute)',
        say: ['clock is (right|fine|correct)', '\\bin sync\\b', "\\bntp\\b(?![^.]{0,20}\\b(not|never|isn'?t|wasn'?t)\\b).{0,20}\\b(running|synced|enabled|active)\\b", '\\bclock\\b.{0,20}\\bsynch?(ed|roni[sz]ed)\\b'],
        sayWhenAsked: ['\\bright\\b', '\\bcorrect\\b', '\\bfine\\b', '\\bntp\\b', '\\bsynch?(ed|roni[sz]ed)\\b', ...YES],
        // "the clock is not in sync", "not correct" is the other choice.
        sayUnless: [CLOCK_NOT_FINE],
        implies: { clock: 'right' },
        effects: { 'clock-skew': 0.1 },
        evidence: 'The machine clock is right',
      },
      { id: 'unknown', label: "Can't check", sayWhenAsked: UNSURE, effects: {}, evidence: 'The clock was not checked' },
    ],
  },
  {
    id: 'copied',
    kind: 'question',
    cost: 1,
    text: 'Were the key id and secret typed or copied by hand (from the console, a chat, a PDF or a password manager)?',
    why: "A key typed or copied by hand often carries a missing character, a space or a look-alike letter: then writing it again is the fix.",
    // Not after a denial: a mangled key or secret is rejected, never denied.
    skipWhen: [{ fact: 'copied' }, { fact: 'callerDenied' }],
    choices: [
      {
        id: 'yes',
        label: 'Yes, copied or typed by hand',
        // "all things are copypasted from docs" (ex-aws/ex_aws#220); not "I copy-pasted the error".
        say: ['copied (it|them|the key)', 'typed (it|them)', 'by hand', '\\b(keys?|secrets?|credentials|creds|things|everything|all)\\b.{0,20}\\bcopy ?-?past', near('\\bcopy ?-?past\\w*\\b', '\\b(keys?|secrets?|credentials|creds|from (the )?(docs|documentation|console|e-?mail|chat|pdf|wiki))\\b', { gap: '.', within: 30 }), '\\bmanually (created|wrote|edited|typed|entered|added)\\b', '\\bpasted (the |my |our )?(access )?(keys?|secrets?|credentials|creds)\\b', '\\b(typed|entered|copied|pasted)\\b.{0,30}\\bmanually\\b', '\\bcopied (it |them |the [\\w ]{1,30})?from\\b'],
        // The question names a password manager as a place keys are copied from.
        sayWhenAsked: ['cop(y|ied)', 'past(e|ed)', 'typed', ...YES, '\\b(1password|lastpass|bitwarden|keepass\\w*|password manager)\\b'],
        implies: { copied: 'yes' },
        effects: { 'malformed-credentials': 3, 'secret-key-mismatch': 3 },
        evidence: 'The credentials were copied by hand',
      },
      {
        id: 'no',
        label: 'No, written by a tool (aws configure, a vault, CI)',
        say: ['\\bvault\\b', 'secrets? manager'],
        // "not copied", "I didn't copy them": the copy denied.
        sayWhenAsked: ['aws configure', 'generated', ...NO, "\\b(not|never|didn'?t|did not|wasn'?t|weren'?t) (\\w+ )?(cop(y|ied)|typed|pasted)\\b"],
        implies: { copied: 'no' },
        effects: { 'malformed-credentials': 0.4, 'secret-key-mismatch': 0.6 },
        evidence: 'The credentials were written by a tool',
      },
      { id: 'unknown', label: 'Not sure', sayWhenAsked: UNSURE, effects: {}, evidence: 'Unknown how the credentials were written' },
    ],
  },
  {
    id: 'runtime',
    kind: 'question',
    cost: 0.8,
    text: 'Where does the failing call run?',
    why: "The fix is written for where the call runs (a laptop, CI, EC2, a container, a pod): each loads credentials from another place.",
    skipWhen: [{ fact: 'runtime' }],
    choices: [
      {
        id: 'laptop',
        label: 'A laptop or workstation shell',
        say: LAPTOP_SAY, sayUnless: ELSEWHERE,
        implies: { runtime: 'laptop' },
        effects: { 'wrong-profile': 1.5, 'env-var-override': 1.5, 'no-credentials-found': 1.5, 'role-credentials-unavailable': 0.2 },
        evidence: 'It runs in a local shell',
      },
      {
        id: 'ci',
        label: 'A CI runner (GitHub Actions, GitLab, Jenkins, …)',
        say: ['github', 'gitlab', 'jenkins', 'circle ?ci', 'buildkite', 'bitbucket', '\\bci\\b', 'pipeline', 'runner', 'codebuild', '\\btravis\\b', '\\bappveyor\\b', '\\bteamcity\\b',
          // Other build services and Terraform's run services by name (their own docs call them pipelines or runs).
          '\\bazure devops\\b', '\\bconcourse\\b', '\\bcodepipeline\\b', '\\batlantis\\b', '\\bspacelift\\b', '\\bterraform cloud\\b', '\\bdrone ci\\b', '\\bbamboo\\b'], sayUnless: ELSEWHERE,
        implies: { runtime: 'ci' },
        effects: { 'stale-credentials-after-rotation': 1.8, 'env-var-override': 1.3, 'no-credentials-found': 1.3, 'role-credentials-unavailable': 1.2 },
        evidence: 'It runs in a CI runner',
      },
      {
        id: 'container',
        label: 'A container or ECS task',
        say: ['docker', '\\bcontainer', '\\becs\\b', 'fargate', '\\bpodman\\b',
          // A dev container, and GitHub Codespaces, which runs one ("Linux (GitHub Codespaces with devcontainer, inside of a
          // Windows 11 laptop)", anthropics/claude-code#5737; GitHub docs, "Introduction to dev containers").
          '\\bdev ?containers?\\b', '\\bcodespaces?\\b',
          // `sam local invoke` / `start-api` run the function in a local Docker container (AWS SAM developer guide, "Introduction
          // to testing with sam local invoke"); read beside "lambda", the container is the innermost place (read-as-answer.ts).
          '\\bsam local\\b',
          // A Compose file runs its services in containers (Docker docs, "Docker Compose").
          '\\bcompose (file|stack|service)s?\\b', '\\bcompose\\.ya?ml\\b'], sayUnless: [...ELSEWHERE, ...NOT_ON_AWS],
        implies: { runtime: 'ecs' },
        effects: { 'role-credentials-unavailable': 2, 'stale-credentials-after-rotation': 1.3, 'no-credentials-found': 0.7 },
        evidence: 'It runs in a container or ECS task',
      },
      {
        id: 'kubernetes',
        label: 'Kubernetes / EKS pod',
        say: ['kubernetes', '\\bk8s\\b', '\\beks\\b', '\\bpods?\\b', 'kubectl', 'helm', '\\bopenshift\\b', '\\bgke\\b', '\\bk3s\\b', '\\bdaemonset\\b', '\\bstatefulset\\b',
          // Roles that only a pod gets: IRSA (EKS user guide, "IAM roles for service accounts") and kiam (uswitch/kiam README)
          // ("We tried using … kiam and IAM Roles for Service Accounts (IRSA)", evryfs/helm-charts#18).
          '\\birsa\\b', '\\bkiam\\b', '\\broles? for service accounts\\b'], sayUnless: [...ELSEWHERE, ...NOT_ON_AWS],
        implies: { runtime: 'eks' },
        effects: { 'role-credentials-unavailable': 2.5, 'stale-credentials-after-rotation': 1.3, 'no-credentials-found': 0.7 },
        evidence: 'It runs in a Kubernetes pod',
      },
      {
        id: 'aws-compute',
        label: 'EC2 or Lambda',
        // Not a file or host named after the service (`ec2.py`, ec2.amazonaws.com) nor an API name (DescribeInstances): qa36 F20.
        say: ['\\bec2\\b(?!\\.\\w)', '\\blambdas?\\b', '\\binstances?\\b', '\\b(elastic )?beanstalk\\b', '\\bemr\\b', '\\blightsail\\b'], sayUnless: [...ELSEWHERE, ...NOT_ON_AWS],
        implies: { runtime: 'ec2' },
        effects: { 'role-credentials-unavailable': 2.5, 'env-var-override': 1.2, 'no-credentials-found': 0.5 },
        evidence: 'It runs on EC2 or Lambda',
      },
      { id: 'unknown', label: 'Not sure', sayWhenAsked: UNSURE, effects: {}, evidence: 'Where it runs is unknown' },
    ],
  },
  {
    id: 'caller-identity',
    kind: 'command',
    text: 'Run this *in the failing runtime* and paste the output (it succeeds for any valid credentials, whatever their permissions):',
    why: "It names the identity the runtime really uses and its account, which the error does not always say: the fix depends on whether that is the one you meant.",
    commands: [
      { shell: 'bash', code: 'aws sts get-caller-identity' },
      { shell: 'powershell', code: 'aws sts get-caller-identity' },
    ],
    // When the failing call *was* GetCallerIdentity, running it again only repeats the error.
    // "Roles may not be assumed by root accounts" already says who calls: the root user.
    skipWhen: [{ fact: 'arn' }, { fact: 'operation', in: ['GetCallerIdentity'] }, { fact: 'denyKind', in: ['root-caller'] }],
    // AccessDenied: AWS accepted the caller, so who it is comes before any fix — the permissions fix or a
    // credential source's. When the error names no ARN (S3's bare "Access Denied"), this is how to read it.
    firstFor: ['authorization-not-authentication', 'wrong-profile', 'env-var-override', 'wrong-account-or-partition'],
    firstWhen: [{ fact: 'errorCode', in: AUTHORIZATION_ERRORS }],
    outcomes: ['identity-ok', 'source-none'],
  },
  {
    // AccessDenied: AWS accepted *who* is calling. An expert first asks whether that is the identity
    // meant, and whose account the resource is in, before touching a policy.
    id: 'resource-account',
    kind: 'question',
    cost: 0.6,
    text: 'AWS accepted the caller, so this is about *which* identity and *whose* resource. Is the calling identity (the ARN in the error, or what `aws sts get-caller-identity` printed) the one you meant, and which account owns the resource that was denied (the bucket, KMS key, Terraform state bucket, role)?',
    why: "AWS accepted who you are: an AccessDenied is then about which identity and whose resource. Another account needs both accounts to allow it; your own account needs only your policy (and the KMS key's).",
    // A root caller is refused whatever account owns the role: asking whose it is only delays the fix.
    skipWhen: [{ fact: 'resourceAccount' }, { fact: 'callerExpected' }, { fact: 'denyKind', in: ['root-caller'] }],
    onlyWhen: [{ fact: 'errorCode', in: AUTHORIZATION_ERRORS }],
    firstFor: ['authorization-not-authentication'],
    choices: [
      {
        id: 'same',
        label: 'Right identity; the resource is in the same account',
        say: ['\\bsame account\\b', OWN_ACCOUNT],
        // The caller's and the resource's ARNs, pasted as the answer, in one account (lbhackney/it-data-platform#1819).
        sayWhenAsked: [near(ARN_BEFORE_ACCOUNT, ARN_ACCOUNT, { gap: '.', atLeast: 14, within: 313, capture: 'same' })],
        implies: { resourceAccount: 'same', callerExpected: 'yes' },
        effects: { 'authorization-not-authentication': 1.5, 'wrong-profile': 0.5, 'env-var-override': 0.5 },
        evidence: 'The caller is the intended identity and the resource is in its own account',
      },
      {
        id: 'other',
        label: 'Right identity; the resource is in another account',
        // "bucket = "tf-state" // Does not exist in Client-Sandbox and Developer-Sandbox": the resource is
        // not in the caller's accounts (Shift3/dj-starter#63), so it lives in another one.
        say: [
          '\\bcross[- ]account\\b',
          // "getting AccessDenied in the external account" (mezmo/aura#471).
          '\\b(another|different|other|external|separate)[- ]account\\b',
          // Not "does not exist in our records" (the unknown-key error), a region, or a place inside an account.
          "\\b(bucket|table|kms key|queue|topic|resource|state)\\b.{0,60}\\b(does not|doesn'?t|did not|didn'?t) exist in (?!(our|the|its) records\\b|(the |this |that |my |our )?([a-z]{2}(-gov)?-[a-z]{1,12}-\\d|region|bucket|table|path|folder|directory|file|config|state)\\b)\\S",
        ],
        // Asked whose resource it is: "Does not exist in BWTC-Client-Sandbox and BWTC-Developer-Sandbox" (Shift3/dj-starter#63),
        // or the two ARNs in different accounts.
        sayWhenAsked: [
          "^(it )?(does not|doesn'?t) exist in (?!(our|the|its) records\\b|(the |this |that |my |our )?([a-z]{2}(-gov)?-[a-z]{1,12}-\\d|region|bucket|table|path|folder|directory|file|config|state)\\b)\\S",
          near(ARN_BEFORE_ACCOUNT, ARN_ACCOUNT, { gap: '.', atLeast: 14, within: 313, capture: 'other' }),
        ],
        implies: { resourceAccount: 'other', callerExpected: 'yes' },
        effects: { 'authorization-not-authentication': 1.5 },
        evidence: 'The resource is in another account than the caller (cross-account: both sides must allow it)',
      },
      {
        id: 'wrong-identity',
        label: 'That is not the identity (or account) it should use',
        // "with the credentials in the `foo` profile, not the `default` profile" (gruntwork-io/terragrunt#2629): a named
        // profile or identity other than the one used ("not the same account" is whose resource it is, the choice above).
        say: ['\\bwrong (identity|user|role|account|profile)\\b', near('\\bnot (the |my |our )', '(identity|user|role|account|profile)\\b', { gap: '(right |correct |intended |(?!same\\b)[\\w-]{1,64} )', within: 1, notAfter: { gap: '\\s', within: 8, words: '\\s(owner|admin\\w{0,20}|id|number|holder)\\b' } })],
        implies: { callerExpected: 'no' },
        // What it means for the causes is the caller-not-expected fact signal's (also when an opening says it).
        effects: {},
        evidence: NOT_THE_EXPECTED_CALLER,
      },
      { id: 'unknown', label: 'Not sure', sayWhenAsked: UNSURE, effects: {}, evidence: 'Unknown whose resource it is' },
    ],
  },
];

export function probeById(id: string): Probe | undefined {
  return PROBES.find((p) => p.id === id);
}
