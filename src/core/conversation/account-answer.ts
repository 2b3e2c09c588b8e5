/**
 * "Which account owns the resource?" answered with the account's number (QA38 F14): "bucket lives in our prod account
 * 111122223333", "the bucket is in 1111-2222-3333" (the console shows it dashed), "1111 2222 3333". The caller's account
 * is in the error's ARN, so the number answers the question by comparison: the caller's own is `same`, another is `other`.
 */
import type { Facts } from '../diagnosis';
import type { Probe } from '../knowledge/types';
import type { Interpretation } from './interpreter';

const RESOURCE_ACCOUNT = 'resource-account';

/** Twelve digits, whole or in the console's groups of four (dashes or spaces), not part of a longer number. */
const ACCOUNT_NUMBER = /(?<![\d-])\d{4}([- ]?)\d{4}\1\d{4}(?![\d-])/g;
/** A denial or an alternative beside the number ("not in 1111…", "either … or …"): it then tells no one account. */
const NOT_ONE_ACCOUNT = /\bnot\b|n't\b|\b(?:isnt|arent|wasnt|werent|doesnt|dont|didnt|never|either|or)\b|\?/i;
const CALLER_ACCOUNT = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/;

/** The caller's account, from the principal ARN the error or a caller identity showed. */
export function callerAccount(facts: Facts): string | undefined {
  return facts.arn ? CALLER_ACCOUNT.exec(facts.arn)?.[1] : undefined;
}

/** `same` or `other` for words that name exactly one account number, compared with the caller's; else undefined. */
export function resourceAccountByNumber(words: string, caller: string | undefined): 'same' | 'other' | undefined {
  if (caller === undefined || NOT_ONE_ACCOUNT.test(words)) return undefined;
  const named = new Set([...words.matchAll(ACCOUNT_NUMBER)].map((m) => m[0].replace(/[- ]/g, '')));
  if (named.size !== 1) return undefined;
  return named.has(caller) ? 'same' : 'other';
}

/** For the ReDoS check (core/patterns.ts ALL_PATTERNS): a reply is typed text. */
export const ACCOUNT_ANSWER_PATTERNS: RegExp[] = [ACCOUNT_NUMBER, NOT_ONE_ACCOUNT, CALLER_ACCOUNT];

/** The reply to the resource-account question, with the answer its account number gives when its words gave none. */
export function withAccountAnswer(words: Interpretation, text: string, pending: Probe | undefined, facts: Facts): Interpretation {
  if (pending?.id !== RESOURCE_ACCOUNT || words.answer || words.intent) return words;
  const choice = resourceAccountByNumber(text, callerAccount(facts));
  return choice ? { ...words, answer: { probeId: RESOURCE_ACCOUNT, choiceId: choice } } : words;
}
