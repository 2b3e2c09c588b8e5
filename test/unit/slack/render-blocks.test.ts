import fc from 'fast-check';
import type { Reply } from '../../../src/core/conversation/types';
import { CAUSE_IDS } from '../../../src/core/taxonomy';
import { decodeButtonValue } from '../../../src/adapters/slack/action-values';
import { LIMITS, renderMessages, splitPrivate } from '../../../src/adapters/slack/render-blocks';

type AnyBlock = { type: string; text?: { type: string; text: string }; elements?: Array<Record<string, unknown>> };
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const text = fc.string({ minLength: 1, maxLength: 5000 });
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/);
const causeId = fc.constantFrom(...CAUSE_IDS);
const snippet = fc.record({ shell: fc.constantFrom('bash', 'powershell', 'cmd', 'any') as fc.Arbitrary<'bash'>, code: fc.string({ maxLength: 2000 }) });
const reply: fc.Arbitrary<Reply> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), text }),
  fc.record({ type: fc.constant('text' as const), text }),
  fc.record({ type: fc.constant('warning' as const), text, private: fc.boolean() }),
  fc.record({ type: fc.constant('causes' as const), causes: fc.array(fc.record({ id: causeId, title: fc.string({ maxLength: 200 }), score: fc.double({ min: 0, max: 1, noNaN: true }), evidence: fc.array(fc.string({ maxLength: 400 }), { maxLength: 6 }) }), { maxLength: 15 }) }),
  fc.record({ type: fc.constant('question' as const), id, text, choices: fc.array(fc.record({ id, label: fc.string({ minLength: 1, maxLength: 200 }) }), { maxLength: 30 }), freeText: fc.boolean() }),
  fc.record({ type: fc.constant('command' as const), id, text, commands: fc.array(snippet, { maxLength: 4 }), pasteBack: fc.boolean() }),
  fc.record({
    type: fc.constant('remediation' as const),
    causeId,
    title: fc.string({ maxLength: 300 }),
    variants: fc.array(fc.record({ platform: fc.constantFrom('linux-macos', 'windows-powershell', 'ci', 'any') as fc.Arbitrary<'any'>, steps: fc.array(fc.record({ text: fc.string({ maxLength: 800 }), code: fc.array(snippet, { maxLength: 2 }) }), { maxLength: 8 }) }), { maxLength: 6 }),
    avoid: fc.array(fc.string({ maxLength: 300 }), { maxLength: 4 }),
    links: fc.array(fc.webUrl(), { maxLength: 4 }),
    primary: fc.integer({ min: 1, max: 6 }),
    playbooks: fc.array(fc.record({ id, title: fc.string({ maxLength: 200 }), steps: fc.array(fc.record({ text: fc.string({ maxLength: 800 }), code: fc.array(snippet, { maxLength: 2 }) }), { maxLength: 5 }), sources: fc.array(fc.webUrl(), { maxLength: 3 }) }), { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('verification' as const), text, commands: fc.array(snippet, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('summary' as const), markdown: fc.string({ maxLength: 12000 }) }),
  fc.record({ type: fc.constant('actions' as const), actions: fc.array(fc.oneof(fc.record({ id: fc.constant('resolve' as const), label: fc.string({ minLength: 1, maxLength: 100 }) }), fc.record({ id: fc.constant('reject-cause' as const), label: fc.string({ minLength: 1, maxLength: 100 }), causeId })), { maxLength: 30 }) }),
);

function checkLimits(blocks: AnyBlock[]): void {
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
  for (const b of blocks) {
    if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === 'section') expect(b.text!.text.length).toBeGreaterThan(0);
    if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === 'actions') {
      expect(b.elements!.length).toBeLessThanOrEqual(LIMITS.actionsElements);
      const ids = b.elements!.map((e) => e.action_id as string);
      expect(new Set(ids).size).toBe(ids.length); // unique within the block
      for (const e of b.elements!) {
        expect((e.text as { text: string }).text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        expect((e.value as string).length).toBeLessThanOrEqual(LIMITS.buttonValue);
        expect(e.action_id as string).toMatch(/^awskey:/);
        expect(decodeButtonValue(e.value as string)).toBeDefined();
      }
    }
  }
}

describe('renderMessages', () => {
  test('when any replies are rendered, then every message respects Block Kit limits and has a readable text fallback', () => {
    fc.assert(
      fc.property(fc.array(reply, { minLength: 1, maxLength: 12 }), (replies) => {
        for (const m of renderMessages(replies)) {
          checkLimits(m.blocks as AnyBlock[]);
          expect(m.text.length).toBeGreaterThan(0);
          expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
          expect(JSON.stringify(m.blocks).length).toBeLessThan(LIMITS.charsPerMessage + 7000); // one oversized block at most
        }
      }),
      { numRuns: 150 },
    );
  });

  test('when 60 replies are rendered, then they are split over several messages without losing a block', () => {
    const replies: Reply[] = Array.from({ length: 60 }, (_, i) => ({ type: 'text', text: `step ${i}` }));
    const messages = renderMessages(replies);
    expect(messages.length).toBe(2);
    expect(messages.flatMap((m) => m.blocks)).toHaveLength(60);
  });

  test('when a long code block is split, then each section keeps its code fence balanced', () => {
    const code = Array.from({ length: 400 }, (_, i) => `echo line-${i} ${'x'.repeat(20)}`).join('\n');
    const [m] = renderMessages([{ type: 'command', id: 'c', text: 'Run this:', commands: [{ shell: 'bash', code }], pasteBack: true }]);
    const sections = (m!.blocks as AnyBlock[]).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect((s.text!.text.match(/```/g) ?? []).length % 2).toBe(0);
  });

  test('when reply text holds a secret or Slack control characters, then the secret is redacted and < > & are escaped', () => {
    const [m] = renderMessages([
      { type: 'text', text: `config had aws_secret_access_key=${SECRET} at <anonymous> & <!channel>` },
      { type: 'question', id: 'q', text: 'Which?', choices: [{ id: 'a', label: `key ${SECRET}` }], freeText: false },
    ]);
    const json = JSON.stringify(m);
    expect(json).not.toContain(SECRET);
    expect(json).toContain('&lt;anonymous&gt; &amp; &lt;!channel&gt;');
    expect(json).not.toContain('<!channel>');
  });

  test('when a question is rendered, then each choice is a button whose value decodes to the question and choice ids', () => {
    const [m] = renderMessages([{ type: 'question', id: 'works-elsewhere', text: 'Does it work elsewhere?', choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }], freeText: true }]);
    const buttons = (m!.blocks as AnyBlock[]).find((b) => b.type === 'actions')!.elements!;
    expect(buttons.map((b) => decodeButtonValue(b.value as string))).toEqual([
      { k: 'answer', q: 'works-elsewhere', c: 'yes' },
      { k: 'answer', q: 'works-elsewhere', c: 'no' },
    ]);
  });

  test('when a fix follows the ranking, then the text fallback (notifications, screen readers) names the ranking as the blocks do, not "Most likely:" twice', () => {
    const [m] = renderMessages([
      { type: 'causes', causes: [{ id: 'missing-session-token', title: 'Temporary key sent without its session token', score: 0.9, evidence: [] }, { id: 'wrong-profile', title: 'The runtime uses another profile than intended', score: 0.1, evidence: [] }] },
      { type: 'heading', text: 'Most likely: Temporary key sent without its session token' },
    ]);
    expect(m!.text.split('\n')).toEqual(['Most likely causes: Temporary key sent without its session token; The runtime uses another profile than intended', 'Most likely: Temporary key sent without its session token']);
  });

  test('when case actions are rendered, then "Not this cause", "Resolved" and "Run lookup" map to their button values', () => {
    const [m] = renderMessages([
      { type: 'actions', actions: [{ id: 'reject-cause', label: 'Not this cause', causeId: 'clock-skew' }, { id: 'resolve', label: 'Resolved' }, { id: 'run-lookup', label: 'Run lookup', hint: 'AKIA…MPLE' }] },
    ]);
    const values = (m!.blocks as AnyBlock[])[0]!.elements!.map((b) => decodeButtonValue(b.value as string));
    expect(values).toEqual([{ k: 'reject', cause: 'clock-skew' }, { k: 'resolve' }, { k: 'run-lookup', hint: 'AKIA…MPLE' }]);
  });

  test('when the case summary holds a Markdown table, then Slack gets one readable line per row (mrkdwn has no tables)', () => {
    const markdown = ['## AWS credential case summary', '', '### Timeline (UTC)', '| Time | Who | Event |', '|---|---|---|', '| 2026-11-22T10:00:00Z | <@U012ABCDEF> | opened the case: a \\| b |'].join('\n');
    const [message] = renderMessages([{ type: 'summary', markdown }]);
    const shown = (message!.blocks as AnyBlock[]).map((b) => b.text?.text ?? '').join('\n');
    expect(shown).not.toMatch(/^\|/m);
    expect(shown).not.toContain('---');
    expect(shown).toContain('2026-11-22T10:00:00Z · <@U012ABCDEF> · opened the case: a | b');
  });

  test('when private warnings are mixed with public replies, then they are separated', () => {
    const { publicReplies, privateReplies } = splitPrivate([
      { type: 'warning', text: 'rotate', private: true },
      { type: 'warning', text: 'public note' },
      { type: 'text', text: 'hello' },
    ]);
    expect(privateReplies).toEqual([{ type: 'warning', text: 'rotate', private: true }]);
    expect(publicReplies).toHaveLength(2);
  });
});

describe('remediation for the runtime at hand', () => {
  const rem: Reply = {
    type: 'remediation',
    causeId: 'env-var-override',
    title: 'Remove the stale variables',
    variants: [
      { platform: 'ci', steps: [{ text: 'Find the job env block' }] },
      { platform: 'linux-macos', steps: [{ text: 'unset them in bash' }] },
      { platform: 'windows-powershell', steps: [{ text: 'Remove-Item Env:' }] },
    ],
    avoid: [],
    links: [],
    primary: 1,
    playbooks: [{ id: 'github-actions-oidc', title: 'GitHub Actions: OIDC role for the job', steps: [{ text: 'permissions: id-token: write' }], sources: ['https://docs.github.com/en/actions'] }],
  };
  const all = (r: Reply) => JSON.stringify(renderMessages([r]));

  it('when the runtime is known, then only its steps are shown and the other platforms are one line', () => {
    const out = all(rem);
    expect(out).toContain('Find the job env block');
    expect(out).not.toContain('unset them in bash');
    expect(out).not.toContain('Remove-Item Env:');
    expect(out).toMatch(/Other platforms: Linux \/ macOS, Windows PowerShell/);
  });

  it('when a tool playbook comes with the fix, then its steps and sources are shown', () => {
    const out = all(rem);
    expect(out).toContain('GitHub Actions: OIDC role for the job');
    expect(out).toContain('docs.github.com/en/actions');
  });

  it('when no runtime is known (no primary), then every platform is shown and no "other platforms" line', () => {
    const { primary: _p, ...every } = rem as Extract<Reply, { type: 'remediation' }>;
    const out = all(every);
    expect(out).toContain('unset them in bash');
    expect(out).not.toContain('Other platforms');
  });
});
