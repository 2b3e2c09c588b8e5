/**
 * The one behaviour every KeyValueStore backend must show. Each backend test file calls
 * `describeKeyValueContract` with a harness that opens handles ("replicas") onto shared data.
 */
import { createCaseStore } from '../../../src/adapters/store/case-store';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { Leases } from '../../../src/usecases/leases';
import { caseState } from './case-fixture';
import { manualClock } from './manual-clock';

export interface StoreHarness {
  /** Fresh, empty shared data for one test (a temp dir, a key prefix, a new map). */
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** A new handle onto the current shared data, as a second replica would open it. */
  open(): Promise<KeyValueStore>;
  /** Lets `seconds` pass for expiry: a manual clock, or real waiting for Redis. */
  elapse(seconds: number): Promise<void>;
  /** Whether data survives closing every handle and opening again. */
  durable: boolean;
}

export const UNICODE_SAMPLE = {
  text: 'Grüße — ✓ 🎉 日本語 عربى e\u0301 "quoted" \\back\\slash\n\ttab',
  keys: ['AKIA…MPLE', '🔑'],
};

export function describeKeyValueContract(name: string, h: StoreHarness): void {
  describe(`${name} key-value contract`, () => {
    const handles: KeyValueStore[] = [];
    const open = async () => {
      const s = await h.open();
      handles.push(s);
      return s;
    };
    beforeEach(() => h.setUp());
    afterEach(async () => {
      await Promise.all(handles.splice(0).map((s) => s.close()));
      await h.tearDown();
    });

    it('when a key is set, read, overwritten and deleted, then each read sees the latest state', async () => {
      const kv = await open();
      expect(await kv.get('missing')).toBeUndefined();
      await kv.set('k', { a: 1, list: [1, 2], nested: { ok: true } });
      expect(await kv.get('k')).toEqual({ a: 1, list: [1, 2], nested: { ok: true } });
      await kv.set('k', 'second');
      expect(await kv.get('k')).toBe('second');
      await kv.delete('k');
      expect(await kv.get('k')).toBeUndefined();
      await expect(kv.delete('never-set')).resolves.toBeUndefined();
    });

    it('when one replica writes, then another replica reads the value', async () => {
      const [a, b] = [await open(), await open()];
      await a.set('shared', { by: 'a' });
      expect(await b.get('shared')).toEqual({ by: 'a' });
    });

    it('when an entry outlives its ttl, then it is gone, while an entry without ttl stays', async () => {
      const kv = await open();
      await kv.set('short', 'x', 1);
      await kv.set('forever', 'y');
      expect(await kv.get('short')).toBe('x');
      await h.elapse(1.5);
      expect(await kv.get('short')).toBeUndefined();
      expect(await kv.get('forever')).toBe('y');
    });

    it('when many replicas call setIfAbsent at once, then exactly one wins and its value is kept', async () => {
      const [a, b] = [await open(), await open()];
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).setIfAbsent('event:Ev1', { winner: i }, 60)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await a.get('event:Ev1')).toEqual({ winner: results.indexOf(true) });
      expect(await b.setIfAbsent('event:Ev1', { winner: 'late' }, 60)).toBe(false);
    });

    it('when a setIfAbsent marker has expired, then the key can be claimed again', async () => {
      const kv = await open();
      expect(await kv.setIfAbsent('event:Ev2', 1, 1)).toBe(true);
      await h.elapse(1.5);
      expect(await kv.setIfAbsent('event:Ev2', 2, 60)).toBe(true);
      expect(await kv.get('event:Ev2')).toBe(2);
    });

    it('when two replicas each run 100 concurrent increments, then the count is exactly 200', async () => {
      const [a, b] = [await open(), await open()];
      const inc = (s: KeyValueStore) => s.update<{ n: number }>('counter', (c) => ({ n: (c?.n ?? 0) + 1 }), 600);
      await Promise.all(Array.from({ length: 200 }, (_, i) => inc(i % 2 ? a : b)));
      expect(await a.get('counter')).toEqual({ n: 200 });
      expect(await b.get('counter')).toEqual({ n: 200 });
    });

    it('when update returns undefined, then the stored value is unchanged and returned', async () => {
      const kv = await open();
      expect(await kv.update('absent', () => undefined)).toBeUndefined();
      expect(await kv.get('absent')).toBeUndefined();
      await kv.set('k', { v: 1 });
      expect(await kv.update('k', () => undefined)).toEqual({ v: 1 });
      expect(await kv.update<{ v: number }>('k', (c) => ({ v: (c?.v ?? 0) + 1 }))).toEqual({ v: 2 });
    });

    it('when update passes a ttl, then the expiry restarts; without one, the old expiry is kept', async () => {
      const kv = await open();
      await kv.set('refreshed', 0, 1);
      await kv.set('kept', 0, 1);
      await kv.update<number>('refreshed', (n) => (n ?? 0) + 1, 600);
      await kv.update<number>('kept', (n) => (n ?? 0) + 1);
      await h.elapse(1.5);
      expect(await kv.get('refreshed')).toBe(1);
      expect(await kv.get('kept')).toBeUndefined();
    });

    it('when values and keys hold unicode, then they round-trip unchanged', async () => {
      const kv = await open();
      for (const key of UNICODE_SAMPLE.keys) {
        await kv.set(key, { text: UNICODE_SAMPLE.text });
        expect(await kv.get(key)).toEqual({ text: UNICODE_SAMPLE.text });
      }
      const updated = await kv.update<{ text: string }>(UNICODE_SAMPLE.keys[0]!, (c) => ({ text: `${c?.text ?? ''}!` }));
      expect(updated).toEqual({ text: `${UNICODE_SAMPLE.text}!` });
    });

    it('when a value is 200 KB, then it is stored, updated and read back whole', async () => {
      const kv = await open();
      const big = { lines: Array.from({ length: 2000 }, (_, i) => `${String(i).padStart(4, '0')} ${'x'.repeat(95)}`) };
      expect(JSON.stringify(big).length).toBeGreaterThan(200_000);
      await kv.set('big', big);
      expect(await kv.get('big')).toEqual(big);
      const after = await kv.update<typeof big>('big', (c) => ({ lines: [...(c?.lines ?? []), 'last'] }));
      expect(after?.lines).toHaveLength(2001);
      expect((await kv.get<typeof big>('big'))?.lines.at(-1)).toBe('last');
    });

    it('when a value is not JSON-serialisable, then the call fails and nothing is stored', async () => {
      const kv = await open();
      await expect(kv.set('bad', undefined)).rejects.toThrow(/JSON/);
      await expect(kv.update('bad', () => (() => 1) as unknown as number)).rejects.toThrow(/JSON/);
      expect(await kv.get('bad')).toBeUndefined();
    });

    it('when two replicas answer the same case at once, then both answers are kept', async () => {
      const [a, b] = [createCaseStore(await open(), 600), createCaseStore(await open(), 600)];
      const key = { channel: 'C0EXAMPLE', thread: '1700000000.000100' };
      await a.update(key, () => caseState(key, ['U1']));
      const join = (user: string) => (c: ReturnType<typeof caseState> | undefined) => c && { ...c, participants: [...c.participants, user] };
      await Promise.all(['U2', 'U3', 'U4', 'U5', 'U6', 'U7'].map((u, i) => (i % 2 ? a : b).update(key, join(u))));
      expect((await b.get(key))?.participants.slice().sort()).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7']);
      expect(await a.get({ channel: 'C0EXAMPLE', thread: 'other' })).toBeUndefined();
    });

    it('when a case keeps being updated, then it outlives its idle ttl, and expires once left idle', async () => {
      const cases = createCaseStore(await open(), 2);
      const key = { channel: 'C0EXAMPLE', thread: '1700000000.000200' };
      await cases.update(key, () => caseState(key));
      await h.elapse(1.2);
      await cases.update(key, (c) => c && { ...c, phase: 'remediating' });
      await h.elapse(1.2);
      expect((await cases.get(key))?.phase).toBe('remediating');
      await h.elapse(1.5);
      expect(await cases.get(key)).toBeUndefined();
    });


    it('when two replicas race for a lease, then exactly one holds it until it expires, and the other takes it over', async () => {
      const clock = manualClock();
      const [a, b] = [new Leases(await open(), clock), new Leases(await open(), clock)];
      const opts = { ttlMs: 5000 };
      const results = await Promise.all([a.acquire('event:E1', 'replica-a', opts), b.acquire('event:E1', 'replica-b', opts)]);
      expect(results.filter((r) => r.acquired)).toHaveLength(1);
      const winner = results[0]!.acquired ? 'replica-a' : 'replica-b';
      const loser = winner === 'replica-a' ? b : a;
      const loserName = winner === 'replica-a' ? 'replica-b' : 'replica-a';
      expect(await loser.acquire('event:E1', loserName, opts)).toMatchObject({ acquired: false, reason: 'held' });
      expect(await loser.renew('event:E1', loserName, opts)).toBe(false);
      clock.advance(6);
      const takeover = await loser.acquire('event:E1', loserName, opts);
      expect(takeover).toMatchObject({ acquired: true, takeover: true, record: { owner: loserName, takes: 2 } });
    });

    it('when a lease is completed, then nobody takes it again; when released, then the next asker takes it at once', async () => {
      const clock = manualClock();
      const leases = new Leases(await open(), clock);
      const opts = { ttlMs: 60_000 };
      expect((await leases.acquire('done-work', 'r1', opts)).acquired).toBe(true);
      expect(await leases.renew('done-work', 'r1', opts)).toBe(true);
      await leases.complete('done-work', 'r1');
      clock.advance(120);
      expect(await leases.acquire('done-work', 'r2', opts)).toMatchObject({ acquired: false, reason: 'done' });
      expect((await leases.acquire('free-work', 'r1', opts)).acquired).toBe(true);
      await leases.release('free-work', 'r1');
      expect(await leases.acquire('free-work', 'r2', opts)).toMatchObject({ acquired: true, takeover: true });
    });

    if (h.durable) {
      it('when every handle is closed and the store reopened, then the data is still there', async () => {
        const kv = await open();
        await kv.set('case:C1:1', { phase: 'remediating' }, 600);
        await kv.update<{ n: number }>('counter', (c) => ({ n: (c?.n ?? 0) + 1 }));
        await Promise.all(handles.splice(0).map((s) => s.close()));
        const again = await open();
        expect(await again.get('case:C1:1')).toEqual({ phase: 'remediating' });
        expect(await again.get('counter')).toEqual({ n: 1 });
      });
    }
  });
}
