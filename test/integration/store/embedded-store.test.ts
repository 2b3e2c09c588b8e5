import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmbeddedStore, EMBEDDED_FILE_NAME } from '../../../src/adapters/store/embedded-store';
import { describeKeyValueContract } from './kv-contract';
import { manualClock } from './manual-clock';

const clock = manualClock();
let dir = '';
const freshDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-embedded-'));

// Each "replica" is its own LMDB handle on the same file.
describeKeyValueContract('embedded (lmdb)', {
  durable: true,
  setUp: async () => {
    dir = freshDir();
  },
  tearDown: async () => fs.rmSync(dir, { recursive: true, force: true }),
  open: async () => createEmbeddedStore({ dataDir: dir, clock, sweepIntervalMs: 0 }),
  elapse: async (s) => clock.advance(s),
});

describe('embedded store on disk', () => {
  let work = '';
  beforeEach(() => {
    work = freshDir();
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('when the data directory does not exist, then it is created and holds the store file', async () => {
    const dataDir = path.join(work, 'nested', 'data');
    const store = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    await store.set('k', 1);
    await store.close();
    expect(fs.existsSync(path.join(dataDir, EMBEDDED_FILE_NAME))).toBe(true);
  });

  it('when expired entries are swept, then they are removed from the file and live ones stay', async () => {
    const clock2 = manualClock();
    const store = createEmbeddedStore({ dataDir: work, clock: clock2, sweepIntervalMs: 0 });
    await store.set('old-1', 1, 10);
    await store.set('old-2', 2, 10);
    await store.set('young', 3, 100);
    await store.set('forever', 4);
    clock2.advance(11);
    expect(await store.sweep()).toBe(2);
    expect(await store.sweep()).toBe(0);
    expect(await store.get('young')).toBe(3);
    expect(await store.get('forever')).toBe(4);
    await store.close();
  });

  it('when another process increments the same key at the same time, then no increment is lost', async () => {
    const perSide = 150;
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'embedded-worker.ts'), work, 'shared-counter', String(perSide)], {
      cwd: path.resolve(__dirname, '../../..'),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d.toString();
        if (out.includes('ready')) resolve();
      });
      child.once('exit', () => reject(new Error(`worker exited early: ${err}`)));
    });

    const store = createEmbeddedStore({ dataDir: work, sweepIntervalMs: 0 });
    try {
      child.stdin.end('go\n');
      await Promise.all(Array.from({ length: perSide }, () => store.update<{ n: number }>('shared-counter', (c) => ({ n: (c?.n ?? 0) + 1 }))));
      expect(await exited).toBe(0);
      expect(out).toContain('done');
      const final = await store.update<{ n: number }>('shared-counter', (c) => c); // read under the write lock: latest commit
      expect(final).toEqual({ n: 2 * perSide });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await store.close();
    }
  });
});
