import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { caseStoreKey, createCaseStore } from '../../../src/adapters/store/case-store';
import type { CaseState } from '../../../src/core/conversation/types';

function manualClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (s: number) => (t += s * 1000) };
}

function caseState(channel: string, thread: string, participants: string[] = []): CaseState {
  return {
    version: 1,
    key: { channel, thread },
    phase: 'diagnosing',
    openedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    openedBy: 'U1',
    participants,
    facts: {} as CaseState['facts'],
    errorCodes: [],
    causes: [],
    history: [],
    asked: [],
    rejected: [],
    lookups: [],
    secretsWarned: [],
    timeline: [],
  };
}

describe('memory store', () => {
  it('when an entry outlives its ttl, then it is gone', async () => {
    const clock = manualClock();
    const kv = createMemoryStore({ clock });
    await kv.set('a', { n: 1 }, 10);
    clock.advance(9);
    expect(await kv.get('a')).toEqual({ n: 1 });
    clock.advance(1);
    expect(await kv.get('a')).toBeUndefined();
  });

  it('when update is given no ttl, then the entry keeps its expiry', async () => {
    const clock = manualClock();
    const kv = createMemoryStore({ clock });
    await kv.set('a', 1, 10);
    clock.advance(6);
    await kv.update<number>('a', (n) => (n ?? 0) + 1);
    clock.advance(5);
    expect(await kv.get('a')).toBeUndefined();
  });

  it('when a value is mutated after set, then the stored copy is unchanged', async () => {
    const kv = createMemoryStore();
    const v = { list: [1] };
    await kv.set('a', v);
    v.list.push(2);
    expect(await kv.get('a')).toEqual({ list: [1] });
  });
});

describe('case store', () => {
  it('when a case is updated, then its idle ttl starts again', async () => {
    const clock = manualClock();
    const cases = createCaseStore(createMemoryStore({ clock }), 100);
    const key = { channel: 'C1', thread: '1700000000.000100' };
    await cases.update(key, () => caseState('C1', '1700000000.000100'));
    clock.advance(90);
    await cases.update(key, (c) => c && { ...c, participants: ['U2'] });
    clock.advance(90);
    expect((await cases.get(key))?.participants).toEqual(['U2']);
    clock.advance(11);
    expect(await cases.get(key)).toBeUndefined();
  });

  it('when channel or thread hold a colon, then two cases never share a key', () => {
    expect(caseStoreKey({ channel: 'a:b', thread: 'c' })).not.toEqual(caseStoreKey({ channel: 'a', thread: 'b:c' }));
  });
});
