/**
 * A credential variable renamed to the name the SDKs read, said as the change or the fix: "Renaming `AWS_SECRET_KEY` to
 * `AWS_SECRET_ACCESS_KEY` in `.github/workflows/hugo.yaml` … S3 push of Hugo site fails otherwise" (cloudposse/docs#514,
 * batch 9), "Replace `AWS_ACCESS_SECRET_ACCESS_KEY` with `AWS_SECRET_ACCESS_KEY`." (nebari-dev/nebari#182, batch 10).
 * The CLI, botocore, the JS, Go, Ruby and Rust SDKs read only AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
 * AWS_SESSION_TOKEN (Java v1 also AWS_ACCESS_KEY / AWS_SECRET_KEY), so a value under the old name never reached them:
 * the failure is the credential itself, set under a wrong name. Both threads were resolved as a malformed credential;
 * in the tuning halves of batches 1-11 the sentence stands in no negative. context-hints.ts misnamedCredentialVariable
 * ranks a near-miss name once a failure is known; this reads the failure from the rename itself, whatever the old name.
 */
import { addSignal } from './draft';
import type { Extractor } from './types';

const READ_NAME = String.raw`AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)`;
/** "rename/replace/change/correct/fix X to/with Y": the old name first, the name read after it. */
const RENAMED_TO = new RegExp(String.raw`\b(?:[Rr]enam|[Rr]eplac|[Cc]hang|[Cc]orrect|[Ff]ix)\w{0,4}\b[^.\n]{0,40}?\b(AWS_[A-Z_]{3,40})\b[^.\n]{0,30}?\b(?:to|with|into|by)\b[^.\n]{0,12}?\b(${READ_NAME})\b`);
/** "use Y instead of X". */
const INSTEAD_OF = new RegExp(String.raw`\b(${READ_NAME})\b[^.\n]{0,30}?\binstead of\b[^.\n]{0,12}?\b(AWS_[A-Z_]{3,40})\b`);
/** The old name is a credential's (not AWS_REGION, AWS_DEFAULT_PROFILE or AWS_ROLE_SESSION_NAME renamed beside it). */
export const CREDENTIAL_WORD = /KEY|SECRET|TOKEN|SESSION(?!_NAME)|ACCES/;
/** A rename in documentation ("in the README examples", "docs: …", "the sample .env"): cosmetic, nothing ran with the old name. */
const DOCS_EDIT = /\b(?:README|docs?|documentation|examples?|samples?)\b/i;
/** A session or security token's name. */
export const SESSION_WORD = /TOKEN|SESSION/i;
const READ_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
const MAX_LINES = 400;

/** The old name of a credential variable renamed on `line` to one the SDKs read, or undefined. */
export function renamedCredentialVariable(line: string): string | undefined {
  const to = RENAMED_TO.exec(line);
  const old = to ? to[1] : INSTEAD_OF.exec(line)?.[2];
  return old !== undefined && !READ_NAMES.has(old) && CREDENTIAL_WORD.test(old) ? old : undefined;
}

export const extractVarRenamed: Extractor = (ctx, draft) => {
  if (!ctx.text.includes('AWS_')) return;
  const n = Math.min(ctx.lines.length, MAX_LINES);
  for (let i = 0; i < n; i++) {
    const line = ctx.lines[i]!;
    if (line.length > 400 || !line.includes('AWS_') || DOCS_EDIT.test(line)) continue;
    const old = renamedCredentialVariable(line);
    if (old === undefined) continue;
    addSignal(draft, 'prose.var-renamed', ctx.loc(i + 1), old);
    // A key under the old name was misnamed, however far from the read name (context-hints.ts reads only near misses):
    // nebari-dev/nebari#182's `AWS_ACCESS_SECRET_ACCESS_KEY` ranked nothing without it. A token under an old name is a
    // session token not sent (ansible/awx#13297's AWS_SECURITY_TOKEN: hint.legacy-token-name), not a mangled key.
    if (!SESSION_WORD.test(old)) addSignal(draft, 'hint.var-misnamed', ctx.loc(i + 1), old);
    return;
  }
};

export const VAR_RENAMED_PATTERNS: RegExp[] = [RENAMED_TO, INSTEAD_OF, CREDENTIAL_WORD, DOCS_EDIT];
