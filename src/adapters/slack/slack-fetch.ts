/**
 * The one HTTP path to Slack (Web API calls through the WebClient's `fetch` option, and response_url
 * posts through Bolt's `respond`, which uses the same function). Every attempt has a timeout, and
 * what Slack documents as transient is retried with exponential backoff:
 *   - HTTP 200 with `ok:false` and error internal_error, fatal_error, service_unavailable,
 *     request_timeout or ratelimited (docs.slack.dev/reference/methods/chat.postMessage "Errors");
 *   - HTTP 429 (after its Retry-After), HTTP 5xx, network errors and our own timeout.
 * Everything else (invalid_blocks, not_in_channel, …) is returned at once for the caller to handle.
 * The WebClient's own retries are turned off so this is the single policy.
 */
import type { Logger } from '../../usecases/ports';

export const TRANSIENT_SLACK_ERRORS: ReadonlySet<string> = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

export interface SlackFetchOptions {
  /** Per attempt. */
  timeoutMs: number;
  /** Further attempts after the first. */
  retries: number;
  /** First backoff; doubles per retry (capped at maxBackoffMs), with jitter. */
  backoffMs?: number;
  maxBackoffMs?: number;
  logger?: Logger;
  fetchFn?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Why an answer is worth another attempt, or undefined when it is final. */
async function transientReason(res: Response): Promise<{ reason: string; body?: string; waitMs?: number } | undefined> {
  if (res.status === 429) {
    const after = Number(res.headers.get('retry-after'));
    return { reason: 'http 429', waitMs: Number.isFinite(after) && after > 0 ? Math.min(after, 60) * 1000 : undefined };
  }
  if (res.status >= 500) return { reason: `http ${res.status}` };
  if (res.status !== 200 || !res.headers.get('content-type')?.includes('json')) return undefined;
  const body = await res.text();
  try {
    const parsed = JSON.parse(body) as { ok?: unknown; error?: unknown };
    if (parsed.ok === false && typeof parsed.error === 'string' && TRANSIENT_SLACK_ERRORS.has(parsed.error)) return { reason: parsed.error, body };
  } catch {
    // not JSON after all: hand it back as it came
  }
  return { reason: '', body };
}

function urlPath(input: Parameters<typeof fetch>[0]): string {
  try {
    const u = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    return u.pathname.startsWith('/api/') ? u.pathname.slice(5) : 'response_url';
  } catch {
    return 'unknown';
  }
}

export function createSlackFetch(opts: SlackFetchOptions): typeof fetch {
  const fetchFn = opts.fetchFn ?? fetch;
  const sleep = opts.sleep ?? defaultSleep;
  const base = opts.backoffMs ?? 500;
  const cap = opts.maxBackoffMs ?? 8000;
  return async (input, init) => {
    const method = urlPath(input);
    for (let attempt = 0; ; attempt++) {
      const timeout = AbortSignal.timeout(opts.timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      let retry: { reason: string; waitMs?: number };
      try {
        const res = await fetchFn(input, { ...init, signal });
        const t = await transientReason(res);
        if (t === undefined) return res;
        if (t.reason === '') return new Response(t.body, { status: res.status, statusText: res.statusText, headers: res.headers });
        if (attempt >= opts.retries) {
          return t.body === undefined ? res : new Response(t.body, { status: res.status, statusText: res.statusText, headers: res.headers });
        }
        retry = t;
      } catch (err) {
        // The caller's own abort is final; our timeout and network errors are worth another try.
        if (init?.signal?.aborted || attempt >= opts.retries) throw err;
        retry = { reason: timeout.aborted ? 'timeout' : err instanceof Error ? err.name : 'network error' };
      }
      const backoff = Math.min(cap, base * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      opts.logger?.warn({ method, attempt: attempt + 1, reason: retry.reason }, 'Slack call failed transiently; retrying');
      await sleep(retry.waitMs ?? backoff);
    }
  };
}
