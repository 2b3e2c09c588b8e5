/**
 * Statements that a credential source the team has is never read where the call runs: keys exported on the host that
 * do not reach the container, a config file (or its location variable) a tool does not load. Both were resolved as no
 * credentials found in tuning threads of several batches, while the words around them (env keys, a profile, SSO) raise
 * the causes of a source that is read: an overriding key, another profile, an expired session.
 */
import type { Statement } from './types';

/** Where keys are put: the environment's variables, or credentials by name. */
const ENV_KEYS = String.raw`(?:env(?:ironment)?[ _-]?var(?:iable)?s?|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_\*|(?:aws )?credentials|creds|access keys)`;
/** Where they should arrive and do not by themselves. */
const INSIDE = String.raw`(?:docker |the |a |each |every )?(?:containers?|docker|pods?|sandbox|sub-?process(?:es)?|child process(?:es)?)`;
/** The shared config or credentials file, by path, name or location variable. */
const CONFIG_FILE = String.raw`(?:(?:shared |aws |default )?(?:config|configuration|credentials?) files?|~/\.aws/(?:config|credentials)|\.aws/(?:config|credentials)|aws config|shared config|AWS_CONFIG_FILE|AWS_SHARED_CREDENTIALS_FILE)`;
/** The verbs a report uses for a tool reading a file. */
const NOT_READ_VERB = String.raw`(?:support|read|honou?r|respect|pick(?:ing)?[ -]?up|load|recogni[sz]e|reading|loading|find|see|detect|auto-?detect)`;
/**
 * Not read: the negated verbs a report uses for a file a tool passes over. "use" only after a negation that has the tool
 * as its subject ("X does not use …"): after a bare "not" or "isn't" it is the person's own setup ("I'm not using a
 * config file, the keys are in environment variables"), which says nothing of a tool reading it.
 */
const NOT_READ = String.raw`(?:ignor(?:es|ed|ing)|(?:doesn'?t|does not|didn'?t|did not|won'?t|never|fails? to|failed to|unable to|can'?t|cannot) (?:${NOT_READ_VERB}|use|using)|(?:isn'?t|is not|not) ${NOT_READ_VERB})`;

/** A command that succeeded, and the failure after "but" (cli-reads-profile-tool-not). */
const WORKS = String.raw`(?:works?|worked|working|succeeds?|succeeded|is fine|runs? fine|returns? (?:my|the|a|an) (?:identity|account|arn|user))`;
const FAILS = String.raw`(?:fails?|failed|failing|errors?|doesn'?t|does not|didn'?t|did not|won'?t|can'?t|cannot|still|not)`;

