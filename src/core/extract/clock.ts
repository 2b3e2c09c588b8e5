/**
 * Clock-skew and expiry timestamps: `Signature expired: A is now earlier than B (C - 15 min.)`,
 * `Signature not yet current: A is still later than B (C + 5 min.)`, S3 `<RequestTime>`/`<ServerTime>`,
 * and credential `Expiration` values compared with the time passed in.
 */
import { wordGate } from './anchors';
import { addSignal, setFact } from './draft';
import type { Extractor } from './types';

const AMZ = '(\\d{8}T\\d{6}Z)';
const SIG_EXPIRED = new RegExp(`Signature expired:? {0,2}${AMZ} is now earlier than ${AMZ} \\(${AMZ} ?- ?(\\d{1,3}) min`, 'i');
const SIG_FUTURE = new RegExp(`Signature {1,3}not {1,3}yet {1,3}current:? {0,2}${AMZ} is still later than ${AMZ} \\(${AMZ} ?\\+ ?(\\d{1,3}) min`, 'i');
const S3_REQUEST_TIME = /<RequestTime>([^<]{10,40})<\/RequestTime>/;
const S3_SERVER_TIME = /<ServerTime>([^<]{10,40})<\/ServerTime>/;
const EXPIRATION = /(?:"Expiration"\s{0,3}:\s{0,3}"|AWS_CREDENTIAL_EXPIRATION\s{0,2}=\s{0,2}["']?|\bexpiration\s{0,2}[=:]\s{0,2}["']?|"expiresAt"\s{0,3}:\s{0,3}"|x_security_token_expires\s{0,2}=\s{0,2})(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)/i;

function amzToMs(s: string): number {
  return Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(9, 11), +s.slice(11, 13), +s.slice(13, 15));
}

function isoToMs(s: string): number {
  if (/^\d{8}T\d{6}Z$/.test(s)) return amzToMs(s);
  const t = Date.parse(/[Zz]|[+-]\d{2}:?\d{2}$/.test(s) ? s.replace(' ', 'T') : `${s.replace(' ', 'T')}Z`);
  return Number.isFinite(t) ? t : NaN;
}

/** A text whose lowercase holds no "xpir" has no line for the expiry test (answered by the shared literal scan). */
const xpirGate = wordGate(['xpir']);

/** Per-line test, compiled once (a regex literal inside the line loop is a new object on every line). */
const EXPIRY_WORD = /xpir/i;

export const extractClock: Extractor = (ctx, draft) => {
  const expiry = xpirGate(ctx.lower)('xpir');
  ctx.lines.forEach((line, i) => {
    const n = i + 1;
    if (line.includes('Signature')) {
      const exp = SIG_EXPIRED.exec(line);
      if (exp) {
        const skew = Math.round((amzToMs(exp[3]!) - amzToMs(exp[1]!)) / 1000);
        setFact(draft, 'clockSkewSeconds', skew, ctx.loc(n), 1);
      }
      const fut = SIG_FUTURE.exec(line);
      if (fut) setFact(draft, 'clockSkewSeconds', Math.round((amzToMs(fut[3]!) - amzToMs(fut[1]!)) / 1000), ctx.loc(n), 1);
    }
    if (line.includes('<RequestTime>') || line.includes('<ServerTime>')) {
      const rq = S3_REQUEST_TIME.exec(line);
      const sv = S3_SERVER_TIME.exec(ctx.lines.slice(i, i + 6).join(' '));
      if (rq && sv) {
        const skew = Math.round((isoToMs(sv[1]!) - isoToMs(rq[1]!)) / 1000);
        if (Number.isFinite(skew)) setFact(draft, 'clockSkewSeconds', skew, ctx.loc(n), 1);
      }
    }
    if (expiry && EXPIRY_WORD.test(line)) {
      const e = EXPIRATION.exec(line);
      if (e) {
        const ms = isoToMs(e[1]!);
        if (Number.isFinite(ms)) {
          setFact(draft, 'expiredAt', new Date(ms).toISOString(), ctx.loc(n), 2);
          if (ctx.now) addSignal(draft, ms <= ctx.now.getTime() ? 'expiry.past' : 'expiry.future', ctx.loc(n), new Date(ms).toISOString());
        }
      }
    }
  });
  const skew = draft.facts.clockSkewSeconds;
  if (skew !== undefined) {
    // A gap of minutes can be a request signed and sent late; a gap of many minutes or hours is the clock.
    addSignal(draft, Math.abs(skew) >= 600 ? 'skew.large' : 'skew.small', draft.facts.locations.clockSkewSeconds, `${skew} s`);
  }
};

export const CLOCK_PATTERNS: RegExp[] = [EXPIRY_WORD, SIG_EXPIRED, SIG_FUTURE, S3_REQUEST_TIME, S3_SERVER_TIME, EXPIRATION];
