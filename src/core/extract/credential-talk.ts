/**
 * A general reading of credential-failure talk: a sentence (or an issue title) saying that a credential object fails.
 * Not a list of sentences seen before: a clause is a report when it names a credential OBJECT (credentials, an access
 * key, a session token, a profile, a role, SSO …) and a FAILURE predicate (invalid, expired, not found, unable to,
 * denied, ignored …) within a few words of each other, in an AWS context. Real reports that hold no error text are
 * mostly of this shape ("Terraform not reading aws credentials file", "Keep getting 403 Error after access keys
 * rotation", "sudo aws reads user configuration instead of root", "GitHub Actions credentials appear to expire early":
 * titles and openings of the real-thread corpora, test/fixtures/real-*), and the per-case strings did not transfer
 * to fresh threads (issue 10, stop 18's analysis).
 *
 * Guards, each for a kind of ordinary talk that holds the same words:
 * - AWS context: an object only AWS has (access key id, session token, IAM, STS, AWS_* variables, an assumed role,
 *   the instance metadata service …) carries it; a generic one (credentials, token, profile, login) needs AWS named
 *   somewhere in the text ("my VPN token expired" is not ours);
 * - success and settled talk ("all good now", "works now", "fixed", "thanks") and negated trouble ("no errors",
 *   "did not fail") are no report;
 * - how-to questions with no trouble word of their own ("how do I rotate access keys?") are no report.
 * The clause, not the line, is the unit: "I set up my credentials correctly but the upload fails" says nothing fails
 * about the credentials.
 */

import { insideAny, supposedSpans } from './supposed';

/**
 * Credential objects only AWS has: naming one is AWS context by itself. Terms from the AWS IAM user guide
 * ("access key ID", "secret access key", "session token", "instance profile", "IAM roles for service accounts"),
 * and the CLI's configuration files (`~/.aws`, `role_arn`, `source_profile`, `credential_process`, `aws configure`).
 */
const AWS_OBJECTS = [
  String.raw`access[ _-]?keys?(?:[ _-]?ids?)?`,
  String.raw`secret[ _-]?(?:access[ _-]?)?keys?`,
  String.raw`(?:session|security)[ _-]?tokens?`,
  String.raw`AWS_[A-Z_]{3,40}`,
  String.raw`aws[ _-]?(?:credentials?|creds|profiles?|config(?:uration)?|sso|keys?|auth\w{0,12}|login|sessions?|(?:access[ _-]?)?tokens?)`,
  // Keys of the CLI's config files (sso-session sections, sso_start_url, credential_source …).
  String.raw`sso[_-]session`,
  String.raw`sso_(?:start_url|account_id|role_name|region)`,
  String.raw`credential_source`,
  String.raw`iam(?:[ _-]?(?:roles?|users?|polic(?:y|ies)|credentials?|auth\w{0,12}|permissions?))?`,
  String.raw`sts`,
  String.raw`assum(?:e|es|ed|ing)[ _-]?(?:an? |the |my |your |its )?(?:iam )?roles?`,
  String.raw`assumerole\w{0,20}`,
  String.raw`roles? (?:cannot|can(?:no|['’])t|could ?not) be assumed`,
  String.raw`role[ _-]?arn`,
  String.raw`source[ _-]?profile`,
  String.raw`credential[ _-]?process`,
  String.raw`instance[ _-]?(?:profiles?|metadata|roles?)`,
  String.raw`imds(?:-?v[12])?`,
  // The instance metadata service by EC2's name, and the SDKs' providers that read it (Go's EC2RoleProvider, ec2rolecreds).
  String.raw`ec2[ _-]?metadata(?:[ _-]?(?:service|endpoint|retrieval|credentials?))?`,
  String.raw`ec2\w{0,12}(?:provider|creds|credentials?)`,
  String.raw`metadata (?:service|endpoint)`,
  // The credentials the SDKs' container provider is named for (AWS SDKs and Tools Reference Guide, "Container credential
  // provider"; JS v3 `fromContainerMetadata`, "source credentials from the ECS Container Metadata Service",
  // @smithy/credential-provider-imds 4.5.2 fromContainerMetadata.d.ts): "Instance and container metadata credentials not
  // working with Deno" (aws/aws-sdk-js-v3#4405) names no other AWS word ("instance metadata" is read above). Bare "role
  // credentials" and "container credentials" are not here (review R35-4): Vault and Postgres roles and registry pulls
  // use both words.
  String.raw`(?:container|instance) metadata[ _-]?credentials?`,
  String.raw`irsa`,
  // EKS Pod Identity, the agent that hands a pod its role since 2023 (EKS user guide, "Learn how EKS Pod Identity grants
  // pods access to AWS services"): "Fix EKS Pod Identity unable to get metadata by updating aws-sdk-go-v2"
  // (falcosecurity/falcosidekick#1291, batch 12). Bare "pod identity" is Azure's too: generic below.
  String.raw`eks[ _-]pod[ _-]identit(?:y|ies)`,
  String.raw`(?:task|execution|lambda|ec2|ecs|eks|pod) roles?`,
  String.raw`web[ _-]?identity`,
  String.raw`getrolecredentials`,
  String.raw`~/\.aws\S{0,20}`,
  String.raw`aws configure`,
  String.raw`sigv4`,
  // S3's presigned URLs and POST policies (S3 user guide, "Sharing objects with presigned URLs"; MinIO and other
  // S3-compatible stores sign the same way).
  String.raw`pre-?signed[ _-]?(?:urls?|posts?|requests?|links?)`,
  // The SDKs' own names for a profile or a chain in code (Go v2 config.WithSharedConfigProfile, JS v3 fromIni).
  String.raw`WithSharedConfig\w{0,20}`,
  String.raw`fromIni`,
];

