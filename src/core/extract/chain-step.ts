/**
 * A step of a credential chain logged on the way, not the chain's failure. Programs that log their chain (Velero,
 * in-house Go services) print a provider they tried at debug or info level and go on to the next ("EnvAccessKeyNotFound:
 * … not found in environment, trying shared config"): only the chain's end ("no valid providers in chain", a final
 * "could not find credentials" at error level) says no credentials were had.
 *
 * Read on the text as pasted (before paste-shape.ts took logfmt's `level=` and a JSON record's level field off): a
 * record's level is where it says it is no error.
 */

/**
 * A record logged below warning: logfmt's or JSON's level field, a bracketed level, ClickHouse's `<Debug>`, `<Trace>`,
 * `<Information>`, a level word in capitals.
 */
const QUIET_LEVEL = /\b(?:level|lvl|severity)=["']?(?:debug|info|trace)\b|"(?:level|lvl|severity)"\s?:\s?"(?:debug|info|trace)"|\[(?:debug|info|trace)\]|<(?:Debug|Trace|Test|Information)>/i;
/**
 * Capitals only: "a debug of calls", "trace event shows" are words of a sentence (tuning aws-cli#861,
 * terraform-provider-aws#23176). A word of its own, not part of a name ("[INFO-worker-1]" is a thread).
 */
const LEVEL_WORD = /(?<![\w-])(?:DEBUG|INFO|TRACE)(?![\w-])/;
/**
 * A level at warning or above anywhere in the record: "… ERROR [INFO-worker-1] … will try IMDS" is an error whatever
 * quiet word its thread or message holds. A field or bracket in any case, ClickHouse's `<Error>` (not S3's XML
 * `<Error><Code>`), a word in capitals (a message's "error getting credentials, trying next" is a step's own words).
 */
const LOUD_FIELD = /\b(?:level|lvl|severity)=["']?(?:error|warn(?:ing)?|fatal|crit(?:ical)?|panic)\b|"(?:level|lvl|severity)"\s?:\s?"(?:error|warn(?:ing)?|fatal|crit(?:ical)?|panic)"|\[(?:error|warn(?:ing)?|fatal)\]/i;
const LOUD_WORD = /<(?:Error|Warning|Fatal|Critical)>(?! ?<)|(?<![\w-])(?:ERROR|WARN|WARNING|FATAL|CRITICAL|PANIC)(?![\w-])/;
/** Words saying the program goes on to another source. */
const GOES_ON = /\btrying (?:next|shared|the next|another|env|environment|instance|IMDS|web identity|ec2|container)\b|\bfall(?:s|ing)? ?back (?:to|on)\b|\bwill try\b|\bmoving on to\b/i;
/** The chain's own end said outright, which words of going on do not undo ("no valid providers in chain, trying …"). */
const CHAIN_END = /no valid providers|from any (?:of the )?providers?/i;

export const CHAIN_STEP_PATTERNS: RegExp[] = [QUIET_LEVEL, LEVEL_WORD, LOUD_FIELD, LOUD_WORD, GOES_ON, CHAIN_END];

/** How much of a read line is looked for in the pasted text (its head: what a record's unescaping leaves alone). */
const PROBE_CHARS = 40;

/** A record logged below warning that says it goes on to another source. */
function stepRecord(line: string): boolean {
  const quiet = (QUIET_LEVEL.test(line) || LEVEL_WORD.test(line)) && !LOUD_FIELD.test(line) && !LOUD_WORD.test(line);
  return quiet && GOES_ON.test(line) && !CHAIN_END.test(line);
}

/**
 * Whether the read line is a chain step: a record logged below warning that says it goes on to another source, and so
 * is every pasted line it may have come from, each that holds its head (no split: a paste can be a megabyte). A log
 * repeats its openings: a quiet "…, trying shared config" step and the same words at error level later share a head,
 * and either can be the one read. A step that only says one source was empty ("DEBUG … Unable to fetch credentials
 * from environment variables.") is not set aside: a tool that logs only its steps shows its empty chain that way
 * (tuning grzm/awyeah-api#12).
 */
export function isChainStep(read: string, pasted: string, seen?: Map<string, boolean>): boolean {
  const probe = read.trim().slice(0, PROBE_CHARS);
  if (probe.length < 8) return stepRecord(read);
  const known = seen?.get(probe);
  if (known !== undefined) return known;
  const copies = everyCopyIsStep(probe, pasted);
  if (copies === undefined) return stepRecord(read);
  seen?.set(probe, copies);
  return copies;
}

/** Whether every pasted line holding the probe is a step record; undefined when none holds it. */
function everyCopyIsStep(probe: string, pasted: string): boolean | undefined {
  let at = pasted.indexOf(probe);
  if (at < 0) return undefined;
  while (at >= 0) {
    const end = pasted.indexOf('\n', at);
    if (!stepRecord(pasted.slice(pasted.lastIndexOf('\n', at) + 1, end < 0 ? undefined : end))) return false;
    at = end < 0 ? -1 : pasted.indexOf(probe, end);
  }
  return true;
}

/**
 * The indexes of the read lines that are chain steps (isChainStep), every copy and every step at once: a line without
 * words of going on is none, so only those are looked up in the pasted text, each opening once (a log repeats them).
 */
export function chainStepIndexes(lines: readonly string[], pasted: string): Set<number> {
  const steps = new Set<number>();
  const seen = new Map<string, boolean>();
  lines.forEach((line, i) => {
    if (GOES_ON.test(line) && isChainStep(line, pasted, seen)) steps.add(i);
  });
  return steps;
}
