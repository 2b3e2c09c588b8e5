/**
 * `npm run bench:lookup`: organisation-scale key lookup against the local fake AWS endpoint, run in
 * its own process with BENCH_LATENCY_MS (30) added to every answer and IAM's per-account rate limit
 * (BENCH_IAM_RATE = 20 requests/s, `Throttling` "Rate exceeded" beyond it), with the CLI's defaults
 * (no concurrency setting). For each size in BENCH_ACCOUNTS (default "10,30,100") x BENCH_USERS (1000):
 *
 * - cold scan time, and its ratio to the per-account API bound (accounts have separate limits, so
 *   the bound is the busiest account's IAM calls / its rate);
 * - a 1 % key churn (rotations recorded in CloudTrail) applied by one refresher round;
 * - warm lookups as a CLI process (`node dist/cli.js lookup`, or tsx when not built) on the same data dir;
 * - peak RSS of the cold scan as the product runs it (`node dist/cli.js lookup`, its own process, when built) and of
 *   this process (tsx and the harness included; the fake runs elsewhere).
 *
 * Then what the credential report saves on a realistic account (BENCH_REPORT_SHARE of users hold
 * keys, default 10 %): IAM calls with and without it. BENCH_WITH_KEYS (default 1) is the share of
 * users holding keys in the timed worlds: 1 is the worst case for the report (every user listed).
 * Quick run: BENCH_ACCOUNTS=10 npm run bench:lookup. CPU per call by kind: BENCH_CALLS=1 npm run bench:lookup.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setMaxListeners } from 'node:events';
import { GenerateCredentialReportCommand, GetCredentialReportCommand, ListAccessKeysCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { createAwsClients } from '../src/adapters/aws/clients';
import { createKeyDirectory } from '../src/adapters/aws/key-directory';
import { MIN_ACCOUNTS_FOR_WORKERS, scanThreads } from '../src/adapters/aws/scan-workers';
import { withSignal } from '../src/adapters/aws/sdk-send-path';
import { createStore } from '../src/adapters/store/create-store';
import { createMemoryStore } from '../src/adapters/store/memory-store';
import { loadConfig } from '../src/config';
import type { KeyValueStore } from '../src/usecases/ports';
import { scanKeys } from '../src/usecases/scan-account';
import { fakeAwsEnv } from '../test/helpers/fake-aws/env';
import { describeTimeline, fakeTimeline } from './scan-timeline';

const SIZES = (process.env.BENCH_ACCOUNTS ?? '10,30,100').split(',').map(Number).filter((n) => n > 0);
const USERS = Number(process.env.BENCH_USERS ?? 1000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);
const IAM_RATE = Number(process.env.BENCH_IAM_RATE ?? 20);
const WITH_KEYS = Number(process.env.BENCH_WITH_KEYS ?? 1);
const REPORT_SHARE = Number(process.env.BENCH_REPORT_SHARE ?? 0.1);
const ROOT = join(__dirname, '..');

interface FakeInfo {
  url: string;
  accounts: { id: string; name: string }[];
  samples: string[];
}

async function startFake(accounts: number, users: number, latency: number, rate: number, withKeys: number): Promise<{ info: FakeInfo; stop(): void }> {
  const args = ['--import', 'tsx', join(ROOT, 'test/helpers/fake-aws/standalone.ts'), String(accounts), String(users), String(latency), String(rate), String(withKeys)];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  return { info: JSON.parse(line) as FakeInfo, stop: () => child.stdin.end() };
}

interface FakeStats {
  calls: number;
  byAction: Record<string, number>;
  iamByAccount: Record<string, number>;
  iamThrottled: number;
  /** CPU of the fake's own process (it runs beside this one, on the same cores). */
  cpuMs: number;
}

