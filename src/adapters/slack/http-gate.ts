/**
 * What every request to /slack/events passes before Bolt reads it:
 *   - while shutting down: 503, so Slack retries the delivery (on another replica) instead of it
 *     being accepted and then dropped;
 *   - a timestamp more than five minutes ahead: 401 (request-age.ts);
 *   - a body that is not a JSON object (a signed `null`, a number, an array, a form `payload` that is
 *     not an object): 400. Bolt would otherwise throw on it outside its own error handling, leaving
 *     the request unanswered and an unhandled rejection behind.
 * Each request counts as in flight from arrival, so a shutdown waits for one whose body is still
 * being read as well as for its handlers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import type { Clock } from '../../usecases/ports';
import type { InFlight } from './in-flight';
import { refuseFutureRequests } from './request-age';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Bolt's own default body limit (HTTPModuleFunctions.defaultBodyLimit, @slack/bolt 4.x/5.x). */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;
const FORM = 'application/x-www-form-urlencoded'; // Bolt compares the header exactly

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when Bolt could not treat the body as one Slack payload object. */
export function isMalformedBody(raw: string, contentType: string | undefined): boolean {
  try {
    if (contentType === FORM) {
      const { payload } = parseForm(raw);
      return payload !== undefined && (typeof payload !== 'string' || !isObject(JSON.parse(payload)));
    }
    return !isObject(JSON.parse(raw));
  } catch {
    return true;
  }
}

function answer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain', ...headers });
  res.end(text);
}

export interface GateOptions {
  clock: Clock;
  inFlight: InFlight;
  draining: () => boolean;
  paths?: string[];
}

export function gateSlackRequests(inner: Listener, o: GateOptions): Listener {
  const paths = new Set(o.paths ?? ['/slack/events']);
  const checked = refuseFutureRequests(inner, o.clock);
  return (req, res) => {
    if (!paths.has((req.url ?? '').split('?')[0]!)) return inner(req, res);
    if (o.draining()) {
      req.resume();
      return answer(res, 503, 'shutting down; retry', { 'retry-after': '1', connection: 'close' });
    }
    const end = o.inFlight.begin();
    res.once('close', end);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= BODY_LIMIT_BYTES) chunks.push(c);
    });
    req.once('error', () => res.destroy());
    req.once('end', () => {
      if (size > BODY_LIMIT_BYTES) return answer(res, 413, 'request body too large');
      const raw = Buffer.concat(chunks);
      if (isMalformedBody(raw.toString('utf8'), req.headers['content-type'])) return answer(res, 400, 'malformed request body');
      // Bolt reads a pre-buffered body from rawBody (HTTPModuleFunctions.bufferIncomingMessage).
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
      try {
        checked(req, res);
      } catch {
        answer(res, 500, 'internal error');
      }
    });
  };
}
