/**
 * A credential setting's name corrected in words, without the rename var-renamed.ts reads: "The correct environment
 * variable seems to be `AWS_ACCESS_KEY_ID`" (aip-dev/google.aip.dev#991), "According to the documentation the variable
 * name should be AWS_ACCESS_KEY_ID" (wheniwork/keyme#2), "The constant was set to 'aws.accessKey' but the correct AWS
 * SDK system property name is 'aws.accessKeyId'" (awslabs/aws-java-nio-spi-for-s3#746), all batch 14, and "using the
 * `AWS_ACCESS_KEY` env variable instead of the documented `AWS_ACCESS_KEY_ID`" (dekkerglen/CubeCobra#2412, batch 6).
 * Each was resolved as a credential set under a name the SDK never read (malformed-credentials; no-credentials-found
 * also accepted). The names read: the environment variables of every SDK (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
 * AWS_SESSION_TOKEN) and the Java system properties (aws-sdk-java v1 SDKGlobalConfiguration.java @01c03bb:
 * aws.accessKeyId, aws.secretKey, aws.sessionToken; aws-sdk-java-v2 core/sdk-core SdkSystemSetting.java @0c4ed76:
 * aws.accessKeyId, aws.secretAccessKey, aws.sessionToken).
 * Read as a report in words (prose.var-renamed, detection) and as the misnamed-variable hint (ranking), which a
 * near-miss name (context-hints.ts) or a rename (var-renamed.ts) gives too. Not read: "the correct AWS_ACCESS_KEY_ID"
 * (a value, not a name: the sentence must name a variable, property or name), a profile or region variable corrected
 * (another cause: aws/aws-cli#4337's `AWS_DEFAULT_PROFILE` was a wrong profile).
 */
import { addSignal } from './draft';
import type { Extractor } from './types';
import { CREDENTIAL_WORD as UPPER_CREDENTIAL_WORD, SESSION_WORD } from './var-renamed';

const READ_NAME = String.raw`AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)|aws\.(?:accessKeyId|secretKey|secretAccessKey|sessionToken)`;
/** A read name right after the verb that gives it: "… is `AWS_ACCESS_KEY_ID`", "… should be called aws.accessKeyId". */
const READ = new RegExp(String.raw`\b(?:${READ_NAME})\b`, 'g');
const VERB_BEFORE = /\b(?:is|are|be|called|named)\W{0,3}$/;
/** In the clause before it, the name is the thing corrected … */
const SETTING_WORD = /\b(?:variable|propert(?:y|ies)|name|setting)s?\b/;
/** … and called correct, or what the name should be. */
const CORRECT_WORD = /\b(?:correct|right|proper|documented|expected|valid|standard)\b/;
const SHOULD_BE = /\b(?:should|must|needs to|has to) be(?: called| named| renamed to)?\W{0,3}$/;
/**
 * A wrong name said in the read name's sentence: "The application is expecting AWS_SECRET_ACCESS_KEY as a environment
 * variable and it is being used a wrong one" (Aiven-Open/tiered-storage-for-apache-kafka#675, batch 13), "using wrong
 * environment variable name for AWS_ACCESS_KEY_ID" (aws/aws-dotnet-deploy#79, batch 14; a malformed credential is
 * accepted there), a typo.
 */
