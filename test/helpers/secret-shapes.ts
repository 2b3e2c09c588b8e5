/**
 * Generators for pastes that hold secrets in the shapes people really paste: bare, labelled,
 * URL-encoded, JSON-escaped, with invisible or look-alike characters, full-width, wrapped at
 * 76/80 columns, split after `AWS_SECRET_ACCESS_KEY=`, on a line longer than any excerpt, a
 * session token whose last wrapped piece is short, a key in groups or cut over a line after a worded label, named secrets and vendor tokens, and
 * combinations of these. Every secret is generated at run time; nothing real is committed.
 * `leakedPieces` finds any 16-character piece of a planted secret in an output, raw or decoded.
 */
import fc from 'fast-check';
import { decodedView } from '../../src/core/secrets/view';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'.split('');
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('');
const HEX = '0123456789abcdef'.split('');
/** A string of min to max characters drawn from the alphabet. */
export const chars = (alphabet: string[], min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** Random enough to be a secret: both cases and a digit or / or + (what AWS secret keys look like). */
const mixed = (s: string): boolean => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9/+]/.test(s);
export const awsSecretKey = chars(B64, 40, 40).filter(mixed);
export const sessionToken = fc.tuple(fc.constantFrom('IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdz', 'FQoGZXIvYXdz'), chars(B64, 120, 420)).map(([p, b]) => p + b);
const slackToken = fc.tuple(fc.constantFrom('xoxb', 'xoxp', 'xapp'), chars('0123456789'.split(''), 10, 13), chars(ALNUM, 24, 32)).map(([p, n, b]) => (p === 'xapp' ? `xapp-1-A${n}-${n}-${b}` : `${p}-${n}-${n}-${b}`));
const githubToken = fc.oneof(chars(ALNUM, 36, 36).map((b) => `ghp_${b}`), chars([...ALNUM, '_'], 82, 82).map((b) => `github_pat_${b}`));
const signingSecret = chars(HEX, 32, 32);
const password = chars([...ALNUM, ...'!@#^*-_.'.split('')], 16, 28).filter((s) => /[0-9]/.test(s) && /[A-Za-z]/.test(s));
const clientSecret = chars(ALNUM, 32, 40).filter(mixed);
const vaultToken = chars(ALNUM, 90, 90).map((b) => `hvs.${b}`);

export interface Planted {
  text: string;
  /** Canonical secret values (as a human reads them) that must never leave. */
  secrets: string[];
  shapes: string[];
}

type Piece = fc.Arbitrary<Planted>;
const one = (shape: string, text: string, secret: string | string[]): Planted => ({ text, secrets: Array.isArray(secret) ? secret : [secret], shapes: [shape] });

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufe00', '\ufe0f', '\u115f', '\u1160', '\u3164', '\uffa0', '\u180e', '\u2062', '\u2063', '\u034f', '\u{e0101}'];
const LOOK_ALIKE: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', c: '\u0441', p: '\u0440', x: '\u0445', A: '\u0410', B: '\u0412', E: '\u0415', K: '\u041a', M: '\u041c', H: '\u041d', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', X: '\u0425' };

/** Insert invisible characters at a few positions inside `s`. */
const withInvisible = (s: fc.Arbitrary<string>): fc.Arbitrary<[string, string]> =>
  fc.tuple(s, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 3 })).map(([v, ins]) => {
    let out = v;
    for (const [at, ch] of ins) {
      const i = 1 + (at % (out.length - 1));
      out = out.slice(0, i) + ch + out.slice(i);
    }
    return [v, out];
  });

