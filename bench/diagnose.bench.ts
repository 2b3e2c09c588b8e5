/**
 * `npm run bench`: cost of one diagnosis at 1 KB, 4 KB, 64 KB, 1 MB and 2 MB of a realistic paste
 * (test fixtures repeated to size), plus a 200-byte error, Slack's 40,000-character limit, ordinary chat
 * and adversarial shapes, and 1 MB of each secret shape people paste repeated (bench/shapes.ts). For each: wall-clock p50/p99 and CPU time per diagnosis (process.cpuUsage,
 * which a loaded machine inflates less than wall time), after a warm-up. Ends with the cost per KB at
 * each size: equal figures mean linear growth. 2 MB is read as head + tail (input-window.ts), so it
 * costs about what 1 MB does. Numbers only, no assertions (aims: 4 KB p99 < 1 ms, 1 MB < 100 ms).
 * BENCH_SECONDS (default 2) bounds the time spent measuring each size. A size measured fewer than 100 times shows
 * its slowest run (`max`) instead of a p99; BENCH_SECONDS=10 gives the 1 MB sizes enough runs for a p99.
 * Beside each line: the garbage-collection pauses inside the timed runs (count and total; scavenges are most of the
 * p99 at small sizes), and at the end the allocation per diagnosis (V8 sampling heap profiler, collected objects
 * included) and the load average again, so a reader can judge how loaded the machine was while it ran.
 *
 * Where the time goes (node --cpu-prof on dist/, December 2026, share of one diagnosis):
 *   4 KB: extractors about 52 % (runtimes and prose hints 10, region/endpoint 9, credential source 8,
 *         error codes 8, tools 6, messages 4), secrets on the decoded view 20, normalise 4-5, scoring,
 *         the prose classifier and excerpts about 15, garbage collection 4.
 *   1 MB: extractors about 54 % (error codes 12, region/endpoint 8, credential source 8, tools 7,
 *         messages 6), secrets 25 (the random-run scan 9, the decoded view 5), normalise 5, GC 6.
 *   Before the shared literal scan (extract/literal-scan.ts), the per-battery anchor alternations took
 *   12 % at 4 KB and 21 % at 1 MB, and one runtime regex scanning the whole text another 5-8 %.
 *   Since then normalise and the secrets were made cheaper with the same output (plain ASCII skips the
 *   replace scans and the per-line fold, escapes are found with indexOf, a long run inside a labelled
 *   secret needs no evidence spans, vendor-token needles are short with a rare first letter):
 *   normalise + findSecrets per diagnosis, min CPU of interleaved runs, 4 KB 0.097 -> 0.044 ms, 1 MB
 *   23.0 -> 10.9 ms; the whole diagnosis 4 KB 0.67 -> 0.61 ms, 1 MB 67.5 -> 57.7 ms. What is left of
 *   the secrets at 1 MB: the random-run scan 22 %, the needle checks 12 %, the plain-ASCII test of the
 *   view 10 %, the two labelled-secret regexes 17 %.
 *   The 4 KB p99 is set by young-generation GC, so allocation per diagnosis matters as much as CPU. Whether a
 *   line reads as prose is now decided once per line (ExtractContext.isProse) instead of three times, and the
 *   scoring, unwrapping and anchor lines build no closures or strings they do not keep: allocated per diagnosis
 *   (V8 sampling heap profiler, objects later collected included) 4 KB 240 -> 171 KB, 64 KB 2028 -> 1492 KB,
 *   1 MB 25.1 -> 22.1 MB; one scavenge every 75 -> 111 diagnoses at 4 KB; CPU (interleaved A/B, median of 30
 *   batches) 4 KB 0.632 -> 0.597 ms and 0.718 -> 0.671 ms on two runs; 64 KB min 7.99 -> 7.41 ms; 1 MB within noise.
 *   Stop 19, same output: fixed words looked for on the whole text (error-code needles, evidence-lines' and
 *   prose-report's words) are answered by the shared literal scan (anchors.wordGate), since an absent needle was a
 *   full pass over a 1 MB log each; a run of stars is read once for its last four (the adversarial paste retried
 *   every star); prose hints whose words are absent are not tried per line; per-line matchAll without its regex
 *   copy; error-code names classified once. Where the 4 KB time is now: extractors about 60 % (prose hints 11,
 *   region/endpoint 9, error codes 9, tools 9, credential source 8), secrets 17, scoring 5: a long tail of regexes,
 *   none above 2 %.
 *   Stop 21, same output (bench/ab.ts, interleaved in-process A/B, both load orders, median of 15 rounds, CPU): the
 *   secrets view's re-join passes read only lines that can join (the YAML block-scalar pass split every text into
 *   lines and ran a regex on each), whole-text regexes whose words or first character are absent are skipped after a
 *   literal or native search (Slack markup, entities, escapes, credential-source and LocalStack gates), and the
 *   redacted text is reused when no line is unwrapped: whole diagnosis 4 KB, 64 KB and 1 MB new/old 0.95; allocated per
 *   diagnosis 4 KB 167 -> 148 KB, 1 MB 22.5 -> 18 MB. A gate is only a cheaper way to the same answer: on the bench
 *   paste, whose env dump holds AWS_REGION and AWS_ACCESS_KEY_ID, the lowercase-word gates pass and the regexes still run.
 *   Stop 23: 1 MB of one secret shape repeated (bench/shapes.ts; every line a secret, values all different). Where the
 *   time went (node --cpu-prof on dist/): a base64 blob, the secrets' random-run judge (wordBuilt made a string and ran
 *   a regex per character: 18 % self) and the view's wrap test per 76-column line; an env dump, the key id readers
 *   judging each of 5,000 distinct ids after the hints and signals were full (key-ids, credential-source: 12 %);
 *   DB_PASSWORD lines, the labelled-secret loop (25 %), GC (19 %) and diagnose's WORTH_A_LOOK gate, one
 *   case-insensitive alternation over the whole text that finds nothing (9 %; not changed). Same output, A/B against
 *   stop 22's last tree f3ae72c (bench/ab.ts, AB_SHAPES=1, 15 rounds, both orders, load 7-8): base64 blob 0.61, env
 *   dump 0.94, Authorization 0.97, DB_PASSWORD 0.98, --password and JSON 1.01, `aws_secret_access_key = …` 1.06 (the new
 *   worded-label secret reader matches its every line), 4 KB 1.01, 64 KB 1.00, 1 MB 1.01.
 *   Stop 23, later (s23-perf), same output: this session's readers had put diagnose 5-9 % above f3ae72c. Found by node
 *   --cpu-prof on tsc output of both trees side by side, and by listing the patterns the literal scan finds no anchor
 *   for: msg.web-identity-file-missing and hint.partition had lost theirs (a group of words in front, behind a
 *   lookbehind) and ran over every text; now one alternative per opening word. New whole-text regexes (on purpose,
 *   fork, the OS errors) wait for the literal scan, per-line ones for their words (API_MISMATCH, TOKEN_NEEDED), the
 *   view's worded-label test for its first two letters, the resource-refusal reading for a resource. bench/ab.ts,
 *   15 rounds: against f3ae72c 4 KB 1.020, 64 KB 1.006, 1 MB 1.014 (before: 1.086, 1.050, 1.068); against main
 *   5aeb0f2, 9 rounds, 4 KB 0.972, 64 KB 0.957, 1 MB 0.957.
 *   Stop 23, last (s23-perf2): two bench runs minutes apart had main's 4 KB at p50 0.89 / p99 1.20 ms and f3ae72c's at 0.79 /
 *   1.05 (+13 %) where bench/ab.ts said +2 %. Not the input: both measure pasteOf(4096) of bench/paste.ts. Nor
 *   allocation (sampling heap profiler, 4 KB: 145.6 KB f3ae72c, 146.9 KB main) nor more signals (32 addSignal calls
 *   on both). By node --cpu-prof of both trees (6,000 diagnoses each) the 4 KB difference is 2-3 %, a few µs each:
 *   the secrets' worded-label readers (wordedKeyPieces, the view's WORDED_LABEL_OPENS per line), credential-talk's
 *   longer failure-word alternation, prose-report's new readers, diagnose's new vetoes. Each tree alone in its own
 *   process, alternated three times (as the bench runs it, load 1.0-1.3): p50 f3ae72c 0.70-0.74, main 0.73-0.77 ms,
 *   p99 0.92-0.96 and 0.94-0.99 ms: p50 +4 % in each pair, p99 -1 to +5 %. The +13 % was the machine's load between
 *   the two runs; in one process the tree loaded first runs 4-8 % faster, more than the difference, so bench/ab.ts
 *   runs both orders. Same output: the worded-label test read by hand (no regex call per line; the 1 MB paste's lines
 *   2.0-2.3 -> 0.3-1.0 ms), the vetoes build no array or closure. bench/ab.ts 11 rounds, 4 KB / 64 KB / 1 MB: against
 *   main f465e91 0.995 / 0.996 / 0.994, against f3ae72c 1.024 / 1.016 / 1.005.
 *   Stop 27 (s27-perf), same output (eval and eval:real identical): the 1 MB env dump (110 ms p50, over the aim) by
 *   node --cpu-prof on esbuild output: GC 12 %, diagnose itself 7 % (the dump's lines are read as cut at a width, so
 *   the redacted text was split, joined, joined again and split again), ctx.loc's Map of a location per line 3 %,
 *   key-ids 10 % (a replace per id to count lowercase letters, a string built per id), credential-source 11 % (a
 *   quote regex per value, twice per env line), provider-support 2 % (ten absent words each a pass over 1 MB).
 *   Now: the joined lines are kept, loc is one slot per line, lowercase letters are counted in place, the id is the
 *   match itself, a value with no opening quote skips the regex, provider-support's words go through wordGate.
 *   bench/ab.ts against 08a5635 (AB_SHAPES=1, 5 rounds, both orders, load 26-28, so noisy; measured with the hint gate
 *   below still in): env dump 0.912, `aws_secret_access_key =` 0.874, JSON 0.891, Authorization 0.884, other shapes
 *   0.985-0.999, 1 MB 0.973, 64 KB 1.003, 4 KB 1.019 (orders 1.13 and 0.92: noise). A per-line gate of
 *   the prose hints by the literal scan's lines (anchors.anchorLines) was tried and dropped: 17 of 1,508 regex calls
 *   saved at 4 KB, against building a set of lines per live hint.
 *   Stop 28 (s28-perf), same output (eval and eval:real identical): the sampling heap profiler on tsc output had the secrets'
 *   randomRuns allocating 117 of a 4 KB diagnosis's 298 KB and 26 of a 1 MB paste's 38 MB, in a scan that builds no
 *   string per character: stop 27's cut-label check was a closure over the scan's `i` and `j`, so V8 kept them in a
 *   scope object allocated anew for every character of the view. A plain loop there (and in two loops that captured a
 *   per-match or per-line binding the same way: context-hints misnamedCredentialVariable, prose-report wrappedDenial):
 *   allocated per diagnosis 4 KB 298 -> 182 KB, 1 MB 38.4 -> 12.0 MB, 1 MB env dump 51 -> 36 MB; scavenges
 *   (node --trace-gc) per 5,000 4 KB diagnoses 193 -> 120, GCs per 20 env dumps 82 -> 60. Where the env dump's time is
 *   now (node --cpu-prof, 40 runs): GC 10 %, the secrets 33 % (labelled 12, the view 7, prefixed 6), credential-source
 *   10, key-ids 8 (about 2,000 distinct ids judged until the signals are full), diagnose's split and join of the lines
 *   read as cut 7, the line memo's Map and the lowercase copy 5. An AST scan for loops whose own let/const a nested
 *   function captures (TypeScript compiler API over src/core) finds 20 more, 13 of them in the conversation over a few
 *   statements or probes, none on a per-character or per-line path of a diagnosis (normalise's foldLine runs only on
 *   non-ASCII lines, key-ids' only per masked id, score's lookupOf once per process).
 *   Stop 29 (s29-perf), same output (eval and eval:real identical): the sampling heap profiler on an esbuild bundle of
 *   diagnose (interval 512 B, 1,500 diagnoses) had the 4 KB paste's largest allocators in the cause scoring: a copy of
 *   every cause's open rule list, a sort call per cause (V8's sort allocates its work arrays even for a few numbers)
 *   and an array of rules per cause, 24 of 183 KB; then the anchors' union of line starts (a sort per pattern, 4 KB)
 *   and liveFilter's array of flags per battery, which firstMatches built beside its own array of results. Now the
 *   scoring walks the open list as it is and merges in the few rules a present signal adds, the union is a merge of
 *   the ascending lists, firstMatches asks each pattern's anchors itself, addSignal past its cap builds no key, and an
 *   env line's `cat -A` check copies the rest of the line only when it ends in `$`. Allocated per diagnosis 4 KB
 *   185 -> 157 KB, 1 MB 12.1 -> 11.8 MB, 1 MB env dump 36.7 -> 35.2 MB; scavenges per 5,000 4 KB diagnoses (--trace-gc) 54 -> 47. CPU (bench/ab.ts against fee136c, AB_SHAPES=1,
 *   5 rounds, both orders, load 13-21, so noisy): 4 KB 1.021 (7 rounds of 4 KB alone: 0.992), 64 KB 0.981, 1 MB 0.998, env dump 1.004, the other
 *   shapes 0.91-1.04. The env dump's time is where stop 28 left it (secrets 35 %, credential-source 14, key-ids 11,
 *   GC 10, the join of the lines read as cut about 5): no same-output cut outside the secrets was found.
 *   Stop 32 (s32-perf): bench/profile.ts runs one shape under --cpu-prof, --trace-gc or the heap sampler, on src
 *   through tsx or on any other core (PROFILE_CORE: the A/B's old tree, tsc's output). On tsc's output the env dump
 *   spent 7 % in diagnose's line memo (firstCopy: a Map of its 20,000 distinct lines, 10 ms of CPU on this machine). A
 *   hand-written typed-array hash table past 2,048 distinct lines measured 0.962 of the old env dump (bench/ab.ts, 7
 *   rounds, load 23-28, within the noise) and was not taken: 73 lines of hashing with a fallback for crafted pastes for
 *   4 % of one shape.
 *   The 4 KB p99: about 150 KB allocated per diagnosis; node --trace-gc over bench/profile.ts 4kb 5000 counts 74
 *   scavenges, 15 of them with no diagnosis run (loading), so ~59 in 5,000 diagnoses (1.2 %, one per ~85, the young
 *   generation growing toward V8's 16 MB semi-space): p99 falls among the calls a scavenge lands in. Under ~0.7 % of
 *   calls (about a third less allocation) would put it on an ordinary call. `npm start` runs the bot with
 *   --max-semi-space-size=8, a scavenge every ~50 diagnoses: there the 4 KB p99 is a scavenged call at any allocation
 *   above ~80 KB. At load 14 the 60 slowest of 6,000 timed 4 KB calls held 1 GC between them: under load the tail is
 *   the machine's. Caution for later profiles: an esbuild bundle of diagnose (used at stop 29) is not the product; it
 *   returned a different diagnosis of pasteOf(4096) (JSON 6,866 characters against 9,114 through tsx) and allocated
 *   84 KB where tsx and tsc's output allocate 147-153 KB.
 *   Stop 33 (s33-perf), same output (diagnose() JSON identical on 1,720 fixture inputs; eval, eval:real,
 *   eval:conversations identical): bench/profile.ts `exact` counts bytes per call exactly (heapUsed around one call in
 *   a 128 MB young generation), steady to 0.1 KB where the heap sampler moves by a few KB. Cuts: regex literals inside
 *   per-line and per-value functions (a new RegExp object, 56 bytes, per evaluation) made module constants; the env
 *   dump's hint words and AWS_ names found with test() instead of match arrays; maskKeyIds tests before a replace.
 *   Exact, 204de04 -> now: 4 KB 148.9 -> 140.3 KB, 1 MB 11.8 -> 11.1 MB, 1 MB env dump 28.4 -> 20.9 MB. Every bench
 *   here diagnoses one text again and again, and anchors.ts keeps the literal scan of the last text, so no bench paid
 *   for the scan a bot pays on each new message: PROFILE_DISTINCT=1 (a counter line after each text) measured a new
 *   153-character error at 112.7 KB (54 KB repeated) and a new 4 KB paste at 211.8 KB, most of the difference the
 *   scan's empty list for each of its 1,120 words. Absent words now share one list: 67.7 and 169.1 KB. CPU (bench/ab.ts
 *   against 204de04, AB_SHAPES=1, 3 rounds, load 11-13) is inside the noise: 4 KB 1.015, 64 KB 0.967, 1 MB 0.988,
 *   env dump 0.975, the orders disagreeing by up to x1.3 on one shape.
 */
