/**
 * The audit trail: one JSON line per entry, written through the application logger with
 * `audit: true` so it can be filtered out of the ordinary log. Entries go through the logger's
 * redaction like every other line, and fields named like a secret are censored here as well,
 * because an audit detail is the kind of place a caller might drop a whole object.
 */
import type { Logger as PinoLogger } from 'pino';
import type { AuditLog, Logger } from '../../usecases/ports';
import { guardValue } from '../egress/guard';

const SECRET_FIELD = /secret|token|password|passwd|credential|private.?key|signature/i;

function censorSecretFields(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => censorSecretFields(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_FIELD.test(k) && v !== undefined ? '[REDACTED]' : censorSecretFields(v, depth + 1);
  return out;
}

/**
 * Audit entries are written at info level even when LOG_LEVEL is quieter (warn, error, silent):
 * turning down the noise must not turn off the record of who looked up which key.
 */
export function createAuditLog(logger: Logger & { pino?: PinoLogger }): AuditLog {
  const write: (obj: object, msg: string) => void = logger.pino
    ? ((p) => (obj, msg) => p.info(obj, msg))(logger.pino.child({ audit: true }, { level: 'info' }))
    : ((l) => (obj, msg) => l.info(obj, msg))(logger.child({ audit: true }));
  return {
    record(entry) {
      write({ at: entry.at, actor: entry.actor, action: entry.action, detail: guardValue('audit', censorSecretFields(entry.detail)) }, `audit: ${entry.action}`);
    },
  };
}
