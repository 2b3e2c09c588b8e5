/**
 * A Slack-compatible stand-in on loopback: the Web API (`/api/<method>`), response_url endpoints
 * (`/response/<id>`), private file downloads (`/files-pri/<path>`) and, for Socket Mode, a WebSocket
 * server handed out by `apps.connections.open`. Every request is recorded with its raw body so tests
 * can assert what left the app (and that a secret never did).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseForm } from 'node:querystring';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedCall {
  seq: number;
  path: string;
  method: string; // Web API method ("chat.postMessage"), "response", or "file"
  auth?: string;
  raw: string;
  body: Record<string, unknown>;
}

/** Text, raw bytes (a file in another encoding), or pieces served as they come. */
export type FileContent = string | Buffer | (() => Iterable<string>);

export type MethodHandler = (body: Record<string, unknown>, call: RecordedCall) => Record<string, unknown> | Promise<Record<string, unknown>>;

export interface FakeSlack {
  origin: string; // http://127.0.0.1:PORT
  apiUrl: string; // http://127.0.0.1:PORT/api/
  calls: RecordedCall[];
  /**
   * Serve a file at `${origin}/files-pri/<name>`; returns that URL. A generator is served piece by
   * piece as the app reads (with backpressure), so a long file is never held whole, and a download
   * the app abandons stops being written.
   */
  addFile(name: string, content: FileContent): string;
  /** Bytes of the file written towards the app so far. */
  fileBytesSent(name: string): number;
  /** Answer file downloads this much later (a slow download in flight). */
  setFileDelay(ms: number): void;
  /** Override or add a Web API method response. */
  on(method: string, handler: MethodHandler): void;
  responseUrl(id: string): string;
  /** Poll the recorded calls until `pred` holds (bounded; not a timing assertion). */
  waitFor(pred: (calls: RecordedCall[]) => boolean, what?: string): Promise<void>;
  callsTo(method: string): RecordedCall[];
  /** Every byte that left the app towards Slack, for "never contains" assertions. */
  allTraffic(): string;
  socket?: FakeSocket;
  /** Emits 'call' with each RecordedCall as it arrives (benchmarks time replies with it). */
  events: EventEmitter;
  close(): Promise<void>;
}

