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

/** What a rich_text node shows, its elements joined as the reader sees them; each section on its own line. */
function richTextOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(richTextOf).join('');
  if (node === null || typeof node !== 'object') return '';
  const n = node as Record<string, unknown>;
  if (Array.isArray(n.elements)) return `${n.elements.map(richTextOf).join('')}\n`;
  return [n.text, n.url].filter((x): x is string => typeof x === 'string').join(' ');
}

/**
 * The request body with each rich_text block replaced by the text it shows. Slack cuts a message's blocks
 * where the style changes, so a label and its value (`HostId: ` then `` `…` `` in code style) sit in separate
 * elements: learned from the raw JSON, a value cut from its label read as a random secret and the guard
 * then erased that evidence from every reply and stored case.
 */
function guardInput(v: unknown, depth = 0): unknown {
  if (depth > 12 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => guardInput(x, depth + 1));
  const o = v as Record<string, unknown>;
  if (o.type === 'rich_text' && Array.isArray(o.elements)) return richTextOf(o);
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, guardInput(x, depth + 1)]));
}

export function guardSlackApp(app: App, metrics: Metrics, logger: Logger): void {
  onEgressBlocked((exit, hits) => {
    metrics.egressBlocked.inc({ exit }, hits);
    logger.warn({ exit, hits }, 'egress guard replaced a piece of a pasted secret before it left');
  });
  app.use(async ({ body, next }) => withRequestGuard(JSON.stringify(guardInput(body ?? null)), next));
}
