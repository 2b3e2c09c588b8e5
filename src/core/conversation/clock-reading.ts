/**
 * A clock read in the failing shell and pasted (QA38 F10): the clock question says to compare `date -u` with a time
 * service, and people paste the `date -u` output instead. awskey has the reference itself: the time the message arrived.
 * AWS denies a request that does not reach it within five minutes of the time stamp it was signed with (IAM User Guide,
 * "AWS Signature Version 4 for API requests", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html:
 * "a request must reach AWS within five minutes of the time stamp in the request"), so a reading more than five minutes
 * off the arrival time is a clock off (the clock question's `off`), and one within a minute a clock that is right.
 * Between the two the clock is a little off but inside the window: no answer, the difference is only said.
 * Read are the outputs that carry their zone, so the comparison is sound: `date -u` / `date` in UTC (C and en_US
 * locales), `date -R`, `date -Iseconds`, and PowerShell's `(Get-Date).ToUniversalTime()` when its command line is pasted
 * with it (its output names no zone). A local `date` with a zone abbreviation (`PST`) is not read: abbreviations are ambiguous.
 */
import { normalise } from '../normalise';
import { PROMPT } from '../printed-variable';

export interface ClockReading {
  /** The date line as pasted. */
  shown: string;
  /** Arrival time minus the clock read, in seconds: positive when the clock is behind. */
  behindSeconds: number;
}

/** SigV4's window (the page above): further off, AWS refuses the signature. */
export const SIGV4_WINDOW_SECONDS = 300;
/** The clock question's "right (within a minute)". */
const RIGHT_WITHIN_SECONDS = 60;
/**
 * Further off than a day, a date line is as likely copied from another day's log as read from a clock that far off; a
 * clock that far off makes the signature error print the skew itself (extract/clock.ts).
 */
