/**
 * Replica leasing with real processes: two bots (`src/main.ts`, the `npm start` entry point) share
 * the jest Redis and scan several accounts of the local IAM/STS endpoint through their background
 * refreshers. Each holds one account's lease at a time (AWSKEY_REFRESH_CONCURRENCY=1), so the
 * accounts are split between them. One is SIGKILLed mid-scan: its lease lapses (2 s here) and the
 * other takes the account over from its page checkpoint. A third process (`awskey lookup` on the
 * same Redis, two of them side by side) answers from the merged index without listing IAM again.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRedisStore } from '../../../src/adapters/store/redis-store';
import { Leases, type LeaseRecord } from '../../../src/usecases/leases';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { scanKeys } from '../../../src/usecases/scan-account';
import { entryArgs } from '../../helpers/built-entry';
import { fakeAwsEnv } from '../../helpers/fake-aws/env';
import { startFakeAws, type FakeAws, type FakeCall } from '../../helpers/fake-aws/server';
import { accountsSetting, bulkAccount, type FakeWorld } from '../../helpers/fake-aws/world';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack/fake-slack';
import { httpModeEnv, listeningPort, runMain, stopProc, type Proc } from '../../helpers/fake-slack/main-process';
import { testRedisUrl } from '../../helpers/test-redis';
import { hintFor } from './harness';

const ROOT = join(__dirname, '../../..');
const USERS = 80;
const PAGE = 10;
/** Position a ListUsers Marker of the fake stands for (base64 of the first user's position). */
const position = (c: FakeCall) => (c.params.Marker ? Number(Buffer.from(c.params.Marker, 'base64').toString('utf8')) : 0);
const userPosition = (c: FakeCall) => Number(c.params.UserName!.slice('user-'.length));

interface Checkpoint {
  pageMarker?: string;
  offset: number;
  users: number;
}

