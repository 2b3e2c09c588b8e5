import { diagnose } from './src/core/diagnose';
import { loadRankCases } from './scripts/corpus/rank-cases';
import { readFileSync } from 'node:fs';
const want = process.argv.slice(2);
for (const c of loadRankCases()) {
  if (!want.some((w) => c.file.startsWith(w))) continue;
  const dir = c.corpus === 'paste' ? 'real-pastes' : 'real-conversations';
  const j = JSON.parse(readFileSync(`test/fixtures/${dir}/tuning/${c.file}`, 'utf8'));
  let line: string | undefined;
  diagnose(j.paste ?? j.opening, { onSignals: (x) => { line = x.find((s) => s.id === c.family)?.at?.excerpt; } });
  console.log(`== ${c.corpus} ${c.file} want ${c.cause} [${[...c.ok].join(',')}] tool=${j.tool}\n   LINE: ${line}\n   RES: ${String(j.resolution ?? j.resolutionSummary ?? '').slice(0, 200)}`);
}
