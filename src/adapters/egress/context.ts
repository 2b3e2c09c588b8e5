/**
 * Which egress guard applies now. A Slack request runs inside its own guard (AsyncLocalStorage, so
 * concurrent requests never share fingerprints); outside a request — a CLI process, start-up — the
 * process guard applies, which learns everything the process reads.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createEgressGuard, type EgressGuard } from '../../core/egress';
import { findSecrets, type FoundSecret } from '../../core/redact';

const current = new AsyncLocalStorage<EgressGuard>();
const processGuard = createEgressGuard();

export function activeGuard(): EgressGuard {
  return current.getStore() ?? processGuard;
}

/** Run `fn` (and everything it starts) under a fresh guard that has learned `input`. */
export function withRequestGuard<T>(input: string, fn: () => T): T {
  const guard = createEgressGuard();
  guard.learn(input);
  return current.run(guard, fn);
}

/**
 * Teach the active guard the secrets in an input (a pasted text, a downloaded file, a CLI line). What was found is
 * handed back, so a caller that reads the same text for its secrets (the paste listener's warning) reads it once.
 */
export function learnInput(input: string): readonly FoundSecret[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const found = findSecrets(input);
  activeGuard().learnFound(found);
  return found;
}
