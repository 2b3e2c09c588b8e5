/**
 * What a paste shows that answers a question is read by diagnose (extract/shown-answers.ts) and weighed
 * as that answer's evidence (rules/shown-answers.ts), so diagnose and the chat's belief rank with it alike.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';
import { weighShown } from '../../../../src/core/rules/shown-answers';
import { T0 } from '../../../helpers/case-script';

const now = new Date(T0);
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
/** A Windows user profile that is not a CI runner's: the runtime question's "a laptop" (aws/aws-cli#7017). */
const LAPTOP = 'PS C:\\Users\\jane> aws sts get-caller-identity --profile dev\nPS C:\\Users\\jane> aws configure list --profile dev';

const shownEvidence = (text: string, id: string) => diagnose(text, { now }).causes.flatMap((c) => c.evidence.filter((e) => e.id === id).map((e) => ({ cause: c.id, polarity: e.polarity, line: e.at?.line })));

describe('diagnose weighs what a paste shows as the answer it gives', () => {
  it('when a paste shows where it runs beside a credential error, then that reading is a fact with its line and evidence for and against causes', () => {
    const text = `${LAPTOP}\n${ERROR}`;
    const d = diagnose(text, { now });
    expect(d.facts.shown).toContainEqual({ probe: 'runtime', choice: 'laptop' });
    expect(d.facts.locations['shown.runtime']?.line).toBe(1);
    const ev = shownEvidence(text, 'shown.runtime.laptop');
    // The "a laptop" answer's ratios (knowledge/probes.ts): wrong-profile ×1.5, role credentials ×0.2.
    expect(ev).toContainEqual({ cause: 'wrong-profile', polarity: 'for', line: 1 });
    expect(ev).toContainEqual({ cause: 'role-credentials-unavailable', polarity: 'against', line: 1 });
  });

  it('when another reader already reported the fact the question asks (a GitHub Actions runtime), then the reading is not weighed again', () => {
    const text = `##[error]${ERROR}\n${LAPTOP}`;
    expect(diagnose(text, { now }).facts.runtime).toBe('github-actions');
    expect(shownEvidence(text, 'shown.runtime.laptop')).toEqual([]);
  });

  it('when no credential error is shown, then a reading moves nothing', () => {
    expect(shownEvidence(`${LAPTOP}\nDone.`, 'shown.runtime.laptop')).toEqual([]);
  });

  it('when a choice is weighed, then the scores move by its ratios: a ratio above 1 raises, below 1 lowers, a question without a choice is not weighed', () => {
    const causes = () => [
      { id: 'wrong-profile' as const, score: 0.5, evidence: [{ id: 'r', text: 't', polarity: 'for' as const, weight: 1.1 }] },
      { id: 'role-credentials-unavailable' as const, score: 0.5, evidence: [{ id: 'r', text: 't', polarity: 'for' as const, weight: 1.1 }] },
    ];
    const moved = causes();
    weighShown(moved, { keyIds: [], locations: {}, shown: [{ probe: 'runtime', choice: 'laptop' }] }, []);
    expect(moved[0]!.score).toBeGreaterThan(0.5);
    expect(moved[1]!.score).toBeLessThan(0.5);
    const unsettled = causes();
    weighShown(unsettled, { keyIds: [], locations: {}, shown: [{ probe: 'runtime' }] }, []);
    expect(unsettled.map((c) => c.score)).toEqual([0.5, 0.5]);
  });
});

describe('the chat reads the same facts', () => {
  function run(pastes: string[]): CaseState {
    let state: CaseState | undefined;
    for (const text of pastes) state = step(state, { kind: 'paste', text, user: 'U1', at: now.toISOString() }, { now })!.state;
    return state!;
  }

  it.each([
    ['a laptop path after the error', [ERROR, LAPTOP]],
    ['Lambda log lines after the error', [ERROR, 'START RequestId: 8f5e Version: $LATEST\nEND RequestId: 8f5e']],
    ['keys set without a token after the error', [ERROR, '[default]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = <redacted>']],
    ['an SSO profile after the error', [ERROR, '[profile dev]\nsso_start_url = https://example.awsapps.com/start\nsso_account_id = 111122223333']],
  ])('when %s is pasted without answers, then the ranking is diagnose of both pastes together', (_name, pastes) => {
    const state = run(pastes);
    expect(state.causes.map((c) => c.id)).toEqual(diagnose(pastes.join('\n'), { now }).causes.map((c) => c.id));
  });

  it('when a paste shows where it runs, then the runtime question is not asked and the ranking has the reading in it', () => {
    const state = run([ERROR, LAPTOP]);
    expect(state.asked.map((a) => a.id)).not.toContain('runtime');
    expect(state.scoring?.statedInPastes).toContain('runtime');
    const together = diagnose(`${ERROR}\n${LAPTOP}`, { now });
    expect(together.causes.find((c) => c.id === 'wrong-profile')!.evidence.map((e) => e.id)).toContain('shown.runtime.laptop');
  });
});
