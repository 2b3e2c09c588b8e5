/**
 * The trimmed SDK send path (src/adapters/aws/sdk-send-path.ts) against the fake AWS endpoint with
 * the real SDK clients: the abort signal still reaches the HTTP request although sends carry no
 * options (so the client's middleware cache is used), nothing of it leaks into the request, and a
 * scan assumes each account's role once however many calls and scans it makes.
 */
import { GenerateCredentialReportCommand, GetCredentialReportCommand, ListAccessKeysCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createAwsClients } from '../../../src/adapters/aws/clients';
import { createAwsKeySource } from '../../../src/adapters/aws/key-source';
import { loadConfig } from '../../../src/config';
import { TRIMMED_MIDDLEWARE, USER_AGENT, endpointFromEnv, leanSendPath, withSignal } from '../../../src/adapters/aws/sdk-send-path';
import { useFakeAwsEnv } from '../../helpers/fake-aws/env';
import { startFakeAws } from '../../helpers/fake-aws/server';
import { accountsSetting, bulkAccount, BASE_KEY_ID, roleArn, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, startHarness } from './harness';

const waitFor = async (check: () => boolean, ms = 3000) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return check();
};

describe('the SDK send path', () => {
  it('when a call is aborted, then its HTTP request is closed at the endpoint (the abort reaches the socket)', async () => {
    const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: BASE_KEY_ID, accounts: [{ ...bulkAccount('121212121212', 'hangs', 3), hang: true }] };
    const fake = await startFakeAws(world);
    const restore = useFakeAwsEnv(fake.url);
    const clients = createAwsClients({ region: 'us-east-1', maxAttempts: 1, retryMode: 'standard' });
    try {
      const iam = clients.forAccount({ id: '121212121212', name: 'hangs', roleArn: roleArn('121212121212') }).iam;
      const ctl = new AbortController();
      const call = iam.send(withSignal(new ListAccessKeysCommand({ UserName: 'user-00000' }), ctl.signal));
      expect(await waitFor(() => fake.openHangs() === 1)).toBe(true);
      ctl.abort(new Error('timed out'));
      // Only the SDK's own abort ends the call (nothing else races it here); 2 s means it did not.
      const settled = await Promise.race([call.then(() => 'answered', () => 'aborted'), new Promise((r) => setTimeout(r, 2000, 'still waiting'))]);
      expect(settled).toBe('aborted');
      expect(await waitFor(() => fake.openHangs() === 0)).toBe(true);
      // The signal rode on the input only: the request carried the modelled members, nothing else.
      expect(fake.callsTo('ListAccessKeys')[0]!.params).toEqual({ Action: 'ListAccessKeys', Version: '2010-05-08', UserName: 'user-00000' });
    } finally {
      clients.destroy();
      await fake.close();
      restore();
    }
  });

  it('when accounts are scanned, then each role is assumed once for all its calls and for a rescan, and calls carry awskey\'s user agent', async () => {
    const world: FakeWorld = {
      baseAccountId: '999999999999',
      baseKeyId: BASE_KEY_ID,
      maxPageSize: 50,
      accounts: [bulkAccount('131313131313', 'one', 120), bulkAccount('141414141414', 'two', 120), bulkAccount('151515151515', 'three', 120)],
    };
    const sample = world.accounts[1]!.users[7]!.keys[0]!.id;
    const h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off', AWSKEY_CREDENTIAL_REPORT: 'off' });
    try {
      const first = await h.directory.lookup(hintFor(sample));
      expect(first.matches).toHaveLength(1);
      await h.directory.lookup(hintFor(sample), { refresh: true });
      const assumed = h.fake.callsTo('AssumeRole').map((c) => c.params.RoleArn);
      expect(assumed.sort()).toEqual(world.accounts.map((a) => roleArn(a.id)).sort());
      // 3 pages and 120 ListAccessKeys per account and scan, twice: all on those three sessions.
      expect(h.fake.callsTo('ListAccessKeys')).toHaveLength(2 * 3 * 120);
      expect(new Set(h.fake.calls.map((c) => c.userAgent))).toEqual(new Set([USER_AGENT]));
    } finally {
      await h.close();
    }
  });

  it('when the credential report is read, then its content arrives byte for byte with the rest of the answer, and a missing report is still an SDK error', async () => {
    const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: BASE_KEY_ID, accounts: [bulkAccount('161616161616', 'reported', 300, 0.1)] };
    const fake = await startFakeAws(world);
    const restore = useFakeAwsEnv(fake.url);
    const clients = createAwsClients({ region: 'us-east-1', maxAttempts: 1, retryMode: 'standard' });
    try {
      const iam = clients.forAccount({ id: '161616161616', name: 'reported', roleArn: roleArn('161616161616') }).iam;
      await expect(iam.send(new GetCredentialReportCommand({}))).rejects.toMatchObject({ name: 'CredentialReportNotPresentException' });
      while ((await iam.send(new GenerateCredentialReportCommand({}))).State !== 'COMPLETE');
      const out = await iam.send(new GetCredentialReportCommand({}));
      const report = world.accounts[0]!.report!;
      expect(Buffer.from(out.Content!).toString('utf8')).toBe(report.csv);
      expect(out).toMatchObject({ ReportFormat: 'text/csv', GeneratedTime: new Date(report.generatedAt), $metadata: { httpStatusCode: 200 } });
    } finally {
      clients.destroy();
      await fake.close();
      restore();
    }
  });

  it('when CloudTrail events and a key\'s account are read, then each client builds its middleware stack once (the signal rides on the command, not in send options)', async () => {
    const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: BASE_KEY_ID, accounts: [bulkAccount('171717171717', 'trail', 3)] };
    const fake = await startFakeAws(world);
    const restore = useFakeAwsEnv(fake.url);
    const clients = createAwsClients({ region: 'us-east-1', maxAttempts: 1, retryMode: 'standard' });
    try {
      const account = { id: '171717171717', name: 'trail', roleArn: roleArn('171717171717') };
      // A middleware's factory runs each time the client builds its stack: once per command class
      // with the SDK's cache, on every send without it.
      const builds = { cloudTrail: 0, sts: 0 };
      clients.forAccount(account).cloudTrail.middlewareStack.add((next) => ((builds.cloudTrail++), next), { step: 'initialize', name: 'countBuilds' });
      clients.baseSts().middlewareStack.add((next) => ((builds.sts++), next), { step: 'initialize', name: 'countBuilds' });
      const config = loadConfig({ AWSKEY_ACCOUNTS: accountsSetting(world) });
      if (!config.ok) throw new Error(config.problems.join('; '));
      const source = createAwsKeySource(config.config.aws, clients);
      const signal = new AbortController().signal;
      for (let i = 0; i < 2; i++) expect(await source.keyEvents(account, new Date(Date.now() - 86_400_000), signal)).toEqual({ ok: true, value: [] });
      const keyId = world.accounts[0]!.users[0]!.keys[0]!.id;
      for (let i = 0; i < 2; i++) expect(await source.accessKeyAccount(keyId, signal)).toEqual({ ok: true, value: '171717171717' });
      expect(fake.callsTo('LookupEvents').length).toBeGreaterThanOrEqual(2);
      expect(builds).toEqual({ cloudTrail: 1, sts: 2 }); // STS: AssumeRole and GetAccessKeyInfo
    } finally {
      clients.destroy();
      await fake.close();
      restore();
    }
  });

  it('when a client is trimmed, then the SDK middleware it names existed and is gone, and no SDK retry header is sent (an SDK upgrade that renames them fails here)', async () => {
    const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: BASE_KEY_ID, accounts: [] };
    const fake = await startFakeAws(world);
    const restore = useFakeAwsEnv(fake.url);
    const stackOf = (c: STSClient) => c.middlewareStack.identify().map((line) => line.split(' ')[0]);
    /** The headers of the signed request, as they leave for the endpoint. */
    const sentHeaders = async (c: STSClient) => {
      let headers: Record<string, string> = {};
      c.middlewareStack.add(
        (next) => (args) => {
          headers = { ...(args.request as { headers: Record<string, string> }).headers };
          return next(args);
        },
        { step: 'finalizeRequest', priority: 'low', name: 'testCapture' },
      );
      await c.send(new GetCallerIdentityCommand({}));
      return headers;
    };
    const fresh = new STSClient({ region: 'us-east-1', maxAttempts: 1 });
    const lean = leanSendPath(new STSClient({ region: 'us-east-1', maxAttempts: 1 }));
    try {
      for (const name of TRIMMED_MIDDLEWARE) {
        expect(stackOf(fresh)).toContain(name);
        expect(stackOf(lean)).not.toContain(name);
      }
      expect(Object.keys(await sentHeaders(fresh))).toEqual(expect.arrayContaining(['amz-sdk-invocation-id', 'amz-sdk-request', 'authorization']));
      const leanHeaders = Object.keys(await sentHeaders(lean));
      expect(leanHeaders).toContain('authorization');
      expect(leanHeaders).not.toContain('amz-sdk-invocation-id');
      expect(leanHeaders).not.toContain('amz-sdk-request');
    } finally {
      fresh.destroy();
      lean.destroy();
      await fake.close();
      restore();
    }
  });

  it('reads an endpoint from the environment as the SDK would (service variable first), or leaves it to the SDK', () => {
    const url = 'http://127.0.0.1:4566/';
    expect(endpointFromEnv('IAM', { AWS_ENDPOINT_URL_IAM: url, AWS_ENDPOINT_URL: 'http://127.0.0.1:1/' })).toEqual({ protocol: 'http:', hostname: '127.0.0.1', port: 4566, path: '/' });
    expect(endpointFromEnv('CloudTrail', { AWS_ENDPOINT_URL: 'https://vpce.example.com' })).toEqual({ protocol: 'https:', hostname: 'vpce.example.com', path: '/' });
    expect(endpointFromEnv('STS', { AWS_ENDPOINT_URL: url, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toBeUndefined();
    expect(endpointFromEnv('STS', {})).toBeUndefined();
  });
});
