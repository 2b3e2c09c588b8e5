/**
 * Whose clock it is, as people name it ("the system clock", "my device time", "the container's date"): the nouns the
 * clock readers take before "time", "clock" or "date". One list for the clock question (knowledge/probes.ts: its
 * `off` choice and its topic in ANSWER_TOPICS) and the cause-talk reader (extract/cause-talk.ts), which had four lists
 * with different members.
 */
export const CLOCK_OWNERS = 'device|phone|mobile|tablet|system|server|local|machine|computer|host|container|vm|laptop|pc|instance|node|client|box|windows|mac';
