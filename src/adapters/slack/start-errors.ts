/**
 * Why the bot could not start, in words an operator can act on: which setting Slack refused, or which
 * host could not be reached and why. Slack's own error ("An API error occurred: invalid_auth", "A request
 * error occurred: fetch failed") names neither. Never prints a token: only setting names, Slack's error
 * code, the API URL without its userinfo and query (a proxy's `user:pass@` stays out of stderr and the logs: review
 * R35-7) and the network error code.
 */

/** The step of the start that failed: each talks to Slack with another setting. */
export type StartStep = 'bot-token' | 'app-token' | 'listen';

interface StartContext {
  step: StartStep;
  /** SLACK_API_URL when set; Slack's own API otherwise. */
  apiUrl?: string;
  port?: number;
  host?: string;
}

const SLACK_API = 'https://slack.com/api/';

/** Slack's answers that mean the token itself is wrong, revoked or of the wrong kind. */
const TOKEN_REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type', 'invalid_token', 'no_permission', 'missing_scope']);

const TOKEN_HELP: Record<'bot-token' | 'app-token', { name: string; where: string }> = {
  'bot-token': { name: 'SLACK_BOT_TOKEN', where: 'copy the Bot User OAuth Token again (api.slack.com/apps → your app → OAuth & Permissions; reinstall the app if it was removed)' },
  'app-token': { name: 'SLACK_APP_TOKEN', where: 'create an app-level token with the connections:write scope again (api.slack.com/apps → your app → Basic Information → App-Level Tokens)' },
};

interface Coded {
  code?: unknown;
  data?: { error?: unknown };
  original?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The network error code (ENOTFOUND, ECONNREFUSED, …) somewhere in the cause chain of a failed fetch. */
function networkCode(err: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof err !== 'object' || err === null) return undefined;
  const e = err as Coded;
  if (typeof e.code === 'string' && /^E[A-Z_]+$/.test(e.code)) return e.code;
  const inner = [e.original, e.cause, ...(Array.isArray(e.errors) ? e.errors.slice(0, 3) : [])];
  for (const i of inner) {
    const c = networkCode(i, depth + 1);
    if (c) return c;
  }
  return undefined;
}

const NETWORK_WORDS: Record<string, string> = {
  ENOTFOUND: 'the name does not resolve (DNS)',
  EAI_AGAIN: 'the name does not resolve right now (DNS)',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset (a proxy or firewall?)',
  ETIMEDOUT: 'the connection timed out (a firewall, or a proxy needed?)',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'no route to the network',
  EADDRINUSE: 'the port is already in use',
  EACCES: 'the port needs privileges',
  EADDRNOTAVAIL: 'the address is not one of this machine',
};

/**
 * SLACK_API_URL as messages may show it: its scheme, host and port only, never the raw setting — a proxy's `user:pass@`,
 * a query, and a gateway's token carried in the path (`/t/<token>/api/`, review R35b-16) stay out of stderr and logs.
 */
function shownOrigin(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return 'the SLACK_API_URL setting';
  }
}

/** A message naming the setting or host, or undefined when the error is not one of Slack's or the network's. */
export function explainStartError(err: unknown, ctx: StartContext): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as Coded;
  if (ctx.step === 'listen') {
    const code = networkCode(err);
    if (!code) return undefined;
    return `could not listen on ${ctx.host ?? '0.0.0.0'}:${ctx.port ?? ''} (PORT, HOST): ${NETWORK_WORDS[code] ?? code} [${code}]`;
  }
  const token = TOKEN_HELP[ctx.step];
  const api = ctx.apiUrl ? shownOrigin(ctx.apiUrl) : SLACK_API;
  if (e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string') {
    const slackError = e.data.error;
    if (TOKEN_REFUSED.has(slackError)) return `Slack refused ${token.name} (${slackError}): ${token.where}.`;
    return `Slack answered ${slackError} to ${token.name}'s first call at ${api}${ctx.apiUrl ? ' (SLACK_API_URL)' : ''}.`;
  }
  if (e.code === 'slack_webapi_http_error') {
    const status = (err as { statusCode?: unknown }).statusCode;
    return `Slack's API at ${api}${ctx.apiUrl ? ' (SLACK_API_URL)' : ''} answered HTTP ${typeof status === 'number' ? status : '?'} when checking ${token.name}${ctx.apiUrl ? ': is it the Web API base URL (ending in /api/)?' : '.'}`;
  }
  if (e.code === 'slack_webapi_request_error' || networkCode(err)) {
    const code = networkCode(err);
    const why = code ? `${NETWORK_WORDS[code] ?? code} [${code}]` : 'the request failed (a proxy, firewall or TLS problem?)';
    return `could not reach Slack at ${api}${ctx.apiUrl ? ' (SLACK_API_URL)' : ''} to check ${token.name}: ${why}.`;
  }
  return undefined;
}
