/**
 * The egress guard at each exit, inside a request that pasted a secret: a piece of that secret
 * that reaches a log record, the audit log, a store write or a metric label is replaced, counted
 * and reported without its value.
 */
import { createAuditLog } from '../../../src/adapters/logging/audit-log';
import { createLogger } from '../../../src/adapters/logging/logger';
import { createMetrics } from '../../../src/adapters/metrics/metrics';
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { activeGuard, learnInput, withRequestGuard } from '../../../src/adapters/egress/context';
import { findSecrets } from '../../../src/core/redact';
import { guardedFetch } from '../../../src/adapters/egress/guard';
import { egressBlockedTotals, onEgressBlocked } from '../../../src/adapters/egress/report';

/** Generated, never committed: 40 base64 characters. */
function makeSecret(): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 38; i++) s += a[Math.floor(Math.random() * a.length)];
  return `${s}/9`;
}

describe('egress guard at the exits', () => {
  const secret = makeSecret();
  const piece = secret.slice(7, 27); // 20 characters: no redaction rule knows this alone
  const paste = `aws_secret_access_key = ${secret}`;

  it('when a log record holds a piece of the pasted secret, then the line has the placeholder and the event is reported without the value', () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (s: string) => void lines.push(s) } });
    const events: Array<[string, number]> = [];
    const stop = onEgressBlocked((exit, hits) => events.push([exit, hits]));
    const before = egressBlockedTotals().log ?? 0;
    withRequestGuard(paste, () => logger.info({ note: `x ${piece} y` }, `message ${piece}`));
    stop();
    expect(lines.join('')).not.toContain(piece);
    expect(lines.join('')).toContain('[REDACTED:egress]');
    expect(egressBlockedTotals().log).toBe(before + 2);
    expect(events).toEqual([['log', 1], ['log', 1]]);
    expect(JSON.stringify(events)).not.toContain(piece);
  });

  it('when an audit entry holds a piece, then it is replaced', () => {
    const lines: string[] = [];
    const audit = createAuditLog(createLogger({ destination: { write: (s: string) => void lines.push(s) } }));
    withRequestGuard(paste, () => audit.record({ at: 'now', actor: 'u', action: 'lookup', detail: { hint: piece } }));
    expect(lines.join('')).not.toContain(piece);
  });

  it('when a store write holds a piece, then the stored JSON has the placeholder', async () => {
    const store = createMemoryStore();
    await withRequestGuard(paste, () => store.set('k', { nested: [`a ${piece}`] }));
    expect(JSON.stringify(await store.get('k'))).not.toContain(piece);
    await withRequestGuard(paste, () => store.update('u', () => ({ v: piece })));
    expect(JSON.stringify(await store.get('u'))).not.toContain(piece);
  });

  it('when a metric label holds a piece, then the exposed metrics do not', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    withRequestGuard(paste, () => metrics.failures.inc({ where: piece }));
    expect(await metrics.registry.metrics()).not.toContain(piece);
  });

  it('when a Slack Web API or respond() body holds a piece, then the request that leaves does not', async () => {
    const sent: string[] = [];
    const fetchFn = guardedFetch('slack', (async (_url: unknown, init?: { body?: unknown }) => {
      sent.push(String(init?.body));
      return new Response('{"ok":true}');
    }) as typeof fetch);
    await withRequestGuard(paste, () => fetchFn('https://slack.example/api/chat.postMessage', { method: 'POST', body: `text=${encodeURIComponent(`see ${piece}`)}` }));
    await withRequestGuard(paste, () => fetchFn('https://hooks.example/respond', { method: 'POST', body: JSON.stringify({ text: `see ${piece}` }) }));
    expect(sent.join('\n')).not.toContain(piece.slice(0, 16));
    expect(sent[1]).toBe(JSON.stringify({ text: 'see [REDACTED:egress]' }));
  });

  it('when another request runs at the same time, then it does not share the fingerprints', () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (s: string) => void lines.push(s) } });
    withRequestGuard('nothing secret here', () => logger.info({}, `other ${piece}`));
    expect(lines.join('')).toContain(piece);
  });

  it('when an input is learned, then what the guard found is handed back (the paste listener reads its secrets from it) and the guard holds it', () => {
    withRequestGuard('nothing secret here', () => {
      const found = learnInput(`before ${paste} after`);
      expect(found).toEqual(findSecrets(`before ${paste} after`));
      expect(found.map((f) => f.kind)).toEqual(['secret-access-key']);
      expect(activeGuard().holds(`x ${piece} y`)).toBe(true);
    });
    expect(learnInput('')).toEqual([]);
  });
});
