/** A fake AWS endpoint plus a real KeyDirectory (real SDK clients) wired to it, for the lookup tests. */
import { createKeyDirectory, type AwsKeyDirectory } from '../../../src/adapters/aws/key-directory';
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { loadConfig, type Config } from '../../../src/config';
import type { AuditLog, Clock, KeyValueStore } from '../../../src/usecases/ports';
import { useFakeAwsEnv } from '../../helpers/fake-aws/env';
import { startFakeAws, type FakeAws } from '../../helpers/fake-aws/server';
import type { FakeWorld } from '../../helpers/fake-aws/world';

export interface Harness {
  fake: FakeAws;
  config: Config;
  store: KeyValueStore;
  clock: Clock & { advance(seconds: number): void };
  audit: Parameters<AuditLog['record']>[0][];
  directory: AwsKeyDirectory;
  /** Another directory on the same fake and store (e.g. other settings, another replica's store and owner). */
  makeDirectory(env?: Record<string, string>, opts?: { store?: KeyValueStore; owner?: string }): AwsKeyDirectory;
  close(): Promise<void>;
}

export function settableClock(start = Date.parse('2026-11-20T12:00:00Z')): Clock & { advance(seconds: number): void } {
  let t = start;
  return { now: () => new Date(t), advance: (s) => void (t += s * 1000) };
}

export async function startHarness(world: FakeWorld, env: Record<string, string>, opts: { store?: KeyValueStore; clock?: Harness['clock'] } = {}): Promise<Harness> {
  const fake = await startFakeAws(world);
  const restoreEnv = useFakeAwsEnv(fake.url);
  const clock = opts.clock ?? settableClock();
  const store = opts.store ?? createMemoryStore({ clock });
  const audit: Harness['audit'] = [];
  const directories: AwsKeyDirectory[] = [];
  const makeDirectory = (extra: Record<string, string> = {}, more: { store?: KeyValueStore; owner?: string } = {}) => {
    // The fake has no rate limit unless a test sets one: no pacing at IAM's real rate here.
    const loaded = loadConfig({ AWSKEY_AWS_RETRY_MODE: 'standard', AWSKEY_IAM_RATE: '1000', ...env, ...extra });
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    const d = createKeyDirectory(loaded.config, { store: more.store ?? store, clock, owner: more.owner, audit: { record: (e) => audit.push(e) }, tuning: { reportPollMs: 20 } });
    directories.push(d);
    return d;
  };
  const directory = makeDirectory();
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return {
    fake,
    config: loaded.config,
    store,
    clock,
    audit,
    directory,
    makeDirectory,
    async close() {
      for (const d of directories) await d.close();
      await store.close();
      await fake.close();
      restoreEnv();
    },
  };
}

export const hintFor = (keyId: string) => `AKIA...${keyId.slice(-4)}`;
export const daysBefore = (clock: Clock, days: number) => new Date(clock.now().getTime() - days * 86_400_000).toISOString();
