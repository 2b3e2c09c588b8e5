/**
 * The Bolt app: Socket Mode (default when an app-level token is set) or HTTP mode (/slack/events for
 * events, commands and interactivity, plus GET /healthz and GET /metrics). Stateless: everything
 * that must survive a restart or be shared between replicas lives in the store.
 *
 * Shutdown (shutdown()): stop taking work (HTTP: 503 so Slack retries elsewhere; Socket Mode: close
 * the socket so Slack sends to another connection), wait for in-flight handlers up to the drain
 * deadline, hand back the claims of any still running, then close the listeners. The caller closes
 * the store afterwards.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type AppOptions } from '@slack/bolt';
import type { SlackConfig } from '../../config';
import { diagnose } from '../../core/diagnose';
import { createAuditLog } from '../logging/audit-log';
import { createAccessPolicy, type AccessRules } from './access';
import { registerActionListener } from './action-listener';
import { apologise, logFailure, newCorrelationId } from './apology';
import { toBoltLogger } from './bolt-logger';
import { registerCommandListener } from './command-listener';
import { DeliveryClaims, dedupeMiddleware } from './dedupe';
import type { ListenerEnv, SlackAppDeps } from './env';
import { healthHandler, startHealthServer, watchSocket, type HealthState } from './health';
import { gateSlackRequests } from './http-gate';
import { InFlight } from './in-flight';
import { registerPasteListener } from './paste-listener';
import { trustedFileHosts } from './pasted-files';
import { createSlackFetch } from './slack-fetch';
import { unescapeSlackText } from './slack-text';
import { explainStartError, type StartStep } from './start-errors';
import { guardSlackApp } from '../egress/slack';
import { guardedFetch } from '../egress/guard';
import { showsErrorText } from '../../core/diagnosis';

export interface SlackAppOptions {
  slack: SlackConfig;
  access: AccessRules;
  traceBolt?: boolean;
  /** Socket Mode: serve GET /healthz on this port (0 = any free port). */
  healthPort?: number;
}

export interface ShutdownResult {
  /** Every handler finished within the deadline. */
  drained: boolean;
  /** Claims handed back unfinished (their retries are processed elsewhere). */
  handedBack: number;
}

export interface SlackApp {
  app: App;
  /** Starts listening; resolves with the HTTP port in HTTP mode, and the health port when one is served. */
  start(): Promise<{ port?: number; healthPort?: number }>;
  /** Work in progress (requests and their handlers). */
  inFlight(): number;
  /** True once no handler is running (handed-back ones included), false when `ms` passes first. */
  idle(ms: number): Promise<boolean>;
  /** Stop accepting, drain for up to `drainMs`, hand back what is left, close the listeners. */
  shutdown(drainMs: number): Promise<ShutdownResult>;
  stop(): Promise<void>;
}

