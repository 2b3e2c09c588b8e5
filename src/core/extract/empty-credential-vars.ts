/**
 * A CI step's `env:` block that shows the AWS credential variables set to nothing. GitHub Actions prints a step's
 * environment above its output, and a `${{ secrets.AWS_ACCESS_KEY_ID }}` that resolves to nothing prints as
 * `AWS_ACCESS_KEY_ID: ` (QA 38 F13): the secret did not reach the job (a misspelt name, an environment secret used by a
 * job without `environment:`, a pull request from a fork, an organisation secret not shared with the repository;
 * aws-actions/configure-aws-credentials#402, https://github.com/aws-actions/configure-aws-credentials/issues/402).
 * `credentialVarsEmpty`, read by the playbook knowledge/playbooks/ci-secrets.ts.
 */
import { setFact } from './draft';
import type { Extractor } from './types';

const ENV_BLOCK = /^[ \t]{0,12}env:[ \t]*$/m;
const EMPTY_VAR = /^[ \t]{1,16}(AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)):[ \t]*$/gm;

export const extractEmptyCredentialVars: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('env:')) return;
  const env = ENV_BLOCK.exec(ctx.text);
  if (!env) return;
  const names: string[] = [];
  let first: number | undefined;
  for (const m of ctx.text.slice(env.index).matchAll(EMPTY_VAR)) {
    if (!names.includes(m[1]!)) names.push(m[1]!);
    first ??= env.index + m.index;
  }
  if (first !== undefined) setFact(draft, 'credentialVarsEmpty', names.join(', '), ctx.loc(ctx.lineOf(first)));
};

export const EMPTY_CREDENTIAL_VARS_PATTERNS: RegExp[] = [ENV_BLOCK, EMPTY_VAR];
