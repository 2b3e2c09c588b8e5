/**
 * The output of the command the key-prefix question gives, pasted under its command line (QA38 F9): the question shows
 * `echo ${AWS_ACCESS_KEY_ID:0:4}`, `$env:AWS_ACCESS_KEY_ID.Substring(0,4)` and `aws configure get aws_access_key_id
 * --profile <profile> | cut -c1-4`, and people who follow it paste the line they ran with what it printed. The printed
 * word is their reply; the command line is awskey's own words, no evidence (its `--profile dev` says nothing of a wrong
 * profile), as a choice's label typed back is no evidence.
 */
import { normalise } from '../normalise';
import { PROMPT } from '../printed-variable';

/** A command that prints a value: a shell's print, PowerShell's variable drive or write, the CLI's `configure get`. */
const PRINTS_A_VALUE = /(?:^|[\s>$#%;(])(?:echo|printf|printenv|\$env:|write-(?:output|host)|aws[ \t]+configure[ \t]+get)\b/i;
/** The access key id's variable or setting, which the three commands read. */
const ACCESS_KEY_ID = /\baws_access_key_id\b/i;
/** One word a print of (part of) a key id leaves: letters, digits, a `…` or `...` where it was cut. */
const PRINTED_WORD = /^[A-Za-z0-9][A-Za-z0-9.…*]{1,127}$/;

/** Two lines and their fence: anything longer is a paste of more than one command's output. */
const MAX_PRINTED_PASTE = 600;

/**
 * The word a pasted "command line, then its one-word output" printed, or undefined when the text is anything else. A
 * prompt before the command (`$ `, `PS C:\src> `, `bob@box:~$ `) and a prompt alone after the output are the terminal's;
 * so is zsh's `%` after output that lacks a newline (`head -c 4`).
 */
export function printedAnswer(text: string): string | undefined {
  if (text.length > MAX_PRINTED_PASTE) return undefined;
  // Slack's code fence around the two lines, and its entities, are the chat's (normalise.ts).
  const lines = normalise(text).text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 3 && PROMPT.test(lines[2]!) && lines[2]!.length <= 200 && !/\s\S/.test(lines[2]!.replace(PROMPT, ''))) lines.pop();
  if (lines.length !== 2) return undefined;
  const [command, output] = lines as [string, string];
  if (command.length > 300 || !ACCESS_KEY_ID.test(command) || !PRINTS_A_VALUE.test(command)) return undefined;
  const word = output.endsWith('%') ? output.slice(0, -1) : output;
  return PRINTED_WORD.test(word) ? word : undefined;
}

/** For the ReDoS check (core/patterns.ts ALL_PATTERNS): a reply is typed text. */
export const PRINTED_ANSWER_PATTERNS: RegExp[] = [PRINTS_A_VALUE, ACCESS_KEY_ID, PRINTED_WORD];
