/**
 * A scan worker thread (started by scan-workers.ts): its own SDK clients, per-account buckets and
 * call slots, answering the KeySource calls of the accounts given to it. Only plain data crosses
 * the thread boundary: account specs and call arguments in; pages, keys and failure reasons out
 * (the same secret-free reasons the main thread would give). The store is never touched here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setMaxListeners } from 'node:events';
import { SourceFailure, type KeySource, type ScanCall } from '../../usecases/scan-source';
import { createAwsClients } from './clients';
import { createAwsKeySource } from './key-source';
import type { KeyEventName } from '../../core/lookup/trail-events';
import type { ToMain, ToWorker, WorkerSetup } from './scan-worker-protocol';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const clients = createAwsClients(setup.clients);
// No accounts listed here: the main thread lists them and routes each account's calls.
const source: KeySource = createAwsKeySource({ ...setup.aws, accounts: undefined, accountsFile: undefined, orgRoleName: undefined }, clients, { tuning: setup.tuning });
const inFlight = new Map<number, AbortController>();

const send = (m: ToMain) => port.postMessage(m);

async function run(m: Extract<ToWorker, { type: 'call' }>): Promise<void> {
  const abort = new AbortController();
  setMaxListeners(0, abort.signal); // one scan's calls share it in the main thread too
  inFlight.set(m.id, abort);
  const call: ScanCall = {
    signal: abort.signal,
    retrying: (reason) => send({ type: 'retrying', id: m.id, reason }),
    queued: (waiting) => send({ type: 'queued', id: m.id, waiting }),
  };
  try {
    const { account } = m;
    const value = await (() => {
      switch (m.method) {
        case 'connect':
          return source.connect(account, call);
        case 'listUsers':
          return source.listUsers(account, m.arg as string | undefined, call);
        case 'listKeys':
          return source.listKeys(account, m.arg as string, call);
        case 'keyHolders':
          return source.keyHolders(account, abort.signal);
        case 'lastUsed':
          return source.lastUsed(account, m.arg as string, abort.signal);
        case 'keyEvents': {
          const { since, eventNames } = m.arg as { since: Date; eventNames?: KeyEventName[] };
          return source.keyEvents(account, since, abort.signal, eventNames);
        }
      }
    })();
    send({ type: 'done', id: m.id, value });
  } catch (err) {
    const failure =
      err instanceof SourceFailure
        ? { reason: err.reason, kind: err.kind, ...(err.code ? { code: err.code } : {}) }
        : { reason: err instanceof Error ? err.message : String(err) };
    send({ type: 'failed', id: m.id, failure });
  } finally {
    inFlight.delete(m.id);
  }
}

port.on('message', (m: ToWorker) => {
  if (m.type === 'call') void run(m);
  else if (m.type === 'abort') inFlight.get(m.id)?.abort(new SourceFailure('cancelled', 'cancelled'));
});
port.postMessage({ type: 'ready' } satisfies ToMain);
