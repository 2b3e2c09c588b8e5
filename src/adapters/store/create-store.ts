/** Picks the backend from the settings: Redis when REDIS_URL is set, otherwise the embedded file. */
import type { Clock, KeyValueStore, Logger } from '../../usecases/ports';
import { createEmbeddedStore } from './embedded-store';
import { createRedisStore, displayRedisUrl } from './redis-store';

export async function createStore(
  config: { redisUrl?: string; dataDir: string },
  logger?: Logger,
  opts: { clock?: Clock } = {},
): Promise<KeyValueStore> {
  if (config.redisUrl) {
    const store = await createRedisStore({ url: config.redisUrl, logger });
    logger?.info({ store: 'redis', redis: displayRedisUrl(config.redisUrl) }, 'store ready');
    return store;
  }
  const store = createEmbeddedStore({ dataDir: config.dataDir, logger, clock: opts.clock });
  logger?.info({ store: 'embedded', path: store.path }, 'store ready');
  return store;
}
