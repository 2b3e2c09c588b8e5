/**
 * "It works in my shell, not in the service": a process the person's shell does not start (cron, sudo, a systemd unit, a
 * Windows service, a daemon) has its own user, HOME and environment (statements.ts other-user-or-cron, context-hints.ts
 * hint.other-process), and its fix gives that process the credentials (playbooks/other-process.ts). And a tool that does
 * not run a profile's credential_process finds nothing (statements-unread-sources.ts credential-process-not-read).
 * Sentences are the reporters' own, from test/fixtures/real-conversations/tuning (batches 14, 19 and 22) unless marked.
 */
import type { Reply } from '../../../../src/core/conversation/types';
import { interpret } from '../../../../src/core/conversation/interpreter';
import { diagnose } from '../../../../src/core/diagnose';
import { PROBES } from '../../../../src/core/knowledge';
import { sayToAwskey } from '../../../helpers/open-case';
import { Clock, ofType, send } from '../../../helpers/case-script';

const open = PROBES.map((p) => p.id);
const statementsOf = (text: string) => interpret(text, undefined, open).statements.map((s) => s.id);

/** The case `text` opens, and the playbooks of the no-credentials-found fix shown once that cause is confirmed. */
function noCredentialsFix(text: string) {
  const r = sayToAwskey(text);
  if (!r) throw new Error('no case opened');
  const fixed = send(r.state, { kind: 'confirm-cause', causeId: 'no-credentials-found', user: 'U1', at: '' }, new Clock());
  const fix = ofType(fixed.replies, 'remediation')[0] as Extract<Reply, { type: 'remediation' }>;
  return { leader: r.state.causes[0]!.id, playbooks: fix.playbooks ?? [] };
}

describe('a process that is not the person\'s shell', () => {
  it.each([
    // aws/aws-sdk-net#287 (b22): user data run by EC2Config as LocalSystem, no profile folder.
    ['I think it is related to this code being invoked by the EC2Config service which runs as Local System'],
    // cachix/install-nix-action#229 (b22): the Nix daemon does not see the job's variables.
    ['some nix commands recognizes the env vars and some don\'t depending on whether they are ran behalf of nix daemon or not'],
    // k3s-io/k3s#11814 (b9).
    ['Systemd does not set $HOME or other login env vars by default for services, if the User parameter is not set.'],
    // hashicorp/packer#2861 (b22): `sudo -i` starts root's login shell without the exported keys.
    ['Running: sudo -i -n ec2-upload-bundle -b mybucketname'],
    // grafana/timestream-datasource#9 (b6).
    ['$ sudo -u grafana aws timestream-write list-databases'],
    // Written for this test: an app the Dock starts does not read the shell's profile.
    ['the credentials work in my terminal but not when the app is launched from the Dock'],
  ])('when "%s" is said, then it is the other-user-or-cron statement', (text) => {
    expect(statementsOf(text)).toContain('other-user-or-cron');
  });

  it.each([
    // A Kubernetes service account is a role's identity (IRSA), not another user of the machine.
    ['the pod runs as the default service account and the role is not assumed'],
    ['I ran sudo apt-get install awscli'],
    ['sudo hwclock --systohc fixed the clock'],
    // Review 36b (R36b-3): an AWS service or a service with a task role is the platform, not another user's process.
    ['the task is started by the ECS service'],
    ['it runs as a fargate service with a task role'],
    ['triggered by the eventbridge service'],
    ['it runs as a service with a task role'],
  ])('when "%s" is said, then it is not read as another process', (text) => {
    expect(statementsOf(text)).not.toContain('other-user-or-cron');
  });

  it('when a pasted error says an AWS service starts it, then no credentials found gains no other-process evidence (R36b-3)', () => {
    const text = 'The task is started by the ECS service and cannot find credentials.\n\nError: NoCredentialProviders: no valid providers in chain';
    const ev = diagnose(text).causes.find((c) => c.id === 'no-credentials-found')?.evidence.map((e) => e.id) ?? [];
    expect(ev).not.toContain('no-credentials.other-process');
  });

  it('when a pasted error says it runs under systemd, then no credentials found gains the other-process evidence', () => {
    // elastic/beats#15652 (real-pastes b17), the error as Go v1's chain words it (aws/aws-sdk-go aws/credentials/chain_provider.go).
    const text = "When running under systemd the $HOME variable isn't set, because of that the cloudtrail fileset can't find the aws credentials file.\n\nError: NoCredentialProviders: no valid providers in chain";
    const top = diagnose(text).causes[0]!;
    expect(top.id).toBe('no-credentials-found');
    expect(top.evidence.map((e) => e.id)).toContain('no-credentials.other-process');
  });

  it('when the described problem names a service running as LocalSystem, then the fix shown is no credentials found with the steps for that process first', () => {
    const text = [
      'Get-S3Object fails in user data script if credentials file is not on server',
      'This is on a server that has an IAM role which has access to the S3 bucket that I am reading. I think it is related to this code being invoked by the EC2Config service which runs as Local System.',
      'Local system does not have a personal folder, so the GetFolderPath call returns null or empty.',
    ].join('\n');
    const { leader, playbooks } = noCredentialsFix(text);
    expect(leader).toBe('no-credentials-found');
    expect(playbooks.filter((p) => p.first).map((p) => p.id)).toContain('other-process-credentials');
  });

  it('when a pasted error comes with "it runs under cron", then the fix still leads with the steps for that process', () => {
    const text = "When running the script manually it runs smoothly, but running it under cron i'm receiving the following error:\nUnable to locate credentials. You can configure credentials by running \"aws configure\".";
    expect(noCredentialsFix(text).playbooks.map((p) => p.id)).toContain('other-process-credentials');
  });

  it('when nothing says another process runs it, then those steps are not shown', () => {
    const { playbooks } = noCredentialsFix('Unable to locate credentials. You can configure credentials by running "aws configure".');
    expect(playbooks.map((p) => p.id)).not.toContain('other-process-credentials');
  });
});

