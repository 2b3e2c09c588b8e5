/**
 * A name/value pair as the AWS CLI prints a list of them with `--output text` or `--output table`: CloudFormation's
 * stack parameters (`describe-stacks`: `PARAMETERS<TAB>DBPassword<TAB><value>`, or a table row
 * `||  DBPassword  |  <value>  ||` under `ParameterKey | ParameterValue`), an ECS container's environment
 * (`ENVIRONMENT<TAB>DB_PASSWORD<TAB><value>`, `Name | Value`), an SSM parameter (`get-parameters --with-decryption`). The CLI prints a structure's fields in the order of their
 * names, so the key field comes right before the value field; the name sits apart from its value (no `=` or `:`), and a
 * PascalCase name (`DBPassword`) is a parameter's, so no other reader took it. Sources (aws/aws-cli, read at
 * 0993070 and 0080339): awscli/text.py `_format_dict` writes a structure's scalar fields tab-joined in sorted key order
 * after its list's name upper-cased (`identifier.upper()`); awscli/formatter.py TableFormatter `_group_scalar_keys`
 * sorts a row's headers too.
 */
import { lineEnd } from './line-end';
import { plainWords } from './plain-words';

/** A text row: the list's name upper-cased, a name, its value, maybe more columns (`ResolvedValue`, …). */
const TEXT_ROW = /^[A-Z][A-Z_]{1,40}\t([A-Za-z0-9_./-]{2,160})\t([^\t\n]{1,8000})(?=\t|\n|$)/gm;
/**
 * The same row read where a JSON `\t` was decoded to a blank (secrets/view.ts: the egress guard learns a Slack request's
 * JSON body): only under the list names this reader is for, the value one word, and only where both blanks were such
 * tabs (`tabAt`): prose that opens with the word (`ENVIRONMENT SECRET_KEY mismatch between pods`) is no row.
 */
const BLANKED_ROW = /^(?:PARAMETERS|ENVIRONMENT) ([A-Za-z0-9_./-]{2,160}) ([^\s]{1,8000})(?= |\n|$)/gm;
/**
 * SSM's `get-parameter(s) --output text` row: the fields in name order (ARN, DataType, LastModifiedDate, Name, Type, Value,
 * Version), so the parameter's name, its type, then its value (`--with-decryption` prints a SecureString's plain).
 */
const SSM_TEXT_ROW = /\t(\/?[A-Za-z0-9_.-]{1,160}(?:\/[A-Za-z0-9_.-]{1,160}){0,15})\t(?:SecureString|String|StringList)\t([^\t\n]{1,8000})(?=\t|\n|$)/g;
/**
 * The header of such a table: the key field's name, then the value field's. A markdown table of settings in a README or
 * an issue (`| Variable | Value |`, then `|---|---|`, GitHub's tables, https://github.github.com/gfm/#tables-extension-)
 * is read the same way: its rule row is no name/value row, and a value in code (`` `…` ``) is read inside its backticks.
 */
const TABLE_HEADER = /\|[ \t]{0,60}(?:ParameterKey|Name|Key|Variable|Parameter|Setting|Property)[ \t]{0,200}\|[ \t]{0,60}(?:ParameterValue|Value)[ \t]{0,200}\|/g;
const CELL_NAME = /^[A-Za-z0-9_./-]{2,160}$/;
/**
 * A value cell of a documentation table (`| password | string |`, `| SecretKey | optional |`, `| Token-Sha256 | <sha256> |`):
 * a type's name, or a digest (its placeholder, `sha256:<hex>`). Plain words (plainWords) are read as documentation too.
 */
const DOC_CELL = /^(?:(?:String|SecureString|StringList|CommaDelimitedList|Number|Integer|Int|Float|Boolean|Bool|List|Map|Object|Array|Any|Optional|Required|Secret|Text|Json|Base64|Binary)(?:<[A-Za-z]{1,20}>|\[\])?|<[A-Za-z0-9_ -]{1,40}>|(?:sha(?:1|224|256|384|512)|md5)[:=-][A-Za-z0-9+/=]{8,128})$/i;
/**
 * A value cell that says what the value is: a note in parentheses (`(empty)`, `(unset)`, `(set from GitHub secrets)`), or
 * words of letters alone, two or more (`from GitHub secrets`). A password in words holds a digit or a sign
 * (`correct horse Xy9`, a CloudFormation parameter's, stays a secret).
 */
