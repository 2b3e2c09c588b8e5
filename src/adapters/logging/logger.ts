/**
 * One pino logger to stdout (or a given stream) with redaction. Every string that reaches a log
 * line goes through the core redactor, so a pasted secret cannot be logged by accident.
 */
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import { redact } from '../../core/redact';
import { guardText } from '../egress/guard';
import type { Logger } from '../../usecases/ports';

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return guardText('log', redact(value).text);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: guardText('log', redact(value.message).text) };
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
  return out;
}

export function createLogger(opts: { level?: string; destination?: DestinationStream; name?: string } = {}): Logger & { pino: PinoLogger } {
  const base = pino(
    {
      name: opts.name ?? 'awskey',
      level: opts.level ?? 'info',
      // Known secret-bearing fields are censored outright; everything else is scrubbed by pattern.
      redact: { paths: ['*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.secretAccessKey', '*.sessionToken', 'headers.authorization'], censor: '[REDACTED]' },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => scrub(a)) as Parameters<typeof method>;
          method.apply(this, scrubbed);
        },
      },
    },
    opts.destination,
  );
  return wrap(base);
}

function wrap(p: PinoLogger): Logger & { pino: PinoLogger } {
  return {
    pino: p,
    debug: (o, m) => p.debug(o, m),
    info: (o, m) => p.info(o, m),
    warn: (o, m) => p.warn(o, m),
    error: (o, m) => p.error(o, m),
    child: (b) => wrap(p.child(b)),
  };
}
