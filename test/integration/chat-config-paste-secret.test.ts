/**
 * `awskey chat` piped, as a process, with a case open and a question waiting: a configuration block
 * whose secret's name sits on another line than its value (a Terraform variable's default, a container
 * env list, Maven's settings.xml, fish's `set -gx`) is read as one paste, so the secret is redacted
 * with its name in view. Taken line by line as answers (trial 22), `default = "…"` or `value: …`
 * reached the store and the replies unredacted.
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
});
