import { AppError } from '../../../src/errors';
import { createRedisStore, displayRedisUrl } from '../../../src/adapters/store/redis-store';
import { freeLoopbackPort, startRedisServer } from '../../helpers/redis-server';
import { testRedisUrl, uniqueTestPrefix } from '../../helpers/test-redis';
import { describeKeyValueContract } from './kv-contract';

let prefix = '';

// Each "replica" is its own Redis connection; a fresh key prefix isolates every test.
describeKeyValueContract('redis', {
  durable: true,
  setUp: async () => {
    prefix = uniqueTestPrefix('kv');
  },
  tearDown: async () => undefined,
  open: () => createRedisStore({ url: testRedisUrl(), keyPrefix: prefix }),
  elapse: (s) => new Promise((r) => setTimeout(r, s * 1000)),
});

describe('redis store connection', () => {
  it('when nothing listens at REDIS_URL, then creating the store fails with a clear store-unavailable error', async () => {
    const port = await freeLoopbackPort();
    const err = await createRedisStore({ url: `redis://:s3cretpass@127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('store-unavailable');
    expect((err as AppError).message).toMatch(new RegExp(`Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port} is unavailable .*ECONNREFUSED.*REDIS_URL`));
    expect((err as AppError).message).not.toContain('s3cretpass');
  });

  it('when the server goes away, then calls fail with store-unavailable instead of hanging', async () => {
    const server = await startRedisServer();
    const store = await createRedisStore({ url: server.url, keyPrefix: uniqueTestPrefix('down'), maxReconnectAttempts: 2 });
    try {
      await store.set('k', 1);
      await server.stop();
      const err = await store.get('k').catch((e: unknown) => e);
      expect((err as AppError).code).toBe('store-unavailable');
      await expect(store.update('k', () => 2)).rejects.toMatchObject({ code: 'store-unavailable' });
    } finally {
      await store.close();
      await server.stop();
    }
  });

  it('when keys are written, then they live under the awskey: prefix by default', async () => {
    const store = await createRedisStore({ url: testRedisUrl() });
    const probe = await createRedisStore({ url: testRedisUrl(), keyPrefix: '' });
    const key = `prefix-probe:${uniqueTestPrefix()}`;
    try {
      await store.set(key, 'v', 60);
      expect(await probe.get(`awskey:${key}`)).toBe('v');
    } finally {
      await store.delete(key);
      await Promise.all([store.close(), probe.close()]);
    }
  });

  it('when a URL carries a password, then the displayed form hides it', () => {
    expect(displayRedisUrl('redis://user:hunter2@cache.internal:6380/2')).toBe('redis://user:***@cache.internal:6380/2');
  });
});
