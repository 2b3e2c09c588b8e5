/**
 * handleCaseInput over the real stores: a case survives a restart of the embedded store and of the
 * Redis client, two replicas answering at once lose nothing, no secret reaches the stored state,
 * and only cause ids and sizes are logged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CaseKey, CaseState } from '../../src/core/conversation/types';
import { handleCaseInput, type CaseDeps } from '../../src/usecases/handle-case-input';
import type { Clock, KeyValueStore } from '../../src/usecases/ports';
import { createCaseStore } from '../../src/adapters/store/case-store';
import { createMemoryStore } from '../../src/adapters/store/memory-store';
import { createEmbeddedStore } from '../../src/adapters/store/embedded-store';
import { createRedisStore } from '../../src/adapters/store/redis-store';
import { createLogger } from '../../src/adapters/logging/logger';
import { testRedisUrl, uniqueTestPrefix } from '../helpers/test-redis';
import { EXAMPLE_SECRET, EXAMPLE_SESSION_TOKEN, PASTES } from '../helpers/pastes';
import { takenFor } from '../helpers/case-script';

const TTL = 14 * 86400;

function clockFrom(startIso: string): Clock & { advance(ms: number): void } {
  let t = Date.parse(startIso);
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

function captureLogger() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => void lines.push(s) } });
  return { logger, lines };
}

function deps(kv: KeyValueStore, clock: Clock, logger = captureLogger().logger): CaseDeps {
  return { cases: createCaseStore(kv, TTL), clock, logger };
}

const key: CaseKey = { channel: 'C0123', thread: '1732266000.000100' };
const at = '2026-11-22T09:00:00.000Z';
const paste = (text: string, user = 'U01ALICE') => ({ kind: 'paste' as const, text, user, at });
const say = (text: string, user = 'U01ALICE') => ({ kind: 'message' as const, text, user, at });

describe('case flow through handleCaseInput', () => {
  it('when a detected error is pasted in a thread with no case, then a case opens at that key and is stored', async () => {
    const kv = createMemoryStore();
    const d = deps(kv, clockFrom(at));
    const out = await handleCaseInput(d, key, paste(PASTES.cliInvalidToken));
    expect(out?.created).toBe(true);
    expect(out?.state.key).toEqual(key);
    expect(out?.replies.length).toBeGreaterThan(0);
    expect(await d.cases.get(key)).toEqual(out?.state);
    const next = await handleCaseInput(d, key, say('we rotated yesterday', 'U02BOB'));
    expect(next?.created).toBe(false);
    expect(next?.state.participants).toEqual(['U01ALICE', 'U02BOB']);
  });

  it('when ordinary chat arrives with no case, then nothing is stored and the result is undefined', async () => {
    const kv = createMemoryStore();
    const d = deps(kv, clockFrom(at));
    expect(await handleCaseInput(d, key, say('lunch?'))).toBeUndefined();
    expect(await d.cases.get(key)).toBeUndefined();
  });

  it('when a secret is pasted, then neither the stored state, the replies nor the logs hold it, and logs carry no pasted text', async () => {
    const kv = createMemoryStore();
    const { logger, lines } = captureLogger();
    const d = deps(kv, clockFrom(at), logger);
    const out = await handleCaseInput(d, key, paste(PASTES.withSecret));
    expect(out?.replies.some((r) => r.type === 'warning' && r.private === true)).toBe(true);
    const later = await handleCaseInput(d, key, say(`here is my env: AWS_SESSION_TOKEN=${EXAMPLE_SESSION_TOKEN}`, 'U02BOB'));
    expect(later?.state.secretsWarned).toEqual(expect.arrayContaining(['secret-access-key', 'session-token']));
    const stored = JSON.stringify(await d.cases.get(key));
    for (const blob of [stored, JSON.stringify(out?.replies), JSON.stringify(later?.replies), lines.join('\n')]) {
      expect(blob).not.toContain(EXAMPLE_SECRET);
      expect(blob).not.toContain(EXAMPLE_SESSION_TOKEN.slice(0, 30));
      expect(blob).not.toContain('AKIAIOSFODNN7EXAMPLE');
    }
    const log = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'case input handled')!;
    expect(log).toMatchObject({ input: 'paste', size: PASTES.withSecret.length, created: true });
    expect(lines.join('\n')).not.toContain('security token included in the request');
  });

  describe('embedded store', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-case-flow-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('when the process restarts in the middle of a case, then the case continues from the same data dir', async () => {
      const clock = clockFrom(at);
      const first = createEmbeddedStore({ dataDir: dir, sweepIntervalMs: 0 });
      const opened = await handleCaseInput(deps(first, clock), key, paste(PASTES.cliInvalidToken));
      const pending = opened!.state.pending;
      expect(pending).toBeDefined();
      await first.close();

      clock.advance(60_000);
      const second = createEmbeddedStore({ dataDir: dir, sweepIntervalMs: 0 });
      const d = deps(second, clock);
      const restored = await d.cases.get(key);
      expect(restored?.pending).toEqual(pending);
      const next = await handleCaseInput(d, key, say('we rotated yesterday', 'U02BOB'));
      expect(next?.created).toBe(false);
      expect(next?.state.timeline.map((t) => t.event)).toEqual(expect.arrayContaining([expect.stringMatching(/^opened the case/), 'said: The key was rotated recently']));
      await second.close();
    });

    it('when two replicas answer the same case at once over one lmdb file, then both answers are kept', async () => {
      const clock = clockFrom(at);
      const a = createEmbeddedStore({ dataDir: dir, sweepIntervalMs: 0 });
      const b = createEmbeddedStore({ dataDir: dir, sweepIntervalMs: 0 });
      await handleCaseInput(deps(a, clock), key, paste(PASTES.cliInvalidToken));
      await Promise.all([
        handleCaseInput(deps(a, clock), key, say('we rotated yesterday', 'U02BOB')),
        handleCaseInput(deps(b, clock), key, say("it's running in GitHub Actions", 'U03CAROL')),
      ]);
      const final = (await createCaseStore(a, TTL).get(key)) as CaseState;
      expectBothAnswers(final);
      await a.close();
      await b.close();
    });
  });

  describe('redis store', () => {
    const stores: KeyValueStore[] = [];
    afterEach(async () => {
      await Promise.all(stores.splice(0).map((s) => s.close()));
    });
    const connect = async (keyPrefix: string) => {
      const s = await createRedisStore({ url: testRedisUrl(), keyPrefix });
      stores.push(s);
      return s;
    };

    it('when the bot restarts with a new Redis client in the middle of a case, then the case continues', async () => {
      const prefix = uniqueTestPrefix('case-flow');
      const clock = clockFrom(at);
      const first = await connect(prefix);
      const opened = await handleCaseInput(deps(first, clock), key, paste(PASTES.cliInvalidToken));
      await first.close();
      stores.splice(stores.indexOf(first), 1);

      const second = await connect(prefix);
      const d = deps(second, clock);
      expect((await d.cases.get(key))?.pending).toEqual(opened!.state.pending);
      const next = await handleCaseInput(d, key, say('we rotated yesterday', 'U02BOB'));
      expect(next?.created).toBe(false);
      expect(takenFor(next!.state, 'rotation')).toBe('rotated');
    });

    it('when two replicas answer the same case at once, then no update is lost', async () => {
      const prefix = uniqueTestPrefix('case-flow');
      const clock = clockFrom(at);
      const a = await connect(prefix);
      const b = await connect(prefix);
      await handleCaseInput(deps(a, clock), key, paste(PASTES.cliInvalidToken));
      await Promise.all([
        handleCaseInput(deps(a, clock), key, say('we rotated yesterday', 'U02BOB')),
        handleCaseInput(deps(b, clock), key, say("it's running in GitHub Actions", 'U03CAROL')),
      ]);
      expectBothAnswers((await createCaseStore(b, TTL).get(key)) as CaseState);
    });
  });
});

function expectBothAnswers(state: CaseState): void {
  // Said while another question was open: statements of fact, each kept.
  expect(takenFor(state, 'rotation')).toBe('rotated');
  expect(takenFor(state, 'runtime')).toBe('ci');
  expect(state.participants).toEqual(expect.arrayContaining(['U01ALICE', 'U02BOB', 'U03CAROL']));
  const events = state.timeline.map((t) => `${t.user} ${t.event}`);
  expect(events).toEqual(expect.arrayContaining([expect.stringMatching(/^U02BOB said: The key was rotated/), expect.stringMatching(/^U03CAROL said: It runs in a CI runner/)]));
}
