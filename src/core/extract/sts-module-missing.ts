/**
 * The Java SDKs' STS module said to be needed on the class path. Both Java SDKs load STS by reflection for the web
 * identity provider (IRSA, OIDC) and for role profiles: without the module the provider gives up and the default chain
 * falls through to the next source (the node's instance role, or nothing), so the role never reaches the code. The SDKs
 * say it ("To use assume role profiles the aws-java-sdk-sts module must be on the class path.", aws/aws-sdk-java
 * STSProfileCredentialsServiceProvider.java; "To use web identity tokens, the 'sts' service module must be on the class
 * path.", aws/aws-sdk-java-v2 WebIdentityCredentialsUtils.java) and people retell it: "it will only be enabled if
 * `software.amazon.awssdk:sts` is on the classpath" (geoserver/geoserver-cloud#335), "without having the `sts` library
 * on the classpath the `DefaultCredentialsProvider` silently fails over" (aws/aws-sdk-java-v2#1915), "picked up by the
 * aws client library when adding the software.amazon.awssdk:sts dependency" (quarkusio/quarkus#14061). In the tuning
 * halves of batches 1-13 the module stands in 5 texts (batches 5, 7, 13), all resolved as role credentials not
 * delivered, and in no negative of any set. A build file's dependency line (`implementation 'software.amazon.awssdk:sts:2.20'`)
 * names no class path or dependency in words and is not read.
 */
import { addSignal } from './draft';
import type { Extractor } from './types';

/** The module: the artifact ids of Java v2 and v1, or "the sts module / library / jar / dependency". */
const STS_MODULE = /\bsoftware\.amazon\.awssdk:sts\b|\baws-java-sdk-sts\b|(?:^|[\s`'"(])sts[`'"]? (?:service )?(?:module|library|lib|jar|artifact|dependency)\b/i;
/** What the module is needed for, said beside it: on the class path, as a dependency. */
const NEEDED_ON = /\bclass ?path\b|\bdependenc(?:y|ies)\b/i;
/** How far from the module, in characters, the class path or dependency may stand (one clause). */
const NEAR = 80;
/** A long log line is cut to this before it is read (the SDK's sentence sits in a chain's list of failures). */
const MAX_LINE = 4000;

/** The module and, within one clause of it, the class path or a dependency. */
export function saysStsModuleNeeded(line: string): boolean {
  const m = STS_MODULE.exec(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
  if (!m) return false;
  const around = line.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR);
  return NEEDED_ON.test(around);
}

export const extractStsModuleMissing: Extractor = (ctx, draft) => {
  // Both must stand in the text: one look at each before any line is read ("sts" alone is in "requests", "exists").
  if (!ctx.lower.includes('sts') || !NEEDED_ON.test(ctx.text)) return;
  for (let i = 0; i < ctx.lines.length; i++) {
    if (!saysStsModuleNeeded(ctx.lines[i]!)) continue;
    addSignal(draft, 'prose.sts-module-missing', ctx.loc(i + 1));
    return;
  }
};

export const STS_MODULE_PATTERNS: RegExp[] = [STS_MODULE, NEEDED_ON];
