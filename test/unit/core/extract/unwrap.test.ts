/**
 * Messages hard-wrapped across lines are read whole, and every line keeps its number.
 * Terraform wraps its diagnostics to the terminal width inside the `│ ` frame (hashicorp/terraform
 * internal/command/format/diagnostic.go); terminals, e-mail replies and `> ` quotes wrap the others.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { joinCutLines, unwrapLines } from '../../../../src/core/extract/unwrap';
import { MAX_LINE_CHARS } from '../../../../src/core/normalise';

describe('wrapped messages', () => {
  it.each([
    ['a terminal wrap of an error printed without its code', 'Error: The security token included in the\nrequest is invalid.'],
    ['a quoted reply', '> Unable to locate\n> credentials. You can configure credentials by running "aws configure".'],
    ['a Terraform frame', '│ Error: configuring Terraform AWS Provider: no valid credential sources for Terraform AWS Provider\n│ found.\n│\n│ Please see https://registry.terraform.io/providers/hashicorp/aws'],
  ])('when %s splits the message, then it is still recognised', (_shape, text) => {
    const d = diagnose(text);
    expect(d.detected).toBe(true);
    // Recognised from the message itself, not from a sentence that merely names credentials.
    expect(d.toldInWords).toBeUndefined();
    expect(d.causes[0]!.evidence.some((e) => e.id.startsWith('prior.reported'))).toBe(false);
  });

  it('when "Unable to locate\\ncredentials" is wrapped, then the empty chain is the cause', () => {
    expect(diagnose('Unable to locate\ncredentials. You can configure credentials by running "aws configure".').causes[0]!.id).toBe('no-credentials-found');
  });

  it('when lines are joined, then every line keeps its number and the joined line carries the sentence', () => {
    const out = unwrapLines(['The security token included in the', 'request is invalid.', 'next line']);
    expect(out).toEqual(['The security token included in the request is invalid.', '', 'next line']);
  });

  it('when the next line is a stack frame, a key = value line, a log line opening with a dotted name or a new sentence, then nothing is joined', () => {
    const lines = ['java.lang.RuntimeException: Unable to load', '\tat com.example.Main.run(Main.java:10)', 'Caused by: something else', 'region = us-east-1', 'aws_access_key_id = x', 'botocore.credentials - DEBUG - Looking for credentials via: env', 'botocore.credentials - DEBUG - Looking for credentials via: assume-role'];
    expect(unwrapLines(lines)).toEqual(lines);
  });

  it('when a command line with an option is followed by another command, then they are not joined and each excerpt is its own line (QA37 F2)', () => {
    const lines = ['java -Daws.accessKeyId=AKIAIOSFODNN7EXAMPLE -jar app.jar', 'aws configure set region eu-west-1', '$ terraform plan -input=false', 'aws sts get-caller-identity'];
    expect(unwrapLines(lines)).toEqual(lines);
    const d = diagnose(`${lines.slice(0, 2).join('\n')}\nAn error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.`);
    expect(d.facts.keyIds[0]!.at).toEqual({ line: 1, excerpt: 'java -Daws.accessKeyId=AKIA…MPLE -jar app.jar' });
    // a sentence wrapped after a command's name in prose is still joined
    expect(unwrapLines(['Unable to locate credentials when running the', 'aws cli from cron.'])).toEqual(['Unable to locate credentials when running the aws cli from cron.', '']);
  });
});

/**
 * Lines cut at a column (issue 10, robustness item 1): a terminal copy, `fold`, a mail client or a CI console cuts
 * every long line at the paste's width, mid-word and mid-code. The cut is read from the text (the widest lines all stop
 * at one width) and the pieces are read as one line; the line numbers stay.
 */
