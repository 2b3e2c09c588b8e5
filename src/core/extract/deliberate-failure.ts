/**
 * The failing credential was used on purpose: a test of error handling ("I am invoking S3Client::ListBuckets method with
 * incorrect access key by purpose. I was expecting to get some meaningfull error code", aws/aws-sdk-cpp#305), a demo of
 * what a bad key returns. The error is the one asked for; nothing is to be fixed about the credentials.
 *
 * Read one sentence at a time (a clause after ";" is a sentence of its own: "We deliberately rotate keys weekly; since
 * Monday the wrong access key is used"), never in a question ("Intentionally left the expired token in place? No."),
 * and not when negated ("I did not change it on purpose, the wrong key must have come from the env").
 */
import { wordGate } from './anchors';
import { sentences } from '../sentences';

const BAD_KEY = String.raw`\b(?:wrong|incorrect|invalid|bad|fake|dummy|bogus|random|made-up|expired)\b[^.\n]{0,30}\b(?:access[ _-]?keys?|secret(?:[ _-]?(?:access[ _-]?)?keys?)?|keys?|credentials?|creds|tokens?)\b`;
const ON_PURPOSE = String.raw`\b(?:on purpose|by purpose|intentionally|deliberately|purposely|purposefully)\b`;
const DELIBERATE = new RegExp(`${BAD_KEY}[^.\\n]{0,40}${ON_PURPOSE}|${ON_PURPOSE}[^.\\n]{0,40}${BAD_KEY}`, 'i');
const ON_PURPOSE_WORD = new RegExp(ON_PURPOSE, 'i');
/** A negation a few words before "on purpose", in the same clause ("did not … on purpose", "Not intentionally"). */
const NEGATION = /\b(?:not|no|never)\b|n't\b/i;
const CLAUSE_MARK = /[,;:]/g;

/** The regexes this module runs, for the ReDoS check. */
export const DELIBERATE_PATTERNS: RegExp[] = [DELIBERATE, ON_PURPOSE_WORD, NEGATION, CLAUSE_MARK];

/**
 * Every ON_PURPOSE word holds one of these: a text without them is answered by the shared literal scan, not by a
 * pass of the case-insensitive regex over the whole paste.
 */
const ON_PURPOSE_STEMS = ['purpose', 'intentional', 'deliberate'];
const onPurposeWords = wordGate(ON_PURPOSE_STEMS);

function saysItOnPurpose(line: string): boolean {
  if (!ON_PURPOSE_WORD.test(line)) return false;
  for (const sentence of sentences(line, 'clause')) {
    if (sentence.trimEnd().endsWith('?') || !DELIBERATE.test(sentence)) continue;
    const at = sentence.search(ON_PURPOSE_WORD);
    const clause = sentence.slice(Math.max(0, at - 40), at).split(CLAUSE_MARK).pop() ?? '';
    if (!NEGATION.test(clause)) return true;
  }
  return false;
}

/** The 1-based numbers of the lines with a sentence saying a wrong credential was used on purpose (`lower`: `text` lowercased). */
export function badKeyOnPurposeLines(text: string, lower: string, lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  const has = onPurposeWords(lower);
  if (!ON_PURPOSE_STEMS.some(has) || !ON_PURPOSE_WORD.test(text)) return found;
  lines.forEach((l, i) => {
    if (saysItOnPurpose(l)) found.add(i + 1);
  });
  return found;
}