describe('a tool that does not run the profile\'s credential_process', () => {
  it.each([
    // anomalyco/opencode#8559 (b19).
    ['Amazon Bedrock provider doesn\'t support `credential_process` in `~/.aws/config` or the default AWS profile when `AWS_PROFILE` is not explicitly set.'],
    // aws-amplify/amplify-js#3155 (b22).
    ['Add support for credential_process'],
    ['Update aws-sdk dependency version that adds support for credential_process.'],
  ])('when "%s" is said, then it is the credential-process-not-read statement', (text) => {
    expect(statementsOf(text)).toContain('credential-process-not-read');
  });

  it('when a tool "doesn\'t currently support" Identity Center, then it is the sso-not-supported statement (awslabs/mountpoint-s3#433, b17)', () => {
    expect(statementsOf("Mountpoint doesn't currently support authenticating with IAM Identity Center (SSO or Legacy SSO) credentials.")).toContain('sso-not-supported');
  });

  it('when the process runs and what lapses is its expiration, then it is not read as unsupported', () => {
    // aws-beam/aws_credentials#89 (b13), resolved as temporary credentials expired.
    expect(statementsOf('Support getting an expiration from a credential process helper, without support for credential_process expiry')).not.toContain('credential-process-not-read');
  });
});

describe('a container that runs as another user than root', () => {
  it('when the paste says docker compose, then the first steps also say where a non-root image looks (its HOME, or the file variables)', () => {
    // Conversations batch 19 (tuning), berriai/litellm#9794, as fix-by-fact-qa35.test.ts types it.
    const { playbooks } = noCredentialsFix('litellm proxy in docker compose cant call bedrock:\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials');
    const container = playbooks.find((p) => p.id === 'local-container');
    const text = (container?.steps ?? []).map((s) => `${s.text}\n${(s.code ?? []).map((c) => c.code).join('\n')}`).join('\n');
    expect(text).toMatch(/AWS_SHARED_CREDENTIALS_FILE/);
    expect(text).toMatch(/echo "\$HOME"/);
  });
});
