/** Helpers to record facts and signals in a draft: the most reliable source of a fact wins. */
import type { Facts, Location } from '../diagnosis';
import type { Draft, Signal } from './types';

export function newDraft(): Draft {
  return { facts: { keyIds: [], locations: {} }, signals: [], codes: [], factRank: {}, seen: new Set() };
}

type ScalarFact = Exclude<keyof Facts, 'keyIds' | 'locations' | 'hiddenCharacters' | 'accountIds'>;

/** Set a fact unless a more reliable source (lower rank) already set it. */
export function setFact<K extends ScalarFact>(draft: Draft, name: K, value: Facts[K], at: Location | undefined, rank = 5): void {
  if (value === undefined || value === '') return;
  const prev = draft.factRank[name];
  if (prev !== undefined && prev <= rank) return;
  draft.facts[name] = value;
  draft.factRank[name] = rank;
  if (at) draft.facts.locations[name] = at;
}

/** A huge log's signals stop here: past it, more of the same say nothing new. */
const MAX_SIGNALS = 2000;

/** True once addSignal takes no more capped signals (a long paste of many distinct details). */
export function signalsFull(draft: Draft): boolean {
  return draft.signals.length > MAX_SIGNALS;
}

/**
 * Signals that only say a kind of thing is there: the rules, the index (the first of each id) and every reader of
 * the draft ask whether one is present and quote the first, never count them or read a later one's detail. One per
 * id is the whole of their evidence: an env dump's 2,000 distinct key ids (`key.kind.long-term`, `AKIA…WXYZ` each)
 * used to fill MAX_SIGNALS and shut out every later reader's signals.
 */
export function presenceOnly(id: string): boolean {
  return id.startsWith('key.kind.') || id === 'key.shape-problem';
}

/**
 * Add a signal once (per id and detail; presence-only ids once per id). `uncapped`: past MAX_SIGNALS too, for the few
 * late signals that are each weighed on their own and must not be lost to a long log's (rules/shown-answers.ts: at
 * most one per question).
 */
export function addSignal(draft: Draft, id: string, at?: Location, detail?: string, opts?: { uncapped?: boolean }): void {
  // The cap first: past it, a long paste's every further call returns without building its key.
  if (!opts?.uncapped && signalsFull(draft)) return;
  if (draft.seen.has(id) && presenceOnly(id)) return;
  const key = `${id}\u0000${detail ?? ''}`;
  if (draft.seen.has(key)) return;
  draft.seen.add(key);
  draft.seen.add(id);
  const s: Signal = { id };
  if (at) s.at = at;
  if (detail !== undefined) s.detail = detail;
  draft.signals.push(s);
}

export function hasSignal(draft: Draft, id: string): boolean {
  return draft.seen.has(id);
}

export function addCode(draft: Draft, code: string, at?: Location): void {
  addCodeName(draft, code);
  addSignal(draft, `code.${code}`, at);
}

/** A code or exception name that is reported but says nothing by itself (an SDK's base exception class). */
export function addCodeName(draft: Draft, code: string): void {
  if (!draft.codes.includes(code) && draft.codes.length < 50) draft.codes.push(code);
}

export function addAccount(draft: Draft, account: string): void {
  const list = (draft.facts.accountIds ??= []);
  if (!list.includes(account) && list.length < 20) list.push(account);
}
