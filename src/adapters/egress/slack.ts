/**
 * The Slack app's side of the egress guard: each request runs under its own guard, taught the
 * secrets in the request body before any listener runs (the Web API client and respond() post
 * through `guardedFetch`), and every replacement is counted in the app's metric and logged.
 */
import type { App } from '@slack/bolt';
import type { Metrics } from '../metrics/metrics';
import type { Logger } from '../../usecases/ports';
import { withRequestGuard } from './context';
import { onEgressBlocked } from './report';

export function guardSlackApp(app: App, metrics: Metrics, logger: Logger): void {
  onEgressBlocked((exit, hits) => {
    metrics.egressBlocked.inc({ exit }, hits);
    logger.warn({ exit, hits }, 'egress guard replaced a piece of a pasted secret before it left');
  });
  app.use(async ({ body, next }) => withRequestGuard(JSON.stringify(body ?? null), next));
}
