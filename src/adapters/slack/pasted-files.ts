/**
 * Snippets and text-file uploads arrive as `files[]` on a message (subtype file_share). Their content
 * is downloaded from url_private_download with the bot token. The token is only ever sent to
 * Slack's own file hosts or the configured Slack API host (a test double or an egress proxy). The
 * files of one message share what the engine reads of one input (1,000,000 characters): a file within
 * its share is read whole; a longer one (a CI log) is read as it downloads, as its head and tail
 * (read-ends.ts), up to a hard cap on what one file may cost to download at all. Were the files read
 * whole up to 1 MB each, the message's text would be cut again as one input, and a first log's end,
 * where its error is, would be lost.
 */
import type { SecretKind } from '../../core/diagnosis';
import { endChars } from '../../core/input-window';
import { MAX_INPUT_CHARS } from '../../core/normalise';
import type { Logger } from '../../usecases/ports';
import { readEnds } from '../read-ends';

/** No file longer than this is downloaded (AWSKEY_SLACK_FILE_MAX_MB): it costs download time and a scan of every byte. */
export const MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024;
const MAX_FILES = 5;
/** The least a file is read of (a message's own text is at most 40,000 characters, so this is never reached). */
const MIN_SHARE = 65_536;
/** A file read whole must arrive within this; a long one gets longer (as much as a slow 2 MB/s link needs). */
const SMALL_FILE_TIMEOUT_MS = 10_000;
const BYTES_PER_SECOND = 2 * 1024 * 1024;

export interface SlackFile {
  id?: string;
  name?: string;
  mimetype?: string;
  filetype?: string;
  mode?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

const TEXT_FILETYPES = new Set([
  'text', 'txt', 'log', 'json', 'yaml', 'yml', 'xml', 'ini', 'shell', 'bash', 'sh', 'powershell', 'python', 'javascript',
  'typescript', 'java', 'go', 'ruby', 'csv', 'diff', 'markdown', 'toml', 'dockerfile', 'terraform', 'hcl', 'post',
]);

export function isTextFile(f: SlackFile): boolean {
  if (f.mode === 'snippet') return true;
  if (f.mimetype?.startsWith('text/')) return true;
  if (f.mimetype === 'application/json' || f.mimetype === 'application/x-yaml') return true;
  return f.filetype !== undefined && TEXT_FILETYPES.has(f.filetype.toLowerCase());
}

/** Slack's file hosts, plus the host of SLACK_API_URL when one is configured. */
export function trustedFileHosts(apiUrl: string | undefined): Set<string> {
  const hosts = new Set(['files.slack.com', 'slack-files.com', 'files-origin.slack.com']);
  if (apiUrl) hosts.add(new URL(apiUrl).host);
  return hosts;
}

type Body = { text: string; partly?: { note: string; omittedSecrets: SecretKind[] } } | { tooLarge: number } | { binary: true };

/**
 * The body whole up to `wholeBytes`; past it, as its head and tail while it streams in (bounded
 * memory, read-ends.ts); past `capBytes`, abandoned. A file may be UTF-16 (a Windows PowerShell `>` file).
 */
async function readBody(res: Response, wholeBytes: number, capBytes: number): Promise<Body> {
  if (!res.body) return { text: '' };
  const read = await readEnds(res.body, { wholeBytes, endBytes: endChars(wholeBytes), capBytes });
  if ('tooLarge' in read) return read;
  if (read.binary) return { binary: true };
  const partly = read.window?.read;
  return partly ? { text: read.text, partly: { note: partly.note, omittedSecrets: partly.omittedSecrets } } : { text: read.text };
}

export interface FileFetchOptions {
  token: string;
  trustedHosts: Set<string>;
  logger: Logger;
  fetchFn?: typeof fetch;
  /** What all the files together may hand the engine (default MAX_INPUT_CHARS, less the message's own text): each text file gets an equal share, read whole within it, as head and tail past it. */
  budget?: number;
  /** Never downloaded past this (default MAX_DOWNLOAD_BYTES). */
  maxDownloadBytes?: number;
}

export interface PastedFiles {
  /** Text of the pasted text files, in order. */
  texts: string[];
  /** Text files skipped for their size (the poster is told; nothing else about them is kept). */
  tooLarge: Array<{ name?: string; size?: number }>;
  /** Text files read as their head and tail: how much was read, and the kinds of secret in the rest. */
  partlyRead: Array<{ name?: string; note: string; omittedSecrets: SecretKind[]; wholeBytes: number }>;
  /** Text files on Slack's hosts whose download failed: a lost paste, so the poster is told why. */
  unread: Array<{ name?: string; reason: string }>;
  /**
   * Files not read because they are not text: by Slack's type (an image, a .gz) or by their bytes (a
   * compressed log shared as `ci.log`). Told only beside an answer or to whoever addressed awskey: a
   * screenshot shared in a channel is not awskey's business, but a log given to it and not read is.
   */
  notText: Array<{ name?: string }>;
}

/** Downloads the pasted text files; skipped files are logged by id and reason only. */
export async function downloadPastedFiles(files: SlackFile[], opts: FileFetchOptions): Promise<PastedFiles> {
  const capBytes = opts.maxDownloadBytes ?? MAX_DOWNLOAD_BYTES;
  const taken = files.slice(0, MAX_FILES);
  // A file that is not text, or over the cap, takes no share (the separators between files take a character each).
  const shares = Math.max(1, taken.filter((f) => isTextFile(f) && (f.size ?? 0) <= capBytes).length);
  const maxBytes = Math.max(MIN_SHARE, Math.floor(((opts.budget ?? MAX_INPUT_CHARS) - shares) / shares));
  const fetchFn = opts.fetchFn ?? fetch;
  const texts: string[] = [];
  const tooLarge: PastedFiles['tooLarge'] = [];
  const partlyRead: PastedFiles['partlyRead'] = [];
  const unread: PastedFiles['unread'] = [];
  const notText: PastedFiles['notText'] = [];
  for (const f of taken) {
    /** `shown`: the size the note states, when it is known. */
    const skip = (reason: string, shown: { size?: number; downloaded?: number } = { size: f.size }) => {
      opts.logger.info({ file: f.id, size: f.size, downloaded: shown.downloaded, reason }, 'pasted file skipped');
      if (reason === 'too large') tooLarge.push({ name: f.name, size: shown.size });
    };
    const failed = (reason: string) => {
      opts.logger.warn({ file: f.id, size: f.size, reason }, 'pasted file could not be downloaded');
      unread.push({ name: f.name, reason });
    };
    if (!isTextFile(f)) { skip('not text'); notText.push({ name: f.name }); continue; }
    if ((f.size ?? 0) > capBytes) { skip('too large'); continue; }
    const url = f.url_private_download ?? f.url_private;
    if (!url) { skip('no download url'); continue; }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      skip('bad url');
      continue;
    }
    if (!opts.trustedHosts.has(parsed.host)) { skip('untrusted host'); continue; }
    try {
      const res = await fetchFn(parsed, { headers: { authorization: `Bearer ${opts.token}` }, redirect: 'error', signal: AbortSignal.timeout(downloadTimeoutMs(f.size, maxBytes, capBytes)) });
      if (!res.ok) { failed(`Slack answered HTTP ${res.status}`); continue; }
      // Without the files:read scope Slack answers a file URL with its sign-in page, not the file.
      if (res.headers.get('content-type')?.startsWith('text/html') && f.filetype !== 'html') {
        await res.body?.cancel();
        failed('Slack sent a web page instead of the file; the app may lack the files:read scope');
        continue;
      }
      const body = await readBody(res, maxBytes, capBytes);
      // Passed the cap while it downloaded: Slack's size was wrong, and what arrived before the download stopped is
      // not the file's size either (it varies with how the bytes were cut), so the note states none.
      if ('tooLarge' in body) { skip('too large', { downloaded: body.tooLarge }); continue; }
      if ('binary' in body) { skip('not text (its bytes)'); notText.push({ name: f.name }); continue; }
      texts.push(body.text);
      if (body.partly) {
        opts.logger.info({ file: f.id, size: f.size, secretsInSkippedPart: body.partly.omittedSecrets }, 'pasted file read as head and tail');
        partlyRead.push({ name: f.name, ...body.partly, wholeBytes: maxBytes });
      }
    } catch (err) {
      failed(err instanceof Error && err.name === 'TimeoutError' ? 'the download timed out' : 'the download failed');
    }
  }
  return { texts, tooLarge, partlyRead, unread, notText };
}

