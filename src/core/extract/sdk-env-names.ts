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

/**
 * `AWS_PROFILE_NAME` for `profile_name`, with the names the SDKs read for that setting (those ending in `_PROFILE`), and
 * the signal it raises: one per setting, so a rule can ask that the failure be that setting's own (review 36 M-2).
 */
const ARGUMENT_VARIABLES = CLIENT_ARGUMENTS.map((arg) => {
  const setting = arg.replace(/_name$/, '');
  const name = `AWS_${arg.toUpperCase()}`;
  return {
    name,
    signal: `value.${setting}-argument-var`,
    read: [...READ].filter((n) => n.endsWith(`_${setting.toUpperCase()}`)),
    // The text's own code or config reads the name (os.environ.get("AWS_REGION_NAME"), os.getenv, Node's env.X,
    // litellm's `os.environ/AWS_REGION_NAME`): an application's own variable, which it hands to the SDK itself.
    readHere: new RegExp(String.raw`\b(?:get|getenv)\(\s{0,3}["']${name}["']|\benviron/${name}\b|\benv\.${name}\b`),
  };
}).filter((v) => !READ.has(v.name));

const WORD_AFTER = /[A-Z0-9_]/;

/**
 * A client argument written as a variable the SDKs never read, with the names they read instead. Only where no code in
 * the text reads it; the rules (malformed-credentials) count it only when the failure is that setting's own (no
 * credentials or no profile for `AWS_PROFILE_NAME`, no region for `AWS_REGION_NAME`). litellm and many apps read these
 * names themselves (review 36 M-2), so an app's variable next to another failure says nothing.
 */
export const extractArgumentAsVariable: Extractor = (ctx, draft) => {
  if (!ctx.text.includes('AWS_')) return;
  for (const v of ARGUMENT_VARIABLES) {
    const i = ctx.text.indexOf(v.name);
    if (i < 0 || WORD_AFTER.test(ctx.text[i + v.name.length] ?? '') || WORD_AFTER.test(ctx.text[i - 1] ?? '')) continue;
    if (v.readHere.test(ctx.text)) continue;
    addSignal(draft, v.signal, ctx.loc(ctx.lineOf(i)), `${v.name}; they read ${v.read.join(' or ')}`);
  }
};

export const SDK_ENV_NAME_PATTERNS: RegExp[] = ARGUMENT_VARIABLES.map((v) => v.readHere);
