/**
 * Secrets a person would call secret, written the ways issue threads write them, planted into real tuning pastes and
 * followed through every exit: the CLI's --json and text report, the chat engine's replies (terminal and Slack blocks),
 * the stored case, and the log (debug level, every line the engine writes). Stop 33's sweep of the real corpora found
 * three that left whole: a URL password holding a percent-encoded `/` (as a secret access key must be written there),
 * ODBC's `Pwd=`, and a Kubernetes Secret's `data:` / `stringData:` entry under a key that names no secret.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { toJsonResult } from '../../../src/adapters/cli/diagnose-command';
import { renderReport } from '../../../src/adapters/cli/diagnosis-report';
import { renderReplies } from '../../../src/adapters/cli/render-terminal';
import { createLogger } from '../../../src/adapters/logging/logger';
import { renderMessages } from '../../../src/adapters/slack/render-blocks';
import { createCaseStore } from '../../../src/adapters/store/case-store';
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { diagnose } from '../../../src/core/diagnose';
import { handleCaseInput } from '../../../src/usecases/handle-case-input';

const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const PW = 'Xq7pLm2RtZ9vNw4kHs8d';
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 40 characters of a secret access key's alphabet without `/`, stepped through the alphabet (no key-like literal stored). */
const NO_SLASH_KEY = Array.from({ length: 40 }, (_, i) => ALNUM[(i * 37 + 11) % ALNUM.length]).join('');
const NOW = new Date('2026-12-07T00:00:00Z');

/** Real tuning pastes (an env export, a credentials error, an SDK config): the secret goes after their first line. */
const REAL = ['aws-aws-cli-6280.json', 'hashicorp-terraform-8816.json', 'vercel-ai-3018.json'].map(
  (f) => (JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'real-pastes', 'tuning', f), 'utf8')) as { paste: string }).paste,
);

