import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStore } from '../../../src/adapters/store/create-store';
import { EMBEDDED_FILE_NAME } from '../../../src/adapters/store/embedded-store';
import { createRedisStore } from '../../../src/adapters/store/redis-store';
import { testRedisUrl, uniqueTestPrefix } from '../../helpers/test-redis';

describe('createStore', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-factory-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when no Redis URL is set, then the embedded store file is created in the data directory', async () => {
    const store = await createStore({ dataDir: dir });
    await store.set('k', 'v');
    await store.close();
    expect(fs.existsSync(path.join(dir, EMBEDDED_FILE_NAME))).toBe(true);
  });

  it('when a Redis URL is set, then values land in Redis and nothing is written to the data directory', async () => {
    const store = await createStore({ dataDir: dir, redisUrl: testRedisUrl() });
    const probe = await createRedisStore({ url: testRedisUrl() });
    const key = `factory:${uniqueTestPrefix()}`;
    try {
      await store.set(key, { via: 'factory' }, 60);
      expect(await probe.get(key)).toEqual({ via: 'factory' });
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      await store.delete(key);
      await Promise.all([store.close(), probe.close()]);
    }
  });
});

describe('testRedisUrl', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('when no Redis server is available, then it fails with the install hint instead of skipping', () => {
    delete process.env.REDIS_URL;
    delete process.env.AWSKEY_TEST_REDIS_URL;
    delete process.env.AWSKEY_TEST_REDIS_PROBLEM;
    expect(() => testRedisUrl()).toThrow('install redis-server (apt-get install redis-server)');
  });
});
