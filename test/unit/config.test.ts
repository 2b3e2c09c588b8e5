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
});
