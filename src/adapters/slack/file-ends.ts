/**
 * A shared file longer than the engine reads, taken in as it downloads: its head and a rolling tail of
 * the sizes the input window keeps (core/input-window.ts), the middle scanned for secrets in
 * overlapping slices and dropped. What is held stays about head + tail + one scan slice whatever the
 * file's size, and the result has the shape of a long paste read as head and tail: the kept text with
 * the gap marker, how much was read, and the kinds of secret in the part not read.
 */
import { TextDecoder } from 'node:util';
import type { SecretKind } from '../../core/diagnosis';
import { gapMarker, HEAD_CHARS, readNote, SCAN_CHUNK, SCAN_OVERLAP, TAIL_CHARS } from '../../core/input-window';
import { findSecrets } from '../../core/redact';
import { streamEncoding } from '../text-encoding';

const NL = 0x0a;
/** How far a cut may move to land on a line break (as the input window's cut). */
const LINE_SLACK = 65_536;
/** Small network chunks are gathered to this size first, so the lists below stay short. */
const PIECE = 65_536;

export interface FileEndsRead {
  /** Head, gap marker and tail: within the engine's bound. */
  text: string;
  /** The input window's words for how much was read (in bytes). */
  note: string;
  totalBytes: number;
  omittedBytes: number;
  /** Lines of the kept head, and lines not read (as the input window counts them). */
  headLines: number;
  omittedLines: number;
  /** Kinds of secret in the part not read (and across its cuts): the poster is warned all the same. */
  omittedSecrets: SecretKind[];
}

function newlines(b: Buffer, from = 0, to = b.length): number {
  let n = 0;
  for (let i = b.indexOf(NL, from); i !== -1 && i < to; i = b.indexOf(NL, i + 1)) n++;
  return n;
}

/** Moves `at` off the middle of a UTF-8 character (continuation bytes are 10xxxxxx). */
function charBoundary(b: Buffer, at: number, step: 1 | -1): number {
  while (at > 0 && at < b.length && (b[at]! & 0xc0) === 0x80) at += step;
  return at;
}

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

  constructor(
    private readonly headBytes: number = HEAD_CHARS,
    private readonly tailBytes: number = TAIL_CHARS,
  ) {}

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
      const label = streamEncoding(b);
      this.decoder = label ? new TextDecoder(label) : null;
    }
    if (this.decoder) b = Buffer.from(this.decoder.decode(b, { stream: !last }), 'utf8');
    if (b.length === 0) return;
    this.taken += b.length;
    this.lines += newlines(b);
    if (this.headLen < this.headBytes) {
      const take = Math.min(b.length, this.headBytes - this.headLen);
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
    const slack = Math.min(LINE_SLACK, Math.floor(buf.length / 4));
    const nl = buf.lastIndexOf(NL, buf.length - 1);
    const end = nl > buf.length - slack ? nl : charBoundary(buf, buf.length, -1);
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

  /** The read, once the download has ended; undefined when the file fitted in head and tail after all. */
  finish(): FileEndsRead | undefined {
    this.flush(true);
    if (!this.headCut) return undefined;
    const whole = Buffer.concat(this.tail);
    const tail = whole.subarray(whole.length - Math.min(whole.length, this.tailBytes));
    const slack = Math.min(LINE_SLACK, Math.floor(tail.length / 4));
    const nl = tail.indexOf(NL);
    const tailStart = nl !== -1 && nl < slack ? nl + 1 : charBoundary(tail, 0, 1);
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
      note: readNote({ total: this.total, head: end, tail: keptTail.length, omitted, headLines, omittedLines }, 'bytes'),
      totalBytes: this.total,
      omittedBytes: omitted,
      headLines,
      omittedLines,
      omittedSecrets: [...this.kinds],
    };
  }
}
