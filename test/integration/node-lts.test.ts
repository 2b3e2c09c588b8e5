/**
 * The machines run Node 20 (past end of life); the Dockerfile ships a current LTS. This runs the
 * built CLI and the native embedded store under Node 22, 24 and 26, the LTS lines of December 2026
 * (26 active, 22 and 24 in maintenance; fetched from the npm registry's
 * `node` package by npx) so a break on the LTS lines shows up in CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const PASTE =
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n';

/**
 * Node `version`'s binary, fetched once per version by npx: npx itself costs about a second and a half a call, so the
 * runs below start the binary it resolved (the same executable npx runs) instead of going through npx each time.
 */
const binaries = new Map<string, { version: string; path: string }>();
function nodeBinary(version: string): { version: string; path: string } {
  let found = binaries.get(version);
  if (!found) {
    const r = spawnSync('npx', ['-y', `node@${version}`, '-p', 'process.versions.node + "\\n" + process.execPath'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    const [ran = '', path = ''] = (r.stdout ?? '').trim().split('\n');
    if (!path) throw new Error(`npx could not run node@${version}: ${r.error?.message ?? r.stderr}`);
    found = { version: ran, path };
    binaries.set(version, found);
  }
  return found;
}

function runOn(version: string, args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(nodeBinary(version).path, args, { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
}, 120_000);

describe.each(['22', '24', '26'])('on Node %s LTS', (version) => {
  it('when a credential error is piped to the built CLI, then it is diagnosed', () => {
    const r = runOn(version, ['dist/cli.js', 'diagnose', '--json'], PASTE);
    expect(r.stderr).not.toMatch(/Error:|TypeError|Cannot find module/);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { detected: boolean; errorCodes: string[] };
    expect(out.detected).toBe(true);
    expect(out.errorCodes).toContain('InvalidClientTokenId');
    expect(nodeBinary(version).version.split('.')[0]).toBe(version);
    expect(runOn(version, ['-p', 'process.versions.node']).stdout.trim()).toBe(nodeBinary(version).version);
  }, 180_000);

  it('when the embedded store is opened, then the native lmdb binding loads and round-trips a value', () => {
    const dir = mkdtempSync(join(tmpdir(), `awskey-lts-${version}-`));
    const script = `const { createStore } = require('./dist/adapters/store/create-store');
(async () => { const s = await createStore({ dataDir: ${JSON.stringify(dir)} });
  await s.set('k', { v: 'ok' }); const got = await s.get('k'); await s.close(); console.log(JSON.stringify(got)); })()
  .catch((e) => { console.error(e); process.exit(1); });`;
    const r = runOn(version, ['-e', script]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ v: 'ok' });
  }, 180_000);
});
