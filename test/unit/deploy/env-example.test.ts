/** .env.example documents every setting the config schema reads, and holds no secret. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_KEYS, defaultOf, loadConfig } from '../../../src/config';

const text = readFileSync(join(__dirname, '../../../.env.example'), 'utf8');
const assigned = new Map(
  text
    .split(/\r?\n/)
    .filter((l) => /^[A-Z][A-Z0-9_]*=/.test(l))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
);

describe('.env.example', () => {
  test('when compared with the config schema, then every key is documented and none is unknown', () => {
    expect(CONFIG_KEYS.length).toBeGreaterThan(10);
    for (const key of CONFIG_KEYS) expect({ key, documented: assigned.has(key) }).toEqual({ key, documented: true });
    for (const key of assigned.keys()) expect({ key, known: (CONFIG_KEYS as string[]).includes(key) }).toEqual({ key, known: true });
  });

  test('when copied to .env as is, then it is a valid configuration with no secret values', () => {
    for (const key of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'REDIS_URL']) expect(assigned.get(key)).toBe('');
    expect(loadConfig(Object.fromEntries(assigned)).ok).toBe(true);
  });
});

describe('README settings tables', () => {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  /** Every `NAME` in the first cell of a table row (a row may name two or three settings). */
  const rows = new Set(
    readme
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .flatMap((l) => [...(l.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!)),
  );

  test('when compared with the config schema, then every setting has a row in a README table', () => {
    for (const key of CONFIG_KEYS) expect({ key, inReadmeTable: rows.has(key) }).toEqual({ key, inReadmeTable: true });
  });

  test('when a row states a default as a value (`20`, `on`), then the code uses that value when the setting is unset', () => {
    let compared = 0;
    for (const line of readme.split('\n').filter((l) => l.startsWith('| `'))) {
      const [, names = '', def = ''] = line.split('|').map((c) => c.trim());
      const keys = [...names.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!).filter((k) => (CONFIG_KEYS as string[]).includes(k));
      if (!def.startsWith('`')) continue; // "—", "everyone", "Slack's", "one per core …": no value to compare
      const stated = [...def.matchAll(/`([^`]*)`/g)].map((m) => m[1]!).slice(0, keys.length);
      keys.forEach((key, i) => {
        const actual = defaultOf(key as (typeof CONFIG_KEYS)[number]);
        if (actual === undefined) return; // SLACK_MODE: decided from the tokens, not a fixed default
        compared++;
        expect({ key, default: String(actual) }).toEqual({ key, default: stated[i] });
      });
    }
    expect(compared).toBeGreaterThan(25);
  });
});
