/**
 * Liveness that means something. HTTP mode serves GET /healthz on its own port; Socket Mode, which
 * has no listening port of its own, serves it on AWSKEY_HEALTH_PORT when that is set. Healthy means:
 * started and not shutting down, the store answers (a read within two seconds), and in Socket Mode
 * the WebSocket is connected. The body also says how long ago the last Slack event and the last
 * WebSocket ping/pong were seen, so a connected-but-silent socket can be spotted.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyValueStore } from '../../usecases/ports';

const STORE_PROBE_MS = 2000;

export interface HealthState {
  mode: 'socket' | 'http';
  started: boolean;
  draining: boolean;
  /** Socket Mode only. */
  connected?: boolean;
  lastEventAt?: number;
  lastPingAt?: number;
}

async function storeAnswers(kv: KeyValueStore): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((r) => {
    timer = setTimeout(() => r(false), STORE_PROBE_MS);
  });
  try {
    return await Promise.race([kv.get('health:probe').then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const secondsSince = (at: number | undefined, now: number) => (at === undefined ? null : Math.round((now - at) / 100) / 10);

export async function healthReport(state: HealthState, kv: KeyValueStore, now = Date.now()): Promise<{ status: number; body: Record<string, unknown> }> {
  const store = await storeAnswers(kv);
  const ok = state.started && !state.draining && store && (state.mode === 'http' || state.connected === true);
  const body: Record<string, unknown> = { ok, mode: state.mode, store: store ? 'ok' : 'unreachable', draining: state.draining };
  if (state.mode === 'socket') {
    body.connected = state.connected === true;
    body.secondsSinceLastEvent = secondsSince(state.lastEventAt, now);
    body.secondsSinceLastPing = secondsSince(state.lastPingAt, now);
  }
  return { status: ok ? 200 : 503, body };
}

export function healthHandler(state: HealthState, kv: KeyValueStore) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    healthReport(state, kv).then(
      ({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body));
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  };
}

/** The Socket Mode health port: GET /healthz only. */
export async function startHealthServer(port: number, host: string, handler: ReturnType<typeof healthHandler>): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/healthz') return handler(req, res);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

interface SocketClientLike {
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  /** @slack/socket-mode's current WebSocket wrapper (absent between connections). */
  websocket?: { isActive(): boolean } | null;
}

/** Follows the Socket Mode client's connection state, its messages, and the WebSocket's heartbeat. */
export function watchSocket(client: SocketClientLike, state: HealthState, now: () => number = Date.now): () => void {
  client.on('connected', () => {
    state.connected = true;
  });
  for (const e of ['disconnected', 'reconnecting', 'disconnecting', 'connecting']) {
    client.on(e, () => {
      state.connected = false;
    });
  }
  // The client says `reconnecting` only when it next dials (seconds after a drop); the WebSocket's own
  // close is reported at once, as `close`. An old socket closing while a new one is up changes nothing.
  client.on('close', () => {
    if (!client.websocket?.isActive()) state.connected = false;
  });
  client.on('ws_message', () => {
    state.lastEventAt = now();
  });
  // @slack/socket-mode's heartbeat goes through undici's WebSocket, which reports pings and pongs here.
  const beat = () => {
    state.lastPingAt = now();
  };
  subscribe('undici:websocket:ping', beat);
  subscribe('undici:websocket:pong', beat);
  return () => {
    unsubscribe('undici:websocket:ping', beat);
    unsubscribe('undici:websocket:pong', beat);
  };
}
