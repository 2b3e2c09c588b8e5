import { diagnoseJsonlLine } from '../../../src/adapters/cli/diagnose-command';

const NOW = new Date('2026-12-02T12:00:00Z');
const EXPIRED = 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.';

describe('diagnose --jsonl, one line', () => {
  test('when a line starts with a byte-order mark, then it is read as the JSON record it holds', () => {
    const out = JSON.parse(diagnoseJsonlLine(`\uFEFF${JSON.stringify({ id: 'bom', text: EXPIRED })}`, NOW)!) as { id: string; detected: boolean };
    expect(out).toMatchObject({ id: 'bom', detected: true });
  });

  test('when a plain log line is given, then the error says what --jsonl expects and how to diagnose plain text', () => {
    const out = JSON.parse(diagnoseJsonlLine(EXPIRED, NOW)!) as { id: null; error: string };
    expect(out.id).toBeNull();
    expect(out.error).toMatch(/^invalid JSON \(--jsonl expects one JSON object \{"id","text"\} per line; for plain log lines use --lines, one diagnosis per line, or leave out --jsonl/);
  });

  test('when a line is only a byte-order mark and blanks, then it yields no output line', () => {
    expect(diagnoseJsonlLine('\uFEFF  ', NOW)).toBeUndefined();
  });
});
