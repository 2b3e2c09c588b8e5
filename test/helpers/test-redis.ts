/**
 * The Redis URL for tests: REDIS_URL when the developer points at a server, otherwise the server that
 * jest's global setup started. A missing redis-server fails the Redis tests loudly rather than
 * skipping them, so a green run always means the Redis backend was exercised.
 */
import { INSTALL_HINT } from './redis-server';

export const TEST_REDIS_URL_ENV = 'AWSKEY_TEST_REDIS_URL';
export const TEST_REDIS_PROBLEM_ENV = 'AWSKEY_TEST_REDIS_PROBLEM';

export function testRedisUrl(): string {
  const url = process.env.REDIS_URL || process.env[TEST_REDIS_URL_ENV];
  if (url) return url;
  throw new Error(process.env[TEST_REDIS_PROBLEM_ENV] || INSTALL_HINT);
}

/** A key prefix no other test run uses, so tests may share one server (or a developer's REDIS_URL). */
export function uniqueTestPrefix(label = 'test'): string {
  return `awskey-${label}:${process.pid}:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}:`;
}