const NOTE_CELL = /^(?:\([A-Za-z][A-Za-z -]{0,60}\)|[A-Za-z][A-Za-z-]{0,30}(?:[ \t]{1,4}[A-Za-z][A-Za-z-]{0,30}){1,12})$/;

/**
 * Each row's name and value to `push` (which judges the name and the value as a name set apart from its value is judged).
 * A table's rows are read below its header, up to the first line that is no row or rule of it (opening with `|` or `+`).
 */
export function cliOutputRows(text: string, push: (name: string, value: string, start: number) => void, tabAt: (at: number) => boolean): void {
  if (text.includes('\t')) {
    TEXT_ROW.lastIndex = 0;
    for (let m = TEXT_ROW.exec(text); m; m = TEXT_ROW.exec(text)) push(m[1]!, m[2]!.trimEnd(), m.index + m[0].length - m[2]!.length);
    if (text.includes('String\t')) {
      SSM_TEXT_ROW.lastIndex = 0;
      // (a parameter's path is judged on its last segment, as a name/value pair's is)
      for (let m = SSM_TEXT_ROW.exec(text); m; m = SSM_TEXT_ROW.exec(text)) push(m[1]!.slice(m[1]!.lastIndexOf('/') + 1), m[2]!.trimEnd(), m.index + m[0].length - m[2]!.length);
    }
  }
  if (text.includes('PARAMETERS ') || text.includes('ENVIRONMENT ')) {
    BLANKED_ROW.lastIndex = 0;
    for (let m = BLANKED_ROW.exec(text); m; m = BLANKED_ROW.exec(text)) {
      const start = m.index + m[0].length - m[2]!.length;
      if (tabAt(m.index + m[0].indexOf(' ')) && tabAt(start - 1)) push(m[1]!, m[2]!, start);
    }
  }
  if (!text.includes('Value')) return;
  TABLE_HEADER.lastIndex = 0;
  for (let h = TABLE_HEADER.exec(text); h; h = TABLE_HEADER.exec(text)) {
    let at = lineEnd(text, h.index) + 1;
    for (let row = rowStart(text, at); row >= 0; at = lineEnd(text, row) + 1, row = rowStart(text, at)) tableRow(text, row, lineEnd(text, row), push);
    TABLE_HEADER.lastIndex = Math.max(TABLE_HEADER.lastIndex, at);
  }
}

/** Where the table's row or rule on the line starting at `at` opens (`|` or `+`, after the table's indent), or -1. */
function rowStart(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return -1;
  let i = at;
  while (i - at < 40 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i) === 124 /* | */ || text.charCodeAt(i) === 43 /* + */ ? i : -1;
}

/** A row of two cells (`|  name  |  value  |`, the nested table's `||` around them): its name and its value, blanks and all. */
function tableRow(text: string, start: number, end: number, push: (name: string, value: string, start: number) => void): void {
  const cells = text.slice(start, end).split('|');
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length !== 2) return;
  const [name, cell] = [filled[0]!.trim(), filled[1]!.trim()];
  const value = cell.length > 2 && cell.startsWith('`') && cell.endsWith('`') ? cell.slice(1, -1) : cell;
  // (a note, an empty or unset token, is evidence)
  if (!CELL_NAME.test(name) || NOTE_CELL.test(value) || plainWords(value) || DOC_CELL.test(value)) return;
  // the value cell comes after the name's: its offset is read from the bar that closes the name's cell
  const afterName = text.indexOf('|', text.indexOf(name, start) + name.length);
  push(name, value, text.indexOf(value, afterName));
}

export const CLI_OUTPUT_ROW_PATTERNS: RegExp[] = [TEXT_ROW, BLANKED_ROW, SSM_TEXT_ROW, TABLE_HEADER, CELL_NAME, DOC_CELL, NOTE_CELL];
