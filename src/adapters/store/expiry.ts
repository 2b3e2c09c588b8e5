/** Expiry arithmetic shared by the stores that keep their own expiresAt (memory, embedded). */
import type { Clock } from '../../usecases/ports';

export const systemClock: Clock = { now: () => new Date() };

/** Absolute expiry in epoch ms, or undefined for "never". A ttl of 0 or less means no expiry. */
export function expiryFrom(nowMs: number, ttlSeconds?: number): number | undefined {
  if (ttlSeconds === undefined || !(ttlSeconds > 0)) return undefined;
  return nowMs + Math.round(ttlSeconds * 1000);
}
