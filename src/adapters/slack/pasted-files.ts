/**
 * Snippets and text-file uploads arrive as `files[]` on a message (subtype file_share). Their content
 * is downloaded from url_private_download with the bot token. The token is only ever sent to
 * Slack's own file hosts or the configured Slack API host (a test double or an egress proxy), and
 * a size cap bounds what one paste may cost.
 */
import type { Logger } from '../../usecases/ports';

/** As much as one paste may hand to the engine (1,000,000 characters): Slack turns a long paste into a file. */
export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_FILES = 5;

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

async function readCapped(res: Response, maxBytes: number): Promise<string | undefined> {
  if (!res.body) return undefined;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface FileFetchOptions {
  token: string;
  trustedHosts: Set<string>;
  logger: Logger;
  fetchFn?: typeof fetch;
  maxBytes?: number;
}

export interface PastedFiles {
  /** Text of the pasted text files, in order. */
  texts: string[];
  /** Text files skipped for their size (the poster is told; nothing else about them is kept). */
  tooLarge: Array<{ name?: string; size?: number }>;
  /** Text files on Slack's hosts whose download failed: a lost paste, so the poster is told why. */
  unread: Array<{ name?: string; reason: string }>;
}

/** Downloads the pasted text files; skipped files are logged by id and reason only. */
export async function downloadPastedFiles(files: SlackFile[], opts: FileFetchOptions): Promise<PastedFiles> {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  const fetchFn = opts.fetchFn ?? fetch;
  const texts: string[] = [];
  const tooLarge: PastedFiles['tooLarge'] = [];
  const unread: PastedFiles['unread'] = [];
  for (const f of files.slice(0, MAX_FILES)) {
    const skip = (reason: string) => {
      opts.logger.info({ file: f.id, size: f.size, reason }, 'pasted file skipped');
      if (reason === 'too large') tooLarge.push({ name: f.name, size: f.size });
    };
    const failed = (reason: string) => {
      opts.logger.warn({ file: f.id, size: f.size, reason }, 'pasted file could not be downloaded');
      unread.push({ name: f.name, reason });
    };
    if (!isTextFile(f)) { skip('not text'); continue; }
    if ((f.size ?? 0) > maxBytes) { skip('too large'); continue; }
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
      const res = await fetchFn(parsed, { headers: { authorization: `Bearer ${opts.token}` }, redirect: 'error', signal: AbortSignal.timeout(10_000) });
      if (!res.ok) { failed(`Slack answered HTTP ${res.status}`); continue; }
      // Without the files:read scope Slack answers a file URL with its sign-in page, not the file.
      if (res.headers.get('content-type')?.startsWith('text/html') && f.filetype !== 'html') {
        await res.body?.cancel();
        failed('Slack sent a web page instead of the file; the app may lack the files:read scope');
        continue;
      }
      const text = await readCapped(res, maxBytes);
      if (text === undefined) { skip('too large'); continue; }
      texts.push(text);
    } catch (err) {
      failed(err instanceof Error && err.name === 'TimeoutError' ? 'the download timed out' : 'the download failed');
    }
  }
  return { texts, tooLarge, unread };
}

/** The short thread note for text files that could not be downloaded. */
export function unreadNote(files: PastedFiles['unread']): string {
  const list = files.map((f) => `\`${(f.name ?? 'a file').replace(/`/g, "'")}\` (${f.reason})`).join(', ');
  return `:page_facing_up: I could not read ${list}, so I did not look at ${files.length === 1 ? 'it' : 'them'}. Paste the failing command and the error lines as text, or share the file again in a minute.`;
}

/** The short thread note for files skipped for their size. */
export function tooLargeNote(files: PastedFiles['tooLarge']): string {
  const what = files.length === 1 ? `\`${(files[0]!.name ?? 'that file').replace(/`/g, "'")}\`${files[0]!.size ? ` (${(files[0]!.size / 1024 / 1024).toFixed(1)} MB)` : ''} is` : `${files.length} files are`;
  return `:page_facing_up: ${what} over the 1 MB I read, so I did not look at ${files.length === 1 ? 'it' : 'them'}. Paste the failing command and the error lines (the start and the end of the log) as text or a smaller file, and I will diagnose them.`;
}