/**
 * Tools that broker AWS credentials: objects only next to a strong failure word ("I was unable to use aws-vault with
 * Hong Kong", 99designs/aws-vault#512), not a mild one ("`awsume -l` does not show it" is about a region,
 * trek10inc/awsume#13).
 */
const BROKERS = [String.raw`aws-(?:vault|okta|runas|sso-util|iam-authenticator)`, String.raw`saml2aws`, String.raw`awsume`, String.raw`granted`, String.raw`kube2iam`, String.raw`kiam`, String.raw`leapp`];

/** Credential objects any service has: they count only in a text that names AWS (or a tool that talks to it). */
const GENERIC_OBJECTS = [
  // Not Docker's or git's credential helper (aws/aws-sam-cli#7781: "DockerException - missing credential helper").
  String.raw`credentials?(?! (?:helper|manager|store)s?\b)`,
  String.raw`creds`,
  String.raw`tokens?`,
  String.raw`(?:default|named|sso|cli|credentials?|config|source|the|my|our|a|another|different|wrong|specified|configured) profiles?`,
  String.raw`--profile`,
  String.raw`set (?:the |a |my )?profile`,
  String.raw`\w{0,30}Credentials?Provider\w{0,20}`,
  String.raw`profiles? (?:name|named|setting|option|flag|variable)`,
  String.raw`sso(?:[ _-]?(?:session|login|token|provider|cache))?`,
  String.raw`oidc(?:[ _-]?(?:provider|token|role))?`,
  String.raw`(?:the|my|our|an?|this|that|cross[ -]account) roles?`,
  String.raw`pod[ _-]identit(?:y|ies)`,
  // Whose role it is ("external-dns assumes the node's role which has no access to edit the route53 zone", a title of
  // batch 10): with AWS named, since people take on each other's roles too.
  String.raw`[a-z][\w-]{0,30}['’]s (?:iam )?roles?`,
  String.raw`keys? (?:id|pair|rotation)`,
  String.raw`(?:the|my|our|new|old) keys?`,
  String.raw`authenticat\w{0,9}`,
  String.raw`auth`,
  String.raw`signature`,
  String.raw`mfa`,
  String.raw`log ?in(?:to)?(?! (?:page|screen|form|button|flow)s?\b)`,
  String.raw`permissions?`,
  String.raw`(?:user|configuration|config) (?:file|credentials|configuration)`,
];

/**
 * A time an expiry is due at: a clock time or a count ("6pm", "18:00", "1 hour", "90 days"), a named time or day
 * ("midnight", "noon", "the end of the day", "friday", "tomorrow"), a few ("a few days", "a couple of hours"). Read inside
 * a look-ahead: its words are bounded (`\w{1,12}`), as the regex-safety checker proves no unbounded one there.
 */
export const SCHEDULED_TIME = String.raw`(?:about |around |roughly |approximately |exactly |less than |more than )?(?:\d|an? (?:few |couple (?:of )?)?(?:minute|hour|day|week|month|year)s?\b|one (?:minute|hour|day|week|month|year)\b|(?:two|three|four|five|six|twelve|thirty|ninety) \w{1,12}s\b|midnight|noon|the end of|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|next \w{1,12}|this (?:evening|afternoon|morning|week|month))`;

