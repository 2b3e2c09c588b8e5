/**
 * A secret cut by a hard wrap is still a secret (issue 10, robustness item 3). Terminals, mail, Jira and CI consoles
 * hard-wrap a paste at 60, 72, 80 or 120 columns, cutting whatever stands at the column: a secret access key, a session
 * token (wrapped over several lines), inside quotes or JSON, with a hanging indent on what goes on, or with a CI time on
 * every physical line. Read as two short halves, neither looks like a secret; read through the wrap, both go. Every half
 * of at least 8 characters is looked for in the diagnosis, in the stored evidence and in what the egress guard lets out.
 */
import { diagnose } from '../../../src/core/diagnose';
import { evidenceText } from '../../../src/core/conversation/belief';
import { createEgressGuard } from '../../../src/core/egress';
import { redact } from '../../../src/core/redact';
import { shapedPastes, SecretMaker } from '../../helpers/pasted-shapes';
import { rng } from '../../helpers/synthetic-case';

const NOW = new Date('2026-12-01T00:00:00Z');
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

/** `fold -w width` (a terminal copy): every line cut at the column; `indent` opens each line that goes on. */
function fold(text: string, width: number, indent: string, stamp: (i: number) => string): string {
  let n = 0;
  return text
    .split('\n')
    .map((l) => {
      const parts = [l.slice(0, width)];
      for (let i = width; i < l.length; i += width - indent.length) parts.push(indent + l.slice(i, i + width - indent.length));
      return parts.map((p) => stamp(n++) + p).join('\n');
    })
    .join('\n');
}
const ciTime = (i: number): string => `2024-03-01T12:00:${String(i % 60).padStart(2, '0')}.1234567Z `;
const noTime = (): string => '';

/** Pieces of 8 characters of each secret found in `out`. */
function leaked(out: string, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const s of secrets) for (let i = 0; i + 8 <= s.length; i++) if (out.includes(s.slice(i, i + 8))) found.push(s.slice(i, i + 8));
  return found;
}

function exitsLeaking(text: string, secrets: readonly string[]): string[] {
  const out: string[] = [];
  if (leaked(JSON.stringify(diagnose(text, { now: NOW })), secrets).length > 0) out.push('diagnosis');
  if (leaked(evidenceText(text), secrets).length > 0) out.push('stored evidence');
  const guard = createEgressGuard();
  guard.learn(text);
  if (leaked(guard.scrub(text).value, secrets).length > 0) out.push('guard.scrub');
  return out;
}

const WRAPS: Array<[string, number, string, (i: number) => string]> = [];
for (const width of [60, 72, 80, 120]) {
  WRAPS.push([`${width} columns`, width, '', noTime]);
  WRAPS.push([`${width} columns, a hanging indent`, width, '  ', noTime]);
  WRAPS.push([`${width} columns, a CI time on every line`, width, '', ciTime]);
}

describe('a secret access key, a session token and a key id cut by a hard wrap', () => {
  const m = new SecretMaker(rng(2611));
  // Each line is wider than every width, so that each wrap cuts its secret somewhere inside.
  const cases = Array.from({ length: 6 }, (_, k) => {
    const [key, token, id] = [m.awsKey(), m.sessionToken(), m.keyId(k % 2 ? 'ASIA' : 'AKIA')];
    const pad = 'x'.repeat(k * 7);
    return {
      secrets: [key, token],
      texts: [
        `export AWS_ACCESS_KEY_ID=${id} ${pad}AWS_SECRET_ACCESS_KEY=${key} AWS_SESSION_TOKEN=${token}\n${ERROR}`,
        `{"Credentials": {"AccessKeyId": "${id}", ${pad}"SecretAccessKey": "${key}", "SessionToken": "${token}", "Expiration": "2026-12-06T02:00:00Z"}}\n${ERROR}`,
        `aws_secret_access_key = ${pad}'${key}'\naws_session_token = "${token}"\n${ERROR}`,
      ],
    };
  });

  it.each(WRAPS)('when wrapped at %s, then no half reaches the diagnosis, the stored evidence or an exit', (_name, width, indent, stamp) => {
    const leaks: string[] = [];
    cases.forEach((c, i) =>
      c.texts.forEach((t, j) => {
        const where = exitsLeaking(fold(t, width, indent, stamp), c.secrets);
        if (where.length > 0) leaks.push(`case ${i} text ${j}: ${where.join(', ')}`);
      }),
    );
    expect(leaks).toEqual([]);
  });

  it('when a key id is cut by the wrap, then the error and the unwrapped id stay readable (an id is evidence, not a secret)', () => {
    const id = 'AKIAIOSFODNN7EXAMPLE';
    const d = diagnose(fold(`aws_access_key_id = ${id} and then ${ERROR}`, 30, '', noTime), { now: NOW });
    expect(d.detected).toBe(true);
    expect(d.secretsFound).toEqual([]);
  });
});

/**
 * A Slack quote of lines a terminal wrapped at 80 (`> ` before each), hard-wrapped again at a narrower width: each quoted
 * line is cut in two, the rest without its quote. The quoted line with its rest fills the first width, so the next
 * quoted line goes on the value (the last piece of a session token was left out otherwise: session 30's combined shape).
 */
describe('a quote of wrapped lines, wrapped again', () => {
  const token = new SecretMaker(rng(2614)).sessionToken();
  const quoted = `xxxxxxx export AWS_SESSION_TOKEN=${token}`.match(/.{1,80}/g)!.map((l) => `> ${l}`).join('\n');
  it.each([60, 72, 80])('when the quote is wrapped again at %i columns, then no piece of the token reaches an exit', (width) => {
    expect(exitsLeaking(`${fold(quoted, width, '', noTime)}\n${ERROR}`, [token])).toEqual([]);
  });
});

/**
 * Pasted shapes (test/helpers/pasted-shapes.ts) wrapped whole, those cut inside an escape or at a character no value
 * opens or ends with too (a URL's `%2|F` or `&am|p;`, an escaped quote, a password's `!`, docker's `-e`): the wraps are
 * read on the text as pasted, where the columns are the terminal's, before anything is decoded.
 */
describe('every pasted shape, hard-wrapped', () => {
  const pastes = shapedPastes(2612);
  it.each(WRAPS)('when wrapped at %s, then no half reaches the diagnosis, the stored evidence or an exit', (_name, width, indent, stamp) => {
    const leaks: string[] = [];
    for (const p of pastes) {
      const where = exitsLeaking(fold(p.text, width, indent, stamp), p.secrets);
      if (where.length > 0) leaks.push(`${p.shape}: ${where.join(', ')}`);
    }
    expect(leaks).toEqual([]);
  });

  // S3's HostId too: a wrap that cuts `<HostId>` or `Extended Request I|D:` from its value leaves a 76-character base64
  // run on a line of its own, which was redacted as a token (evidence lost, and a false warning of a pasted token).
  it('when wrapped, then the evidence beside the secrets (ARNs, request ids, HostId) is not redacted as a secret', () => {
    const lost: string[] = [];
    for (const p of shapedPastes(2613)) {
      for (const width of [60, 72, 80, 120]) {
        const text = fold(p.text, width, '', noTime);
        const r = redact(text).text;
        // Each evidence value, as it stands wrapped in the text, is still there.
        for (const e of p.evidence) for (const piece of e.match(/.{1,8}/g)!) if (text.includes(piece) && !r.includes(piece)) lost.push(`${p.shape} @${width}: ${piece}`);
      }
    }
    expect(lost).toEqual([]);
  });
});
