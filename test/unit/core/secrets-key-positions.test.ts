/**
 * QA 37 F2: a secret access key one or two characters short (a damaged copy, what a SignatureDoesNotMatch user pastes) in
 * a key's position was neither redacted nor warned, and `diagnose --json` printed it in the excerpt of the line it stood
 * on; 40 or 41 characters were redacted (the shape rule). Each position is planted at 38, 39, 40 and 41 characters, and at
 * any length from 30 to 60: the value goes from the redacted text and from every output of a diagnosis, its kind is
 * reported (the poster is warned), and the evidence beside it (the key id, an ARN, a request id) stays.
 * Every key and key id is generated at run time.
 */
import fc from 'fast-check';
import { renderReport } from '../../../src/adapters/cli/diagnosis-report';
import { toJsonResult } from '../../../src/adapters/cli/diagnose-command';
import { diagnose } from '../../../src/core/diagnose';
import { redact } from '../../../src/core/redact';
import { leakedPieces } from '../../helpers/secret-shapes';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'.split('');
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.split('');
const chars = (alphabet: string[], n: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { minLength: n, maxLength: n }).map((a) => a.join(''));
/** A key of `n` characters with a key's mix (both cases, a digit / or +). */
const keyOf = (n: number): fc.Arbitrary<string> => chars(B64, n).filter((s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9/+]/.test(s));
const keyId = chars(B32, 16).map((b) => `AKIA${b}`);
const RUNS = 40;

const SIGNATURE_ERROR = 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.';

type Shape = [name: string, build: (secret: string, id: string) => string];

/** The positions of the finding and its addenda, and their near forms. */
const SHAPES: Shape[] = [
  ['aws configure set', (s) => `aws configure set aws_secret_access_key ${s}`],
  ['aws configure set --profile', (s) => `aws configure set aws_secret_access_key ${s} --profile dev`],
  ['aws configure set profile.dev.', (s) => `aws configure set profile.dev.aws_secret_access_key ${s}`],
  ['name, a blank, the value', (s) => `aws_secret_access_key ${s}`],
  ['name, a tab, the value', (s) => `aws_secret_access_key\t${s}`],
  ['env table row, one blank', (s, id) => `AWS_ACCESS_KEY_ID ${id}\nAWS_SECRET_ACCESS_KEY ${s}`],
  ['key id and value', (s, id) => `${id} ${s}`],
  ['key id, tab, value', (s, id) => `${id}\t${s}`],
  ['key id on its line, value on the next', (s, id) => `${id}\n${s}`],
  ['console credentials CSV row', (s, id) => `User name,Password,Access key ID,Secret access key,Console login link\ndeploy-bot,,${id},${s},https://123456789012.signin.aws.amazon.com/console`],
  ['id,secret', (s, id) => `${id},${s}`],
  ['s3fs passwd id:secret', (s, id) => `${id}:${s}`],
  ['new BasicAWSCredentials', (s, id) => `new BasicAWSCredentials("${id}", "${s}")`],
  ['AwsBasicCredentials.create', (s, id) => `AwsBasicCredentials.create('${id}','${s}')`],
  ['Go NewStaticCredentialsProvider', (s, id) => `credentials.NewStaticCredentialsProvider("${id}", "${s}", "")`],
  ['Java v1 constructor, key id in a variable', (s) => `AWSCredentials creds = new BasicAWSCredentials(accessKeyId, "${s}");`],
  ['Java v2 AwsSessionCredentials.create, variable', (s) => `AwsSessionCredentials.create(keyId, "${s}", token)`],
  ['Go v1 NewStaticCredentials, variable', (s) => `credentials.NewStaticCredentials(os.Getenv("KEY_ID"), "${s}", "")`],
  ['JavaScript v2 new AWS.Credentials, variable', (s) => `const creds = new AWS.Credentials(process.env.KEY_ID, '${s}');`],
  ['Ruby Aws::Credentials.new, variable', (s) => `Aws::Credentials.new(ENV['KEY_ID'], '${s}')`],
  ['Access key ID: … Secret: …', (s, id) => `Access key ID: ${id} Secret: ${s}`],
  ['Secret: alone', (s) => `Secret: ${s}`],
  ['console table: Secret access key', (s, id) => `Access key ID        ${id}\nSecret access key    ${s}`],
  ['prompt: Enter Secret Access Key:', (s) => `Enter S3 Secret Access Key:${s}`],
];

const leaks = (out: string, secret: string): string[] => leakedPieces(out, [secret]);

