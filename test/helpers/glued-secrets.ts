/**
 * A secret glued to whatever stands next to it in a real paste (secrets-glued-neighbours.test.ts): the neighbours are
 * tokens of the real pastes' tuning half (words, paths, flags, error fragments, as pasted) and what people glue them
 * with: punctuation and quotes, look-alike Cyrillic and full-width letters, zero-width joiners and spaces, NBSP, a
 * terminal's hard wrap, URL-encoding (`%2F`), JSON escaping (`\/`), base64 of `key id:secret`, a shell `export`, YAML `|`
 * / `>` blocks, a shell echoing the secret as a command. Secrets are generated at run time; nothing real is committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { awsSecretKey, sessionToken } from './secret-shapes';

/**
 * Tokens of the real pastes' tuning half (never the held-out half), up to 24 characters. Left out: tokens that make what
 * is glued after them evidence by design (evidence.ts): an ARN's or a URL's path (`arn:…/<key>` reads as the ARN's
 * resource), and the labels of ids and digests (`RequestId:` then a value on the next line is the request's id; only a
 * value of a key's exact shape there is read as a key).
 */
const EVIDENCE_CONTEXT = /arn:|:\/\/|version|upload|token|marker|request.?id|host.?id|amz-id|amazon.?id|cf.?id|sha|hash|etag|digest|checksum|integrity|fingerprint|encoded/i;

function realTokens(): string[] {
  const dir = join(__dirname, '../fixtures/real-pastes/tuning');
  const tokens = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const paste = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { paste?: string }).paste ?? '';
    for (const t of paste.split(/\s+/)) if (t.length >= 1 && t.length <= 24 && !EVIDENCE_CONTEXT.test(t)) tokens.add(t);
  }
  return [...tokens].sort();
}

export const TOKENS = realTokens();
const PUNCTUATION = ['"', "'", '`', '(', ')', '[', ']', '{', '}', '<', '>', ':', '=', ',', ';', '|', '*', '_', '~', '-', '.', '!', '?', '#', '@', '$', '&'];
const INVISIBLE = ['\u200d', '\u200b', '\u2060', '\ufeff', '\u00ad'];
const SPACES = [' ', '\u00a0', '\u3000', '\t'];
const LOOK_ALIKE: Record<string, string> = { a: '\u0430', e: '\u0435', o: '\u043e', c: '\u0441', p: '\u0440', x: '\u0445', A: '\u0410', B: '\u0412', E: '\u0415', K: '\u041a', M: '\u041c', H: '\u041d', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', X: '\u0425' };

const fullWidth = (s: string): string => [...s].map((c) => (c > ' ' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c === ' ' ? '\u3000' : c)).join('');
const lookAlike = (s: string): string => [...s].map((c) => LOOK_ALIKE[c] ?? c).join('');

/** A neighbour as pasted: a real token, as is or in look-alike or full-width letters, punctuation, or nothing. */
const neighbour = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: fc.constantFrom(...TOKENS).map(fullWidth) },
  { weight: 1, arbitrary: fc.constantFrom(...TOKENS).map(lookAlike) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...TOKENS), { minLength: 2, maxLength: 4 }).map((ws) => ws.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
);
/** What joins a neighbour to the secret: nothing (glued), a blank of any width, an invisible character, a quote, a break. */
const joiner = fc.constantFrom('', '', '', ...SPACES, ...INVISIBLE, '"', "'", '=', ': ', '\n', '\\n', '%20', '+');

type Encoding = 'raw' | 'url' | 'json' | 'invisible-inside' | 'look-alike-inside' | 'full-width-inside' | 'basic';
const encoding = fc.constantFrom<Encoding>('raw', 'raw', 'raw', 'url', 'json', 'invisible-inside', 'look-alike-inside', 'full-width-inside', 'basic');

