/**
 * Jest global setup: when REDIS_URL is unset, start a real redis-server on a free loopback port and
 * hand its URL to the test workers through the environment (workers are forked after this runs).
 */
import { startRedisServer, redisServerOnPath, INSTALL_HINT, type RunningRedis } from './redis-server';
import { TEST_REDIS_PROBLEM_ENV, TEST_REDIS_URL_ENV } from './test-redis';

declare global {
  var __awskeyRedis: RunningRedis | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.REDIS_URL) return;
  if (!redisServerOnPath()) {
    process.env[TEST_REDIS_PROBLEM_ENV] = INSTALL_HINT;
    return;
  }
  try {
    const redis = await startRedisServer();
    globalThis.__awskeyRedis = redis;
    process.env[TEST_REDIS_URL_ENV] = redis.url;
    // A crashed or interrupted run must not leave the server behind.
    process.once('exit', () => {
      try {
        process.kill(redis.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    });
  } catch (err) {
    process.env[TEST_REDIS_PROBLEM_ENV] = (err as Error).message;
  }
}
