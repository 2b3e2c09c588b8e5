/**
 * A case opened from a description (no error text), when awskey is addressed directly: the terminal
 * chat, `chat --jsonl`, an @mention or a DM. Passive listening stays silent on the same words.
 */
import { step } from '../../../../src/core/conversation/engine';
import { describesCredentialProblem } from '../../../../src/core/conversation/description';
import { DESCRIBED_PRIOR } from '../../../../src/core/conversation/description-prior';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { T0, ofType } from '../../../helpers/case-script';

const at = new Date(T0).toISOString();
const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const say = (text: string, addressed: boolean) => step(undefined, { kind: 'paste', text, user: 'U01ALICE', at, addressed }, ctx);
function opened(text: string): { state: CaseState; replies: Reply[] } {
  const r = say(text, true);
  if (!r) throw new Error('no case opened');
  return r;
}

describe('a case opened from a description', () => {
  // From test/fixtures/real-conversations/tuning (openings with no error text).
  const CIRCLE = [
    'the publish pipeline is failing in `Configure AWS Credentials` before `npm publish`',
    '`aws-actions/configure-aws-credentials` is using `role-to-assume`, which requires a GitHub OIDC token',
    'the workflow only grants `contents: read`, so the job cannot mint that token',
  ].join('\n');

  it.each([
    ['our lambda can\'t authenticate to S3'],
    ['keys work locally but not in CI, the access key is the same'],
    ['authenticating w/o sessionToken from the SDK'],
    ["why doesn't scout work in me-south-1 region, but aws cli works normally?"],
    [CIRCLE],
  ])('opens a case when awskey is addressed: %s', (text) => {
    const r = opened(text);
    expect(r.state.scoring?.described).toBe(true);
    expect(ofType(r.replies, 'heading')[0]!.text).toMatch(/from your description/);
    expect(ofType(r.replies, 'text')[0]!.text).toMatch(/no AWS error in your message/i);
    // Something to do next: a question, a command, or (when the words settle it) the fix.
    expect(r.replies.some((x) => x.type === 'question' || x.type === 'command' || x.type === 'remediation')).toBe(true);
  });

  it('stays silent on the same words in passive listening (not addressed)', () => {
    expect(say("our lambda can't authenticate to S3", false)).toBeUndefined();
    expect(say(CIRCLE, false)).toBeUndefined();
  });

  it('stays silent, even addressed, on words that are not about AWS credentials', () => {
    for (const text of ['thanks, that helped a lot', 'hello there', 'the build is slow today, any idea?', 'ok']) {
      expect(describesCredentialProblem(text)).toBe(false);
      expect(say(text, true)).toBeUndefined();
    }
  });

  it('reads statements of fact in the description without recording them as answers ("w/o sessionToken")', () => {
    const r = opened('Our job is authenticating w/o sessionToken, the key starts with ASIA');
    expect(r.state.causes[0]!.id).toBe('missing-session-token');
    // Nothing was asked, so nothing was answered; the key-prefix question is not asked either.
    expect(r.state.asked.filter((a) => a.answer !== undefined)).toEqual([]);
    expect(r.state.pending?.id).not.toBe('key-prefix');
    expect(r.state.timeline.some((e) => /said: .*session token/i.test(e.event))).toBe(true);
  });

  it('ranks from the described-problem prior when the words say nothing specific', () => {
    const r = opened('we have a problem with our AWS credentials');
    const top = Object.entries(DESCRIBED_PRIOR).sort((a, b) => b[1] - a[1])[0]![0];
    expect(r.state.causes[0]!.id).toBe(top);
    expect(r.state.causes.find((c) => c.id === 'not-aws-credential-error')!.score).toBeLessThan(0.01);
  });

  it('a pasted error later replaces the prior with the diagnosis of the pasted text', () => {
    const r = opened('our deploy job cannot authenticate to AWS since this morning');
    const next = step(r.state, { kind: 'paste', text: 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired', user: 'U01ALICE', at }, ctx)!;
    expect(next.state.causes[0]!.id).toBe('temporary-credentials-expired');
  });
});
