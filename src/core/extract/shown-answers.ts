/**
 * What a paste shows that a question would ask, where the other readers report no fact for it: a
 * masked key id's prefix, how the credentials got in (an SSO or assume-role profile, a web-identity
 * error, a credentials file), where the call ran (a CI workspace, a Windows user profile, a Lambda
 * task directory, a pod's service-account token), a clock-offset error, a region's opt-in status, a
 * LocalStack endpoint or GovCloud named beside the error. Each reading is a fact (`facts.shown`, with
 * its line in `facts.locations['shown.<question>']`): diagnose weighs the choice it shows
 * (rules/shown-answers.ts) and the conversation does not ask that question. Each shape cites a public
 * thread where a reporter pasted it.
 */
import type { ShownAnswer } from '../diagnosis';
import { clauseBefore, deniedBefore, says } from '../says';
import { firstMatches, wordGate } from './anchors';
import { RUNTIME_KINDS, markersFor } from './runtimes';
import type { Extractor } from './types';
import { NAMED_UNSET } from './named-unset';

/** Whether the text read may hold a fixed word (lowercase), from diagnose's shared literal scan: false only when it cannot. */
type Has = (word: string) => boolean;

interface Shape {
  probe: string;
  choice: string;
  re: RegExp;
  /** No fixed word to look for first (a log's line prefix): read on the first HEAD characters only. */
  firstLines?: true;
  /** Its own reader instead of the shared battery (its first match, on the text read). */
  read?: (text: string, has: Has) => RegExpExecArray | null;
}

