/**
 * One reader for inputs that may be far longer than the engine reads: a file or stdin for `awskey
 * diagnose`, a file shared in Slack as it downloads. Up to `wholeBytes` the input is read whole; past
 * that, as it streams, as its head and a rolling tail of the sizes the input window keeps
 * (core/input-window.ts, whose cut rule it applies), the middle scanned for secrets in overlapping
 * slices and dropped. What is held stays about head + tail + one scan slice whatever the input's
 * size (a log of a few hundred MB does not fit the CLI's 128 MB heap as one string), and the result
 * has the shape of a long paste read as head and tail: the kept text with the gap marker, how much
 * was read, and the kinds of secret in the part not read. UTF-16 (what Windows PowerShell's `>` and
 * Out-File write) is decoded whole or as it streams (text-encoding.ts).
 */
import type { TextDecoder } from 'node:util';
import type { SecretKind } from '../core/diagnosis';
import { endsSpans, gapMarker, HEAD_CHARS, headCut, type InputWindow, readNote, SCAN_CHUNK, SCAN_OVERLAP, TAIL_CHARS, tailCut } from '../core/input-window';
import { findSecrets } from '../core/redact';
import { BINARY_JUDGE_BYTES, decodeText, decoderFor, encodingOf, looksBinary, withoutNuls } from './text-encoding';

const NL = 0x0a;
/** Small network chunks are gathered to this size first, so the lists below stay short. */
const PIECE = 65_536;

function newlines(b: Buffer, from = 0, to = b.length): number {
  let n = 0;
  for (let i = b.indexOf(NL, from); i !== -1 && i < to; i = b.indexOf(NL, i + 1)) n++;
  return n;
}

/** Moves `at` off the middle of a UTF-8 character, back or on (continuation bytes are 10xxxxxx). */
function charBoundary(b: Buffer, at: number, step: 1 | -1): number {
  const inside = (i: number) => i < b.length && (b[i]! & 0xc0) === 0x80;
  while (inside(at) && at + step >= 0) at += step;
  return at;
}

/** The head and tail of a byte stream (UTF-8, or UTF-16 decoded to it as it arrives); exported for its tests. */
export class FileEnds {
  private head: Buffer[] = [];
  private headLen = 0;
  /** Where the kept head ends, once the head is full (a line break near its end, else its end). */
  private headCut: { buf: Buffer; end: number } | undefined;
  private tail: Buffer[] = [];
  private tailLen = 0;
  private middle: Buffer[] = [];
  private middleLen = 0;
  private pending: Buffer[] = [];
  private pendingLen = 0;
  private readonly kinds = new Set<SecretKind>();
  private lines = 0;
  private taken = 0;
  /** Undefined until the first bytes are seen; null for UTF-8 (read as is), else the UTF-16 decoder. */
  private decoder: TextDecoder | null | undefined;
  /** Most bytes held at once (head, tail and the slice being scanned): the memory bound, for tests. */
  peakHeld = 0;
  /** The head's bytes: `headBytes` and one more, so the cut rule sees a line break right at the cut as the input window does. */
  private readonly headRoom: number;

  constructor(
    private readonly headBytes: number = HEAD_CHARS,
    private readonly tailBytes: number = TAIL_CHARS,
  ) {
    this.headRoom = headBytes + 1;
  }

  push(chunk: Uint8Array): void {
    this.pending.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    this.pendingLen += chunk.byteLength;
    if (this.pendingLen >= PIECE) this.flush();
  }

  private flush(last = false): void {
    if (this.pendingLen === 0 && !(last && this.decoder)) return;
    let b = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLen = 0;
    if (this.decoder === undefined) {
      const encoding = encodingOf(b);
      this.decoder = encoding === 'utf-8' ? null : decoderFor(encoding);
    }
    if (this.decoder) b = Buffer.from(this.decoder.decode(b, { stream: !last }), 'utf8');
    if (b.length === 0) return;
    this.taken += b.length;
    this.lines += newlines(b);
    if (this.headLen < this.headRoom) {
      const take = Math.min(b.length, this.headRoom - this.headLen);
      this.head.push(b.subarray(0, take));
      this.headLen += take;
      b = b.subarray(take);
    }
    if (b.length === 0) return;
    if (!this.headCut) this.cutHead();
    this.tail.push(b);
    this.tailLen += b.length;
    // Keep at least tailBytes: whole chunks leave the tail only while the rest still covers it.
    while (this.tail.length > 1 && this.tailLen - this.tail[0]!.length >= this.tailBytes) {
      const first = this.tail.shift()!;
      this.tailLen -= first.length;
      this.toMiddle(first);
    }
    this.peakHeld = Math.max(this.peakHeld, this.headLen + this.tailLen + this.middleLen + this.pendingLen);
  }

  /** Bytes taken in so far. */
  get total(): number {
    return this.taken + this.pendingLen;
  }

  /** The head is full: fix its cut, and start the middle's scan a slice-overlap before it. */
  private cutHead(): void {
    const buf = Buffer.concat(this.head);
    this.head = [buf];
    const end = headCut(this.headBytes, (at) => buf.lastIndexOf(NL, at)) ?? charBoundary(buf, this.headBytes, -1);
    this.headCut = { buf, end };
    this.toMiddle(Buffer.from(buf.subarray(Math.max(0, end - SCAN_OVERLAP))));
  }

