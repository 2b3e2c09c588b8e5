/**
 * /awskey with the REAL key lookup: real SDK clients against a local AWS-protocol endpoint, several
 * accounts reached by AssumeRole, one of them never answering (a slow scan).
 */
import { createKeyDirectory, type AwsKeyDirectory } from '../../../src/adapters/aws/key-directory';
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { loadConfig } from '../../../src/config';
import { useFakeAwsEnv } from '../../helpers/fake-aws/env';
import { startFakeAws, type FakeAws } from '../../helpers/fake-aws/server';
import { newFormatKeyId } from '../../helpers/fake-aws/ids';
import { accountsSetting, makeKey, makeUser, type FakeWorld } from '../../helpers/fake-aws/world';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const PROD = '111122223333';
const DEV = '444455556666';
const LEGACY = '777788889999';

describe('/awskey with the real key lookup', () => {
  let aws: FakeAws;
  let restoreEnv: () => void;
  let h: Harness | undefined;
  let directory: AwsKeyDirectory | undefined;
  const inactive = makeKey(PROD, { status: 'Inactive' });

  beforeAll(async () => {
    const world: FakeWorld = {
      baseAccountId: '999999999999',
      baseKeyId: 'AKIAIOSFODNN7EXAMPLE',
      accounts: [
        { id: PROD, name: 'prod', users: [makeUser('ci-deployer', [inactive])] },
        { id: DEV, name: 'dev', users: [makeUser('alice', [makeKey(DEV)])] },
        { id: LEGACY, name: 'legacy', users: [makeUser('x', [makeKey(LEGACY)])], hang: true },
      ],
    };
    aws = await startFakeAws(world);
    restoreEnv = useFakeAwsEnv(aws.url);
  });
  afterAll(async () => {
    await aws.close();
    restoreEnv();
  });
  afterEach(async () => {
    await h?.stop();
    await directory?.close();
    h = undefined;
    directory = undefined;
  });

  async function start(worldAccounts: string): Promise<Harness> {
    const loaded = loadConfig({ AWSKEY_ACCOUNTS: worldAccounts, AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '1', AWSKEY_AWS_RETRY_MODE: 'standard', AWSKEY_CLOUDTRAIL: 'off' });
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    const kv = createMemoryStore();
    directory = createKeyDirectory(loaded.config, { store: kv });
    return startHarness({ kv, keyDirectory: directory, accountCount: 3 });
  }

  test('when a scan is still waiting on an account, then the command is already acknowledged, and the verdict arrives later naming the key owner', async () => {
    h = await start(`prod=arn:aws:iam::${PROD}:role/awskey-read-only,dev=arn:aws:iam::${DEV}:role/awskey-read-only,legacy=arn:aws:iam::${LEGACY}:role/awskey-read-only`);
    const ack = await h.sendCommand(`AKIA...${inactive.id.slice(-4)}`, { responseId: 'real' });
    expect(ack.status).toBe(200);
    expect(JSON.parse(ack.text).text).toContain('across 3 accounts');
    // Acknowledged while the scan is still running: no verdict has been delivered yet.
    expect(h.fake.calls.filter((c) => c.path === '/response/real' && Array.isArray(c.body.blocks))).toHaveLength(0);
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/real' && Array.isArray(x.body.blocks)), 'the verdict');
    const verdict = JSON.stringify(h.fake.calls.filter((c) => c.path === '/response/real').at(-1)!.body);
    expect(verdict).toContain('ci-deployer');
    expect(verdict).toContain('Inactive');
    expect(verdict).not.toContain(inactive.id); // only prefix…last4 ever leaves awskey
    expect(h.running.metrics.registry.getSingleMetric('awskey_lookups_total')).toBeDefined();
    expect(h.logs.text()).toContain('"audit":"key-lookup"');
  });

  test('when the command is written as the CLI writes it (`/awskey lookup AKIA...1234`), then the key is looked up, and a bare `lookup` gets the usage instead of a search for a key ending in LOOKUP', async () => {
    h = await start(accountsSetting({ baseAccountId: '', baseKeyId: '', accounts: [{ id: PROD, name: 'prod', users: [makeUser('ci-deployer', [inactive])] }] }));
    const ack = await h.sendCommand(`lookup AKIA...${inactive.id.slice(-4)}`, { responseId: 'word' });
    expect(JSON.parse(ack.text).text).toContain(`Looking up AKIA…${inactive.id.slice(-4)}`);
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/word' && Array.isArray(x.body.blocks)), 'the verdict');
    expect(JSON.stringify(h.fake.calls.filter((c) => c.path === '/response/word').at(-1)!.body)).toContain('ci-deployer');
    const bare = JSON.parse((await h.sendCommand('lookup', { responseId: 'bare' })).text).text as string;
    expect(bare).toMatch(/Usage: `\/awskey AKIA…1234`/);
    expect(bare).not.toMatch(/LOOKUP/);
  });

  test('when the command holds words or a cut-off id instead of one key id, then the ack says so and nothing is looked up (no search for a key ending in HERE or IA12)', async () => {
    h = await start(accountsSetting({ baseAccountId: '', baseKeyId: '', accounts: [{ id: PROD, name: 'prod', users: [makeUser('ci-deployer', [inactive])] }] }));
    const answers: Record<string, string> = {};
    for (const [id, text] of [['words', 'hello there'], ['cut', 'AKIA12'], ['please', `AKIA...${inactive.id.slice(-4)} please`]] as const) {
      answers[id] = JSON.parse((await h.sendCommand(text, { responseId: id })).text).text as string;
    }
    expect(answers.words).toMatch(/not one access key id/);
    expect(answers.please).toMatch(/not one access key id/);
    expect(answers.cut).toMatch(/prefix AKIA and 2 more characters/);
    expect(Object.values(answers).join('\n')).not.toMatch(/Looking up/);
    expect(h.logs.text()).not.toContain('"audit":"key-lookup"');
  });

  test('when a full temporary (ASIA) key id is given, then the answer names the account that issued the session and whether awskey scans it', async () => {
    h = await start(accountsSetting({ baseAccountId: '', baseKeyId: '', accounts: [{ id: PROD, name: 'prod', users: [] }, { id: DEV, name: 'dev', users: [] }] }));
    const outside = newFormatKeyId('ASIA', '555566667777', 9);
    const ours = newFormatKeyId('ASIA', DEV, 10);
    await h.sendCommand(outside, { responseId: 'asia-out' });
    await h.sendCommand(`lookup ${ours}`, { responseId: 'asia-dev' });
    const verdict = async (id: string) => {
      await h!.fake.waitFor((c) => c.some((x) => x.path === `/response/${id}` && Array.isArray(x.body.blocks)), 'the verdict');
      return JSON.stringify(h!.fake.calls.filter((c) => c.path === `/response/${id}`).at(-1)!.body);
    };
    const out = await verdict('asia-out');
    expect(out).toContain('Temporary (STS) key');
    expect(out).toContain('issued in account 555566667777, which is not one of the 2 accounts awskey scans');
    expect(out).toMatch(/wrong role or profile/);
    expect(out).not.toContain(outside);
    expect(await verdict('asia-dev')).toContain(`issued in account ${DEV} (one of the accounts awskey scans)`);
  });

  test('when the id holds a Cyrillic look-alike or a hidden character, then the folded id is looked up and the verdict names the character as a likely cause', async () => {
    h = await start(accountsSetting({ baseAccountId: '', baseKeyId: '', accounts: [{ id: PROD, name: 'prod', users: [makeUser('ci-deployer', [inactive])] }] }));
    await h.sendCommand(`\u0410KIA\u200b...${inactive.id.slice(-4)}`, { responseId: 'odd' });
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/odd' && Array.isArray(x.body.blocks)), 'the verdict');
    const verdict = JSON.stringify(h.fake.calls.filter((c) => c.path === '/response/odd').at(-1)!.body);
    expect(verdict).toContain('ci-deployer');
    expect(verdict).toContain('character 1 is a Cyrillic look-alike (U+0410)');
    expect(verdict).toContain('hidden zero-width character (U+200B) before character 5');
    expect(verdict).toMatch(/itself a likely cause/);
  });

  test('when every account answers, then an unknown key is reported as not found', async () => {
    h = await start(accountsSetting({ baseAccountId: '', baseKeyId: '', accounts: [{ id: PROD, name: 'prod', users: [] }, { id: DEV, name: 'dev', users: [] }] }));
    await h.sendCommand('AKIA...ZZZZ', { responseId: 'nf' });
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/nf' && Array.isArray(x.body.blocks)), 'the verdict');
    expect(JSON.stringify(h.fake.calls.filter((c) => c.path === '/response/nf').at(-1)!.body)).toMatch(/Not found|Deleted/);
  });
});
