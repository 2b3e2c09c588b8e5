/**
 * Finds the catalogue's SDK and tool messages (src/core/rules/catalogue): each hit adds the signal
 * `cat.<id>` (which families.ts folds into its error family), the error code the tool reports with it,
 * and the tool fact. Patterns whose fixed words are absent from the text are never run (anchors.ts).
 */
import { CATALOGUE } from '../rules/catalogue/index';
import { SERVICE_ANSWER } from '../rules/catalogue/types';
import { firstMatches } from './anchors';
import { addCode, addSignal, setFact } from './draft';
import type { Extractor } from './types';

const firstOf = firstMatches(CATALOGUE.map((e) => e.re));

/**
 * A string several tools share has one entry per reading: one that needs a context (kubectl's "must be
 * logged in" next to EKS words) and a context-free fallback. When the context entry holds, the fallback is
 * the same message read a second time, so it adds nothing (it used to add its weight and a repeated
 * evidence line). The same string is the same message or the same pattern: PHP prints JS v3's
 * "credential_process returned expired credentials" without JS v3's "Profile {name}" before it, so the two
 * messages differ while one pattern reads both, and with PHP words beside it the paste is PHP's.
 */
const FALLBACK_OF = new Map<number, number[]>();
// One pass groups the context readings by message and by pattern (a scan of the catalogue per entry cost ~0.1 s at each import).
const CONTEXT_READINGS = new Map<string, number[]>();
const readingKeys = (e: (typeof CATALOGUE)[number]) => [`m:${e.message}`, `re:${e.re.source}`];
CATALOGUE.forEach((e, j) => {
  if (e.context) for (const k of readingKeys(e)) CONTEXT_READINGS.set(k, [...(CONTEXT_READINGS.get(k) ?? []), j]);
});
CATALOGUE.forEach((e, i) => {
  if (e.context) return;
  const readings = [...new Set(readingKeys(e).flatMap((k) => CONTEXT_READINGS.get(k) ?? []))];
  if (readings.length > 0) FALLBACK_OF.set(i, readings);
});

/** Wrappers name the tool the person ran; an SDK string inside them names only the engine. */
const WRAPPER_RANK = 1;
const SDK_RANK = 2;

/**
 * A tool's message that holds another tool's words (Packer's "No valid credential sources found for AWS Builder" holds
 * Terraform's "No valid credential sources found", Pulumi's holds it too) is one message: the shorter wrapper match
 * inside the longer one, on the same text, is the same words read a second time and would name a tool that did not run
 * (qa35 N16). Wrappers only: an SDK's words inside a tool's line name the engine, and a tool's inside an SDK's (chalice
 * printing botocore's traceback) or one SDK version's inside another's are separate readings the catalogue keeps.
 */
function inside(m: RegExpExecArray, outer: RegExpExecArray): boolean {
  return outer[0].length > m[0].length && outer.index <= m.index && outer.index + outer[0].length >= m.index + m[0].length;
}

/**
 * One SDK's versions share strings (Java v1's and v2's providers throw the same words), and an entry names one version.
 * The package in the frames is what ran: an entry of a version whose package is absent, beside another version's
 * package, leaves the tool to the package (extract/tool.ts) and keeps only its reading (qa38 F7).
 */
const SDK_PACKAGES: Record<string, RegExp> = {
  'aws-sdk-java-v1': /\bcom\.amazonaws\./,
  'aws-sdk-java-v2': /\bsoftware\.amazon\.awssdk\./,
};

function otherVersionShown(tool: string, text: string): boolean {
  const own = SDK_PACKAGES[tool];
  if (!own || own.test(text)) return false;
  return Object.entries(SDK_PACKAGES).some(([t, re]) => t !== tool && re.test(text));
}

export const extractCatalogue: Extractor = (ctx, draft) => {
  const first = firstOf(ctx.text, ctx.lower);
  const holds = (i: number): boolean => {
    const context = CATALOGUE[i]!.context;
    return !!first[i] && (!context || context.test(ctx.text));
  };
  // A loop, not a flatMap: that built an empty array for each of the catalogue's ~500 entries on every diagnosis.
  const wrappersHeld: Array<{ tool: string; m: RegExpExecArray }> = [];
  CATALOGUE.forEach((e, i) => {
    if (e.wrapper && holds(i)) wrappersHeld.push({ tool: e.tool, m: first[i]! });
  });
  const heldByOtherWrapper = (i: number, m: RegExpExecArray) => CATALOGUE[i]!.wrapper === true && wrappersHeld.some((w) => w.tool !== CATALOGUE[i]!.tool && inside(m, w.m));
  CATALOGUE.forEach((e, i) => {
    const m = first[i];
    if (!m || !holds(i) || FALLBACK_OF.get(i)?.some(holds) || heldByOtherWrapper(i, m)) return;
    const at = ctx.loc(ctx.lineOf(m.index));
    addSignal(draft, `cat.${e.id}`, at, m[0].slice(0, 100));
    if (e.code) addCode(draft, e.code, at);
    if (e.tool !== SERVICE_ANSWER && !otherVersionShown(e.tool, ctx.text)) setFact(draft, 'tool', e.tool, at, e.wrapper ? WRAPPER_RANK : SDK_RANK);
  });
};

export const CATALOGUE_PATTERNS: RegExp[] = CATALOGUE.flatMap((e) => (e.context ? [e.re, e.context] : [e.re]));
