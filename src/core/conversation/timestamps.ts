/**
 * When the incident started: the earliest timestamp in the pasted logs (a CI log, a Terraform
 * debug log, an SDK trace), not the moment the log was pasted. Only unambiguous date-times with a
 * year are read; a time without a zone is taken as UTC (logs on servers and runners mostly are):
 * - ISO 8601 style: 2026-11-22T08:41:03Z, 2026-11-22 08:41:03,120 (Log4j, Python logging, the AWS
 *   CLI's --debug), with a zone or UTC marker or none;
 * - Go's log package and CodeBuild: 2026/11/22 08:41:03 (Terraform before 0.15, Go programs using the
 *   SDK, "[Container] 2026/11/22 08:41:03.123456" in CodeBuild);
 * - the Common Log Format of access logs: [22/Nov/2026:08:41:03 +0000].
 * Times without a year (syslog's "Nov 22 08:41:03", klog's "E1122 08:41:03") are not read.
 */
const ISO = /\b(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:[.,]\d{1,9})?\s?(Z|[+-][01]\d:?[0-5]\d|UTC)?/g;
const SLASHED = /\b(20\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)\b/g;
const CLF = /\[(0[1-9]|[12]\d|3[01])\/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/(20\d\d):([01]\d|2[0-3]):([0-5]\d):([0-5]\d) ([+-][01]\d[0-5]\d)\]/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_SCAN = 200_000;

const zoneOf = (z: string | undefined) => (!z || z === 'UTC' || z === 'Z' ? 'Z' : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z);

/** Each format as [pattern, the ISO string of a match]. */
const FORMATS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [ISO, (m) => `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zoneOf(m[7])}`],
  [SLASHED, (m) => `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`],
  [CLF, (m) => `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]}T${m[4]}:${m[5]}:${m[6]}${zoneOf(m[7])}`],
];

/** The earliest timestamp in `text` as ISO (UTC), or undefined. Timestamps after `notAfter` are ignored. */
export function earliestTimestamp(text: string, notAfter: Date): string | undefined {
  let best: number | undefined;
  const scan = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  for (const [re, iso] of FORMATS) {
    re.lastIndex = 0;
    for (let m = re.exec(scan); m; m = re.exec(scan)) {
      const t = Date.parse(iso(m));
      if (!Number.isFinite(t) || t > notAfter.getTime()) continue;
      if (best === undefined || t < best) best = t;
    }
  }
  return best === undefined ? undefined : new Date(best).toISOString();
}

export const TIMESTAMP_PATTERNS: RegExp[] = FORMATS.map(([re]) => re);