const WRONG_NAME = /\bwrong (?:one|name|variable|env(?:ironment)? var(?:iable)?)s?\b|\bmisspel|\btypo(?:s|ed)?\b/gi;
/** A bare "wrong one" is a name only beside a setting's word ("boto3 picks the wrong one: AWS_ACCESS_KEY_ID …" is a source). */
const SETTING_NEAR_CHARS = 60;
/** "Not a typo, AWS_SECRET_ACCESS_KEY is exported", "no wrong variable": the wrong name denied. */
const DENIED_BEFORE = /\b(?:not|no|never|(?:is|was|are|were)n['’]?t)\W+(?:(?:a|an|the|any)\W+)?$/i;
/** "X … instead of the documented/correct Y". */
const INSTEAD_OF_DOCUMENTED = new RegExp(String.raw`\binstead of (?:the )?(?:documented|correct|right|proper|standard|expected|official)\b\W{0,30}(${READ_NAME})\b`);
/** Another setting's name (not a host: `docs.aws.amazon.com` holds `aws.amazon`; a sentence's full stop may follow). */
const OTHER_NAME = /(?:^|[^\w.])(AWS_[A-Z_]{3,40}|aws\.[A-Za-z]{3,30})(?!\w|\.\w)/g;
/**
 * A name only called correct ("FYI the correct environment variable is AWS_SECRET_ACCESS_KEY, I updated the wiki page",
 * "I set the right variable, which is AWS_ACCESS_KEY_ID, and it works now") is a how-to or a confirmation: it is a
 * correction only beside the old credential's name, a failure told, or a verb of finding out ("the correct environment
 * variable seems to be `AWS_ACCESS_KEY_ID`", aip-dev/google.aip.dev#991: what was set turned out not to be it).
 */
// The inflections written out (not `misspel\w*`, `work\w*`): with them open-ended the checker ran out of its 30 s at load
// 15-20 (regex-safety.test.ts "unknown"); written out it proves the pattern safe in half a second.
const FAILURE_WORD = /\b(?:fail(?:s|ed|ing|ures?)?|errors?|invalid|denied|unable|can(?:no|['’])t|could ?n(?:o|['’])t|broken|broke|missing|wrong|typo|misspel(?:l|ls|t|led|ling|lings)?|(?:does|did|do)n['’]?t work|not (?:work(?:s|ed|ing)?|found|set|read|picked))\b/i;
const FOUND_OUT = /\b(?:seems?|seemed|appears?|appeared|turns? out|turned out) to be\W{0,3}$/;
/** A credential's name, not a region's or profile's (var-renamed.ts CREDENTIAL_WORD, either case). */
const CREDENTIAL_WORD = new RegExp(UPPER_CREDENTIAL_WORD.source, 'i');
/** The clause a name is corrected in: the last 60 characters before it, from the last sentence break. */
const CLAUSE_CHARS = 60;
const MAX_LINES = 400;

/** The sentence of `line` around `at` (sentences end at ". "). */
function sentenceAround(line: string, at: number): string {
  const start = line.lastIndexOf('. ', at) + 1;
  const end = line.indexOf('. ', at);
  return line.slice(start, end < 0 ? undefined : end);
}

/** The first other setting's name in `text`, if any. */
function otherName(text: string, read: string): string | undefined {
  for (const m of text.matchAll(OTHER_NAME)) if (m[1] !== read) return m[1];
  return undefined;
}

/** Whether the sentence around `at` says a wrong name, undenied (and a bare "wrong one" beside a setting's word). */
function saysWrongName(line: string, at: number): boolean {
  const sentence = sentenceAround(line, at);
  for (const w of sentence.matchAll(WRONG_NAME)) {
    if (DENIED_BEFORE.test(sentence.slice(0, w.index))) continue;
    const near = sentence.slice(Math.max(0, w.index - SETTING_NEAR_CHARS), w.index + w[0].length + SETTING_NEAR_CHARS);
    if (/^wrong ones?$/i.test(w[0]) && !SETTING_WORD.test(near)) continue;
    return true;
  }
  return false;
}

/**
 * The corrected name a line says the credential should have had, with the old name when the line gives it.
 * `failureTold`: whether the text around the line tells a failure (the whole text's words, read once by the caller).
 */
export function correctedCredentialName(line: string, failureTold: () => boolean = () => FAILURE_WORD.test(line)): { read: string; old?: string } | undefined {
  const instead = INSTEAD_OF_DOCUMENTED.exec(line);
  if (instead) {
    const before = line.slice(Math.max(0, instead.index - CLAUSE_CHARS), instead.index);
    const old = otherName(before, instead[1]!);
    return old === undefined ? undefined : { read: instead[1]!, old };
  }
  for (const m of line.matchAll(READ)) {
    const head = line.slice(Math.max(0, m.index - CLAUSE_CHARS), m.index);
    if (saysWrongName(line, m.index)) return { read: m[0] };
    if (!VERB_BEFORE.test(head)) continue;
    const clause = head.slice(head.lastIndexOf('. ') + 1);
    if (!SETTING_WORD.test(clause)) continue;
    const old = otherName(line.slice(0, m.index), m[0]);
    if (!SHOULD_BE.test(clause)) {
      if (!CORRECT_WORD.test(clause)) continue;
      const oldCredential = [old, otherName(line.slice(m.index + m[0].length), m[0])].some((n) => n !== undefined && CREDENTIAL_WORD.test(n));
      if (!oldCredential && !FOUND_OUT.test(clause) && !failureTold()) continue;
    }
    return old === undefined ? { read: m[0] } : { read: m[0], old };
  }
  return undefined;
}

export const extractNameCorrected: Extractor = (ctx, draft) => {
  if (!ctx.text.includes('AWS_') && !ctx.text.includes('aws.')) return;
  const n = Math.min(ctx.lines.length, MAX_LINES);
  let told: boolean | undefined;
  const failureTold = (): boolean => (told ??= FAILURE_WORD.test(ctx.text));
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    if (line.length > 400 || (!line.includes('AWS_') && !line.includes('aws.'))) continue;
    const named = correctedCredentialName(line, failureTold);
    if (named === undefined) continue;
    const at = ctx.loc(i + 1);
    addSignal(draft, 'prose.var-renamed', at, named.old ?? named.read);
    // A token's name corrected is a session token not sent (var-renamed.ts), not a mangled key.
    if (!SESSION_WORD.test(named.read)) addSignal(draft, 'hint.var-misnamed', at, named.old ?? `something other than ${named.read}`);
    return;
  }
};

export const NAME_CORRECTED_PATTERNS: RegExp[] = [READ, WRONG_NAME, DENIED_BEFORE, FAILURE_WORD, FOUND_OUT, CREDENTIAL_WORD, VERB_BEFORE, SETTING_WORD, CORRECT_WORD, SHOULD_BE, INSTEAD_OF_DOCUMENTED, OTHER_NAME];
