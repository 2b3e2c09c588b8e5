/**
 * Facts as the engine reads them: merged across pastes, flattened to string values per FactName
 * (including the facts implied by answers), and tested against the conditions in the knowledge.
 */
import type { Facts, KeyIdHint } from '../diagnosis';
import type { FactName, FactTest } from '../knowledge/types';

export type FactValues = Partial<Record<FactName, string[]>>;

const NOT_CREDENTIAL_KINDS = new Set(['unknown', 'user-id', 'role-id']);

export function factValues(facts: Facts, errorCodes: string[], implied: Record<string, string>): FactValues {
  const v: FactValues = {};
  const add = (name: FactName, value: string | number | boolean | undefined) => {
    if (value === undefined || value === '') return;
    const list = (v[name] ??= []);
    const s = String(value);
    if (!list.includes(s)) list.push(s);
  };
  add('credentialSource', facts.credentialSource);
  for (const k of facts.keyIds) {
    add('keyPrefix', k.prefix || undefined);
    if (!NOT_CREDENTIAL_KINDS.has(k.kind)) add('keyKind', k.kind);
    if (k.problems && k.problems.length > 0) add('keyProblems', k.problems[0]);
  }
  add('sessionTokenPresent', facts.sessionTokenPresent);
  add('runtime', facts.runtime);
  add('partition', facts.partition);
  add('endpoint', facts.endpoint);
  add('region', facts.region);
  add('arn', facts.arn);
  add('profile', facts.profile);
  add('tool', facts.tool);
  for (const code of errorCodes) add('errorCode', code);
  add('operation', facts.operation);
  // A skew of a minute or two is ordinary latency; beyond that the clock is the story.
  if (facts.clockSkewSeconds !== undefined && Math.abs(facts.clockSkewSeconds) >= 120) add('clockSkew', facts.clockSkewSeconds);
  if (facts.hiddenCharacters && facts.hiddenCharacters.length > 0) add('hiddenCharacters', facts.hiddenCharacters.length);
  for (const [name, value] of Object.entries(implied)) add(name as FactName, value);
  return v;
}

export function testFact(values: FactValues, t: FactTest): boolean {
  const list = values[t.fact] ?? [];
  if (t.absent) return list.length === 0;
  if (list.length === 0) return false;
  if (t.in) return list.some((x) => t.in!.includes(x));
  if (t.matches) {
    const re = new RegExp(t.matches, 'i');
    return list.some((x) => re.test(x));
  }
  return true;
}

export const allHold = (values: FactValues, tests: FactTest[]) => tests.every((t) => testFact(values, t));
export const anyHolds = (values: FactValues, tests: FactTest[]) => tests.some((t) => testFact(values, t));

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
