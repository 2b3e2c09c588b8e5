/**
 * A secret's value printed on the line after the command that printed it: `echo $AWS_SECRET_ACCESS_KEY`,
 * `echo "${DB_PASSWORD}"`, `printenv API_TOKEN`, PowerShell `$env:AWS_SESSION_TOKEN`, cmd's `echo %DB_PASSWORD%`. The shell
 * prints the value alone on the next line, so whatever stands there is the value, whatever its length or shape (review
 * R34d-2: a 39-character key and a worded password stayed whole there, since the shape rules want a key's 40 characters).
 * Only names with a secret word (secret-key-words.ts): a key id printed this way is evidence and stays.
 */
import type { SecretSpan } from './detect';
import { SECRET_KEY_WORDS } from './secret-key-words';

const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]{0,100}`;
/** The print command ending its line (a prompt before it is fine), then the printed line. */
const PRINTS = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:echo[ \t]{1,4}["']?(?:\$\{?|%)(${NAME})\}?%?["']?|printenv[ \t]{1,4}(${NAME})|\$env:(${NAME}))[ \t]{0,20}\r?\n([^\r\n]{1,8000})`,
  'g',
);
const SECRET_NAME = new RegExp(SECRET_KEY_WORDS, 'i');
/** A prompt or the next command on the printed line: the variable was empty and printed nothing. */
const PROMPT = /^(?:[$#>%][ \t]|PS[ \t]|[A-Za-z]:\\)/;

function kindOf(name: string): SecretSpan['kind'] {
  if (/secret_access_key|secret_key/i.test(name)) return 'secret-access-key';
  if (/session_token|security_token/i.test(name)) return 'session-token';
  return 'password';
}

/** Values printed under a secret's name; `skip` says a value is a placeholder or mask (notASecret). */
export function printedValues(text: string, out: SecretSpan[], skip: (value: string) => boolean): void {
  if (!text.includes('echo') && !text.includes('printenv') && !text.includes('$env:')) return;
  PRINTS.lastIndex = 0;
  for (let m = PRINTS.exec(text); m; m = PRINTS.exec(text)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    const line = m[4]!;
    const value = line.trim();
    if (!SECRET_NAME.test(name) || value === '' || PROMPT.test(value) || skip(value)) continue;
    const start = m.index + m[0].length - line.length + line.indexOf(value);
    out.push({ start, end: start + value.length, kind: kindOf(name) });
    PRINTS.lastIndex = m.index + m[0].length - line.length; // the printed line may itself be the next print command
  }
}

/** Every regex this module runs, for the ReDoS check. */
export const PRINTED_VALUE_PATTERNS: RegExp[] = [PRINTS, SECRET_NAME, PROMPT];
