/**
 * Facts as the engine reads them: merged across pastes. Flattening them to values per FactName and testing the
 * knowledge's conditions on them is rules/fact-values.ts (diagnose's rules read them too).
 */
import type { Facts, KeyIdHint } from '../diagnosis';

const MAX_KEY_IDS = 8;
const MAX_HIDDEN = 20;

function sameKey(a: KeyIdHint, b: KeyIdHint): boolean {
  return a.prefix === b.prefix && a.last4 === b.last4;
}

/**
 * Where the failing call went is a fact about the error, so the first paste keeps it (a later
 * `aws configure list` shows the profile's default region, not the region of the failing call).
 */
const FIRST_WINS = new Set<keyof Facts>(['region', 'endpoint', 'partition', 'service', 'operation', 'httpStatus', 'requestId']);

/** Later pastes win for the other single values (the user may have fixed something); lists are unions. */
export function mergeFacts(old: Facts, next: Facts): Facts {
  const merged: Facts = { ...old };
  for (const [k, val] of Object.entries(next) as Array<[keyof Facts, unknown]>) {
    if (k === 'keyIds' || k === 'locations' || k === 'hiddenCharacters' || k === 'accountIds') continue;
    if (FIRST_WINS.has(k) && old[k] !== undefined) continue;
    if (val !== undefined) (merged as unknown as Record<string, unknown>)[k] = val;
  }
  const keys = [...old.keyIds];
  for (const k of next.keyIds) if (!keys.some((x) => sameKey(x, k))) keys.push(k);
  merged.keyIds = keys.slice(-MAX_KEY_IDS);
  merged.locations = { ...old.locations, ...next.locations };
  const hidden = [...(old.hiddenCharacters ?? []), ...(next.hiddenCharacters ?? [])].slice(0, MAX_HIDDEN);
  if (hidden.length > 0) merged.hiddenCharacters = hidden;
  const accounts = [...new Set([...(old.accountIds ?? []), ...(next.accountIds ?? [])])];
  if (accounts.length > 0) merged.accountIds = accounts;
  return merged;
}

/** The redacted key hint to offer a lookup for (prefix…last4), or undefined. */
export function lookupHint(facts: Facts): string | undefined {
  const k = facts.keyIds.find((x) => x.last4 && !['mock', 'localstack', 'user-id', 'role-id'].includes(x.kind));
  if (!k || !k.last4) return undefined;
  return k.prefix ? `${k.prefix}…${k.last4}` : `****${k.last4}`;
}