async function stats(url: string): Promise<FakeStats> {
  return (await (await fetch(`${url}/_fake/stats`)).json()) as never;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** awskey's wait before its first credential-report check (iam-scan.ts); the fake answers STARTED once. */
const REPORT_FIRST_CHECK_MS = 250;

/**
 * The per-account API bound: accounts have separate IAM limits, so the busiest account's IAM calls
 * at IAM_RATE, plus what must happen one after another before its paced listing can start or
 * after it ends: AssumeRole, with the credential report two GenerateCredentialReport calls with
 * the report's generation between them (the fake's one STARTED answer, taken as awskey's first
 * check 250 ms later) and GetCredentialReport, each ListUsers page, and the last call's answer.
 * Each of those sequential calls takes max(latency, 1/rate).
 */
function apiBoundMs(s: FakeStats, accounts: number, users: number): { ms: number; busiest: number; what: string } {
  const busiest = Math.max(...Object.values(s.iamByAccount));
  const slot = Math.max(LATENCY_MS, 1000 / IAM_RATE);
  const report = (s.byAction.GetCredentialReport ?? 0) >= accounts;
  // A scan that walks a fresh credential report makes no ListUsers call.
  const pages = (s.byAction.ListUsers ?? 0) > 0 ? Math.ceil(users / 1000) : 0;
  const sequentialIam = (report ? 3 : 0) + pages;
  const ms = ((busiest - sequentialIam) / IAM_RATE) * 1000 + LATENCY_MS /* AssumeRole */ + sequentialIam * slot + (report ? REPORT_FIRST_CHECK_MS : 0) + LATENCY_MS;
  const what = `${busiest} IAM calls of the busiest account at ${IAM_RATE}/s; ${sequentialIam} of them in sequence (${report ? '3 credential-report calls, ' : ''}${pages} ListUsers page${pages === 1 ? '' : 's'}) at max(${LATENCY_MS} ms, 1/rate) each, plus AssumeRole${report ? `, the report's generation (${REPORT_FIRST_CHECK_MS} ms)` : ''} and the last answer`;
  return { ms, busiest, what };
}
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const hintOf = (id: string) => `AKIA...${id.slice(-4)}`;

function settings(info: FakeInfo, dataDir: string, extra: Record<string, string> = {}) {
  const env = { AWSKEY_ACCOUNTS: info.accounts.map((a) => `${a.name}=arn:aws:iam::${a.id}:role/awskey-read-only`).join(','), AWSKEY_DATA_DIR: dataDir, ...extra };
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  return { config: loaded.config, env };
}

function cliCommand(): { cmd: string[]; label: string } {
  if (existsSync(join(ROOT, 'dist/cli.js'))) return { cmd: [join(ROOT, 'dist/cli.js')], label: 'node dist/cli.js' };
  return { cmd: ['--import', 'tsx', join(ROOT, 'src/cli.ts')], label: 'node --import tsx src/cli.ts (not built)' };
}

/** CPU of this process's main thread alone (Linux /proc; the rest is worker threads, GC helpers, libuv). */
function mainThreadCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, 100 ticks per second
  } catch {
    return NaN;
  }
}

/** CPU seconds of this process's finished children (Linux /proc: cutime + cstime, in clock ticks). */
function childCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // fields 16 and 17 of stat; 100 ticks per second
  } catch {
    return NaN;
  }
}

function warmCli(env: Record<string, string>, hint: string): { ms: number; cpuMs: number; verdict: string } {
  const cpu0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...cliCommand().cmd, 'lookup', '--json', hint], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = performance.now() - t0;
  const verdict = (JSON.parse(r.stdout || '{}') as { verdict?: string }).verdict ?? `exit ${r.status}: ${r.stderr.slice(0, 200)}`;
  return { ms, cpuMs: childCpuMs() - cpu0, verdict };
}

/**
 * Peak RSS of a running child and of the processes it started (Linux VmHWM, sampled until it
 * exits), in MB: the largest single process (the CLI starts itself again with its heap limit, see
 * src/adapters/cli/heap-limit.ts) and the first one's own (that small parent).
 */