export const UNREAD_SOURCE_STATEMENTS: Statement[] = [
  {
    // "Pass through the following environment variables, which are commonly used for authenticating with AWS APIs"
    // (aws/aws-mwaa-local-runner#377, batch 16), "This adds a setting propagate-aws-auth-tokens which will propagate the
    // following environment variables to the container if they are set" (buildkite-plugins/docker-buildkite-plugin#183,
    // batch 13), "release: Pass AWS credentials to Docker containers" (buildkite/buildkite-agent#2760, batch 11): keys set
    // on the host or the CI step are not in a container's environment unless passed (`docker run -e`, compose
    // `environment:`), so the SDK inside finds none. All three were resolved as no credentials found; the first two were
    // shown an overriding environment key first. The keys never reach the runtime, so they override nothing there.
    id: 'env-not-passed',
    say: [
      String.raw`\b(?:pass|passes|passed|passing|propagate|propagates|propagated|propagating|forward|forwards|forwarded|forwarding|inject|injects|injected|injecting) (?:(?:the|my|our|these|those|following|host|host's|aws|local) ){0,3}${ENV_KEYS} (?:through )?(?:to|into|inside) ${INSIDE}\b`,
      // "Pass through" alone is the PR's own name for carrying variables into where the code runs.
      String.raw`\bpass(?:es|ed|ing)?[ -]through\b[^.]{0,30}\b${ENV_KEYS}\b`,
      String.raw`\b${ENV_KEYS} (?:(?:are|is|were|was) )?(?:not|never) (?:being )?(?:passed|propagated|forwarded|injected|available|visible) (?:through )?(?:to|into|inside|in) ${INSIDE}\b`,
      String.raw`\b(?:containers?|docker) (?:doesn'?t|does not|didn'?t|did not|won'?t|can'?t|cannot|never) (?:get|receive|inherit|see) (?:(?:the|my|our|any|host) )?(?:env(?:ironment)?(?: var(?:iable)?s?)?|variables|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|credentials|creds)\b`,
    ],
    // Keys the team says it does pass ("I pass the environment variables to the container with docker run -e", "they are
    // passed to the container") reach the runtime: what fails there is the keys themselves, or one overriding them.
    sayUnless: [
      String.raw`\b(?:I|we|I'?m|we'?re|we are|I am) (?:already |do |also |now |still |explicitly )?(?:pass(?:ed|ing)?|forward(?:ed|ing)?|inject(?:ed|ing)?|propagat(?:e|ed|ing))\b`,
      String.raw`\b(?:are|is|were|was|get|gets|got) (?:already |being |now |correctly |properly |explicitly )?(?:passed|forwarded|injected|propagated)\b`,
    ],
    effects: { 'no-credentials-found': 20, 'env-var-override': 0.1, 'malformed-credentials': 0.3, 'secret-key-mismatch': 0.3, 'wrong-profile': 0.5 },
    evidence: "The team says the environment's keys are not passed into the container or process that calls AWS: none are found there",
    source: 'https://docs.docker.com/reference/cli/docker/container/run/#env (a container gets only the variables passed to it); https://github.com/aws/aws-mwaa-local-runner/pull/377',
  },
  {
    // "it seems amazonka isn't picking up that location" after "I have $AWS_CONFIG_FILE pointing to another location than
    // ~/.aws/config" (brendanhay/amazonka#948, batch 16), "Skyplane init does not autodetect aws config for sso login"
    // (skyplane-project/skyplane#936, batch 16), "we were ignoring the config file for the "DefaultWithRegion" method"
    // (aws/copilot-cli#1205, batch 8), "the client does not read my ~/.aws/config file properly anymore"
    // (aws-samples/amazon-bedrock-client-for-mac#54, batch 13): the tool passes over the file (or the location the
    // variable names), so the profile in it gives nothing, or the tool falls back to another. Resolved as no credentials
    // found (#948, #1205) and a wrong profile with no credentials found accepted (#936, #54).
    id: 'config-not-read',
    say: [
      String.raw`\b${NOT_READ}\b(?:[^.]|\.\w){0,40}\b${CONFIG_FILE}\b`,
      String.raw`\b${CONFIG_FILE} (?:is|are|was|were|gets?|got) (?:ignored|not (?:read|loaded|picked up|used|honou?red|respected|detected))\b`,
      // The location said in an earlier sentence: "… isn't picking up that location".
      String.raw`\b(?:isn'?t|is not|not|doesn'?t|does not|didn'?t|did not|never) (?:picking up|pick up|picked up|reading|read|using|use|honou?ring|honou?r|loading|load) (?:that|this|the custom|the configured|the specified|the non-default) (?:location|path|directory|config file|configuration file)\b`,
      String.raw`\b(?:doesn'?t|does not|didn'?t|did not|won'?t|can'?t|cannot|unable to|fails? to|failed to|never) (?:auto-?detect|detect|pick[ -]?up|read|load|recogni[sz]e|find|see) (?:(?:the|my|our|existing|aws|shared) ){0,3}(?:config|configuration)(?: files?)? (?:for|of|with|from) (?:(?:the|my|an?) )?(?:sso|sso[-_ ]session|single sign[- ]on|identity center)\b`,
    ],
    // A file read and then failing on its contents is another matter ("the session in my config expired").
    sayUnless: [String.raw`\bexpir(?:e|ed|es|y|ing|ation)\b`],
    effects: { 'no-credentials-found': 20, 'wrong-profile': 3, 'temporary-credentials-expired': 0.2, 'missing-session-token': 0.5, 'malformed-credentials': 0.5 },
    evidence: 'The team says the tool does not read the shared config file (or the location it was given): the profile in it gives nothing',
    source: 'https://docs.aws.amazon.com/sdkref/latest/guide/file-location.html (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE); https://github.com/brendanhay/amazonka/issues/948',
  },
  {
    // "Amazon Bedrock provider doesn't support `credential_process` in `~/.aws/config`" (anomalyco/opencode#8559, batch 19),
    // "Add support for credential_process … Unable to parse profile's credential_process configuration"
    // (aws-amplify/amplify-js#3155, batch 22): the tool's credential chain (or its SDK version) has no process provider, so a
    // profile whose keys come from `credential_process` gives it nothing. Both were resolved as no credentials found and shown
    // a wrong profile first. The SDKs gained the provider at different versions (the SDKs and Tools Reference Guide's
    // support table for process credentials), which is why a tool can miss it while the AWS CLI reads it.
    id: 'credential-process-not-read',
    say: [
      String.raw`\b(?:doesn'?t|does not|didn'?t|did not|won'?t|can'?t|cannot|unable to|fails? to|failed to|never) (?:yet )?(?:support|parse|read|load|recogni[sz]e|honou?r|run|call|invoke)\b[^.]{0,40}\bcredential[_ ]process\b`,
      String.raw`\bcredential[_ ]process\b[^.]{0,40}\b(?:(?:is|are) )?(?:not (?:yet )?supported|unsupported|isn'?t supported|(?:is|are|was|were|gets?) ignored|not (?:read|parsed|loaded|picked up))\b`,
      String.raw`\b(?:add(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|no|lacks?|missing|without) (?:support (?:for )?)?\x60?credential[_ ]process\b`,
    ],
    // A process that runs and hands back credentials that then expire is read (aws-beam/aws_credentials#89, batch 13:
    // "Support getting an expiration from a credential process helper").
    sayUnless: [String.raw`\bexpir(?:e|ed|es|y|ing|ation)\b`],
    effects: { 'no-credentials-found': 20, 'wrong-profile': 0.5, 'temporary-credentials-expired': 0.3, 'missing-session-token': 0.5, 'malformed-credentials': 0.5 },
    evidence: 'The team says the tool does not run or read the profile\'s credential_process: that profile gives it no credentials',
    source: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html (process credentials and which SDK versions support them); https://github.com/aws-amplify/amplify-js/pull/3155',
  },
  {
    // "`aws sts get-caller-identity --profile dev` works, but the tool still fails" (QA36 F23): the profile and its session
    // are good where the AWS CLI reads them, so signing in again changes nothing; the tool's own credential code, or an SDK
    // version older than the profile's kind (SSO and sso-session, `aws login`'s login_session, credential_process: the
    // SDKs and Tools Reference Guide's support tables), reads nothing from it. The profile must be named in the command
    // that works: without it the CLI may have used another source than the tool.
    id: 'cli-reads-profile-tool-not',
    say: [
      // The failing side must be said to use the profile too ("… but the tool still fails with AWS_PROFILE=dev"): "… but the
      // python script still says it" names no profile, and a script that never got it is the wrong-profile case (QA35 N3).
      String.raw`\baws [a-z0-9-]{2,30} [a-z0-9-]{2,40}\b[^.\n]{0,40}--profile[ =]\S{1,64}[^.\n]{0,40}\b${WORKS}\b[^.\n]{0,60}\bbut\b[^.\n]{0,80}\b${FAILS}\b[^.\n]{0,60}(?:\bAWS_PROFILE\b|--profile\b|\bprofile\b)`,
      String.raw`\b${WORKS}\b[^.\n]{0,20}\b(?:with|from|in|using|via) (?:the )?(?:aws )?cli\b[^.\n]{0,40}\b(?:same|this|that|the) profile\b[^.\n]{0,40}\bbut\b[^.\n]{0,80}\b${FAILS}\b`,
    ],
    // "… --profile prod works, but aws s3 ls without the profile fails" is a wrong-profile case told plainly: the failing
    // side is the CLI itself, or the profile left out, not a tool that cannot read it (R37-3).
    sayUnless: [
      String.raw`\bexpir(?:e|ed|es|y|ing|ation)\b`,
      String.raw`\bwithout (?:the |a |any |that |my )?(?:--)?profile\b`,
      String.raw`\bnot (?:when|if)\b[^.\n]{0,60}\bwithout\b`,
      String.raw`\bdefault profile\b`,
      String.raw`\bbut\b[^.\n]{0,40}\baws [a-z0-9-]{2,30} [a-z0-9-]{2,40}\b`,
    ],
    // The session is live and the keys good where the CLI reads them: no expiry, no malformed or deleted key. Hand
    // weights set at QA36 F23's mend, not counted on the tuning threads (R37-8): not yet measured.
    effects: { 'no-credentials-found': 3, 'temporary-credentials-expired': 0.2, 'malformed-credentials': 0.5, 'key-deleted-or-inactive': 0.2, 'secret-key-mismatch': 0.3 },
    implies: { profileReadBy: 'cli-only' },
    evidence: 'The team says the AWS CLI works with the profile and the tool does not: the tool cannot read that profile',
    source: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-sso-credentials.html (which SDK versions read SSO profiles); https://awscli.amazonaws.com/v2/documentation/api/latest/reference/configure/export-credentials.html',
  },
  {
    // The other side of R37-3: "aws s3 ls --profile prod works, but aws s3 ls without the profile fails", "… --profile prod
    // works but my python script fails". The profile is good where it is named; the failing run does not name it and reads
    // another source (the default profile, keys left in the environment), whose session is the expired or missing one.
    // Signing in to the named profile again changes nothing: the failing run must be given that profile. Not when the
    // failing side is said to have the profile too (cli-reads-profile-tool-not, QA36 F23). The failing run picks another
    // profile than the one intended — the taxonomy's wrong-profile — so it weighs for that cause (a hand weight, the scale
    // of no-credentials-file-read's 3 above, not counted on the tuning threads); the steps change too
    // (playbooks/profile-unread.ts profile-not-named). Without the weight the sentence, read as this statement, no longer
    // lifted wrong-profile as its `--profile dev` did when read as text (qa35-open-findings N3).
    id: 'profile-named-only-where-it-works',
    say: [
      String.raw`\baws [a-z0-9-]{2,30} [a-z0-9-]{2,40}\b[^.\n]{0,40}--profile[ =]\S{1,64}[^.\n]{0,40}\b${WORKS}\b[^.\n]{0,60}\bbut\b[^.\n]{0,80}\b${FAILS}\b`,
      String.raw`\b${WORKS}\b[^.\n]{0,20}\b(?:with|from|in|using|via) (?:the )?(?:aws )?cli\b[^.\n]{0,30}--profile[ =]\S{1,64}[^.\n]{0,40}\bbut\b[^.\n]{0,80}\b${FAILS}\b`,
    ],
    sayUnless: [
      // The failing side has the profile too: the tool cannot read it (the statement above), not a run without it.
      String.raw`\bbut\b[^.\n]{0,80}\b(?:with|using|and|even with) (?:AWS_PROFILE\b|--profile\b|(?:the )?same profile\b|(?:that|this) profile\b)`,
    ],
    effects: { 'wrong-profile': 3 },
    implies: { profileReadBy: 'named-only' },
    evidence: 'The team says the profile works where it is named and the failing run does not name it: that run reads another source',
    source: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html (AWS_PROFILE, and the key variables that win over it); https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html (the order the SDKs read sources in)',
  },
];
