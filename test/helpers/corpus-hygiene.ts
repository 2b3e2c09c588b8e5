/**
 * Hygiene shared by the real-thread corpus tests (real-conversations, real-pastes, real-negatives): loading a corpus's
 * halves, the split rule, and the scan for live-looking secrets.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodTypeAny } from 'zod';
import { SESSION_TOKEN_ALTERNATION } from '../../src/core/session-token-prefixes';

export const HALVES = ['tuning', 'holdout'] as const;
/** The `tool` ids of the real-pastes and real-negatives corpora (the real-conversations tool ids, plus `none`). */
export const PASTE_TOOLS = [
  'aws-cli', 'boto3', 'js-v2', 'js-v3', 'go-v1', 'go-v2', 'java-v1', 'java-v2', 'dotnet', 'ruby', 'php', 'rust',
  'cpp', 'kotlin', 'terraform', 'pulumi', 'cdk', 'sam', 'serverless', 'chalice', 'eks',
  'configure-aws-credentials', 'circleci', 'gitlab', 'aws-vault', 'granted', 'localstack', 'other', 'none',
] as const;
export type Half = (typeof HALVES)[number];
export interface Loaded { half: Half; file: string; raw: string; parsed: unknown }

export function loadCorpus(root: string): Loaded[] {
  return HALVES.flatMap((half) =>
    readdirSync(join(root, half))
      .filter((f) => f.endsWith('.json'))
      .map((file) => {
        const raw = readFileSync(join(root, half, file), 'utf8');
        return { half, file, raw, parsed: JSON.parse(raw) as unknown };
      }),
  );
}

/** `half/file: path message; …` for each case that does not match `schema`. */
export function schemaProblems(loaded: readonly Loaded[], schema: ZodTypeAny): string[] {
  return loaded.flatMap((l) => {
    const r = schema.safeParse(l.parsed);
    return r.success ? [] : [`${l.half}/${l.file}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
  });
}

/**
 * `half/file` of each case not in the half sha1(its url) decides or not named `<owner>-<repo>-<n>.json` after its URL
 * (`-<k>.json` after it too when a thread may hold several pastes).
 */
export function misplacedCases(loaded: readonly Loaded[], severalPerThread: boolean): string[] {
  return loaded.flatMap(({ half, file, parsed }) => {
    const url = (parsed as { url: string }).url;
    const [, owner, repo, n] = /github\.com\/([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)$/.exec(url) ?? [];
    const slug = `${owner}-${repo}-${n}`.toLowerCase();
    const named = file === `${slug}.json` || (severalPerThread && new RegExp(`^${slug.replace(/[.]/g, '\\.')}-\\d+\\.json$`).test(file));
    return halfOf(url) === half && named ? [] : [`${half}/${file}`];
  });
}

/** The split rule (the corpora's READMEs), recomputed here on purpose rather than imported from the placing script. */
export function halfOf(url: string): Half {
  return parseInt(createHash('sha1').update(url).digest('hex').charAt(0), 16) <= 7 ? 'tuning' : 'holdout';
}

// Key ids are exactly 20 characters; only documentation EXAMPLE ids may appear.
const KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
// A 40-character secret after a secret-key label, or an STS session token blob (they start with these prefixes).
const SECRET_AFTER_LABEL = /(?:secret_?access_?key|SecretAccessKey|secretKey)["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi;
const SESSION_TOKEN_BLOB = new RegExp(`(?:${SESSION_TOKEN_ALTERNATION})[A-Za-z0-9/+=]{40,}`, 'g');
/** The AWS documentation's example secrets. */
export const DOC_SECRETS = new Set(['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']);

export function leaksIn(file: string, raw: string): string[] {
  const found: string[] = [];
  for (const m of raw.matchAll(KEY_ID)) if (!m[0].endsWith('EXAMPLE')) found.push(`${file}: key id ${m[0].slice(0, 8)}…`);
  for (const m of raw.matchAll(SECRET_AFTER_LABEL)) if (!DOC_SECRETS.has(m[1]!)) found.push(`${file}: secret`);
  for (const m of raw.matchAll(SESSION_TOKEN_BLOB)) found.push(`${file}: session token ${m[0].slice(0, 6)}…`);
  return found;
}

/** Every string in a parsed JSON value, however deep. */
export function stringsOf(v: unknown): string[] {
  return typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(stringsOf) : v && typeof v === 'object' ? Object.values(v).flatMap(stringsOf) : [];
}

/**
 * A case's text as the scan reads it: the raw JSON and every decoded string, since in the raw text a key id
 * right after a line break reads as `\nAKIA…` and the escape's `n` hides it from the look-behind.
 */
export function scannedText(l: Loaded): string {
  return `${l.raw}\n${stringsOf(l.parsed).join('\n')}`;
}

/** Planted fakes the scan must flag (built at run time so no scanner sees them whole in the source). */
export const PLANTED = {
  keyId: 'AKIA' + 'Q3EGRKWZ7T5V2JHM',
  secret: 'q8Zr' + 'T1vXy2Bn4Kp6Lm0Wd3Fs7Gh9Jc5Ve8Ua1Yi2',
  token: 'IQoJb3JpZ2lu' + 'X2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexamplefakefakefake',
};