import { Session } from 'node:inspector';
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { diagnose } from '../src/core/diagnose';
import { ERROR, pasteOf } from './paste';
import { repeatedShapes } from './shapes';

const NOW = new Date('2026-11-22T00:00:00Z');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Result {
  chars: number;
  p50: number;
  cpu: number;
}

/** Every GC pause of the process, as the runtime reports them (delivered after the synchronous runs end). */
const gcPauses: PerformanceEntry[] = [];
new PerformanceObserver((list) => gcPauses.push(...list.getEntries())).observe({ entryTypes: ['gc'] });

/** The GC pauses that started inside [from, to] (performance.now() times), once the runtime has delivered them. */
async function gcBetween(from: number, to: number): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const inside = gcPauses.filter((e) => e.startTime >= from && e.startTime <= to);
  const total = inside.reduce((sum, e) => sum + e.duration, 0);
  return `gc ${inside.length} pauses, ${total.toFixed(1)} ms (${((100 * total) / (to - from)).toFixed(1)} % of wall)`;
}

let timed: [number, number] = [0, 0];

/** Warm up, then run for about SECONDS (at least `minRuns`, at most `maxRuns` diagnoses). */
function measure(label: string, text: string, minRuns: number, maxRuns: number): Result {
  const warm = performance.now();
  for (let i = 0; i < Math.min(20, minRuns) || performance.now() - warm < 200; i++) diagnose(text, { now: NOW });
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - start < SECONDS * 1000)) {
    const t = performance.now();
    diagnose(text, { now: NOW });
    times.push(performance.now() - t);
  }
  timed = [start, performance.now()];
  const used = process.cpuUsage(cpuStart);
  const cpu = (used.user + used.system) / 1000 / times.length;
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const ms = (v: number): string => v.toFixed(3).padStart(9);
  // Under 100 runs the 99th percentile is the slowest run: it is named so.
  const tail = times.length >= 100 ? `p99 ${ms(percentile(times, 99))} ms` : `max ${ms(times[times.length - 1]!)} ms`;
  process.stdout.write(`${label.padEnd(34)} ${String(text.length).padStart(9)} chars  wall p50 ${ms(p50)} ms  ${tail}  cpu ${ms(cpu)} ms/op  (${times.length} runs)`);
  return { chars: text.length, p50, cpu };
}

