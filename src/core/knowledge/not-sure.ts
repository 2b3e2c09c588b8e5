/**
 * Not knowing: "not sure", "unsure". The "not sure" answer's words begin with them (probes.ts `UNSURE`), and so do the
 * words that doubt a statement (conversation/interpreter.ts `DOUBT`): one list. A module of its own, with no imports,
 * so the interpreter reads it without loading the catalogue first.
 */
export const NOT_SURE = ['\\bnot (sure|certain)\\b', '\\bunsure\\b'];
