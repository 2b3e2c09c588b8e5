/**
 * Secrets in shapes that left most of them in view (trial 22's four unfixed leaks): a secret key pasted in
 * blank-separated groups after its name (only the first group went), a password glued to mysql's `-p` or given
 * to `docker login -p`, and a PowerShell `Get-ChildItem env:` table pasted without its `Name  Value` header.
 * Each secret is generated at run time; the evidence next to them (ports, other tools' `-p`, other rows) stays.
 */
import fc from 'fast-check';
import { redact } from '../../../src/core/redact';
import { SecretMaker } from '../../helpers/pasted-shapes';
import { rng } from '../../helpers/synthetic-case';

/** Keys drawn from a seed, as random as real ones (fast-check would shrink a failure to `AAAA…a1+`, which no reader calls random). */
const maker = new SecretMaker(rng(2222));
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('');
const chars = (alphabet: string[], n: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { minLength: n, maxLength: n }).map((a) => a.join(''));
/** A password: shorter than any shape rule reads, so only the option before it can give it away. */
const password = fc.tuple(chars(ALNUM, 12), fc.constantFrom('!', '#', '@', '9')).map(([s, x]) => `Pw${s}${x}`);
const awsKey = fc.constantFrom(...Array.from({ length: 200 }, () => maker.awsKey()));
const RUNS = 60;

/** The key cut into groups of the given sizes (they add up to 40), joined by `gap`. */
const inGroups = (key: string, sizes: readonly number[], gap: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const n of sizes) parts.push(key.slice(at, (at += n)));
  return parts.join(gap);
};
const SIZES = fc.constantFrom([10, 10, 10, 10], [8, 8, 8, 8, 8], [8, 10, 10, 12], [9, 9, 9, 9, 4]);

describe('a secret key pasted in blank-separated groups after its name', () => {
  const LABELS = ['secret: ', 'aws_secret_access_key = ', 'SECRET_KEY: "', 'AWS Secret Access Key [None]: ', '"secretAccessKey": "'];
  it.each(LABELS.map((l) => [l]))('when it follows %j, then every group goes, not only the first', (label) => {
    fc.assert(
      fc.property(awsKey, SIZES, fc.constantFrom(' ', '  ', '\t'), (key, sizes, gap) => {
        const text = `${label}${inGroups(key, sizes, gap)}\n\nregion = us-east-1`;
        const r = redact(text);
        for (const group of inGroups(key, sizes, ' ').split(' ')) expect(r.text).not.toContain(group);
        expect(r.text.endsWith('\n\nregion = us-east-1')).toBe(true);
        expect(r.kinds).toEqual(['secret-access-key']);
      }),
      { numRuns: RUNS },
    );
  });

  it('when a secret-named value is followed by words, then only the value goes', () => {
    expect(redact('password: Pw12abcd and then some more words here').text).toBe('password: [REDACTED:password] and then some more words here');
    expect(redact('token: Xy12abcd was Rotated By Ops Team Yesterday Evening').text).toBe('token: [REDACTED:other-token] was Rotated By Ops Team Yesterday Evening');
  });
});

