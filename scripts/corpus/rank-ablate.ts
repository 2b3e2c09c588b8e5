/**
 * Which tuning hits each piece of evidence decides alone (never reads holdout/): every detected case of the tuning halves
 * is ranked from its own evidence, then once more with one evidence id (a rule, a prior, a learned ratio) left out; a hit
 * that the removal loses is that evidence's win, a miss that the removal mends is its cost. Top-1 counts pastes that show
 * their cause and every opening; top-3 counts every case. Lines marked ONE-BATCH win cases in a single batch and cost
 * none (a rule that may be fitted to its thread: look at the LOBO table before removing it), NET-LOSS win nothing and cost
 * something. Evidence that only decides together with another rule shows no wins here.
 * Usage: tsx scripts/corpus/rank-ablate.ts [--cases]   (--cases: the files behind each line)
 */
import { diagnose } from '../../src/core/diagnose';
import { scoreOf } from '../../src/core/rules/score';
import { CAUSE_IDS, type CauseId } from '../../src/core/taxonomy';
import { EVAL_NOW } from '../eval-lib';
import { tuningCases } from './rank-cases';
type Ev = { id: string; polarity: 'for' | 'against'; weight: number; text: string };
const wins = new Map<string, { top1: string[]; top3: string[]; lose1: string[]; lose3: string[] }>();
for (const c of tuningCases()) {
  const d = diagnose(c.text, { now: EVAL_NOW });
  if (!d.detected) continue;
  const ev = new Map<CauseId, Ev[]>(d.causes.map((r) => [r.id as CauseId, r.evidence as Ev[]]));
  const rank = (drop?: string) => CAUSE_IDS.filter((id) => id !== 'not-aws-credential-error').map((id) => ({ id, s: scoreOf((ev.get(id as CauseId) ?? []).filter((e) => e.id !== drop) as never) }))
    .sort((a, b) => b.s - a.s || CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id));
  const hit = (r: { id: string; s: number }[]) => ({ t1: c.ok.has(r[0]!.id as CauseId), t3: r.slice(0, 3).some((x) => x.s > 0 && c.ok.has(x.id as CauseId)) });
  const h0 = hit(rank());
  const ids = new Set([...ev.values()].flat().map((e) => e.id));
  for (const id of ids) {
    const h = hit(rank(id));
    const w = wins.get(id) ?? { top1: [], top3: [], lose1: [], lose3: [] };
    const tag = `b${c.batch}:${c.corpus[0]}:${c.file.replace(/\.json$/, '')}`;
    if (c.shown !== false && h0.t1 && !h.t1) w.top1.push(tag);
    if (h0.t3 && !h.t3) w.top3.push(tag);
    if (c.shown !== false && !h0.t1 && h.t1) w.lose1.push(tag);
    if (!h0.t3 && h.t3) w.lose3.push(tag);
    wins.set(id, w);
  }
}
const batches = (xs: string[]) => new Set(xs.map((x) => x.split(':')[0]));
for (const [id, w] of [...wins].sort()) {
  if (!w.top1.length && !w.top3.length && !w.lose1.length && !w.lose3.length) continue;
  const b = batches([...w.top1, ...w.top3]);
  const flag = b.size === 1 && !w.lose1.length && !w.lose3.length ? 'ONE-BATCH' : b.size === 0 ? 'NET-LOSS' : '';
  console.log(`${flag.padEnd(9)} ${id}  wins top1 ${w.top1.length} top3 ${w.top3.length} [${[...b].join(',')}]  costs top1 ${w.lose1.length} top3 ${w.lose3.length} [${[...batches([...w.lose1, ...w.lose3])].join(',')}]`);
  if (process.argv.includes('--cases')) console.log('   ', w.top1.join(' '), '|', w.top3.join(' '), '| costs', w.lose1.join(' '), w.lose3.join(' '));
}