function sampleHwm(pid: number, peak: { mb: number; parentMb?: number }): NodeJS.Timeout {
  const hwm = (p: number) => {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  };
  return setInterval(() => {
    try {
      const own = hwm(pid);
      peak.parentMb = Math.max(peak.parentMb ?? 0, own);
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      peak.mb = Math.max(peak.mb, own, ...children.map((c) => {
        try {
          return hwm(c);
        } catch {
          return 0;
        }
      }));
    } catch {
      // The child has exited.
    }
  }, 200);
}

/**
 * The cold scan as the product runs it: `awskey lookup` as its own process on the built code, on a
 * fresh data dir (this process's RSS also holds tsx and the bench's bookkeeping).
 */
async function coldCli(env: Record<string, string>, hint: string): Promise<{ ms: number; peakMb: number; parentMb?: number; verdict: string } | undefined> {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) return undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'awskey-bench-cold-cli-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'lookup', '--json', hint], { cwd: ROOT, env: { ...process.env, ...env, AWSKEY_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'ignore'] });
  const peak: { mb: number; parentMb?: number } = { mb: 0 };
  const timer = sampleHwm(child.pid!, peak);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  rmSync(dataDir, { recursive: true, force: true });
  const r = JSON.parse(out || '{}') as { verdict?: string; accounts?: { scanned: number; failed: { reason: string }[] } };
  // Past AWSKEY_LOOKUP_WAIT_SECONDS the CLI answers from what it has scanned and names the rest.
  const unfinished = r.accounts?.failed.length ?? 0;
  const verdict = r.verdict ? `${r.verdict}; ${unfinished === 0 ? 'every account scanned' : `${unfinished} account(s) not finished (${r.accounts!.failed[0]!.reason.slice(0, 80)})`}` : `exit ${code}`;
  return { ms: performance.now() - t0, peakMb: peak.mb, parentMb: peak.parentMb, verdict };
}

