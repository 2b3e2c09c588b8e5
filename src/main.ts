/**
 * Composition root: load the configuration (.env via dotenv), build the logger, the store, the key
 * directory and the Slack app, and start. `npm start` runs this file. With no Slack settings it
 * explains what is missing and opens `awskey chat` on a terminal (exits non-zero without one).
 */
import { getHeapStatistics } from 'node:v8';
import { config as loadDotenv } from 'dotenv';
import type { App } from '@slack/bolt';
import { loadConfig, type Config } from './config';
import { onShutdownSignals, type Drainable } from './shutdown';
import { createLogger } from './adapters/logging/logger';
import { createMetrics, type Metrics } from './adapters/metrics/metrics';
import { createSlackApp } from './adapters/slack/app';
import { createCaseStore } from './adapters/store/case-store';
import { createStore } from './adapters/store/create-store';
import { hasAccountSources, loadStaticAccounts } from './adapters/aws/account-list';
import type { CaseStore, Clock, KeyDirectory, KeyValueStore, Logger } from './usecases/ports';

export interface StartDeps {
  logger: Logger;
  /** The shared store: cases, event de-duplication, lookup shares (Redis when several replicas run). */
  kv: KeyValueStore;
  cases?: CaseStore;
  keyDirectory?: KeyDirectory;
  accountCount?: number;
  clock?: Clock;
  metrics?: Metrics;
}

export interface RunningApp extends Drainable {
  app: App;
  /** HTTP mode: the port listened on (useful with PORT=0). */
  port?: number;
  /** Socket Mode with AWSKEY_HEALTH_PORT: the health port listened on. */
  healthPort?: number;
  metrics: Metrics;
  stop(): Promise<void>;
}

const systemClock: Clock = { now: () => new Date() };

/** Start the Slack app in-process (tests call this with port 0 and a fake Slack API). */
export async function startApp(config: Config, deps: StartDeps): Promise<RunningApp> {
  if (!config.slack) throw new Error(`Slack is not configured (missing ${config.slackMissing.join(', ')})`);
  const metrics = deps.metrics ?? createMetrics();
  const slackApp = createSlackApp(
    { slack: config.slack, access: config.access, traceBolt: config.logLevel === 'trace', healthPort: config.healthPort },
    {
      logger: deps.logger,
      kv: deps.kv,
      cases: deps.cases ?? createCaseStore(deps.kv, config.caseTtlSeconds),
      clock: deps.clock ?? systemClock,
      metrics,
      keyDirectory: deps.keyDirectory,
      accountCount: deps.accountCount,
    },
  );
  const { port, healthPort } = await slackApp.start();
  return {
    app: slackApp.app,
    port,
    healthPort,
    metrics,
    inFlight: () => slackApp.inFlight(),
    shutdown: (drainMs) => slackApp.shutdown(drainMs),
    idle: (ms) => slackApp.idle(ms),
    stop: () => slackApp.stop(),
  };
}

/** Accounts to scan when known at start; throws AppError('config') for a bad ARN or an unreadable accounts file. */
function staticAccountCount(config: Config): number | undefined {
  const n = loadStaticAccounts(config.aws).length;
  return config.aws.orgRoleName ? undefined : n; // organization accounts are discovered at lookup time
}

/**
 * The key directory, loaded on the first lookup: the AWS SDK clients cost an idle bot tens of MB of
 * RSS (see `npm run bench:slack`). Settings problems are still found at start (staticAccountCount).
 */
function lazyKeyDirectory(config: Config, deps: { store: KeyValueStore; logger: Logger }): KeyDirectory & { close(): Promise<void>; startRefresher(): void } {
  type Module = typeof import('./adapters/aws/key-directory');
  let directory: ReturnType<Module['createKeyDirectory']> | undefined;
  const load = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    directory ??= (require('./adapters/aws/key-directory') as Module).createKeyDirectory(config, deps);
    return directory;
  };
  return {
    lookup: (hint, opts) => load().lookup(hint, opts),
    // The refresher needs the SDK clients: with accounts configured they load at start.
    startRefresher: () => load().startRefresher(),
    close: async () => directory?.close(),
  };
}

