/**
 * Facts as the knowledge's conditions read them: flattened to string values per FactName (including the facts
 * implied by answers) and tested against those conditions (skipWhen, onlyWhen…). Here, not in conversation/, because
 * diagnose's rules read them too (rules/shown-answers.ts: a question the facts already answer adds no shown answer).
 */
import type { Facts } from '../diagnosis';
import { isCredentialKind } from '../key-id';
import type { FactName, FactTest } from '../knowledge/types';
import { AUTHN_FAMILIES, FAMILIES } from './families';
import { AUTHORIZATION_ERRORS } from '../knowledge/probes';

export type FactValues = Partial<Record<FactName, string[]>>;

/** Error codes of the authentication families (rules/families.ts). */
const AUTHN_CODES = new Set(AUTHN_FAMILIES.flatMap((f) => FAMILIES[f] ?? []).filter((m) => m.startsWith('code.')).map((m) => m.slice('code.'.length)));

/**
 * AWS denied an authenticated caller and nothing says another call was rejected: questions that
 * only tell key problems apart (prefix, token, clock…) cannot help, since those get a caller
 * rejected, never denied.
 */
function callerDenied(errorCodes: string[]): boolean {
  return errorCodes.some((c) => AUTHORIZATION_ERRORS.includes(c)) && !errorCodes.some((c) => AUTHN_CODES.has(c));
}

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
    if (isCredentialKind(k.kind)) add('keyKind', k.kind);
    if (k.problems && k.problems.length > 0) add('keyProblems', k.problems[0]);
  }
  add('sessionTokenPresent', facts.sessionTokenPresent);
  add('runtime', facts.runtime);
  add('partition', facts.partition);
  add('endpoint', facts.endpoint);
  add('region', facts.region);
  add('regionToSet', facts.regionToSet);
  add('regionExpected', facts.regionExpected);
  add('regionInvalid', facts.regionInvalid);
  add('credentialVarsEmpty', facts.credentialVarsEmpty);
  if (facts.podIdentity) add('podIdentity', 'yes');
  add('arn', facts.arn);
  add('profile', facts.profile);
  add('tool', facts.tool);
  for (const code of errorCodes) add('errorCode', code);
  if (callerDenied(errorCodes)) add('callerDenied', 'yes');
  add('operation', facts.operation);
  // A skew of a minute or two is ordinary latency; beyond that the clock is the story.
  if (facts.clockSkewSeconds !== undefined && Math.abs(facts.clockSkewSeconds) >= 120) add('clockSkew', facts.clockSkewSeconds);
  // Only those in or beside a credential value: one in the error code or on a blank line is the copied page (QA37 F8).
  const inCredential = (facts.hiddenCharacters ?? []).filter((h) => h.inCredential).length;
  if (inCredential > 0) add('hiddenCharacters', inCredential);
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