/**
 * Read after an announced time: the sentence does not go on to a contrast or a failure. "Expire in 15 minutes instead of
 * 8 hours", "in less than an hour, though the role max session is 12h", "in one hour, my long job then breaks", "in 1 of 3
 * pipeline runs" complain of an expiry; "the session will expire at 6pm today" only announces one. A "but" or "though"
 * counts only when a duration or a limit follows ("…, but the role allows 12h"), not a remedy ("…, but you can renew it"),
 * and a failure denied ("so nothing breaks") is none. Bounded to the sentence.
 */
export const NO_CONTRAST = String.raw`(?![^.?!\n]{0,80}(?:\b(?:instead of|rather than|of \d{1,4})\b|\b(?:(?:al)?though|but)\b[^.?!\n]{0,60}(?:\d|\b(?:max(?:imum)?|limit|duration|allows?|set to|configured|supposed|expected|should)\b)|(?<!\b(?:nothing|never|not|n['’]t) )\b(?:break(?:s|ing)?|broke|fail(?:s|ed|ing)?)\b))`;

/**
 * A negated wish or duty: what someone does not need, want or have to do says what they prefer ("So I don't have to
 * expose my credential in a script", dtan4/dockerfile-terraforming#33, a feature request).
 */
const WISHES = String.raw`(?:need|want|care|mind|wish|intend|plan|have (?:got )?to)`;
/** Scope set aside: what does not apply or matter here, in this case, to us. */
const SET_ASIDE = String.raw`(?:apply|matter) (?:here|in (?:this|our|my) case|to (?:us|me))`;
/**
 * What a text does not make clear or say: the writer's question about the docs, not a failure ("The current
 * documentation does not make mention of this file", hashicorp/packer#1784, a docs pull request). "Clear" and "obvious"
 * are the docs' adjective only after "make" or a form of "be" (UNCLEAR): after "doesn't" a bare "clear" is the verb a
 * credential failure uses ("aws sso logout doesn't clear the cached AWS credentials").
 */
const UNSAID = String.raw`(?:(?:make|makes|made) (?:it |this |that )?(?:any |a )?(?:clear|obvious|mention)|(?:any |a )?mention(?:s|ed)?|explain(?:s|ed)?|document(?:s|ed)?|describe[sd]?|say|says|said)`;
/** What follows a negation that makes it no failure: a wish or duty, a scope set aside, something left unsaid. */
export const NOT_FAILING = String.raw`(?:really |even |actually )?(?:${WISHES}|${SET_ASIDE}|${UNSAID})\b`;
/** After "isn't", "aren't", "wasn't": the docs not clear ("The docs aren't clear about `AWS_ACCESS_KEY_ID` …", Yelp/mrjob#402, a docs issue). */
const UNCLEAR = String.raw`(?:really |entirely |very |quite |too )?(?:clear|obvious)\b`;
/**
 * Failure predicates, the words people use for a credential that does not work (read from the real-thread corpora's
 * tuning titles and openings, then made general: every inflection, every negated "work"/"load"/"find").
 */
