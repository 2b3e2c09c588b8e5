/**
 * One async mutex per key, dropped when nobody holds or waits for it. Serialising updates of a key
 * inside one process leaves only the other replicas to contend with, so optimistic retries stay rare.
 */
import { Mutex } from 'async-mutex';

export function createKeyedLock() {
  const locks = new Map<string, { mutex: Mutex; users: number }>();
  return async function withKeyLock<R>(key: string, body: () => Promise<R>): Promise<R> {
    let slot = locks.get(key);
    if (slot === undefined) {
      slot = { mutex: new Mutex(), users: 0 };
      locks.set(key, slot);
    }
    slot.users += 1;
    try {
      return await slot.mutex.runExclusive(body);
    } finally {
      slot.users -= 1;
      if (slot.users === 0) locks.delete(key);
    }
  };
}