/** Masked after the prefix: `AKIA****`, `ASIA2BXO…`, `ASIA[REDACTED]`, or cut before it ends: `"AKI...."` (aws/aws-sdk-java#2313). */
const MASKED_PREFIX = /(?<![A-Za-z0-9])(?:(AKIA|ASIA)[A-Z0-9]{0,12}(?:\*\*|\.\.|\u2026|[xX#]{4}|\[(?:[Rr]edacted|REDACTED|[Mm]asked|MASKED|[Hh]idden|HIDDEN)[^\]\n]{0,20}\]|<(?:[Rr]edacted|REDACTED|[Mm]asked|MASKED)>)|A(K|S)I(?:\.\.|\u2026|\*\*))/g;

/** A credentials file's section with the key id in its first lines, or `aws configure`'s prompt (aws/aws-cli#3375). */
const FILE_SET = /^[ \t]{0,8}\[(?:default|profile [\w.-]{1,64}|[\w.-]{1,64})\][ \t]{0,8}\n(?:[^\n]{0,400}\n){0,3}?[ \t]{0,8}aws_access_key_id[ \t]{0,8}=|\bAWS Access Key ID \[[^\]\n]{0,40}\]:/m;
const FILE_SET_FROM = new RegExp(FILE_SET.source, 'gm');

/**
 * FILE_SET's first match, searched from where one can begin: its fixed words are case-sensitive (an env dump's
 * AWS_ACCESS_KEY_ID has none), and a section header sits at most four line breaks above its `aws_access_key_id`.
 * Spanning lines, the pattern would otherwise be run over the whole text.
 */
function fileSet(text: string, has: Has): RegExpExecArray | null {
  const key = has('aws_access_key_id') ? text.indexOf('aws_access_key_id') : -1;
  const prompt = has('aws access key id [') ? text.indexOf('AWS Access Key ID [') : -1;
  if (key < 0 && prompt < 0) return null;
  let from = key;
  for (let n = 0; n < 5 && from > 0; n++) from = text.lastIndexOf('\n', from - 1);
  from = key < 0 ? prompt : prompt < 0 ? Math.max(0, from) : Math.min(prompt, Math.max(0, from));
  FILE_SET_FROM.lastIndex = from;
  return FILE_SET_FROM.exec(text);
}

/**
 * A shape whose pattern spans lines (so the battery would run it over the whole text) searched from the first of its
 * case-sensitive fixed words, less how far before that word a match can begin.
 */
function searchedFrom(re: RegExp, words: Array<[word: string, before: number]>): (text: string, has: Has) => RegExpExecArray | null {
  const g = new RegExp(re.source, `${re.flags}g`);
  return (text, has) => {
    let from = Infinity;
    for (const [word, before] of words) {
      const at = has(word.toLowerCase()) ? text.indexOf(word) : -1;
      if (at >= 0) from = Math.min(from, Math.max(0, at - before));
    }
    if (from === Infinity) return null;
    g.lastIndex = from;
    return g.exec(text);
  };
}
const CI_KEY_INPUT = /\baws-access-key-id\s{0,4}:\s{0,4}\S|(?:\s-e\s{1,4}|--env\s{1,4})AWS_ACCESS_KEY_ID\b/;
/**
 * A pipeline's or compose file's `env:` entry that sets the key id, from a secret or variable as people paste it
 * (`AWS_ACCESS_KEY_ID: ((env:access_key))` in Concourse, ljfranklin/terraform-resource#123;
 * `AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}` in GitHub Actions, mariamrf/py-lambda-action#14): keys handed
 * in as environment variables. Not an entry with no value: say8425/aws-secrets-manager-actions#119's `AWS_ACCESS_KEY_ID: `
 * was empty indeed (a fork's pull request gets no secrets), the credentials were missing. (A match lies within one line:
 * the anchored battery runs it only on the lines that name the variable, not over the whole text after its first mention.) The `=` form (a compose list's `- AWS_ACCESS_KEY_ID=…`, an env dump) is credential-source's ENV_ASSIGN: its
 * credentialSource fact answers the question, which is then not shown again.
 */
const ENV_ENTRY = /^[ \t]{0,40}(?:-[ \t]{1,4})?["']?AWS_ACCESS_KEY_ID["']?[ \t]{0,4}:[ \t]{0,4}[^\s#]/m;
/**
 * A CI step handed the keys as its secrets, which the runner exposes as environment variables: Woodpecker's and Drone's
 * `secrets: [aws_access_key_id, aws_secret_access_key]` (woodpecker-ci/woodpecker#706).
 */
const CI_SECRETS_LIST = /^[ \t]{0,40}(?:-[ \t]{1,4})?secrets[ \t]{0,4}:[ \t]{0,4}\[[^\]\n]{0,200}\baws_access_key_id\b/im;

/**
 * What stands before `aws sso login` on its line when the reporter ran it: a shell prompt (`$ `, `PS C:\\…> `), a list
 * step ("2. ran …", "- …"), nothing (the command as a line of its own), "I/we (then) ran/run/tried/used …", or "using …" ("I log in normally using `aws sso login`",
 * aws/aws-sdk#531; "amazon-bedrock using aws sso login auth not working", Dicklesworthstone/pi_agent_rust#70), not "stopped using" or
 * "instead of using"; a backtick
 * or quote may open the command. Not a mention in prose ("we don't use aws sso login", "Is aws sso login required?",
 * "from `saml2aws login` or `aws sso login`"): the command named is not the command run.
 */
const SSO_LOGIN_RUN = /(?:^[ \t]{0,8}(?:(?:[$>#%]|PS [A-Z]:\\[^>\n]{0,80}>)[ \t]{0,4}|(?:\d{1,2}[.)]|[-*])[ \t]{1,4}(?:(?:[Rr]an|[Rr]un|[Rr]unning|[Ee]xecuted?)[ \t]{1,3})?)?|\b(?:[Ii]|[Ww]e)(?:[ \t]{1,3}(?:then|also|first|just|already|again))?[ \t]{1,3}(?:ran|run|re-?ran|did|tried|executed|use|used)[ \t]{1,3}(?:an? |the )?|(?<!(?:[Ss]top(?:ped|s)?|[Ii]nstead of|[Ww]ithout|[Aa]void(?:ed|ing)?|[Qq]uit|no longer)[ \t]{1,3})\b(?:[Uu]sing|via)[ \t]{1,3})[`'"]?$/;
/**
 * A label's colon before the command ("login to sso: aws sso login", jupyter/notebook#6416): read as a run only when the
 * command is followed by options or the line's end (COMMAND_TAIL, as for a line of its own), not by prose ("Nobody here
 * runs it: aws sso login is not part of our setup", "Options we considered: aws sso login, but …").
 */
const LABEL_COLON = /:[ \t]{0,3}[`'"]?$/;
/** A clause that supposes or asks rather than reports: "if I run aws sso login …", "whether we ran …". */
const SUPPOSED = /\b(?:if|whether|unless|should|would)\b/i;
const SSO_LOGIN = 'aws sso login';
/** How far back on its line the words before the command are read (a PowerShell prompt's path is the longest). */
const RUN_BEFORE = 120;

/**
 * The first `aws sso login` the reporter ran (SSO_LOGIN_RUN before it on its line), in a sentence that does not end
 * in a question and a clause that is not denied (says.ts's deniedBefore) or supposed.
 */
function ssoLoginRun(text: string, has: Has): RegExpExecArray | null {
  if (!has(SSO_LOGIN)) return null;
  for (let at = text.indexOf(SSO_LOGIN); at >= 0; at = text.indexOf(SSO_LOGIN, at + 1)) {
    if (WORD_CHAR.test(text[at + SSO_LOGIN.length] ?? '') || WORD_CHAR.test(text[at - 1] ?? '')) continue;
    const before = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - RUN_BEFORE), at);
    const labelled = !SSO_LOGIN_RUN.test(before);
    if (labelled && !LABEL_COLON.test(before)) continue;
    // A line of its own (or after a label's colon) is a command when its words after the name are options, or none:
    // "aws sso login / IAM Identity Center" (the sign-in question's choice label, typed) names the way in, it does not run it.
    if ((labelled || OWN_LINE.test(before)) && !COMMAND_TAIL.test(text.slice(at + SSO_LOGIN.length, at + SSO_LOGIN.length + 40))) continue;
    const sentenceEnd = SENTENCE_END.exec(text.slice(at, at + 400));
    if (sentenceEnd?.[0] === '?') continue;
    const clause = clauseBefore(before, before.length);
    if (SUPPOSED.test(clause) || deniedBefore(clause.replace(OPENING_MARK, ' '))) continue;
    const m = [SSO_LOGIN] as unknown as RegExpExecArray;
    m.index = at;
    m.input = text;
    return m;
  }
  return null;
}
const WORD_CHAR = /\w/;
const OWN_LINE = /^[ \t]{0,8}[`'"]?$/;
/** After a command on a line of its own: an option, a closing mark, or the line's end. */
const COMMAND_TAIL = /^(?:[ \t]{1,4}-{1,2}\w|[`'"]|[ \t]*(?:\n|$))/;
/** A sentence's end: a mark before whitespace or the text's end, or a line break (a dot inside `--profile dev.admin` is none). */
const SENTENCE_END = /[.!?](?=\s|$)|\n/;
/** A backtick or quote opening the command: read as the space it stands for, so "ran `" ends in whitespace as "ran " does. */
const OPENING_MARK = /[`'"]$/;

const SHAPES: Shape[] = [
  // Session token: the SDK credential class in the pasted code says whether one is passed
  // (BasicSessionCredentials, aws/aws-sdk-java#2313; AwsSessionCredentials.create, aws/aws-sdk-java-v2#2067;
  // new BasicAWSCredentials(accessKey, secretKey), aws/aws-encryption-sdk-java#9).
  { probe: 'session-token', choice: 'yes', re: /\bBasicSessionCredentials\s{0,3}(?:\(|\.create\s{0,3}\()|\bAwsSessionCredentials\s{0,3}(?:\(|\.create\s{0,3}\()|\bSessionAWSCredentials\s{0,3}(?:\(|\.create\s{0,3}\()/ },
  // aws-vault's debug log says it handed the session's token to the command (99designs/aws-vault cli/exec.go at e22aea1,
  // "Setting subprocess env: AWS_SESSION_TOKEN"; v4 printed it beside AWS_SECURITY_TOKEN): the token is set (QA37 F14).
  { probe: 'session-token', choice: 'yes', re: /\bSetting subprocess env: AWS_SESSION_TOKEN\b/ },
  { probe: 'session-token', choice: 'no', re: /\bBasicAWSCredentials\s{0,3}(?:\(|\.create\s{0,3}\()|\bAwsBasicCredentials\s{0,3}(?:\(|\.create\s{0,3}\()/ },

  // Sign-in: SSO profiles and errors (ryansonshine/aws-sso-creds-helper#59), assume-role profiles (aws/aws-cli#7794),
  // web identity (kubernetes-sigs/aws-load-balancer-controller#1935, aws/aws-sdk-js#2848), OIDC in GitHub Actions
  // (aws-actions/configure-aws-credentials#743), IRSA annotations (aws/aws-node-termination-handler#373),
  // the ECS credentials endpoint (aws/aws-sdk-php-laravel#176), a credentials file or `aws configure`'s prompts (aws/aws-cli#3375).
  // (A shape may take several rows: each pattern stays simple enough for the regex-safety check to decide.)
  { probe: 'sign-in', choice: 'sso', re: /\bsso_start_url[ \t]{0,4}=|\bsso_session[ \t]{0,4}=|\bsso_account_id[ \t]{0,4}=|\bsso_role_name[ \t]{0,4}=/i },
  { probe: 'sign-in', choice: 'sso', re: /\bSSO session\b[^\n]{0,80}\b(?:expired|invalid)|\bError loading SSO Token\b|\bToken has expired and refresh failed\b/i },
  // The reporter's own sign-in command (`$ aws sso login --profile dev`, go-to-k/cdkd#658; "2. ran aws sso login --profile
  // BWTC-Developer", shift3/dj-starter#63): the credentials come from SSO. Only as run, not as named (ssoLoginRun).
  { probe: 'sign-in', choice: 'sso', re: SSO_LOGIN_RUN, read: ssoLoginRun },
  // `aws login`'s profile key, and the CLI's and Pulumi's words asking for `aws login` again (catalogue sdk-cli-python.ts,
  // tools): that session, not IAM Identity Center. Not "configure credentials by running "aws login"", the CLI's advice
  // to anyone with no credentials at all.
  { probe: 'sign-in', choice: 'login', re: /^[ \t]{0,8}login_session[ \t]{0,4}=|\breauthenticate (?:with your new password )?(?:using|with) 'aws login'|\bRun `aws login\b/m },
  // Ruby's `aws login` provider (catalogue sdk-ruby.ts ruby.login-token): its token, named "Login token".
  { probe: 'sign-in', choice: 'login', re: /\bInvalidLoginToken\b|\bLogin token is invalid and failed to refresh\b|\bFailed to load a Login token for login session\b/ },
  { probe: 'sign-in', choice: 'assume-role', re: /\brole_arn[ \t]{0,4}=|\bsource_profile[ \t]{0,4}=|\bcredential_source[ \t]{0,4}=|\bcredential_process[ \t]{0,4}=/ },
  { probe: 'sign-in', choice: 'role', re: /\bWebIdentityErr\b|\bAssumeRoleWithWebIdentity\b/ },
  // The variables that hand a role over, not where an SDK's chain listing names them as not set (named-unset.ts, QA36 F4).
  { probe: 'sign-in', choice: 'role', re: new RegExp(String.raw`\bAWS_WEB_IDENTITY_TOKEN_FILE\b${NAMED_UNSET}|\bAWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI\b${NAMED_UNSET}`) },
  // The profile setting for it (AWS SDKs and Tools reference guide, "Assume role credential provider": web_identity_token_file).
  { probe: 'sign-in', choice: 'role', re: /^[ \t]{0,8}web_identity_token_file[ \t]{0,4}=/m },
  // The Go SDK's credentials value printed (`%+v` of credentials.Value, or a log of its provider): its ProviderName is the
  // provider that won (aws-sdk-go v1 aws/session/env_config.go "EnvConfigCredentials", aws/credentials/env_provider.go
  // "EnvProvider", aws/credentials/shared_credentials_provider.go "SharedCredentialsProvider"; v2's Source names the same
  // ones). credential-source.ts reads v2's `Source:` for the names it maps; these are the rest, as the question's choices.
  { probe: 'sign-in', choice: 'env', re: /\b(?:ProviderName|Source):[ \t]{0,2}"?(?:EnvConfigCredentials|EnvProvider)\b/ },
  { probe: 'sign-in', choice: 'file', re: /\b(?:ProviderName|Source):[ \t]{0,2}"?(?:SharedConfigCredentials|SharedCredentialsProvider)\b/ },
  { probe: 'sign-in', choice: 'assume-role', re: /\b(?:ProviderName|Source):[ \t]{0,2}"?(?:AssumeRoleProvider|ProcessProvider)\b/ },
  { probe: 'sign-in', choice: 'role', re: /\b(?:ProviderName|Source):[ \t]{0,2}"?(?:EC2RoleProvider|WebIdentityCredentials)\b/ },
  { probe: 'sign-in', choice: 'sso', re: /\b(?:ProviderName|Source):[ \t]{0,2}"?SSOProvider\b/ },
  { probe: 'sign-in', choice: 'role', re: /\brole-to-assume\s{0,4}:\s{0,4}\S|\bTokenFileWebIdentityCredentials\b/ },
  { probe: 'sign-in', choice: 'role', re: /\beks\.amazonaws\.com\/role-arn\b|\bEcsCredentialProvider\b|\bError retrieving credentials? from ECS\b/ },
  // Keys handed to a CI step as its inputs (CircleCI-Public/aws-ecr-orb#49, aws-actions/configure-aws-credentials#131) or to docker run -e.
  // (A match begins at the input's name, or at most 9 characters before the variable: "--env" and 4 spaces.)
  { probe: 'sign-in', choice: 'env', re: CI_KEY_INPUT, read: searchedFrom(CI_KEY_INPUT, [['aws-access-key-id', 0], ['AWS_ACCESS_KEY_ID', 9]]) },
  { probe: 'sign-in', choice: 'env', re: ENV_ENTRY },
  { probe: 'sign-in', choice: 'env', re: CI_SECRETS_LIST },
  { probe: 'sign-in', choice: 'file', re: FILE_SET, read: fileSet },

  // Runtime: paths and variables only that place has (the runtimes' `platform` and `shown` markers, extract/runtimes.ts).
  ...[...markersFor('platform'), ...markersFor('shown')].map((m) => ({ probe: 'runtime', choice: RUNTIME_KINDS[m.runtime].answer, re: m.shownPart ?? m.re, ...(m.firstLines ? { firstLines: m.firstLines } : {}) })),

  // Clock: errors that carry the offset itself (S3's RequestTimeTooSkewed, aws/aws-sdk-php#612; STS's "Signature expired:
  // 20220127T001427Z is now earlier than", aws/aws-cli#6676).
  { probe: 'clock', choice: 'off', re: /\bRequestTimeTooSkewed\b|\bdifference between the request time and the (?:current|server) time is too large\b/i },
  { probe: 'clock', choice: 'off', re: /\bSignature {1,3}not {1,3}yet {1,3}current\b|\bSignature expired:\s{0,3}\d{8}T\d{6}Z is now earlier than\b/i },

  // Region opt-in status as the CLI prints it: `aws account get-region-opt-status` ("RegionOptStatus": ENABLED | ENABLING |
  // DISABLING | DISABLED | ENABLED_BY_DEFAULT, AWS Account Management API reference, GetRegionOptStatus) and
  // `aws ec2 describe-regions --all-regions` ("OptInStatus": opted-in | not-opted-in | opt-in-not-required, EC2 API reference, Region).
  { probe: 'region-enabled', choice: 'enabled', re: /["']?RegionOptStatus["']?\s{0,4}[:=]\s{0,4}["']?ENABLED(?:_BY_DEFAULT)?\b/ },
  { probe: 'region-enabled', choice: 'enabled', re: /["']?OptInStatus["']?\s{0,4}[:=]\s{0,4}["']?(?:opted-in|opt-in-not-required)\b/ },
  { probe: 'region-enabled', choice: 'disabled', re: /["']?RegionOptStatus["']?\s{0,4}[:=]\s{0,4}["']?(?:DISABLED|DISABLING|ENABLING)\b|["']?OptInStatus["']?\s{0,4}[:=]\s{0,4}["']?not-opted-in\b/ },

  // Target: LocalStack as an endpoint or a running thing: its edge port 4566 and its `awslocal` wrapper
  // (localstack/awscli-local README), its LOCALSTACK_HOST variable (localstack/localstack-python-client#44).
  // (Each alternative has a fixed word of its own, so the pattern runs only where one occurs: anchors.ts.)
  { probe: 'target', choice: 'local', re: /\b(?:localhost|127\.0\.0\.1|localstack|host\.docker\.internal):4566\b|\b(?:localhost|127\.0\.0\.1|localstack|host\.docker\.internal):4510\b|localhost\.localstack\.cloud|\bhttps?:\/\/localstack\b/i },
  { probe: 'target', choice: 'local', re: /\blocalstack\/localstack\b|\bawslocal\b|\btflocal\b|\bcdklocal\b|\bsamlocal\b/i },
  { probe: 'target', choice: 'local', re: /\bLOCALSTACK_[A-Z_]+\b/i },
];

/**
 * Named beside the error ("… is invalid (govcloud)", aws/aws-sdk-js-v3#5755; "we test against LocalStack"), not
 * denied (the interpreter's `says`: "we do not use localstack" names nothing) nor asked.
 * Not context-hints.ts's hint.localstack / hint.partition, though the words overlap: those say the topic comes up in the
 * person's prose (its first 300 prose lines; moto and mocked AWS, aws-cn / aws-us-gov too; a denial read before the word
 * or a "… is fine" after it) and weigh causes by learned context ratios. These answer the target question (the calls go
 * to LocalStack, or to another partition) from any clause of the text, never from a question, as the chat reads a reply.
 * Deriving these from those hints changed the output the eval measures (stop 21), so each keeps its own words.
 */
const TARGET_WORDS: Array<{ choice: string; say: string; re: RegExp }> = [
  { choice: 'local', say: '\\blocalstack\\b' },
  { choice: 'other-partition', say: '\\bgov ?cloud\\b|\\baws china\\b|\\bchina regions?\\b' },
].map((w) => ({ ...w, re: new RegExp(w.say, 'i') }));
/** The words any target choice needs (lowercased): a text without them is not split into clauses at all (a 1 MB log has thousands). */
const TARGET_GATE = ['localstack', 'govcloud', 'gov cloud', 'china'];
const CLAUSES = /[.;!\n]|,\s*(?:but|and)\b/;

function targetWords(text: string, has: Has, found: Found): void {
  if (!TARGET_GATE.some(has)) return;
  let at = 0;
  for (const clause of text.split(CLAUSES)) {
    const start = text.indexOf(clause, at);
    at = start + clause.length;
    for (const w of TARGET_WORDS) {
      const m = w.re.exec(clause);
      if (m && !clause.slice(m.index).includes('?') && says(clause, [w.say])) add(found, 'target', w.choice, start + m.index);
    }
  }
}

/** A section header of a credentials or config file (`[default]`, `[profile dev]`): a new block begins there. */
const SECTION_HEADER = /^[ \t]{0,8}\[[\w .-]+\][ \t]{0,8}$/;
const BLANK = /^[ \t]*$/;
// A value on the same line: `AWS_ACCESS_KEY_ID: ` with nothing after it (a CI step's env block whose secret is empty,
// QA 38 F13) sets no key, so it says nothing about a token.
const KEY_ID_SET = /\baws_access_key_id\b["']?[ \t]{0,3}[=:](?=[ \t]{0,40}\S)|"AccessKeyId"\s{0,3}:/i;
const SECRET_SET = /\baws_secret_access_key\b["']?[ \t]{0,3}[=:](?=[ \t]{0,40}\S)|"SecretAccessKey"\s{0,3}:/i;

const KEY_ID_ALL = new RegExp(KEY_ID_SET.source, 'gi');

/** The line that starts at `start` (a line break ends it). */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * The block holding offset `at` (the text is split at blank lines and before section headers): it begins at the
 * nearest section header at or above `at`'s line or after the nearest blank line above it, and ends before the next
 * blank line or section header below it. Only a block with a key id can count, so only those are cut out.
 */
function blockAround(text: string, at: number): { start: number; text: string } {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  while (start > 0 && !SECTION_HEADER.test(lineAt(text, start))) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    if (BLANK.test(text.slice(above, start - 1))) break;
    start = above;
  }
  let end = text.indexOf('\n', at);
  while (end >= 0) {
    const below = lineAt(text, end + 1);
    if (BLANK.test(below) || SECTION_HEADER.test(below)) break;
    end = text.indexOf('\n', end + 1);
  }
  return { start, text: text.slice(start, end < 0 ? text.length : end) };
}

/** Compiled once (a regex literal in the loop below was a new object per block of an env dump). */
const TOKEN_WORD = /token/i;

/**
 * A block (no blank line or section header inside) that sets the key id and the secret and names no
 * token: the token is not set, wherever the lines start ("Any idea? aws_access_key_id = ASIA…").
 */
function keysWithoutToken(text: string, has: Has): number | undefined {
  if (!(has('access_key_id') || has('accesskeyid')) || !SECRET_SET.test(text)) return undefined;
  let checked = 0;
  for (const m of text.matchAll(KEY_ID_ALL)) {
    if (m.index < checked) continue;
    const block = blockAround(text, m.index);
    checked = block.start + block.text.length;
    if (TOKEN_WORD.test(block.text)) continue;
    const id = KEY_ID_SET.exec(block.text);
    if (id && SECRET_SET.test(block.text)) return block.start + id.index;
  }
  return undefined;
}

/** Per question: the choices shown, and where the first was seen. */
type Found = Map<string, { choices: Set<string>; index: number }>;

function add(found: Found, probe: string, choice: string, index: number): void {
  const f = found.get(probe) ?? { choices: new Set<string>(), index };
  f.choices.add(choice);
  f.index = Math.min(f.index, index);
  found.set(probe, f);
}

const MAX_READ = 200_000;

/** The questions a text answers by what it shows (a choice only where it shows exactly one), with where each was seen. */
const ANCHORED = SHAPES.filter((s) => !s.firstLines);
const FIRST_LINES = SHAPES.filter((s) => s.firstLines);
/** How much of a text the line-prefix shapes read: a log shows its line prefix from its first lines. */
const HEAD = 2_000;
/** The anchored shapes' first matches, each pattern run only where its fixed words occur (anchors.ts). */
const BATTERY = ANCHORED.filter((s) => !s.read);
const gate = wordGate([...TARGET_GATE, SSO_LOGIN, 'access_key_id', 'accesskeyid', 'aki', 'asi', 'aws_access_key_id', 'aws access key id [', 'aws-access-key-id']);
const firstOfShapes = firstMatches(BATTERY.map((s) => s.re));

/**
 * The questions a text answers by what it shows (a choice only where it shows exactly one), with where each was seen.
 * `lower`: the text lowercased (diagnose has it already).
 */
export function shownAnswers(raw: string, lowered?: string): Array<ShownAnswer & { index: number }> {
  const text = raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw;
  // diagnose's lowered text, whole: the anchored shapes run on it with the literal scan every other battery shares
  // (anchors.ts keeps the scan of the last text only, so a lowered slice would scan twice: 200 KB here, then 1 MB again).
  const full = lowered !== undefined && lowered.length === raw.length ? lowered : undefined;
  const lower = full ?? text.toLowerCase();
  // Fixed words looked up in the literal scan diagnose has made of its lowered text (whole: a superset of what is read).
  const has = gate(lower);
  const found: Found = new Map();
  // Every masked prefix names AKI or ASI in capitals.
  if ((has('aki') && text.includes('AKI')) || (has('asi') && text.includes('ASI'))) for (const m of text.matchAll(MASKED_PREFIX)) add(found, 'key-prefix', (m[1] ?? (m[2] === 'K' ? 'AKIA' : 'ASIA')).toLowerCase(), m.index);
  // Read to MAX_READ only: a first match past it is not taken.
  const battery = full === undefined ? firstOfShapes(text, lower) : firstOfShapes(raw, full);
  let b = 0;
  for (const s of ANCHORED) {
    const m = s.read ? s.read(text, has) : battery[b++];
    if (m && m.index < MAX_READ) add(found, s.probe, s.choice, m.index);
  }
  const head = text.slice(0, HEAD);
  for (const s of FIRST_LINES) {
    const m = s.re.exec(head);
    if (m) add(found, s.probe, s.choice, m.index);
  }
  const keys = keysWithoutToken(text, has);
  if (keys !== undefined) add(found, 'session-token', 'no', keys);
  targetWords(text, has, found);
  return [...found].map(([probe, { choices, index }]) => (choices.size === 1 ? { probe, choice: [...choices][0]!, index } : { probe, index }));
}

export const extractShownAnswers: Extractor = (ctx, draft) => {
  const shown = shownAnswers(ctx.text, ctx.lower);
  if (shown.length === 0) return;
  draft.facts.shown = shown.map(({ probe, choice }) => (choice ? { probe, choice } : { probe }));
  for (const s of shown) draft.facts.locations[`shown.${s.probe}`] = ctx.loc(ctx.lineOf(s.index));
};

export const SHOWN_ANSWER_PATTERNS: RegExp[] = [MASKED_PREFIX, CLAUSES, ...TARGET_WORDS.map((w) => w.re), SECTION_HEADER, BLANK, KEY_ID_SET, SECRET_SET, TOKEN_WORD, SUPPOSED, WORD_CHAR, OWN_LINE, LABEL_COLON, COMMAND_TAIL, SENTENCE_END, OPENING_MARK, ...SHAPES.map((s) => s.re)];