describe('a secret key after a label written in words, in groups or cut over a line break', () => {
  /** The AWS documentation's example secret key and keys drawn from a seed. */
  const key = fc.oneof(fc.constant('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), awsKey);
  const LABELS = ['Secret access key: ', 'secret key - ', 'secret key -\n', 'Secret Access Key ', 'the secret key is ', 'AWS secret key:\n  ', 'AWS Secret Access Key [None]: ', 'secret access key = ', 'Secret: ', '*Secret access key:* ', 'Secret access key:\n\n'];
  const GROUPED = fc.oneof(
    fc.tuple(fc.constantFrom([4, 4, 4, 4, 4, 4, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5, 5, 5], [8, 8, 8, 8, 8], [10, 10, 10, 10], [20, 20]), fc.constantFrom(' ', '  ', '\t')).map(([sizes, gap]) => (k: string) => inGroups(k, sizes, gap)),
    // cut once over a line break (a terminal or chat client wrapped it, or it was copied in two)
    fc.tuple(fc.integer({ min: 4, max: 36 }), fc.constantFrom('\n', '\n  ', ' \n')).map(([at, gap]) => (k: string) => `${k.slice(0, at)}${gap}${k.slice(at)}`),
    // groups of four over two lines
    fc.constant((k: string) => `${inGroups(k.slice(0, 20), [4, 4, 4, 4, 4], ' ')}\n${inGroups(k.slice(20), [4, 4, 4, 4, 4], ' ')}`),
    // dash-separated groups
    fc.constant((k: string) => inGroups(k, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], '-')),
  );
  it.each(LABELS.map((l) => [l]))('when it follows %j, then every piece goes, it is a secret key, and the lines around stay', (label) => {
    fc.assert(
      fc.property(key, GROUPED, (k, split) => {
        const pasted = split(k);
        const text = `Access key ID: AKIAIOSFODNN7EXAMPLE\n${label}${pasted}\nRegion: us-east-1`;
        const r = redact(text);
        // every piece goes, the lines around stay, and the line count does too (locations stay valid)
        const breaks = '\n'.repeat(pasted.split('\n').length - 1);
        expect(r.text).toBe(`Access key ID: AKIAIOSFODNN7EXAMPLE\n${label}[REDACTED:secret-access-key]${breaks}\nRegion: us-east-1`);
        expect(r.kinds).toEqual(['secret-access-key']);
      }),
      { numRuns: RUNS },
    );
  });

  it('when the pieces sit in Slack inline code or quotes after the label, then they go and the marks stay', () => {
    const k = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    for (const q of ['`', '"', "'"]) expect(redact(`Secret access key: ${q}${inGroups(k, [10, 10, 10, 10], ' ')}${q}`).text).toBe(`Secret access key: ${q}[REDACTED:secret-access-key]${q}`);
  });

  it('when a secret value ends a line, then the next line is not read as its last piece, and a label on it is still read', () => {
    // 38 + "An" would make 40: the error line's first word is no piece of a key cut over lines
    const v38 = 'kSPtfaotiXTFKWTb8R26Aj4Ir7vemrpJ9SexuI';
    expect(redact(`export MY_APP_SECRET=${v38}\nAn error occurred (InvalidClientTokenId)`).text).toBe('export MY_APP_SECRET=[REDACTED:other-token]\nAn error occurred (InvalidClientTokenId)');
    // the pieces read after a label that were no key do not hide the next label
    const k = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(redact(`export MY_APP_SECRET=hQmnBheoJyfr9Jpdp4hbD6NcG7XuftrD\nAWS Secret Access Key ${inGroups(k, [20, 20], ' ')}`).text).toBe('export MY_APP_SECRET=[REDACTED:other-token]\nAWS Secret Access Key [REDACTED:secret-access-key]');
  });

  it('when the 40th character of the pieces does not end the token, then nothing is cut at 40', () => {
    const k = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    for (const pieces of [inGroups(k, [20, 20], ' '), inGroups(k, [10, 10, 10, 10], '-')]) {
      expect(redact(`Secret access key: ${pieces}-AbCdEf`).text).not.toContain('[REDACTED:secret-access-key]-AbCdEf');
      // a full stop or a closing mark after the 40th character ends the token
      expect(redact(`Secret access key: ${pieces}.`).text).toBe('Secret access key: [REDACTED:secret-access-key].');
    }
  });

  it('when a 64-character line ends in a labelled key and the next line opens with a label in words, then that line is no wrap of the key', () => {
    const k = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const first = `aws_secret_access_key = ${'A'.repeat(33)}7AAAAAy`;
    expect(first).toHaveLength(64);
    expect(redact(`${first}\nSecret access key: wJal\n${k.slice(4)}\nok`).text).toBe('aws_secret_access_key = [REDACTED:secret-access-key]\nSecret access key: [REDACTED:secret-access-key]\n\nok');
    expect(redact(`${first}\nRegion: us-east-1`).text).toBe('aws_secret_access_key = [REDACTED:secret-access-key]\nRegion: us-east-1');
  });

  const KEPT = [
    'the secret key is stored in the vault and rotated every ninety days',
    'Secret: prod/db-AbCdEf is the name in Secrets Manager',
    'the secret key is 3f2a9c1b-4b7e-8d2a-a1c3-e5f7d9b2c4e6 in the vault',
    'Secret: In-The-Vault-Under-Prod-Deploy-Path-Now-Ask-Jane',
    'Secret access key: ****************EKEY',
    'secret key: Hk3T mN8q Zp2W Lx7R',
    'Secret Key: In The Vault Under Prod Deploy Path Now Ask Jane',
    'the secret key is AKIA IOSF ODNN 7EXA MPLE which is the key id',
    'secret key sha256 e3b0c442 98fc1c14 9afbf4c8 996fb924 27ae41e4 649b934c a495991b 7852b855',
    'Secret access key\nAccess key ID\nStatus Active\nCreated 2026-01-02',
  ];
  it.each(KEPT.map((t) => [t]))('when %j is pasted, then nothing is redacted', (text) => {
    expect(redact(text)).toEqual({ text, count: 0, kinds: [] });
  });
});

describe("a password after mysql's glued -p or docker login's -p", () => {
  const SHAPES: [string, (s: string) => string][] = [
    ['mysql -p glued', (s) => `$ mysql -h db.example.com -uroot -p${s} mydb\nERROR 1045 (28000): Access denied for user 'root'@'10.0.0.5' (using password: YES)`],
    ['mysqldump -p glued, quoted', (s) => `mysqldump -u admin -p'${s}' --single-transaction app > app.sql`],
    ['mariadb -p glued after a pipe', (s) => `zcat dump.sql.gz | mariadb -u app -p${s} app`],
    ['docker login -p', (s) => `docker login -u AWS -p ${s} 123456789012.dkr.ecr.us-east-1.amazonaws.com`],
    ['docker login --password', (s) => `docker login --username AWS --password ${s} 123456789012.dkr.ecr.us-east-1.amazonaws.com`],
    ['podman login -p, quoted', (s) => `podman login -u ci -p "${s}" registry.example.com`],
  ];
  it.each(SHAPES)('when a password is given as %s, then it goes and the command stays', (_name, build) => {
    fc.assert(
      fc.property(password, (s) => {
        const r = redact(build(s));
        expect(r.text).not.toContain(s.slice(0, 8));
        expect(r.kinds).toEqual(['password']);
        expect(r.text).toBe(build('[REDACTED:password]'));
      }),
      { numRuns: RUNS },
    );
  });

  const KEPT = [
    'docker run -p 8080:80 -p 443:443 nginx',
    'mysql -u root -p mydb',
    'mysql -h db.example.com -P 3306 -u root -p',
    'ssh -p 2222 admin@bastion.example.com',
    'mkdir -p ~/.aws && cp credentials ~/.aws/',
    'mysql -uroot -p$MYSQL_ROOT_PASSWORD app',
    'mysql -u root -p"${DB_PASSWORD}" app',
    'aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    'docker login -u AWS -p $(aws ecr get-login-password) 123456789012.dkr.ecr.us-east-1.amazonaws.com',
    'mysql -u root -e "select 1" && docker run -p 3306:3306 mysql:8',
  ];
  it.each(KEPT.map((t) => [t]))('when %j is pasted, then nothing is redacted', (text) => {
    expect(redact(text)).toEqual({ text, count: 0, kinds: [] });
  });
});

describe("PowerShell's Get-ChildItem env: table pasted without its Name  Value header", () => {
  const pad = (name: string): string => name.padEnd(31, ' ');
  const TABLES: [string, string, (s: string) => string][] = [
    ['rows after the cut-off header', 'password', (s) => `${pad('AWS_PROFILE')}dev-admin\n${pad('AWS_REGION')}us-east-1\n${pad('DB_PASSWORD')}${s}\n${pad('Path')}C:\\Windows\\system32;C:\\Windows`],
    ['the secret row first', 'other-token', (s) => `${pad('API_TOKEN')}${s}\n${pad('COMPUTERNAME')}BUILD-01\n${pad('PATHEXT')}.COM;.EXE;.BAT;.CMD`],
    ['the secret row last, a value with blanks above it', 'password', (s) => `PS C:\\> gci env:\n${pad('PROGRAMFILES')}C:\\Program Files\n${pad('USERNAME')}builder\n${pad('SMTP_PASSWORD')}${s}\n`],
  ];
  it.each(TABLES)('when a secret sits in %s, then it goes as a %s and the other rows stay', (_name, kind, build) => {
    fc.assert(
      fc.property(password, (s) => {
        const r = redact(build(s));
        expect(r.text).toBe(build(`[REDACTED:${kind}]`));
        expect(r.count).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('when a name holds an AWS secret key, then its kind is the secret key', () => {
    expect(redact(`${pad('AWS_ACCESS_KEY_ID')}AKIAIOSFODNN7EXAMPLE\n${pad('AWS_DEFAULT_REGION')}us-east-1\n${pad('AWS_SECRET_ACCESS_KEY')}Pw4f9a2c1b7e3d!`).kinds).toEqual(['secret-access-key']);
  });

  const KEPT = [
    'TOKEN  Pw4f9a2c1b7e3d\nthe token above is from the old stack',
    `${pad('DB_PASSWORD')}Pw4f9a2c1b7e3d!\n${pad('AWS_REGION')}us-east-1`,
    `${pad('AWS_PROFILE')}dev-admin\n${pad('DB_PASSWORD_FILE')}C:\\secrets\\db.txt\n${pad('API_TOKEN_URL')}https://auth.example.com/token`,
    `${pad('AWS_REGION')}us-east-1\n${pad('AWS_SESSION_TOKEN')}********\n${pad('AWS_PROFILE')}dev`,
  ];
  it.each(KEPT.map((t) => [t]))('when %j is pasted, then nothing is redacted', (text) => {
    expect(redact(text)).toEqual({ text, count: 0, kinds: [] });
  });
});
