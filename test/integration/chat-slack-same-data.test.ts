/**
 * "The chat and Slack behave identically on the same inputs", compared on the replies' data and not
 * only their kind: the same scripted cases (words, numbered and mixed answers, buttons, verification
 * with an expected account, a late "what fixed it", AccessDenied) go through `chat --jsonl`'s code and
 * through the real Bolt app over loopback (HTTP, against the fake Slack API). Per input both sides
 * must agree on the kind of reply, the question, the fix, the whole ranking (cause ids and shares),
 * the phase, the verification outcome and what fixed it; the percentages Slack renders must be the
 * ranking's.
 */
import { createCaseStore } from '../../src/adapters/store/case-store';
import { actionId, encodeButtonValue, type ButtonValue } from '../../src/adapters/slack/action-values';
import { kindOf } from '../../src/adapters/cli/chat-jsonl';
import type { CaseState } from '../../src/core/conversation/types';
import type { RecordedCall } from '../helpers/fake-slack/fake-slack';
import { startHarness, type Harness } from '../helpers/fake-slack/harness';
import { jsonlChat } from '../helpers/jsonl-chat';
import { PASTES } from '../helpers/pastes';
import { blocksOf, buttonValues, flowLogs } from '../helpers/slack-replies';
import { PLATFORM_LABELS } from '../../src/core/conversation/runtime';

type Input = { text: string } | { answer: { question: string; choice: string } } | { command: 'done' | 'confirm' | 'not-this' | 'other-platforms' };

interface Seen {
  kind: string;
  question?: string;
  fix?: string;
  phase?: string;
  ranking?: Array<[string, number]>;
  verification?: string;
  fixedBy?: string;
  /** The platforms whose steps the fix shows (the others are behind "other platforms"). */
  shown?: string[];
}

const identity = (account: string) => JSON.stringify({ UserId: 'AIDAIOSFODNN7EXAMPLE', Account: account, Arn: `arn:aws:iam::${account}:user/deploy` }, null, 2);
const TERRAFORM = [
  '2026-11-22T08:41:03.120Z [INFO]  provider.terraform-provider-aws_v5.31.0_x5: AWS Auth provider used: "EnvProvider": tf_provider_addr=registry.terraform.io/hashicorp/aws',
  'Error: reading S3 Bucket (tf-state-ops): AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::tf-state-ops" because no resource-based policy allows the s3:ListBucket action',
].join('\n');