export interface FakeSocket {
  acks: Array<{ envelope_id: string; payload?: unknown }>;
  connections: number;
  /** Connections that have closed (by either side). */
  closed: number;
  send(envelope: Record<string, unknown>): void;
  /** Cuts every open connection from the server side (a network drop). */
  dropConnections(): void;
  waitForAck(envelopeId: string): Promise<{ envelope_id: string; payload?: unknown }>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function decode(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const form = parseForm(raw) as Record<string, unknown>;
  // @slack/web-api sends non-string arguments (blocks, attachments) JSON-encoded in form fields.
  for (const k of ['blocks', 'attachments']) if (typeof form[k] === 'string') form[k] = JSON.parse(form[k] as string);
  return form;
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * Waits until `check` holds. The bound only ends a hang with a name: it is no timing assertion, and at 10 s it
 * was met by replies that a loaded machine (2 cores, 8 test runs) gave later than that, so it is a minute now.
 */
export async function poll(check: () => boolean, what: string, limitMs = 60_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function startFakeSlack(opts: { socketMode?: boolean; botUserId?: string; botId?: string } = {}): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const events = new EventEmitter();
  const record = (c: RecordedCall) => {
    calls.push(c);
    events.emit('call', c);
  };
  const files = new Map<string, FileContent>();
  const fileSent = new Map<string, number>();
  const handlers = new Map<string, MethodHandler>();
  let seq = 0;
  let tsCounter = 0;
  let fileDelayMs = 0;
  const nextTs = () => `1700000100.${String(++tsCounter).padStart(6, '0')}`;

  let wss: WebSocketServer | undefined;
  let socket: FakeSocket | undefined;
  const sockets: WebSocket[] = [];
  if (opts.socketMode) {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => wss!.on('listening', () => r()));
    const acks: FakeSocket['acks'] = [];
    const s: FakeSocket = {
      acks,
      connections: 0,
      closed: 0,
      send: (envelope) => {
        const ws = sockets[sockets.length - 1];
        if (!ws) throw new Error('no Socket Mode connection');
        ws.send(JSON.stringify(envelope));
      },
      dropConnections: () => {
        for (const ws of sockets) ws.terminate();
      },
      waitForAck: async (id) => {
        await poll(() => acks.some((a) => a.envelope_id === id), `ack of ${id}`);
        return acks.find((a) => a.envelope_id === id)!;
      },
    };
    wss.on('connection', (ws) => {
      sockets.push(ws);
      s.connections++;
      ws.on('close', () => s.closed++);
      ws.on('message', (d) => acks.push(JSON.parse(String(d)) as FakeSocket['acks'][number]));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', build_number: 1, approximate_connection_time: 18060 }, connection_info: { app_id: 'A1' } }));
    });
    socket = s;
  }

  const defaults: Record<string, MethodHandler> = {
    'auth.test': () => ({ ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'awskey', team_id: 'T1', user_id: opts.botUserId ?? 'UBOT', bot_id: opts.botId ?? 'BBOT' }),
    'chat.postMessage': (b) => ({ ok: true, channel: b.channel, ts: nextTs(), message: { text: b.text } }),
    'chat.postEphemeral': () => ({ ok: true, message_ts: nextTs() }),
    'chat.update': (b) => ({ ok: true, channel: b.channel, ts: b.ts }),
    'usergroups.users.list': () => ({ ok: true, users: [] }),
    'apps.connections.open': () => ({ ok: true, url: `ws://127.0.0.1:${(wss?.address() as AddressInfo | undefined)?.port ?? 1}/link?ticket=t1` }),
  };

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = req.url ?? '/';
    const send = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (url.startsWith('/files-pri/')) {
      record({ seq: ++seq, path: url, method: 'file', auth: req.headers.authorization, raw, body: {} });
      if (fileDelayMs > 0) await new Promise((r) => setTimeout(r, fileDelayMs));
      const name = url.slice('/files-pri/'.length);
      const content = files.get(name);
      if (content === undefined || req.headers.authorization === undefined) return send(404, 'not found', 'text/plain');
      const count = (piece: string) => fileSent.set(name, (fileSent.get(name) ?? 0) + Buffer.byteLength(piece));
      if (typeof content === 'string') {
        count(content);
        return send(200, content, 'text/plain');
      }
      if (Buffer.isBuffer(content)) {
        fileSent.set(name, (fileSent.get(name) ?? 0) + content.length);
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end(content);
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (const piece of content()) {
        if (res.destroyed) return;
        count(piece);
        if (!res.write(piece)) {
          await new Promise<void>((r) => {
            const done = () => {
              res.off('drain', done);
              res.off('close', done);
              r();
            };
            res.on('drain', done);
            res.on('close', done);
          });
        }
      }
      return res.end();
    }
    let body: Record<string, unknown>;
    try {
      body = decode(raw, req.headers['content-type']);
    } catch {
      body = {};
    }
    if (url.startsWith('/response/')) {
      record({ seq: ++seq, path: url, method: 'response', raw, body });
      return send(200, 'ok', 'text/plain');
    }
    const method = url.replace(/^\/api\//, '').split('?')[0]!;
    const call: RecordedCall = { seq: ++seq, path: url, method, auth: req.headers.authorization, raw, body };
    record(call);
    const handler = handlers.get(method) ?? defaults[method];
    if (!handler) return send(200, { ok: false, error: 'unknown_method' });
    send(200, await handler(body, call));
  });
  // Idle keep-alive connections stay open until close() (which cuts them all). With Node's default (5 s) the fake
  // closed a connection the app's fetch had left idle while it read a long file; on a machine so busy that its timers
  // ran late, the app reused that connection just as the close landed, its chat.postMessage failed with ECONNRESET,
  // and with the harness's AWSKEY_SLACK_RETRIES=0 the thread got the apology (long-files "two long logs", at load 15+).
  // The app's own retry policy absorbs such a reset (the default of 3 retries passed every throttled run); the
  // undici client still closes its idle connections itself after 4 s, which races nothing.
  server.keepAliveTimeout = 0;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    apiUrl: `${origin}/api/`,
    calls,
    addFile: (name, content) => {
      files.set(name, content);
      return `${origin}/files-pri/${name}`;
    },
    fileBytesSent: (name) => fileSent.get(name) ?? 0,
    setFileDelay: (ms) => {
      fileDelayMs = ms;
    },
    on: (method, handler) => handlers.set(method, handler),
    responseUrl: (id) => `${origin}/response/${id}`,
    waitFor: (pred, what = 'an expected call') => poll(() => pred(calls), what),
    callsTo: (method) => calls.filter((c) => c.method === method),
    allTraffic: () => calls.map((c) => `${c.raw}\n${safeDecode(c.raw)}\n${JSON.stringify(c.body)}`).join('\n'),
    socket,
    events,
    close: async () => {
      // Let the app finish its close handshake first; a cut connection leaves its 30 s handshake timer running.
      await Promise.all(
        sockets.map(
          (ws) =>
            new Promise<void>((r) => {
              if (ws.readyState === ws.CLOSED) return r();
              const t = setTimeout(r, 2000);
              ws.once('close', () => {
                clearTimeout(t);
                r();
              });
            }),
        ),
      );
      for (const ws of sockets) ws.terminate();
      if (wss) await new Promise<void>((r) => wss!.close(() => r()));
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
