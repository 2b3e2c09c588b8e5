/**
 * Reading a terminal or a pipe for `awskey chat`: lines, and where one paste ends. A terminal
 * delivers a paste in one burst, so timing tells a paste's own blank lines from the empty line a
 * person types after it; a pipe delivers everything at once, so there the content decides.
 */
import readline from 'node:readline';
import { findSecrets } from '../../core/redact';
import { lateFixNote } from '../../core/conversation/fixing';
import { interpret } from '../../core/conversation/interpreter';

export const KEYWORD = /^(resolved?|done|not this|confirm|quit|exit|new|lookup|help|\?|skip|pass|can'?t|\d{1,3})$/i;
/**
 * A chat word: a keyword, "resolved - <what fixed it>", or a reply the conversation reads as a command ("still
 * failing", "it works now", "not this one"). Piped, such a line is an answer of its own, never a paste's start or part.
 */
export function isChatWord(line: string): boolean {
  return KEYWORD.test(line) || lateFixNote(line) !== undefined || (isShortReply(line) && interpret(line, undefined, []).intent !== undefined);
}

/**
 * Short enough to be typed as a reply, with no colon or bracket: error lines the interpreter would also read ("Unable to
 * locate credentials. You can configure …", "cannot assume role …: AccessDenied") are longer or carry a colon (review
 * R34c-1: a piped paste was split at them), and the interpreter is not run on every line of a piped log (R34c-4: 25×
 * slower on a 12,000-line log).
 */
function isShortReply(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && !/[:()[\]{}]/.test(t) && t.split(/\s+/).length <= 6;
}
/** Words that act at every prompt, even in the middle of a paste. */
export const CONTROL = /^(quit|exit|new)$/i;
/**
 * A line that starts tool output or configuration rather than answers a question: read the whole
 * block. Assignments and labels (`export X=`, `snake_name =`/`:`, `"Key":`, the CLI's `AWS Secret
 * Access Key [None]:` prompt) count, so a secret wrapped right after its label stays one paste and
 * is redacted whole (a piped line taken as words would leave the wrapped rest on its own). So do
 * configuration lines whose secret's name sits on another line than its value: an XML element
 * (Maven's `<server>`), an HCL block (`variable "db_password" {` … `default = "…"`), a quoted
 * `key = "value"`, a YAML list item (`- name: DB_PASSWORD` then `value: …`), fish's `set -gx` and csh's `setenv`.
 */
export const LOOKS_LIKE_OUTPUT =
  /^\s*(<[A-Za-z?!/][^>]{0,80}>|[a-z_]{1,40}(?:\s+"[^"]{1,80}"){1,2}\s*\{|[A-Za-z]\w{0,40}\s{0,4}=\s{0,4}"|-\s+[A-Za-z_]\w{0,40}\s{0,4}:|(?:set\s+-[a-zA-Z]{1,4}|setenv)\s+\w+\s|An error occurred|aws: \[ERROR\]|Traceback|botocore\.|Error:|NAME\s|Name\s|profile\s|access_key\s|[{}[\]]|AWS_[A-Z_]+=|(?:export|set)\s+[A-Za-z_]\w{0,80}=|[A-Za-z][A-Za-z0-9]{0,40}_\w{0,80}\s{0,4}[=:]|"\w{1,80}"\s{0,4}:|AWS [A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+ \[|[$#] \S|PS [A-Z]:\\|at \S|File "|\d{4}-\d\d-\d\d|\[?\d\d:\d\d:\d\d|(DEBUG|INFO|WARN(ING)?|ERROR|TRACE)\b)|[A-Za-z]+(Exception|Error):/;

const BLOB = /[A-Za-z0-9+/=]{20,400}/g;

/**
 * Output rather than words: LOOKS_LIKE_OUTPUT, a line holding a blob of 20+ key-like characters
 * (a wrapped session token's piece, a key) that no answer holds, or any line holding a secret the
 * redactor finds (`password: …`, `mysql -p…`): the start of a paste, whatever its shape. Piped, such a
 * line taken as words would leave the rest of a wrapped secret on lines of its own, out of the
 * decoded view's reach, and those lines would be stored as answers.
 */
export function looksLikeOutput(line: string): boolean {
  if (LOOKS_LIKE_OUTPUT.test(line)) return true;
  for (const m of line.matchAll(BLOB)) if (/[A-Za-z]/.test(m[0]) && /[0-9+/]/.test(m[0])) return true;
  return findSecrets(line).length > 0;
}

/**
 * Piped, a line of words that ends with a colon and has tool output on the very next line ("now a different thing on
 * the deploy box:" then the error) introduces that output: the two are one paste, as a terminal delivers them in one
 * burst (QA35 N19). An answer is a line of its own; one that ends in a colon and runs straight into output is the
 * paste's lead-in (docs/conversation.md).
 */
export async function leadsPaste(lines: Lines, line: string): Promise<boolean> {
  if (!line.endsWith(':')) return false;
  const next = await lines.peek(PASTE_PAUSE_MS);
  return typeof next === 'string' && next.trim() !== '' && looksLikeOutput(next);
}

/**
 * A terminal delivers a paste in one burst, so an empty line with more lines right behind it is
 * part of the paste; one typed after the paste has nothing behind it for this long.
 */
export const PASTE_PAUSE_MS = 300;
/** The lines of one paste follow each other this closely; a typed line has nothing behind it. */
export const LINE_BURST_MS = 100;

export const TIMEOUT = Symbol('timeout');
/**
 * Ctrl-D at a terminal: the end of one paste, not of the chat (the terminal reports it as the end of
 * input; the terminal is read again). Never a line a person can type: the terminal consumes ^D.
 */
export const CTRL_D = '\u0004';

/**
 * A terminal in line mode (Linux's) passes at most this many characters of one line and drops the
 * rest before awskey reads it: a longer pasted line (a JSON log line, a debug dump) arrives cut to
 * exactly this length, often without its error. Such a line is flagged so the chat can say so.
 */
export const TTY_LINE_MAX = 4095;

export class Lines {
  private readonly queue: string[] = [];
  /** Lines of the terminal's maximum length seen since last asked (they may have been cut). */
  private cut = 0;
  private waiting: ((line: string | undefined) => void) | undefined;
  private ended = false;
  private rl: readline.Interface;

  private closing = false;
  /** The terminal read again after Ctrl-D: ours to destroy, or it keeps the process alive. */
  private reopened: NodeJS.ReadableStream | undefined;

  /**
   * @param reopen at a terminal, reads it again after Ctrl-D, which then comes as a CTRL_D line: it
   * ends a paste, and at a prompt with nothing typed it ends the chat.
   */
  constructor(
    input: NodeJS.ReadableStream,
    private readonly reopen?: () => NodeJS.ReadableStream,
  ) {
    this.rl = this.attach(input);
  }

  private attach(input: NodeJS.ReadableStream): readline.Interface {
    const rl = readline.createInterface({ input, terminal: false, crlfDelay: Infinity });
    rl.on('line', (line) => this.deliver(line));
    rl.on('close', () => {
      if (this.reopen && !this.closing) {
        this.deliver(CTRL_D);
        this.reopened = this.reopen();
        this.rl = this.attach(this.reopened);
        return;
      }
      this.ended = true;
      this.waiting?.(undefined);
      this.waiting = undefined;
    });
    return rl;
  }

  private deliver(line: string): void {
    if (this.reopen && line.length === TTY_LINE_MAX) this.cut++;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w(line);
    } else this.queue.push(line);
  }

  /** Stops reading: a terminal's stdin left open would keep the process alive after "quit". */
  close(): void {
    this.closing = true;
    this.rl.close();
    (this.reopened as { destroy?: () => void } | undefined)?.destroy?.();
  }

  /** How many lines read at the terminal since the last call may have been cut by it. */
  takeCut(): number {
    const n = this.cut;
    this.cut = 0;
    return n;
  }

  /** Lines already read but not yet taken: a terminal paste or a pipe delivers them in one burst. */
  buffered(): number {
    return this.queue.length;
  }

  /** Whether a `.` line comes in what is already read before the next chat word: the paste ends there. */
  dotAhead(): boolean {
    for (const l of this.queue) {
      const t = l.trim();
      if (t === '.') return true;
      if (isChatWord(t)) return false;
    }
    return false;
  }

  next(): Promise<string | undefined> {
    if (this.queue.length > 0) return Promise.resolve(this.queue.shift());
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The next line without taking it, waiting at most `ms` for one; undefined at the end of input. */
  async peek(ms: number): Promise<string | undefined | typeof TIMEOUT> {
    if (this.queue.length > 0) return this.queue[0];
    if (this.ended) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const line = await Promise.race([
      new Promise<string | undefined>((resolve) => (this.waiting = resolve)),
      new Promise<typeof TIMEOUT>((resolve) => (timer = setTimeout(() => resolve(TIMEOUT), ms))),
    ]);
    clearTimeout(timer);
    if (line === TIMEOUT) {
      this.waiting = undefined;
      return TIMEOUT;
    }
    if (line !== undefined) this.queue.unshift(line);
    return line;
  }
}

/**
 * The rest of a paste that starts with `first`: up to an empty line that ends it, a `.` line, the end
 * of input, or a control word (returned, to act on after the paste is read).
 */
export async function readPaste(lines: Lines, first: string, o: { interactive: boolean }): Promise<{ block: string[]; control?: string }> {
  const block = [first];
  for (;;) {
    const l = await lines.next();
    if (l === undefined || l === CTRL_D) return { block };
    const t = l.trim();
    if (t === '.') return { block };
    if (CONTROL.test(t)) return { block, control: t };
    if (t === '' && (await blankEnds(lines, o.interactive))) return { block };
    block.push(l);
  }
}

/** Whether an empty line inside a paste ends it (see PASTE_PAUSE_MS and the piped rule). */
async function blankEnds(lines: Lines, interactive: boolean): Promise<boolean> {
  const next = await lines.peek(PASTE_PAUSE_MS);
  if (next === undefined || next === TIMEOUT || next === CTRL_D) return true;
  const t = next.trim();
  if (t === '' || t === '.' || CONTROL.test(t)) return false; // the next round ends it
  // At a terminal the rest of a burst is the rest of the paste.
  if (interactive) return false;
  // Piped, all lines arrive at once: a script that ends its pastes with "." keeps every blank
  // line; otherwise the blank line ends the paste unless the next line continues tool output (the AWS CLI's
  // blank line before "An error occurred"), whatever the block holds (docs/conversation.md: "a paste block, an
  // empty line, then one answer per line"). A block that opens no case is carried into the next one by the chat.
  if (isChatWord(t)) return true;
  if (lines.dotAhead()) return false;
  return !LOOKS_LIKE_OUTPUT.test(next);
}