const SCRIPTS: Record<string, Input[]> = {
  'unknown key, mixed answer, expected account, verification and a late note': [
    { text: `${PASTES.cliInvalidToken}\nIt should be account 111122223333` },
    { text: "2, it's on my laptop" },
    { text: 'other platforms' },
    { command: 'done' },
    { text: identity('123456789012') },
    { text: identity('111122223333') },
    { text: 'resolved - exported AWS_SESSION_TOKEN next to the keys' },
    { text: 'thanks!' },
  ],
  'a CI runner in the paste, the platform choice and the other platforms': [
    { text: `${PASTES.cliInvalidToken}\nError: Process completed with exit code 255.\n  GITHUB_ACTIONS: true` },
    { text: `$ aws configure list\n${PASTES.configureListEnv}` },
    { command: 'confirm' },
    { command: 'other-platforms' },
    { text: 'other platforms' },
    { command: 'done' },
    { text: identity('123456789012') },
  ],
  'AccessDenied with the provider line, a button answer, confirm, "not this"': [
    { text: TERRAFORM },
    { answer: { question: 'resource-account', choice: 'other' } },
    { text: 'the state bucket lives in the ops account 111122223333' },
    { command: 'not-this' },
    { command: 'confirm' },
    { command: 'done' },
  ],
  'configure list pasted mid-case, a trust policy during verification': [
    { text: PASTES.cliInvalidToken },
    { text: `$ aws configure list\n${PASTES.configureListEnv}` },
    { command: 'confirm' },
    { command: 'other-platforms' },
    { command: 'done' },
    { text: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/deploy' }, Action: 'sts:AssumeRole' }] }, null, 2) },
    { text: identity('123456789012') },
  ],
};

const rankingOf = (causes: Array<{ cause: string; p: number }> | undefined) => (causes ?? []).map((c): [string, number] => [c.cause, c.p]);
const stateRanking = (s: CaseState) => s.causes.filter((c) => c.score > 0).map((c): [string, number] => [c.id, Math.round(c.score * 1000) / 1000]);

/** The shares Slack printed in its "Most likely causes" section, in order. */
const renderedShares = (calls: RecordedCall[]) => {
  const section = blocksOf(calls).find((b) => b.text?.text?.startsWith('*Most likely causes*'));
  return section ? [...section.text!.text!.matchAll(/\((\d+)%\)/g)].map((m) => Number(m[1])) : undefined;
};

/** The platforms whose steps Slack posted: each platform's section starts with its label in bold. */
const shownPlatforms = (calls: RecordedCall[]) => {
  const byLabel = new Map(Object.entries(PLATFORM_LABELS).map(([id, label]) => [`*${label}*`, id]));
  return blocksOf(calls).flatMap((b) => {
    const head = b.type === 'section' ? b.text?.text?.split('\n')[0] : undefined;
    const id = head ? byLabel.get(head) : undefined;
    return id ? [id] : [];
  });
};

describe('chat --jsonl and Slack give the same reply data on the same inputs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each(Object.entries(SCRIPTS))('%s', async (name, inputs) => {
    // The terminal side: chat --jsonl's own code.
    const chat = await jsonlChat(`same-${name.length}`);
    const expected: Seen[] = [];
    const chatShares: Array<number[] | undefined> = [];
    for (const input of inputs) {
      const r = await chat.send(input);
      const s = chat.session.state;
      expected.push({
        kind: r.kind,
        ...(r.question ? { question: r.question.id } : {}),
        ...(r.fix ? { fix: r.fix.cause } : {}),
        phase: r.phase,
        ranking: rankingOf(r.ranking),
        ...(s?.verification?.outcome ? { verification: s.verification.outcome } : {}),
        ...(s?.fixedBy ? { fixedBy: s.fixedBy } : {}),
        ...(r.fix?.platforms ? { shown: r.fix.platforms.filter((p) => p.shown).map((p) => p.platform) } : {}),
      });
      chatShares.push(r.ranking?.slice(0, 3).map((c) => Math.round(c.p * 100)));
    }

    // The Slack side: the same inputs as thread messages and button clicks.
    const channel = `CSAME${Object.keys(SCRIPTS).indexOf(name)}`;
    const cases = createCaseStore(h.kv, 86400);
    const seen: Seen[] = [];
    let root = '';
    for (const [i, input] of inputs.entries()) {
      const before = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).length;
      const logsBefore = root ? flowLogs(h, `${channel}/${root}`).length : 0;
      if ('text' in input) {
        const { body } = await h.sendEvent({ text: input.text, channel, ...(root ? { thread_ts: root } : {}) });
        root ||= (body.event as { ts: string }).ts;
      } else {
        const state = (await cases.get({ channel, thread: root }))!;
        const current = state.scoring?.current ?? state.causes[0]!.id;
        const value: ButtonValue =
          'answer' in input
            ? { k: 'answer', q: input.answer.question, c: input.answer.choice }
            : input.command === 'done'
              ? { k: 'step-done' }
              : input.command === 'confirm'
                ? { k: 'confirm', cause: state.causes[0]!.id }
                : input.command === 'other-platforms'
                  ? { k: 'platforms' }
                  : { k: 'reject', cause: current };
        await h.sendAction({ actionId: actionId(value.k, 0), value: encodeButtonValue(value), messageTs: root, threadTs: root, channel });
      }
      const key = `${channel}/${root}`;
      await h.fake.waitFor(() => flowLogs(h, key).length > logsBefore, `the Slack replies to input ${i + 1} of "${name}"`);
      const log = flowLogs(h, key)[logsBefore]!;
      const posted = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).slice(before);
      const buttons = buttonValues(posted);
      const state = (await cases.get({ channel, thread: root }))!;
      const kind = kindOf(log.replies.map((type) => ({ type })));
      const question = kind === 'question' ? buttons.find((b) => b.k === 'answer')?.q : log.replies.includes('command') ? state.pending?.id : undefined;
      const fix = log.replies.includes('remediation') ? buttons.find((b) => b.k === 'reject')?.cause : undefined;
      seen.push({
        kind,
        ...(question ? { question } : {}),
        ...(fix ? { fix } : {}),
        phase: state.phase,
        ranking: stateRanking(state),
        ...(state.verification?.outcome ? { verification: state.verification.outcome } : {}),
        ...(state.fixedBy ? { fixedBy: state.fixedBy } : {}),
        ...(fix ? { shown: shownPlatforms(posted) } : {}),
      });
      const shares = renderedShares(posted);
      // Slack rounds the exact share to a whole percent, the protocol to three decimals: at most one point apart.
      if (shares) expect({ input: i + 1, apart: shares.map((x, j) => Math.abs(x - (chatShares[i]?.[j] ?? NaN)) <= 1) }).toEqual({ input: i + 1, apart: shares.map(() => true) });
    }
    expect(seen).toEqual(expected);
    // The scripts reach what they are about.
    const kinds = expected.map((e) => e.kind);
    expect(kinds).toContain('fix');
    expect(expected.some((e) => e.verification !== undefined || e.fix === 'authorization-not-authentication')).toBe(true);
    // Every fix shows some platforms' steps, never all six at once unless asked for.
    for (const e of expected.filter((x) => x.shown)) expect(e.shown!.length).toBeGreaterThan(0);
  }, 90_000);
});
