/**
 * The world the `awskey lookup` process tests share: one account (payments, 131313131313) whose user
 * billing-job holds one key last used by Lambda, served by the fake IAM/STS on loopback for the length of the
 * calling describe block, and the settings that point the CLI at it (its own data directory, CloudTrail off).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeAwsEnv } from './env';
import { startFakeAws, type FakeAws } from './server';
import { accountsSetting, makeKey, makeUser, type FakeKey, type FakeWorld } from './world';

export interface LookupCliWorld {
  key: FakeKey;
  world: FakeWorld;
  /** Set in beforeAll. */
  fake: FakeAws;
  dataDir: string;
  env: Record<string, string>;
}

/** Registers beforeAll/afterAll in the calling describe block; read the fields inside tests. */
export function lookupCliWorld(dirPrefix: string): LookupCliWorld {
  const key = makeKey('131313131313', { lastUsed: { date: '2026-11-01T08:00:00Z', service: 'lambda', region: 'eu-central-1' } });
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [{ id: '131313131313', name: 'payments', users: [makeUser('billing-job', [key])] }] };
  const w = { key, world } as LookupCliWorld;
  beforeAll(async () => {
    w.fake = await startFakeAws(world);
    w.dataDir = mkdtempSync(join(tmpdir(), dirPrefix));
    w.env = { ...fakeAwsEnv(w.fake.url), AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_DATA_DIR: w.dataDir, AWSKEY_CLOUDTRAIL: 'off' };
  });
  afterAll(async () => {
    await w.fake.close();
    rmSync(w.dataDir, { recursive: true, force: true });
  });
  return w;
}
