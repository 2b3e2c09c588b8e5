/**
 * The environment variables the SDKs read for a profile and a region, as data from their sources, and the client
 * arguments people turn into variable names. boto3's Session takes `profile_name` and `region_name`
 * (boto/boto3 boto3/session.py, Session.__init__), and docs and tools name variables after them (berriai/litellm#9794:
 * `AWS_PROFILE_NAME`, `AWS_REGION_NAME`), but no SDK reads those names: the value never reaches it (QA35 N22).
 */
import { addSignal } from './draft';
import type { Extractor } from './types';

export const SDK_ENV_NAMES: Readonly<Record<string, readonly string[]>> = {
  // boto/botocore botocore/configprovider.py BOTOCORE_DEFAUT_SESSION_VARIABLES (at 00a9f975): 'profile' and 'region'.
  botocore: ['AWS_DEFAULT_PROFILE', 'AWS_PROFILE', 'AWS_DEFAULT_REGION'],
  // JS v3: @smithy/shared-ini-file-loader getProfileName.ts ENV_PROFILE, @smithy/config-resolver regionConfig/config.ts
  // REGION_ENV_NAME.
  jsV3: ['AWS_PROFILE', 'AWS_REGION'],
  // aws/aws-sdk-go-v2 config/env_config.go: awsProfileEnvVar, awsDefaultProfileEnvVar, awsRegionEnvVar, awsDefaultRegionEnvVar.
  goV2: ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION'],
};

/** boto3's Session arguments for the same settings (boto3/session.py). */
const CLIENT_ARGUMENTS = ['profile_name', 'region_name'];

const READ = new Set(Object.values(SDK_ENV_NAMES).flat());

/** `AWS_PROFILE_NAME` for `profile_name`, with the names the SDKs read for that setting: those ending in `_PROFILE`. */
const ARGUMENT_VARIABLES = CLIENT_ARGUMENTS.map((arg) => {
  const setting = arg.replace(/_name$/, '').toUpperCase();
  return { name: `AWS_${arg.toUpperCase()}`, read: [...READ].filter((n) => n.endsWith(`_${setting}`)) };
}).filter((v) => !READ.has(v.name));

const WORD_AFTER = /[A-Z0-9_]/;

/** A client argument written as a variable the SDKs never read, with the names they read instead. */
export const extractArgumentAsVariable: Extractor = (ctx, draft) => {
  if (!ctx.text.includes('AWS_')) return;
  for (const v of ARGUMENT_VARIABLES) {
    const i = ctx.text.indexOf(v.name);
    if (i < 0 || WORD_AFTER.test(ctx.text[i + v.name.length] ?? '') || WORD_AFTER.test(ctx.text[i - 1] ?? '')) continue;
    addSignal(draft, 'value.wrong-var-name', ctx.loc(ctx.lineOf(i)), `${v.name}; they read ${v.read.join(' or ')}`);
  }
};
