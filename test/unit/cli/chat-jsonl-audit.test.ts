/**
 * `chat --jsonl` carries what the terminal and Slack show: the playbooks of a fix (case-specific ones
 * first) and what the team said fixed a case a verification had already closed.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { PASTES } from '../../helpers/pastes';

const TERRAFORM = [
  '2026-11-22T08:41:03.120Z [INFO]  provider.terraform-provider-aws_v5.31.0_x5: AWS Auth provider used: "EnvProvider": tf_provider_addr=registry.terraform.io/hashicorp/aws',
  'Error: reading S3 Bucket (tf-state-ops): AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::tf-state-ops" because no resource-based policy allows the s3:ListBucket action',
].join('\n');

describe('chat --jsonl: the fix and the summary carry what the other adapters show', () => {
  it('when an AccessDenied fix is shown, then fix.playbooks lists the case-specific playbooks first, then the tool ones', async () => {
    const { send } = await jsonlChat('a1');
    expect((await send({ text: TERRAFORM })).pending?.id).toBe('resource-account');
    const fix = await send({ answer: { question: 'resource-account', choice: 'other' } });
    expect(fix.kind).toBe('fix');
    expect(fix.fix?.playbooks?.map((p) => [p.id, p.first])).toEqual([
      ['authz-source-first', true],
      ['authz-cross-account', true],
      ['authz-resource-policy', true],
      ['terraform-s3-backend', false],
    ]);
    expect(fix.fix?.playbooks?.[3]?.steps.flatMap((s) => s.commands)).toContain('terraform init -reconfigure');
  });

  it('when "resolved - <what fixed it>" follows a verification that closed the case, then the same case answers with the summary holding it', async () => {
    const { send } = await jsonlChat('a2');
    await send({ text: PASTES.expiredToken });
    await send({ command: 'done' });
    const verified = await send({ text: PASTES.callerIdentity });
    expect(verified.kind).toBe('resolved');
    const note = await send({ text: 'resolved - ran aws sso login again, the cached session had expired' });
    expect(note).toMatchObject({ kind: 'resolved', case: verified.case });
    expect(note.opened).toBeUndefined();
    expect(note.summary).toMatch(/In the team's words: ran aws sso login again/);
  });

  it('when the runtime is known, then fix.platforms marks its steps shown and the other platforms not', async () => {
    const { send } = await jsonlChat('a3');
    expect((await send({ text: PASTES.cliInvalidToken })).pending?.id).toBe('key-prefix');
    const fix = await send({ text: "2, it's on my laptop" });
    expect(fix.fix?.cause).toBe('missing-session-token');
    expect(fix.fix?.platforms?.filter((p) => p.shown).map((p) => p.platform)).toEqual(['linux-macos']);
    expect(fix.fix?.platforms?.filter((p) => !p.shown).length).toBeGreaterThan(0);
    expect(fix.fix?.platforms?.[0]?.steps.flatMap((st) => st.commands).join('\n')).toContain('AWS_SESSION_TOKEN');
    expect(fix.fix?.shownFor).toBe('Steps for your laptop or workstation (from what you wrote).');
  });

  it('when {"command": "other-platforms"} follows a fix, then the steps of the platforms not shown come back as a fix', async () => {
    const { send } = await jsonlChat('a4');
    await send({ text: PASTES.cliInvalidToken });
    const fix = await send({ text: "2, it's on my laptop" });
    const hidden = fix.fix!.platforms!.filter((p) => !p.shown).map((p) => p.platform);
    const more = await send({ command: 'other-platforms' });
    expect(more.kind).toBe('fix');
    // Those are the ones shown now; the runtime's own stay listed first, not shown again (QA 36 F12).
    expect(more.fix?.platforms?.filter((p) => p.shown).map((p) => p.platform)).toEqual(hidden);
    expect(more.fix?.platforms?.map((p) => p.platform)).toEqual(fix.fix!.platforms!.map((p) => p.platform));
    expect(more.phase).toBe('remediating');
  });
});
