/**
 * `npm run bench:lookup`: 20 accounts x 500 users x 1-2 keys behind the local fake AWS endpoint
 * (its own process, each answer delayed by BENCH_LATENCY_MS to stand in for the network round trip
 * to AWS). Prints the cold scan (time, API calls), warm lookups (from the key index), and a naive
 * sequential scan (one account and user after another, like a shell loop over
 * `aws iam list-access-keys`), side by side. BENCH_ACCOUNTS / BENCH_USERS change the size.
 */
import { ListAccessKeysCommand, ListUsersCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { createKeyDirectory } from '../src/adapters/aws/key-directory';
import { createMemoryStore } from '../src/adapters/store/memory-store';
import { loadConfig } from '../src/config';
import { fakeAwsEnv } from '../test/helpers/fake-aws/env';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 20);
const USERS = Number(process.env.BENCH_USERS ?? 500);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
/** The naive loop is measured on this many accounts and scaled up (it is slow by nature). */
const NAIVE_ACCOUNTS = Math.min(ACCOUNTS, Number(process.env.BENCH_NAIVE_ACCOUNTS ?? 2));
const WARM_RUNS = 500;

interface FakeInfo {
  url: string;
  accounts: { id: string; name: string }[];
  samples: string[];
}

async function startFake(): Promise<{ info: FakeInfo; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../test/helpers/fake-aws/standalone.ts'), String(ACCOUNTS), String(USERS), String(LATENCY_MS)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  return { info: JSON.parse(line) as FakeInfo, stop: () => child.stdin.end() };
}

async function calls(url: string): Promise<number> {
  const r = await fetch(`${url}/_fake/stats`);
  return ((await r.json()) as { calls: number }).calls;
}

const ms = (t0: number) => performance.now() - t0;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function naiveScan(info: FakeInfo, target: string): Promise<{ ms: number; found: boolean }> {
  const t0 = performance.now();
  const sts = new STSClient({});
  let found = false;
  for (const a of info.accounts.slice(0, NAIVE_ACCOUNTS)) {
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${a.id}:role/awskey-read-only`, RoleSessionName: 'naive' }));
    const c = out.Credentials!;
    const iam = new IAMClient({ credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken } });
    let marker: string | undefined;
    do {
      const page = await iam.send(new ListUsersCommand({ MaxItems: 1000, Marker: marker }));
      for (const u of page.Users ?? []) {
        const keys = await iam.send(new ListAccessKeysCommand({ UserName: u.UserName }));
        if (keys.AccessKeyMetadata?.some((k) => k.AccessKeyId === target)) found = true;
      }
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    iam.destroy();
  }
  sts.destroy();
  return { ms: ms(t0), found };
}

async function main(): Promise<void> {
  const { info, stop } = await startFake();
  Object.assign(process.env, fakeAwsEnv(info.url));
  const accountsSetting = info.accounts.map((a) => `${a.name}=arn:aws:iam::${a.id}:role/awskey-read-only`).join(',');
  const loaded = loadConfig({ AWSKEY_ACCOUNTS: accountsSetting, AWSKEY_SCAN_CONCURRENCY: '20', AWSKEY_ACCOUNT_CONCURRENCY: '8', AWSKEY_CLOUDTRAIL: 'off' });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const store = createMemoryStore();
  const directory = createKeyDirectory(loaded.config, { store });
  const hintOf = (id: string) => `AKIA...${id.slice(-4)}`;

  const c0 = await calls(info.url);
  let t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const cold = await directory.lookup(hintOf(info.samples[0]!));
  const coldMs = ms(t0);
  const coldCpu = process.cpuUsage(cpu0);
  const coldCpuMs = (coldCpu.user + coldCpu.system) / 1000;
  const coldCalls = (await calls(info.url)) - c0;
  if (cold.matches.length !== 1) throw new Error(`cold lookup found ${cold.matches.length} matches (${cold.verdict})`);

  // First lookup of each sample key: the index is warm, the key's last use is read once.
  const c1 = await calls(info.url);
  const firstSeen: number[] = [];
  for (const id of info.samples.slice(1)) {
    t0 = performance.now();
    await directory.lookup(hintOf(id));
    firstSeen.push(ms(t0));
  }
  const firstSeenCalls = (await calls(info.url)) - c1;
  firstSeen.sort((a, b) => a - b);

  const c2 = await calls(info.url);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const id = info.samples[i % info.samples.length]!;
    t0 = performance.now();
    const r = await directory.lookup(hintOf(id));
    warm.push(ms(t0));
    if (r.matches.length !== 1) throw new Error(`warm lookup: ${r.verdict}`);
  }
  const warmCalls = (await calls(info.url)) - c2;
  warm.sort((a, b) => a - b);

  const c3 = await calls(info.url);
  const naive = await naiveScan(info, info.samples[0]!);
  const naiveCalls = (await calls(info.url)) - c3;
  const scale = ACCOUNTS / NAIVE_ACCOUNTS;

  const row = (name: string, time: string, apiCalls: string) => console.log(`${name.padEnd(44)}${time.padStart(26)}${apiCalls.padStart(12)}`);
  console.log(`lookup bench: ${ACCOUNTS} accounts x ${USERS} users x 1-2 keys; fake AWS endpoint in its own process, ${LATENCY_MS} ms added per answer`);
  console.log('');
  row('', 'time', 'API calls');
  row('awskey cold scan (parallel, all accounts)', `${coldMs.toFixed(0)} ms`, String(coldCalls));
  row('awskey first lookup of a key, warm index', `p50 ${pct(firstSeen, 50).toFixed(1)} ms`, `${(firstSeenCalls / Math.max(1, firstSeen.length)).toFixed(1)}/lookup`);
  row(`awskey warm lookup (x${WARM_RUNS})`, `p50 ${pct(warm, 50).toFixed(2)} / p95 ${pct(warm, 95).toFixed(2)} ms`, String(warmCalls));
  row(`naive sequential scan (${NAIVE_ACCOUNTS} accounts measured)`, `${naive.ms.toFixed(0)} ms`, String(naiveCalls));
  row(`naive sequential scan (x${scale} = ${ACCOUNTS} accounts)`, `~${(naive.ms * scale).toFixed(0)} ms`, `~${(naiveCalls * scale).toFixed(0)}`);
  console.log('');
  console.log(`cold scan vs naive: x${((naive.ms * scale) / coldMs).toFixed(1)} faster; warm lookup (p50) vs naive: x${((naive.ms * scale) / pct(warm, 50)).toFixed(0)} faster`);
  console.log(`cold scan CPU in this process: ${coldCpuMs.toFixed(0)} ms (${((coldCpuMs / coldCalls) * 1000).toFixed(0)} µs per API call: SDK signing, XML parsing, awskey)`);
  console.log(`cold scan throughput: ${((coldCalls / coldMs) * 1000).toFixed(0)} API calls/s (naive: ${((naiveCalls / naive.ms) * 1000).toFixed(0)}/s)`);
  console.log(`aim: warm lookups < 10 ms -> ${pct(warm, 95) < 10 ? 'met' : 'NOT met'} (p95 ${pct(warm, 95).toFixed(2)} ms, max ${warm.at(-1)!.toFixed(2)} ms)`);
  await directory.close();
  await store.close();
  stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
