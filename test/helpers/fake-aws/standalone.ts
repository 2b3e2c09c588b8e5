/**
 * The fake AWS endpoint as its own process (for benchmarks, so the endpoint does not share the
 * event loop with the code being measured). Usage: standalone.ts ACCOUNTS USERS_PER_ACCOUNT [LATENCY_MS]
 * [IAM_REQUESTS_PER_SECOND (0: no limit)] [SHARE_OF_USERS_WITH_KEYS (default 1)].
 * POST/GET /_fake/churn?fraction=0.01 rotates that share of keys (with CloudTrail events).
 * Prints one JSON line {url, accounts, samples} and serves until stdin closes.
 * GET /_fake/stats returns the call counts.
 */
import { startFakeAws } from './server';
import { BASE_KEY_ID, bulkAccount, type FakeWorld } from './world';

async function main(): Promise<void> {
  const accounts = Number(process.argv[2] ?? 20);
  const users = Number(process.argv[3] ?? 500);
  const latencyMs = Number(process.argv[4] ?? 0);
  const iamRatePerSecond = Number(process.argv[5] ?? 0) || undefined;
  const withKeys = Number(process.argv[6] ?? 1);
  const world: FakeWorld = {
    baseAccountId: '999999999999',
    baseKeyId: BASE_KEY_ID,
    latencyMs,
    iamRatePerSecond,
    accounts: Array.from({ length: accounts }, (_, i) => bulkAccount(String(100000000000 + i * 1111), `account-${i + 1}`, users, withKeys)),
  };
  const fake = await startFakeAws(world);
  const samples = world.accounts.map((a, i) => {
    const holders = a.users.filter((u) => u.keys.length > 0);
    return holders[(i * 37) % holders.length]!.keys[0]!.id;
  });
  process.stdout.write(`${JSON.stringify({ url: fake.url, accounts: world.accounts.map((a) => ({ id: a.id, name: a.name })), samples })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void fake.close().then(() => process.exit(0)));
}

void main();
