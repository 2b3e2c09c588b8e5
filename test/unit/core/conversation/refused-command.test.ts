/**
 * "I can't run that here": the team cannot run commands where it fails (a CI job, a container, a managed
 * service), so the next step is a question it can answer in words, not a second command to refuse
 * (policy.ts `refusedACommand`).
 */
import { step } from '../../../../src/core/conversation/engine';
import { probeById } from '../../../../src/core/knowledge';
import { refusedACommand } from '../../../../src/core/conversation/policy';
import type { CaseState } from '../../../../src/core/conversation/types';
import { T0 } from '../../../helpers/case-script';

const at = new Date(T0).toISOString();
const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const S3_UNKNOWN_KEY = 'An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.';

/** Answers every step as a team that knows nothing and can run nothing; returns the steps asked, in order. */
function stepsAsked(opening: string): string[] {
  let r = step(undefined, { kind: 'paste', text: opening, user: 'U01ALICE', at, addressed: true }, ctx)!;
  const seen: string[] = [];
  while (r.state.phase === 'diagnosing' && r.state.pending && seen.length < 10) {
    seen.push(r.state.pending.id);
    const text = r.state.pending.kind === 'command' ? "I can't run that here" : "I don't know";
    r = step(r.state as CaseState, { kind: 'paste', text, user: 'U01ALICE', at }, ctx)!;
  }
  return seen;
}

const isCommand = (id: string) => probeById(id)?.kind === 'command';

describe('after a command the team cannot run', () => {
  it('asks no second command: an S3 unknown-key error goes on with questions in words', () => {
    const seen = stepsAsked(S3_UNKNOWN_KEY);
    const refused = seen.findIndex(isCommand);
    expect(refused).toBeGreaterThanOrEqual(0);
    const after = seen.slice(refused + 1);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter(isCommand)).toEqual([]);
  });

  it('allows commands again once the team pastes a command output after all (a caller identity)', () => {
    let r = step(undefined, { kind: 'paste', text: S3_UNKNOWN_KEY, user: 'U01ALICE', at, addressed: true }, ctx)!;
    while (r.state.pending && !isCommand(r.state.pending.id)) {
      r = step(r.state as CaseState, { kind: 'paste', text: "I don't know", user: 'U01ALICE', at }, ctx)!;
    }
    expect(r.state.pending).toBeDefined();
    expect(refusedACommand(r.state as CaseState)).toBe(false);
    r = step(r.state as CaseState, { kind: 'paste', text: "I can't run that here", user: 'U01ALICE', at }, ctx)!;
    expect(refusedACommand(r.state as CaseState)).toBe(true);
    const identity = '{\n    "UserId": "AIDAJQABLZS4A3QDU576Q",\n    "Account": "111122223333",\n    "Arn": "arn:aws:iam::111122223333:user/alice"\n}';
    r = step(r.state as CaseState, { kind: 'paste', text: identity, user: 'U01ALICE', at }, ctx)!;
    expect(refusedACommand(r.state as CaseState)).toBe(false);
  });
});
