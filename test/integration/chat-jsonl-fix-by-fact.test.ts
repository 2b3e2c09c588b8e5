/**
 * The fix picked by the fact the paste shows, through `awskey chat --jsonl` as a process (qa34 F12, F17): a cause
 * with several sub-causes leads with the steps for the one that was read.
 */
import type { JsonlReply } from '../../src/adapters/cli/chat-jsonl';
import { runCli } from '../helpers/run-cli';

async function replies(inputs: unknown[]): Promise<JsonlReply[]> {
  const { code, stdout } = await runCli(['chat', '--jsonl', '--ephemeral'], { stdin: `${inputs.map((i) => JSON.stringify(i)).join('\n')}\n`, env: { LOG_LEVEL: 'warn' } });
  expect(code).toBe(0);
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonlReply);
}
const firstReply = async (text: string) => (await replies([{ text }]))[0]!;

/**
 * The steps shown first: the `first` playbooks' texts and commands, in order, then the shown platforms' (a case playbook
 * that replaces the cause's story is the shown platform's steps: qa36 F3).
 */
const leading = (r: JsonlReply) =>
  [...(r.fix?.playbooks ?? []).filter((p) => p.first).flatMap((p) => p.steps), ...(r.fix?.platforms ?? []).filter((p) => p.shown).flatMap((p) => p.steps)].map((s) => `${s.text}\n${(s.commands ?? []).join('\n')}`).join('\n');

describe('chat --jsonl: the fix follows the fact read', () => {
  // payloadcms/plugin-cloud-storage#56 (fixed by setting `region` under `config`): the JS SDK v3's "Region is missing".
  it('when the error says no region is set, then the first steps set a region, not enable opt-in regions or STS token versions', async () => {
    const r = await firstReply('ERROR (payload): Region is missing\n    Error: Region is missing');
    expect(r.fix?.cause).toBe('region-endpoint');
    const first = leading(r);
    expect(first).toMatch(/AWS_REGION=<region>/);
    expect(first).toMatch(/aws configure set region <region>/);
    expect(first).not.toMatch(/enable-region|v2Token/);
  }, 60_000);

  // qa36 F3 (velero-io/velero#7421, tuning thread): the Pod Identity playbook replaces the IRSA steps, in `shownSteps` too.
  it('when EKS Pod Identity is shown, then the title and shownSteps are Pod Identity\'s, not IRSA\'s annotation', async () => {
    const r = await firstReply('velero backup location unavailable after switching to pod identity:\nlevel=error msg="BackupStorageLocation \\"default\\" is unavailable: rpc error: code = Unknown desc = could not load config: invalid endpoint host, \\"169.254.170.23\\", only loopback hosts are allowed)"');
    expect(r.fix?.title).toMatch(/Pod Identity/);
    expect((r.fix?.shownSteps ?? []).join('\n')).toMatch(/association/);
    expect((r.fix?.shownSteps ?? []).join('\n')).not.toMatch(/service account annotation|OIDC provider of the cluster/);
    expect((r.fix?.platforms ?? []).filter((p) => p.shown).map((p) => p.platform)).toEqual(['any']);
  }, 60_000);

  it('when an opt-in region is named and nothing says the region is unset, then no "set a region" steps lead', async () => {
    const r = await firstReply('An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n$ aws sts get-caller-identity --region ap-east-1');
    expect((r.fix?.playbooks ?? []).map((p) => p.id)).not.toContain('region-to-set');
  }, 60_000);

  it('when AssumeRole is denied, then the first steps read the role\'s trust policy before the caller\'s permission', async () => {
    const r = await firstReply('An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy');
    expect(r.fix?.cause).toBe('authorization-not-authentication');
    const first = leading(r);
    expect(first).toMatch(/trust policy/);
    expect(first).toMatch(/aws iam get-role --role-name <role> --query Role\.AssumeRolePolicyDocument/);
    expect(first.indexOf('trust policy')).toBeLessThan(first.indexOf('simulate-principal-policy'));
  }, 60_000);

  // awslabs/aws-lex-browser-audio-capture#13 (batch 20, tuning), resolved "Have you tried using an IAM user's credentials?":
  // the example takes a key id and a secret only, so no AWS_SESSION_TOKEN step can reach it.
  it('when the team says the tool has no place for a session token, then the fix is shown again led by a key that needs none', async () => {
    const out = await replies([
      { text: '{"message": "The security token included in the request is invalid."}' },
      { answer: { question: 'key-prefix', choice: '2' } },
      { text: 'the html example only has two fields, access key id and secret, theres no place for a token' },
    ]);
    expect(out[1]!.fix?.cause).toBe('missing-session-token');
    expect(leading(out[1]!)).not.toMatch(/IAM user/);
    const last = out[2]!;
    expect(last.kind).toBe('fix');
    expect(last.fix?.cause).toBe('missing-session-token');
    expect(leading(last)).toMatch(/IAM user's access key/);
    expect(leading(last)).toMatch(/Cognito identity pool/);
  }, 60_000);

  // cogeotiff/rio-tiler#18 (batch 20, tuning): boto3's get_credentials() returned None (botocore credentials.py,
  // CredentialResolver.load_credentials: "no credentials could be found … historically, ``None`` is returned").
  it("when boto3 says 'NoneType' object has no attribute 'access_key', then no credentials were found, and \"never set any keys\" settles it", async () => {
    const out = await replies([
      { text: "Looks like I need to set my AWS access key.\n\n```\nAttributeError: 'NoneType' object has no attribute 'access_key'\n```" },
      { text: 'im new to aws, never set any keys on this laptop' },
    ]);
    expect(out[0]!.ranking![0]!.cause).toBe('no-credentials-found');
    expect(out[0]!.text!.join('\n')).not.toMatch(/did not accept \*who\* is calling|ASIA/);
    const after = out[1]!.ranking!;
    expect(after[0]).toEqual({ cause: 'no-credentials-found', p: expect.any(Number) });
    expect(after[0]!.p).toBeGreaterThan(0.9);
    expect(after.find((c) => c.cause === 'missing-session-token')!.p).toBeLessThan(0.01);
  }, 60_000);
});
