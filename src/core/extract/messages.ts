/**
 * The exact message texts AWS services, SDKs and tools print (see docs/aws-domain.md), mapped to
 * signal ids. Messages matter because some tools (Java SDK v2, Serverless, GitHub Actions) print the
 * message without the error code.
 */
import type { CredentialSource } from '../diagnosis';
import { CATALOGUE } from '../rules/catalogue/index';
import { anchorLines, anchorsOf, firstMatches, liveFilter } from './anchors';
import { addSignal, setFact } from './draft';
import type { Draft, ExtractContext, Extractor } from './types';

/**
 * Another cloud named anywhere in the text: Google's (GCE, GCP), Azure's, DigitalOcean's, OpenStack's, Oracle's (OCI),
 * Hetzner's and Alibaba's metadata servers all answer at 169.254.169.254, so a failure to reach that address in such a
 * text is theirs. Read on the whole text, not the line: a wrapped paste puts the cloud's name a line above the address
 * ("…failed to authorize with the service.\n(Failed to open TCP connection to 169.254.169.254:80 …"). OCI as the
 * container format ("OCI runtime create failed") is not Oracle's cloud.
 */
const OTHER_CLOUD = /\b(?:google|gce|gcp|azure|digital ?ocean|droplet|openstack|oracle ?cloud|oci\b(?![ -](?:runtime|image|registry|artifact|index|manifest|spec|hook|layout|distribution)\b)|hetzner|alibaba|aliyun)/;
/** A runtime's failure to connect, told before the address (Ruby Net::HTTP, Node's net errors, curl): one list for both metadata endpoints. */
const CONNECT_FAILED = String.raw`(?:Failed to open TCP connection to|\bconnect E(?:TIMEDOUT|HOSTUNREACH|NETUNREACH|CONNREFUSED|CONNRESET)|Failed to connect to)`;
/** The web identity token's path after an OS error (msg.web-identity-file-missing: one tail for both errors). */
const TOKEN_PATH_AFTER = String.raw`:? {0,2}'?[^'\n]{0,200}(?:serviceaccount\/token|web[_-]?identity|token[_-]?file)`;

export interface MessagePattern {
  signal: string;
  re: RegExp;
  /** Optional: what to do with the first capture group. */
  capture?: 'profile' | 'arn' | 'provider';
  /** Optional: the pattern is not read in a text (lower-cased) this matches anywhere. */
  notInText?: RegExp;
  /** Optional: the pattern is read only in a text (lower-cased) this matches somewhere (a message other tools print too). */
  context?: RegExp;
}

