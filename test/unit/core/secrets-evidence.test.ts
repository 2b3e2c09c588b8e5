/**
 * False redaction: evidence that looks random but cannot authenticate stays in the text, and is
 * never reported as a pasted secret (no private "rotate it" warning). A few hundred generated
 * shapes of each kind, each in the sentence it is pasted in.
 */
import fc from 'fast-check';
import { diagnose } from '../../../src/core/diagnose';
import { redact } from '../../../src/core/redact';

const RUNS = Number(process.env.EVIDENCE_RUNS ?? 0) || 300;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'.split('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('');
const HEX = '0123456789abcdef'.split('');
const chars = (alphabet: string[], min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));

const WORDS = 'Api Gateway Service Role Lambda Function Bucket Policy Default Execution Task Definition Cluster Node Group Deployment Stage Database Connection String Reports Sales Summary Final Customer Orders Invoice Backup Archive Monthly Quarterly Prod Staging Config Custom Resource Provider Handler Auto Delete Objects Subnet Private Route Table Security Log Events Stream Queue Topic Notification Pipeline Build Artifact Cache Vpc Endpoint Key Alias Secret Rotation Schedule'.split(' ');
const words = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((a) => a.join(''));
const account = chars('0123456789'.split(''), 12, 12);
const partition = fc.constantFrom('aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc');
const region = fc.constantFrom('us-east-1', 'eu-west-1', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'ap-southeast-2', 'eusc-de-east-1');
const sessionName = fc.oneof(
  chars(ALNUM, 24, 64),
  fc.integer({ min: 1_600_000_000, max: 1_800_000_000 }).map((n) => `botocore-session-${n}`),
  fc.tuple(words(1, 2), chars(ALNUM, 20, 40)).map(([w, r]) => `${w}-${r}`),
  fc.tuple(fc.constantFrom('jane.doe', 'ops', 'a.b'), fc.constantFrom('example.com', 'corp.example')).map(([u, d]) => `${u}@${d}`),
);
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

interface Shape {
  name: string;
  text: fc.Arbitrary<{ text: string; evidence: string }>;
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
    name: 'sha512 integrity hash',
    text: chars(B64, 86, 86).map((h) => ({ evidence: `sha512-${h}==`, text: `    "node_modules/@aws-sdk/client-sts": {\n      "integrity": "sha512-${h}==",` })),
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
    text: fc.tuple(words(4, 9), chars('0123456789ABCDEF'.split(''), 8, 8)).map(([w, h]) => ({ evidence: `${w}${h}`, text: `CREATE_FAILED | AWS::IAM::Role | ${w}${h} Resource handler returned message: "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:CreateRole"` })),
  },
  {
    name: 'path',
    text: fc.tuple(fc.constantFrom('/home/runner/work', '/Users/jane', 'C:\\Users\\jane', '/var/lib'), words(2, 4), words(2, 5)).map(([root, a, b]) => {
      const sep = root.includes('\\') ? '\\' : '/';
      const path = `${root}${sep}${a}${sep}${b}${sep}${a}${b}Config`;
      return { evidence: path, text: `Error: ENOENT: no such file or directory, open '${path}' while loading credentials` };
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
        expect(r.text).toContain(evidence);
        expect(r.count).toBe(0);
      }),
      { numRuns: RUNS },
    );
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
