/**
 * AWS_PROFILE set in the environment told as what makes it work: "However, `export AWS_PROFILE=production` works just
 * fine" (getsops/sops#439, beside sops's own `--aws-profile production` denied), "The only way I found to fix this was
 * prefixing `AWS_PROFILE` before calling sst" (anomalyco/sst#4951, beside an empty chain ending at IMDS), "WORKAROUND:
 * setting the AWS_PROFILE=cdp environment variable does work as expected" (serverless/serverless#3899), "Setting
 * `AWS_PROFILE` in the environment fixes the issue" (pulumi/pulumi#19399). The tool was given the profile another way
 * (a flag, its own config file, a provider block) and did not use it, so the failure was the identity it fell back to
 * (the default profile, the instance role, nothing): the profile reached the SDK only through the variable every SDK
 * reads. In the tuning halves of batches 1-16 the phrasing stands in 5 texts (batches 4, 6, 13, 16), every one
 * accepting the wrong profile, and in no negative. Only the variable: a `--profile` flag told as the fix beats keys left
 * in the environment (aws/aws-cli#4298 in batch 7: "adding `--profile developer` to the command works perfectly
 * again", the environment's keys overriding), and unsetting the variable is another story (the profile was the one set).
 * `profile.env-fix`, not a hint: a statement of what worked, weighed by its own rule (rules/causes/wrong-profile.ts
 * wrong-profile.env-fix).
 */
import { addSignal } from './draft';
import type { Extractor } from './types';

const VAR = String.raw`\bAWS_(?:DEFAULT_)?PROFILE\b`;
/**
 * Worked, fixed, solved — not denied within two words before ("doesn't seem to work", "no longer works", "neither
 * works") nor only supposed right before ("should have fixed").
 */
const WORKS = String.raw`(?<!(?:\b(?:not|never|no longer|neither|nor)|n['’]t)(?: [\w'’-]{1,15}){0,2} )(?<!\b(?:should have|would have|could have|might have|supposed to) )(?:\bworks?\b|\bworked\b|\bfix(?:es|ed)\b|\bsolve[sd]\b|\bresolve[sd]\b)`;
/** Setting the variable, then that it worked, in one sentence. */
const SET_THEN_WORKS = String.raw`(?<!\bun)\b(?:set(?:ting)?|export(?:ing|ed)?|prefix(?:ing|ed)?|forc(?:ing|ed)|pass(?:ing|ed)?|add(?:ing|ed)?|specify(?:ing)?|defin(?:ing|ed))\b[^.\n]{0,40}${VAR}[^.\n]{0,80}?${WORKS}`;
/** The fix or workaround named first, then the variable set. */
const FIX_THEN_SET = String.raw`\b(?:only way|workaround|work-around|fixed (?:it|this) by|got it (?:to )?work(?:ing)?)\b[^.\n]{0,80}?(?<!\bun)\b(?:set(?:ting)?|export(?:ing)?|prefix(?:ing)?|forc(?:ing|e)|pass(?:ing)?|add(?:ing)?)\b[^.\n]{0,40}${VAR}`;
const PROFILE_ENV_FIX = new RegExp(`${SET_THEN_WORKS}|${FIX_THEN_SET}`, 'i');

export const extractProfileEnvFix: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('_profile')) return;
  const m = PROFILE_ENV_FIX.exec(ctx.text);
  // The words themselves as the detail: without one the rule's {detail} took another signal's (an error code).
  if (m) addSignal(draft, 'profile.env-fix', ctx.loc(ctx.lineOf(m.index)), m[0].replace(/`/g, '').replace(/\s+/g, ' ').trim());
};

export const PROFILE_ENV_FIX_PATTERNS: RegExp[] = [PROFILE_ENV_FIX];
