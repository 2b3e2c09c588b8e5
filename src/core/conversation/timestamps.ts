/**
 * When the incident started: the earliest timestamp in the pasted logs (a CI log, a Terraform
 * debug log, an SDK trace), not the moment the log was pasted. Only unambiguous ISO-8601 style
 * date-times are read (2026-11-22T08:41:03Z, 2026-11-22 08:41:03,120 with a zone or UTC marker,
 * or without one when the log gives none: then it is taken as UTC and the summary says so).
 */
const ISO = /\b(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:[.,]\d{1,9})?\s?(Z|[+-][01]\d:?[0-5]\d|UTC)?/g;
const MAX_SCAN = 200_000;

/** The earliest timestamp in `text` as ISO (UTC), or undefined. Timestamps after `notAfter` are ignored. */
export function earliestTimestamp(text: string, notAfter: Date): string | undefined {
  let best: number | undefined;
  ISO.lastIndex = 0;
  const scan = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  for (let m = ISO.exec(scan); m; m = ISO.exec(scan)) {
    const zone = !m[7] || m[7] === 'UTC' || m[7] === 'Z' ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7];
    const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
    if (!Number.isFinite(t) || t > notAfter.getTime()) continue;
    if (best === undefined || t < best) best = t;
  }
  return best === undefined ? undefined : new Date(best).toISOString();
}

export const TIMESTAMP_PATTERNS: RegExp[] = [ISO];
