/** Jest global teardown: stop the redis-server that global setup started, if any. */
export default async function globalTeardown(): Promise<void> {
  const redis = globalThis.__awskeyRedis;
  globalThis.__awskeyRedis = undefined;
  if (redis) await redis.stop();
}