const FAILURES = [
  String.raw`invalid`,
  // A credential made invalid ("credentials rotate after some time, invalidating the x-amz-security-token param").
  String.raw`invalidat(?:e|es|ed|ing)`,
  // Expired, or expiring too soon ("credentials appear to expire early"), not a lifetime stated ("set the expiration").
  // Not expired is the credential's good state, a condition stated ("provided that the temporary credentials are present
  // and not expired", naftulikay/aws-env#19, a feature request).
  String.raw`(?<!\b(?:not|never|n['’]t) )expired`,
  // Not a time announced: "the session will expire at 6pm today", "your keys expire in 90 days", "expires on Friday"
  // say when an expiry is due, not that one broke anything (no tuning report reads "expire at/in <when>"), unless the
  // sentence goes on to a contrast or a failure (NO_CONTRAST).
  String.raw`expir(?:e|es|ing) (?:early|after|every|within|too|before|while|when|mid|(?:at|in)(?! ${SCHEDULED_TIME}${NO_CONTRAST}))`,
  // Expiry as something that keeps happening ("the credentials sometime expire as the session is too short",
  // hashicorp/terraform-provider-aws#7333), not a lifetime stated ("credentials expire", "they will expire").
  String.raw`(?:sometimes?|often|frequently|randomly|intermittently|occasionally|constantly|regularly|keeps?|kept) expir(?:e|es|ed|ing)`,
  String.raw`not (?:found|set|valid|recogni[sz]ed|picked up|used|loaded|read|respected|honou?red|applied|passed|taken|obtained|accepted|added|included|sent|provided|supplied|exported|injected|mounted|propagated|forwarded|attached|assigned|granted|created|available|configured|detected|authori[sz]ed|allowed|able|being \w{2,14}|\w{2,14}ing)`,
  String.raw`none of`,
  String.raw`even (?:though|if|when|after|with)`,
  String.raw`despite`,
  String.raw`always (?:uses?|used|using|picks?|picked|takes?|reads?)`,
  String.raw`unable`,
  String.raw`can(?:no|['’])?t`,
  String.raw`could ?n(?:o|['’])t`,
  // Not the speaker's own wish ("I don't need the credentials that are in it", "we do not want to store keys"): a
  // negated need or want says what someone prefers, not what fails (99designs/aws-vault#109, a tuning negative of batch 10).
  // Nor a statement of scope ("static credentials, which doesn't apply here", 61418/aws-sso-util#97, a real-negatives
  // tuning case): what does not apply or matter here, to us, is set aside, not failing. Only then: a setting that "doesn't
  // apply to the terraform S3 backend", a role that "doesn't apply to the pod" is the failure itself.
  String.raw`(?:does|do|did|wo)n['’]?t(?! ${NOT_FAILING})`,
  String.raw`(?:is|are|was|were)n['’]?t(?! ${NOT_FAILING}| ${UNCLEAR})`,
  // The future negation in full, of the verbs a credential fails at ("using the module it will not create the needed
  // 'aud'", young-ook/terraform-aws-eks#248; "CDK will not read it", "will not work": openings of batches 1, 7, 8, 9),
  // not of any verb ("the credentials will not expire for 12 hours", "I will not share my keys").
  String.raw`will not (?:work|load|read|find|use|pick|accept|authenticate|connect|get|create|refresh|renew|reflect|assume|sign)\w{0,3}`,
  String.raw`(?:does|do|did) not(?! ${NOT_FAILING})`,
  // A conditional refusal of the credential's own verbs ("GeneratePresignedURL would not renew it"), not advice ("I would not store keys").
  String.raw`would(?: not|n['’]t) (?:renew|refresh|work|load|read|find|use|pick|accept|authenticate|connect|get)\w{0,3}`,
  // Expected against actual: "a different profile that should have been used".
  String.raw`should have been (?:used|picked up|read|loaded|applied|honou?red|passed|taken|sent)`,
  String.raw`fail(?:s|ed|ing|ures?)?`,
  String.raw`errors?`,
  String.raw`exceptions?`,
  String.raw`denied`,
  // Access refused by its absence: "the default ECS task execution role … has no access to AWS Secrets Manager"
  // (cardstack/cardstack#2908), the noun's negation of "cannot access"; not the network ("the Lambda role has no access
  // to the internet from the private subnet" is a route to add, not a permission).
  String.raw`(?:(?:has|have|had|gets?|got|with) no|lacks?) access(?! (?:to )?(?:the )?(?:public )?(?:internet|network|outside world|web|vpc|subnets?|nat)\b)`,
  String.raw`reject(?:s|ed|ing)?`,
  String.raw`refus(?:e|es|ed|ing)`,
  String.raw`unauthori[sz]ed`,
  String.raw`forbidden`,
  String.raw`40[13]`,
  String.raw`broken?`,
  // A credential source whose use a change made impossible ("using the instance metadata service is effectively
  // impossible"); not an impossible action ("it is impossible to delete the IAM role while attached" is IAM's rule).
  // Not "breaks": "a typo that breaks AWS_MSK_IAM authentication" above an Access denied is the refusal's story
  // (redpanda-data/console#223, a tuning conversation that then lost its right fix within 8 turns).
  String.raw`(?:is|are|was|were|becomes?|became) (?:effectively |now |basically |practically )?impossible(?! to\b)`,
  String.raw`ignor(?:e|es|ed|ing)`,
  String.raw`missing`,
  String.raw`wrong`,
  // A credential or its setting mistyped ("made a typo here and forgot _id", "Fix an obvious typo in the access_key unset",
  // "The apply workflow had a typo for the AWS credentials workflow": tuning pastes and openings of batches 2, 5, 6, 10).
  // Not a typo in the documentation ("Fixed a typo in the README about AWS credentials setup"), nor in the writer's own
  // text: an apology or a correction in chat ("Sorry for the typo above, I meant …"), a commit's "Fix typo in …".
  String.raw`(?<!\bsorry (?:for|about) (?:the |my |that |this )?|\bfix(?:es|ed)?(?: for| of)? (?:a |the |some |various |several |minor |multiple |many )?)(?:typo(?:s|ed)?|misspel(?:t|led|ling|lings)?)(?! above| earlier)(?!(?: fix(?:es|ed)?)? in (?:the |a |our |my |some )?(?:docs?|docstrings?|documentation|readme|comments?|changelog|wiki|guides?|tutorials?|examples?|blog)\b)`,
  // Credentials kept past their refresh or rotation ("the S3fs client was still using stale credentials"): the
  // taxonomy's stale-credentials-after-rotation and expired-session causes, told by their adjective.
  String.raw`stale`,
  String.raw`outdated`,
  String.raw`inconsistent(?:ly)?`,
  String.raw`misleading`,
  String.raw`incorrect(?:ly)?`,
  String.raw`mismatch(?:ed)?`,
  String.raw`empty`,
  // "reads the credentials … instead of root's" (not "sessions now last 12 hours instead of 8").
  String.raw`(?:uses?|used|using|reads?|reading|picks?|picked|takes?|took|loads?|loaded|looks?|looked|goes|went|tries|tried|gets?|got)\b[^.,;\d]{0,50}\binstead of`,
  String.raw`no longer`,
  // One source of credentials taking the place of another, told in the passive ("boto profile gets overwritten by
  // $AWS_DEFAULT_PROFILE"): the credential precedence of every SDK (environment over profile over role) in words.
  String.raw`(?:gets?|got|getting|is|was|are|were|being|been|keeps? being) (?:silently |always )?(?:overwritten|overridden|overriden|clobbered|shadowed|superseded|replaced)(?= by\b)`,
  // A lifetime complained of: "the assumerole credentials that come back only last for an hour" (coinbase/assume-role#19).
  String.raw`only (?:last|lasts|lasted|valid|good) (?:for )?(?:an?|one|\d{1,3}) (?:hours?|minutes?|mins?)`,
  String.raw`stopped working`,
  String.raw`(?:issues?|problems?|trouble)`,
  String.raw`no (?:valid |aws )?(?:credentials|creds|profile|role|token)`,
];