/** A file Slack says is small gets the usual 10 s; a long one (or one of unknown size) what its size needs at 2 MB/s. */
function downloadTimeoutMs(size: number | undefined, wholeBytes: number, capBytes: number): number {
  if (size !== undefined && size <= wholeBytes) return SMALL_FILE_TIMEOUT_MS;
  return SMALL_FILE_TIMEOUT_MS + Math.ceil(((size ?? capBytes) / BYTES_PER_SECOND) * 1000);
}

/** The short thread note for text files that could not be downloaded. */
export function unreadNote(files: PastedFiles['unread']): string {
  const list = files.map((f) => `\`${(f.name ?? 'a file').replace(/`/g, "'")}\` (${f.reason})`).join(', ');
  return `:page_facing_up: I could not read ${list}, so I did not look at ${files.length === 1 ? 'it' : 'them'}. Paste the failing command and the error lines as text, or share the file again in a minute.`;
}

/** The thread note for files that are not text (an image, a compressed log): what to share instead. */
export function notTextNote(files: PastedFiles['notText']): string {
  const what = files.length === 1 ? `${fileName(files[0]!.name, 'That file')} is` : `${files.map((f) => fileName(f.name, 'a file')).join(', ')} are`;
  return `:page_facing_up: ${what} not text (an image, a compressed log or another binary file), so I did not read ${files.length === 1 ? 'it' : 'them'}. Paste the failing command and the error lines as text, or share the log uncompressed as a text file (\`zcat ci.log.gz > ci.log\`).`;
}

const fileName = (name: string | undefined, otherwise: string) => `\`${(name ?? otherwise).replace(/`/g, "'")}\``;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The short thread note for files skipped for their size. */
export function tooLargeNote(files: PastedFiles['tooLarge'], capBytes: number = MAX_DOWNLOAD_BYTES): string {
  const what = files.length === 1 ? `${fileName(files[0]!.name, 'that file')}${files[0]!.size ? ` (${megabytes(files[0]!.size)})` : ''} is` : `${files.length} files are`;
  return `:page_facing_up: ${what} over the ${Math.round(capBytes / 1024 / 1024)} MB I download, so I did not look at ${files.length === 1 ? 'it' : 'them'}. Paste the failing command and the error lines (the start and the end of the log) as text or a smaller file, and I will diagnose them.`;
}

/** The thread note for a file read as its head and tail: how much was read, as for a long paste. */
export function partlyReadNote(file: PastedFiles['partlyRead'][number]): string {
  return `:page_facing_up: ${fileName(file.name, 'The file')} is longer than the ${megabytes(file.wholeBytes)} I read whole, so I read its start and its end: ${file.note}.`;
}