const MAX_READ_SKEW_SECONDS = 86_400;
const MAX_CLOCK_PASTE = 400;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?';
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';
const TIME = '(\\d{1,2}):(\\d{2}):(\\d{2})(?:[.,]\\d{1,9})?(?:\\s(am|pm))?';
/** `date -u`: "Mon Dec  7 22:41:07 UTC 2026" (coreutils in en_US: "… 10:41:07 PM UTC 2026"; en_GB: "Mon  7 Dec …"). */
const UNIX_DATE = new RegExp(`^${DAY}\\s{1,3}(?:${MONTH}\\s{1,3}(\\d{1,2})|(\\d{1,2})\\s{1,3}${MONTH})\\s{1,3}${TIME}\\s{1,3}(?:utc|gmt|z)\\s{1,3}(\\d{4})$`, 'i');
/** `date -R`: "Mon, 07 Dec 2026 22:41:07 +0000". */
const RFC_2822 = new RegExp(`^(?:${DAY}\\s{1,3})?(\\d{1,2})\\s${MONTH}\\s(\\d{4})\\s${TIME}\\s([+-]\\d{4}|utc|gmt)$`, 'i');
/** `date -Iseconds`, `date -u +%FT%TZ`: "2026-12-07T22:41:07+00:00", "…Z". */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,]\d{1,9})?\s?(z|utc|[+-]\d{2}:?\d{2})$/i;
/** `(Get-Date).ToUniversalTime()` in en-US: "Monday, December 7, 2026 10:41:07 PM". */
const POWERSHELL_DATE = new RegExp(`^${DAY}\\s${MONTH}\\s(\\d{1,2}),\\s(\\d{4})\\s${TIME}$`, 'i');
/** The command that read the clock: `date` (any options) or PowerShell's Get-Date, after a prompt or alone. */
const DATE_COMMAND = /(?:^|[\s>$#%(])(?:date|get-date)\b/i;
const POWERSHELL_UTC = /\btouniversaltime\s*\(\)|-asutc\b/i;

const utc = (y: string, mon: string, d: string, h: string, mi: string, s: string, ampm: string | undefined, offsetMinutes = 0): number => {
  let hour = Number(h);
  if (ampm) hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  const month = /^\d+$/.test(mon) ? Number(mon) - 1 : MONTHS.indexOf(mon.slice(0, 3).toLowerCase());
  return Date.UTC(Number(y), month, Number(d), hour, Number(mi), Number(s)) - offsetMinutes * 60_000;
};
const offsetOf = (z: string): number => {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};

/** The time a date line shows, in ms, or NaN. `powershellUtc`: the command line said the PowerShell date is UTC. */
function timeOf(line: string, powershellUtc: boolean): number {
  let m = UNIX_DATE.exec(line);
  if (m) return utc(m[9]!, m[1] ?? m[4]!, m[2] ?? m[3]!, m[5]!, m[6]!, m[7]!, m[8]);
  m = RFC_2822.exec(line);
  if (m) return utc(m[3]!, m[2]!, m[1]!, m[4]!, m[5]!, m[6]!, m[7], offsetOf(m[8]!));
  m = ISO_8601.exec(line);
  if (m) return utc(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, undefined, offsetOf(m[7]!));
  m = powershellUtc ? POWERSHELL_DATE.exec(line) : null;
  if (m) return utc(m[3]!, m[1]!, m[2]!, m[4]!, m[5]!, m[6]!, m[7]);
  return NaN;
}

/**
 * The clock a text shows, when the text is nothing but a date line, with the command that printed it before it and a
 * prompt alone after it or not; undefined otherwise (a date inside a log is no reading of the clock now).
 */
export function clockReading(text: string, now: Date): ClockReading | undefined {
  if (text.length > MAX_CLOCK_PASTE) return undefined;
  const lines = normalise(text).text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > 1 && PROMPT.test(lines.at(-1)!) && lines.at(-1)!.replace(PROMPT, '').trim() === '') lines.pop();
  if (lines.length > 2 || lines.length === 0 || (lines.length === 2 && !DATE_COMMAND.test(lines[0]!))) return undefined;
  const shown = lines.at(-1)!;
  const at = timeOf(shown, lines.length === 2 && POWERSHELL_UTC.test(lines[0]!));
  if (!Number.isFinite(at)) return undefined;
  const behindSeconds = Math.round((now.getTime() - at) / 1000);
  return Math.abs(behindSeconds) > MAX_READ_SKEW_SECONDS ? undefined : { shown, behindSeconds };
}

/** The clock question's choice a reading gives: `off` past the SigV4 window, `right` within a minute, else none. */
export function clockChoice(r: ClockReading): 'off' | 'right' | undefined {
  const off = Math.abs(r.behindSeconds);
  return off > SIGV4_WINDOW_SECONDS ? 'off' : off <= RIGHT_WITHIN_SECONDS ? 'right' : undefined;
}

/** What awskey says of a reading: how far off, against what. */
export function clockNote(r: ClockReading): string {
  const off = Math.abs(r.behindSeconds);
  const amount = off < 60 ? `${off} s` : off < 5_400 ? `${Math.round(off / 60)} min` : `${(off / 3600).toFixed(1)} h`;
  const side = r.behindSeconds > 0 ? 'behind' : 'ahead of';
  const verdict =
    off > SIGV4_WINDOW_SECONDS
      ? 'more than the five minutes AWS allows between a signature and its arrival: the clock is off, so fix its time sync.'
      : off <= RIGHT_WITHIN_SECONDS
        ? 'so the clock is right.'
        : 'within the five minutes AWS allows between a signature and its arrival, so the clock alone is not the failure.';
  return `That clock reads ${amount} ${side} the time your message arrived, ${verdict}`;
}

/** For the ReDoS check (core/patterns.ts ALL_PATTERNS): a reply is typed text. */
export const CLOCK_READING_PATTERNS: RegExp[] = [UNIX_DATE, RFC_2822, ISO_8601, POWERSHELL_DATE, DATE_COMMAND, POWERSHELL_UTC];
