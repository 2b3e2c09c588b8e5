/**
 * Log lines are single JSON objects without repeated keys, including the lines Bolt itself writes
 * through our logger (a line carried "component" twice: "slack", then "bolt").
 */
import { FORM, sendSigned } from '../../helpers/fake-slack/sign';
import { SIGNING_SECRET, startHarness } from '../../helpers/fake-slack/harness';

/** The keys of a JSON object's top level, in order, duplicates kept (JSON.parse would drop them). */
export function topLevelKeys(json: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (ch === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      if (depth === 1 && json[j + 1] === ':') keys.push(JSON.parse(json.slice(i, j + 1)) as string);
      i = j;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return keys;
}

const duplicated = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('log lines', () => {
  test('the duplicate-key check itself sees a repeated top-level key and ignores nested ones', () => {
    expect(duplicated(topLevelKeys('{"component":"slack","component":"bolt","msg":"x"}'))).toEqual(['component']);
    expect(duplicated(topLevelKeys('{"a":{"type":"x"},"type":"y","s":"\\"type\\":1"}'))).toEqual([]);
  });

  test('when Bolt logs in HTTP mode (a request with a bad signature), then its line names component bolt once and no line repeats a key', async () => {
    const h = await startHarness({ env: { LOG_LEVEL: 'info' } });
    try {
      expect((await sendSigned(h.url, SIGNING_SECRET, 'payload=%7B%7D', FORM, { badSignature: true })).status).toBe(401);
      const bolt = h.logs.lines.find((l) => l.includes('Failed to parse and verify the request data'));
      expect(bolt).toBeDefined();
      expect(topLevelKeys(bolt!).filter((k) => k === 'component')).toHaveLength(1);
      expect(JSON.parse(bolt!)).toMatchObject({ component: 'bolt' });
      for (const line of h.logs.lines) expect({ line, duplicated: duplicated(topLevelKeys(line)) }).toEqual({ line, duplicated: [] });
    } finally {
      await h.stop();
    }
  });
});
