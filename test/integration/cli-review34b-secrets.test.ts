/**
 * Review 34b's leaks through the CLI process (`awskey diagnose --json` and the text report, stdin): a database URL's
 * password of a port's digits and names (R34b-1), npm's `_auth` as an environment variable and raw (R34b-2), a key glued
 * after an SDK's session name and a key session name before `:` (R34b-3). Each was printed whole at bddd8e9f.
 */
import { runCli } from '../helpers/run-cli';
import { leakedPieces } from '../helpers/secret-shapes';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 40 characters of a secret access key's alphabet without `/`, stepped through the alphabet (no key-like literal stored). */
const KEY = Array.from({ length: 40 }, (_, i) => ALNUM[(i * 37 + 11) % ALNUM.length]).join('');
const AUTH = Buffer.from('deploy:Xq7pLm2RtZ9vNw4kHs8d').toString('base64');
const PASTE = [
  'DATABASE_URL=postgres://admin:2024/spring/tulips@db.internal.example.com:5432/app',
  `NPM_CONFIG__AUTH=${AUTH}`,
  '_auth=deploy:hunter2hunter',
  `User: arn:aws:sts::123456789012:assumed-role/Admin/botocore-session-1${KEY} is not authorized to perform: s3:GetObject`,
  `arn:aws:sts::123456789012:assumed-role/Admin/${KEY}: AccessDenied`,
].join('\n');
const SECRETS = ['2024/spring/tulips', AUTH, 'deploy:hunter2hunter', KEY];

describe("review 34b's leaks through the CLI", () => {
  test.each([[['diagnose', '--json']], [['diagnose']]])('when %j reads them from stdin, then no output holds a piece of any', async (args) => {
    const r = await runCli(args, { stdin: PASTE, env: { LOG_LEVEL: 'debug' } });
    expect(r.code).toBe(0);
    expect(leakedPieces(r.stdout + r.stderr, SECRETS)).toEqual([]);
  }, 60_000);
});