/** Objects that already say the failure: "access denied", "not authorized", "must be logged in to the server". */
const REFUSALS = [String.raw`access ?denied`, String.raw`denied access`, String.raw`not authori[sz]ed`, String.raw`unauthori[sz]ed`, String.raw`(?:must be|not) logged in(?:to)? (?:to )?the server`];
/**
 * kubectl's refusal told in words ("Not logged into the server error when running kubectl get nodes"): its own message
 * is detected with no AWS word (msg.kubectl-unauthorized), so its paraphrase next to kubectl is too.
 */
const KUBECTL_REFUSAL = /\b(?:must be|not|isn['’]t|aren['’]t) logged in(?:to)? (?:to )?the server\b[^]{0,120}\bkubectl\b|\bkubectl\b[^]{0,120}\b(?:must be|not|isn['’]t|aren['’]t) logged in(?:to)? (?:to )?the server\b/i;

/**
 * Refusal words that need a credential object beside them ("403 after deploy" is any web app's). "No access keys" says
 * which credentials there are, not that access was refused ("no ~/.aws at all, no access keys": QA36 F15).
 */
const REFUSAL_WORDS = /\b(?:access ?denied|not authori[sz]ed|unauthori[sz]ed|forbidden|40[13]|permissions?|no access(?![ _-]?(?:key|id)s?\b)|lacks? access)\b/i;

/**
 * S3 storage named as what cannot be reached: "the runner is not able to access the S3 bucket", "uploads to the bucket
 * get a 403". S3 answers every refused call with 403 AccessDenied (or a bare 403 to a HEAD), so a bucket that cannot be
 * accessed or answers 403 is a refusal told in words, whatever words carry it. Only the refusal predicates pair with it
 * (a bucket that "does not exist" or "is empty" is no credential failure), and not in a clause about the network, TLS
 * included: "Unable to connect to S3 Endpoints using a self signed certificate" is a certificate the client does not
 * trust, not a refusal (IBM/jupyterlab-s3-browser#102, real-negatives tuning batch 2).
 */
