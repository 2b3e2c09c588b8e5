/**
 * Bolt's signature check refuses requests older than five minutes but accepts any timestamp in the
 * future, so a signed request captured with a forged-ahead clock could be replayed for as long as
 * the attacker chose. This refuses both directions before Bolt reads the body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../usecases/ports';

export const MAX_REQUEST_SKEW_SECONDS = 5 * 60;

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export function refuseFutureRequests(inner: Listener, clock: Clock): Listener {
  return (req, res) => {
    const header = req.headers['x-slack-request-timestamp'];
    const ts = Number(Array.isArray(header) ? header[0] : header);
    if (Number.isFinite(ts) && ts - clock.now().getTime() / 1000 > MAX_REQUEST_SKEW_SECONDS) {
      req.resume(); // drain the body so the connection can be reused
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end('request timestamp is in the future');
      return;
    }
    inner(req, res);
  };
}
