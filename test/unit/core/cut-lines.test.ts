/**
 * One reading of lines cut at a wrap width (src/core/cut-lines.ts) for the extractor and the secrets' view: what one
 * joins the other joins, so evidence cut by a wrap is read whole by both and neither rereads a blob.
 */
import { cutsOf } from '../../../src/core/cut-lines';
import { joinCutLines } from '../../../src/core/extract/unwrap';
import { redact } from '../../../src/core/redact';
import { decodedView } from '../../../src/core/secrets/view';
import { diagnose } from '../../../src/core/diagnose';

/** An EC2 UnauthorizedOperation with its encoded message (synthetic), hard-wrapped at 120 columns by a terminal. */
const MESSAGE =
  'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ec2:RunInstances. Encoded authorization failure message: 941lPSJmuZ3ij_YeFlhKcQHi7TZGJsGGk_spAPPZ9IK7UkKxYnwTnD5SvBNgv_hgPyy_AOE6MlETH7pKe1H6Vl6XeOsVZEWkOgwp6iufqHY6N3KxFVoLu4xwYdpdyZtQ4iBoU6A9PoJA8g_2rt7zV8ySrc_gKfd7ktlevbL_teSb-KUHJv7drLpjZJEk9EnLRWgbitjgqQccQvY30nFDp2v7zLC-fFmaQkUpWdEWF5q8-sIyFXSWH3wvvmDDXC4lmZedKZNJGj8PcKLQOCii-8lMsN2SQzh953F3D5BpOomJ6vHNn3UxSkzFrwOG1YC3sSKbWdCUDMF-OCk4BT9WuHo9roTxOjiA0n7zOkE9FtR_j8419_6uDWWIfEzvOFAfVWv5X6qj8OQn9TGnhK8Bu40Y9k2XQaKznTk8kCBF-uMihszwgkOM4pcNYvoAa6PLrh1H2UQhxttih96A0eiF-NEvReI0bCdxL7H08RJ4B_lf80ANN0baLvCBL2RcWREloqM7u6M0XztQ1n2JMQXUzHm1Y9bhMgQ_z';
const WRAPPED = `${(MESSAGE.match(/.{1,120}/g) ?? []).join('\n')}\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied`;

