/**
 * QA 37 F2 through the real exits: a secret access key of 38, 39, 40 and 41 characters in a key's position (after
 * `aws configure set aws_secret_access_key`, after its name and a blank or tab, after its key id, a console CSV row,
 * `new BasicAWSCredentials("AKIA…", "…")`, `Secret:`) is in no output of `diagnose --json`, `--jsonl` and `--lines`, in
 * no reply of `chat --jsonl` nor a byte of its embedded store, and in no call the Slack app makes nor a byte of its
 * embedded store; every poster in Slack is warned privately, and the chat warns too. On main the 38 and 39 character
 * values were printed in excerpts, stored by chat and by the bot, and warned nowhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore } from '../../src/adapters/store/embedded-store';
import { startHarness } from '../helpers/fake-slack/harness';
import { SecretMaker } from '../helpers/pasted-shapes';
import { runCli } from '../helpers/run-cli';
import { leakedPieces } from '../helpers/secret-shapes';
import { filesUnder } from '../helpers/stored-bytes';
import { rng } from '../helpers/synthetic-case';

const SIGNATURE_ERROR = 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.';

const SHAPES: Array<(s: string, id: string) => string> = [
  (s) => `aws configure set aws_secret_access_key ${s}`,
  (s) => `aws configure set aws_secret_access_key ${s} --profile dev`,
  (s) => `aws_secret_access_key\t${s}`,
  (s, id) => `${id} ${s}`,
  (s, id) => `deploy-bot,,${id},${s},https://123456789012.signin.aws.amazon.com/console`,
  (s, id) => `new BasicAWSCredentials("${id}", "${s}")`,
  (s, id) => `Access key ID: ${id} Secret: ${s}`,
];
const LENGTHS = [38, 39, 40, 41];

interface Paste {
  line: string;
  secret: string;
}

/** Each shape at each length, with keys drawn at run time from a seeded generator (reproducible, never committed). */
function pastes(seed: number): Paste[] {
  const m = new SecretMaker(rng(seed));
  return SHAPES.flatMap((shape) =>
    LENGTHS.map((n) => {
      let secret = '';
      while (!(/[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret))) secret = m.b64(n);
      return { line: shape(secret, m.keyId()), secret };
    }),
  );
}

function expectNoLeak(where: string, output: string, ps: readonly Paste[]): void {
  const leaked = ps.filter((p) => leakedPieces(output, [p.secret]).length > 0).map((p) => `${p.secret.length}: ${p.line.slice(0, 30)}`);
  expect({ where, leaked }).toEqual({ where, leaked: [] });
}

describe('QA37 F2: key-position secrets of 38 to 41 characters through the CLI as processes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-key-positions-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when each is diagnosed with --json, --jsonl and --lines, then no output holds a piece and every diagnosis reports the secret', async () => {
    const ps = pastes(3701);
    const texts = ps.map((p) => `java -Daws.accessKeyId=AKIAIOSFODNN7EXAMPLE -jar app.jar\n${p.line}\n${SIGNATURE_ERROR}`);
    const jsonl = await runCli(['diagnose', '--jsonl'], { stdin: `${texts.map((text, id) => JSON.stringify({ id, text })).join('\n')}\n`, env: { LOG_LEVEL: 'debug' } });
    expect(jsonl.code).toBe(0);
    expectNoLeak('diagnose --jsonl', `${jsonl.stdout}\n${jsonl.stderr}`, ps);
    const found = jsonl.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { secretsFound: string[] }).secretsFound);
    expect(found.filter((f) => f.length === 0)).toHaveLength(0);

    const lines = await runCli(['diagnose', '--lines'], { stdin: `${ps.map((p) => `${SIGNATURE_ERROR} ${p.line}`).join('\n')}\n`, env: { LOG_LEVEL: 'debug' } });
    expect(lines.code).toBe(0);
    expectNoLeak('diagnose --lines', `${lines.stdout}\n${lines.stderr}`, ps);

    const file = join(dir, 'f2.txt');
    writeFileSync(file, texts.join('\n'));
    const json = await runCli(['diagnose', '--json', file], { env: { LOG_LEVEL: 'debug' } });
    expect(json.code).toBe(0);
    expectNoLeak('diagnose --json', `${json.stdout}\n${json.stderr}`, ps);
    expect((JSON.parse(json.stdout) as { redactions: number }).redactions).toBe(ps.length);
  }, 120_000);

  it('when each is sent to chat --jsonl with an embedded store, then no reply nor stored byte holds a piece, and the chat warns', async () => {
    const ps = pastes(3702);
    const dataDir = join(dir, 'chat');
    const stdin = [JSON.stringify({ text: SIGNATURE_ERROR }), ...ps.map((p) => JSON.stringify({ text: `I ran ${p.line} and it still fails` }))].join('\n');
    const r = await runCli(['chat', '--jsonl', '--data-dir', dataDir], { stdin: `${stdin}\n`, env: { LOG_LEVEL: 'debug' } });
    expect(r.code).toBe(0);
    expectNoLeak('chat --jsonl replies', `${r.stdout}\n${r.stderr}`, ps);
    expectNoLeak('chat store files', filesUnder(dataDir), ps);
    const replies = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { warnings?: string[] });
    // every reply after the opening answers a message that held a secret
    expect(replies.slice(1).filter((x) => !(x.warnings ?? []).some((w) => w.includes('secret access key')))).toHaveLength(0);
  }, 120_000);
});

describe('QA37 F2: key-position secrets in a Slack thread', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-key-positions-slack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when each is posted as a thread reply, then every poster is warned privately and no call, log line or stored byte holds a piece', async () => {
    const ps = pastes(3703);
    const dataDir = join(dir, 'embedded');
    const kv = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    const h = await startHarness({ kv });
    try {
      const root = '1700003700.000001';
      await h.sendEvent({ text: SIGNATURE_ERROR, user: 'UROOT', channel: 'CF2', ts: root });
      for (const [i, p] of ps.entries()) await h.sendEvent({ text: `I ran ${p.line} and still fails`, user: `UP${i}`, channel: 'CF2', thread_ts: root });
      await h.settled();
      const warned = new Set(h.fake.callsTo('chat.postEphemeral').map((c) => c.body.user));
      expect(ps.map((_, i) => `UP${i}`).filter((u) => !warned.has(u))).toEqual([]);
      expectNoLeak('Slack Web API calls', h.fake.allTraffic(), ps);
      expectNoLeak('log lines', h.logs.text(), ps);
      expectNoLeak('stored bytes', filesUnder(dataDir), ps);
    } finally {
      await h.stop();
      await kv.close();
    }
  }, 120_000);
});