/** The secret as written (its planted values: what must not stay, raw or decoded). */
function encode(secret: string, how: Encoding, at: number): { written: string; secrets: string[] } {
  const i = 1 + (at % (secret.length - 2));
  switch (how) {
    case 'url':
      return { written: secret.replace(/\//g, '%2F').replace(/\+/g, '%2B'), secrets: [secret] };
    case 'json':
      return { written: secret.replace(/\//g, '\\/'), secrets: [secret] };
    case 'invisible-inside':
      return { written: `${secret.slice(0, i)}\u200d${secret.slice(i)}`, secrets: [secret] };
    case 'look-alike-inside':
      return { written: secret.slice(0, i) + lookAlike(secret.slice(i, i + 6)) + secret.slice(i + 6), secrets: [secret] };
    case 'full-width-inside':
      return { written: secret.slice(0, i) + fullWidth(secret.slice(i, i + 6)) + secret.slice(i + 6), secrets: [secret] };
    case 'basic': {
      // HTTP Basic credentials of `key id:secret` (a proxy's or a presigning helper's): the base64 itself is the secret.
      const b64 = Buffer.from(`AKIAIOSFODNN7EXAMPLE:${secret}`).toString('base64');
      return { written: b64, secrets: [b64] };
    }
    default:
      return { written: secret, secrets: [secret] };
  }
}

type Frame = 'line' | 'export' | 'yaml-literal' | 'yaml-folded' | 'shell-echo' | 'json-record';
const frame = fc.constantFrom<Frame>('line', 'line', 'line', 'export', 'yaml-literal', 'yaml-folded', 'shell-echo', 'json-record');

/** The glued line set in what holds it in a paste. */
function framed(line: string, how: Frame, name: string): string {
  switch (how) {
    case 'export':
      return `$ export ${line}`;
    case 'yaml-literal':
      return `${name}: |\n  ${line}\n  region: us-east-1`;
    case 'yaml-folded':
      return `${name}: >-\n    ${line}\nnext: value`;
    case 'shell-echo':
      return `$ ${line}\nbash: ${line.trim().split(/\s+/).pop() ?? line}: command not found`;
    case 'json-record':
      return JSON.stringify({ level: 'error', msg: line });
    default:
      return line;
  }
}

/** Columns a terminal gives a character: none for an invisible one, two for a wide (CJK, full-width) one. */
const columns = (c: string): number => (/^[\p{Cf}\u00ad]$/u.test(c) ? 0 : /^[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]$/u.test(c) ? 2 : 1);

/** Hard-wrap each line at `width` columns, as a terminal copy does (a wide character that does not fit goes on). */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let row = '';
      let used = 0;
      for (const c of line) {
        const w = columns(c);
        if (used + w > width) {
          out.push(row);
          row = '';
          used = 0;
        }
        row += c;
        used += w;
      }
      out.push(row);
      return out.join('\n');
    })
    .join('\n');
}

export interface Glued {
  text: string;
  secrets: string[];
}

export const gluedSecret: fc.Arbitrary<Glued> = fc
  .record({
    secret: fc.oneof({ weight: 4, arbitrary: awsSecretKey }, { weight: 1, arbitrary: sessionToken }),
    how: encoding,
    at: fc.nat(),
    left: neighbour,
    leftJoin: joiner,
    right: neighbour,
    rightJoin: joiner,
    frame,
    name: fc.constantFrom('credentials', 'data', 'value', 'config', 'SecretAccessKey', 'secret'),
    wrap: fc.constantFrom(0, 0, 0, 60, 64, 72, 76, 80),
    before: fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((ws) => ws.join(' ')),
  })
  .map(({ secret, how, at, left, leftJoin, right, rightJoin, frame: f, name, wrap, before }) => {
    const { written, secrets } = encode(secret, how, at);
    const line = `${left}${leftJoin}${written}${rightJoin}${right}`;
    const body = `${before}\n${framed(line, f, name)}\nAn error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.`;
    return { text: wrap > 0 ? hardWrap(body, wrap) : body, secrets };
  });

