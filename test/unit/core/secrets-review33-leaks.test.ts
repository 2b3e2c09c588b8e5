/**
 * Review 33's leaks in stop 33's false-redaction exemptions (R33-1..4, R33-8, R33-5, R33-11, R33-14): each text below was
 * redacted at 878ffe0f (the s33-secrets base) or should be, and left whole on main at f43db817. The benign texts the
 * exemptions were made for (secrets-real-benign-classes.test.ts) still stay.
 */
import { redact } from '../../../src/core/redact';

const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const PW = 'Xq7pLm2RtZ9vNw4kHs8d';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 40 characters of a secret access key's alphabet without `/` or `+`, stepped through the alphabet (reproducible). */
const NO_SLASH_KEY = Array.from({ length: 40 }, (_, i) => ALNUM[(i * 37 + 11) % ALNUM.length]).join('');

const gone = (text: string, secret: string): void => {
  expect(redact(text).text).not.toContain(secret);
};
const kept = (text: string): void => {
  expect(redact(text).text).toBe(text);
};

describe('review 33: a secret under a label still goes when its value looks like an exempted shape', () => {
  it.each([
    ['my password: swordfish and it still fails', 'swordfish'],
    ['the db password: tangerine was rejected', 'tangerine'],
    ['client_secret: abcdefghijklmnop and then', 'abcdefghijklmnop'],
    ['when I get my password: swordfish and it still fails', 'swordfish'],
    ['I sign in with password: swordfish and it still fails', 'swordfish'],
  ])('R33-1: when a lowercase one-word secret is followed by more words (%s), then it goes', (text, secret) => gone(text, secret));

  it.each([
    ['password: $ecretPassw0rd9', '$ecretPassw0rd9'],
    ['DB_PASSWORD=$hunter2xyz', '$hunter2xyz'],
    // `$` then a capital: read as an upper-case variable's prefix since 1b7b579f, whatever followed
    ['password: $Hunter2xyz', '$Hunter2xyz'],
  ])('R33-2: when a password starts with `$` (%s), then it goes', (text, secret) => gone(text, secret));

  it.each([
    ['password: <Passw0rd123', 'Passw0rd123'],
    ['password: ((Xq7pLm2RtZ9', 'Xq7pLm2RtZ9'],
    ['password: {{Xq7pLm2RtZ9', 'Xq7pLm2RtZ9'],
  ])('R33-3: when a password starts with an unclosed template mark (%s), then it goes', (text, secret) => gone(text, secret));

  it.each([
    ['password: my_secret_password', 'my_secret_password'],
    ['aws_secret_access_key = my_secret_key', 'my_secret_key'],
  ])('R33-4: when a snake-case password holds a secret word but is no secret name (%s), then it goes', (text, secret) => gone(text, secret));

  it.each([
    ['password: this.IsMyPassw0rd', 'IsMyPassw0rd'],
    ['password: Hunter2(xyz', 'Hunter2'],
    ['DB_PASSWORD=Summer.Fall.Password', 'Summer.Fall'],
    ['api_key: sk_live.Token', 'sk_live'],
  ])('R33-8: when a password reads like a member path or a cut call (%s), then it goes', (text, secret) => gone(text, secret));

  it.each([
    ['a block scalar `|`', `kind: Secret\nstringData:\n  db-pass: |\n    ${PW}\n`],
    ['a block scalar `|-` of two lines', `kind: Secret\nstringData:\n  config: |-\n    user=app\n    pass=${PW}\n  other: x\n`],
    ['a folded scalar `>`', `kind: Secret\nstringData:\n  note: >\n    ${PW}\n`],
  ])('R33-5: when a Kubernetes Secret entry holds %s, then its value goes', (_shape, text) => gone(text, PW));

  it('R33-5: when a Kubernetes Secret is printed as JSON (kubectl get secret -o json), then its data values go', () => {
    const b64 = Buffer.from(`{"k":"${PW}"}`).toString('base64');
    gone(`{\n    "apiVersion": "v1",\n    "data": {\n        "creds.json": "${b64}"\n    },\n    "kind": "Secret",\n    "metadata": {"name": "app"}\n}`, b64);
  });

  it('R33-5: when a Kubernetes Secret writes its data in YAML flow style, then the values go', () => {
    const b64 = Buffer.from(`{"k":"${PW}"}`).toString('base64');
    gone(`kind: Secret\ndata: {creds.json: ${b64}}`, b64);
  });

  it('R33-11: when an ODBC connection string gives PWD=, then it is labelled a password', () => {
    expect(redact(`Server=db;UID=sa;PWD=${PW};`).text).toBe('Server=db;UID=sa;PWD=[REDACTED:password];');
  });

  it.each([
    ['a masked account', `creds=arn:aws:iam::xxxx:user/bob/${KEY}`],
    ['a 12-digit account', `creds=arn:aws:iam::123456789012:user/bob/${KEY}`],
    // a key with no `/` inside, built here (no key-like literal in the repository): read by its 40-character piece
    ['a user path and a key without `/`', `creds=arn:aws:iam::xxxx:user/bob/${NO_SLASH_KEY}`],
  ])('R33-14: when a key is glued into the path of an ARN with %s, then the key goes', (_shape, text) => {
    gone(text, KEY);
    gone(text, NO_SLASH_KEY);
  });
});

