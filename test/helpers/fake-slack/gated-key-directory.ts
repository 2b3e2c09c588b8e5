/**
 * A KeyDirectory that does not answer until the test says so: proves by ordering (not by the clock)
 * that the slash command is acknowledged while a lookup is still running.
 */
import type { LookupResult } from '../../../src/core/lookup/types';
import type { KeyDirectory } from '../../../src/usecases/ports';

export interface GatedKeyDirectory extends KeyDirectory {
  /** Ordered record: "lookup-started", "lookup-finished". */
  events: string[];
  hints: string[];
  started(): Promise<void>;
  release(result?: Partial<LookupResult>): void;
  /** Report scan progress from inside the running lookup. */
  progress(p: { done: number; total: number }): void;
}

export function sampleResult(over: Partial<LookupResult> = {}): LookupResult {
  return {
    hint: 'AKIA…MPLE',
    verdict: 'inactive',
    matches: [{ accountId: '111122223333', accountName: 'prod', userName: 'ci-deployer', accessKeyId: 'AKIA…MPLE', status: 'Inactive', createDate: '2024-01-02T00:00:00Z' }],
    accounts: { scanned: 3, failed: [] },
    deletionEvents: [],
    indexAgeSeconds: 0,
    explanation: 'The key exists but was deactivated in IAM.',
    nextStep: 'Find who deactivated it before re-activating; the consumer should move to a new key.',
    ...over,
  };
}

export function gatedKeyDirectory(opts: { total?: number; fail?: Error } = {}): GatedKeyDirectory {
  const events: string[] = [];
  const hints: string[] = [];
  let releaseFn: ((r: Partial<LookupResult>) => void) | undefined;
  let progressFn: ((p: { done: number; total: number }) => void) | undefined;
  let startedResolve: () => void = () => undefined;
  const startedP = new Promise<void>((r) => (startedResolve = r));
  return {
    events,
    hints,
    started: () => startedP,
    release: (r = {}) => {
      if (!releaseFn) throw new Error('no lookup is running');
      releaseFn(r);
    },
    progress: (p) => progressFn?.(p),
    async lookup(hint, o) {
      progressFn = o?.onProgress;
      events.push('lookup-started');
      hints.push(hint);
      startedResolve();
      const total = opts.total ?? 3;
      o?.onProgress?.({ done: 1, total });
      const over = await new Promise<Partial<LookupResult>>((r) => (releaseFn = r));
      o?.onProgress?.({ done: total, total });
      events.push('lookup-finished');
      if (opts.fail) throw opts.fail;
      return sampleResult(over);
    },
  };
}