describe('a secret access key in a key position is a secret whatever its length (QA37 F2)', () => {
  it.each(SHAPES)('when a key of 38 to 41 characters is pasted as %s, then redaction removes it and names it a secret access key', (_name, build) => {
    fc.assert(
      fc.property(fc.constantFrom(38, 39, 40, 41).chain(keyOf), keyId, (secret, id) => {
        const text = build(secret, id);
        const r = redact(text);
        expect(leaks(r.text, secret)).toEqual([]);
        expect(r.kinds).toContain('secret-access-key');
        // the key id is evidence and stays (masked only where text is shown)
        if (text.includes(id)) expect(r.text).toContain(id);
        expect(r.text.split('\n')).toHaveLength(text.split('\n').length);
      }),
      { numRuns: RUNS },
    );
  });

  // From 30 characters: below, a random token reads as words now and then (1 in 1,700 at 16 characters, 1 in 30,000 at
  // 24), and such a token stays wherever it stands; a property over them would fail by chance.
  it.each(SHAPES)('when a key of 30 to 60 characters is pasted as %s beside a signature error, then no diagnosis output holds a piece and the secret is reported', (_name, build) => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 60 }).chain(keyOf), keyId, fc.boolean(), (secret, id, errorFirst) => {
        const line = build(secret, id);
        const d = diagnose(errorFirst ? `${SIGNATURE_ERROR}\n${line}` : `java -Daws.accessKeyId=${id} -jar app.jar\n${line}\n${SIGNATURE_ERROR}`);
        expect(leaks(JSON.stringify(toJsonResult(d)), secret)).toEqual([]);
        expect(leaks(renderReport(d), secret)).toEqual([]);
        // reported, so its poster is warned (past 40 characters the shape rule may name it a token first)
        expect(d.secretsFound.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('when a key opens with the letters of a label’s “is” or “was”, then it goes whole', () => {
    for (const secret of ['IS+XhXY+e7+K/r3cVOpNGlDr+QFqWQObLD+2lN', 'was/XhXY+e7+K/r3cVOpNGlDr+QFqWQObLD+2l']) {
      const r = redact(`aws configure set aws_secret_access_key ${secret}`);
      expect(r.text).toBe('aws configure set aws_secret_access_key [REDACTED:secret-access-key]');
    }
  });

  it('when the finding’s paste is diagnosed, then the 38-character value is counted, reported and in no excerpt', () => {
    const secret = 'Bn4Mc7Xz2Lk9Jh5Gf1Ds8Aq3Wp6Eo0Ri4Tu7Yy';
    expect(secret).toHaveLength(38);
    const d = diagnose(`java -Daws.accessKeyId=AKIAIOSFODNN7EXAMPLE -jar app.jar\naws configure set aws_secret_access_key ${secret}\n${SIGNATURE_ERROR}`);
    expect(d.redactions).toBe(1);
    expect(d.secretsFound).toEqual(['secret-access-key']);
    expect(JSON.stringify(toJsonResult(d))).not.toContain(secret.slice(0, 16));
  });
});

describe('what stands in a key position but is no key stays (no false redaction)', () => {
  const id = 'AKIAIOSFODNN7EXAMPLE';
  const STAYS: string[] = [
    // after a key id: the rows and lines AWS tools print with one
    `ACCESSKEYMETADATA\t${id}\t2024-03-01T10:22:31+00:00\tActive\tdeploy-bot`,
    `   access_key     ****************W2NB shared-credentials-file`,
    `${id} ProductionDeployUser`,
    `${id} arn:aws:iam::123456789012:user/Deploy2024Bot`,
    `${id} 4f3c2b1a-9d8e-4c7b-a6f5-e4d3c2b1a098`,
    `${id} 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`,
    `${id} MyBucketF68F3FF0`,
    `${id}, InvalidAccessKeyId`,
    `${id} dGhpcyBpcyBhIGJhc2U2NCBibG9iIG9mIHRleHQ=`,
    `Credential=${id}/20240301/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=`,
    `${id} /home/ec2-user/.aws/credentials`,
    // after a key's name or label: words, references, paths
    'aws_secret_access_key ConfiguredViaEnvironmentVariables',
    'aws configure set aws_secret_access_key $AWS_SECRET_ACCESS_KEY',
    'Secret: arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/Db2024-AbCdEf',
    'Secret access key /run/secrets/AwsKeys/prod1',
    'the secret key is rotated every 90 days',
    // an SDK constructor given references or words, not a key
    'new BasicAWSCredentials(accessKeyId, secretAccessKey)',
    'new AWS.Credentials(id, "ReadFromTheEnvironment")',
    'AwsBasicCredentials.create(props.getKeyId(), props.getSecretKey())',
  ];
  it.each(STAYS)('when %s is redacted, then nothing goes', (text) => {
    const r = redact(text);
    expect({ text: r.text, count: r.count }).toEqual({ text, count: 0 });
  });
});
