/**
 * The answer likelihoods fitted on real threads (knowledge/answer-likelihoods.ts): every row names a question, an
 * answer and a cause the catalogue has (a renamed choice would otherwise drop its factors silently), and they move
 * only ASKED answers — what a paste shows is weighed from the catalogue as written (rules/shown-answers.ts), since
 * the table was fitted and measured on asked answers.
 */
import { ANSWER_LIKELIHOODS, fittedEffects } from '../../../../src/core/knowledge/answer-likelihoods';
import { PROBES } from '../../../../src/core/knowledge/probes';
import { SHOWN_STRENGTH, shownRules } from '../../../../src/core/rules/shown-answers';
import { CAUSE_IDS, type CauseId } from '../../../../src/core/taxonomy';

describe('ANSWER_LIKELIHOODS', () => {
  it('names only questions, choices and causes of the catalogue', () => {
    const missing: string[] = [];
    for (const [probeId, rows] of Object.entries(ANSWER_LIKELIHOODS)) {
      const q = PROBES.find((p) => p.id === probeId);
      if (q?.kind !== 'question') {
        missing.push(probeId);
        continue;
      }
      for (const [choiceId, factors] of Object.entries(rows)) {
        if (!q.choices.some((c) => c.id === choiceId)) missing.push(`${probeId}.${choiceId}`);
        for (const cause of Object.keys(factors)) if (!CAUSE_IDS.includes(cause as CauseId)) missing.push(`${probeId}.${choiceId}: ${cause}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(ANSWER_LIKELIHOODS).length).toBeGreaterThan(0);
  });

  it('scales an answer by its factors and leaves the catalogue as written', () => {
    const target = PROBES.find((p) => p.id === 'target');
    if (target?.kind !== 'question') throw new Error('no target question');
    const local = target.choices.find((c) => c.id === 'local')!;
    const before = { ...local.effects };
    const f = ANSWER_LIKELIHOODS.target!.local!['region-endpoint']!;
    expect(fittedEffects('target', 'local', local.effects)['region-endpoint']).toBeCloseTo((local.effects['region-endpoint'] ?? 1) * f, 9);
    expect(fittedEffects('target', 'local', local.effects, {})).toEqual(local.effects);
    expect(local.effects).toEqual(before);
  });
});

describe('shown-answer rules', () => {
  it('weigh what a paste shows from the catalogue, not the fitted table', () => {
    const rules = shownRules();
    for (const [probeId, rows] of Object.entries(ANSWER_LIKELIHOODS)) {
      const q = PROBES.find((p) => p.id === probeId);
      if (q?.kind !== 'question') continue;
      for (const [choiceId, factors] of Object.entries(rows)) {
        const choice = q.choices.find((c) => c.id === choiceId)!;
        for (const cause of Object.keys(factors) as CauseId[]) {
          const rule = rules.get(cause)?.rules.find((r) => r.id === `shown.${probeId}.${choiceId}`);
          const ratio = choice.effects[cause] ?? 1;
          const w = ratio === 1 ? 0 : Math.round(SHOWN_STRENGTH * Math.log(ratio) * 1000) / 1000;
          const signed = rule ? (rule.polarity === 'for' ? rule.weight : -rule.weight) : 0;
          expect({ rule: `shown.${probeId}.${choiceId} → ${cause}`, weight: signed }).toEqual({ rule: `shown.${probeId}.${choiceId} → ${cause}`, weight: w });
        }
      }
    }
  });
});