const RESOURCE = /(?:^|[^\w-])(?:s3[ _-]?)?buckets?(?![\w-])|(?:^|[^\w-])s3(?: objects?)?(?![\w-])/gi;
const RESOURCE_REFUSAL = /(?:^|[^\w-])(?:40[13]|forbidden|(?:can(?:no|['’])?t|could ?n(?:o|['’])t|unable to|not able to|fail(?:s|ed|ing)? to|(?:does|do|did|is|are|was|were)(?: not|n['’]t)(?: have)?(?: (?:any|the))?(?: able to)?) (?:access(?:ing)?|reach|read(?: from)?|write(?: to)?|upload(?: to)?|download(?: from)?|list|connect to)(?: (?:to|from|into))?)(?![\w-])/gi;
const NETWORK_TALK = /\b(?:time[sd]? ?out|timeout|timing out|connection (?:refused|reset|closed)|network|dns|proxy|vpc endpoint|firewall|security group|self[- ]signed|certificates?|ssl|tls|x509)\b/i;

/**
 * A failure tied to the one-hour mark ("the PR check is failing when it hits the 1 hour mark", "uploads fail after an
 * hour"): role sessions last one hour unless asked for longer (STS API Reference, AssumeRole, DurationSeconds: "defaults
 * to one hour"), so a job that fails at that mark has outlived its credentials even when the words name none. The same
 * reading ranks it (context-hints' hint.expired, whose count is in its comment); here it only tells a failure in words.
 */
const HOUR_MARK = /\b(?:after|longer than|more than|past|hits?|hitting|reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|at)\s(?:the\s|about\s|exactly\s)?(?:an?|one|1)[ -]h(?:ours?|rs?)\b|\b60[ -]min(?:ute)?s?\b(?= mark)/i;
const HOUR_FAILURE = /\b(?:fail(?:s|ed|ing|ures?)?|errors?|expir(?:e|es|ed|ing)|stops? working|stopped working|breaks?|broke)\b/i;

/** Talk that a failure is over or never happened. */
export const SETTLED = /\b(?:thanks|thank you|thx|all good|works? (?:now|fine|again|great)|working (?:now|fine|again)|(?:is|was|got|now) (?:fixed|solved|resolved)|no (?:more )?(?:errors?|issues?|problems?)|without (?:any )?(?:errors?|issues?|problems?)|(?:did|does|do|has|have|had)(?: not|n['’]t) (?:fail|expire)\w{0,3}|successfully|(?:is|are|was) gone|went away|disappeared)\b/i;
/** A how-to question: asks for a way, not about a failure (unless a trouble word of its own is in it). */
export const HOW_TO = /^(?:\W{0,3})(?:how (?:do|can|should|to|would)|is (?:there|it possible)|what(?:['’]s| is) the (?:best|right|recommended|easiest)|does anyone know how|can (?:i|we|you|someone)|should (?:i|we)|any (?:way|tips?))\b/i;
/** A request, not a report: "please don't paste secret keys in this channel". */
export const IMPERATIVE = /^\W{0,3}(?:please\s)?(?:don['’]?t|do not|never)\b/i;
export const STRONG_TROUBLE = /\b(?:invalid|expired|unable|fail(?:s|ed|ing)?|denied|rejected|unauthori[sz]ed|forbidden|40[13]|errors?)\b/i;
const STRONG_FAILURE = /(?:^|[^\w-])(?:invalid|expired|unable|can(?:no|['’])t|could ?n(?:o|['’])t|fail(?:s|ed|ing|ures?)?|errors?|denied|reject(?:s|ed)?|unauthori[sz]ed|forbidden|40[13])(?![\w-])/gi;

/** A clause that starts by pointing back ("it didn't work", "this was not being passed down to our container"). */
export const ANAPHORA = /^\W{0,3}(?:(?:but|and|so|however|unfortunately|sadly|still|yet),?\s+)?(?:it|this|that|they|these|those|which)\b/i;
/**
 * An SDK's or server's error line that reads like words: "operation error IAM: CreateAccessKey, https response error
 * StatusCode: 409", or a code and its message ("EntityAlreadyExists: Role with name nat_ha_role already exists").
 */
export const TOOL_MARKS = /\b(?:StatusCode|RequestI[dD]|request id|status code|https response error)\b|\b(?:[A-Z][a-z]{1,15}){2,6}: [A-Z]/;

/**
 * A clock that drifts: AWS judges every signature by the request's time (RequestTimeTooSkewed, "Signature expired"), so
 * a clock off by minutes fails the credentials whatever they are ("EC2 clocks can drift by more than 15 minutes, causing
 * errors from S3"). The clock's own failure words, not any ("the wall clock is broken").
 */
const CLOCK_DRIFT = /\b(?:clocks?|system time|(?:local|server|machine|host) time)\b[^.;!?]{0,40}?\b(?:drift(?:s|ed|ing)?|skew(?:ed)?|out of sync|off by)\b|\b(?:clock|time)[ _-]?(?:drift|skew)\b|\b(?:device|system|local|server|machine|host|computer|phone|laptop)['’]?s? (?:time|clock|date)\b[^.;!?]{0,20}?\b(?:is|was|are|were|being|gets?|got) (?:set )?(?:wrong|incorrect|off|behind|ahead|not (?:correct|right|in sync|synced|synchroni[sz]ed))\b|\b(?:wrong|incorrect) (?:system|device|local|machine|server|host|computer|phone)['’]?s? (?:time|clock|date)\b/i;

/** A refusal rather than an unrecognised credential: the authorization family. */
const REFUSED_TALK = new RegExp(String.raw`\b(?:${REFUSALS.join('|')})\b`, 'i');

const AWS_OBJECT = new RegExp(String.raw`(?:^|[^\w-])(?:${AWS_OBJECTS.join('|')})(?![\w-])`, 'i');

/** The text names a credential object only AWS has (iam_role, a session token, IRSA …): worth a full reading. */
export function namesAwsCredentialObject(text: string): boolean {
  return AWS_OBJECT.test(text.length > MAX_LINE_CHARS * 4 ? text.slice(0, MAX_LINE_CHARS * 4) : text);
}
const OBJECT = new RegExp(String.raw`(?:^|[^\w-])(?:${[...AWS_OBJECTS, ...GENERIC_OBJECTS].join('|')})(?![\w-])`, 'gi');
const FAILURE = new RegExp(String.raw`(?:^|[^\w-])(?:${FAILURES.join('|')})(?![\w-])`, 'gi');
const ANY_FAILURE = new RegExp(FAILURE.source, 'i');
const BROKER = new RegExp(String.raw`(?:^|[^\w-])(?:${BROKERS.join('|')})(?![\w-])`, 'gi');

/** Clauses: sentences, and the two sides of a contrast ("I set up my credentials correctly but the upload fails"). */
export const CLAUSE_BREAK = /[.!?;]\s|\s(?:but|however|although|though|whereas|while|and then)\s|,\s(?=(?:but|however|although|though|whereas|so|which)\b)|\s[-–—]\s(?=[A-Za-z])/i;
/** At most this much of a line is read as words. */
export const MAX_LINE_CHARS = 600;
/** An object and its predicate stand this close or closer ("credentials … fail", "unable to load … credentials"). */
const MAX_GAP_CHARS = 60;

export type Talk = 'refused' | 'failure';

/** A word in double quotes, read without them. */
const QUOTED_WORD = /"([\w.:-]{1,40})"/g;
/** Identifiers written in code: an AWS object inside one names it too (renewIAMToken, GeneratePresignedURL). */
const IDENTIFIER = /\b[A-Za-z][A-Za-z0-9]{2,60}\b/g;

/**
 * snake_case identifiers: an AWS object inside one names it too (DuckDB's `load_aws_credentials('prod')`,
 * duckdb/duckdb-aws#14, batch 12), though the word boundary the object needs is an underscore there.
 */
const SNAKE_IDENTIFIER = /\b[A-Za-z][A-Za-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){1,6}\b/g;

/**
 * "GeneratePresignedURLRequest" -> "Generate Presigned URL Request": a space before a capital after a lower-case letter
 * or digit, and before the last capital of a run that a lower-case letter follows. The second was
 * `([A-Z]+)([A-Z][a-z])`, which tried a run of capitals from each of its capitals (recheck: quadratic); the lookahead
 * tries each capital once, and gives the same text (the pair the old one took, a capital and a lower-case letter,
 * never starts a match of either).
 */
export const spacedCamel = (id: string): string => id.replace(LOWER_UPPER, '$1 $2').replace(ACRONYM_END, '$1 ');
const LOWER_UPPER = /([a-z0-9])([A-Z])/g;
const ACRONYM_END = /([A-Z])(?=[A-Z][a-z])/g;

/**
 * The clause's camelCase and snake_case identifiers split into words ("GeneratePresignedURL" reads "Generate Presigned
 * URL", "load_aws_credentials" reads "load aws credentials").
 */
function identifierWords(clause: string): string {
  const camel = /[a-z][A-Z]/.test(clause) ? (clause.match(IDENTIFIER) ?? []).filter((w) => /[a-z][A-Z]/.test(w)) : [];
  const snake = clause.includes('_') ? (clause.match(SNAKE_IDENTIFIER) ?? []) : [];
  if (camel.length === 0 && snake.length === 0) return '';
  const words = camel.map(spacedCamel);
  return [...words, ...snake.map((id) => id.replace(/_/g, ' '))].join(' . ');
}

/** Start and end of every match of a global regex in a clause. */
export function spans(re: RegExp, clause: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether some span of `a` stands within MAX_GAP_CHARS of some span of `b`. */
function near(a: Array<[number, number]>, b: Array<[number, number]>): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => (s2 >= e1 ? s2 - e1 : s1 - e2) <= MAX_GAP_CHARS));
}

/** Whether a clause holds a credential object and a failure predicate near each other. */
function objectNearFailure(clause: string): boolean {
  const objects = spans(OBJECT, clause);
  if (objects.length > 0) {
    // A failure the clause only supposes ("if the credentials are not set, …") is none (supposed.ts).
    const supposed = supposedSpans(clause);
    const failures = spans(FAILURE, clause).filter(([s, e]) => !insideAny(supposed, s, e));
    if (near(objects, failures)) return true;
  }
  const brokers = spans(BROKER, clause);
  return brokers.length > 0 && near(brokers, spans(STRONG_FAILURE, clause));
}

/**
 * How a line talks about a credential failure, if it does. `awsContext`: the text names AWS or a tool that talks to it.
 * Inline code marks are read as words (`AWS_PROFILE` is ignored).
 */
export function credentialTalk(line: string, awsContext: boolean): Talk | undefined {
  // A sentence is short; a long line is output. The cap bounds the object × predicate pairs a clause can hold.
  const head = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
  const marked = head.includes('`') ? head.replace(/`/g, '') : head;
  // A quoted word is a word: 'the "profile" setting' reads as "the profile setting".
  const text = marked.includes('"') ? marked.replace(QUOTED_WORD, '$1') : marked;
  // Most prose says nothing fails: one look for a failure word (or a refusal) spares the clause reading.
  if (!ANY_FAILURE.test(text) && !REFUSED_TALK.test(text)) return undefined;
  if (TOOL_MARKS.test(text)) return undefined;
  let previous = '';
  for (const part of text.split(CLAUSE_BREAK)) {
    // "it didn't work", "This was not being passed down": the object is in the clause before.
    const clause = ANAPHORA.test(part) ? `${previous} ${part}` : part;
    previous = part;
    if (clause.length < 8 || SETTLED.test(part)) continue;
    if ((HOW_TO.test(clause) && !STRONG_TROUBLE.test(clause)) || IMPERATIVE.test(part)) continue;
    if (KUBECTL_REFUSAL.test(clause)) return 'refused';
    if (!awsContext && !AWS_OBJECT.test(clause) && !AWS_OBJECT.test(identifierWords(clause))) continue;
    if (REFUSED_TALK.test(clause)) return 'refused';
    if (CLOCK_DRIFT.test(clause) && ANY_FAILURE.test(clause)) return 'failure';
    if (objectNearFailure(clause)) return REFUSAL_WORDS.test(clause) ? 'refused' : 'failure';
    if (awsContext && HOUR_MARK.test(clause) && HOUR_FAILURE.test(clause)) return 'failure';
    if (!awsContext) continue;
    // The resource first: most clauses name none, and the refusal regex is the costlier read.
    const resources = spans(RESOURCE, clause);
    if (resources.length > 0 && !NETWORK_TALK.test(clause) && near(resources, spans(RESOURCE_REFUSAL, clause))) return 'refused';
  }
  return undefined;
}

export const CREDENTIAL_TALK_PATTERNS: RegExp[] = [HOUR_MARK, HOUR_FAILURE, RESOURCE, RESOURCE_REFUSAL, NETWORK_TALK, QUOTED_WORD, IDENTIFIER, SNAKE_IDENTIFIER, KUBECTL_REFUSAL, CLOCK_DRIFT, ANY_FAILURE, IMPERATIVE, BROKER, STRONG_FAILURE, ANAPHORA, TOOL_MARKS, REFUSAL_WORDS, SETTLED, HOW_TO, STRONG_TROUBLE, REFUSED_TALK, AWS_OBJECT, OBJECT, FAILURE, CLAUSE_BREAK];