/** Polls an async check until it holds. */
async function until(check: () => Promise<boolean>, what: string, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function runLookup(hint: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...entryArgs('cli'), 'lookup', '--json', hint], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('two awskey processes on one Redis split a scan by account and take over a dead one', () => {
  // Account ids of this run only: the Redis server may hold indexes from earlier runs.
  const first = 200_000_000_000 + Math.floor(Math.random() * 700_000) * 1_000_000;
  // Four accounts: each replica finishes one and starts another, so one can be killed half way through its second.
  const accounts = Array.from({ length: 4 }, (_, i) => bulkAccount(String(first + i * 1111), `proc-${i}`, USERS));
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', latencyMs: 5, maxPageSize: PAGE, accounts };
  let aws: FakeAws;
  let slack: FakeSlack;
  let store: KeyValueStore;
  let dir: string;
  const procs: Proc[] = [];

  beforeAll(async () => {
    aws = await startFakeAws(world);
    slack = await startFakeSlack();
    store = await createRedisStore({ url: testRedisUrl() });
    dir = mkdtempSync(join(tmpdir(), 'awskey-replica-procs-'));
  });
  afterAll(async () => {
    for (const p of procs) await stopProc(p);
    await store.close();
    await slack.close();
    await aws.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const awsEnv = () => ({
    ...fakeAwsEnv(aws.url),
    REDIS_URL: testRedisUrl(),
    AWSKEY_ACCOUNTS: accountsSetting(world),
    AWSKEY_CLOUDTRAIL: 'off',
    AWSKEY_CREDENTIAL_REPORT: 'off',
    AWSKEY_IAM_RATE: '40',
    AWSKEY_ACCOUNT_CONCURRENCY: '4',
  });

  test('when one is killed mid-scan, then each account is scanned once, the other resumes the dead one from its checkpoint, and the merged index answers', async () => {
    const env = httpModeEnv(slack.apiUrl, {
      ...awsEnv(),
      LOG_LEVEL: 'info',
      AWSKEY_DATA_DIR: join(dir, 'data'),
      AWSKEY_SCAN_LEASE_SECONDS: '2',
      AWSKEY_REFRESH_CONCURRENCY: '1',
      AWSKEY_TRAIL_SYNC_SECONDS: '5',
    });
    const replicas = [runMain(env, dir), runMain(env, dir)];
    procs.push(...replicas);
    await Promise.all(replicas.map((p) => listeningPort(p)));
    const ownerOf = (owner: string | undefined) => replicas.findIndex((p) => owner?.startsWith(`awskey-${p.child.pid}-`));

    // Watch the leases in Redis: who holds which account, and how far each scan got.
    const leases = new Leases(store, { now: () => new Date() }, 'awskey:lookup:lease:');
    const heldBy = accounts.map(() => new Set<number>());
    const lease = async (id: string) => (await leases.read(scanKeys.lease(id))) as LeaseRecord | undefined;
    const finished = async (id: string) => (await store.get(scanKeys.indexStamp(id))) !== undefined;
    let victim: { replica: number; account: number } | undefined;
    await until(async () => {
      const done = new Map<number, number>();
      const live: { replica: number; account: number; users: number }[] = [];
      for (const [i, a] of accounts.entries()) {
        const rec = await lease(a.id);
        const r = ownerOf(rec?.owner);
        if (r < 0) continue;
        if (rec!.until > Date.now()) heldBy[i]!.add(r);
        if (await finished(a.id)) done.set(r, (done.get(r) ?? 0) + 1);
        else if (rec!.until > Date.now()) live.push({ replica: r, account: i, users: (await store.get<Checkpoint>(scanKeys.checkpoint(a.id)))?.users ?? 0 });
      }
      const pick = live.find((l) => done.has(l.replica) && l.users >= 3 * PAGE && l.users <= USERS - 3 * PAGE);
      if (pick) victim = { replica: pick.replica, account: pick.account };
      return victim !== undefined;
    }, 'a replica that has finished an account and is half way through another', 60_000);
    const dead = replicas[victim!.replica]!;
    const survivor = victim!.replica === 0 ? 1 : 0;
    const target = accounts[victim!.account]!;
    dead.child.kill('SIGKILL');
    await dead.exited;
    // The dead replica's last requests are answered within a few ms; its lease runs 2 s longer.
    await new Promise((r) => setTimeout(r, 300));
    const cp = (await store.get<Checkpoint>(scanKeys.checkpoint(target.id)))!;
    expect(cp.users).toBeGreaterThanOrEqual(3 * PAGE);
    expect(ownerOf((await lease(target.id))!.owner)).toBe(victim!.replica);
    const atKill = aws.calls.length;

    await until(async () => (await Promise.all(accounts.map((a) => finished(a.id)))).every(Boolean), 'every account indexed', 60_000);
    // The survivor took the dead replica's account over (a second take of its lease).
    const taken = (await lease(target.id))!;
    expect(ownerOf(taken.owner)).toBe(survivor);
    expect(taken.takes).toBe(2);
    // Both replicas held leases: the accounts were split between them, one holder per lease.
    expect(new Set(heldBy.flatMap((s) => [...s]))).toEqual(new Set([0, 1]));

    for (const a of accounts) {
      const pages = aws.callsTo('ListUsers', a.id).filter((c) => c.status === 200);
      const keys = aws.callsTo('ListAccessKeys', a.id).filter((c) => c.status === 200);
      if (a === target) {
        // Resumed at the checkpoint: no page before it and no user before it is asked for again.
        const resumed = aws.calls.slice(atKill).filter((c) => c.accountId === a.id);
        const checkpointPage = position({ params: { ...(cp.pageMarker ? { Marker: cp.pageMarker } : {}) } } as FakeCall);
        expect(resumed.filter((c) => c.action === 'ListUsers').map(position)[0]).toBe(checkpointPage);
        expect(Math.min(...resumed.filter((c) => c.action === 'ListAccessKeys').map(userPosition))).toBeGreaterThanOrEqual(cp.users);
        for (let p = 0; p < checkpointPage; p += PAGE) expect(pages.filter((c) => position(c) === p)).toHaveLength(1);
        for (let u = 0; u < cp.users; u++) expect(keys.filter((c) => userPosition(c) === u)).toHaveLength(1);
      } else {
        // One lease per account: every page and every user's keys served once.
        expect(pages.map(position).sort((x, y) => x - y)).toEqual(Array.from({ length: USERS / PAGE }, (_, i) => i * PAGE));
        expect(keys).toHaveLength(USERS);
      }
      expect(new Set(keys.map(userPosition)).size).toBe(USERS);
    }

    // A third process answers from the merged index: keys from the resumed account and from another.
    const other = accounts.find((a) => a !== target)!;
    const listed = aws.calls.length;
    // The two lookups run side by side (each its own process and data dir): neither lists IAM, so neither waits on the other.
    const keys = [target.users[USERS - 1]!.keys[0]!, other.users[0]!.keys[0]!];
    const runs = await Promise.all(keys.map((key, i) => runLookup(hintFor(key.id), { ...awsEnv(), AWSKEY_DATA_DIR: join(dir, `cli-${i}`) })));
    for (const [i, key] of keys.entries()) {
      const r = runs[i]!;
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'active-unused', accounts: { scanned: accounts.length, failed: [] }, matches: [{ accessKeyId: expect.stringMatching(new RegExp(`${key.id.slice(-4)}$`)) }] });
    }
    expect(aws.calls.slice(listed).filter((c) => c.action === 'ListUsers' || c.action === 'ListAccessKeys')).toEqual([]);
  }, 150_000);
});
