/**
 * A variable's value as a shell prints it: `echo $NAME`, `echo "${NAME}"`, `printenv NAME`, PowerShell's `$env:NAME`
 * (after its prompt) and cmd's `echo %NAME%`, the command ending its line, then the value alone on the next line. One reader for the two that need it: redaction (secrets/printed-value.ts:
 * a secret printed so goes, whatever its shape) and the credential-source reading (extract/credential-source.ts: a key
 * printed so is a key from the environment, as `NAME=value` is).
 * The printed line is a value only when it is one word that a print could have put there. Not a value (review R34d-3):
 * a blank line (the variable was empty), a marker people type for that (`(empty)`, `<blank>`, `nothing`, `null`,
 * `unset`), the next prompt, and the next output's first line (`Traceback (most recent call last):`, an exception's name,
 * a `label:`, more than one word).
 */

export interface PrintedVariable {
  name: string;
  value: string;
  /** Offset of the value in the text. */
  start: number;
}

const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]{0,100}`;
/** The print command (a prompt before it is fine), ending its line. */
const COMMAND = String.raw`(?<![A-Za-z0-9_])(?:echo[ \t]{1,4}["']?(?:\$\{?|%)(${NAME})\}?%?["']?|printenv[ \t]{1,4}(${NAME})|\$env:(${NAME}))[ \t]{0,20}`;
/** The print command, then the printed line. */
const PRINTS = new RegExp(String.raw`${COMMAND}\r?\n([^\r\n]{0,8000})`, 'g');
const PRINT_LINE = new RegExp(`${COMMAND}$`);
/** A word a person types where the print showed nothing. */
const EMPTY_MARKER = /^[(<[]?(?:empty|blank|none|null|nil|nothing|unset|undefined|not_set)[)>\]]?$/i;
/** A prompt with nothing after it: `$`, `>>>`, `PS>`, `bob@box:~$`; or a Windows path's drive (`C:\Users\bob>`, cmd's next prompt). */
const PROMPT = /^(?:[$#%]|>{1,3}|PS>|[\w.-]{1,64}@[\w.-]{1,64}:\S{0,200}[$#])$|^[A-Za-z]:\\/;
/**
 * The next output's first word: CPython's traceback header (python/cpython Python/traceback.c and Lib/traceback.py,
 * "Traceback (most recent call last):", cut or whole), an exception class's name (`KeyError`, `NoCredentialsError`,
 * `NullPointerException`), a word ending in `:`.
 */
const OUTPUT_HEAD = /^(?:Traceback|[A-Z][A-Za-z0-9]{0,80}(?:Error|Exception)|\S{0,200}:)$/;
const BLANK = /\s/;

/** The line prints a variable, so the next line is its value, not the rest of a wrapped sentence (extract/unwrap.ts). */
export function printsVariable(line: string): boolean {
  return PRINT_LINE.test(line);
}

/** The value a print put on its line (trimmed), or undefined when the line holds none. */
function printedValue(line: string): string | undefined {
  const value = line.trim();
  if (value === '' || BLANK.test(value) || EMPTY_MARKER.test(value) || PROMPT.test(value) || OUTPUT_HEAD.test(value)) return undefined;
  return value;
}

/** Every variable printed with its value in a text, in order. */
export function printedVariables(text: string): PrintedVariable[] {
  if (!text.includes('echo') && !text.includes('printenv') && !text.includes('$env:')) return [];
  const out: PrintedVariable[] = [];
  PRINTS.lastIndex = 0;
  for (let m = PRINTS.exec(text); m; m = PRINTS.exec(text)) {
    const line = m[4]!;
    const lineStart = m.index + m[0].length - line.length;
    const value = printedValue(line);
    if (value !== undefined) out.push({ name: m[1] ?? m[2] ?? m[3]!, value, start: lineStart + line.indexOf(value) });
    PRINTS.lastIndex = lineStart; // the printed line may itself be the next print command
  }
  return out;
}

/** Every regex this module runs, for the ReDoS check. */
export const PRINTED_VARIABLE_PATTERNS: RegExp[] = [PRINTS, PRINT_LINE, EMPTY_MARKER, PROMPT, OUTPUT_HEAD, BLANK];
