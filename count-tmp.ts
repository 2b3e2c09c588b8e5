import { loadRankCases } from './scripts/corpus/rank-cases';
import { readFileSync } from 'node:fs';
const re = new RegExp(process.argv[2]!, 'i');
const fam = process.argv[3];
const m = new Map<string, number>();
for (const c of loadRankCases()) {
  if (fam && c.family !== fam) continue;
  const dir = c.corpus === 'paste' ? 'real-pastes' : 'real-conversations';
  const j = JSON.parse(readFileSync(`test/fixtures/${dir}/tuning/${c.file}`, 'utf8'));
  const t: string = j.paste ?? j.opening;
  const hit = t.split('\n').find((l) => re.test(l));
  if (!hit) continue;
  m.set(c.cause, (m.get(c.cause) ?? 0) + 1);
  console.log(`${c.cause.padEnd(34)} ${c.family ?? '-'} ${c.file.slice(0, 40).padEnd(40)} | ${hit.trim().slice(0, 130)}`);
}
console.log([...m].sort((a, b) => b[1] - a[1]));
