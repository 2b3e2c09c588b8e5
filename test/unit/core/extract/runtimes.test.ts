/**
 * One list of runtimes and their markers (src/core/extract/runtimes.ts) feeds diagnose's runtime fact, the
 * conversation's platform choice, the paste readings and the belief's agreement of answers with pasted runtimes.
 */
import { RUNTIME_KINDS, RUNTIME_MARKERS, markersFor, type RuntimeId } from '../../../../src/core/extract/runtimes';
import { PLATFORM_LABELS, whereFromValues, whereItRuns } from '../../../../src/core/conversation/runtime';
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';
import { T0 } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';
import { shownAnswers } from '../../../../src/core/extract/shown-answers';
import { apply, emptyScoring, overruleAnswers } from '../../../../src/core/conversation/belief';
import { probeById } from '../../../../src/core/knowledge';
import { diagnose } from '../../../../src/core/diagnose';
import type { QuestionProbe } from '../../../../src/core/knowledge/types';
import type { RemediationVariant, Reply } from '../../../../src/core/conversation/types';
import { renderReply } from '../../../../src/adapters/cli/render-terminal';
import { renderMessages } from '../../../../src/adapters/slack/render-blocks';

const question = probeById('runtime') as QuestionProbe;
const INVALID = PASTES.cliInvalidToken;

/** Said to awskey, so a paste opens a case whose texts the conversation reads. */
function opened(text: string): CaseState {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r.state;
}

/** One paste per `platform` row: what that platform sets or prints (each row's source names it). */
const PLATFORM_PASTES: Array<[RuntimeId, string]> = [
  ['github-actions', 'Run aws sts get-caller-identity\n##[error]Process completed with exit code 254.'],
  ['gitlab-ci', 'Running with gitlab-runner 16.4.0 (4e724e03)\n$ aws sts get-caller-identity'],
  ['circleci', '#!/bin/bash -eo pipefail\ncd /home/circleci/project && aws sts get-caller-identity'],
  ['jenkins', '[Pipeline] sh\n+ aws sts get-caller-identity'],
  ['bitbucket-pipelines', '+ cd /opt/atlassian/pipelines/agent/build && aws sts get-caller-identity'],
  ['buildkite', '~~~ Running buildkite-agent pipeline upload'],
  ['codebuild', '[Container] 2024/05/01 12:00:00.123456 Running command aws sts get-caller-identity'],
  ['azure-pipelines', '/home/vsts/work/_temp/1f2e.sh: aws sts get-caller-identity'],
  ['eks', 'KUBERNETES_SERVICE_HOST=10.100.0.1\nAWS_REGION=us-east-1'],
  ['ecs', 'ECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/abc'],
  ['lambda', 'START RequestId: 1f2e Version: $LATEST'],
  ['docker', 'root@3f4e5d6c7b8a:/app# aws sts get-caller-identity'],
];

describe('runtimes: one list', () => {
  it('every marker cites a page, or a public thread as owner/name#number (the laptop words: the corpus they were read in)', () => {
    for (const m of RUNTIME_MARKERS) expect(m.source).toMatch(/^https:\/\/\S+$|^[\w.-]+\/[\w.-]+#\d+$|test\/fixtures\/real-conversations/);
  });

  it("every runtime answers a choice of the runtime question, and every choice but 'not sure' is some runtime's answer", () => {
    const choices = question.choices.map((c) => c.id).filter((id) => id !== 'unknown');
    for (const k of Object.values(RUNTIME_KINDS)) expect(choices).toContain(k.answer);
    for (const c of choices) expect(Object.values(RUNTIME_KINDS).some((k) => k.answer === c)).toBe(true);
  });

  it.each([
    ['github-actions', '##[error]The security token included in the request is invalid.'],
    ['gitlab-ci', `GITLAB_CI=true\n${INVALID}`],
    ['eks', `IRSA: the pod's service account has no role\n${INVALID}`],
    ['ecs', `ECS_CONTAINER_METADATA_URI=http://169.254.170.2/v3/abc\n${INVALID}`],
    ['lambda', `/var/task/handler.py\n${INVALID}`],
    ['ec2', `curl http://169.254.169.254/latest/meta-data/\n${INVALID}`],
    ['wsl', `running the CLI in WSL2\n${INVALID}`],
    ['docker', `docker run --rm amazon/aws-cli sts get-caller-identity\n${INVALID}`],
  ] as Array<[RuntimeId, string]>)("diagnose reads %s as its runtime fact, and that fact names the runtime's platform by its label", (id, paste) => {
    expect(diagnose(paste).facts.runtime).toBe(id);
    const where = whereFromValues({ runtime: [id] });
    expect({ label: where.label, platform: where.platform }).toEqual({ label: RUNTIME_KINDS[id].label, platform: RUNTIME_KINDS[id].platform });
  });

  it('every platform marker, pasted, tells the conversation where it runs: that runtime, its label and platform', () => {
    // Each platform row has a paste here that no earlier row reads (order decides between two).
    for (const m of markersFor('platform')) expect(PLATFORM_PASTES.some(([id, text]) => id === m.runtime && m.re.test(text))).toBe(true);
    for (const [id, text] of PLATFORM_PASTES) {
      const where = whereItRuns(opened(`${text}\n${INVALID}`));
      expect({ runtime: where.runtime, label: where.label, platform: where.platform }).toEqual({ runtime: id, label: RUNTIME_KINDS[id].label, platform: RUNTIME_KINDS[id].platform });
    }
  });

  it("a CI job that runs a container is the job's to fix: the platform markers are read in their order", () => {
    expect(whereItRuns(opened(`Run aws-actions/configure-aws-credentials@v4\n##[error]x\nroot@3f4e5d6c7b8a:/app# aws s3 ls\n${INVALID}`)).runtime).toBe('github-actions');
  });

  it("a paste's runtime shape answers the choice of its runtime", () => {
    expect(shownAnswers('START RequestId: 1f2e Version: $LATEST\nUnrecognizedClientException')).toContainEqual(expect.objectContaining({ probe: 'runtime', choice: 'aws-compute' }));
    expect(shownAnswers('cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token')).toContainEqual(expect.objectContaining({ probe: 'runtime', choice: 'kubernetes' }));
  });

  it("Jenkins: its job's home and URL answer the runtime question in a paste; its pipeline's source only names the platform", () => {
    const runtimeShown = (text: string) => shownAnswers(text).find((a) => a.probe === 'runtime');
    expect(runtimeShown('+ cd /var/lib/jenkins/workspace/app\nUnrecognizedClientException')).toEqual(expect.objectContaining({ choice: 'ci' }));
    expect(runtimeShown('JENKINS_URL=https://ci.example.com/\nUnrecognizedClientException')).toEqual(expect.objectContaining({ choice: 'ci' }));
    expect(runtimeShown('[Pipeline] sh\n+ aws sts get-caller-identity\nUnrecognizedClientException')).toBeUndefined();
    for (const text of ['+ cd /var/lib/jenkins/workspace/app', '[Pipeline] sh', 'withAWS(role: "deploy") {']) expect(whereItRuns(opened(`${text}\n${INVALID}`)).runtime).toBe('jenkins');
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
