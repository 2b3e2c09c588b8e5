/**
 * `awskey diagnose [FILE|-] [--json | --jsonl | --lines]`: diagnose pasted text from a file or stdin.
 * --jsonl streams: one `{"id","text"}` per input line, one result per output line.
 * --lines streams plain log lines: one diagnosis per non-blank line (id = its line number).
 * Exit 0 on success (detected or not), 2 on usage errors. At a terminal, how to end the input is
 * said on stderr first (stdout stays clean for pipes).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import type { Command } from 'commander';
import { diagnose } from '../../core/diagnose';
import type { Diagnosis } from '../../core/diagnosis';
import { renderReport } from './diagnosis-report';
import { readEnds } from '../read-ends';
import { decodeStream } from '../text-encoding';
import { learnInput } from '../egress/context';
import { guardText } from '../egress/guard';

interface DiagnoseFlags {
  json?: boolean;
  jsonl?: boolean;
  lines?: boolean;
}

export interface DiagnoseIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  now: () => Date;
}

function defaultIo(): DiagnoseIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, now: () => new Date() };
}

/** The --json shape: the contract keys first, then the rest of the diagnosis. */
export function toJsonResult(d: Diagnosis): Record<string, unknown> {
  return {
    detected: d.detected,
    ...(d.toldInWords ? { toldInWords: true } : {}),
    errorCodes: d.errorCodes,
    causes: d.causes,
    facts: d.facts,
    redactions: d.redactions,
    meaning: d.meaning,
    secretsFound: d.secretsFound,
    notes: d.notes,
  };
}

/**
 * Read whole up to this; a longer input is read as its head and tail while it streams (read-ends.ts):
 * a log of a few hundred MB does not fit the CLI's 128 MB heap as one string.
 */
const WHOLE_BYTES = 16 * 1024 * 1024;

/** Outputs whose reader went away (`awskey diagnose --jsonl big.log | head`): the run ends quietly. */
const closed = new WeakSet<Writable>();
const watched = new WeakSet<Writable>();

function watchReader(out: Writable): void {
  if (watched.has(out)) return;
  watched.add(out);
  // The listener stays: a failed write reports its error on a later tick.
  out.on('error', () => closed.add(out));
}

function write(out: Writable, text: string): Promise<void> {
  watchReader(out);
  return new Promise((resolve) => {
    if (closed.has(out) || out.write(guardText('cli', text))) return resolve();
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      resolve();
    };
    out.once('drain', done);
    out.once('error', done);
  });
}

function usageError(io: DiagnoseIo, message: string): void {
  io.stderr.write(guardText('cli', `awskey diagnose: ${message}\n`));
  process.exitCode = 2;
}

/** One JSONL record → one output line; never throws. */
export function diagnoseJsonlLine(line: string, now: Date): string | undefined {
  // A byte-order mark (files saved by Windows editors, PowerShell redirects) is not part of the record.
  const body = line.replace(/^\uFEFF/, '');
  if (body.trim() === '') return undefined;
  let record: unknown;
  try {
    record = JSON.parse(body);
  } catch (err) {
    // Only where the JSON broke: the parser's own message quotes the line's first characters, which
    // may be the start of a pasted secret.
    const at = /position (\d+)/.exec(err instanceof Error ? err.message : '')?.[1];
    return JSON.stringify({
      id: null,
      error: `invalid JSON${at ? ` at character ${at}` : ''} (--jsonl expects one JSON object {"id","text"} per line; for plain log lines use --lines, one diagnosis per line, or leave out --jsonl for one diagnosis of the whole text)`,
    });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return JSON.stringify({ id: null, error: 'each line must be a JSON object {"id", "text"}' });
  const { id, text } = record as { id?: unknown; text?: unknown };
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof text !== 'string') return JSON.stringify({ id: safeId, error: 'missing string field "text"' });
  return JSON.stringify({ id: safeId, ...toJsonResult(diagnose(text, { now })) });
}

