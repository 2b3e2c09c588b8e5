/**
 * One list of runtimes and their markers (src/core/extract/runtimes.ts) feeds diagnose's runtime fact, the
 * conversation's platform choice, the paste readings and the belief's agreement of answers with pasted runtimes.
 */
import { DIAGNOSED_RUNTIMES, RUNTIME_KINDS, RUNTIME_MARKERS, markersFor } from '../../../../src/core/extract/runtimes';
import { PLATFORM_MARKERS, SAID_MARKERS, SHELL_MARKERS, PLATFORM_LABELS, whereFromValues } from '../../../../src/core/conversation/runtime';
import { shownAnswers } from '../../../../src/core/extract/shown-answers';
import { apply, emptyScoring, overruleAnswers } from '../../../../src/core/conversation/belief';
import { probeById } from '../../../../src/core/knowledge';
import { diagnose } from '../../../../src/core/diagnose';
import type { QuestionProbe } from '../../../../src/core/knowledge/types';
import type { RemediationVariant, Reply } from '../../../../src/core/conversation/types';
import { renderReply } from '../../../../src/adapters/cli/render-terminal';
import { renderMessages } from '../../../../src/adapters/slack/render-blocks';

const question = probeById('runtime') as QuestionProbe;

describe('runtimes: one list', () => {
  it('every marker names a runtime of the list and a source', () => {
    for (const m of RUNTIME_MARKERS) {
      expect(RUNTIME_KINDS[m.runtime]).toBeDefined();
      expect(m.source.length).toBeGreaterThan(5);
    }
  });

  it("every runtime answers a choice of the runtime question, and every choice but 'not sure' is some runtime's answer", () => {
    const choices = question.choices.map((c) => c.id).filter((id) => id !== 'unknown');
    for (const k of Object.values(RUNTIME_KINDS)) expect(choices).toContain(k.answer);
    for (const c of choices) expect(Object.values(RUNTIME_KINDS).some((k) => k.answer === c)).toBe(true);
  });

  it('diagnose reports only runtimes of the list', () => {
    expect(DIAGNOSED_RUNTIMES).toEqual(['github-actions', 'gitlab-ci', 'eks', 'ecs', 'lambda', 'ec2', 'wsl', 'docker']);
    expect(diagnose('##[error]The security token included in the request is invalid.').facts.runtime).toBe('github-actions');
  });

  it("a runtime is named the same whichever marker found it (the platform's own marker or diagnose's runtime fact)", () => {
    for (const m of PLATFORM_MARKERS) expect(m.label).toBe(RUNTIME_KINDS[m.runtime as keyof typeof RUNTIME_KINDS].label);
    for (const id of DIAGNOSED_RUNTIMES) expect(whereFromValues({ runtime: [id] }).label).toBe(RUNTIME_KINDS[id].label);
    expect(PLATFORM_MARKERS.find((m) => m.runtime === 'azure-pipelines')?.label).toBe('Azure Pipelines');
  });

  it('the conversation reads the markers of each use in list order', () => {
    expect(PLATFORM_MARKERS.map((m) => m.re)).toEqual(markersFor('platform').map((m) => m.re));
    expect(SHELL_MARKERS.map((m) => m.re)).toEqual(markersFor('shell').map((m) => m.re));
    expect(SAID_MARKERS.map((m) => m.re)).toEqual(markersFor('words').map((m) => m.re));
  });

  it("a paste's runtime shape answers the choice of its runtime", () => {
    expect(shownAnswers('START RequestId: 1f2e Version: $LATEST\nUnrecognizedClientException')).toContainEqual(expect.objectContaining({ probe: 'runtime', choice: 'aws-compute' }));
    expect(shownAnswers('cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token')).toContainEqual(expect.objectContaining({ probe: 'runtime', choice: 'kubernetes' }));
  });

  it.each([
    ['ci', 'gitlab-ci'],
    ['ecs', 'docker'],
    ['ec2', 'lambda'],
    ['laptop', 'wsl'],
  ])('an answer that implied runtime %s agrees with a pasted %s (its member), so it is not overruled', (said, pasted) => {
    const sc = emptyScoring();
    apply(sc, 'answer:runtime', '2026-01-01T00:00:00Z', {}, 'said', { runtime: said });
    expect(overruleAnswers(sc, { runtime: [pasted] })).toEqual([]);
    expect(overruleAnswers(sc, { runtime: ['eks'] })).toEqual(['said']);
  });
});

describe('platform labels: one map for the terminal and Slack', () => {
  const fix = (platform: RemediationVariant['platform']): Reply => ({
    type: 'remediation',
    causeId: 'temporary-credentials-expired',
    title: 'Refresh the session',
    variants: [{ platform, steps: [{ text: 'Do the thing.' }] }],
    avoid: [],
    links: [],
  });

  it.each(Object.keys(PLATFORM_LABELS) as Array<RemediationVariant['platform']>)('the terminal and Slack head the %s steps with the same label', (platform) => {
    const terminal = /^ {2}\[(.+)\]$/m.exec(renderReply(fix(platform)))?.[1];
    const slack = renderMessages([fix(platform)])
      .flatMap((m) => m.blocks)
      .map((b) => (b.type === 'section' && b.text?.type === 'mrkdwn' ? /^\*([^*\n]+)\*\n1\. /.exec(b.text.text)?.[1] : undefined))
      .find((l) => l !== undefined);
    expect(terminal).toBeDefined();
    expect(slack).toBe(terminal);
  });
});
