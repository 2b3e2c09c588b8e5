/**
 * Graceful shutdown on SIGTERM / SIGINT, in this order:
 *   1. the Slack app stops taking work and drains its in-flight handlers for up to the drain
 *      deadline (AWSKEY_DRAIN_SECONDS), handing back the claims of any still running;
 *   2. the closers run in the order given (background work first, the store last), so nothing
 *      closes the store under a running handler;
 *   3. the process exits 0 (1 when a step failed or the whole thing overran the deadline plus a
 *      margin). A second signal during the drain exits at once.
 */
import type { Logger } from './usecases/ports';

export interface Drainable {
  inFlight(): number;
  shutdown(drainMs: number): Promise<{ drained: boolean; handedBack: number }>;
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
  closers: Closer[];
  exit?: (code: number) => void;
}

/** Time allowed on top of the drain deadline for closing the listeners and the store. */
const CLOSE_MARGIN_MS = 10_000;

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
  for (const c of plan.closers) {
    logger.info({ closing: c.name }, 'closing');
    try {
      await c.close();
    } catch (err) {
      code = 1;
      logger.error({ err: err instanceof Error ? err.message : String(err) }, `closing the ${c.name} failed`);
    }
  }
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
