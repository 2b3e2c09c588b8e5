import { createAuditLog } from '../../../src/adapters/logging/audit-log';
import { createLogger } from '../../../src/adapters/logging/logger';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function capture(level = 'info') {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (s: string) => void lines.push(s) } });
  return { logger, lines };
}

describe('audit log', () => {
  it('when an entry carries a secret in its detail, then the written line holds no trace of it', () => {
    const { logger, lines } = capture();
    createAuditLog(logger).record({
      at: '2026-01-01T00:00:00.000Z',
      actor: 'U0EXAMPLE',
      action: 'aws-key-lookup',
      detail: {
        hint: 'AKIA…MPLE',
        note: `user pasted aws_secret_access_key = ${SECRET}`,
        nested: { secretAccessKey: SECRET, sessionToken: 'FwoGZXIvYXdzEXAMPLE' },
        list: [{ clientSecret: SECRET }],
        proxy: { password: 'correct-horse-battery' }, // no pattern knows this value: only its field name tells
      },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('wJalrXUtnFEMI');
    expect(lines[0]).not.toContain('FwoGZXIvYXdzEXAMPLE');
    expect(lines[0]).not.toContain('correct-horse-battery');
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ audit: true, actor: 'U0EXAMPLE', action: 'aws-key-lookup', at: '2026-01-01T00:00:00.000Z' });
    expect(entry.detail.hint).toBe('AKIA…MPLE');
  });

  it('when the log level is silent, then audit entries are still written', () => {
    const { logger, lines } = capture('silent');
    logger.info({ ordinary: true }, 'not written');
    createAuditLog(logger).record({ at: '2026-01-01T00:00:00.000Z', actor: 'cli', action: 'aws-key-lookup', detail: { verdict: 'not-found' } });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ audit: true, detail: { verdict: 'not-found' } });
  });
});
