import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeAwsEnv } from '../../helpers/fake-aws/env';
import { lookupCliWorld } from '../../helpers/fake-aws/lookup-cli-world';
import { startFakeAws } from '../../helpers/fake-aws/server';
import { runCli as runCliProcess } from '../../helpers/run-cli';
import { accountsSetting, bulkAccount, roleArn, type FakeWorld } from '../../helpers/fake-aws/world';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const runCli = (args: string[], env: Record<string, string>) => runCliProcess(args, { env });

// Each test runs the CLI as a process (tsx, the SDK, a scan): on 2 loaded cores that can pass the default 30 s.
jest.setTimeout(120_000);

describe('awskey lookup as a process', () => {
  const w = lookupCliWorld('awskey-lookup-cli-');
  const { key, world } = w;

  it('when run with --json, then stdout is exactly one JSON result with the documented keys and exit 0', async () => {
    const r = await runCli(['lookup', '--json', `AKIA…${key.id.slice(-4)}`], w.env);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      hint: `AKIA…${key.id.slice(-4)}`,
      matches: [
        {
          accountId: '131313131313',
          accountName: 'payments',
          userName: 'billing-job',
          accessKeyId: `AKIA…${key.id.slice(-4)}`,
          status: 'Active',
          createDate: '2025-03-01T10:00:00.000Z',
          lastUsed: { date: '2026-11-01T08:00:00.000Z', service: 'lambda', region: 'eu-central-1' },
        },
      ],
      accounts: { scanned: 1, failed: [] },
      deletionEvents: [],
    });
    expect(['active-recently-used', 'active-unused']).toContain(result.verdict);
    expect(typeof result.indexAgeSeconds).toBe('number');
    const audit = readFileSync(join(w.dataDir, 'audit.jsonl'), 'utf8');
    expect(audit).toContain('"action":"aws-key-lookup"');
    expect(audit).not.toContain(key.id);
  });

  it('when run without --json, then it prints a readable verdict with the next step', async () => {
    const r = await runCli(['lookup', `****${key.id.slice(-4)}`], w.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/billing-job/);
    expect(r.stdout).toMatch(/Next: /);
  });

  it('when the other accounts are done quickly and one hangs, then stderr says how far the scan got while it waits', async () => {
    const hanging: FakeWorld = { ...world, accounts: [...world.accounts, { id: '141414141414', name: 'legacy', users: [], hang: true }] };
    const slowFake = await startFakeAws(hanging);
    const dir = mkdtempSync(join(tmpdir(), 'awskey-lookup-cli-hang-'));
    try {
      const r = await runCli(['lookup', 'AKIA...ZZZZ'], { ...fakeAwsEnv(slowFake.url), AWSKEY_ACCOUNTS: accountsSetting(hanging), AWSKEY_DATA_DIR: dir, AWSKEY_CLOUDTRAIL: 'off', AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '3' });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('scanned 1/2 accounts');
      expect(r.stdout).toMatch(/incomplete/);
    } finally {
      await slowFake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the lookup stops waiting for a scan, then the CLI says its progress is kept for the next lookup (not that it goes on in the background: the process exits)', async () => {
    const slow: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', maxPageSize: 5, accounts: [{ ...bulkAccount('151515151515', 'big', 40), hangFromUser: 10 }] };
    const slowFake = await startFakeAws(slow);
    const dir = mkdtempSync(join(tmpdir(), 'awskey-lookup-cli-wait-'));
    try {
      const r = await runCli(['lookup', '--json', 'AKIA...ZZZZ'], { ...fakeAwsEnv(slowFake.url), AWSKEY_ACCOUNTS: accountsSetting(slow), AWSKEY_DATA_DIR: dir, AWSKEY_CLOUDTRAIL: 'off', AWSKEY_CREDENTIAL_REPORT: 'off', AWSKEY_LOOKUP_WAIT_SECONDS: '1', AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '60' });
      expect(r.code).toBe(0);
      const result = JSON.parse(r.stdout) as { verdict: string; accounts: { failed: Array<{ reason: string }> } };
      expect(result.verdict).toBe('incomplete');
      // How far it got is named once the scan has a page; on a loaded machine 1 s can end before the first one
      // (and be rounded to 2 s).
      expect(result.accounts.failed).toEqual([expect.objectContaining({ reason: expect.stringMatching(/^scan still running after \d+s( \(.+ so far\))?; its progress is kept and the next lookup resumes it$/) })]);
    } finally {
      await slowFake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when awskey has no AWS credentials of its own and then gets them, then the first answer names the missing base identity, a run that still fails rescans every failed account within one wait, and the run right after the fix gives the current answer (QA35 N12, review 35b R35b-4)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awskey-lookup-cli-base-'));
    try {
      // An account given by its role ARN alone (no name): its id is shown once, not as "name id" twice.
      const withBase: Record<string, string> = { ...w.env, AWSKEY_ACCOUNTS: roleArn('131313131313'), AWSKEY_DATA_DIR: dir };
      const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...noBase } = withBase;
      const before = await runCli(['lookup', `AKIA...${key.id.slice(-4)}`], noBase);
      expect(before.code).toBe(0);
      expect(before.stdout).toContain('  - 131313131313: CredentialsProviderError');
      expect(before.stdout).not.toContain('131313131313 131313131313');
      expect(before.stdout).toContain('Next: awskey itself has no AWS credentials (its base identity, which assumes the account roles)');
      expect(before.stdout).not.toContain('retried in the background');
      // Still unfixed, looked up again at once: the account is scanned again (its failure is this run's, not the stored
      // one with its time), and the run ends within the lookup's one wait.
      const still = await runCli(['lookup', `AKIA...${key.id.slice(-4)}`], { ...noBase, AWSKEY_LOOKUP_WAIT_SECONDS: '5' });
      expect(still.code).toBe(0);
      expect(still.stdout).toContain('  - 131313131313: CredentialsProviderError');
      expect(still.stdout).not.toContain('last scan');
      // The operator fixes the setup and looks again at once: the failed account is scanned again on this run.
      const again = await runCli(['lookup', `AKIA...${key.id.slice(-4)}`], withBase);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('billing-job');
      expect(again.stdout).not.toContain('CredentialsProviderError');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when no accounts are configured, then it exits 2 naming the settings', async () => {
    const r = await runCli(['lookup', 'AKIA...1234'], { ...w.env, AWSKEY_ACCOUNTS: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/AWSKEY_ACCOUNTS/);
    expect(r.stderr).toMatch(/AWSKEY_ACCOUNTS_FILE/);
    const json = await runCli(['lookup', '--json', 'AKIA...1234'], { ...w.env, AWSKEY_ACCOUNTS: '' });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'config', message: expect.stringMatching(/AWSKEY_ACCOUNTS/) } });
  });

  it('when the id given holds a Cyrillic look-alike, a full-width letter or a hidden character, then the folded id is looked up and the answer names each character as a likely cause', async () => {
    // Full-width forms sit 0xFEE0 above their ASCII letter or digit: the last character is typed full-width.
    const pasted = `\u0410${key.id.slice(1, 4)}\u200b${key.id.slice(4, -1)}${String.fromCharCode(key.id.charCodeAt(19) + 0xfee0)}`;
    const r = await runCli(['lookup', pasted], w.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/billing-job/);
    expect(r.stdout).toContain('character 1 is a Cyrillic look-alike (U+0410)');
    expect(r.stdout).toContain('a hidden zero-width character (U+200B) before character 5');
    expect(r.stdout).toContain('character 20 is a full-width');
    expect(r.stdout).toMatch(/itself a likely cause/);
    expect(r.stdout).not.toContain(key.id);
  });

  it('when a secret is given or the hint is missing, then it exits 2 without echoing the secret', async () => {
    const secret = await runCli(['lookup', '--json', SECRET], w.env);
    expect(secret.code).toBe(2);
    expect(secret.stdout + secret.stderr).not.toContain(SECRET);
    // With --json the refusal is one JSON object on stdout, like a result.
    expect(JSON.parse(secret.stdout)).toEqual({ error: { code: 'usage', message: expect.any(String) } });
    const missing = await runCli(['lookup'], w.env);
    expect(missing.code).toBe(2);
  });

  it('when a user id (AIDA…) or an account id is given for a key, then it exits 2 saying what it is and how to get the key id, with no verdict (QA39 F13)', async () => {
    const user = await runCli(['lookup', 'AIDAZX3PLMQ7RT5VW2NB'], w.env);
    expect(user.code).toBe(2);
    expect(user.stdout + user.stderr).toMatch(/IAM user's unique id/);
    expect(user.stdout + user.stderr).not.toMatch(/other-account|not-found/);
    const account = await runCli(['lookup', '--json', '100000000000'], w.env);
    expect(account.code).toBe(2);
    expect(JSON.parse(account.stdout).error.message).toMatch(/account id.*aws configure get aws_access_key_id/);
  });
});

describe('awskey lookup settings from .env', () => {
  it('when the working directory has a .env, then the CLI reads its settings as npm start does (the environment still wins)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awskey-dotenv-'));
    try {
      writeFileSync(join(dir, '.env'), 'AWSKEY_ACCOUNTS=prod=not-a-role-arn\nAWSKEY_REGION=eu-west-1\n');
      const r = await runCliProcess(['lookup', 'AKIA...1234'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('AWSKEY_ACCOUNTS: "not-a-role-arn" is not a role ARN');
      const env = await runCliProcess(['lookup', 'AKIA...1234'], { cwd: dir, env: { AWSKEY_ACCOUNTS: 'prod=also-not-an-arn' } });
      expect(env.stderr).toContain('"also-not-an-arn"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
