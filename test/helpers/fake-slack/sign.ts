/** Signed requests as Slack sends them (v0 HMAC-SHA256 over "v0:<ts>:<raw body>"). */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';

export const FORM = 'application/x-www-form-urlencoded'; // exactly this: Bolt rejects "; charset=…"

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  timestamp?: number; // seconds; default now
  retryNum?: number;
  retryReason?: string;
  badSignature?: boolean;
}

export async function sendSigned(url: string, secret: string, body: string, contentType: string, o: SendOptions = {}): Promise<{ status: number; text: string }> {
  const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': o.badSignature ? `v0=${'0'.repeat(64)}` : signature(secret, ts, body),
  };
  if (o.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(o.retryNum);
    headers['x-slack-retry-reason'] = o.retryReason ?? 'http_timeout';
  }
  return post(url, body, headers);
}

/**
 * One request on a connection of its own. fetch reuses idle keep-alive connections, and on a loaded machine
 * one could be sent on just as the app's server closed it for idleness: ECONNRESET, a test failing for
 * the client's own bookkeeping (Slack itself would retry the delivery).
 */
function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
