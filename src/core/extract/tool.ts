/**
 * Which tool printed the text (and its version), the service and operation called, the HTTP status
 * and the request id. Wrapper tools (Terraform, Serverless, CDK, GitHub Actions, kubectl) outrank the
 * SDK they embed.
 */
import { firstMatches, wordGate } from './anchors';
import { addSignal, setFact } from './draft';
import type { Extractor } from './types';

interface ToolPattern {
  tool: string;
  re: RegExp;
  rank: number;
  /** Capture group 1 is the version. */
  version?: boolean;
}

export const TOOL_PATTERNS: ToolPattern[] = [
  { tool: 'terraform', re: /Terraform v(\d{1,2}\.\d{1,3}\.\d{1,3})/, rank: 1, version: true },
  { tool: 'terraform', re: /registry\.terraform\.io\/hashicorp\/aws|Terraform AWS Provider|\btf_aws\.|validating provider credentials|\bterraform (?:plan|apply|init)\b|No valid credential sources found/i, rank: 1 },
  { tool: 'serverless', re: /\bframework (\d{1,2}\.\d{1,3}\.\d{1,3})/i, rank: 1, version: true },
  { tool: 'serverless', re: /^Deploying "?[\w.-]{1,80}"? to stage|Serverless Error|\bserverless (?:deploy|invoke|package)\b|\bsls deploy\b|AWS provider credentials not found|s:core:resolver/i, rank: 1 },
  { tool: 'cdk', re: /aws-cdk(?:-lib)?@?(\d{1,2}\.\d{1,4}\.\d{1,3})/, rank: 1, version: true },
  { tool: 'cdk', re: /\bcdk (?:deploy|synth|bootstrap|diff)\b|Need to perform AWS calls for account|Unable to resolve AWS account to use|Unable to determine the default AWS account/i, rank: 1 },
  { tool: 'github-actions', re: /aws-actions\/configure-aws-credentials@?v?(\d{1,2}(?:\.\d{1,3}){0,2})/, rank: 1, version: true },
  { tool: 'github-actions', re: /Credentials could not be loaded, please check your action inputs|Could not assume role with OIDC|##\[error\]|\bGITHUB_ACTIONS\b/, rank: 1 },
  { tool: 'kubectl', re: /Client Version: v(\d{1,2}\.\d{1,3}\.\d{1,3})/, rank: 1, version: true },
  { tool: 'kubectl', re: /You must be logged in to the server|\bkubectl\b|aws-iam-authenticator|could not get token:|\beks get-token\b/i, rank: 1 },
  { tool: 'aws-cli', re: /aws-cli\/(\d{1,2}\.\d{1,3}\.\d{1,3})/, rank: 2, version: true },
  { tool: 'aws-cli', re: /^aws: \[ERROR\]:|You can configure credentials by running "aws|^\s{0,4}\$ aws |^aws (?:sts|s3|iam|ec2|ecr|sso|configure|eks|lambda|dynamodb|sqs|sns|cloudformation|ssm)\b|awscli\//, rank: 3 },
  { tool: 'boto3', re: /\bBoto3\/(\d{1,2}\.\d{1,3}\.\d{1,3})/, rank: 2, version: true },
  { tool: 'boto3', re: /botocore\.(?:exceptions|errorfactory)|Traceback \(most recent call last\)|\bimport boto3\b|boto3\.(?:client|Session|resource)|site-packages\/botocore/, rank: 2 },
  { tool: 'aws-sdk-js-v3', re: /aws-sdk-js\/(3\.\d{1,4}\.\d{1,3})/, rank: 2, version: true },
  { tool: 'aws-sdk-js-v3', re: /AWS SDK for JavaScript \(v3\)|NodeVersionSupportWarning|@aws-sdk\/|@smithy\/|\$metadata|de_CommandError|CredentialsProviderError|httpStatusCode/, rank: 2 },
  { tool: 'aws-sdk-js-v2', re: /aws-sdk\/lib\/|Request\.extractError|CredentialsError: Missing credentials/, rank: 2 },
  { tool: 'aws-sdk-go-v2', re: /aws-sdk-go-v2\/(\d{1,2}\.\d{1,3}\.\d{1,3})/, rank: 2, version: true },
  { tool: 'aws-sdk-go-v2', re: /operation error [A-Za-z0-9 ]{1,40}: [A-Za-z0-9]{2,80}|https response error StatusCode|failed to refresh cached credentials|get identity: get credentials/, rank: 2 },
  { tool: 'aws-sdk-go', re: /^\s{0,8}status code: \d{3}, request id:|NoCredentialProviders|aws-sdk-go\/1\./, rank: 2 },
  { tool: 'aws-sdk-java-v2', re: /software\.amazon\.awssdk|\(Service: [A-Za-z0-9 ]{1,40}, Status Code: \d{3}/, rank: 2 },
  { tool: 'aws-sdk-java-v1', re: /com\.amazonaws\.|\(Service: [A-Za-z0-9 ]{1,40}; Status Code: \d{3}/, rank: 2 },
  // Service errors of the SDKs whose credential chains the catalogue names (qa38 F12): each SDK's own exception shape.
  // AWS Tools for PowerShell: cmdlet errors end with "FullyQualifiedErrorId : <.NET exception>,Amazon.PowerShell.Cmdlets.<svc>.<Cmdlet>"
  // (aws/aws-tools-for-powershell); it wraps the .NET SDK, so it outranks the .NET class names below.
  { tool: 'aws-tools-powershell', re: /\bAmazon\.PowerShell\.(?:Cmdlets|Common)\./, rank: 1 },
  // Ruby: one error class per service code under Aws::<Service>::Errors (aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/errors.rb).
  { tool: 'aws-sdk-ruby', re: /\bAws::[A-Z][A-Za-z0-9]{1,40}::Errors::[A-Z]|\/gems\/aws-sdk-(?:core|[a-z0-9]{2,30})-\d/, rank: 2 },
  // PHP: WrappedHttpHandler's 'Error executing "<Operation>" on "<url>"' and the Aws\ exception namespaces (aws-sdk-php src/).
  { tool: 'aws-sdk-php', re: /\bError executing "[A-Za-z0-9]{2,80}" on "https?:\/\/|\bAws\\{1,2}(?:[A-Za-z0-9]{1,40}\\{1,2}){0,2}Exception\\{1,2}[A-Z]/, rank: 2 },
  // .NET: Amazon.Runtime and the per-service exception classes (Amazon.S3.AmazonS3Exception, Amazon.SecurityToken.Model.…Exception).
  { tool: 'aws-sdk-net', re: /\bAmazon\.Runtime\.|\bAmazon\.[A-Z][A-Za-z0-9]{1,40}\.(?:Model\.)?Amazon[A-Za-z0-9]{1,40}Exception\b/, rank: 2 },
  // Rust: the smithy runtime's Debug form of a service error (ServiceError { … ErrorMetadata { code: Some(…) }) and its crates.
  { tool: 'aws-sdk-rust', re: /\bServiceError\(ServiceError \{|\bErrorMetadata \{ code: Some\(|\baws_sdk_[a-z0-9]{2,30}::|\baws_(?:config|smithy_[a-z_]{2,30})::/, rank: 2 },
  // C++: Aws::Client::AWSError<Aws::<Service>::<Service>Errors> (aws-sdk-cpp src/aws-cpp-sdk-core/include/aws/core/client/AWSError.h).
  { tool: 'aws-sdk-cpp', re: /\bAws::Client::AWSError\b|\bAws::[A-Z][A-Za-z0-9]{1,40}::[A-Z][A-Za-z0-9]{1,40}Errors\b/, rank: 2 },
  { tool: 'serverless', re: /^\s{0,4}✖ [A-Z]/, rank: 3 },
  { tool: 'aws-cli', re: /^\s{0,4}An error occurred \([A-Za-z0-9]{2,80}\) when calling the/, rank: 4 },
];

const OPERATION = /when calling the ([A-Za-z0-9]{2,80}) operation/;
const GO_OPERATION = /operation error ([A-Za-z0-9 ]{1,40}): ([A-Za-z0-9]{2,80})/;
const JAVA_SERVICE = /\(Service: ([A-Za-z0-9 ]{1,40})[;,] Status Code: (\d{3})/;
const XMLNS_SERVICE = /xmlns="https?:\/\/([a-z0-9-]{2,30})\.amazonaws\.com\/doc\//;
const JS_CLIENT = /@aws-sdk\/client-([a-z0-9-]{2,40})/;
const JS_COMMAND = /\b([A-Z][A-Za-z0-9]{2,60})Command\b/;
const TF_CALL = /calling ([a-z0-9-]{2,30}):([A-Za-z0-9]{2,80})|retrieving caller identity from STS/;
const CLI_COMMAND = /(?:^|\$ {0,2}|\b)aws (?:--[a-z-]{2,30}(?: [^\s-][^\s]{0,60})? ){0,3}(sts|iam|s3api|ec2|ecr|sso|lambda|dynamodb|sqs|sns|cloudformation|ssm|kms|eks|logs|secretsmanager) ([a-z][a-z0-9-]{1,60})/;
const STATUS = /(?:StatusCode:|Status Code:|status code:|httpStatusCode["']?:|"statusCode"\s{0,2}:|statusCode:|HTTP\/[12](?:\.[01])?"? |\bstatus:)\s{0,2}([45]\d\d)\b/;
const REQUEST_ID = /(?:RequestID: |request id: |Request ID: |<RequestId>|<RequestID>|requestId["']?:\s{0,2}["']|x-amzn-RequestId['"]?:\s{0,2}['"]?|"RequestId"\s{0,2}:\s{0,2}")([A-Za-z0-9-]{8,80})/i;

function kebabToPascal(s: string): string {
  return s.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

const SERVICE_NAMES: Record<string, string> = {
  sts: 'sts', 'security token service': 'sts', 's3': 's3', 'amazon s3': 's3', 'dynamodb': 'dynamodb', 'dynamo db': 'dynamodb', 'amazondynamodbv2': 'dynamodb',
  iam: 'iam', ec2: 'ec2', ecr: 'ecr', lambda: 'lambda', sqs: 'sqs', sns: 'sns', ssm: 'ssm', kms: 'kms', 'sso oidc': 'sso-oidc', sso: 'sso',
  cloudformation: 'cloudformation', 's3api': 's3', 'secretsmanager': 'secretsmanager', 'secrets manager': 'secretsmanager', kinesis: 'kinesis', 'cloudwatch logs': 'logs', logs: 'logs', eks: 'eks',
};

export function serviceName(raw: string): string {
  const k = raw.trim().toLowerCase();
  return SERVICE_NAMES[k] ?? k.replace(/\s+/g, '-');
}

const OPERATION_SERVICES: Array<[RegExp, string]> = [
  [/^(?:GetCallerIdentity|AssumeRole\w{0,30}|GetSessionToken|GetFederationToken|GetAccessKeyInfo|DecodeAuthorizationMessage)$/, 'sts'],
  [/^(?:ListBuckets|GetObject|PutObject|HeadObject|HeadBucket|ListObjects\w{0,4}|CreateMultipartUpload|UploadPart|DeleteObject|CreateBucket|GetBucket\w{0,30})$/, 's3'],
  [/^(?:DescribeTable|PutItem|GetItem|Query|Scan|UpdateItem|DeleteItem|BatchWriteItem|BatchGetItem|ListTables|CreateTable)$/, 'dynamodb'],
  [/^(?:DescribeInstances|DescribeRegions|RunInstances|DescribeVpcs|DescribeSubnets|DescribeSecurityGroups|DescribeImages)$/, 'ec2'],
  [/^(?:GetAuthorizationToken)$/, 'ecr'],
  [/^(?:ListUsers|GetUser|ListAccessKeys|CreateAccessKey|GetRole|CreateInstanceProfile|ListRoles|GetAccountSummary)$/, 'iam'],
  [/^(?:DescribeStacks|CreateStack|UpdateStack|DeleteStack)$/, 'cloudformation'],
  [/^(?:Invoke|ListFunctions|GetFunction)$/, 'lambda'],
  [/^(?:SendMessage|ReceiveMessage|GetQueueUrl)$/, 'sqs'],
  [/^(?:Publish)$/, 'sns'],
  [/^(?:GetParameter|GetParameters|GetParametersByPath)$/, 'ssm'],
  [/^(?:CreateToken|GetRoleCredentials)$/, 'sso'],
];

/** Multi-line copies: only the first match of each tool pattern matters, found in one whole-text scan. */
const TOOL_SCANS = TOOL_PATTERNS.map((p) => ({ ...p, re: new RegExp(p.re.source, `${p.re.flags.replace('g', '')}m`) }));
const firstOf = firstMatches(TOOL_SCANS.map((p) => p.re));

/** Words every match of the per-line status and request-id tests holds, lowercase (see wordGate). */
const lineWords = wordGate(['tatus', 'http', 'request']);

/** Per-line tests, compiled once (a regex literal inside the line loop is a new object on every line). */
const STATUS_WORD = /tatus|HTTP/i;
const REQUEST_ID_WORD = /request ?id|x-amzn-RequestId/i;

export const extractTool: Extractor = (ctx, draft) => {
  const words = lineWords(ctx.lower);
  const status = words('tatus') || words('http');
  const requestId = words('request');
  const first = firstOf(ctx.text, ctx.lower);
  const hits = TOOL_SCANS.map((p, i) => ({ p, m: first[i]! })).filter((h) => h.m !== null);
  for (const { p, m } of hits.sort((a, b) => a.m!.index - b.m!.index)) {
    const n = ctx.lineOf(m!.index);
    setFact(draft, 'tool', p.tool, ctx.loc(n), p.rank);
    if (p.version && m![1] && draft.facts.tool === p.tool) setFact(draft, 'toolVersion', m![1], ctx.loc(n), p.rank);
    addSignal(draft, `tool.${p.tool}`, ctx.loc(n));
  }
  ctx.lines.forEach((line, i) => {
    // What a line sets here depends on its text alone: a repeat sets nothing new.
    if (line.length < 4 || ctx.repeats(i)) return;
    const n = i + 1;
    const op = line.includes('operation') ? OPERATION.exec(line) ?? GO_OPERATION.exec(line) : null;
    if (op) {
      const isGo = op[2] !== undefined;
      setFact(draft, 'operation', isGo ? op[2]! : op[1]!, ctx.loc(n), 1);
      if (isGo) setFact(draft, 'service', serviceName(op[1]!), ctx.loc(n), 1);
    }
    if (line.includes('Service:')) {
      const j = JAVA_SERVICE.exec(line);
      if (j) {
        setFact(draft, 'service', serviceName(j[1]!), ctx.loc(n), 1);
        setFact(draft, 'httpStatus', Number(j[2]), ctx.loc(n), 1);
      }
    }
    if (line.includes('xmlns')) {
      const x = XMLNS_SERVICE.exec(line);
      if (x) setFact(draft, 'service', x[1] === 'queue' ? 'sqs' : x[1]!, ctx.loc(n), 2);
    }
    if (line.includes('@aws-sdk/client-')) {
      const c = JS_CLIENT.exec(line);
      if (c) setFact(draft, 'service', c[1]!, ctx.loc(n), 3);
    }
    if (line.includes('Command')) {
      const c = JS_COMMAND.exec(line);
      if (c && !/^(?:Send|Base|Smithy)$/.test(c[1]!)) setFact(draft, 'operation', c[1]!, ctx.loc(n), 3);
    }
    if (line.includes('calling ') || line.includes('caller identity')) {
      const t = TF_CALL.exec(line);
      if (t) {
        setFact(draft, 'service', t[1] ?? 'sts', ctx.loc(n), 2);
        setFact(draft, 'operation', t[2] ?? 'GetCallerIdentity', ctx.loc(n), 2);
      }
    }
    if (line.includes('aws ')) {
      const c = CLI_COMMAND.exec(line);
      if (c) {
        setFact(draft, 'service', serviceName(c[1]!), ctx.loc(n), 5);
        setFact(draft, 'operation', kebabToPascal(c[2]!), ctx.loc(n), 5);
      }
    }
    if (status && STATUS_WORD.test(line)) {
      const s = STATUS.exec(line);
      if (s) setFact(draft, 'httpStatus', Number(s[1]), ctx.loc(n), 2);
    }
    if (requestId && REQUEST_ID_WORD.test(line)) {
      const r = REQUEST_ID.exec(line);
      if (r) setFact(draft, 'requestId', r[1]!, ctx.loc(n), 2);
    }
  });
  const op = draft.facts.operation;
  if (op) {
    const svc = OPERATION_SERVICES.find(([re]) => re.test(op));
    if (svc) setFact(draft, 'service', svc[1], draft.facts.locations.operation, 3);
  }
};

export const TOOL_REGEXES: RegExp[] = [
  STATUS_WORD,
  REQUEST_ID_WORD,
  ...TOOL_PATTERNS.map((p) => p.re),
  OPERATION,
  GO_OPERATION,
  JAVA_SERVICE,
  XMLNS_SERVICE,
  JS_CLIENT,
  JS_COMMAND,
  TF_CALL,
  CLI_COMMAND,
  STATUS,
  REQUEST_ID,
  ...OPERATION_SERVICES.map(([re]) => re),
];