/** [shape, text to plant, the secret as it must not appear (raw and as written)]. */
const SHAPES: Array<[string, string, string[]]> = [
  ['a URL password with a %2F-encoded slash', `git clone https://deploy:${encodeURIComponent(KEY)}@git.example.com/org/repo.git`, [KEY, encodeURIComponent(KEY)]],
  ['an ODBC connection string Pwd=', `Driver={ODBC Driver 18 for SQL Server};Server=db;Uid=sa;Pwd=${PW};`, [PW]],
  ['a Kubernetes Secret data: entry under any key', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  creds.json: ${b64(`{"k":"${PW}"}`)}\n  AWS_SECRET_ACCESS_KEY: ${b64(KEY)}`, [b64(`{"k":"${PW}"}`), b64(KEY)]],
  ['a Kubernetes Secret stringData: entry under any key', `kind: Secret\nstringData:\n  creds: ${PW}\n  other: ${KEY}`, [PW, KEY]],
  ['a Windows set line', `set AWS_SECRET_ACCESS_KEY=${KEY}`, [KEY]],
  ['a PowerShell $env: line', `$env:AWS_SECRET_ACCESS_KEY = '${KEY}'`, [KEY]],
  ['odd spacing and quoting', `aws_secret_access_key   =    "${KEY}"`, [KEY]],
  ['a TOML value', `[aws]\nsecret_access_key = "${KEY}"`, [KEY]],
  ['an HCL provider block', `provider "aws" {\n  secret_key = "${KEY}"\n}`, [KEY]],
  // Review 33 (R33-9): the passwords people type, in the shapes stop 33's exemptions read; each left whole at f43db817.
  ['a lowercase word in a sentence', 'The db password: tangerine was rejected too, and client_secret: abcdefghijklmnop and then the job died.', ['tangerine', 'abcdefghijklmnop']],
  ['a $-led password', 'DB_PASSWORD=$hunter2xyz', ['$hunter2xyz']],
  ['a template mark not closed', 'password: ((Xq7pLm2RtZ9', ['Xq7pLm2RtZ9']],
  ['snake words with a secret word', 'aws_secret_access_key = my_secret_key', ['my_secret_key']],
  ['dotted words', 'DB_PASSWORD=Summer.Fall.Password', ['Summer.Fall.Password']],
  ['a this.-led password', 'password: this.IsMyPassw0rd', ['IsMyPassw0rd']],
  ['a Kubernetes Secret block scalar', `kind: Secret\nstringData:\n  db-pass: |\n    ${PW}\n`, [PW]],
  // Stop 34: a key with no `/` glued onto an STS ARN's last name (review 33b R33b-4), and URL passwords that open with a
  // port's digits beside the e-mail-in-a-path URLs now kept, a key in typographic quotes (secrets-arn-sessions,
  // secrets-url-paths, secrets-typographic-quotes).
  ['a key as an assumed role\'s session name', `User: arn:aws:sts::123456789012:assumed-role/deploy/${NO_SLASH_KEY} is not authorized`, [NO_SLASH_KEY]],
  ['a key id and its key glued as a session name', `"Arn": "arn:aws:sts::123456789012:assumed-role/deploy/AKIAIOSFODNN7EXAMPLE${NO_SLASH_KEY}"`, [NO_SLASH_KEY]],
  ['a key as a federated user\'s name', `creds=arn:aws:sts::123456789012:federated-user/${NO_SLASH_KEY}`, [NO_SLASH_KEY]],
  ['a URL password of a port\'s digits and a path', `DATABASE_URL=https://deploy:8443/users/${PW}@db.example.com/x`, [PW]],
  ["npm's _auth (base64 of user:password)", `//registry.example.com/:_auth=${b64(`deploy:${PW}`)}\nalways-auth=true`, [b64(`deploy:${PW}`)]],
  // Review 34b (R34b-1): URL passwords of a port's digits and lower-case names, kept whole by the e-mail-in-a-path skip at bddd8e9f.
  ['a postgres URL password of a year and names', 'DATABASE_URL=postgres://admin:2024/spring/tulips@db.internal.example.com:5432/app', ['2024/spring/tulips']],
  ['a mongodb URL password of digits and names', 'MONGO_URL=mongodb://svc:1234/my/secret@cluster0.example.net/db', ['1234/my/secret']],
  ['a redis URL password of digits and names', 'REDIS_URL=redis://default:6379/abc/qwertyuiopzxcv@cache.example.com', ['6379/abc/qwertyuiopzxcv']],
  ['an https URL password before a host with a path', 'JENKINS=https://alice:8080/deploy/prod@jenkins.example.com/job/x', ['8080/deploy/prod']],
  // Review 34b (R34b-2): npm's _auth as an env var, in JSON, in a scoped `npm config set`, and raw.
  ["npm's _auth as an environment variable", `NPM_CONFIG__AUTH=${b64(`deploy:${PW}`)}`, [b64(`deploy:${PW}`)]],
  ["npm's _auth in a printed JSON config", `{"_auth": "${b64(`deploy:${PW}`)}", "registry": "https://registry.example.com/"}`, [b64(`deploy:${PW}`)]],
  ["npm's _auth set for a scoped registry", `npm config set //registry.example.com/:_auth ${b64(`deploy:${PW}`)}`, [b64(`deploy:${PW}`)]],
  ["npm's _auth as a raw user:password", `_auth=deploy:${PW}`, [PW]],
  // Review 34b (R34b-3): a key glued after an assumed role's session name, and a key session name before a ':'.
  ['a key glued after a session name', `User: arn:aws:sts::123456789012:assumed-role/Admin/botocore-session-1${NO_SLASH_KEY} is not authorized`, [NO_SLASH_KEY]],
  ['a key session name before a colon', `arn:aws:sts::123456789012:assumed-role/Admin/${NO_SLASH_KEY}: AccessDenied`, [NO_SLASH_KEY]],
  // Review 34d (R34d-1): a key with one or two `/` glued after a separated session name, kept whole at 16a8ae1f.
  ['a key with one `/` glued after a session name', `User: arn:aws:sts::123456789012:assumed-role/Admin/alice.smith${KEY.replace('/', 'Q')} is not authorized`, [KEY.replace('/', 'Q')]],
  ['a key with two `/` glued after a session name', `"Arn": "arn:aws:sts::123456789012:assumed-role/Admin/botocore-session-1${KEY}"`, [KEY]],
  // Review 34d (R34d-6): a web URL password of a port's digits and names before a host written with its root's `.`.
  ['a URL password before a fully qualified host', 'curl https://deploy:2024/spring/tulips@api.example.com./v1/items', ['2024/spring/tulips']],
  ['a key in typographic quotes', `Sys.setenv("AWS_SECRET_ACCESS_KEY" = “${KEY}”, ”AWS_DEFAULT_REGION" = "us-east-1")`, [KEY]],
  // QA36 F17: a Secret's base64 key id came back whole in --json location excerpts (the id is no secret, but a full one
  // never comes back); its base64 secret was warned of as "a token". Both halves, as `echo` and `echo -n` encode them.
  ['a Kubernetes Secret data: block with a base64 key id and secret', `kind: Secret\ndata:\n  AWS_ACCESS_KEY_ID: ${b64('AKIAIOSFODNN7EXAMPLE')}\n  AWS_SECRET_ACCESS_KEY: ${b64(KEY)}`, [b64('AKIAIOSFODNN7EXAMPLE'), 'AKIAIOSFODNN7EXAMPLE', b64(KEY), KEY]],
  ['a Kubernetes Secret data: block encoded with echo\'s newline', `apiVersion: v1\ndata:\n  AWS_ACCESS_KEY_ID: ${b64('AKIAIOSFODNN7EXAMPLE\n')}\n  AWS_SECRET_ACCESS_KEY: ${b64(`${KEY}\n`)}\nkind: Secret`, [b64('AKIAIOSFODNN7EXAMPLE\n'), 'AKIAIOSFODNN7EXAMPLE', b64(`${KEY}\n`), KEY]],
  ['a Kubernetes Secret as kubectl -o json prints it', `{\n    "data": {\n        "creds.json": "${b64(`{"k":"${PW}"}`)}"\n    },\n    "kind": "Secret"\n}`, [b64(`{"k":"${PW}"}`)]],
];

/** Pieces of 12 characters of each secret found in `out` (a shorter secret: the whole of it). */
function leaked(out: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const s of secrets) {
    if (s.length < 12 && out.includes(s)) found.push(s);
    for (let i = 0; i + 12 <= s.length; i++) if (out.includes(s.slice(i, i + 12))) found.push(s.slice(i, i + 12));
  }
  return found;
}

