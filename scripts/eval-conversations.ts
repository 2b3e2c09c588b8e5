/**
 * `npm run eval:conversations` (also the end of `npm run eval`): replays every real public thread of
 * test/fixtures/real-conversations with the simulated user of test/helpers/sim-user.ts, through the
 * `awskey chat --jsonl` code path, and prints per half (tuning / held-out) and per cause:
 * - first fix: the first fix shown is for the labelled cause (or one the resolution also supports);
 * - within 8: the right fix was shown within 8 turns after the opening paste;
 * - Q to fix: mean questions and commands asked before the right fix (cases that reached it);
 * - redundant: questions asked again after they were answered, or whose answer the pastes already show;
 * - misread: answers recorded for another question than the one answered, pastes read as answers,
 *   or an answer recorded as another choice than the user meant.
 * After the two halves it prints the "fresh held-out" rows, one table per batch in FRESH_BATCHES (the corpus README's
 * "Batches"): the held-out half restricted to that collection batch, threads nobody tuned on. Aggregates only.
 * `--verbose` lists every tuning case that missed, with its turns (held-out cases are never listed one by one).
 * `--tuning` replays only the tuning half, and `--batches=1,2,3` only those collection batches: for choosing between
 * variants by cross-validation on the tuning half (develop on some batches, check on another) without running, or
 * printing anything of, the held-out half.
 * `--answers=button|number|label|mixed`: where the simulated user would press a choice's button, it types the choice's
 * number, its label, or "<number>, <label>" instead (default `button`), to check every form people type is read.
 */
import type { CauseId } from '../src/core/taxonomy';
import { ANSWER_MODES, HALVES, MAX_TURNS, loadConversations, replay, type AnswerMode, type Half, type LoadedCase, type Replay, type ReplayObserver } from '../test/helpers/sim-user';
import type { PolicyParams } from '../src/core/conversation/policy-params';

export interface Stats {
  n: number;
  opened: number;
  firstFix: number;
  within8: number;
  questionsToRight: number; // sum over cases that reached the right fix
  reached: number;
  redundant: number;
  misread: number;
}

/** Collection batches collected after the engine was tuned: each one's held-out threads are reported on their own. */
export const FRESH_BATCHES: readonly number[] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25];

export interface HalfStats {
  /** Threads whose label is a credential failure: what first fix, turns, questions and readings are measured on. */
  all: Stats;
  byCause: Partial<Record<CauseId, Stats>>;
  /** Threads labelled not-aws-credential-error: right when the opening opens no case (`opened` counts false positives). */
  negatives: Stats;
}

export interface ConversationEval {
  replays: Replay[];
  byHalf: Record<Half, HalfStats>;
  /** The held-out half split by collection batch (floors are kept per batch: each was measured on its own threads). */
  holdoutByBatch: Record<number, HalfStats>;
}

export const empty = (): Stats => ({ n: 0, opened: 0, firstFix: 0, within8: 0, questionsToRight: 0, reached: 0, redundant: 0, misread: 0 });
const emptyHalf = (): HalfStats => ({ all: empty(), byCause: {}, negatives: empty() });

/** A thread that reports no credential failure has no right fix: it is scored on whether it opened a case at all. */
export const isNegative = (r: Pick<Replay, 'cause'>): boolean => r.cause === 'not-aws-credential-error';

export function add(s: Stats, r: Replay): void {
  s.n++;
  if (r.opened) s.opened++;
  if (r.firstFixRight) s.firstFix++;
  if (r.rightFixTurn !== undefined) {
    s.within8++;
    s.reached++;
    s.questionsToRight += r.questionsToRight ?? 0;
  }
  s.redundant += r.redundant.length;
  s.misread += r.misread.length;
}

function addTo(h: HalfStats, r: Replay): void {
  if (isNegative(r)) add(h.negatives, r);
  else {
    add(h.all, r);
    add((h.byCause[r.cause] ??= empty()), r);
  }
}

export interface EvalFilter {
  /** Only these halves (default both). */
  halves?: readonly Half[];
  /** Only these collection batches (default all). */
  batches?: readonly number[];
  /** How the simulated user gives a choice it has no words of the reporter's for (default: presses the button). */
  answers?: AnswerMode;
  /** The policy's numbers to replay under (default: the shipped ones); scripts/corpus/policy-sweep.ts. */
  policy?: Readonly<PolicyParams>;
}

/**
 * `observe`, when given, is asked for an observer of each thread's replay (sim-user.ts's ReplayObserver): a property
 * checked on every reply rides on the eval's own replay instead of replaying the corpus again (a full replay of the
 * tuning half cost the suite about 40 s).
 */