describe('lines cut at the wrap width', () => {
  const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
  const fold = (t: string, width: number, indent = ''): string =>
    t
      .split('\n')
      .map((l) => {
        const parts = [l.slice(0, width)];
        for (let i = width; i < l.length; i += width - indent.length) parts.push(indent + l.slice(i, i + width - indent.length));
        return parts.join('\n');
      })
      .join('\n');
  const stamped = (t: string): string =>
    t
      .split('\n')
      .map((l, i) => `2024-03-01T12:00:${String(i).padStart(2, '0')}.1234567Z ${l}`)
      .join('\n');

  /** The error after a progress line that puts its code across column `width`. */
  const cutCode = (width: number): string => `$ aws sts get-caller-identity\nStep ${'.'.repeat(width - 34)} ${ERROR}`;

  it.each([
    ['60 columns', fold(cutCode(60), 60)],
    ['72 columns with a hanging indent', fold(cutCode(72), 72, '  ')],
    ['80 columns', fold(cutCode(80), 80)],
    ['a width no terminal uses, three lines long', fold(cutCode(45), 45)],
    ['a CI console stamping every physical line', stamped(fold(cutCode(50), 50))],
  ])('when the error code is cut at %s, then the code is read, on the line the message starts on', (_w, text) => {
    expect(text).not.toContain('InvalidClientTokenId');
    const d = diagnose(text);
    expect(d.errorCodes).toContain('InvalidClientTokenId');
    expect(d.detected).toBe(true);
    const at = d.causes.flatMap((c) => c.evidence).find((e) => e.at?.excerpt?.includes('InvalidClientTokenId'))?.at;
    expect(at?.line).toBe(2);
  });

  it('when a cut splits a word of the message ("inva" / "lid"), then the pieces are one line and the next line is left empty', () => {
    const cut = 'Error: The security token included in the request is inva'.padStart(80, ' ');
    expect(joinCutLines([cut, 'lid.', 'next'])).toEqual([`${cut}lid.`, '', 'next']);
    // Two whole words at the width: a word wrap, left to unwrapLines.
    const wrapped = `${'x'.repeat(66)} included in`;
    expect(joinCutLines([wrapped, 'the request'])).toEqual([wrapped, 'the request']);
  });

  it('when a word wrap happens to fill the width, then two whole words are not glued', () => {
    const lines = ['Presumably because EC2 instance credentials rotate after some time, invalidating', 'the `x-amz-security-token` param.'];
    expect(lines[0]!.length).toBe(80);
    const d = diagnose(`${lines.join('\n')}\n${ERROR}`);
    expect(JSON.stringify(d)).not.toContain('invalidatingthe');
  });

  it('when a paste has no wrap width (its widest line is alone and not a terminal width), then nothing is joined', () => {
    // The widest line ends in a token and the next opens one: with a width read, they would be glued.
    const lines = ['short line', 'y'.repeat(90), 'abc'];
    expect(joinCutLines(lines)).toBe(lines);
    expect(joinCutLines([...lines, 'y'.repeat(90), 'y'.repeat(90)])).not.toEqual([...lines, 'y'.repeat(90), 'y'.repeat(90)]);
  });

  // Whole records of one width that were never cut (the second review's probes): each stays a line of its own.
  const goBlock = (i: number): string[] => [
    `2024/03/01 12:00:0${i} WebIdentityErr: failed to retrieve credentials`,
    'caused by: InvalidIdentityToken: Incorrect token audience',
    `\tstatus code: 400, request id: 1a2b3c4d-aaaa-bbbb-cccc-1234567890a${i}, extended request id: none1`,
  ];
  it.each([
    ['a retry line logged three times', [0, 1, 2].map(() => 'Retrying connection to the instance metadata service at 169.254.169.254')],
    ['timed retry lines', [0, 1, 2].map((i) => `2024-03-01 12:00:0${i},123 urllib3.connectionpool WARNING Retrying connection to 169.254.169.254`)],
    [
      'a fixed-width listing of instance ids and profile ARNs',
      ['0123456789abcdef0  running   web01', 'fedcba9876543210a  running   web02', 'aaaaaaaaaaaaaaaa0  stopped   web03'].map(
        (r) => `i-${r.slice(0, 17)}  ${r.slice(19, 26)}   arn:aws:iam::123456789012:instance-profile/${r.slice(-5)}`,
      ),
    ],
    ['an id table', ['user01  AIDAEXAMPLE0000000001', 'user02  AIDAEXAMPLE0000000002', 'user03  AIDAEXAMPLE0000000003'].map((r) => `${r}  ${'active'.padEnd(30, '.')}0001`)],
    ["Go SDK 'status code, request id' blocks", [...goBlock(0), ...goBlock(1), ...goBlock(2)]],
  ])('when %s share one width, then no line is joined onto another', (_name, lines) => {
    expect(joinCutLines(lines)).toBe(lines);
  });

  it('when a cut line would grow past normalise\'s line bound, then it is joined no further', () => {
    const lines = Array.from({ length: 150 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}${'Q'.repeat(79)}`);
    const joined = joinCutLines(lines);
    expect(joined).not.toBe(lines);
    expect(Math.max(...joined.map((l) => l.length))).toBeLessThanOrEqual(MAX_LINE_CHARS);
  });

  it('when a 1 MB log is cut at 80 columns, then it is read (bounded: the cut lines are read in one pass) with the error at its end found', () => {
    const noise = Array.from({ length: 14000 }, (_, i) => `2024-03-01 12:00:00 INFO worker ${i} processed batch ${'abcdef0123'.repeat(6)} ok`).join('\n');
    const d = diagnose(fold(`${noise}\n${ERROR}`, 80));
    expect(d.errorCodes).toContain('InvalidClientTokenId');
  });
});
