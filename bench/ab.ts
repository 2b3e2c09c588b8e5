/**
 * Interleaved in-process A/B of diagnose() (or of the secrets' findSecrets) between an older tree and this one, for a
 * machine shared with other work, where two separate bench runs differ by more than most changes gain:
 *   git archive <ref> src | tar -x -C bench/.ab-old && npx tsx bench/ab.ts [rounds] [what]
 * (bench/.ab-old is ignored by git, AB_ONLY='4 KB' measures only that size, AB_SHAPES=1 adds the repeated-secret shapes of bench/shapes.ts, AB_OLD names another directory and AB_NEW one for the new side instead of this tree; `what` is diagnose (default), secrets, view, or interpret: the conversation reading
 * a batch of typical replies with every question open). Each round runs a batch of the old
 * function and a batch of the new one on the same input, in alternating order, and records the CPU time per call
 * (process.cpuUsage); the result is the median over the rounds of each, and the median of the per-round ratios.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { ERROR, pasteOf } from './paste';
import { repeatedShapes } from './shapes';

const OLD = join(resolve(process.env.AB_OLD ?? join(__dirname, '.ab-old')), 'src', 'core');
const NEW = process.env.AB_NEW ? join(resolve(process.env.AB_NEW), 'src', 'core') : join(__dirname, '..', 'src', 'core');
const NOW = new Date('2026-11-22T00:00:00Z');
const ROUNDS = Number(process.argv[2] ?? 15);
const WHAT = process.argv[3] ?? 'diagnose';

type Fn = (text: string) => unknown;

/* eslint-disable @typescript-eslint/no-require-imports */
function load(root: string): Fn {
  if (WHAT === 'secrets') return (require(join(root, 'redact')) as { findSecrets: Fn }).findSecrets;
  if (WHAT === 'view') return (require(join(root, 'secrets', 'view')) as { decodedView: Fn }).decodedView;
  if (WHAT === 'interpret') {
    const { interpret } = require(join(root, 'conversation', 'interpreter')) as { interpret: (raw: string, pending: unknown, open: string[]) => unknown };
    const { PROBES } = require(join(root, 'knowledge')) as { PROBES: Array<{ id: string; kind: string }> };
    const questions = PROBES.filter((p) => p.kind === 'question');
    const open = questions.map((p) => p.id);
    return (t) => t.split('\n').forEach((reply, i) => interpret(reply, questions[i % questions.length], open));
  }
  const { diagnose } = require(join(root, 'diagnose')) as { diagnose: (t: string, o: { now: Date }) => unknown };
  return (t) => diagnose(t, { now: NOW });
}
/* eslint-enable @typescript-eslint/no-require-imports */

function cpuPerCall(fn: Fn, text: string, runs: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function compare(label: string, text: string, runs: number, oldFn: Fn, newFn: Fn): void {
  for (let i = 0; i < 3; i++) {
    cpuPerCall(oldFn, text, runs);
    cpuPerCall(newFn, text, runs);
  }
  const a: number[] = [];
  const b: number[] = [];
  const ratio: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let x: number;
    let y: number;
    if (r % 2 === 0) {
      x = cpuPerCall(oldFn, text, runs);
      y = cpuPerCall(newFn, text, runs);
    } else {
      y = cpuPerCall(newFn, text, runs);
      x = cpuPerCall(oldFn, text, runs);
    }
    a.push(x);
    b.push(y);
    ratio.push(y / x);
  }
  const ms = (v: number): string => v.toFixed(v < 1 ? 4 : 2);
  process.stdout.write(`  ${label.padEnd(10)} old ${ms(median(a))} ms  new ${ms(median(b))} ms  new/old median ${median(ratio).toFixed(3)} (min ${ms(Math.min(...a))} -> ${ms(Math.min(...b))})\n`);
}

if (!existsSync(OLD)) {
  process.stderr.write(`no old tree at ${OLD}: git archive <ref> src | tar -x -C bench/.ab-old\n`);
  process.exit(1);
}

/** Replies people type to the case, one a line. */
const REPLIES = [
  '2',
  'yes it starts with ASIA',
  "2, it's sso",
  'we rotated the keys yesterday and it still fails',
  'it works from my laptop but not in the pipeline',
  'not sure',
  'we use github actions with OIDC to assume the deploy role',
  'the env has the old key exported in .bashrc',
  'no, we do not use localstack',
  'the clock is fine, ntp is running',
].join('\n');

/** AB_ONLY="4 KB" (a label, or several joined by commas): only those sizes, for more rounds in the same time. */
const ONLY = process.env.AB_ONLY?.split(',').map((l) => l.trim());
const ALL_SIZES: Array<[string, string, number]> =
  WHAT === 'interpret'
    ? [['10 replies', REPLIES, 50]]
    : [
        ['4 KB', pasteOf(4096), 400],
        ['64 KB', pasteOf(65_536), 20],
        ['1 MB', pasteOf(1_000_000), 2],
        // AB_SHAPES=1: also each 1 MB of one secret shape repeated (bench/shapes.ts), labelled by its first word.
        ...(process.env.AB_SHAPES ? repeatedShapes(1_000_000).map(([label, text]): [string, string, number] => [`1MB ${label.split(' ')[0]!}`, text, 2]) : []),
        // Only when AB_ONLY names it: the bench's 153-character error alone (a diagnosis's fixed cost).
        ...(ONLY?.includes('200 B') ? [['200 B', ERROR, 2000] as [string, string, number]] : []),
        // Only when AB_ONLY names it: the bench's 2 MB shape, read as head and tail (its middle searched: input-window.ts).
        ...(ONLY?.includes('2 MB') ? [['2 MB', `${pasteOf(2_000_000)}\n${ERROR}\n`, 2] as [string, string, number]] : []),
      ];
const SIZES = ONLY ? ALL_SIZES.filter(([label]) => ONLY.includes(label)) : ALL_SIZES;

if (process.env.AB_ORDER) {
  // One process, one load order: the module tree loaded first runs a few per cent faster (measured with the same
  // tree on both sides), so the parent runs both orders and combines them.
  const [oldFn, newFn] = process.env.AB_ORDER === 'new-first' ? ((n: Fn) => [load(OLD), n])(load(NEW)) : ((o: Fn) => [o, load(NEW)])(load(OLD));
  for (const [label, text, runs] of SIZES) compare(label, text, runs, oldFn!, newFn!);
} else {
  const load3 = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
  process.stdout.write(`${WHAT}, ${ROUNDS} rounds per load order, CPU per call, load average ${load3()}\n`);
  const ratios = new Map<string, number[]>();
  for (const order of ['old-first', 'new-first']) {
    const out = spawnSync(process.execPath, [...process.execArgv, __filename, ...process.argv.slice(2)], { env: { ...process.env, AB_ORDER: order }, encoding: 'utf8' });
    process.stdout.write(`${order}:\n${out.stdout}${out.stderr}`);
    for (const m of out.stdout.matchAll(/^\s*(\S+ \S+) .*new\/old median ([0-9.]+)/gm)) ratios.set(m[1]!, [...(ratios.get(m[1]!) ?? []), Number(m[2])]);
  }
  process.stdout.write('new/old, geometric mean of the two orders:');
  for (const [label, rs] of ratios) process.stdout.write(`  ${label} ${Math.sqrt(rs[0]! * (rs[1] ?? rs[0]!)).toFixed(3)}`);
  process.stdout.write(`\nload average at the end ${load3()}\n`);
}
