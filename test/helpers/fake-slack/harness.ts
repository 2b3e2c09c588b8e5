/**
 * Starts the real awskey Slack app (main.ts startApp) in HTTP mode on port 0 against a fake Slack,
 * with every log line captured, and sends it signed requests.
 */
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../../src/config';
import { createLogger } from '../../../src/adapters/logging/logger';
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { startApp, type RunningApp } from '../../../src/main';
import type { Clock, KeyDirectory, KeyValueStore } from '../../../src/usecases/ports';
import { startFakeSlack, type FakeSlack } from './fake-slack';
import { blockAction, formOf, messageEvent, payloadForm, slashCommand, type MessageOpts } from './payloads';
import { FORM, sendSigned, type SendOptions } from './sign';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-1-test-bot-token';
export const APP_TOKEN = 'xapp-1-A1-test-app-token';

/**
 * Resolves once every request the app has taken in has been handled (its replies posted, its files read): the
 * app's own in-flight count reaching zero, an event rather than a timer. Its bound only ends a hang; it is
 * longer than any test's own timeout, so a slow machine meets the test's timeout, never a shorter wait of its own.
 */
export async function settledApp(running: RunningApp, what = 'the app to finish its work'): Promise<void> {
  if (!(await running.idle(SETTLE_BOUND_MS))) throw new Error(`gave up waiting for ${what} (${running.inFlight()} in flight)`);
}
const SETTLE_BOUND_MS = 300_000;

export interface LogCapture {
  lines: string[];
  stream: Writable;
  text(): string;
}

export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { lines, stream, text: () => lines.join('\n') };
}

export function testConfig(env: Record<string, string | undefined>): Config {
  const r = loadConfig({ LOG_LEVEL: 'debug', PORT: '0', HOST: '127.0.0.1', AWSKEY_SLACK_RETRIES: '0', ...env });
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.config;
}

export interface Harness {
  fake: FakeSlack;
  running: RunningApp;
  logs: LogCapture;
  kv: KeyValueStore;
  url: string;
  sendEvent(o: MessageOpts, s?: SendOptions): Promise<{ status: number; text: string; body: Record<string, unknown> }>;
  sendRawEvent(body: Record<string, unknown>, s?: SendOptions): Promise<{ status: number; text: string }>;
  sendCommand(text: string, o?: { user?: string; channel?: string; responseId?: string }): Promise<{ status: number; text: string; responseUrl: string }>;
  sendAction(o: {
    actionId: string;
    value: string;
    messageTs: string;
    threadTs?: string;
    user?: string;
    channel?: string;
    responseId?: string;
    messageBlocks?: unknown[];
  }): Promise<{ status: number; responseUrl: string }>;
  /** Every request sent so far has been handled (settledApp). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(
  o: { kv?: KeyValueStore; keyDirectory?: KeyDirectory; accountCount?: number; env?: Record<string, string>; fake?: FakeSlack; clock?: Clock } = {},
): Promise<Harness> {
  const fake = o.fake ?? (await startFakeSlack());
  const logs = captureLogs();
  const kv = o.kv ?? createMemoryStore();
  const config = testConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_MODE: 'http', SLACK_API_URL: fake.apiUrl, ...o.env });
  const logger = createLogger({ level: 'debug', destination: logs.stream });
  const running = await startApp(config, { logger, kv, keyDirectory: o.keyDirectory, accountCount: o.accountCount, clock: o.clock });
  const url = `http://127.0.0.1:${running.port}/slack/events`;
  let n = 0;
  return {
    fake,
    running,
    logs,
    kv,
    url,
    async sendEvent(m, s) {
      const body = messageEvent(m);
      const r = await sendSigned(url, SIGNING_SECRET, JSON.stringify(body), 'application/json', s);
      return { ...r, body };
    },
    sendRawEvent: (body, s) => sendSigned(url, SIGNING_SECRET, JSON.stringify(body), 'application/json', s),
    async sendCommand(text, c = {}) {
      const responseUrl = fake.responseUrl(c.responseId ?? `cmd${++n}`);
      const r = await sendSigned(url, SIGNING_SECRET, formOf(slashCommand({ text, responseUrl, user: c.user, channel: c.channel })), FORM);
      return { ...r, responseUrl };
    },
    async sendAction(a) {
      const responseUrl = fake.responseUrl(a.responseId ?? `act${++n}`);
      const r = await sendSigned(url, SIGNING_SECRET, payloadForm(blockAction({ ...a, responseUrl })), FORM);
      return { status: r.status, responseUrl };
    },
    settled: () => settledApp(running),
    async stop() {
      await running.stop();
      if (!o.fake) await fake.close();
    },
  };
}

export interface SocketHarness {
  fake: FakeSlack;
  running: RunningApp;
  logs: LogCapture;
  /** Sends an envelope over the fake Socket Mode connection and resolves with the app's ack. */
  envelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, extra?: Record<string, unknown>): Promise<{ envelope_id: string; payload?: unknown }>;
  /** Every envelope sent so far has been handled (settledApp). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSocketHarness(o: { kv?: KeyValueStore; keyDirectory?: KeyDirectory; env?: Record<string, string> } = {}): Promise<SocketHarness> {
  const fake = await startFakeSlack({ socketMode: true });
  const logs = captureLogs();
  const config = testConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, ...o.env });
  const logger = createLogger({ level: 'debug', destination: logs.stream });
  const running = await startApp(config, { logger, kv: o.kv ?? createMemoryStore(), keyDirectory: o.keyDirectory });
  let n = 0;
  return {
    fake,
    running,
    logs,
    envelope(type, payload, extra = {}) {
      const envelope_id = `env-${++n}-${type}`;
      fake.socket!.send({ envelope_id, type, accepts_response_payload: type === 'slash_commands', payload, ...extra });
      return fake.socket!.waitForAck(envelope_id);
    },
    settled: () => settledApp(running),
    async stop() {
      await running.stop();
      await fake.close();
    },
  };
}