describe('one reading of cut lines', () => {
  it('when a label is cut by the wrap mid-word ("authorizati" / "on"), then the secrets view reads it whole, as the extractor does', () => {
    expect(cutsOf(WRAPPED).length).toBeGreaterThan(0);
    expect(decodedView(WRAPPED).text).toContain('Encoded authorization failure message: 941lPSJ');
  });

  it('when an encoded authorization failure message is hard-wrapped at 120 columns, then nothing of it is redacted', () => {
    const r = redact(WRAPPED);
    expect(r.count).toBe(0);
    expect(r.text).toBe(WRAPPED);
  });

  it('when a log line that fills the width stands before a vendor token on a line of its own, then that line is no cut and the token is found', () => {
    const LINE = '2024-01-01T00:00:00Z INFO request ok path=/v1/items status=200 took=12ms';
    const token = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`;
    const text = `${`${LINE}\n`.repeat(5)}${token}\n${`${LINE}\n`.repeat(5)}`;
    expect(cutsOf(text).map((c) => c.line)).not.toContain(5);
    expect(decodedView(text).text).toContain(`took=12ms\n${token}`);
    expect(redact(text).text).not.toContain(token.slice(4, 20));
  });

  it('when a cut line was redacted after the cuts were read, then its characters are kept and only blanks are taken as its indent', () => {
    const lines = ['a'.repeat(80), '  bbbb', '[REDACTED:password] cc'];
    expect(joinCutLines(lines, [{ line: 1, indent: 2 }])).toEqual([`${'a'.repeat(80)}bbbb`, '', lines[2]]);
    expect(joinCutLines(['a'.repeat(80), 'xy rest'], [{ line: 1, indent: 2 }])).toEqual([`${'a'.repeat(80)}xy rest`, '']);
  });

  it('when a secret access key is cut by the wrap, then diagnose redacts it whole and still reads the error on the joined line', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const text = `${'x'.repeat(40)} aws_secret_access_key = ${key.slice(0, 15)}\n${key.slice(15)} then An error occurred (SignatureDoesNotMatch) when calling the GetCall\nerIdentity operation: The request signature we calculated does not match the signature you provided.`;
    const lines = text.split('\n');
    expect(lines[0]!.length).toBe(80);
    const d = diagnose(text, { now: new Date('2026-11-22T00:00:00Z') });
    expect(JSON.stringify(d)).not.toContain(key.slice(15, 30));
    expect(d.errorCodes).toContain('SignatureDoesNotMatch');
  });

  describe('an env dump whose secret lines fill its width', () => {
    const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    // `AWS_SECRET_ACCESS_KEY=<40>` is 62 wide: five such rows make 62 the paste's width, and every row after one is read
    const rows = (i: number): string[] => [`AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPL${i}`, `AWS_SECRET_ACCESS_KEY=${KEY}`, `HOME=/home/u${i}`, `PATH=/usr/local/bin:/usr/bin`, `export XDG_DATA_DIRS=/usr/share`];
    const dump = [0, 1, 2, 3, 4].flatMap(rows).join('\n');

    it('when a NAME=value row follows a row whose value fills the width, then it is the next row, no cut rest of that value', () => {
      expect(dump.split('\n')[1]!.length).toBe(62);
      expect(cutsOf(dump)).toEqual([]);
      expect(decodedView(dump).text).toBe(dump);
    });

    it('when every secret row of it is redacted, then each other row is left as it was', () => {
      const lines = redact(dump).text.split('\n');
      expect(lines.filter((l) => l.startsWith('AWS_SECRET_ACCESS_KEY='))).toEqual(Array(5).fill('AWS_SECRET_ACCESS_KEY=[REDACTED:secret-access-key]'));
      expect(lines.filter((l) => !l.startsWith('AWS_SECRET_ACCESS_KEY='))).toEqual(dump.split('\n').filter((l) => !l.startsWith('AWS_SECRET_ACCESS_KEY=')));
    });

    it('when the width cuts a row in its value, then the rest on the next line is still read as a cut (it is no assignment)', () => {
      const cut = [0, 1, 2, 3, 4].flatMap((i) => [`AWS_SECRET_ACCESS_KEY=${KEY}`.slice(0, 50), `${KEY.slice(28)}`, `HOME=/home/u${i}`]).join('\n');
      expect(cutsOf(cut).map((c) => c.line)).toEqual([1, 4, 7, 10, 13]);
      expect(redact(cut).text).not.toContain(KEY.slice(28));
    });
  });

  describe('a password or token row cut so that its rest looks like a NAME=value row', () => {
    /** Rows of `name=<value>` cut `at` characters into the value, each followed by `HOME=/home/uN`: the cut rows set the width. */
    const cutRows = (name: string, value: (i: number) => string, rest: string): string =>
      [0, 1, 2, 3]
        .flatMap((i) => [`DB_HOST=db${i}.internal.example.com.x`, `${name}=${value(i).slice(0, -rest.length)}`, rest, `HOME=/home/u${i}`])
        .join('\n');
    // [label, name, value (the rest at its end), the rest on the line after the cut]; each cut row is 40 or more wide
    const SHAPES: [string, string, (i: number) => string, string][] = [
      ['an upper-case password whose rest is PZ=…', 'DB_PASSWORD', (i) => `Xy7/ab${i}q9xvT7mKaRwqQ9xvT7mKa/PZ=Lw8s4rTz0`, 'PZ=Lw8s4rTz0'],
      ['a token whose rest is PZ=…', 'GITHUB_TOKEN', (i) => `Zq81mN${i}pR7sT2vW9xY4bC6dEaK3/PZ=Gh3jK5mN7pQ`, 'PZ=Gh3jK5mN7pQ'],
      // guards (redacted before 0f576a68's rule too): a lower-case name above, a lower-case rest
      ['a password under a lower-case name whose rest is QX=…', 'db_password', (i) => `Mn4/Rt${i}p8LwQ2zXc9Vb7Hk1Tq3Yz/QX=Jd6sW0aE3`, 'QX=Jd6sW0aE3'],
      ['an upper-case password whose rest opens in lower case (pz=…)', 'DB_PASSWORD', (i) => `Xy7/ab${i}q9xvT7mKaRwqQ9xvT7mKa/pz=Lw8s4rTz0`, 'pz=Lw8s4rTz0'],
    ];

    it.each(SHAPES)('when %s, then the rest is read as the cut value and redacted with it', (_label, name, value, rest) => {
      const text = cutRows(name, value, rest);
      expect(text.split('\n')[1]!.length).toBeGreaterThanOrEqual(40);
      const r = redact(text).text;
      expect(r).not.toContain(rest.slice(3));
      expect(r).not.toContain(value(0).slice(-rest.length - 8, -rest.length));
      expect(r.split('\n').filter((l) => l.startsWith('HOME='))).toEqual(['HOME=/home/u0', 'HOME=/home/u1', 'HOME=/home/u2', 'HOME=/home/u3']);
    });

    it('when a secret access key row is 40 characters of value and complete, then a NAME=value row after it is still the next row', () => {
      const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
      const dump = [0, 1, 2, 3].flatMap((i) => [`export AWS_SECRET_ACCESS_KEY=${KEY}`, `HOME=/home/u${i}`]).join('\n');
      expect(cutsOf(dump)).toEqual([]);
    });
  });
});