/** One plain log line → one output line (id = its 1-based line number); blank lines give nothing. */
export function diagnosePlainLine(line: string, n: number, now: Date): string | undefined {
  const text = n === 1 ? line.replace(/^\uFEFF/, '') : line;
  if (text.trim() === '') return undefined;
  return JSON.stringify({ id: n, ...toJsonResult(diagnose(text, { now })) });
}

async function runPerLine(input: Readable, io: DiagnoseIo, each: (line: string, n: number) => string | undefined): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (closed.has(io.stdout)) break;
    learnInput(line);
    const out = each(line, ++n);
    if (out !== undefined) await write(io.stdout, `${out}\n`);
  }
}

/** Said at a terminal only: reading stdin otherwise looks like a hang. */
export const END_OF_INPUT_HINT = 'Paste the error text, then press Ctrl-D on an empty line to finish (Ctrl-Z then Enter on Windows).\n';

export async function runDiagnose(file: string | undefined, flags: DiagnoseFlags, io: DiagnoseIo = defaultIo()): Promise<void> {
  if ([flags.json, flags.jsonl, flags.lines].filter(Boolean).length > 1) return usageError(io, 'use only one of --json, --jsonl and --lines');
  const fromStdin = file === undefined || file === '-';
  if (!fromStdin && !existsSync(file)) {
    // The error text itself given as the argument (words, or a bare code like InvalidClientTokenId, which no path is): say how to pass text instead.
    const text = /\s/.test(file.trim()) || !/[./\\]/.test(file) ? ' (to diagnose text, pipe it in: echo \'<the error>\' | awskey diagnose)' : '';
    return usageError(io, `no such file: ${file}${text}`);
  }
  if (!fromStdin && !statSync(file).isFile()) return usageError(io, `not a file: ${file} (give a file, or - for stdin)`);
  if (fromStdin && (io.stdin as Readable & { isTTY?: boolean }).isTTY) io.stderr.write(END_OF_INPUT_HINT);
  const input = () => (fromStdin ? io.stdin : createReadStream(file));
  // Lines of a file in its own encoding (UTF-16 as Windows PowerShell writes it, either byte order);
  // stdin is UTF-8, read as it comes (a live `tail -f` is not held back to judge its encoding).
  const lines = () => (fromStdin ? io.stdin : Readable.from(decodeStream(createReadStream(file))));
  if (flags.jsonl) return runPerLine(lines(), io, (line) => diagnoseJsonlLine(line, io.now()));
  if (flags.lines) return runPerLine(lines(), io, (line, n) => diagnosePlainLine(line, n, io.now()));
  const { text, window, binary, nuls } = await readEnds(input(), { wholeBytes: WHOLE_BYTES });
  if (binary) return usageError(io, `${fromStdin ? 'the input' : file} is not text (compressed or binary?): decompress it first, e.g. zcat FILE | awskey diagnose`);
  if (nuls) io.stderr.write(`awskey diagnose: dropped ${nuls} NUL byte${nuls === 1 ? '' : 's'} from the text (binary bytes in a text log) and read the rest\n`);
  learnInput(text);
  const d = diagnose(text, { now: io.now(), ...(window ? { window } : {}) });
  const unread = d.inputRead?.omittedSecrets ?? [];
  // Said on stderr too: whoever pipes the output away is still told (kinds only, never a value).
  if (unread.length > 0) io.stderr.write(guardText('cli', `awskey diagnose: the input holds a secret value (${unread.join(', ')}) in the part not read; if it is real, rotate it\n`));
  await write(io.stdout, flags.json ? `${JSON.stringify(toJsonResult(d))}\n` : renderReport(d));
}

export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('Diagnose an AWS credential/authentication error pasted as text (file or stdin)')
    .argument('[file]', 'file to read; "-" or nothing reads stdin')
    .option('--json', 'print one JSON object')
    .option('--jsonl', 'read JSON lines {"id","text"} and print one result per line')
    .option('--lines', 'read plain log lines and print one JSON diagnosis per line ({"id": line number, …})')
    .action(async (file: string | undefined, flags: DiagnoseFlags) => {
      await runDiagnose(file, flags);
    });
}
