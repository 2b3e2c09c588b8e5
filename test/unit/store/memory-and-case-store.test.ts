import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { caseStoreKey, createCaseStore } from '../../../src/adapters/store/case-store';
import { caseState } from '../../integration/store/case-fixture';
import { manualClock } from '../../integration/store/manual-clock';

describe('memory store', () => {
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

  it('when expired entries are only ever written, then they are still dropped', async () => {
    const clock = manualClock();
    const kv = createMemoryStore({ clock });
    for (let i = 0; i < 5; i++) await kv.set(`k${i}`, i, 1);
    clock.advance(2);
    expect(kv.size()).toBe(0);
  });
});

describe('case store', () => {
  it('when a case is updated, then it is stored under its channel and thread with an idle ttl', async () => {
    const clock = manualClock();
    const kv = createMemoryStore({ clock });
    const cases = createCaseStore(kv, 100);
    const key = { channel: 'C1', thread: '1700000000.000100' };
    await cases.update(key, () => caseState(key));
    expect(await kv.get(caseStoreKey(key))).toMatchObject({ key });
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
