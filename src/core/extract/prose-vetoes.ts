/**
 * What the reader of failures told in words (prose-report.ts) sets aside: texts and clauses that carry a credential word
 * but are about something else (the operating system, a network errno, a library's API, a recommendation, a value on
 * show, a task handed on, the metadata service's own token). Each veto names the tuning threads it was read from.
 */
import { OTHER_ERROR_MESSAGE } from './other-errors';

/**
 * A recommendation or a general possibility, not a report of what happened: a security finding's remediation ("We
 * recommend rotating an access key, … then set the previous key to disabled. Once you ensure that no services are
 * broken, …", the-deep/server#1213) or a runbook's "It's possible to have a key in AWS that is not in use anywhere"
 * (alphagov/govuk-developer-docs#2226). A person reporting a failure says what it did, not what one should do.
 */
export const RECOMMENDATION = /\b(?:we|i) (?:would |strongly )?recommend\b|\bit(?:['’]s| is) (?:recommended|possible to|(?:a )?(?:good|best) (?:idea|practice))\b|\bbest practices? (?:is|are|recommends?|says?)\b/i;
/** Where the writer turns from the possibility to what happened ("It's possible to run … on the box, but the SDK fails"). */
export const TURN = /;|\bbut\b/gi;
/**
 * The line as a report once a recommendation or possibility is set aside: only what follows a turn after it ("but", ";")
 * is read; with no turn, nothing is (the advice runs on: "… Once you ensure that no services are broken").
 */
export function pastRecommendation(line: string): string | undefined {
  const advice = RECOMMENDATION.exec(line);
  if (!advice) return line;
  TURN.lastIndex = advice.index + advice[0].length;
  const turn = TURN.exec(line);
  return turn ? line.slice(turn.index + turn[0].length) : undefined;
}

/**
 * The Rust SDK's region provider asking IMDS for a region (aws-config src/imds/region.rs, ImdsRegionProvider:
 * `warn!(err = …, "failed to load region from IMDS")`): off EC2 it logs this and the chain moves on to the next region
 * source. The "IMDS session token" it could not load is the metadata service's own, no credential (delta-io/delta-rs#2460,
 * batch 13: warnings only, the reads worked).
 */
export const IMDS_REGION_LOOKUP = /\bfailed to load region from IMDS\b/;

/**
 * Network errnos as Node, libc and curl print them: named as the failure, the network is what the paste is about, whatever
 * it guesses at next ("ETIMEDOUT errors when connecting to Aurora RDS … may be related to the fact that I'm using IAM
 * authentication tokens", jeremydaly/serverless-mysql#19, a tuning negative of batch 4).
 */
export const NETWORK_ERRNO = /\bE(?:TIMEDOUT|CONNREFUSED|CONNRESET|NOTFOUND|HOSTUNREACH|NETUNREACH|AI_AGAIN|PIPE)\b/;

/**
 * The operating system's own failures, which no credential fixes: a program not installed or not on the PATH (Go's
 * os/exec ErrNotFound, "executable file not found in $PATH" / "%PATH%" in src/os/exec/lp_unix.go, lp_windows.go: kubectl's
 * exec plugin when aws-iam-authenticator is missing, harbur/kubernetic#118), a file written into a directory that does
 * not exist (busybox ash "can't create X: nonexistent directory", dash "cannot create X: Directory nonexistent":
 * mlabouardy/komiser#79 writing ~/.aws/credentials in a fresh container). The paste is about that failure, whatever
 * its words say about credentials. Not "No such file or directory" or "command not found": a credentials file or a
 * credential_process command missing is the chain coming up empty (tuning pastes of batches 2 and 8). An SSH server
 * refusing the key (OpenSSH sshconnect2.c, "Permission denied (publickey)."): git over SSH or a login to an instance,
 * not a call to an AWS API. The same missing program as kubectl's exec credential plugin words it since client-go
 * 1.19 ("exec: executable %s not found", k8s.io/client-go plugin/pkg/client/auth/exec/exec.go wrapCmdRunErrorLocked:
 * aws-iam-authenticator or the aws CLI not installed or not on the PATH; a negative of batch 11, fidelity/kconnect#456,
 * and Go's older wording in eksctl-io/eksctl#1562 and harbur/kubernetic#118, batches 9 and 11). A Docker daemon that
 * is not running (moby/moby client/errors.go errConnectionFailed: "Cannot connect to the Docker daemon at %s. Is the
 * docker daemon running?"): `aws ecr get-login` then fails at `docker login`, whatever the words say about logging in.
 * A file utility refused by the local file system (GNU coreutils ls.c "cannot access %s", "cannot open directory %s",
 * errno EACCES: "ls: cannot access 's3bucket': Permission denied", awslabs/mountpoint-s3#683, batch 13: a FUSE mount
 * without --allow-other): the mount's permissions, not a call AWS refused. Not for a path under ~/.aws or a token file
 * (a credentials file the process cannot read is the chain coming up empty).
 */
export const LOCAL_OS_ERROR = /\bexecutable file not found in (?:\$PATH|%PATH%)|\bexec: executable [\w./\\:-]{1,160} not found\b|\bCannot connect to the Docker daemon\b|\bPermission denied \((?:publickey|password|keyboard-interactive|gssapi)[\w,-]{0,60}\)|\bcan['’]t create [^\s:]{1,200}: nonexistent directory\b|\bcannot create [^\s:]{1,200}: Directory nonexistent\b|\b(?:ls|cat|cp|mv|rm|mkdir|touch|stat|du|find|head|tail): cannot (?:access|open(?: directory)?|stat|create(?: directory)?|remove) '(?![^'\n]{0,200}(?:\.aws|token))[^'\n]{1,200}'(?: for reading)?: Permission denied\b/i;

/**
 * A method or attribute the object does not have: the code calls an API this version of the library lacks (an old
 * aws-sdk gem: "NoMethodError: undefined method `credentials' for #<Aws::Credentials …>", shrinerb/shrine#149), whatever
 * credential word names the method. The receiver is a real object: Ruby's "undefined method `x' for #<Class …>" /
 * "for an instance of Class" (Ruby 3.4), Python's "'Session' object has no attribute 'x'", JavaScript's "x.y is not a
 * function". A method called on nil, None or undefined is a value missing (a nil region, credentials never loaded) and
 * stays a credential error line. A module that is not installed names a credential module just as well (Node's
 * "Cannot find module '@aws-sdk/credential-providers'", lib/internal/modules/cjs/loader.js; Python's "No module named
 * 'botocore.credentials'" and "cannot import name 'X' from 'botocore.credentials'", importlib): a packaging failure.
 */
export const API_MISMATCH = /\bundefined method [`'‘][\w?!]{1,60}['’] for (?:#<|an instance of )(?!NilClass)|'(?!NoneType')\w{1,60}' object has no attribute\b|\b[\w$.]{1,80} is not a function\b|\bCannot find module ['"]|\bNo module named\b|\bcannot import name ['"]/;

/**
 * The metadata service's own 401: with IMDSv2 required, a request without a session token (the metadata token from
 * PUT /latest/api/token, no AWS credential) is answered "401 - Unauthorized" on every path (EC2 User Guide, "Use the
 * Instance Metadata Service to access instance metadata"). Only when the paste names the credentials path or a
 * credential is that the role's credentials not arriving ("169.254.169.254/latest/meta-data/iam/security-credentials/
 * will return 401 error", jcberquist/aws-cfml#92, batch 14, read by messages.ts); a 401 on the identity document or
 * any other metadata is not ("Avoid 401 Unauthorized errors from IMDSv2 API on AWS by obtaining an API token",
 * canonical/ubuntu-pro-client#1636, a tuning negative of batch 14). A request that then cannot be signed, an SDK named,
 * or an AWS call told failing is the credentials' failure the 401 led to ("Got 401 Unauthorized from the instance
 * metadata service, boto3 then cannot sign the S3 request and the upload fails": the SDK got no role credentials).
 */
export const METADATA_REFUSAL = /\b(?:IMDS(?:v2)?|instance metadata|metadata (?:service|endpoint|server|API)|169\.254\.169\.254)\b[^\n]{0,80}\b(?:401|Unauthori[sz]ed)\b|\b(?:401|Unauthori[sz]ed)\b[^\n]{0,80}\b(?:IMDS(?:v2)?|instance metadata|metadata (?:service|endpoint|server|API)|169\.254\.169\.254)\b/i;
export const CREDENTIAL_NAMED =
  /credential|\brole\b|access[ _-]?key|secret|\bsts\b|\bIAM\b|\bsign(?:s|ed|ing|ature)?\b|\b(?:SDK|boto3?|botocore)\b|\b(?:uploads?|downloads?|requests?|calls?)\b[^.\n]{0,20}\bfail(?:s|ed|ing)?\b/i;

/**
 * Words that are about a credential's value on show, not its use: a tool masking or sanitising it in its output or
 * its diff ("Dagster incorrectly masks this key. This leads to a mismatch", dagster-io/dagster#18108, a tuning
 * negative of batch 7). Masking changes what is displayed; no call is refused for it. Not "masked as": an error
 * disguised as another ("died mid-stream with `AWS access key ID setting is missing`, masked as HTTP 200",
 * kacemmathlouthi/animus#32, batch 11) is still the failure.
 */
export const DISPLAY_TALK = /\b(?:mask(?:s|ing)|sanitiz(?:e|es|ed|ing|ation)|SANITIZE_\w{1,40})\b/i;
/**
 * A task handed to someone else ("I don't have the permissions to create tokens @x can you do it?", OWASP/wrongsecrets#694,
 * a key-rotation checklist, a tuning negative of batch 14): a request to a colleague, not a call refused.
 */
export const DELEGATED = /\b(?:can|could|would) (?:you|someone|somebody) (?:please )?(?:do|handle|take care of) (?:it|this|that)\b/i;

/** Where a sentence or a clause ends: an aside starts after one. */
export const CLAUSE_END = /([.;:?!,])\s+/g;

/**
 * The line before its first aside: the clause about a key on show or a task handed on, and what follows it (which
 * talks about that: "Dagster incorrectly masks this key. This leads to a mismatch …"), is dropped; what came before
 * is still read ("My AWS access key stopped working yesterday, can you take care of it?" is the failure, then a
 * request). Undefined when the line opens with the aside.
 */
const isAside = (text: string): boolean => DISPLAY_TALK.test(text) || DELEGATED.test(text) || OTHER_ERROR_MESSAGE.test(text);
export function beforeAsides(told: string): string | undefined {
  if (!isAside(told)) return told;
  // A line holds no newline: the clause ends become one to split at, each clause keeping its stop.
  const clauses = told.replace(CLAUSE_END, '$1\n').split('\n');
  const aside = clauses.findIndex(isAside);
  return aside > 0 ? clauses.slice(0, aside).join(' ') : undefined;
}

/**
 * A command that only writes credentials into a local file, told failing on its own line: `serverless config
 * credentials` (removed in Serverless v4: "Error while executing command: serverless config credentials … exit status
 * 1", serverless/serverless#12546, a tuning negative of batch 15), `ecs-cli configure profile` ("I ran `ecs-cli
 * configure profile --profile-name …` and it fails with: … secret-key can not be empty": it stores a key pair and
 * rejects empty flags, the instance role worked, aws/amazon-ecs-cli#548, batch 6), `aws configure set` / `import`
 * (they set a value in ~/.aws/config or ~/.aws/credentials and call no AWS API: AWS CLI Command Reference, `aws
 * configure set`). Such a command calls no AWS API, so its failure is the command's (a removed sub-command, a missing
 * flag), whatever credential words its name or its flags carry. Neither form stands in any tuning positive of batches
 * 1–15 (pastes, conversation openings, the paste corpus). Not `aws configure` alone, `aws configure sso` or `aws-sso-util
 * configure profile`: those log in.
 */
const STORE_COMMAND = /\b(?:(?:serverless|sls) config credentials|ecs-cli configure profile|aws configure (?:set|import))\b/i;
/**
 * The command is what failed, not something said after it ("after `serverless config credentials …` my deploy still
 * fails" is the deploy's failure): a failure said to happen while running it ("Error while executing command:
 * serverless config credentials"), the command followed by what it did ("`ecs-cli configure profile …` and it fails
 * with:", "… gives an error"), or the command at a shell prompt with an error line next.
 */
const STORE_ARGS = String.raw`(?:[^\x60\n]{0,200}\x60|(?:\s{1,3}-{1,2}[\w-]{1,40}(?:[ =](?!-)\S{1,200})?){0,12})`;
const STORE_FAILED = new RegExp(
  String.raw`\b(?:error|fail(?:ed|s|ure)?)\b[^.\n]{0,40}\b(?:command|running|executing|execute|run)\b[^.\n]{0,10}?${STORE_COMMAND.source}` +
    String.raw`|${STORE_COMMAND.source}${STORE_ARGS}\s{0,3}[,:]?\s{0,2}(?:and |but )?(?:it |this |that )?(?:then |now |still |just |always )?(?:fails?|failed|errors?|errored|gives|gave|returns|returned|throws|threw|crash(?:es|ed)|exits|exited)\b`,
  'i',
);
/**
 * The command alone at a prompt: one chained to another (`&&`, `;`, `|`) leaves the error line next to that other
 * command ("$ aws configure set region eu-west-1 && aws s3 cp …" then a credential error is the copy's).
 */
const PROMPT_RUN = new RegExp(String.raw`^\s{0,4}(?:\[[^\]\n]{1,80}\]\s?)?[$#>%]\s{1,3}${STORE_COMMAND.source}`, 'i');
const CHAINED = /&&|;|\|/;
const ERROR_NEXT = /^\s{0,4}(?:FATA|FATAL|fatal|ERRO|ERROR|Error|error)\b/;

/**
 * The lines (0-based, among the text's first `n`) that tell a credential-storing command failing: the line saying so,
 * or the command at a prompt and the error line answering it. Only they are the command's: a failure told on another
 * line is another failure (prose-report.ts).
 */
export function storeCommandLines(lines: readonly string[], n: number): Set<number> {
  const held = new Set<number>();
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (!line.includes('config') || !STORE_COMMAND.test(line)) continue;
    if (STORE_FAILED.test(line)) held.add(i);
    else if (PROMPT_RUN.test(line) && !CHAINED.test(line.slice(line.search(STORE_COMMAND)))) {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (j < lines.length && ERROR_NEXT.test(lines[j]!)) held.add(i).add(j);
    }
  }
  return held;
}

export const PROSE_VETO_PATTERNS: RegExp[] = [STORE_COMMAND, STORE_FAILED, PROMPT_RUN, CHAINED, ERROR_NEXT, RECOMMENDATION, TURN, IMDS_REGION_LOOKUP, NETWORK_ERRNO, LOCAL_OS_ERROR, API_MISMATCH, METADATA_REFUSAL, CREDENTIAL_NAMED, DISPLAY_TALK, DELEGATED, CLAUSE_END];
