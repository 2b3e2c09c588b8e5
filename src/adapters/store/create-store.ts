/**
 * Picks the backend from the settings: Redis when REDIS_URL is set, otherwise the embedded file.
 * Only the chosen backend's driver is loaded (redis and lmdb each cost 10-20 MB of RSS).
 */
import type { Clock, KeyValueStore, Logger } from '../../usecases/ports';

export async function createStore(
  config: { redisUrl?: string; dataDir: string },
  logger?: Logger,
  opts: { clock?: Clock } = {},
): Promise<KeyValueStore> {
  if (config.redisUrl) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createRedisStore, displayRedisUrl } = require('./redis-store') as typeof import('./redis-store');
    const store = await createRedisStore({ url: config.redisUrl, logger });
    logger?.info({ store: 'redis', redis: displayRedisUrl(config.redisUrl) }, 'store ready');
    return store;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createEmbeddedStore } = require('./embedded-store') as typeof import('./embedded-store');
  const store = createEmbeddedStore({ dataDir: config.dataDir, logger, clock: opts.clock });
  logger?.info({ store: 'embedded', path: store.path }, 'store ready');
  return store;
}