  private toMiddle(b: Buffer): void {
    this.middle.push(b);
    this.middleLen += b.length;
    if (this.middleLen < SCAN_CHUNK) return;
    const slice = Buffer.concat(this.middle);
    this.scan(slice);
    // The next slice starts with this one's last bytes, so a secret across the boundary is whole in one.
    this.middle = [Buffer.from(slice.subarray(slice.length - SCAN_OVERLAP))];
    this.middleLen = SCAN_OVERLAP;
  }

  private scan(b: Buffer): void {
    for (const s of findSecrets(b.toString('utf8'))) this.kinds.add(s.kind);
  }

  /** The read, once the input has ended; undefined when it fitted in head and tail after all. */
  finish(): InputWindow | undefined {
    this.flush(true);
    if (!this.headCut) return undefined;
    const whole = Buffer.concat(this.tail);
    const tail = whole.subarray(whole.length - Math.min(whole.length, this.tailBytes));
    const tailStart = tailCut(this.tailBytes, 0, (at) => tail.indexOf(NL, at)) ?? charBoundary(tail, 0, 1);
    // The last slice: what is left of the middle, the tail's surplus, and the tail up to past its cut.
    this.scan(Buffer.concat([...this.middle, whole.subarray(0, whole.length - tail.length), tail.subarray(0, tailStart + SCAN_OVERLAP)]));
    this.middle = [];
    this.middleLen = 0;
    const { buf, end } = this.headCut;
    const keptTail = tail.subarray(tailStart);
    const omitted = this.total - end - keptTail.length;
    const headLines = newlines(buf, 0, end) + 1;
    const omittedLines = this.lines - newlines(buf, 0, end + 1) - newlines(keptTail);
    return {
      text: `${buf.subarray(0, end).toString('utf8')}\n${gapMarker(omitted, omittedLines, 'bytes')}\n${keptTail.toString('utf8')}`,
      read: {
        totalChars: this.total,
        readChars: this.total - omitted,
        omittedChars: omitted,
        headLines,
        omittedLines,
        omittedSecrets: [...this.kinds],
        note: readNote({ total: this.total, head: end, tail: keptTail.length, omitted }, 'bytes'),
      },
      spans: endsSpans(headLines, omittedLines),
    };
  }
}

export interface EndsOptions {
  /** Read whole up to this many bytes; past it, as head and tail while it streams. */
  wholeBytes: number;
  /** Bytes kept from each end past `wholeBytes` (default: what the engine reads of one input). */
  endBytes?: number;
  /** Never read past this many bytes: the stream is abandoned and its size so far reported. */
  capBytes?: number;
}

/** `window` is set when the input was read as its head and tail; `binary` when it is not text at all (then `text` is empty and the rest of the input was not read). */
export interface EndsRead {
  text: string;
  window?: InputWindow;
  binary?: true;
  /** NUL characters dropped from a text that held a few (not enough to be binary). */
  nuls?: number;
}

/**
 * An input (a Node stream, a download's body) read within bounded memory: whole up to `wholeBytes`,
 * as its head and tail past it, abandoned past `capBytes` (its size so far is then reported).
 */
export function readEnds(chunks: AsyncIterable<Uint8Array | string>, opts: EndsOptions & { capBytes: number }): Promise<EndsRead | { tooLarge: number }>;
export function readEnds(chunks: AsyncIterable<Uint8Array | string>, opts: Omit<EndsOptions, 'capBytes'>): Promise<EndsRead>;
export async function readEnds(chunks: AsyncIterable<Uint8Array | string>, opts: EndsOptions): Promise<EndsRead | { tooLarge: number }> {
  const capBytes = opts.capBytes ?? Infinity;
  const first: Buffer[] = [];
  let firstLen = 0;
  let judged = false;
  let whole: Buffer[] | undefined = [];
  let ends: FileEnds | undefined;
  let total = 0;
  for await (const chunk of chunks) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += b.length;
    // Leaving the loop abandons the stream (a download is cancelled).
    if (total > capBytes) return { tooLarge: total };
    if (!judged) {
      first.push(b.subarray(0, BINARY_JUDGE_BYTES - firstLen));
      firstLen += first[first.length - 1]!.length;
      // Judged as soon as its first bytes are in: a 64 MB .gz is not read (or scanned, or decoded) to say it is not text.
      if (firstLen >= BINARY_JUDGE_BYTES) {
        judged = true;
        if (looksBinary(Buffer.concat(first))) return { text: '', binary: true };
      }
    }
    if (whole && total > opts.wholeBytes) {
      ends = new FileEnds(opts.endBytes, opts.endBytes);
      for (const c of whole) ends.push(c);
      whole = undefined;
    }
    if (ends) ends.push(b);
    else whole!.push(b);
  }
  if (!judged && looksBinary(Buffer.concat(first))) return { text: '', binary: true };
  const window = ends?.finish();
  const { text, nuls } = withoutNuls(window ? window.text : decodeText(Buffer.concat(whole ?? [])));
  return { text, ...(window ? { window: { ...window, text } } : {}), ...(nuls > 0 ? { nuls } : {}) };
}