export async function evaluateConversations(filter: EvalFilter = {}, observe?: (l: LoadedCase) => ReplayObserver | undefined): Promise<ConversationEval> {
  const replays: Replay[] = [];
  const byHalf = Object.fromEntries(HALVES.map((h) => [h, emptyHalf()])) as ConversationEval['byHalf'];
  const holdoutByBatch: Record<number, HalfStats> = {};
  const wanted = (l: LoadedCase) => (filter.halves ?? HALVES).includes(l.half) && (filter.batches === undefined || filter.batches.includes(l.c.batch ?? 1));
  for (const l of loadConversations().filter(wanted)) {
    const r = await replay(l, MAX_TURNS, filter.answers, filter.policy, observe?.(l));
    replays.push(r);
    addTo(byHalf[r.half], r);
    if (r.half === 'holdout') addTo((holdoutByBatch[l.c.batch ?? 1] ??= emptyHalf()), r);
  }
  return { replays, byHalf, holdoutByBatch };
}

export const rate = (x: number, n: number) => (n === 0 ? 0 : x / n);
export const meanQuestions = (s: Stats) => (s.reached === 0 ? NaN : s.questionsToRight / s.reached);

const pct = (x: number, n: number) => (n === 0 ? '  -  ' : `${(100 * rate(x, n)).toFixed(0).padStart(3)}% `);
const pad = (s: string, n: number) => s.padEnd(n);

function row(label: string, s: Stats): string {
  const q = meanQuestions(s);
  return `${pad(label, 34)} ${String(s.n).padStart(3)}  ${pct(s.firstFix, s.n)} ${pct(s.within8, s.n)}  ${Number.isNaN(q) ? '  - ' : q.toFixed(2).padStart(4)}   ${String(s.redundant).padStart(4)}   ${String(s.misread).padStart(4)}`;
}

function table(title: string, h: HalfStats): string[] {
  const negatives = h.negatives.n > 0 ? ` and ${h.negatives.n} negatives` : '';
  const out = [`\nConversations, ${title} (${h.all.n} real threads of credential failures${negatives}; simulated user, up to ${MAX_TURNS} turns):`];
  out.push(`${pad('cause', 34)}   n  first fix  within ${MAX_TURNS}  Q to fix  redundant  misread`);
  for (const [cause, s] of Object.entries(h.byCause).sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))) out.push(row(cause, s));
  out.push(row('ALL', h.all));
  if (h.all.opened < h.all.n) out.push(`  ${h.all.n - h.all.opened} opening paste(s) opened no case.`);
  if (h.negatives.n > 0) out.push(`  negatives (not-aws-credential-error): ${h.negatives.opened} of ${h.negatives.n} opened a case (false positives).`);
  return out;
}

export function formatConversationReport(e: ConversationEval, verbose = false): string {
  const out: string[] = [];
  for (const half of HALVES) if (e.byHalf[half].all.n > 0) out.push(...table(half === 'tuning' ? 'tuning half' : 'held-out half', e.byHalf[half]));
  for (const b of FRESH_BATCHES) if (e.holdoutByBatch[b]) out.push(...table(`fresh held-out, batch ${b} (its held-out threads, never tuned on)`, e.holdoutByBatch[b]));
  const unmapped = [...new Set(e.replays.flatMap((r) => r.unmapped))];
  if (unmapped.length > 0) out.push(`\nAsked steps the simulated user has no truth for (answered "I don't know"): ${unmapped.join(', ')}`);
  if (verbose) {
    const missed = (x: Replay) => (isNegative(x) ? x.opened : !x.firstFixRight || x.redundant.length > 0 || x.misread.length > 0);
    for (const r of e.replays.filter((x) => x.half === 'tuning' && missed(x))) {
      out.push(`\n${r.half}/${r.file}: cause ${r.cause}; first fix ${r.firstFix ?? 'none'}; right fix at turn ${r.rightFixTurn ?? '-'}`);
      for (const t of r.turns) out.push(`  ${JSON.stringify(t.sent).slice(0, 90)} -> ${t.kind}${t.question ? ` ${t.question}` : ''}${t.fix ? ` fix=${t.fix}` : ''}${t.understood ? ` understood=${JSON.stringify(t.understood)}` : ''}`);
      for (const x of [...r.redundant.map((s) => `redundant: ${s}`), ...r.misread.map((s) => `misread: ${s}`)]) out.push(`  ! ${x}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function filterOf(argv: string[]): EvalFilter {
  const batches = argv.find((a) => a.startsWith('--batches='));
  const answers = argv.find((a) => a.startsWith('--answers='))?.slice('--answers='.length);
  if (answers !== undefined && !(ANSWER_MODES as readonly string[]).includes(answers)) throw new Error(`--answers must be one of ${ANSWER_MODES.join('|')}`);
  return {
    ...(answers ? { answers: answers as AnswerMode } : {}),
    ...(argv.includes('--tuning') ? { halves: ['tuning'] as const } : {}),
    ...(batches ? { batches: batches.slice('--batches='.length).split(',').map(Number) } : {}),
  };
}

export async function printConversationEval(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.stdout.write(formatConversationReport(await evaluateConversations(filterOf(argv)), argv.includes('--verbose')));
}

if (require.main === module) void printConversationEval();
