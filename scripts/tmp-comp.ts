import { tuningCases, trainingDocs, K } from './eval-learned-cv';
import { trainTextModel, causePosteriors, DEFAULT_SCORE } from '../src/core/rules/text-model';
const cases = tuningCases();
let n=0, modelRight=0, modelTop3=0;
for (let f=0; f<K; f++) {
  const m = trainTextModel(trainingDocs(cases.filter(x=>x.fold!==f)));
  for (const x of cases.filter(y=>y.fold===f && y.c.cause!=='not-aws-credential-error' && y.c.text_shows_cause && y.d.detected)) {
    const ok = new Set<string>([x.c.cause, ...x.c.also_acceptable]);
    if (ok.has(x.d.causes[0]!.id)) continue;
    n++;
    const r = [...causePosteriors(m, x.text, {...DEFAULT_SCORE, alpha:0.1})].sort((a,b)=>b[1]-a[1]);
    if (ok.has(r[0]![0])) modelRight++;
    if (r.slice(0,3).some(y=>ok.has(y[0]))) modelTop3++;
    console.log(x.c.cause, 'rules:', x.d.causes.slice(0,3).map(c=>c.id+':'+c.score).join(' '), 'model:', r.slice(0,3).map(y=>y[0]+':'+y[1].toFixed(2)).join(' '));
  }
}
console.log({n, modelRight, modelTop3});
