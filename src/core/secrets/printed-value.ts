/**
 * A secret's value printed on the line after the command that printed it: `echo $AWS_SECRET_ACCESS_KEY`,
 * `echo "${DB_PASSWORD}"`, `printenv API_TOKEN`, PowerShell `$env:AWS_SESSION_TOKEN`, cmd's `echo %DB_PASSWORD%`
 * (printed-variable.ts reads the print). The shell prints the value alone on the next line, so the whole line standing
 * there is the value, whatever its length or shape (review R34d-2: a 39-character key and a worded password stayed whole
 * there, since the shape rules want a key's 40 characters; R35-1: a passphrase with spaces, `hunter2:`); a path or a
 * number printed there is the value too, not a reference.
 * Only names with a secret word (secret-key-words.ts): a key id printed this way is evidence and stays.
 */
import type { SecretKind } from '../diagnosis';
import type { SecretSpan } from './detect';
import { printedVariables } from '../printed-variable';
import { SECRET_KEY_WORDS } from './secret-key-words';

const SECRET_NAME = new RegExp(SECRET_KEY_WORDS, 'i');

/**
 * Values printed under a secret's name. `skip` says a value is a placeholder or mask (detect.ts notASecret); `kindOf` names
 * the secret as the same name before `=` would (detect.ts), so that both forms of one secret read alike.
 */
export function printedValues(text: string, out: SecretSpan[], skip: (value: string) => boolean, kindOf: (name: string, value: string) => SecretKind): void {
  for (const p of printedVariables(text)) {
    if (SECRET_NAME.test(p.name) && !skip(p.value)) out.push({ start: p.start, end: p.start + p.value.length, kind: kindOf(p.name, p.value) });
  }
}

/** Every regex this module runs, for the ReDoS check. */
export const PRINTED_VALUE_PATTERNS: RegExp[] = [SECRET_NAME];
