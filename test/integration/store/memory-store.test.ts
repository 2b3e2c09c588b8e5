import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { describeKeyValueContract } from './kv-contract';
import { manualClock } from './manual-clock';

const clock = manualClock();
let store: KeyValueStore;

// One process, one map: every "replica" is a view of the same store, closed once at tear-down.
describeKeyValueContract('memory', {
  durable: false,
  setUp: async () => {
    store = createMemoryStore({ clock });
  },
  tearDown: () => store.close(),
  open: async () => ({ ...store, close: async () => undefined }),
  elapse: async (s) => clock.advance(s),
});
