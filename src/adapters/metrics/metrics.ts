/**
 * Prometheus metrics (prom-client). Each app instance owns its registry, so several instances in one
 * process (tests, benches) never collide on metric names. Labels are cause ids and verdicts only.
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { guardValue } from '../egress/guard';

export interface Metrics {
  registry: Registry;
  casesOpened: Counter<'cause'>;
  casesResolved: Counter<'cause'>;
  lookups: Counter<'verdict'>;
  eventToReply: Histogram<string>;
  commandAck: Histogram<string>;
  failures: Counter<'where'>;
  /** Pieces of a secret the egress guard replaced, by exit (cli, slack, log, store, audit, metrics). */
  egressBlocked: Counter<'exit'>;
}

/** Label values pass the egress guard like any other output. */
function guardLabels<T extends string>(counter: Counter<T>): Counter<T> {
  const inc = counter.inc.bind(counter) as (...args: unknown[]) => void;
  counter.inc = ((labels?: unknown, value?: unknown) => (typeof labels === 'object' && labels !== null ? inc(guardValue('metrics', labels), value) : labels === undefined ? inc() : inc(labels))) as Counter<T>['inc'];
  return counter;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'awskey_' });
  const registers = [registry];
  return {
    registry,
    casesOpened: guardLabels(new Counter({ name: 'awskey_cases_opened_total', help: 'Cases opened, by leading cause', labelNames: ['cause'], registers })),
    casesResolved: guardLabels(new Counter({ name: 'awskey_cases_resolved_total', help: 'Cases resolved, by confirmed or leading cause', labelNames: ['cause'], registers })),
    lookups: guardLabels(new Counter({ name: 'awskey_lookups_total', help: 'Key lookups, by verdict', labelNames: ['verdict'], registers })),
    eventToReply: new Histogram({ name: 'awskey_event_reply_seconds', help: 'Slack event received to threaded reply posted', buckets: LATENCY_BUCKETS, registers }),
    commandAck: new Histogram({ name: 'awskey_command_ack_seconds', help: 'Slash command received to acknowledged', buckets: LATENCY_BUCKETS, registers }),
    failures: guardLabels(new Counter({ name: 'awskey_failures_total', help: 'Internal failures answered with an apology', labelNames: ['where'], registers })),
    egressBlocked: new Counter({ name: 'awskey_egress_blocked_total', help: 'Pieces of a pasted secret the egress guard replaced before they left, by exit', labelNames: ['exit'], registers }),
  };
}
