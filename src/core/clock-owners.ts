/**
 * Whose clock it is, as people name it ("the system clock", "my device time", "the container's date"): the nouns the
 * clock readers take before "time", "clock" or "date". One list for the clock question's answers
 * (knowledge/probes.ts, its `off` choice) and the cause-talk reader (extract/cause-talk.ts), which had three lists
 * with different members.
 */
export const CLOCK_OWNERS = 'device|phone|mobile|tablet|system|server|local|machine|computer|host|container|vm|laptop|pc|instance|node|client|box|windows|mac';
