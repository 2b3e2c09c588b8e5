/**
 * The eval's definition of "the pastes already show the answer" (a question asked after that is
 * redundant): what an expert reading the opening and the later pastes would take as already shown,
 * both ways — a masked key id still shows its prefix, a caller identity printed as text or a table is
 * still a caller identity, an empty AWS_SESSION_TOKEN= shows that no token is set; while "we do not
 * use localstack" names no LocalStack endpoint and a role's JSON with an "Arn" is not get-caller-identity.
 *
 * It is deliberately independent of the engine's extractors (src/core/extract): it is the yardstick
 * they are measured with. Unit tests: test/unit/shown-in-pastes.test.ts.
 */

type Reader = (text: string) => boolean;

const anyOf =
  (...res: RegExp[]): Reader =>
  (t) =>
    res.some((re) => re.test(t));

// -------------------------------------------------------------------------------------------------
// key-prefix: a key id whose first four characters show, whole, masked or in words

/** A whole key id (AKIA/ASIA and 16 more), the documentation's example included. */
const KEY_ID = /(?<![A-Za-z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/;
/** Masked after the prefix: AKIA****, ASIA2BXO…, AKIAXXXX, ASIA[REDACTED], AKIA<redacted>. */
const MASKED_KEY = /(?<![A-Za-z0-9])(AKIA|ASIA)[A-Z0-9]{0,12}(?:\*{2,}|\.{2,}|…|[xX#]{4,}|\[(?:[Rr]edacted|REDACTED|[Mm]asked|MASKED|[Hh]idden|HIDDEN)[^\]]{0,20}\]|<(?:[Rr]edacted|REDACTED|[Mm]asked|MASKED|[Hh]idden|HIDDEN)>|_?REDACTED)/;
/** Cut before the prefix ends: `String awsKey = "AKI....";` (aws/aws-sdk-java#2313). */
const CUT_KEY = /(?<![A-Za-z0-9])A(K|S)I(?:\.{2,}|…|\*{2,})/;
/** In words: "it starts with ASIA", "begins with AKIA", "AKIA-prefixed". */
const KEY_WORDS = /\b(?:starts?|starting|begins?|beginning|prefix(?:ed)?)\b[^.\n]{0,25}?\b(AKIA|ASIA)\b|\b(AKIA|ASIA)[- ]prefixed\b/i;

function keyPrefixShown(t: string): boolean {
  if (KEY_ID.test(t)) return true;
  // "is it an AKIA... or an ASIA... key?" names both: no answer.
  const seen = new Set<string>();
  for (const re of [MASKED_KEY, KEY_WORDS]) {
    for (const m of t.matchAll(new RegExp(re.source, re.flags + 'g'))) seen.add((m[1] ?? m[2] ?? '').toUpperCase());
  }
  const cut = CUT_KEY.exec(t);
  if (cut) seen.add(cut[1] === 'K' ? 'AKIA' : 'ASIA');
  seen.delete('');
  return seen.size === 1;
}

// -------------------------------------------------------------------------------------------------
// session-token: set (with a value, a reference or a redaction) or visibly not set

const TOKEN_NAME = String.raw`(?:aws_session_token|AWS_SESSION_TOKEN|aws_security_token|AWS_SECURITY_TOKEN|X-Amz-Security-Token|SessionToken|sessionToken|session_token|aws-session-token|security_token)`;
/** `NAME = value`, `NAME: value`, `"NAME": "…"`, `NAME=` (empty: not set); `aws configure set aws_session_token X`. */
const TOKEN_SETTING = new RegExp(String.raw`(?<![\w-])${TOKEN_NAME}["']?[ \t]*[=:]|\baws configure set (?:aws_session_token|aws_security_token)\b|--session-token\b|\bunset\b[^\n]{0,60}\bAWS_SESSION_TOKEN\b`, 'i');
/** The container credentials endpoint's JSON ("Token": "…") and Terraform's provider block (token = "…"). */
const TOKEN_OTHER = /"Token"\s*:\s*"|\bprovider\s+"aws"\s*\{[^}]{0,400}\btoken\s*=/;
/** A signed request's headers: x-amz-security-token signed (a token was sent), or a temporary key signed without it. */
const SIGNED_WITH_TOKEN = /\bSignedHeaders=[\w;-]*x-amz-security-token/i;
const SIGNED_ASIA_WITHOUT = /Credential=ASIA[A-Z0-9]{16}\/[^\s,]+,\s*SignedHeaders=(?![\w;-]*x-amz-security-token)[\w;-]+/;

/** A block (no blank line inside) that sets the key id and the secret and says nothing of a token: not set. */
function keysWithoutToken(t: string): boolean {
  for (const block of t.split(/\n[ \t]*\n|\n(?=\s*\[[\w .-]+\]\s*$)/m)) {
    const id = /\baws_access_key_id\b["']?[ \t]*[=:]|\bAWS_ACCESS_KEY_ID\b["']?[ \t]*[=:]|"AccessKeyId"\s*:/i.test(block);
    const secret = /\baws_secret_access_key\b["']?[ \t]*[=:]|\bAWS_SECRET_ACCESS_KEY\b["']?[ \t]*[=:]|"SecretAccessKey"\s*:/i.test(block);
    if (id && secret && !/token/i.test(block)) return true;
  }
  return false;
}

/**
 * The SDK's credential class says it: a session class takes a token (BasicSessionCredentials, aws/aws-sdk-java#2313;
 * AwsSessionCredentials.create, aws/aws-sdk-java-v2#2067), a basic one has none (new BasicAWSCredentials(accessKey,
 * secretKey), aws/aws-encryption-sdk-java#9).
 */
const CREDENTIAL_CLASS = /\b(?:BasicSessionCredentials|AwsSessionCredentials|SessionAWSCredentials|BasicAWSCredentials|AwsBasicCredentials)\s*(?:\(|\.create\s*\()/;

const sessionTokenShown: Reader = (t) => CREDENTIAL_CLASS.test(t) || TOKEN_SETTING.test(t) || TOKEN_OTHER.test(t) || SIGNED_WITH_TOKEN.test(t) || SIGNED_ASIA_WITHOUT.test(t) || keysWithoutToken(t);

// -------------------------------------------------------------------------------------------------
// configure-list: `aws configure list` (CLI v1 and v2, spacing collapsed, header cut off, markdown)

/**
 * Its credential row, with or without the header (`access_key ****************ABCD shared-credentials-file`):
 * a header alone, or a table cut before that row, does not show where the credentials come from.
 */
const CONFIGURE_ROW = /^\s*\|?\s*(?:access_key|secret_key)\s*\|?\s+(?:\*{4,}\w{0,4}|<not set>)\s*\|?\s+(?:None|env|shared-credentials-file|config-file|sso|assume-role|iam-role|container-role|custom-process|process|manual|[\w-]{2,30})\b/im;
const configureListShown = anyOf(CONFIGURE_ROW);

// -------------------------------------------------------------------------------------------------
// caller-identity: get-caller-identity's output in any format, or an error that names the caller

const CALLER_IDENTITY: RegExp[] = [
  // JSON, one line or pretty, and Python's repr of boto3's dict: UserId beside Account or Arn.
  /["']UserId["']\s*:\s*["'][^"']+["'][\s\S]{0,200}?["'](?:Account|Arn)["']\s*:|["'](?:Account|Arn)["']\s*:\s*["'][^"']+["'][\s\S]{0,200}?["']UserId["']\s*:/,
  // --output yaml, Go's %+v, Java's toString: UserId and Account as keys.
  /\bUserId\s*[:=]\s*['"]?[A-Z0-9:@._-]+[\s\S]{0,200}?\bAccount\s*[:=]|\bAccount\s*[:=]\s*['"]?\d{12}[\s\S]{0,200}?\bUserId\s*[:=]/i,
  // Terraform's aws_caller_identity data source printed as outputs.
  /\baccount_id\s*=\s*"\d{12}"[\s\S]{0,300}?\buser_id\s*=\s*"|\buser_id\s*=\s*"[^"]+"[\s\S]{0,300}?\baccount_id\s*=\s*"\d{12}"/,
  // --output text: account, ARN, user id on one line (tabs or spaces).
  /^\s*\d{12}\s+arn:aws[\w-]*:(?:iam|sts)::\d{12}:\S+\s+[A-Z0-9]{16,}(?::\S+)?\s*$/m,
  // --output table.
  /\bGetCallerIdentity\b[^\n]*\|[\s\S]{0,400}?\bAccount\b[\s\S]{0,100}?\bArn\b[\s\S]{0,400}?\|\s*arn:aws[\w-]*:(?:iam|sts)::\d{12}:/,
  // An error naming who called: "User: arn:aws:iam::123456789012:user/ci is not authorized to perform".
  /\b(?:User|Principal|Identity):?\s+arn:aws[\w-]*:(?:iam|sts)::\d{12}:(?:user|assumed-role|role|root|federated-user)\b\S*\s+is not authorized\b/,
];
const callerIdentityShown = anyOf(...CALLER_IDENTITY);

// -------------------------------------------------------------------------------------------------
// target: a call meant for an opt-in region, China, GovCloud, or LocalStack / a local mock

const OPT_IN_OR_PARTITION_REGION = /\b(?:af-south-1|ap-east-[12]|ap-south-2|ap-southeast-[3-7]|ca-west-1|me-south-1|me-central-1|mx-central-1|eu-south-[12]|eu-central-2|il-central-1|cn-north-1|cn-northwest-1|us-gov-(?:west|east)-1)\b/;
const PARTITION = /amazonaws\.com\.cn\b|\barn:aws-(?:cn|us-gov):/;
/** LocalStack as an endpoint or a running thing, not as a word in a sentence. */
const LOCALSTACK_ENDPOINT = /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|localstack|host\.docker\.internal)(?::4566|:4510)\b|localhost\.localstack\.cloud|\bhttps?:\/\/localstack\b|\blocalstack\/localstack\b|\bLOCALSTACK_[A-Z_]+\b|\bawslocal\b|\btflocal\b|\bcdklocal\b|\bsamlocal\b/i;
/** Said in words ("we test against LocalStack", "our GovCloud account"), unless negated in the same clause. */
const TARGET_WORDS = /\b(?:localstack|gov ?cloud|china regions?|aws china|moto(?:_server)?)\b/i;
const NEGATED = /\b(?:not|no|never|without|nor|neither|instead of|rather than)\b|n't\b/i;

function targetShown(t: string): boolean {
  if (OPT_IN_OR_PARTITION_REGION.test(t) || PARTITION.test(t) || LOCALSTACK_ENDPOINT.test(t)) return true;
  // Clause by clause: "we do not use localstack" and "does it work with localstack?" say nothing of the target.
  for (const clause of t.split(/[.;!\n]|,\s*(?:but|and)\b/)) {
    const m = TARGET_WORDS.exec(clause);
    if (m && !NEGATED.test(clause.slice(0, m.index)) && !clause.slice(m.index).includes('?')) return true;
  }
  return false;
}

// -------------------------------------------------------------------------------------------------
// sign-in: how the credentials reach the runtime, as a paste shows it

const SIGN_IN: RegExp[] = [
  // aws configure list's Type column with a source (all <not set>/None shows no source).
  /^\s*\|?\s*access_key\s*\|?\s+\S+\s*\|?\s+(?:env|shared-credentials-file|config-file|sso|assume-role|assume-role-with-web-identity|iam-role|container-role|custom-process|process|manual)\b/im,
  // The SDK's or tool's own line: botocore, Terraform, Go SDK v2 and v1, Java, the JS SDK.
  /\bFound credentials (?:in|from) \w/,
  /\bAWS Auth provider used:\s*"?\w+/,
  /\bSource:\s*(?:EnvConfigCredentials|SharedConfigCredentials|SharedCredentialsProvider|EnvProvider|AssumeRoleProvider|WebIdentityCredentials|EC2RoleProvider|SSOProvider|ProcessProvider)\b/,
  /\bProviderName:\s*"?(?:EnvConfigCredentials|SharedConfigCredentials|SharedCredentialsProvider|EnvProvider|AssumeRoleProvider|WebIdentityCredentials|EC2RoleProvider|SSOProvider|ProcessProvider)\b/,
  // SSO: its errors and its profile settings.
  /\bSSO (?:session|[Tt]oken)\b[^\n]{0,80}\b(?:expired|invalid|refresh|loading|not found)|\bError loading SSO Token\b|\baws sso login\b|^\s*sso_(?:start_url|session|account_id|role_name)\s*=/im,
  // Assumed roles, web identity and the platform's credential endpoints named in config or errors.
  /^\s*(?:role_arn|source_profile|credential_source|credential_process|web_identity_token_file)\s*=/im,
  /\bAWS_WEB_IDENTITY_TOKEN_FILE\b|\bAWS_ROLE_ARN\b|\bAssumeRoleWithWebIdentity\b|\bWebIdentityErr\b|\brole-to-assume\s*:/,
  /\bAWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI\b|\bError retrieving credentials? from ECS\b|\bEcsCredentialProvider\b|\bTokenFileWebIdentityCredentials\b|\beks\.amazonaws\.com\/role-arn\b/,
  // `aws configure`'s own prompts: keys written to a profile.
  /\bAWS Access Key ID \[[^\]\n]{0,40}\]:/,
  // Keys handed in as environment variables (exported, in a CI job's env, docker -e) or kept in a profile.
  /^\s*(?:export\s+|set\s+|\$env:|-\s+)?AWS_ACCESS_KEY_ID\s*[=:]\s*\S/m,
  /(?:\s-e\s+|--env\s+)AWS_ACCESS_KEY_ID\b|\baws-access-key-id\s*:\s*\S/,
  /^\s*\[(?:default|profile [\w.-]+|[\w.-]+)\]\s*\n(?:[^\n]*\n){0,3}?\s*aws_access_key_id\s*=/m,
];
const signInShown = anyOf(...SIGN_IN);

// -------------------------------------------------------------------------------------------------
// runtime: where the failing call ran, from paths and variables only that place has

const RUNTIME: RegExp[] = [
  // CI: GitHub Actions' workspace and markers, GitLab's, CodeBuild's, Jenkins', CircleCI's, Bitbucket's.
  // Azure DevOps agents (F:\_a\1\_w\_tasks\…, log lines stamped 2019-06-12T18:14:39.1597700Z, aws/aws-toolkit-azure-devops#248).
  /\\_w\\_tasks\\|\/home\/vsts\/work\/|^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z /m,
  /\/home\/runner\/work\/|\bGITHUB_ACTIONS\b|##\[error\]|\bRun aws-actions\/|\bruns-on:|\bGITLAB_CI\b|\bCI_JOB_ID\b|Running with gitlab-runner|\/codebuild\/output\/|\bCODEBUILD_BUILD_ID\b|\/var\/lib\/jenkins\/|\/var\/jenkins_home\/|\bJENKINS_URL\b|\bCIRCLECI\b|\/home\/circleci\/|\bBITBUCKET_BUILD_NUMBER\b|\/opt\/atlassian\/pipelines\//,
  // Lambda.
  /\/var\/task\/|\/var\/runtime\/|\bAWS_LAMBDA_FUNCTION_NAME\b|^(?:START|END|REPORT) RequestId: /m,
  // ECS / a container credentials endpoint.
  /\bECS_CONTAINER_METADATA_URI(?:_V4)?\b|169\.254\.170\.2\b|\bAWS_CONTAINER_CREDENTIALS_RELATIVE_URI\b/,
  // Kubernetes: the service account token paths, kubectl's own commands against a pod.
  /\/var\/run\/secrets\/(?:eks\.amazonaws\.com|kubernetes\.io)\/serviceaccount\b|\bkubectl (?:logs|exec|describe pod)\b|\bKUBERNETES_SERVICE_HOST\b/,
  // An IRSA annotation on a service account; `kubectl get po` alone is a client command (it often runs in a CI job).
  /\beks\.amazonaws\.com\/role-arn\b/,
  // ECS or Lambda as the SDK's execution environment ("AWS_EXECUTION_ENV": "AWS_ECS_FARGATE", HENNGE/aiodynamo#150).
  /\bAWS_EXECUTION_ENV\W{1,5}AWS_(?:ECS|Lambda)/,
  // docker compose's log prefix ("web-1  | InvalidAccessKeyId: …", ibpsa/project1-boptest#771).
  /^[a-z][\w.-]*[-_]\d+\s+\|\s/m,
  // A workstation: a Windows user profile (not a CI runner's), with either slash or as a prompt
  // (C:\Users\Justin>, aws/aws-cli#7017; file:/C:/Users/…, testcontainers/testcontainers-java#3926), a macOS
  // home directory or Homebrew (/opt/homebrew/lib/python3.11, leeroybrun/glacier-vault-remove#51).
  /\b[A-Z]:[\\/]Users[\\/](?!runneradmin\b|runner\b|ContainerAdministrator\b|Default\b|Public\b)[^\\/\s>]+(?:[\\/]|>)|(?<![\w/])\/Users\/(?!runner\/)[\w.-]+\/|\/opt\/homebrew\//,
];
const runtimeShown = anyOf(...RUNTIME);

// -------------------------------------------------------------------------------------------------
// clock: an error that carries the clock's offset (the request's time against the server's)

const clockShown = anyOf(/\bRequestTimeTooSkewed\b|\bdifference between the request time and the (?:current|server) time is too large\b/i, /\bSignature not yet current\b/i, /\bSignature expired:\s*\d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z/i, /\bclock skew(?:ed)? (?:detected|correction|of)\b/i);

// -------------------------------------------------------------------------------------------------
// resource-account: an AccessDenied that names the caller's and the resource's accounts

const resourceAccountShown = anyOf(/\barn:aws[\w-]*:(?:iam|sts)::\d{12}:\S+ is not authorized to perform:? \S+ on resource:? "?arn:aws[\w-]*:[\w-]+:[\w-]*:\d{12}:/);

// -------------------------------------------------------------------------------------------------
// region-enabled: the opt-in status as the CLI prints it (get-region-opt-status, describe-regions)

const regionEnabledShown = anyOf(/\bRegionOptStatus["']?\s*[:=]\s*["']?(?:ENABLED|ENABLED_BY_DEFAULT|ENABLING|DISABLING|DISABLED)\b|\bOptInStatus["']?\s*[:=]\s*["']?(?:opted-in|not-opted-in|opt-in-not-required)\b/);

/** Per question: whether a paste shows its answer. Questions not here are shown only by the reporter's own words. */
export const SHOWN_IN_PASTES: Record<string, Reader> = {
  'key-prefix': keyPrefixShown,
  'session-token': sessionTokenShown,
  'configure-list': configureListShown,
  'caller-identity': callerIdentityShown,
  target: targetShown,
  'sign-in': signInShown,
  runtime: runtimeShown,
  clock: clockShown,
  'resource-account': resourceAccountShown,
  'region-enabled': regionEnabledShown,
};

export function shownBy(question: string, text: string): boolean {
  return SHOWN_IN_PASTES[question]?.(text) ?? false;
}
