import { loadRankCases } from './scripts/corpus/rank-cases';
import { TALK_WEIGHTS } from './src/core/rules/cause-talk-weights';
let n = 0, hit = 0;
const miss: string[] = [];
for (const c of loadRankCases()) {
  if (c.corpus !== 'paste' || !c.shown || !(c.cause in TALK_WEIGHTS)) continue;
  n++;
  if ([...c.ok].some((k) => c.signals.has(`hint.talk-${k}`))) hit++;
  else miss.push(`${c.cause} ${c.family} ${c.file}`);
}
console.log(`talk of the labelled cause in ${hit}/${n} shown pastes`);
console.log(miss.sort().join('\n'));
