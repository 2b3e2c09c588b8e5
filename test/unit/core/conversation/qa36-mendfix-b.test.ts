/**
 * QA36's findings read in the conversation (/work/wt/briefs/qa36-findings.md F24): the finding's own messages, typed
 * one by one, as `chat` does.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';
import { T0 } from '../../../helpers/case-script';

const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const at = new Date(T0).toISOString();

function run(texts: string[]): CaseState {
  let state: CaseState | undefined;
  for (const text of texts) {
    const r = step(state, { kind: 'message', text, user: 'U01ALICE', at, addressed: true }, ctx);
    if (!r) throw new Error('no case');
    state = r.state;
  }
  return state!;
}
const applied = (s: CaseState) => s.scoring!.applied.map((a) => a.id);

describe('QA36 F24: a session token said present, in any phase', () => {
  const opening = 'pcluster update died on cloud9 again:\nERROR: Failed when retrieving cluster config version from DynamoDB with error An error occurred (UnrecognizedClientException) when calling the GetItem operation: The security token included in the request is invalid';
  it('when the credentials file is said to hold a session token after the fix is shown, then it counts as a token set', () => {
    const s = run([opening, 'ASIA', 'its cloud9, ~/.aws/credentials is the managed one with a session token, says do not modify']);
    expect(applied(s)).toContain('statement:session-token=yes');
    expect(applied(s)).toContain('fact:token-present');
  });
});
