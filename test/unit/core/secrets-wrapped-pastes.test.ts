/**
 * A secret inside a wrapped paste is redacted and never echoed (issue 10, paste-shape invariance): every shape of
 * test/helpers/pasted-shapes.ts (credentials files, env dumps, STS JSON, Kubernetes Secrets, …) inside a JSON log
 * record (double-encoded too), a Python bytes repr, a logfmt `msg="…"`, numeric and named HTML entities of a copied
 * page, ANSI colours, log-line prefixes and a GitHub quote. diagnose reads through the wrapper (paste-shape.ts)
 * before redaction, so redaction sees the unwrapped text; a secret found in the text as pasted is redacted too.
 * No 16-character piece of a planted secret may reach the diagnosis, and the poster is told a secret was found.
 */
import { diagnose } from '../../../src/core/diagnose';
import { evidenceText } from '../../../src/core/conversation/belief';
import { createEgressGuard } from '../../../src/core/egress';
import { shapedPastes } from '../../helpers/pasted-shapes';
import { leakedPieces } from '../../helpers/secret-shapes';

const NOW = new Date('2026-12-01T00:00:00Z');
const ESC = '\u001b';
const each = (t: string, f: (l: string, i: number) => string): string => t.split('\n').map(f).join('\n');

const WRAPPERS: Array<[string, (t: string) => string]> = [
  ['a JSON log record', (t) => JSON.stringify({ level: 'error', time: '2024-03-01T12:00:00Z', message: t })],
  ['a double-encoded JSON record', (t) => JSON.stringify({ log: JSON.stringify({ level: 'error', message: t }) + '\n', stream: 'stderr' })],
  ['a Go JSON record (\\u0027, \\u002b)', (t) => `{"level":"error","error":${JSON.stringify(t).replace(/[<>&'+]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}}`],
  ["Python's bytes repr", (t) => `b'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`],
  ['logfmt msg="…"', (t) => each(t, (l) => `time="2024-03-01T12:00:00Z" level=error msg=${JSON.stringify(l)}`)],
  ['numeric HTML entities', (t) => t.replace(/["'<>&/+=]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`)],
  ['named HTML entities, &nbsp; and <br>', (t) => each(t.replace(/["<>&]/g, (c) => ({ '"': '&quot;', '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!), (l) => `${l.replace(/ /g, '&nbsp;')}<br>`)],
  ['ANSI colours around names and values', (t) => t.replace(/([=:]\s?)/g, `${ESC}[0m$1${ESC}[33m`).replace(/^/gm, `${ESC}[32m`)],
  ['a Kubernetes log prefix', (t) => each(t, (l, i) => `2024-03-01T12:00:${String(i % 60).padStart(2, '0')}.123456Z stderr F ${l}`)],
  ['a GitHub quote', (t) => each(t, (l) => `> ${l}`)],
];

describe('secrets inside wrapped pastes', () => {
  const pastes = shapedPastes(1010);
  it.each(WRAPPERS)('when every pasted shape comes in %s, then no piece of a secret reaches the diagnosis and a secret is reported', (_w, wrap) => {
    const leaks: string[] = [];
    for (const p of pastes) {
      const d = diagnose(wrap(p.text), { now: NOW });
      if (leakedPieces(JSON.stringify(d), p.secrets).length > 0) leaks.push(`${p.shape}: leaked`);
      if (d.secretsFound.length === 0) leaks.push(`${p.shape}: no secret reported`);
    }
    expect(leaks).toEqual([]);
  });
});

/**
 * What the case keeps (evidenceText) and what the egress guard learns from an input read through the same wrappers:
 * a secret diagnose finds only through the wrapper was redacted from the diagnosis yet stored, and never learned by
 * the guard, so an exit echoing the input kept it (stop-24 review, finding 1).
 */
describe('secrets inside wrapped pastes, stored and at the exits', () => {
  const pastes = shapedPastes(1011);
  const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const PROBES: Array<[string, string]> = [
    ['a key cut over Kubernetes-prefixed lines', `2024-03-01T12:00:00.123456Z stderr F secret access key: ${KEY.slice(0, 20)}\n2024-03-01T12:00:01.123456Z stderr F ${KEY.slice(20)}\n2024-03-01T12:00:02.123456Z stderr F An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.`],
    ["a Python list repr of the lines", `['secret key: ${KEY.slice(0, 20)}', '${KEY.slice(20)}', 'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation']`],
    ['&nbsp;-separated groups', `aws_secret_access_key =&nbsp;${KEY.match(/.{1,4}/g)!.join('&nbsp;')}<br>An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation`],
  ];
  const leaksAt = (input: string, secrets: readonly string[]): string[] => {
    const out: string[] = [];
    if (leakedPieces(evidenceText(input), secrets).length > 0) out.push('stored evidence');
    const guard = createEgressGuard();
    guard.learn(input);
    if (leakedPieces(guard.scrub(input).value, secrets).length > 0) out.push('guard.scrub');
    return out;
  };

  it.each(PROBES)('when %s is pasted, then neither the stored evidence nor the guard lets a piece through', (_name, input) => {
    expect(diagnose(input, { now: NOW }).secretsFound).toContain('secret-access-key');
    expect(leaksAt(input, [KEY])).toEqual([]);
  });

  it.each(WRAPPERS)('when every pasted shape comes in %s, then neither the stored evidence nor the guard lets a piece through', (_w, wrap) => {
    const leaks: string[] = [];
    for (const p of pastes) for (const where of leaksAt(wrap(p.text), p.secrets)) leaks.push(`${p.shape}: ${where}`);
    expect(leaks).toEqual([]);
  });
});