const fullWidth = (s: string, from: number, to: number): string => s.slice(0, from) + [...s.slice(from, to)].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('') + s.slice(to);
const lookAlike = (s: string): string => [...s].map((c, i) => (i % 3 === 0 && LOOK_ALIKE[c] ? LOOK_ALIKE[c] : c)).join('');
const urlEncode = (s: string): string => s.replace(/\//g, '%2F').replace(/\+/g, '%2B').replace(/=/g, '%3D');

const LABELS = ['export AWS_SECRET_ACCESS_KEY=', 'aws_secret_access_key = ', '"SecretAccessKey": "', 'secret_access_key: ', 'AWS Secret Access Key [None]: '];
const ERROR_LINES = [
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided.',
  'botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired',
  'Unable to locate credentials. You can configure credentials by running "aws configure".',
  'error: You must be logged in to the server (Unauthorized)',
];

/** Hard-wrap `line` at `width` columns, as a terminal copy does. */
const hardWrap = (line: string, width: number): string => (line.match(new RegExp(`[^]{1,${width}}`, 'gu')) ?? [line]).join('\n');

export const SHAPES: Record<string, Piece> = {
  bare: fc.tuple(fc.oneof(awsSecretKey, sessionToken, slackToken, githubToken), fc.constantFrom(' ', '\n', '\t', '`', '"', "'", ': ', '(')).map(([s, d]) => one('bare', `the value${d}${s}${d === '(' ? ')' : d} is what I used`, s)),
  labelled: fc.tuple(awsSecretKey, fc.constantFrom(...LABELS)).map(([s, l]) => one('labelled', `${l}${s}${l.endsWith('"') ? '"' : ''}`, s)),
  'url-encoded': fc.tuple(awsSecretKey.filter((s) => /[/+]/.test(s)), fc.boolean()).map(([s, label]) => one('url-encoded', label ? `https://example.com/cb?secret=${urlEncode(s)}&x=1` : `value ${urlEncode(s)} end`, s)),
  'json-escaped': fc.tuple(awsSecretKey.filter((s) => s.includes('/')), fc.boolean()).map(([s, u]) => one('json-escaped', `{"msg": "creds ${s.replace(/\//g, u ? '\\u002F' : '\\/')} failed"}`, s)),
  invisible: fc.tuple(withInvisible(awsSecretKey), fc.boolean()).map(([[s, hidden], label]) => one('invisible', label ? `AWS_SECRET_ACCESS_KEY=${hidden}` : `key ${hidden} here`, s)),
  'full-width': fc.tuple(awsSecretKey, fc.nat({ max: 30 })).map(([s, at]) => one('full-width', `secret ${fullWidth(s, at, at + 8)} x`, s)),
  'look-alike': awsSecretKey.map((s) => one('look-alike', `aws_secret_access_key=${lookAlike(s)}`, s)),
  'terminal-wrap': fc.tuple(fc.oneof(awsSecretKey, sessionToken), fc.constantFrom(76, 80), fc.nat({ max: 70 })).map(([s, w, pad]) => one('terminal-wrap', hardWrap(`${'-'.repeat(pad)} ${s} ${ERROR_LINES[0]}`, w), s)),
  'label-wrap': fc.tuple(awsSecretKey, fc.integer({ min: 0, max: 3 }), fc.constantFrom('AWS_SECRET_ACCESS_KEY=', 'export AWS_SECRET_ACCESS_KEY=', 'aws_secret_access_key = ')).map(([s, k, l]) => one('label-wrap', `${l}${s.slice(0, k)}\n${s.slice(k)} ${ERROR_LINES[0]}`, s)),
  'split-line': fc.tuple(awsSecretKey, fc.integer({ min: 4, max: 36 })).map(([s, k]) => one('split-line', `aws_secret_access_key = ${s.slice(0, k)}\n${s.slice(k)} ${ERROR_LINES[1]}`, s)),
  'long-line': fc.tuple(awsSecretKey, fc.integer({ min: 100, max: 9000 }), fc.constantFrom('.', '~', ' ', 'ab~', 'x|')).map(([s, n, fill]) => one('long-line', `${ERROR_LINES[1]} ${fill.repeat(Math.ceil(n / fill.length)).slice(0, n)}${s}~${ERROR_LINES[0]}`, s)),
  'wrapped-token': fc.tuple(sessionToken, fc.constantFrom(76, 80), fc.integer({ min: 1, max: 15 })).map(([t, w, last]) => {
    // Trim or pad so that the last wrapped piece is shorter than 16 characters.
    const head = `AWS_SESSION_TOKEN=${t}`;
    const full = head.slice(0, Math.floor(head.length / w) * w) + t.slice(0, last);
    return one('wrapped-token', `${hardWrap(full, w)}\n${ERROR_LINES[2]}`, full.slice('AWS_SESSION_TOKEN='.length));
  }),
  'signing-secret': signingSecret.map((s) => one('signing-secret', `SLACK_SIGNING_SECRET=${s}`, s)),
  'named-secret': fc.tuple(fc.oneof(password, clientSecret, vaultToken), fc.constantFrom('DB_PASSWORD=', 'client_secret: ', '"clientSecret": "', 'VAULT_TOKEN=', 'export MY_APP_SECRET=', 'SMTP_PASSWORD = ', 'refresh_token=')).map(([s, l]) => one('named-secret', `${l}${s}${l.endsWith('"') ? '"' : ''}`, s)),
  'vendor-token': fc.tuple(fc.oneof(slackToken, githubToken), fc.constantFrom('GITHUB_TOKEN=', 'SLACK_BOT_TOKEN=', 'token ', '')).map(([s, l]) => one('vendor-token', `${l}${s}`, s)),
  // A key folded onto indented lines as a YAML block scalar (a CloudFormation or Kubernetes file).
  'yaml-block': fc
    .tuple(awsSecretKey, fc.integer({ min: 4, max: 36 }), fc.constantFrom('>-', '>', '|', '|-', '>+', '|2'), fc.integer({ min: 2, max: 6 }), fc.constantFrom('SecretAccessKey', 'aws_secret_access_key', 'secretKey'), fc.constantFrom('\n', '\n\n'))
    .map(([s, k, ind, n, l, gap]) => one('yaml-block', `Credentials:\n  ${l}: ${ind}\n${' '.repeat(n + 2)}${s.slice(0, k)}${gap}${' '.repeat(n + 2)}${s.slice(k)}\n  Region: us-east-1\n${ERROR_LINES[0]}`, s)),
  // A key value cut and continued, indented, on the next line: a YAML plain or quoted scalar, an ini continuation.
  'indented-wrap': fc
    .tuple(awsSecretKey, fc.integer({ min: 4, max: 36 }), fc.constantFrom('  SecretAccessKey: ', '  SecretAccessKey: "', 'aws_secret_access_key = ', "  secret_access_key: '"), fc.integer({ min: 1, max: 8 }))
    .map(([s, k, l, n]) => one('indented-wrap', `${l}${s.slice(0, k)}\n${' '.repeat(n)}${s.slice(k)}${l.endsWith('"') ? '"' : l.endsWith("'") ? "'" : ''}\n${ERROR_LINES[0]}`, s)),
  // A key split into string literals joined in code: `+`, PHP `.`, over a line break, Python's implicit `("a" "b")`.
  concatenated: fc
    .tuple(awsSecretKey, fc.integer({ min: 4, max: 36 }), fc.constantFrom('" + "', "' \n  + '", '" "', '"\n    "', "' . '", '"+"', '` + `'), fc.constantFrom('secret = ', 'const key = ', 'aws_secret_access_key=(', 'client(', ''))
    .map(([s, k, join, pre]) => {
      const q = join[0]!;
      return one('concatenated', `${pre}${q}${s.slice(0, k)}${join}${s.slice(k)}${q}${pre.endsWith('(') ? ')' : ''}\n${ERROR_LINES[1]}`, s);
    }),
  // A key after a label written in words, in blank-separated groups or cut over a line break (stop 23).
  'worded-label-pieces': fc
    .tuple(fc.oneof(awsSecretKey, fc.constant('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')), fc.constantFrom('Secret access key: ', 'secret key -\n', 'the secret key is ', 'AWS Secret Access Key '), fc.constantFrom(4, 5, 8, 10, 20), fc.integer({ min: 4, max: 36 }), fc.boolean())
    .map(([s, label, size, at, grouped]) => {
      const pasted = grouped ? s.match(new RegExp(`.{1,${size}}`, 'g'))!.join(' ') : `${s.slice(0, at)}\n${s.slice(at)}`;
      return one('worded-label-pieces', `${label}${pasted}\n${ERROR_LINES[0]}`, [s, pasted]);
    }),
  'private-key': fc.array(chars(B64, 64, 64), { minLength: 2, maxLength: 4 }).map((lines) => one('private-key', `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`, lines)),
};

export const SHAPE_NAMES = Object.keys(SHAPES);
const filler = fc.oneof(fc.constantFrom('', 'any idea?', 'this started after the rotation', '$ aws sts get-caller-identity'), fc.string({ maxLength: 30 }).map((s) => s.replace(/[\s\S]*[=:]\s*$/, '')));

/** A paste of one to three shapes, an error line and some chat, in any order. */
export const plantedPaste: fc.Arbitrary<Planted> = fc
  .tuple(fc.array(fc.oneof(...Object.values(SHAPES)), { minLength: 1, maxLength: 3 }), fc.constantFrom(...ERROR_LINES), filler, fc.boolean())
  .map(([pieces, error, chat, errorFirst]) => {
    const body = pieces.map((p) => p.text).join('\n');
    return {
      text: errorFirst ? `${chat}\n${error}\n${body}` : `${body}\n${error}\n${chat}`,
      secrets: pieces.flatMap((p) => p.secrets),
      shapes: pieces.flatMap((p) => p.shapes),
    };
  });

/**
 * Every 16-character piece of a planted secret found in `output`, raw or as a human reads it. One
 * pass over the output with a set of all pieces, so that a 10 MB output and thousands of secrets
 * stay fast.
 */
export function leakedPieces(output: string, secrets: readonly string[]): string[] {
  const pieces = new Set<string>();
  for (const s of secrets) for (let i = 0; i + 16 <= s.length; i++) pieces.add(s.slice(i, i + 16));
  if (pieces.size === 0) return [];
  const found = new Set<string>();
  for (const v of [output, decodedView(output).text]) {
    for (let i = 0; i + 16 <= v.length; i++) {
      const piece = v.slice(i, i + 16);
      if (pieces.has(piece)) found.add(piece);
    }
  }
  return [...found];
}
