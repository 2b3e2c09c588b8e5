/**
 * A second OS process on the same embedded store file. Opens the store, prints "ready", waits for
 * "go" on stdin, runs N concurrent increments of one key, prints "done" and exits.
 * Usage: node --require tsx/cjs embedded-worker.ts <dataDir> <key> <count>
 */
import { createEmbeddedStore } from '../../../src/adapters/store/embedded-store';

async function main(): Promise<void> {
  const [dataDir, key, count] = process.argv.slice(2);
  const store = createEmbeddedStore({ dataDir: dataDir!, sweepIntervalMs: 0 });
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.destroy(); // a flowing stdin would keep this process alive after the work is done
  await Promise.all(
    Array.from({ length: Number(count) }, () => store.update<{ n: number }>(key!, (c) => ({ n: (c?.n ?? 0) + 1 }))),
  );
  await store.close();
  process.stdout.write('done\n');
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
