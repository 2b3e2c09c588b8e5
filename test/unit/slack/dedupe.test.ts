import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { DeliveryClaims, deliveryKey } from '../../../src/adapters/slack/dedupe';
import { manualClock } from '../../integration/store/manual-clock';
import { createLogger } from '../../../src/adapters/logging/logger';

const logger = createLogger({ level: 'silent' });

describe('delivery keys', () => {
  test('when an event has an event_id, then the key is the event_id (the same on every retry)', () => {
    expect(deliveryKey({ event_id: 'Ev1', event: { type: 'message', channel: 'C1', ts: '1.2' } })).toBe('evt:Ev1');
  });

  test('when an event has no event_id, then the message identity is used', () => {
    expect(deliveryKey({ event: { type: 'message', channel: 'C1', ts: '1.2' } })).toBe('evt:message:C1:1.2');
    expect(deliveryKey({ event: { type: 'message', client_msg_id: 'abc', channel: 'C1', ts: '1.2' } })).toBe('evt:message:abc');
  });

  test('when a slash command or an interaction arrives, then its trigger id identifies it', () => {
    expect(deliveryKey({ command: '/awskey', trigger_id: 't1' })).toBe('cmd:t1');
    expect(deliveryKey({ type: 'block_actions', trigger_id: 't2' })).toBe('int:block_actions:t2');
    expect(deliveryKey({})).toBeUndefined();
  });

});

describe('delivery claims (leases)', () => {
  const LEASE_MS = 30_000;
  const setup = () => {
    const clock = manualClock();
    const kv = createMemoryStore({ clock });
    return { clock, kv, a: new DeliveryClaims(kv, clock, logger, LEASE_MS), b: new DeliveryClaims(kv, clock, logger, LEASE_MS) };
  };

  test('when a delivery is claimed and finished, then every later delivery of it is dropped as done', async () => {
    const { a, b } = setup();
    const first = await a.claim('evt:Ev1');
    expect(first.claimed).toBe(true);
    if (first.claimed) await first.claim.complete();
    expect(await b.claim('evt:Ev1')).toEqual({ claimed: false, reason: 'done' });
    expect(await a.claim('evt:Ev1')).toEqual({ claimed: false, reason: 'done' });
  });

  test('when a retry arrives while the delivery is still being processed (same replica or another), then it is dropped as held', async () => {
    const { a, b } = setup();
    expect((await a.claim('evt:Ev1')).claimed).toBe(true);
    expect(await a.claim('evt:Ev1')).toEqual({ claimed: false, reason: 'held' });
    expect(await b.claim('evt:Ev1')).toEqual({ claimed: false, reason: 'held' });
    expect((await b.claim('evt:Ev2')).claimed).toBe(true);
  });

  test('when the claimant dies (its lease lapses unrenewed), then the retry is processed by another replica', async () => {
    const { a, b, clock } = setup();
    expect((await a.claim('evt:Ev1')).claimed).toBe(true); // never completed: the process died
    clock.advance(LEASE_MS / 1000 + 1);
    const retry = await b.claim('evt:Ev1');
    expect(retry).toMatchObject({ claimed: true, takeover: true });
  });

  test('when a claim is handed back at shutdown, then the retry is processed at once', async () => {
    const { a, b } = setup();
    expect((await a.claim('evt:Ev1')).claimed).toBe(true);
    expect(await a.releaseAll()).toBe(1);
    expect((await b.claim('evt:Ev1')).claimed).toBe(true);
  });

  test('when the store is unreachable, then the delivery is processed rather than lost', async () => {
    const kv = { ...createMemoryStore(), update: async () => Promise.reject(new Error('ECONNREFUSED')) };
    const claims = new DeliveryClaims(kv, { now: () => new Date() }, logger, LEASE_MS);
    expect((await claims.claim('evt:Ev1')).claimed).toBe(true);
  });
});
