/**
 * The Bolt app: Socket Mode (default when an app-level token is set) or HTTP mode (/slack/events for
 * events, commands and interactivity, plus GET /healthz and GET /metrics). Stateless: everything
 * that must survive a restart or be shared between replicas lives in the store.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type AppOptions } from '@slack/bolt';
import type { SlackConfig } from '../../config';
import { diagnose } from '../../core/diagnose';
import { createAccessPolicy, type AccessRules } from './access';
import { registerActionListener } from './action-listener';
import { apologise, logFailure, newCorrelationId } from './apology';
import { toBoltLogger } from './bolt-logger';
import { registerCommandListener } from './command-listener';
import { dedupeMiddleware } from './dedupe';
import type { ListenerEnv, SlackAppDeps } from './env';
import { registerPasteListener } from './paste-listener';
import { trustedFileHosts } from './pasted-files';
import { refuseFutureRequests } from './request-age';
import { unescapeSlackText } from './slack-text';
import { guardSlackApp } from '../egress/slack';
import { guardedFetch } from '../egress/guard';

export interface SlackAppOptions {
  slack: SlackConfig;
  access: AccessRules;
  /** Web API retries on network errors / 5xx / 429 (set explicitly: Socket Mode would otherwise impose 100). */
  retries?: number;
  traceBolt?: boolean;
}

export interface SlackApp {
  app: App;
  /** Starts listening; resolves with the HTTP port in HTTP mode. */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

export function createSlackApp(opts: SlackAppOptions, deps: SlackAppDeps): SlackApp {
  const { slack } = opts;
  const logger = deps.logger.child({ component: 'slack' });
  let healthy = false;

  const common: AppOptions = {
    token: slack.botToken,
    // With both ids given, Bolt needs no auth.test at start (it would call it anyway unless told), so HTTP
    // replicas start without reaching Slack.
    ...(slack.botId && slack.botUserId ? { botId: slack.botId, botUserId: slack.botUserId, tokenVerificationEnabled: false } : {}),
    logger: toBoltLogger(logger, { trace: opts.traceBolt }),
    deferInitialization: true, // auth.test failures surface from start(), not as an unhandled rejection
    extendedErrorHandler: true,
    ignoreSelf: true,
    convoStore: false, // Bolt's per-conversation memory store: unused (cases live in our store) and costly per request
    clientOptions: {
      ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl.endsWith('/') ? slack.apiUrl : `${slack.apiUrl}/` } : {}),
      retryConfig: { retries: opts.retries ?? 3, factor: 2, minTimeout: 500, maxTimeout: 5000, randomize: true },
      fetch: guardedFetch('slack'),
    },
  };

  const routes: NonNullable<AppOptions['customRoutes']> = [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: healthy }));
      },
    },
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

  const app =
    slack.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: slack.appToken })
      : new App({ ...common, receiver: httpReceiver(slack.signingSecret, routes, common.logger!) });

  const env: ListenerEnv = {
    ...deps,
    logger,
    access: createAccessPolicy(opts.access, { clock: deps.clock, logger }),
    botToken: slack.botToken,
    fileHosts: trustedFileHosts(slack.apiUrl),
  };

  guardSlackApp(app, deps.metrics, logger);
  app.use(dedupeMiddleware(deps.kv, logger));
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
    if (event && !(typeof event.text === 'string' && diagnose(unescapeSlackText(event.text)).detected)) return;
    await apologise(app.client, b, correlationId, logger);
  };
  // extendedErrorHandler: Bolt passes {error, body, context, logger}; its typings only know the union.
  app.error(onError as unknown as Parameters<App['error']>[0]);

  return {
    app,
    async start() {
      await app.init();
      if (slack.mode === 'socket') {
        await app.start();
        healthy = true;
        logger.info({ mode: 'socket' }, 'awskey is connected to Slack (Socket Mode)');
        return {};
      }
      const server = (await app.start({ port: slack.port, host: slack.host })) as Server;
      const port = (server.address() as AddressInfo).port;
      healthy = true;
      logger.info({ mode: 'http', port }, 'awskey is listening for Slack requests on /slack/events');
      return { port };
    },
    async stop() {
      healthy = false;
      await app.stop();
    },
  };
}

/** Bolt's HTTP receiver, with requests stamped more than five minutes ahead refused before Bolt reads them. */
function httpReceiver(signingSecret: string | undefined, customRoutes: NonNullable<AppOptions['customRoutes']>, logger: NonNullable<AppOptions['logger']>): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret: signingSecret ?? '', customRoutes, processBeforeResponse: false, logger });
  // The system clock, as Bolt's own check of old timestamps uses (the injected case clock may be a test's).
  receiver.requestListener = refuseFutureRequests(receiver.requestListener, { now: () => new Date() });
  return receiver;
}
