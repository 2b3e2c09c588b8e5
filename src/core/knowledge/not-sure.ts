/**
 * Not knowing: "not sure", "unsure". The "not sure" answer's words begin with them (probes.ts `UNSURE`), and so do the
 * words that doubt a statement (conversation/interpreter.ts `DOUBT`): one list. A module of its own, with no imports,
 * so the interpreter reads it without loading the catalogue first.
 */
export const NOT_SURE = ['\\bnot (sure|certain)\\b', '\\bunsure\\b'];

/**
 * What a leading "no" is not when a noun follows it ("no idea", "no problems with the CLI", "no errors locally"): the
 * "no" answer's words (probes.ts `NO`) and the interpreter's leading yes or no (`LEADING_YES_NO`) both step aside for it.
 */
export const NO_AS_A_NOUN = '(?:idea|clue|problems?|issues?|errors?|trouble)';
