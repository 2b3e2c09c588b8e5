/**
 * The egress guard at each exit: strings and JSON-like values pass through the active guard (see
 * context.ts) before they are written, posted, logged, stored or used as a metric label.
 */
import type { Writable } from 'node:stream';
import { activeGuard } from './context';
import { reportBlocked, type EgressExit } from './report';

export function guardText(exit: EgressExit, text: string): string {
  const r = activeGuard().scrub(text);
  reportBlocked(exit, r.hits);
  return r.value;
}

export function guardValue<T>(exit: EgressExit, value: T): T {
  const r = activeGuard().scrubValue(value);
  reportBlocked(exit, r.hits);
  return r.value;
}

/** A fetch whose request body (Slack Web API form data, respond() JSON) is guarded. */
export function guardedFetch(exit: EgressExit, base: typeof fetch = globalThis.fetch): typeof fetch {
  return (input, init) => {
    if (init && typeof init.body === 'string') return base(input, { ...init, body: guardText(exit, init.body) });
    if (init && init.body instanceof URLSearchParams) {
      const params = new URLSearchParams();
      for (const [k, v] of init.body) params.append(k, guardText(exit, v));
      return base(input, { ...init, body: params });
    }
    return base(input, init);
  };
}

/** Writes to `out` guarded; the stream itself is otherwise untouched. */
export function guardedWrite(exit: EgressExit, out: Writable | NodeJS.WritableStream): (text: string) => boolean {
  return (text) => out.write(guardText(exit, text));
}
