import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { claimOnce, deliveryKey } from '../../../src/adapters/slack/dedupe';
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

  test('when the same key is claimed twice, then only the first claim wins', async () => {
    const kv = createMemoryStore();
    expect(await claimOnce(kv, 'evt:Ev1', logger)).toBe(true);
    expect(await claimOnce(kv, 'evt:Ev1', logger)).toBe(false);
    expect(await claimOnce(kv, 'evt:Ev2', logger)).toBe(true);
  });

  test('when the store is unreachable, then the delivery is processed rather than lost', async () => {
    const kv = { ...createMemoryStore(), setIfAbsent: async () => Promise.reject(new Error('ECONNREFUSED')) };
    expect(await claimOnce(kv, 'evt:Ev1', logger)).toBe(true);
  });
});
