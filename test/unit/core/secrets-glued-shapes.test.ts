/**
 * Leak shapes stop 28 found (the review's two, and what the glued-neighbours property found: see
 * secrets-glued-neighbours.test.ts), each as a case that failed on stop 27's tree, and the evidence beside them that stays.
 */
import { redact } from '../../../src/core/redact';
import { leakedPieces } from '../../helpers/secret-shapes';

const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const KEY2 = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';
const fullWidth = (s: string): string => [...s].map((c) => (c === ' ' ? '\u3000' : String.fromCodePoint(c.codePointAt(0)! + 0xfee0))).join('');
/** A line of `width` columns ending in `tail`. */
const line = (width: number, tail: string): string => `${'x'.repeat(width - tail.length - 1)} ${tail}`;

function expectGone(text: string, secrets: string[] = [KEY]): void {
  const r = redact(text);
  expect(leakedPieces(r.text, secrets)).toEqual([]);
  expect(r.count).toBeGreaterThanOrEqual(1);
  expect(r.text.split('\n')).toHaveLength(text.split('\n').length);
}

describe('a key glued to words', () => {
  it.each([
    ['ASCII words', `thisistheconfigurationthathas${KEY}`],
    ['full-width words', `${fullWidth('thisistheconfigurationthathas')}${KEY}`],
    ['full-width words with full-width blanks', `${fullWidth('my cache has the secret here')}${KEY}`],
    ['look-alike Cyrillic words', `\u0441\u0430\u0441he\u0441\u043ente\u0445t\u0441\u043entent${KEY}`],
    ['words after it', `${KEY}thereisthecacheha`],
  ])('when a key is glued to %s, then it is redacted and the words before it stay', (_what, text) => {
    expectGone(text);
    expect(redact(`${fullWidth('my cache ha')} ${KEY}`).text).toBe(`${fullWidth('my cache ha')} [REDACTED:secret-access-key]`);
  });

  it('when a long name is built from words, then it stays (no 40 characters of it are random)', () => {
    const name = 'DatabaseConnectionStringForProductionEnvironmentPrimaryReplica2';
    expect(redact(`parameter ${name} not found`).count).toBe(0);
  });
});

describe('a shell echoing a key as a command', () => {
  it.each([
    ['bash', `bash: ${KEY}: No such file or directory`],
    ['bash in a script', `bash: line 1: ${KEY}: command not found`],
    ['dash', `/bin/sh: 1: ${KEY}: not found`],
    ['busybox ash', `sh: ${KEY}: not found`],
    ['zsh', `zsh: command not found: ${KEY}`],
    ['cmd.exe', `'${KEY}' is not recognized as an internal or external command,`],
    ['PowerShell', `${KEY}: The term '${KEY}' is not recognized as a name of a cmdlet, function, script file, or executable program.`],
  ])('when %s names the key after an 80-wide line ending in "ha" (read as `hash:` across the break), then it is redacted', (_shell, frame) => {
    expectGone(`${line(80, 'my cache ha')}\n${frame.replace(/^bash: |^sh: /, (m) => m)}`);
    expectGone(`${line(80, 'my cache ha')}\nsh: ${KEY}: command not found`);
    expectGone(frame);
  });

  it('when a shell names a command, then the command stays', () => {
    expect(redact('bash: kubectl: command not found\nzsh: command not found: aws').count).toBe(0);
  });
});

describe('a label read across a line break', () => {
  it.each([
    ['etag', line(60, 'the image et'), 'ag: '],
    ['checksum', line(80, 'run the che'), 'cksum: '],
    ['host id', line(60, 'my host'), 'id: '],
    ['x-amz-id-2', line(80, 'the x-amz'), '-id-2: '],
  ])('when a cut joins words into "%s" before a value of a key\'s exact shape, then the key is redacted', (_label, before, after) => {
    expectGone(`${before}\n${after}${KEY}`);
  });

  it('when a version id or a HostId stands after its label, then it stays', () => {
    const version = 'Yy3Zz9Qq8Rr7Ss6Tt5Uu4Vv3Ww2Xx1Yy0Zz9Qq8R';
    const hostId = 'hsL1SrQpxqX9Z1vUXnn0P2A1hDuyN58w1pLIoUfQdgyEoPtEkQ1/nt5jjFbM3IB7KjGk0LUw8Zw=';
    const r = redact(`x-amz-version-id: ${version}\n<HostId>${hostId}</HostId>`);
    expect(r.count).toBe(0);
  });
});

describe('a key cut by a terminal wrap in what a reader does not count', () => {
  it('when JSON inside a JSON string escapes the key\'s slashes twice, then it is redacted', () => {
    expectGone(JSON.stringify({ level: 'error', msg: `creds ${KEY.replace(/\//g, '\\/')} failed` }));
  });

  it('when full-width text before a key makes a line 80 columns but fewer characters, then the key cut there is redacted', () => {
    const head = `${fullWidth('秘密鍵')}：${fullWidth('secretkeyvalue')} `;
    const columns = 6 + 2 + 28 + 1;
    expectGone(`${head}${KEY.slice(0, 80 - columns)}\n${KEY.slice(80 - columns)} is what I used`);
  });

  it('when a line ends in a full-width letter of the key or an invisible character, then the key cut there is redacted', () => {
    expectGone(`${'x'.repeat(45)} ${KEY.slice(0, 30)}${fullWidth(KEY.slice(30, 34))}\n${KEY.slice(34)} end`);
    expectGone(`${'x'.repeat(43)} ${KEY.slice(0, 36)}\u200d\n${KEY.slice(36)} end`);
  });

  it.each([
    ['a colon after it (a shell frame)', (k: string) => `${k}: command not found`],
    ['prose after it', (k: string) => `${k} main(sys.argv[1:])`],
    ['a name glued after it', (k: string) => `${k}-: command not found`],
  ])('when the key\'s rest opening the next line reads as a name because of %s, then it is redacted', (_what, after) => {
    const text = `bash: ${after(KEY2)}`;
    const cut = 80 - 'bash: '.length - 3 - 1;
    expectGone(`${'x'.repeat(3)} ${text.slice(0, cut + 6)}\n${text.slice(cut + 6)}`, [KEY2]);
  });

  it('when a complete key fills a 64-wide line and a setting follows, then the setting stays', () => {
    const r = redact(`aws_secret_access_key = ${KEY}\nregion: us-east-1\nAWS_PROFILE=dev`);
    expect(r.text).toBe('aws_secret_access_key = [REDACTED:secret-access-key]\nregion: us-east-1\nAWS_PROFILE=dev');
  });
});
