/**
 * A reader of the CLI's output that goes away (`awskey lookup … | head -1`, a closed terminal) ends
 * the run quietly. Node emits a write to a closed pipe as an 'error' event on the stream; with no
 * listener that event is thrown, so the run ended with a stack trace and exit 1 after it had done its
 * work. diagnose and chat watch their own output (they stop producing); this covers every other
 * write: lookup's result and progress, usage errors, refusals.
 */
import type { Writable } from 'node:stream';

const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

export function endQuietlyWhenReaderGoes(streams: readonly Writable[] = [process.stdout, process.stderr]): void {
  for (const s of streams) {
    // The listener stays: a failed write reports its error on a later tick.
    s.on('error', (err: NodeJS.ErrnoException) => {
      if (!GONE.has(err.code ?? '')) throw err;
    });
  }
}
