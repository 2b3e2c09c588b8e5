/**
 * Bolt (and its WebClient / SocketModeClient) log through our pino logger, so their lines get the
 * same secret scrubbing. Bolt's debug output can include request payloads (pasted text), so it is
 * dropped unless LOG_LEVEL is trace.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../usecases/ports';

function text(parts: unknown[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : safeJson(p))).join(' ');
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export function toBoltLogger(logger: Logger, opts: { trace?: boolean } = {}): BoltLogger {
  let level: LogLevel = opts.trace ? LogLevel.DEBUG : LogLevel.INFO;
  let log = logger.child({ component: 'bolt' });
  return {
    debug: (...msg: unknown[]) => {
      if (level === LogLevel.DEBUG && opts.trace) log.debug({}, text(msg));
    },
    info: (...msg: unknown[]) => {
      if (level === LogLevel.DEBUG || level === LogLevel.INFO) log.info({}, text(msg));
    },
    warn: (...msg: unknown[]) => {
      if (level !== LogLevel.ERROR) log.warn({}, text(msg));
    },
    error: (...msg: unknown[]) => log.error({}, text(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (name: string) => {
      log = logger.child({ component: name });
    },
  };
}