/** Stored size of the key indexes, and the heap they take once parsed (measured around JSON.parse). */
async function indexSizes(store: KeyValueStore, info: FakeInfo): Promise<{ keys: number; jsonBytes: number; heapBytes: number }> {
  const texts: string[] = [];
  let keys = 0;
  for (const a of info.accounts) {
    const index = await store.get<{ rows: unknown[] }>(scanKeys.index(a.id));
    if (!index) continue;
    keys += index.rows.length;
    texts.push(JSON.stringify(index));
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const parsed = texts.map((t) => JSON.parse(t) as unknown);
  gc?.();
  const heapBytes = process.memoryUsage().heapUsed - before;
  if (parsed.length !== texts.length) throw new Error('unreachable');
  return { keys, jsonBytes: texts.reduce((n, t) => n + t.length, 0), heapBytes };
}

interface Row {
  /** The cold scan as a CLI process on the built code (absent when not built). */
  cliCold?: { ms: number; peakMb: number; parentMb?: number; verdict: string };
  accounts: number;
  coldMs: number;
  coldCpuMs: number;
  coldMainCpuMs: number;
  boundMs: number;
  boundWhat: string;
  iamCalls: number;
  /** Every request the fake answered during the cold scan (STS, IAM incl. Throttling answers). */
  awsCalls: number;
  fakeCpuMs: number;
  throttled: number;
  failed: number;
  churnMs: number;
  churnOk: string;
  warmMs: number;
  warmCpuMs: number;
  memAfterCold: string;
  keys: number;
  jsonBytes: number;
  heapBytes: number;
  warmVerdict: string;
  rss: number;
  timeline: string[];
}

async function runSize(n: number): Promise<Row> {
  const { info, stop } = await startFake(n, USERS, LATENCY_MS, IAM_RATE, WITH_KEYS);
  Object.assign(process.env, fakeAwsEnv(info.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'awskey-bench-lookup-'));
  try {
    const { config, env } = settings(info, dataDir);
    // BENCH_STORE=memory: an in-process store (to tell the store's memory from the scan's).
    const store = process.env.BENCH_STORE === 'memory' ? createMemoryStore() : await createStore(config);
    const directory = createKeyDirectory(config, { store });
    phasePeaks.clear();
    phase = 'cold scan';
    const fakeCpu0 = (await stats(info.url)).cpuMs;
    const fakeT0 = (await fakeTimeline(info.url)).now;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const main0 = mainThreadCpuMs();
    let cold = await directory.lookup(hintOf(info.samples[0]!));
    const answerMs = performance.now() - t0;
    // Past AWSKEY_LOOKUP_WAIT_SECONDS the lookup answers "scan still running" and the scans go on:
    // the cold scan ends when they do (then the lookup is asked again).
    if (cold.accounts.failed.some((f) => f.reason.startsWith('scan still running'))) {
      await directory.whenIdle();
      cold = await directory.lookup(hintOf(info.samples[0]!));
    }
    const coldMs = performance.now() - t0;
    if (coldMs > answerMs + 1000) console.log(`  (the first answer came after ${secs(answerMs)}, naming the accounts still being scanned; the scans finished at ${secs(coldMs)})`);
    const cpu = process.cpuUsage(cpu0);
    const coldCpuMs = (cpu.user + cpu.system) / 1000;
    const coldMainCpuMs = mainThreadCpuMs() - main0;
    const s = await stats(info.url);
    const timeline = describeTimeline((await fakeTimeline(info.url)).byAccount, fakeT0, IAM_RATE);
    const bound = apiBoundMs(s, n, USERS);
    const iamCalls = Object.values(s.iamByAccount).reduce((a, b) => a + b, 0);
    if (cold.matches.length !== 1) throw new Error(`cold lookup: ${cold.verdict} (${JSON.stringify(cold.accounts.failed).slice(0, 300)})`);
    const sizes = await indexSizes(store, info);
    const m = process.memoryUsage();
    const memAfterCold = `rss ${Math.round(m.rss / 1e6)} MB (heap ${Math.round(m.heapUsed / 1e6)}/${Math.round(m.heapTotal / 1e6)} MB, external ${Math.round(m.external / 1e6)} MB)`;

    // 1 % churn: rotations in IAM, recorded in CloudTrail; one refresher round applies them.
    const changes = (await (await fetch(`${info.url}/_fake/churn?fraction=0.01`)).json()) as { deleted: string; created: string }[];
    phase = 'refresh';
    const t1 = performance.now();
    const round = await directory.refreshOnce();
    const churnMs = performance.now() - t1;
    const created = await directory.lookup(hintOf(changes[0]!.created));
    const deleted = await directory.lookup(hintOf(changes[0]!.deleted));
    const churnOk = `${round.synced.length}/${n} accounts synced; new key: ${created.verdict}${created.matches[0]?.pending ? ' (pending IAM)' : ''}; old key: ${deleted.verdict}`;
    await directory.close();
    await store.close();
    phase = 'after';
    const rss = rssMb();

    const runs = [0, 1, 2].map(() => warmCli(env, hintOf(info.samples[1 % info.samples.length]!)));
    const warm = runs.sort((a, b) => a.ms - b.ms)[1]!;
    const cliCold = await coldCli(env, hintOf(info.samples[1 % info.samples.length]!));
    return { accounts: n, coldMs, coldCpuMs, coldMainCpuMs, boundMs: bound.ms, boundWhat: bound.what, iamCalls, awsCalls: s.calls, fakeCpuMs: s.cpuMs - fakeCpu0, throttled: s.iamThrottled, failed: cold.accounts.failed.length, churnMs, churnOk, warmMs: warm.ms, warmCpuMs: warm.cpuMs, memAfterCold, ...sizes, warmVerdict: warm.verdict, rss, timeline, cliCold };
  } finally {
    stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function reportSavings(): Promise<string> {
  const { info, stop } = await startFake(1, USERS, 0, 0, REPORT_SHARE);
  Object.assign(process.env, fakeAwsEnv(info.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'awskey-bench-report-'));
  try {
    const counts: Record<string, number> = {};
    for (const report of ['off', 'on']) {
      const before = (await stats(info.url)).iamByAccount[info.accounts[0]!.id] ?? 0;
      const { config } = settings(info, join(dataDir, report), { AWSKEY_CREDENTIAL_REPORT: report, AWSKEY_IAM_RATE: '1000' });
      const store = await createStore(config);
      const directory = createKeyDirectory(config, { store });
      const r = await directory.lookup(hintOf(info.samples[0]!));
      if (r.matches.length !== 1) throw new Error(`report ${report}: ${r.verdict}`);
      await directory.close();
      await store.close();
      counts[report] = ((await stats(info.url)).iamByAccount[info.accounts[0]!.id] ?? 0) - before;
    }
    const saved = counts.off! - counts.on!;
    return `credential report, 1 account x ${USERS} users, ${Math.round(REPORT_SHARE * 100)} % holding keys: ${counts.off} IAM calls without it, ${counts.on} with it (${saved} saved, ${Math.round((saved / counts.off!) * 100)} %; at ${IAM_RATE} req/s: ${secs((counts.off! / IAM_RATE) * 1000)} -> ${secs((counts.on! / IAM_RATE) * 1000)} per account)`;
  } finally {
    stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * BENCH_CALLS=1: awskey's CPU per AWS call by kind, through the clients a scan uses (no latency, no
 * rate limit, 16 calls in flight), with the fake's CPU per call beside it.
 */
async function callCosts(): Promise<void> {
  const { info, stop } = await startFake(1, USERS, 0, 0, 1);
  Object.assign(process.env, fakeAwsEnv(info.url));
  const clients = createAwsClients({ region: 'us-east-1', maxAttempts: 1, retryMode: 'standard' });
  const a = info.accounts[0]!;
  const account = clients.forAccount({ id: a.id, name: a.name, roleArn: `arn:aws:iam::${a.id}:role/awskey-read-only` });
  const signal = new AbortController().signal;
  setMaxListeners(0, signal);
  const user = (i: number) => `user-${String(i % USERS).padStart(5, '0')}`;
  const kinds: [string, number, (i: number) => Promise<unknown>][] = [
    ['ListAccessKeys (one user)', Number(process.env.BENCH_CALLS_N ?? 3000), (i) => account.iam.send(withSignal(new ListAccessKeysCommand({ UserName: user(i) }), signal))],
    [`ListUsers (a page of ${Math.min(USERS, 1000)} users)`, 40, () => account.iam.send(withSignal(new ListUsersCommand({ MaxItems: 1000 }), signal))],
    [`GetCredentialReport (${USERS} users)`, 40, () => account.iam.send(withSignal(new GetCredentialReportCommand({}), signal))],
  ];
  try {
    await account.credentials();
    while ((await account.iam.send(new GenerateCredentialReportCommand({}))).State !== 'COMPLETE');
    console.log(`CPU per AWS call (BENCH_CALLS=1: 16 in flight, no latency, no rate limit; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs)`);
    for (const [label, n, call] of kinds) {
      for (let i = 0; i < Math.min(n, 200); i++) await call(i); // warm-up (JIT, sockets)
      const fake0 = (await stats(info.url)).cpuMs;
      const cpu0 = process.cpuUsage();
      let next = 0;
      await Promise.all(Array.from({ length: 16 }, async () => {
        while (next < n) await call(next++);
      }));
      const cpu = process.cpuUsage(cpu0);
      const fakeMs = (await stats(info.url)).cpuMs - fake0;
      console.log(`  ${label}: awskey ${((cpu.user + cpu.system) / n).toFixed(0)} µs, the fake ${((fakeMs * 1000) / n).toFixed(0)} µs (${n} calls)`);
    }
  } finally {
    clients.destroy();
    stop();
  }
}

const baseRss = Math.round(process.memoryUsage().rss / 1e6);

/** Highest RSS seen (sampled every 100 ms) per phase of a run. */
const phasePeaks = new Map<string, number>();
let phase = 'start';
setInterval(() => {
  const m = process.memoryUsage();
  phasePeaks.set(phase, Math.max(phasePeaks.get(phase) ?? 0, Math.round(m.rss / 1e6)));
  phasePeaks.set(`${phase} (V8 heap)`, Math.max(phasePeaks.get(`${phase} (V8 heap)`) ?? 0, Math.round(m.heapTotal / 1e6)));
}, 100).unref();

async function main(): Promise<void> {
  if (process.env.BENCH_CALLS === '1') return callCosts();
  console.log(`lookup bench: ${SIZES.join('/')} accounts x ${USERS} users (${Math.round(WITH_KEYS * 100)} % hold 1-2 keys); fake AWS in its own process, ${LATENCY_MS} ms per answer, ${IAM_RATE} IAM requests/s per account (Throttling beyond); CLI defaults`);
  console.log(`warm lookups run as: ${cliCommand().label}`);
  const head = ['accounts', 'cold', 'API bound', 'ratio', 'IAM calls', 'Throttling answers', 'failed', '1% churn refresh', 'warm CLI lookup', 'peak RSS: cold CLI process / this bench process (tsx + harness)'];
  console.log(head.join(' | '));
  console.log(`(machine load average at start: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; wall times stretch with it)`);
  for (const n of SIZES) {
    const r = await runSize(n);
    console.log([r.accounts, secs(r.coldMs), secs(r.boundMs), `${(r.coldMs / r.boundMs).toFixed(2)}x`, r.iamCalls, r.throttled, r.failed, secs(r.churnMs), `${Math.round(r.warmMs)} ms wall, ${Math.round(r.warmCpuMs)} ms CPU (${r.warmVerdict})`, `${r.cliCold ? `${r.cliCold.peakMb} MB` : 'not built'} / ${r.rss} MB`].join(' | '));
    console.log(`  API bound: ${r.boundWhat}`);
    for (const line of r.timeline) console.log(`  ${line}`);
    console.log(`  cold scan CPU: awskey ${secs(r.coldCpuMs)} (${((r.coldCpuMs / r.awsCalls) * 1000).toFixed(0)} µs per AWS request, ${r.awsCalls} requests; main thread ${secs(r.coldMainCpuMs)}, the rest in scan workers, GC and I/O threads), the fake AWS process ${secs(r.fakeCpuMs)} (${((r.fakeCpuMs / r.awsCalls) * 1000).toFixed(0)} µs per request); ${(r.coldCpuMs / r.coldMs).toFixed(2)} + ${(r.fakeCpuMs / r.coldMs).toFixed(2)} cores busy on average`);
    const threads = n >= MIN_ACCOUNTS_FOR_WORKERS ? scanThreads() : 0;
    console.log(`  scan threads: the main thread${threads > 0 ? ` + ${threads} worker${threads === 1 ? '' : 's'} (scan-workers.ts: ${n} accounts >= ${MIN_ACCOUNTS_FOR_WORKERS}; AWSKEY_SCAN_THREADS=${process.env.AWSKEY_SCAN_THREADS ?? 'unset'})` : ' only'}`);
    console.log(
      r.cliCold
        ? `  cold scan as the product runs it (node dist/cli.js lookup, its own process, fresh data dir): ${secs(r.cliCold.ms)} (${(r.cliCold.ms / r.boundMs).toFixed(2)}x the bound, process start included), peak RSS ${r.cliCold.peakMb} MB (VmHWM sampled; the restarting parent ${r.cliCold.parentMb ?? '?'} MB), ${r.cliCold.verdict}`
        : '  cold scan as a CLI process: skipped (run npm run build first)',
    );
    console.log(`  memory right after the cold scan: ${r.memAfterCold}; before it (modules loaded, tsx included): ${baseRss} MB`);
    console.log(`  churn check: ${r.churnOk}`);
    console.log(`  RSS peaks by phase (sampled): ${[...phasePeaks].map(([k, v]) => `${k} ${v} MB`).join(', ')}`);
    const per100k = (bytes: number) => `${((bytes / r.keys) * 100_000 / 1e6).toFixed(1)} MB`;
    console.log(`  index: ${r.keys} keys; per 100,000 keys: ${per100k(r.jsonBytes)} of JSON in the store, about ${per100k(r.heapBytes)} of heap once parsed`);
  }
  console.log(await reportSavings());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
