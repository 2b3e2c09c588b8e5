/**
 * Graceful shutdown on SIGTERM / SIGINT, in this order:
 *   1. the Slack app stops taking work and drains its in-flight handlers for up to the drain
 *      deadline (AWSKEY_DRAIN_SECONDS), handing back the claims of any still running;
 *   2. the background closers run (the key directory: a lookup still waiting on a slow account then
 *      answers at once with what it has, naming the accounts not read);
 *   3. handlers still running get up to LAST_REPLIES_MS to post those answers: a slash command is
 *      never redelivered, so a lookup cut off here would leave its asker with a progress line forever;
 *   4. the store is closed last, so nothing closes it under a running handler;
 *   5. the process exits 0 (1 when a step failed or the whole thing overran the deadline plus a
 *      margin). A second signal during the drain exits at once.
 */
import type { Logger } from './usecases/ports';

export interface Drainable {
  inFlight(): number;
  shutdown(drainMs: number): Promise<{ drained: boolean; handedBack: number }>;
  /** True once no handler is running, false when `ms` passes first. */
  idle(ms: number): Promise<boolean>;
}

export interface Closer {
  name: string;
  close(): Promise<void>;
}

export interface ShutdownPlan {
  logger: Logger;
  drainMs: number;
  /** The app once started (a signal can arrive while Slack is still connecting). */
  app: () => Drainable | undefined;
  /** Background work, closed after the drain (closing it ends what handlers still wait on). */
  closers: Closer[];
  /** Closed last. */
  store: Closer;
  exit?: (code: number) => void;
}

/** After the background closers, how long handlers still running may take to post their answers. */
export const LAST_REPLIES_MS = 5_000;
/** Time allowed on top of the drain deadline: the last replies' wait, plus closing the background work and the store. */
const CLOSE_MARGIN_MS = LAST_REPLIES_MS + 5_000;

export async function shutDown(plan: ShutdownPlan, signal: string): Promise<number> {
  const { logger } = plan;
  const app = plan.app();
  logger.info({ signal, inFlight: app?.inFlight() ?? 0, drainSeconds: plan.drainMs / 1000 }, 'shutting down');
  let code = 0;
  if (app) {
    try {
      const r = await app.shutdown(plan.drainMs);
      logger.info({ drained: r.drained, handedBack: r.handedBack }, r.drained ? 'in-flight work finished' : 'drain deadline passed');
    } catch (err) {
      code = 1;
      logger.error({ err: err instanceof Error ? err.message : String(err) }, 'stopping the Slack app failed');
    }
  }
  const close = async (c: Closer) => {
    logger.info({ closing: c.name }, 'closing');
    try {
      await c.close();
    } catch (err) {
      code = 1;
      logger.error({ err: err instanceof Error ? err.message : String(err) }, `closing the ${c.name} failed`);
    }
  };
  for (const c of plan.closers) await close(c);
  if (app && app.inFlight() > 0) {
    const settled = await app.idle(LAST_REPLIES_MS);
    logger.info({ settled, inFlight: app.inFlight() }, settled ? 'last replies posted' : 'handlers still running; closing the store anyway');
  }
  await close(plan.store);
  logger.info({}, 'stopped');
  return code;
}

export function onShutdownSignals(plan: ShutdownPlan): void {
  const exit = plan.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) {
      plan.logger.warn({ signal }, 'second signal during shutdown; exiting now');
      return exit(1);
    }
    stopping = true;
    const timer = setTimeout(() => {
      plan.logger.error({}, 'shutdown overran its deadline; exiting');
      exit(1);
    }, plan.drainMs + CLOSE_MARGIN_MS);
    timer.unref();
    shutDown(plan, signal).then(exit, () => exit(1));
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
}