/** Measure, then print the GC pauses of the timed runs at the end of the line. */
async function measured(label: string, text: string, minRuns: number, maxRuns: number): Promise<Result> {
  const r = measure(label, text, minRuns, maxRuns);
  process.stdout.write(`  ${await gcBetween(...timed)}\n`);
  return r;
}

/** KB allocated per diagnosis (V8 sampling heap profiler, objects already collected included). */
async function allocatedKb(text: string, runs: number): Promise<number> {
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  interface HeapNode {
    selfSize: number;
    children: HeapNode[];
  }
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < runs; i++) diagnose(text, { now: NOW });
  const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
  session.disconnect();
  const sum = (n: HeapNode): number => n.selfSize + n.children.reduce((t, c) => t + sum(c), 0);
  return sum(profile.head) / runs / 1024;
}

async function main(): Promise<void> {
  const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
  process.stdout.write(`node ${process.version}, ${cpus().length} CPUs, load average ${load()} (1, 5, 15 min)\n`);
  process.stdout.write('cpu is process.cpuUsage (user + system of every thread, GC helpers included) per diagnosis\n\n');
  await measured('200-byte error', `${ERROR}\nplease help`.slice(0, 200), 500, 20_000);
  const sizes: Array<[string, Result]> = [
    ['1 KB', await measured('1 KB paste', pasteOf(1024), 500, 20_000)],
    ['4 KB', await measured('4 KB paste', pasteOf(4096), 500, 10_000)],
    ['64 KB', await measured('64 KB paste', pasteOf(65_536), 30, 2000)],
    ['1 MB', await measured('1 MB paste', pasteOf(1_000_000), 5, 200)],
  ];
  await measured('2 MB log, error at the end', `${pasteOf(2_000_000)}\n${ERROR}\n`, 5, 200);
  await measured('40,000-character paste', pasteOf(40_000), 30, 3000);
  await measured('ordinary chat (fast path)', 'are we still on for the 3pm sync? I can move it if needed', 1000, 50_000);
  await measured('1 MB adversarial shapes', ['-----BEGIN PRIVATE KEY--------', 'eyJ-', 'a-m-m-m.amazonaws.com ', 'An error occurred (', 'AKIA', '"__type":', '*'].map((s) => s.repeat(Math.ceil(150_000 / s.length))).join('\n').slice(0, 1_000_000), 3, 200);
  // One secret shape repeated over 1 MB (every line a secret for the readers to judge, no error to find).
  for (const [shape, text] of repeatedShapes(1_000_000)) await measured(`1 MB of ${shape}`, text, 3, 200);
  process.stdout.write('\ncost per KB (equal figures mean linear growth):\n');
  for (const [name, r] of sizes) process.stdout.write(`  ${name.padEnd(6)} cpu ${((r.cpu * 1024) / r.chars).toFixed(4)} ms/KB   wall p50 ${((r.p50 * 1024) / r.chars).toFixed(4)} ms/KB\n`);
  process.stdout.write('\nallocated per diagnosis (sampling heap profiler):\n');
  process.stdout.write(`  4 KB  ${(await allocatedKb(pasteOf(4096), 500)).toFixed(0)} KB\n`);
  process.stdout.write(`  1 MB  ${((await allocatedKb(pasteOf(1_000_000), 5)) / 1024).toFixed(1)} MB\n`);
  // The env dump: thousands of distinct key ids and secrets, the most a 1 MB paste allocates (issue #10's slow shape).
  process.stdout.write(`  1 MB env dump  ${((await allocatedKb(repeatedShapes(1_000_000).find(([shape]) => shape === 'env dump')![1], 5)) / 1024).toFixed(1)} MB\n`);
  process.stdout.write(`\nload average at the end ${load()}\n`);
}

void main();
