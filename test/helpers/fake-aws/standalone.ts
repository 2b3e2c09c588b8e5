/**
 * The fake AWS endpoint as its own process (for benchmarks, so the endpoint does not share the
 * event loop with the code being measured). Usage: standalone.ts ACCOUNTS USERS_PER_ACCOUNT [LATENCY_MS].
 * Prints one JSON line {url, accounts, samples} and serves until stdin closes.
 * GET /_fake/stats returns the call counts.
 */
import { startFakeAws } from './server';
import { BASE_KEY_ID, bulkAccount, type FakeWorld } from './world';

async function main(): Promise<void> {
  const accounts = Number(process.argv[2] ?? 20);
  const users = Number(process.argv[3] ?? 500);
  const latencyMs = Number(process.argv[4] ?? 0);
  const world: FakeWorld = {
    baseAccountId: '999999999999',
    baseKeyId: BASE_KEY_ID,
    latencyMs,
    accounts: Array.from({ length: accounts }, (_, i) => bulkAccount(String(100000000000 + i * 1111), `account-${i + 1}`, users)),
  };
  const fake = await startFakeAws(world);
  const samples = world.accounts.map((a, i) => a.users[(i * 37) % a.users.length]!.keys[0]!.id);
  process.stdout.write(`${JSON.stringify({ url: fake.url, accounts: world.accounts.map((a) => ({ id: a.id, name: a.name })), samples })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void fake.close().then(() => process.exit(0)));
}

void main();
