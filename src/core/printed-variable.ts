/**
 * A variable's value as a shell prints it: `echo $NAME`, `echo "${NAME}"`, `printenv NAME`, PowerShell's `$env:NAME`
 * (after its prompt) and cmd's `echo %NAME%`, the command ending its line, then the value alone on the next line.
 * One reader for the two that need it: redaction (secrets/printed-value.ts: a secret printed so goes, whatever its
 * shape) and the credential-source reading (extract/credential-source.ts: a key printed so is a key from the
 * environment, as `NAME=value` is).
 * The two read the printed line differently, so the reader gives the whole line and says whether it is a clean word:
 * - redaction errs to taking: the line is the value unless it is blank (the variable was empty), a marker people type
 *   for that (`(empty)`, `<blank>`, `nothing`, `null`, `unset`), a prompt (alone or with its next command), the next
 *   print, CPython's traceback header, or output with structure (`outputLine`: the print showed nothing and the paste
 *   lost the blank line, so the error itself stands there — review R35b-12; its secret-shaped tokens still go by the
 *   shape rules); a passphrase with spaces, `hunter2:` or `MyTokenError` is still the secret (review R35-1);
 * - the credential-source reading takes only a `word`: one word a print could have put there, not the next output's
 *   first line (an exception's name, a `label:`, more than one word: review R34d-3).
 */
import { holdsKnownMessage } from './extract/messages';

export interface PrintedVariable {
  name: string;
  value: string;
  /** Offset of the value in the text. */
  start: number;
  /** The value is one clean word (no space, no exception's name, no `label:`): what a print of a setting shows. */
  word: boolean;
}

const NAME = String.raw`[A-Za-z_][A-Za-z0-9_]{0,100}`;
/** The print command (a prompt before it is fine), ending its line. */
const COMMAND = String.raw`(?<![A-Za-z0-9_])(?:echo[ \t]{1,4}["']?(?:\$\{?|%)(${NAME})\}?%?["']?|printenv[ \t]{1,4}(${NAME})|\$env:(${NAME}))[ \t]{0,20}`;
/** The print command, then the printed line. */
const PRINTS = new RegExp(String.raw`${COMMAND}\r?\n([^\r\n]{0,8000})`, 'g');
const PRINT_LINE = new RegExp(`${COMMAND}$`);
/** A word a person types where the print showed nothing. */
const EMPTY_MARKER = /^[(<[]?(?:empty|blank|none|null|nil|nothing|unset|undefined|not_set)[)>\]]?$/i;
/**
 * A prompt, alone or before its command: `$`, `>>>`, `PS>`, `PS C:\src>`, `bob@box:~$`; or a Windows path's drive
 * (`C:\Users\bob>`, cmd's next prompt).
 */
export const PROMPT = /^(?:[$#%]|>{1,3}|PS(?: [^>\r\n]{1,200})?>|[\w.-]{1,64}@[\w.-]{1,64}:\S{0,200}[$#])(?:[ \t]|$)|^[A-Za-z]:\\/;
/** CPython's traceback header (python/cpython Python/traceback.c and Lib/traceback.py), whole or cut after its word. */
const TRACEBACK = /^Traceback(?: \(most recent call last\):?)?$/;
/**
 * The next output's first word: an exception class's name (`KeyError`, `NoCredentialsError`, `NullPointerException`),
 * a word ending in `:`.
 */
const OUTPUT_HEAD = /^(?:[A-Z][A-Za-z0-9]{0,80}(?:Error|Exception)|\S{0,200}:)$/;
const BLANK = /\s/;
/**
 * Output's marks, which a value does not carry: an error word standing alone (`An error occurred`, `Error:`, `aws :
 * error`) or an exception's name before its message (`NoCredentialsError: Unable …`), an error code in parentheses
 * (`(SignatureDoesNotMatch)`), a timestamp (`2026-12-07 15:32`, `15:32:31`), a bracketed log level (`[ERROR]`).
 */
const OUTPUT_MARK =
  /\b(?:[Ee]rror|ERROR|[Ee]xception)\b|[a-z](?:Error|Exception):\s|\([A-Z][a-z]{1,40}[A-Z][A-Za-z0-9.]{0,80}\)|\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\b\d{2}:\d{2}:\d{2}\b|\[(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|[Ee]rror|[Ww]arn(?:ing)?|[Ii]nfo|[Dd]ebug)\]/;
/** Longer than any secret a print shows with spaces in it (a session token is long but one word). */
const LONGEST_SPACED_VALUE = 200;

/**
 * The line is the next output rather than a value: it carries output's marks, holds a message diagnose reads
 * (`Unable to locate credentials. …`), or is prose longer than a secret.
 */
function outputLine(value: string): boolean {
  if (!BLANK.test(value)) return false;
  return OUTPUT_MARK.test(value) || value.length > LONGEST_SPACED_VALUE || holdsKnownMessage(value);
}

/**
 * The line prints a variable, so the next line is its value, not the rest of a wrapped sentence (extract/unwrap.ts).
 */
export function printsVariable(line: string): boolean {
  return PRINT_LINE.test(line);
}

/** The line a print put after it (trimmed), or undefined when it surely holds no value. */
function printedLine(line: string): string | undefined {
  const value = line.trim();
  if (value === '' || EMPTY_MARKER.test(value) || PROMPT.test(value) || TRACEBACK.test(value) || PRINT_LINE.test(value) || outputLine(value)) return undefined;
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
    const value = printedLine(line);
    if (value !== undefined) {
      out.push({ name: m[1] ?? m[2] ?? m[3]!, value, start: lineStart + line.indexOf(value), word: !BLANK.test(value) && !OUTPUT_HEAD.test(value) });
    }
    PRINTS.lastIndex = lineStart; // the printed line may itself be the next print command
  }
  return out;
}

/** Every regex this module runs, for the ReDoS check. */
export const PRINTED_VARIABLE_PATTERNS: RegExp[] = [PRINTS, PRINT_LINE, EMPTY_MARKER, PROMPT, TRACEBACK, OUTPUT_HEAD, BLANK, OUTPUT_MARK];
