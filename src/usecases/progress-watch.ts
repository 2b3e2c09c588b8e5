/**
 * A scan's deadline on progress, not on wall time: it aborts when no progress is reported for
 * `ms` (or when `outer` aborts). Waits that are this process's own (a call queued for a slot, the
 * credential report being generated) pause it, so only AWS not answering fails an account.
 */
import { setMaxListeners } from 'node:events';

export interface ProgressWatch {
  signal: AbortSignal;
  /** A call of the scan succeeded. */
  progress(): void;
  /** While this process queues a call (its CPU is the limit), the deadline is paused. */
  queued(waiting: boolean): void;
  /** Runs work that is not IAM paging (the credential report) with the deadline paused. */
  paused<T>(work: () => Promise<T>): Promise<T>;
  /** Whether the deadline (not `outer`) ended the scan. */
  stalled(): boolean;
  dispose(): void;
}

export function progressWatch(ms: number, outer?: AbortSignal): ProgressWatch {
  const ctl = new AbortController();
  setMaxListeners(0, ctl.signal);
  let stalled = false;
  let holds = 0;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    if (holds > 0) return;
    timer = setTimeout(() => {
      stalled = true;
      ctl.abort(new Error('no progress'));
    }, ms);
  };
  const onOuter = () => ctl.abort(outer!.reason);
  outer?.addEventListener('abort', onOuter, { once: true });
  if (outer?.aborted) ctl.abort(outer.reason);
  arm();
  return {
    signal: ctl.signal,
    progress: arm,
    queued(waiting) {
      holds += waiting ? 1 : -1;
      if (holds > 0) clearTimeout(timer);
      else if (!ctl.signal.aborted) arm();
    },
    async paused(work) {
      holds++;
      clearTimeout(timer);
      try {
        return await work();
      } finally {
        holds--;
        if (!ctl.signal.aborted) arm();
      }
    },
    stalled: () => stalled,
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    },
  };
}