describe('review 33: the benign shapes the exemptions were made for still stay', () => {
  it.each([
    'could not get token: could not create session: x',
    'failed to load IMDS session token: dispatch failure',
    'password: $db_password',
    'password: $secret',
    'password: <your password>',
    'password: <Passw0rd123>',
    'password: ((db-pass))',
    'password: {{ vault.pw }}',
    'aws_secret_access_key = secret_key',
    'secretAccessKey: response.options.secretAccessKey',
    'AWS_SECRET_ACCESS_KEY=env.BEDROCK_SECRET_KEY',
    'password: this.password;',
    'token: get(aws',
    'User: arn:aws:sts::xxxx:assumed-role/app-role/botocore-session-1712345678 is not authorized',
  ])('when the text is %s, then it stays', (text) => kept(text));
});

describe('review 33b: the second pass over the exemptions', () => {
  it.each([
    ['I tried to get the db password: tangerine and it still fails', 'tangerine'],
    ['we read the password: swordfish from vault and it fails', 'swordfish'],
    ['Trying to get the db password: tangerine to work, it still fails', 'tangerine'],
    ['could not read the password: swordfish from the file so the job fails', 'swordfish'],
    ['after I refresh the password: hunterpass still fails', 'hunterpass'],
  ])('R33b-1: when a one-word password follows a getting verb and a determiner (%s), then it goes', (text, secret) => gone(text, secret));

  it.each([
    ['password: summer.Password', 'summer.Password'],
    ['password: dragon.Password', 'dragon.Password'],
    ['password: myDog.Password', 'myDog.Password'],
    ['password: winter2024.secret', 'winter2024.secret'],
    ['password: hunter2(xyz', 'hunter2(xyz'],
    ['password: kitty(cat', 'kitty(cat'],
    ['DB_PASSWORD=sunshine[', 'sunshine'],
  ])('R33b-2: when a password is a dotted or cut-call shape without capitals and digits (%s), then it goes', (text, secret) => gone(text, secret));

  it.each([
    ['password: $env:Hunter2pass', 'Hunter2pass'],
    ['password: ((Xq7pLm2RtZ9)', 'Xq7pLm2RtZ9'],
  ])('R33b-3: when a password only opens like a reference (%s), then it goes', (text, secret) => gone(text, secret));

  it.each([
    ['{"kind": "Secret", "stringData": {"note": "a b", "creds": "Xq7pLm2RtZ9vNw4"}}', 'Xq7pLm2RtZ9vNw4'],
    ['{"kind": "Secret", "data": {"a": "1", "creds.json": "eyJ4cTdwTG0yUnRaOXZOdzQiOiJ4In0="}}', 'eyJ4cTdwTG0yUnRaOXZOdzQiOiJ4In0='],
    ['kind: Secret\nstringData:\n  note: hi\n  creds: Xq7pLm2RtZ9vNw4', 'Xq7pLm2RtZ9vNw4'],
  ])('R33b-4: when a short or blank-holding member comes first in a Secret map (%s), then the next still goes', (text, secret) => gone(text, secret));
});

/** Review 33c: a URL password shaped as a port and path, a quoted passphrase after a password label. */
describe('review 33c: two leaks of the redaction', () => {
  it.each([
    ['https://user.name:2024/Xq7kP9mZ2vR8tL4wN6bY3cF5hJ1d@db.example.com/x', '2024/Xq7kP9mZ2vR8tL4wN6bY3cF5hJ1d'],
    ['https://user.name:1234/alrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY@db.example.com/x', 'K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['https://user:2024/Xq7kP9mZ2vR8tL4wN6bY3cF5hJ1d@db.example.com/x', 'Xq7kP9mZ2vR8tL4wN6bY3cF5hJ1d'],
    ['https://user:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY@db.example.com/x', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ])('redacts the password of %s, however it looks like a port and path', (url, secret) => {
    const out = redact(`connect to ${url} failed`).text;
    expect(out).not.toContain(secret);
    expect(out).toContain('@db.example.com/x');
  });

  it.each([
    'open http://localhost:5173/@vite/client now',
    'pull https://registry.example.com:5000/v2/repo@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'see https://cdn.example.com:8443/npm/lodash@4.17.21/lodash.js',
  ])('keeps a host, port and path whose path holds an @: %s', (text) => {
    expect(redact(text).text).toBe(text);
  });

  it.each([
    ['password: "correct horse battery staple"', 'horse battery staple'],
    ["PASSWORD='tangerine lemon 42'", 'lemon 42'],
    ['{"password": "two words"}', 'two words'],
  ])('redacts the whole quoted passphrase of %s', (text, rest) => {
    const out = redact(text).text;
    expect(out).not.toContain(rest);
    expect(out).toContain('[REDACTED:password]');
  });

  it('still keeps a description after a key label', () => {
    const text = "secretAccessKey: 'my secret access key'";
    expect(redact(text).text).toBe(text);
  });
});