export function createSlackApp(opts: SlackAppOptions, deps: SlackAppDeps): SlackApp {
  const { slack } = opts;
  const logger = deps.logger.child({ component: 'slack' });
  const health: HealthState = { mode: slack.mode, started: false, draining: false };
  const inFlight = new InFlight();
  // The egress guard sees each request body once, before the retry policy sends it (again).
  const slackFetch = guardedFetch('slack', createSlackFetch({ ...slack.webApi, logger }));

  const common: AppOptions = {
    token: slack.botToken,
    // With both ids given, Bolt needs no auth.test at start (it would call it anyway unless told), so HTTP
    // replicas start without reaching Slack.
    ...(slack.botId && slack.botUserId ? { botId: slack.botId, botUserId: slack.botUserId, tokenVerificationEnabled: false } : {}),
    // The root logger: a child of `logger` would carry component twice ("slack", then "bolt").
    logger: toBoltLogger(deps.logger, { trace: opts.traceBolt }),
    deferInitialization: true, // auth.test failures surface from start(), not as an unhandled rejection
    extendedErrorHandler: true,
    ignoreSelf: true,
    convoStore: false, // Bolt's per-conversation memory store: unused (cases live in our store) and costly per request
    clientOptions: {
      ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl.endsWith('/') ? slack.apiUrl : `${slack.apiUrl}/` } : {}),
      // Timeouts and retries live in slackFetch (one policy, ok:false errors included); it also serves respond().
      fetch: slackFetch,
      retryConfig: { retries: 0 },
    },
  };

  const routes: NonNullable<AppOptions['customRoutes']> = [
    { path: '/healthz', method: ['GET'], handler: healthHandler(health, deps.kv) },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req, res) => {
        deps.metrics.registry.metrics().then(
          (text) => {
            res.writeHead(200, { 'content-type': deps.metrics.registry.contentType });
            res.end(text);
          },
          () => {
            res.writeHead(500);
            res.end();
          },
        );
      },
    },
  ];

  const receiver =
    slack.mode === 'socket'
      ? new SocketModeReceiver({ appToken: slack.appToken ?? '', logger: common.logger, installerOptions: { clientOptions: common.clientOptions } })
      : httpReceiver(slack.signingSecret, routes, common.logger!, { inFlight, draining: () => health.draining });
  const app = new App({ ...common, receiver });
  // Every event, command and click counts as in flight until its handlers have finished.
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => inFlight.track(() => processEvent(event));
  const unwatch = receiver instanceof SocketModeReceiver ? watchSocket(receiver.client as unknown as Parameters<typeof watchSocket>[0], health) : () => undefined;

  const claims = new DeliveryClaims(deps.kv, deps.clock, logger, slack.deliveryLeaseMs);
  const env: ListenerEnv = {
    ...deps,
    logger,
    access: createAccessPolicy(opts.access, { clock: deps.clock, logger }),
    claims,
    audit: createAuditLog(deps.logger),
    botToken: slack.botToken,
    fileHosts: trustedFileHosts(slack.apiUrl),
    fileMaxBytes: slack.fileMaxBytes,
  };

  guardSlackApp(app, deps.metrics, logger);
  app.use(dedupeMiddleware(claims, logger));
  registerPasteListener(app, env);
  registerCommandListener(app, env);
  registerActionListener(app, env);

  // Last resort for anything a listener did not handle itself (middleware, Bolt internals).
  const onError = async ({ error, body }: { error: Error; body?: unknown }) => {
    const correlationId = newCorrelationId();
    logFailure(logger, 'bolt', error, correlationId);
    deps.metrics.failures.inc({ where: 'bolt' });
    const b = (body ?? {}) as Record<string, unknown>;
    const event = b.event as { text?: unknown } | undefined;
    // Ordinary chat gets nothing, even when something broke: apologise in a thread only for a paste.
    if (event && !(typeof event.text === 'string' && showsErrorText(diagnose(unescapeSlackText(event.text))))) return;
    await apologise(app.client, b, correlationId, logger, error, slackFetch);
  };
  // extendedErrorHandler: Bolt passes {error, body, context, logger}; its typings only know the union.
  app.error(onError as unknown as Parameters<App['error']>[0]);

  let healthServer: Server | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    health.started = false;
    unwatch();
    await app.stop();
    if (healthServer) await new Promise<void>((r) => healthServer!.close(() => r()));
  };

  /** A start step's failure with the setting or host it concerns named (start-errors.ts); others pass as they are. */
  const explained = async <T>(step: Promise<T>, which: StartStep): Promise<T> => {
    try {
      return await step;
    } catch (err) {
      const why = explainStartError(err, { step: which, apiUrl: slack.apiUrl, port: slack.port, host: slack.host });
      throw why === undefined ? err : new Error(why, { cause: err });
    }
  };

  return {
    app,
    inFlight: () => inFlight.size,
    idle: (ms) => inFlight.idle(ms),
    async start() {
      await explained(app.init(), 'bot-token');
      if (slack.mode === 'socket') {
        await explained(app.start(), 'app-token');
        health.started = true;
        let healthPort: number | undefined;
        if (opts.healthPort !== undefined) {
          const h = await startHealthServer(opts.healthPort, slack.host, healthHandler(health, deps.kv));
          healthServer = h.server;
          healthPort = h.port;
        }
        logger.info({ mode: 'socket', healthPort }, 'awskey is connected to Slack (Socket Mode)');
        return { healthPort };
      }
      const server = (await explained(app.start({ port: slack.port, host: slack.host }), 'listen')) as Server;
      const port = (server.address() as AddressInfo).port;
      health.started = true;
      logger.info({ mode: 'http', port }, 'awskey is listening for Slack requests on /slack/events');
      return { port };
    },
    async shutdown(drainMs) {
      health.draining = true;
      // Socket Mode: closing the socket makes Slack deliver to another connection. HTTP: the gate answers 503.
      if (slack.mode === 'socket') await (receiver as SocketModeReceiver).client.disconnect().catch(() => undefined);
      const drained = await inFlight.idle(drainMs);
      const handedBack = drained ? 0 : await claims.releaseAll();
      if (!drained) logger.warn({ inFlight: inFlight.size, handedBack }, 'drain deadline passed; unfinished deliveries handed back');
      await stop();
      return { drained, handedBack };
    },
    stop,
  };
}

/** Bolt's HTTP receiver behind our gate (draining, future timestamps, malformed bodies: http-gate.ts). */
function httpReceiver(
  signingSecret: string | undefined,
  customRoutes: NonNullable<AppOptions['customRoutes']>,
  logger: NonNullable<AppOptions['logger']>,
  gate: { inFlight: InFlight; draining: () => boolean },
): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret: signingSecret ?? '', customRoutes, processBeforeResponse: false, logger });
  // The system clock, as Bolt's own check of old timestamps uses (the injected case clock may be a test's).
  receiver.requestListener = gateSlackRequests(receiver.requestListener, { clock: { now: () => new Date() }, ...gate });
  return receiver;
}