export const MESSAGE_PATTERNS: MessagePattern[] = [
  // Key id unknown to the endpoint.
  { signal: 'msg.token-invalid', re: /security token included in the request is invalid|\bsecurity token is invalid/i },
  { signal: 'msg.key-not-in-records', re: /Access Key Id you provided does not exist in our records|access key ID provided does not exist in our records/i },
  { signal: 'msg.could-not-validate', re: /not able to validate the provided access credentials|provided credentials could not be validated/i },
  { signal: 'msg.token-malformed', re: /provided token is malformed or otherwise invalid/i },
  // Signature.
  { signal: 'msg.signature-mismatch', re: /request signature we calculated does not match the signature you provided/i },
  // The code written out as words, as people title their reports.
  { signal: 'msg.signature-mismatch', re: /\bSignature Does Not Match\b/ },
  { signal: 'msg.signature-expired', re: /Signature expired:? {0,2}\S{0,40} is now earlier than/i },
  { signal: 'msg.signature-not-yet-current', re: /Signature {1,3}not {1,3}yet {1,3}current/i },
  { signal: 'msg.time-too-skewed', re: /difference between the request time and the (?:current|server'?s?) time is too large/i },
  { signal: 'msg.request-timestamp-expired', re: /must be within \d{1,5} secs\/? of server time/i },
  { signal: 'msg.request-expired', re: /\bRequest has expired\b/i },
  // The query (SigV2) APIs name the request's own Timestamp parameter, which the client sets from its clock: the
  // request expires 15 minutes after it ("make sure your server's time is set correctly": SQS Developer Guide, About
  // the Time Stamp). MWS "Request signature is too far in the past and has expired. Timestamp date: …"
  // (python-amazon-mws#92 b17), Product Advertising "Request has expired. Timestamp date is …" (Exeu/Amazon-ECS-PHP-Library#31 b17).
  { signal: 'msg.request-timestamp-expired', re: /\bhas expired\. Timestamp date(?: is)?:? ?\d{4}-\d\d-\d\d/i },
  { signal: 'msg.credential-scope-date', re: /Date in Credential scope does not match/i },
  { signal: 'msg.credential-5-elements', re: /Credential must have exactly 5 slash-delimited elements/i },
  { signal: 'msg.credential-scope-region', re: /Credential should be scoped to a valid [Rr]egion/ },
  // S3 (AuthorizationHeaderMalformed / AuthorizationQueryParametersError): signed for another region than the bucket's.
  { signal: 'msg.credential-scope-region', re: /\bregion '[a-z0-9-]{2,30}' is wrong; expecting '/ },
  { signal: 'msg.auth-header-incomplete', re: /Authorization header requires '?(?:Credential|Signature|SignedHeaders)'? parameter/i },
  // S3's InvalidArgument for an Authorization header it cannot split into scheme and credential (an empty or mangled
  // key, the header built with no credentials: travis-ci/travis-ci#3142, aws-sdk-v1 deploying to S3), as S3-compatible
  // servers reproduce it (versity/versitygw s3err, ErrAuthHeaderEmpty: "Authorization header is invalid -- one and only
  // one ' ' (space) required."). An S3-compatible server refusing the signing scope's region (Garage: "Authorization
  // header malformed, unexpected scope: …/made-up-region/s3/aws4_request", phantomphoton/s3-compatible#28) is
  // S3's region mismatch in its own words. Conversation openings of batches 4 and 9.
  { signal: 'msg.auth-header-incomplete', re: /Authorization header is invalid -- one and only one ' ' \(space\) required/i },
  { signal: 'msg.credential-scope-region', re: /Authorization header malformed, unexpected scope: [\w/-]{0,80}\/aws4_request/i },
  // Expired sessions.
  { signal: 'msg.token-expired', re: /security token included in the request is expired|provided token has expired|\bExpiredToken: /i },
  { signal: 'msg.web-identity-token-expired', re: /Token expired: current date\/time|web identity token that was passed is expired/i },
  { signal: 'msg.sso-expired', re: /Token has expired and refresh failed|SSO session associated with this profile has expired|Token is expired\. To refresh this SSO session|cached SSO token is expired|refresh cached SSO token failed|SSO token .{0,40}expired|To refresh this SSO session run|in SSO Token\. Cannot refresh|Session token not found or invalid/i },
  // The SSO portal refusing the cached access token: GetRoleCredentials' modeled UnauthorizedException ("Indicates
  // that the request is not authorized. This can happen due to an invalid access token in the request.", AWS IAM
  // Identity Center Portal API Reference, GetRoleCredentials, Errors) and the unmodeled ForbiddenException the CLI
  // prints for it ("… when calling the GetRoleCredentials operation: No access"). Both codes are generic elsewhere
  // (AppSync, IoT …): only next to this operation do they mean the SSO session.
  { signal: 'msg.sso-role-refused', re: /\b(?:Unauthorized|Forbidden)Exception\b[^\n]{0,160}\bGetRoleCredentials\b|\bGetRoleCredentials\b[^\n]{0,160}\b(?:Unauthorized|Forbidden)Exception\b/ },
  { signal: 'msg.sso-token-missing', re: /Error loading SSO Token|Token for \S{1,80} does not exist/i },
  { signal: 'msg.login-expired', re: /Your session has expired or credentials have changed|Error loading login session token|reauthenticate (?:using|with) 'aws login'/i },
  { signal: 'msg.token-expired', re: /refreshed credentials are still expired|Error when retrieving credentials from [\w-]{1,40}: [^\n]{0,200}\b(?:expired|has expired)\b/i },
  { signal: 'msg.mfa-required', re: /Cannot refresh credentials: MFA token required/i },
  // Unsigned requests.
  { signal: 'msg.missing-auth-token', re: /\bMissing Authentication Token\b/i },
  // EC2's Query API answer to a request that carried no signature at all.
  { signal: 'msg.missing-auth-token', re: /request must contain the parameter AWSAccessKeyId/i },
  // Nothing in the chain.
  { signal: 'msg.no-credentials', re: /Unable to locate credentials|Could not load credentials from any providers|Unable to load (?:AWS )?credentials from any (?:of the )?providers? in the chain|no valid providers in chain|No valid credential sources (?:found|for [\w ]{1,40} found)|AWS provider credentials not found|AWS credentials missing or invalid|Missing credentials in config|but no credentials have been configured/i },
  // boto3 code that reads a key off `Session().get_credentials()` when the chain found nothing: botocore returns None there
  // ("If we got here, no credentials could be found. This feels like it should be an exception, but historically, ``None``
  // is returned", CredentialResolver.load_credentials, boto/botocore botocore/credentials.py at f890c8b1), so Python says
  // the None has no `access_key` (cogeotiff/rio-tiler#18). No request was made; not a key without its token. Any Python
  // code says so of any None (an OAuth session's `token`, a MinIO config's `access_key`: review R34d-4), so only with AWS
  // in the text: botocore's own method name, a boto package, or the word AWS (rio-tiler#18: "I need to set my AWS access key").
  { signal: 'msg.no-credentials', re: /'NoneType' object has no attribute '(?:access_key|secret_key|token|get_frozen_credentials)'/, context: /\baws\b|boto(?:core|3)|get_(?:frozen_)?credentials/ },
  // The shared credentials or config file does not exist where the tool looked, told in the runtime's own words for a
  // missing file: Go's PathError ("open /root/.aws/credentials: no such file or directory", golang/go src/io/fs/fs.go
  // PathError.Error: Op + " " + Path + ": " + Err; hypnoglow/helm-s3#15, aws/copilot-cli#2937), Java's
  // FileNotFoundException ("/root/.aws/credentials (No such file or directory)"), Node's uvException ("ENOENT: no such
  // file or directory, open '/home/me/.aws/credentials'", nodejs/node lib/internal/errors.js; aws-cdk-guide#73,
  // serverless-better-credentials#8), Python's OSError ("[Errno 2] No such file or directory: '/root/.aws/credentials'").
  // A tool that reads only that file had nothing: the chain came up empty. Not the SSO cache's files (sso.cache-missing).
  // The runtime's shape only (R35b-7): the path is one word after the operation, an exception name, a `tool: ` prefix
  // or a line's start, so prose quoting the docs ("if ~/.aws/credentials: No such file … appears") is not a failure met.
  { signal: 'msg.shared-file-missing', re: /(?:^|\b(?:open|stat|lstat|access) |Exception: |: )['"]?[^\s'"]{0,200}?\.aws[\\/](?:credentials|config)(?![\w-]|\.\w)['"]?:? {0,2}\(?(?:no such file or directory|The system cannot find the (?:file|path) specified)/im },
  { signal: 'msg.shared-file-missing', re: /(?:no such file or directory|ENOENT)[,:]? {0,2}(?:(?:open|stat|lstat|access) )?['"]?[^\s'"]{0,200}?\.aws[\\/](?:credentials|config)(?![\w-]|\.\w)/i },
  // S3: the Authorization header carried an empty access key id (no credentials were loaded).
  { signal: 'msg.empty-access-key', re: /a non-empty Access Key \(AKID\) must be provided in the credential/i },
  { signal: 'msg.cdk-no-account', re: /Unable to resolve AWS account to use/i },
  { signal: 'msg.gha-credentials', re: /Credentials could not be loaded, please check your action inputs/i },
  { signal: 'msg.partial-credentials', re: /Partial credentials found in|'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided/i },
  // Profiles.
  { signal: 'msg.profile-not-found', re: /config profile \(([^)\s]{1,100})\) could not be found/i, capture: 'profile' },
  { signal: 'msg.profile-not-found', re: /failed to get shared config profile, {0,2}([^\s,]{1,100})/i, capture: 'profile' },
  { signal: 'msg.profile-not-found', re: /Could not resolve credentials using profile: {0,2}\[([^\]\s]{1,100})\]/i, capture: 'profile' },
  { signal: 'msg.profile-not-found', re: /source_profile "([^"]{1,100})" referenced in the profile "[^"]{1,100}" does not exist/i, capture: 'profile' },
  { signal: 'msg.profile-not-found', re: /profile "?([\w.@-]{1,64})"? (?:could not be found|was not found|not found|does not exist)/i, capture: 'profile' },
  // The .NET SDK's ProfileManager (v3.x) for a profile it cannot find or read.
  { signal: 'msg.profile-not-found', re: /A profile named ([\w.@-]{1,64}) has not been registered/, capture: 'profile' },
  { signal: 'msg.source-profile-no-creds', re: /source profile "[^"]{1,100}" must have credentials/i },
  // Roles, metadata, web identity.
  { signal: 'msg.imds-no-role', re: /no EC2 IMDS role found|EC2RoleRequestError|no EC2 instance role found/i },
  // Go's url.Error ("Get \"{url}\": {err}", net/url url.go; unquoted before Go 1.14) on the metadata service's
  // credential or token path: whatever the error after it (a timeout, "net/http: request canceled while waiting for
  // connection", a refusal), the SDK's request for the role's credentials did not come back (aws/aws-sdk-go#217,
  // aws/aws-sdk-go-v2#105).
  { signal: 'msg.imds-unreachable', re: /\b(?:Get|PUT) "?https?:\/\/169\.254\.169\.254\/latest\/(?:meta-data\/iam\/security-credentials|api\/token)\/?[\w.@+-]{0,128}"?: \S/ },
  // The credentials path answered with a refusal: with IMDSv2 required, a request without the metadata token is answered
  // 401 on every path (EC2 User Guide, "Use the Instance Metadata Service to access instance metadata"), so on this path
  // the role's credentials were not had ("`169.254.169.254/latest/meta-data/iam/security-credentials/` will return 401
  // error", jcberquist/aws-cfml#92, batch 14; kiam's `"path":"/latest/meta-data/iam/security-credentials/","status":404`,
  // uswitch/kiam#391, batch 4). A 401 elsewhere on the service is the metadata token's own (prose-report.ts).
  { signal: 'msg.imds-unreachable', re: /meta-data\/iam\/security-credentials\/?[\w.@+-]{0,128}[^\n]{0,40}?\b(?:40[134]|Unauthori[sz]ed|Forbidden)\b/i },
  { signal: 'msg.imds-unreachable', re: /attempting to retrieve data from metadata service|Failed to connect to (?:service endpoint|IMDS)|EC2 Instance Metadata Service access disabled/i },
  // The address then a failure: the SDKs' own lines ("…169.254.169.254… timed out"), unless another cloud is named
  // ("Google::Cloud::Logging failed: Connection to 169.254.169.254 timed out").
  { signal: 'msg.imds-unreachable', re: /169\.254\.169\.254.{0,80}(?:timeout|timed out|refused|unreachable|i\/o timeout|fail(?:ed|s|ure)?\b|no route to host)/i, notInText: OTHER_CLOUD },
  // The same failure told by the runtime before the address: Ruby's Net::HTTP ("Failed to open TCP connection to
  // 169.254.169.254:80 (execution expired)", net/http.rb connect, as aws-sdk-ruby and fog print it off EC2), Node's net
  // errors ("connect ETIMEDOUT 169.254.169.254:80"), curl's "Failed to connect to 169.254.169.254 port 80". Google's and
  // Azure's metadata servers answer at the same address: a text naming them is theirs ("Google::Cloud::Logging is
  // disabled because it failed to authorize with the service. (Failed to open TCP connection to 169.254.169.254:80 …").
  { signal: 'msg.imds-unreachable', re: new RegExp(String.raw`${CONNECT_FAILED} 169\.254\.169\.254\b`, 'i'), notInText: OTHER_CLOUD },
  { signal: 'msg.container-creds-failed', re: new RegExp(String.raw`${CONNECT_FAILED} 169\.254\.170\.2\b`, 'i') },
  { signal: 'msg.provider-failed', re: /Error when retrieving credentials from ([\w-]{1,40})/i, capture: 'provider' },
  { signal: 'msg.container-creds-failed', re: /169\.254\.170\.2.{0,120}(?:refused|timeout|timed out|error|404)|(?:failed to load|unable to load) credentials from (?:the )?container|ECS credential provider/i },
  // The web identity token file missing or unreadable: Python's "[Errno 13] Permission denied: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token'"
  // (botocore utils.py reading _web_identity_token_path), Go's "open …/serviceaccount/token: permission denied". The path
  // is where EKS mounts the projected token (aws/amazon-eks-pod-identity-webhook, AWS_WEB_IDENTITY_TOKEN_FILE).
  // Each error's words open an alternative of their own: the shared literal scan finds an anchor only in a top-level one.
  { signal: 'msg.web-identity-file-missing', re: new RegExp(String.raw`No such file or directory${TOKEN_PATH_AFTER}|Permission denied${TOKEN_PATH_AFTER}|(?:unable|failed) to read (?:the )?web identity token|serviceaccount\/token:? {1,2}(?:permission denied|no such file or directory)`, 'i') },
  // STS says "No OpenIDConnect provider found in your account for <issuer>"; logs that retell it drop the "your" (QA37 F11:
  // aws-samples/aws-secret-sidecar-injector#30, kubernetes/kops#15429, after a "WebIdentityError: Failed to retrieve credentials.").
  { signal: 'msg.oidc-provider-missing', re: /No OpenIDConnect provider found in (?:your )?account|Couldn't retrieve verification key from your identity provider/i },
  // A tool's advice names `id-token: write` inside its message ("Did you remember to add `id-token: write` to your
  // workflow permissions?"); the same words alone on a line are a workflow's permissions block, configuration a prose
  // opening quotes (aws-actions/configure-aws-credentials#1396), not an error: the words need something before them on
  // their line (a look back would do the same, but the regex-safety check cannot analyse one).
  { signal: 'msg.gha-oidc', re: /Could not assume role with OIDC|Could not assume role with web identity token file|Could not get ID token|\S[ \t]*id-token: write/i },
  // STS AssumeRoleWithWebIdentity answers (API reference): the token's aud is not a client id of the
  // OIDC provider; the role ARN given is not an ARN (an unexpanded variable, usually).
  { signal: 'msg.token-audience', re: /Incorrect token audience/i },
  { signal: 'msg.role-arn-invalid', re: /Request ARN is invalid/i },
  { signal: 'msg.webidentity-not-authorized', re: /Not authorized to perform sts:AssumeRoleWithWebIdentity/i },
  { signal: 'msg.web-identity', re: /AssumeRoleWithWebIdentity|WebIdentityErr|web[_ ]identity[_ ]token[_ ]file|AWS_WEB_IDENTITY_TOKEN_FILE/i },
  { signal: 'msg.irsa', re: /eks\.amazonaws\.com\/role-arn|\/var\/run\/secrets\/eks\.amazonaws\.com|serviceaccount.{0,40}(?:annotation|IRSA)|\bIRSA\b/i },
  // Authorization (the caller was recognised).
  // A console's table cell copied out keeps its wrap as a run of spaces ("is not authorized   to perform CreateLogGroup",
  // a CloudFormation event's status reason, awslabs/aws-well-architected-labs#747, batch 12).
  { signal: 'msg.not-authorized', re: /\bis\s{1,4}not\s{1,4}authorized\s{1,4}to\s{1,4}perform\b|You are not authorized to perform this operation/i },
  { signal: 'msg.arn-principal', re: /User: {0,2}(arn:aws[a-z-]{0,12}:[a-z0-9-]{2,20}::\d{12}:[^\s,]{1,200}) is not authorized/, capture: 'arn' },
  { signal: 'msg.explicit-deny', re: /with an explicit deny/i },
  { signal: 'msg.scp', re: /service control policy/i },
  { signal: 'msg.no-policy', re: /because no (?:identity|resource|session)-based policy allows/i },
  { signal: 'msg.encoded-authz', re: /Encoded authorization failure message/i },
  { signal: 'msg.s3-access-denied', re: /<Message>Access Denied<\/Message>|\(AccessDenied\)[^:]{0,80}: Access Denied/ },
  // Java v1/v2 print S3's 403 without a code when the response had no body (HEAD) or the code was not parsed.
  { signal: 'msg.s3-access-denied', re: /\b(?:Access Denied|Forbidden) \(Service: (?:Amazon )?S3[;,] Status Code: 403|\bAws::S3::Errors::Forbidden\b/ },
  { signal: 'msg.eks-no-access', re: /current IAM principal doesn't have access to Kubernetes objects/i },
  { signal: 'msg.cfn-403', re: /\b(?:CREATE|UPDATE|DELETE)_FAILED\b[^\n]{0,200}\(Service: [A-Za-z0-9 ]{1,40}[,;] Status Code: 403\b/ },
  // Kubernetes RBAC refusing a user. A service account ("system:serviceaccount:<ns>:<name>") is the cluster's own
  // identity, never an IAM principal mapped in by EKS: its refusal is a missing Role/RoleBinding, not an AWS failure
  // (k8s.io/apiserver RBAC: `… is forbidden: User "system:serviceaccount:kube-system:x" cannot list resource …`).
  { signal: 'msg.k8s-forbidden', re: /\bis forbidden: User "(?!system:serviceaccount:)/ },
  // Kubernetes / EKS authentication.
  { signal: 'msg.kubectl-unauthorized', re: /You must be logged in to the server|server has asked for the client to provide credentials/i },
  { signal: 'msg.eks-get-token-failed', re: /could not get token: /i },
  // Regions and endpoints.
  { signal: 'msg.sts-region-disabled', re: /STS is not activated in this region/i },
  // WAL-G resolves the bucket's region itself when none is set, and says so when that fails: "AWS_REGION is not set and
  // s3:GetBucketLocation failed" (wal-g/wal-g internal/storages/s3/session.go, getAWSRegion), since its move to
  // pkg/storages/s3 (configureSession) "AWS region isn't configured explicitly: detect region: …"; conversations batch
  // 18's zalando/postgres-operator#1233. Only the env name with "is not set": "region is not set" in words is prose-report's.
  { signal: 'msg.region-missing', re: /You must specify a region|an AWS region is required, but was not found|Missing region in config|\bregion is missing\b|could not find region configuration|Missing required AWS_REGION|\bAWS_REGION is not set\b|\bAWS region isn't configured explicitly\b|\bMissingRegion\b|\bNoRegionError\b/i },
  // Credential-source conflicts.
  { signal: 'msg.tf-profile-env-conflict', re: /A Profile was specified along with the environment variables|Configuration conflict detected/i },
  { signal: 'msg.js-multiple-sources', re: /Multiple credential sources detected|Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/i },
  { signal: 'msg.js-skip-env', re: /AWS_PROFILE is set, skipping fromEnv provider/i },
  { signal: 'msg.skipping-env', re: /Skipping environment variable credential check because profile name was explicitly set/i },
  { signal: 'msg.account-mismatch', re: /account ID of the provided credentials \(\S{1,20}\) does not match/i },
  // API Gateway's "Missing Authentication Token" for a wrong path is not a credential error.
  { signal: 'msg.api-gateway', re: /execute-api\.[a-z0-9-]{1,30}\.amazonaws\.com|\bAPI Gateway\b|"message"\s{0,2}:\s{0,2}"Missing Authentication Token"\s{0,2}\}/i },
];

/** A cheap first look: lines with none of these words cannot match any message pattern. */
const PREFILTER = /token|credential|signature|authori[sz]|denied|expire|profile|region|imds|metadata|identity|oidc|login|logged in|locate|provider|account|skew|time|records|validate|slash|deny|policy|kubernetes|forbidden|sso|169\.254|irsa|assume|Error|error|scoped|session/i;

const PROVIDER_SOURCES: Record<string, CredentialSource> = {
  'container-role': 'container-role',
  'iam-role': 'iam-role',
  'custom-process': 'custom-process',
  sso: 'sso',
  'assume-role': 'assume-role',
  'assume-role-with-web-identity': 'assume-role-with-web-identity',
  env: 'env',
};

function capture(draft: Draft, ctx: ExtractContext, kind: MessagePattern['capture'], value: string, n: number): void {
  if (kind === 'profile') setFact(draft, 'profile', value.replace(/^['"]|['"]$/g, ''), ctx.loc(n), 1);
  else if (kind === 'arn') setFact(draft, 'arn', value, ctx.loc(n), 2);
  else if (kind === 'provider' && PROVIDER_SOURCES[value]) setFact(draft, 'credentialSource', PROVIDER_SOURCES[value], ctx.loc(n), 2);
}

/** Below this size one scan of the whole text per pattern is cheaper than testing every line. */
const WHOLE_TEXT_LIMIT = 64 * 1024;

const liveOf = liveFilter(MESSAGE_PATTERNS.map((p) => p.re));
const firstOf = firstMatches(MESSAGE_PATTERNS.map((p) => p.re));
const linesOf = anchorLines(MESSAGE_PATTERNS.map((p) => p.re));

function vetoed(p: MessagePattern, lower: string): boolean {
  return (p.notInText !== undefined && p.notInText.test(lower)) || (p.context !== undefined && !p.context.test(lower));
}

export const extractMessages: Extractor = (ctx, draft) => {
  // Patterns whose fixed words appear nowhere in the text cannot match any line of it.
  if (ctx.text.length <= WHOLE_TEXT_LIMIT) {
    // Only the first match of each pattern matters (signals are de-duplicated), in text order.
    const first = firstOf(ctx.text, ctx.lower);
    const hits = MESSAGE_PATTERNS.map((p, i) => ({ p, m: first[i]! })).filter((h) => h.m !== null && !vetoed(h.p, ctx.lower));
    for (const { p, m } of hits.sort((a, b) => a.m!.index - b.m!.index)) {
      const n = ctx.lineOf(m!.index);
      addSignal(draft, p.signal, ctx.loc(n), p.capture === 'provider' ? m![1] : undefined);
      if (p.capture && m![1]) capture(draft, ctx, p.capture, m![1], n);
    }
    return;
  }
  const flags = liveOf(ctx.lower);
  const on = linesOf(ctx.text, ctx.lower, ctx.lineOf);
  const live = MESSAGE_PATTERNS.map((p, k) => ({ p, on: on[k], done: false })).filter((x, k) => flags[k] && !vetoed(x.p, ctx.lower));
  if (live.length === 0) return;
  // A line that holds no live pattern's anchor is skipped whole.
  const anyLine = live.some((x) => !x.on);
  const from = Math.min(...live.map((x) => x.on?.from ?? Infinity));
  const some = new Set(live.flatMap((x) => (x.on ? [...x.on.lines] : [])));
  // A pattern that captures nothing adds only its signal, kept the first time (addSignal keeps one per id and detail): once
  // it has matched it is not run again, and once every pattern is so done the rest of the log is not read (a long log
  // repeats its error on line after line). A capturing pattern runs on: another match may name another provider.
  let open = live.length;
  for (let i = 0; i < ctx.lines.length && open > 0; i++) {
    const line = ctx.lines[i]!;
    if (line.length < 6 || !(anyLine || i >= from || some.has(i)) || !PREFILTER.test(line)) continue;
    const n = i + 1;
    for (const x of live) {
      const { p, on: lines } = x;
      if (x.done || (lines && i < lines.from && !lines.lines.has(i))) continue;
      const m = p.re.exec(line);
      if (!m) continue;
      addSignal(draft, p.signal, ctx.loc(n), p.capture === 'provider' ? m[1] : undefined);
      if (p.capture && m[1]) capture(draft, ctx, p.capture, m[1], n);
      if (!p.capture) {
        x.done = true;
        open--;
      }
    }
  }
};

/**
 * Every message and catalogue pattern that has fixed words: diagnose's cheap first look (a list of AWS and credential
 * words) lets a text through when it holds one of these messages even with none of its words — a title that is
 * STS's "No OpenIDConnect provider found in your account" names neither AWS nor a credential.
 */
const ANCHORED = [...MESSAGE_PATTERNS.map((p) => p.re), ...CATALOGUE.map((e) => e.re)].filter((re) => anchorsOf(re) !== undefined);
const anchoredLive = liveFilter(ANCHORED);

/** The text holds a message an SDK, a tool or a service prints (the context a catalogue entry also needs is not asked). */
export function holdsKnownMessage(text: string): boolean {
  const live = anchoredLive(text.toLowerCase());
  for (let k = 0; k < ANCHORED.length; k++) {
    if (!live[k]) continue;
    const re = ANCHORED[k]!;
    re.lastIndex = 0;
    const hit = re.test(text);
    re.lastIndex = 0;
    if (hit) return true;
  }
  return false;
}

export const MESSAGE_REGEXES: RegExp[] = [...MESSAGE_PATTERNS.flatMap((p) => (p.context ? [p.re, p.context] : [p.re])), PREFILTER, OTHER_CLOUD];
