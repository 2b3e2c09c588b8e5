/** Signed requests as Slack sends them (v0 HMAC-SHA256 over "v0:<ts>:<raw body>"). */
import { createHmac } from 'node:crypto';

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
  const res = await fetch(url, { method: 'POST', body, headers });
  return { status: res.status, text: await res.text() };
}