const USAGE = `Usage: node dist/main.js (or npm start)

Starts the awskey Slack bot with the settings in the environment and ./.env (see .env.example and
docs/slack-setup.md). With no Slack settings on a terminal, it opens \`awskey chat\` instead.
The command line tool is \`awskey\` (dist/cli.js): \`awskey --help\` lists its commands.

Options:
  -V, --version  print the version and exit
  -h, --help     print this help and exit
`;

/**
 * The bot takes no arguments: a flag asks for help or the version, or is a mistake. Either way nothing starts (an
 * on-call checking flags on a production host must not start a second replica: QA 36 F11). The exit status for
 * main(), or undefined when there are no arguments and the bot starts.
 */
export function readArguments(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number | undefined {
  if (argv.length === 0) return undefined;
  const [first] = argv;
  if (first === '--version' || first === '-V' || first === '-v') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    out(`${(require('../package.json') as { version: string }).version}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    out(USAGE);
    return 0;
  }
  // The argument is not echoed: it may be a secret pasted in the wrong place.
  err(`awskey: the bot takes no arguments\n${USAGE}`);
  return 2;
}

function printProblems(title: string, lines: string[]): void {
  process.stderr.write(`awskey: ${title}\n${lines.map((l) => `  - ${l}`).join('\n')}\n`);
}

async function main(): Promise<number> {
  const asked = readArguments(process.argv.slice(2), (t) => process.stdout.write(t), (t) => process.stderr.write(t));
  if (asked !== undefined) return asked;
  loadDotenv({ quiet: true });
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    printProblems('configuration problems:', loaded.problems);
    return 1;
  }
  const config = loaded.config;
  if (!config.slack) {
    const missing = ['SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode, the default)', 'or SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET with SLACK_MODE=http'];
    if (process.stdin.isTTY && process.stdout.isTTY) {
      printProblems('the Slack bot needs these settings (see .env.example and docs/slack-setup.md):', missing);
      process.stderr.write('Opening `awskey chat` instead: paste an AWS error to try the diagnosis here.\n\n');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require('./cli-program') as typeof import('./cli-program')).runCli(['chat']);
    }
    printProblems('cannot start the Slack bot; missing settings:', missing);
    return 1;
  }

  const logger = createLogger({ level: config.logLevel });
  // The heap limit comes from NODE_OPTIONS (npm start and the Docker image set 256 MB; docs/aws sizing).
  logger.info({ heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1048576) }, 'V8 heap limit (NODE_OPTIONS=--max-old-space-size)');
  const accountCount = hasAccountSources(config.aws) ? staticAccountCount(config) : undefined;
  const kv = await createStore(config, logger);
  const keyDirectory = hasAccountSources(config.aws) ? lazyKeyDirectory(config, { store: kv, logger }) : undefined;
  if (!keyDirectory) logger.info({}, 'no AWS accounts configured: /awskey will explain how to enable lookups');
  // Issue 12: the background key index refresher (leases in the store make replicas share it).
  keyDirectory?.startRefresher();
  // Handlers first: a signal arriving while Slack connects must still shut down cleanly.
  const started: { app?: RunningApp } = {};
  onShutdownSignals({
    logger,
    drainMs: config.drainMs,
    app: () => started.app,
    // Background work first (a lookup still scanning then answers with what it has), the store last, once
    // those answers had LAST_REPLIES_MS to go out: nothing may close it under a running handler.
    closers: keyDirectory ? [{ name: 'key directory', close: () => keyDirectory.close() }] : [],
    store: { name: 'store', close: () => kv.close() },
  });
  process.on('unhandledRejection', (err) => logger.error({ err: err instanceof Error ? err.message : String(err) }, 'unhandled rejection'));
  try {
    started.app = await startApp(config, { logger, kv, keyDirectory, accountCount });
  } catch (err) {
    // Slack refused us (a revoked token, a port in use): close what was opened, or the key index
    // refresher would keep a process alive that serves nothing.
    await keyDirectory?.close().catch(() => undefined);
    await kv.close().catch(() => undefined);
    throw err;
  }
  return -1; // keep running
}

if (require.main === module) {
  main().then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      // Only the message: a stack or an SDK error object could carry configuration details.
      process.stderr.write(`awskey: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
      // Whatever else is still open (an SDK socket, a timer) must not keep a failed start running.
      setTimeout(() => process.exit(1), 2000).unref();
    },
  );
}
