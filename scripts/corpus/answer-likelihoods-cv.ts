/**
 * `npx tsx scripts/corpus/answer-likelihoods-cv.ts [--k=20] [--only=question,…] [--base=question,…] [--batches=1,…,10] [--write]`: answer likelihoods fitted on real threads
 * (src/core/knowledge/answer-likelihoods.ts), and whether they carry to threads they were not fitted on.
 * For each tuning batch held back, fits on the other tuning batches how often each cause goes with each answer of each
 * question (the simulated user's answer from the truth profile, test/helpers/sim-user.ts KNOWN_QUESTIONS), shrunk
 * toward the catalogue's own likelihoods with `k` pseudo-threads per cause, and replays the held-back batch with that
 * table passed in (the policy's numbers' `answerLikelihoods`: asked and stated answers and the look-ahead; what a paste
 * shows is weighed from the catalogue, so diagnosis is the same in both arms). Prints per fold the held-back batch under the bare catalogue and
 * under the likelihoods fitted on the others (first fix / within 8 / questions to the right fix / redundant / misread)
 * and win/tie/lose. `--base=` fits those questions in the first arm too (each fold's own fit), so a question added to the
 * shipped rows is measured against the shipped rows rather than the bare catalogue. `--write` fits on every tuning batch
 * and rewrites the table in answer-likelihoods.ts.
 * Held-out threads are never read or replayed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_QUESTIONS, loadConversations } from '../../test/helpers/sim-user';
import { PROBES } from '../../src/core/knowledge/probes';
import type { QuestionProbe } from '../../src/core/knowledge/types';
import type { AnswerLikelihoods } from '../../src/core/knowledge/answer-likelihoods';
import { DEFAULT_POLICY_PARAMS } from '../../src/core/conversation/policy-params';
import { answerEffects } from '../../src/core/conversation/policy';
import { CAUSE_IDS, type CauseId } from '../../src/core/taxonomy';
import { add, empty, evaluateConversations, isNegative, meanQuestions, type Stats } from '../eval-conversations';

const K = Number(process.argv.find((a) => a.startsWith('--k='))?.split('=')[1] ?? 20);
/** Factors are held within [1/CLIP, CLIP]: a handful of threads may move an answer's weight, not overturn it. */
const CLIP = Number(process.argv.find((a) => a.startsWith('--clip='))?.split('=')[1] ?? Infinity);
const TABLE_FILE = join(__dirname, '../../src/core/knowledge/answer-likelihoods.ts');

const asked = (p: (typeof PROBES)[number]): p is QuestionProbe => p.kind === 'question' && KNOWN_QUESTIONS[p.id] !== undefined;

/** The factors fitted on the truth profiles of `batches`. */
const listArg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',');

export function fit(batches: readonly number[], k = K, only = listArg('only')): AnswerLikelihoods {
  const cases = loadConversations().filter((l) => l.half === 'tuning' && batches.includes(l.c.batch ?? 1));
  const table: AnswerLikelihoods = {};
  for (const q of PROBES.filter(asked).filter((p) => !only || only.includes(p.id))) {
    const choices = q.choices.filter((c) => c.id !== 'unknown');
    const counts = new Map<CauseId, Map<string, number>>();
    for (const l of cases) {
      const ch = KNOWN_QUESTIONS[q.id]!.choice(l.c.truth);
      if (!ch || !choices.some((c) => c.id === ch)) continue;
      const m = counts.get(l.c.cause) ?? new Map<string, number>();
      m.set(ch, (m.get(ch) ?? 0) + 1);
      counts.set(l.c.cause, m);
    }
    const causes = process.argv.find((a) => a.startsWith('--causes='))?.slice('--causes='.length).split(',');
    for (const cause of CAUSE_IDS.filter((c) => !causes || causes.includes(c))) {
      const m = counts.get(cause);
      if (!m) continue;
      const n = [...m.values()].reduce((s, x) => s + x, 0);
      const cur = choices.map((c) => answerEffects(q, c.id, {}, {})?.[cause] ?? 1);
      const sum = cur.reduce((s, x) => s + x, 0);
      choices.forEach((c, i) => {
        const p0 = cur[i]! / sum;
        const raw = ((m.get(c.id) ?? 0) + k * p0) / (n + k) / p0;
        const factor = Math.round(100 * Math.min(CLIP, Math.max(1 / CLIP, raw))) / 100;
        if (factor === 1) return;
        ((table[q.id] ??= {})[c.id] ??= {})[cause] = factor;
      });
    }
  }
  return table;
}

const cell = (s: Stats) => `${s.firstFix}/${s.within8}/${meanQuestions(s).toFixed(2)}/${s.redundant}/${s.misread}`;

async function batchStats(b: number, answerLikelihoods: AnswerLikelihoods): Promise<Stats> {
  const e = await evaluateConversations({ halves: ['tuning'], batches: [b], policy: { ...DEFAULT_POLICY_PARAMS, answerLikelihoods } });
  const s = empty();
  for (const r of e.replays) if (!isNegative(r)) add(s, r);
  return s;
}

function write(table: AnswerLikelihoods): void {
  const text = readFileSync(TABLE_FILE, 'utf8');
  const body = `export const ANSWER_LIKELIHOODS: AnswerLikelihoods = ${JSON.stringify(table, null, 2).replace(/"([\w]+)":/g, '$1:').replace(/"/g, "'")};`;
  writeFileSync(TABLE_FILE, text.replace(/(\/\/ generated: begin\n)[\s\S]*(\n\/\/ generated: end)/, `$1${body}$2`));
}

async function main(): Promise<void> {
  // `--batches=1,2,…`: only these tuning batches (a fresh batch kept out of the fit stays out of the folds too).
  const only = process.argv.find((a) => a.startsWith('--batches='))?.slice('--batches='.length).split(',').map(Number);
  const all = [...new Set(loadConversations().filter((l) => l.half === 'tuning').map((l) => l.c.batch ?? 1))].filter((b) => !only || only.includes(b)).sort((a, b) => a - b);
  if (process.argv.includes('--write')) {
    write(fit(all));
    process.stdout.write(`wrote ${TABLE_FILE} (fitted on tuning batches ${all.join(', ')}, k=${K})\n`);
    return;
  }
  const tot = { base: empty(), fitted: empty() };
  let win = 0;
  let tie = 0;
  let lose = 0;
  process.stdout.write(`k=${K}\n| held back | ${listArg('base')?.join(', ') ?? 'catalogue'} | fitted on the others | |\n|---|---|---|---|\n`);
  for (const b of all) {
    const baseOnly = listArg('base');
    const base = await batchStats(b, baseOnly ? fit(all.filter((x) => x !== b), K, baseOnly) : {});
    const fitted = await batchStats(b, fit(all.filter((x) => x !== b)));
    const d = fitted.firstFix - base.firstFix || fitted.within8 - base.within8;
    if (d > 0) win++;
    else if (d < 0) lose++;
    else tie++;
    for (const key of Object.keys(tot.base) as Array<keyof Stats>) {
      tot.base[key] += base[key];
      tot.fitted[key] += fitted[key];
    }
    process.stdout.write(`| b${b} | ${cell(base)} | ${cell(fitted)} | ${d > 0 ? 'win' : d < 0 ? 'lose' : 'tie'} |\n`);
  }
  process.stdout.write(`| all | ${cell(tot.base)} | ${cell(tot.fitted)} | ${win} win, ${tie} tie, ${lose} lose |\n`);
}

if (require.main === module) void main();
