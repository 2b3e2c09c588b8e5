import { loadConfig } from '../../src/config';

describe('config', () => {
  it('when nothing is set, then defaults load and the Slack settings are listed as missing', () => {
    const r = loadConfig({});
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.config.slack).toBeUndefined();
      expect(r.config.slackMissing).toContain('SLACK_BOT_TOKEN');
      expect(r.config.dataDir).toBe('./data');
      expect(r.config.caseTtlSeconds).toBe(14 * 86400);
    }
  });

  it('when several settings are wrong, then all problems are listed at once and no secret is echoed', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: 'not-a-token-s3cr3t', PORT: 'abc', REDIS_URL: 'http://x', SLACK_MODE: 'http' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.length).toBeGreaterThanOrEqual(3);
      expect(r.problems.join('\n')).not.toContain('s3cr3t');
    }
  });

  it('when an app token is set, then Socket Mode is chosen', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(r.ok && r.config.slack?.mode).toBe('socket');
  });

  it('when the Slack settings, a number and AWSKEY_ACCOUNTS are all wrong, then every one is reported in the same answer', () => {
    const r = loadConfig({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-1', AWSKEY_DRAIN_SECONDS: 'soon', AWSKEY_ACCOUNTS: 'prod=arn:aws:iam::12:role/x' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = r.problems.join('\n');
      expect(text).toContain('AWSKEY_DRAIN_SECONDS');
      expect(text).toContain('SLACK_SIGNING_SECRET');
      expect(text).toMatch(/AWSKEY_ACCOUNTS: .*not a role ARN/);
    }
  });

  it('when only AWSKEY_ACCOUNTS is wrong, then it is a configuration problem at start', () => {
    const r = loadConfig({ AWSKEY_ACCOUNTS: 'arn:aws:iam::111122223333:role/ok,not-an-arn' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.stringContaining('"not-an-arn" is not a role ARN')]);
  });

  it('when AWSKEY_ACCOUNTS holds a secret instead of a role ARN, then the problem is reported without the secret', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const r = loadConfig({ AWSKEY_ACCOUNTS: `prod=${secret},xoxb-1-2-synthetictokenvalue` });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(2);
      for (const p of r.problems) expect(p).toMatch(/^AWSKEY_ACCOUNTS: .* is not a role ARN/);
      expect(r.problems.join('\n')).not.toMatch(/bPxRfiCY|synthetictokenvalue/);
    }
  });

  it('when AWSKEY_REGION has a typo (us-east1), then the start is refused naming it, and real regions of every partition load', () => {
    const bad = loadConfig({ AWSKEY_REGION: 'us-east1' });
    expect(bad).toEqual({ ok: false, problems: ['AWSKEY_REGION: must be an AWS region such as us-east-1'] });
    for (const region of ['us-east-1', 'us-gov-west-1', 'cn-north-1', 'eu-isoe-west-1', 'ap-southeast-5']) expect(loadConfig({ AWSKEY_REGION: region }).ok).toBe(true);
  });

  it('when AWSKEY_ORG_ROLE_NAME holds a role ARN instead of a name, then the start is refused naming it; a name with a path loads', () => {
    const r = loadConfig({ AWSKEY_ORG_ROLE_NAME: 'arn:aws:iam::111122223333:role/awskey-read-only' });
    expect(r).toEqual({ ok: false, problems: [expect.stringMatching(/^AWSKEY_ORG_ROLE_NAME: must be a role name such as awskey-read-only \(not an ARN\)/)] });
    expect(loadConfig({ AWSKEY_ORG_ROLE_NAME: 'security/awskey-read-only' }).ok).toBe(true);
  });

  it('when an allow-list names people or channels by name (@alice, #ops, sre-team), then the start is refused naming the variable and the entry; Slack ids load', () => {
    const r = loadConfig({ AWSKEY_ALLOWED_USERS: 'U0123ABCD,@alice', AWSKEY_ALLOWED_CHANNELS: '#ops', AWSKEY_ALLOWED_USERGROUPS: 'sre-team' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toEqual([
        expect.stringMatching(/^AWSKEY_ALLOWED_USERS: not a Slack user id .*"@alice"/),
        expect.stringMatching(/^AWSKEY_ALLOWED_USERGROUPS: not a Slack user group id .*"sre-team"/),
        expect.stringMatching(/^AWSKEY_ALLOWED_CHANNELS: not a Slack channel id .*"#ops"/),
      ]);
    }
    const ok = loadConfig({ AWSKEY_ALLOWED_USERS: 'U0123ABCD, W0456EFGH', AWSKEY_ALLOWED_CHANNELS: 'C1,G2,D3', AWSKEY_ALLOWED_USERGROUPS: 'S0789' });
    expect(ok.ok && ok.config.access).toEqual({ users: ['U0123ABCD', 'W0456EFGH'], userGroups: ['S0789'], channels: ['C1', 'G2', 'D3'] });
  });

  it('when nothing operational is set, then the drain deadline, Web API timeout and lease default sensibly', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.config.drainMs).toBe(20_000);
      expect(r.config.healthPort).toBeUndefined();
      expect(r.config.slack?.webApi).toEqual({ timeoutMs: 10_000, retries: 3 });
      expect(r.config.slack?.deliveryLeaseMs).toBe(30_000);
    }
  });

  it('when AWSKEY_SCAN_THREADS is unset, a number or not a number, then the machine decides, the number is kept, or the start is refused', () => {
    const unset = loadConfig({});
    expect(unset.ok && unset.config.aws.scanThreads).toBeUndefined();
    const none = loadConfig({ AWSKEY_SCAN_THREADS: '0' });
    expect(none.ok && none.config.aws.scanThreads).toBe(0);
    const bad = loadConfig({ AWSKEY_SCAN_THREADS: 'two' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join('\n')).toMatch(/AWSKEY_SCAN_THREADS.*whole number from 0 to 8/);
  });
});