describe('secrets planted in real pastes leave by no exit', () => {
  it.each(SHAPES)('when %s is planted in real pastes, then no exit holds a piece of it', async (_name, planted, secrets) => {
    for (const [n, paste] of REAL.entries()) {
      const nl = paste.indexOf('\n');
      const text = nl < 0 ? `${paste}\n${planted}` : `${paste.slice(0, nl + 1)}${planted}\n${paste.slice(nl + 1)}`;
      const d = diagnose(text, { now: NOW });
      expect(leaked(JSON.stringify(toJsonResult(d)), secrets)).toEqual([]);
      expect(leaked(renderReport(d), secrets)).toEqual([]);
      expect(d.secretsFound.length).toBeGreaterThan(0);
      const lines: string[] = [];
      const destination = new Writable({ write: (chunk: Buffer, _enc, done) => { lines.push(chunk.toString()); done(); } });
      const kv = createMemoryStore();
      const deps = { cases: createCaseStore(kv, 3600), clock: { now: () => NOW }, logger: createLogger({ level: 'debug', destination }) };
      const key = { channel: 'C1', thread: `p${n}` };
      const out = await handleCaseInput(deps, key, { kind: 'paste', text, user: 'U1', at: NOW.toISOString() });
      if (out) {
        expect(leaked(renderReplies(out.replies), secrets)).toEqual([]);
        expect(leaked(JSON.stringify(renderMessages(out.replies)), secrets)).toEqual([]);
      }
      expect(leaked(JSON.stringify(await kv.get(`case:C1:${key.thread}`)) ?? '', secrets)).toEqual([]);
      expect(leaked(lines.join(''), secrets)).toEqual([]);
    }
  });
});

// Review 36b (R36b-5): a reply told as the fix ("made a new key … and put it in travis, build is green") was kept as
// redact(text) only: the secret went but the plain key id stayed whole in the stored case, the resolve summary's "What
// fixed it" and the timeline's said line.
describe('a key id in a told fix leaves by no exit whole', () => {
  const ID = 'AKIAIOSFODNN7EXAMPLE';
  it('when a reply names the new key id and says the build is green, then the summary and the stored case show it masked', async () => {
    const kv = createMemoryStore();
    const deps = { cases: createCaseStore(kv, 3600), clock: { now: () => NOW }, logger: createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }) }) };
    const key = { channel: 'C1', thread: 'told' };
    const at = NOW.toISOString();
    await handleCaseInput(deps, key, { kind: 'paste', text: 'travis deploy on master broke:\nInvalid S3 Access Key Id, Stopping Deploy', user: 'U1', at, addressed: true });
    await handleCaseInput(deps, key, { kind: 'message', text: 'no idea, the key is in the travis repo settings, nobody touched it afaik', user: 'U1', at });
    const told = await handleCaseInput(deps, key, { kind: 'message', text: `ok made a new key ${ID} with secret ${KEY} and put it in travis, build is green`, user: 'U1', at });
    const stored = JSON.stringify(await kv.get('case:C1:told'));
    expect(stored).toContain('travis');
    expect(stored).toContain('AKIA…MPLE');
    const resolved = await handleCaseInput(deps, key, { kind: 'resolve', user: 'U1', at });
    const summary = renderReplies(resolved?.replies ?? []);
    expect(summary).toContain('What fixed it');
    for (const out of [renderReplies(told?.replies ?? []), summary, stored, JSON.stringify(await kv.get('case:C1:told'))]) {
      expect(leaked(out, [ID, KEY])).toEqual([]);
    }
  });
});
