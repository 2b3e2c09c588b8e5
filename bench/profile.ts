/**
 * Where one diagnosis's time and allocation go, for a profiler to read (issue #10's 4 KB tail and env dump):
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.ts [shape] [runs]   (tsx writes two profiles: read the larger)
 *   node --import tsx --trace-gc bench/profile.ts 4kb 5000 | grep -c Scavenge
 *   PROFILE_HEAP=1 npx tsx bench/profile.ts [shape] [runs]   (allocated per diagnosis and the top allocating sites; PROFILE_TOP=n lists n, 40 by default)
 *   node --max-semi-space-size=128 --min-semi-space-size=128 --import tsx bench/profile.ts 4kb 300 exact
 *     (exact bytes allocated per diagnosis: heapUsed around each call, in a young generation big enough that no scavenge
 *     lands in most calls; the median of the clean calls after a warm-up. Steady to 0.1 KB between runs where the heap
 *     sampler's figure moves by a few KB, so a change of 1 KB shows.)
 * shape: 4kb (pasteOf(4096), as diagnose.bench.ts and ab.ts measure), 1mb, envdump (bench/shapes.ts), or error (the
 * bench's 153-character error alone: the fixed cost of a diagnosis).
 * PROFILE_CORE=<dir> loads diagnose from another core: bench/.ab-old/src/core (the tree bench/ab.ts compares against,
 * so allocation is compared the same way), or tsc's output copied under bench/ (npx tsc -p tsconfig.build.json --outDir
 * /tmp/dist; cp -r /tmp/dist/core bench/.ab-dist/), whose line numbers are readable where tsx's all read line 2.
 * An esbuild bundle of this script is not the product: it diagnoses the bench paste differently (another JSON loader).
 */
import { Session } from 'node:inspector';
import { join, resolve } from 'node:path';
import { ERROR, pasteOf } from './paste';
import { repeatedShapes } from './shapes';

/* eslint-disable @typescript-eslint/no-require-imports */
/** PROFILE_CORE=<dir>: the core compiled elsewhere (tsc's dist/core, as the product runs), instead of src/core through tsx. */
const { diagnose } = require(process.env.PROFILE_CORE ? join(resolve(process.env.PROFILE_CORE), 'diagnose') : '../src/core/diagnose') as {
  diagnose: (t: string, o: { now: Date }) => unknown;
};
/* eslint-enable @typescript-eslint/no-require-imports */
const NOW = new Date('2026-11-22T00:00:00Z');
const SHAPE = process.argv[2] ?? '4kb';
const SMALL = SHAPE === '4kb' || SHAPE === 'error';
const RUNS = Number(process.argv[3] ?? (SMALL ? 5000 : 40));
const text =
  SHAPE === 'envdump' ? repeatedShapes(1_000_000).find(([s]) => s === 'env dump')![1] : SHAPE === '1mb' ? pasteOf(1_000_000) : SHAPE === 'error' ? ERROR : pasteOf(4096);

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

async function heap(): Promise<void> {
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  for (let i = 0; i < Math.min(RUNS, 200); i++) diagnose(text, { now: NOW });
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < RUNS; i++) diagnose(text, { now: NOW });
  const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
  session.disconnect();
  const bySite = new Map<string, number>();
  let total = 0;
  // A built-in (exec, join, split) is named with the function that called it.
  const name = (n: HeapNode): string => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/core\//, '')}:${n.callFrame.lineNumber + 1}`;
  const walk = (n: HeapNode, parent: string): void => {
    const key = n.callFrame.url ? name(n) : `${name(n)} <- ${parent}`;
    bySite.set(key, (bySite.get(key) ?? 0) + n.selfSize);
    total += n.selfSize;
    n.children.forEach((c) => walk(c, n.callFrame.url ? name(n) : parent));
  };
  walk(profile.head, '');
  process.stdout.write(`${SHAPE}: ${(total / RUNS / 1024).toFixed(1)} KB allocated per diagnosis\n`);
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40))) {
    process.stdout.write(`${(bytes / RUNS / 1024).toFixed(2).padStart(9)} KB  ${site}\n`);
  }
}

/** Exact bytes per call (see the header): a call a scavenge lands in reads less and is dropped. */
function exact(): void {
  // PROFILE_DISTINCT=1: each call's text differs (a counter line after it), as a bot's texts do: the anchors' literal
  // scan is kept for the last text only, so the same text diagnosed again skips it (the benches all repeat one text).
  const distinct = !!process.env.PROFILE_DISTINCT;
  const texts = Array.from({ length: distinct ? 64 : 1 }, (_, i) => (distinct ? `${text}\nrun ${i}` : text));
  for (let i = 0; i < (SMALL ? 1500 : 5); i++) diagnose(texts[i % texts.length]!, { now: NOW });
  const deltas: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = texts[i % texts.length]!;
    const before = process.memoryUsage().heapUsed;
    diagnose(t, { now: NOW });
    const d = process.memoryUsage().heapUsed - before;
    if (d > 0) deltas.push(d);
  }
  deltas.sort((a, b) => a - b);
  process.stdout.write(`${SHAPE}: ${(deltas[deltas.length >> 1]! / 1024).toFixed(1)} KB allocated per diagnosis (exact${distinct ? ', distinct texts' : ''}; median of ${deltas.length} clean of ${RUNS} calls, min ${(deltas[0]! / 1024).toFixed(1)})\n`);
}

if (process.argv[4] === 'exact') exact();
else if (process.env.PROFILE_HEAP) void heap();
else for (let i = 0; i < RUNS; i++) diagnose(text, { now: NOW });
