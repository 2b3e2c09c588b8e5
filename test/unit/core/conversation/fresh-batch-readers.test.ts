/**
 * Readers of classes of phrasing found in the misses of the conversations' tuning batch 9 (stop 23, second wave),
 * each through the real engine (`awskey chat --jsonl`'s code path, the simulated user answering from a truth
 * profile) with a control that fails without the reader.
 */
import { replay, type ConversationCase } from '../../../helpers/sim-user';
import { syntheticCase } from '../../../helpers/synthetic-case';
import { interpret, statementsIn } from '../../../../src/core/conversation/interpreter';
import { PROBES, probeById } from '../../../../src/core/knowledge';
import type { QuestionProbe } from '../../../../src/core/knowledge/types';
import type { CauseId } from '../../../../src/core/taxonomy';

const OPEN = PROBES.map((p) => p.id);
const withCause = (c: ConversationCase, cause: CauseId): ConversationCase => ({ ...c, cause });

describe('a machine clock said to be wrong, whoever owns it', () => {
  // AFNetworking/AFAmazonS3Manager#68 (tuning, batch 9): a description with no error text.
  const AF_68 = (when: string) => `When I try to upload to s3 ${when}, I am getting error. Upload gets stuck in the middle and I get a time out error.`;

  it('"when my device time is wrong": the clock-skew fix comes first, and the clock is not asked', async () => {
    const r = await replay({ half: 'tuning', file: 'synthetic.json', c: withCause(syntheticCase(AF_68('when my device time is wrong')), 'clock-skew') });
    expect(r.firstFix).toBe('clock-skew');
    expect(r.turns.map((t) => t.question)).not.toContain('clock');
    // The control: the same description without the clock gets another fix first.
    const control = await replay({ half: 'tuning', file: 'synthetic.json', c: withCause(syntheticCase(AF_68('from my phone')), 'clock-skew') });
    expect(control.firstFix).not.toBe('clock-skew');
  });

  it.each([
    ['when my device time is wrong', 'off'],
    ['when time is out of sync, signed requests fail', 'off'],
    ["the phone's date was off", 'off'],
    ['an incorrect system clock', 'off'],
    ["my clock isn't synced", 'off'],
    ['the clock was not set correctly', 'off'],
    ['the clock is not in sync', 'off'],
    ['we use NTP and the clock is synced', 'right'],
  ])('"%s" states the clock is %s', (words, choice) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === 'clock')).toEqual([{ probeId: 'clock', choiceId: choice }]);
  });

  it.each(['it happened at the wrong time', 'the response time is slow', 'the clock was not the problem', 'this time is different'])('"%s" states nothing of the clock', (words) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === 'clock')).toEqual([]);
  });

  it.each([
    ['not correct', 'off'],
    ["it isn't synced", 'off'],
    ['it is correct', 'right'],
  ])('asked about the clock, "%s" is %s', (words, choice) => {
    expect(interpret(words, probeById('clock') as QuestionProbe, OPEN).answer).toEqual({ probeId: 'clock', choiceId: choice });
  });
});
