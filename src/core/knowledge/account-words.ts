/**
 * The caller's own account said in words: "the state bucket is in this account", "it's in our own account", "same
 * account as the user" (QA 37 F9: "in this account" read as "another account is involved", its cross-account fix shown).
 * Not denied ("not in this account" says the other one).
 */
export const OWN_ACCOUNT = "(?<!\\bnot )\\b(in|to|from|under|within) (this|the same|our own|my own|our|my|its own|the caller'?s) (aws )?account\\b";
