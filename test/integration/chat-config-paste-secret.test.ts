/**
 * `awskey chat` piped, as a process, with a case open and a question waiting: a configuration block
 * whose secret's name sits on another line than its value (a Terraform variable's default, a container
 * env list, Maven's settings.xml, fish's `set -gx`) is read as one paste, so the secret is redacted
 * with its name in view. Taken line by line as answers (trial 22), `default = "…"` or `value: …`
 * reached the store and the replies unredacted. So is a block whose first line holds a secret the redactor finds
 * but none of those shapes (`password: …`): a password wrapped at the terminal's width left its last piece on a
 * line of its own, which no reader calls a secret, and that piece was stored as an answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretMaker } from '../helpers/pasted-shapes';
import { runCli } from '../helpers/run-cli';
import { leakedPieces } from '../helpers/secret-shapes';
import { filesUnder } from '../helpers/stored-bytes';
import { rng } from '../helpers/synthetic-case';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('awskey chat: configuration pasted while a question waits', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-chat-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when config blocks with the name and the value on different lines are piped after the first paste, then neither output nor store holds their secrets', async () => {
    const m = new SecretMaker(rng(2201));
    const secrets = [m.password(), m.password(), m.password(), m.password()];
    const blocks = [
      `variable "db_password" {\n  type    = string\n  default = "${secrets[0]}"\n}`,
      `- name: DB_PASSWORD\n  value: ${secrets[1]}`,
      `<server>\n  <id>s3-releases</id>\n  <password>${secrets[2]}</password>\n</server>`,
      `set -gx API_TOKEN ${secrets[3]}`,
    ];
    const dataDir = join(dir, 'data');
    const r = await runCli(['chat', '--data-dir', dataDir, '--session', 'cfg'], { stdin: `${ERROR_PASTE}\n\n${blocks.join('\n\n')}\n\nquit\n`, env: { LOG_LEVEL: 'debug' } });
    expect(r.code).toBe(0);
    expect(leakedPieces(`${r.stdout}\n${r.stderr}`, secrets.map((s) => s.slice(0, 16)))).toEqual([]);
    expect(leakedPieces(filesUnder(dataDir), secrets.map((s) => s.slice(0, 16)))).toEqual([]);
  }, 60_000);

  it('when a password wrapped at 80 columns is piped while a question waits, then neither output nor store holds its last piece', async () => {
    const m = new SecretMaker(rng(2204));
    // A dash after every 5 characters: no run of 20 key-like characters, so only its label gives the line away. The
    // line is 80 columns and ends in a letter or digit: the terminal wrapped the password there.
    const groups = Array.from({ length: 12 }, () => m.pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 5));
    const first = `password: ${groups.join('-').slice(0, 70)}`;
    const rest = m.pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 4) + m.pick('23456789', 2) + m.pick('abcdefghijkmnopqrstuvwxyz', 4);
    expect(first).toHaveLength(80);
    const dataDir = join(dir, 'data');
    const r = await runCli(['chat', '--data-dir', dataDir, '--session', 'wrap'], { stdin: `${ERROR_PASTE}\n\n${first}\n${rest}\n\nquit\n`, env: { LOG_LEVEL: 'debug' } });
    expect(r.code).toBe(0);
    // the last piece is shorter than leakedPieces' 16 characters: looked for whole
    for (const out of [`${r.stdout}\n${r.stderr}`, filesUnder(dataDir)]) {
      expect(out).not.toContain(rest);
      expect(leakedPieces(out, [first.slice(10)])).toEqual([]);
    }
  }, 60_000);
});
