/**
 * Production runs node with a heap limit (docs/aws/README.md, sizing): the Docker image sets
 * NODE_OPTIONS, and `npm start` runs the built bot with the same limit unless NODE_OPTIONS says
 * otherwise. The start script's run step is executed here as npm runs it (sh), on the built dist/,
 * with the README's minimal HTTP-mode settings against a fake Slack on loopback.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack/fake-slack';
import { httpModeEnv, listeningPort, type Proc } from '../helpers/fake-slack/main-process';

const ROOT = join(__dirname, '../..');
const HEAP_MB = 256;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

/** The start script after its build step, with dist/ made absolute so it can run from an empty directory. */
function runStep(): string {
  const [build, run] = pkg.scripts.start!.split(/\s*&&\s*(?=NODE_OPTIONS)/);
  expect(build).toBe('npm run build');
  return run!.replace(/\bdist\/main\.js\b/, join(ROOT, 'dist/main.js'));
}

function startBot(env: Record<string, string>, cwd: string): Proc {
  // Its own process group: sh may fork node rather than exec it, and both must be stopped.
  const child = spawn('sh', ['-c', runStep()], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const out: string[] = [];
  const err: string[] = [];
  child.stdout.on('data', (d) => out.push(String(d)));
  child.stderr.on('data', (d) => err.push(String(d)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, out, err, exited, lines: () => out.join('').split('\n').filter(Boolean) };
}

const heapLimit = (p: Proc) => (JSON.parse(p.lines().find((l) => l.includes('heapLimitMb'))!) as { heapLimitMb: number }).heapLimitMb;

describe('the heap limit in production', () => {
  test('when the image and npm start are read, then both cap the V8 heap at the documented size', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(new RegExp(`^\\s*NODE_OPTIONS="--max-old-space-size=${HEAP_MB} --max-semi-space-size=8"`, 'm'));
    expect(runStep()).toContain(`NODE_OPTIONS="--max-old-space-size=${HEAP_MB} --max-semi-space-size=8 $NODE_OPTIONS" node `);
    const docs = readFileSync(join(ROOT, 'docs/aws/README.md'), 'utf8');
    expect(docs).toContain(`--max-old-space-size=${HEAP_MB}`);
  });

  describe('npm start as a process', () => {
    let dir: string;
    let slack: FakeSlack;
    const procs: Proc[] = [];
    beforeAll(async () => {
      // `npm test` builds first; a targeted run builds here (as test/integration/node-lts.test.ts does).
      if (!existsSync(join(ROOT, 'dist/main.js'))) execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
      dir = mkdtempSync(join(tmpdir(), 'awskey-heap-'));
      slack = await startFakeSlack();
    });
    afterAll(async () => {
      for (const p of procs) {
        if (p.child.exitCode !== null || p.child.signalCode !== null) continue;
        process.kill(-p.child.pid!, 'SIGKILL');
        await p.exited;
      }
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('when started with the minimal HTTP-mode settings, then it listens with the heap capped; NODE_OPTIONS overrides the cap', async () => {
      const capped = startBot(httpModeEnv(slack.apiUrl, { AWSKEY_DATA_DIR: join(dir, 'a') }), dir);
      const raised = startBot(httpModeEnv(slack.apiUrl, { AWSKEY_DATA_DIR: join(dir, 'b'), NODE_OPTIONS: '--max-old-space-size=512' }), dir);
      procs.push(capped, raised);
      const port = await listeningPort(capped);
      await listeningPort(raised);
      // V8's limit is the old space plus the young generation (about 48 MB more).
      expect(heapLimit(capped)).toBeGreaterThanOrEqual(HEAP_MB);
      expect(heapLimit(capped)).toBeLessThan(HEAP_MB + 64);
      expect(heapLimit(raised)).toBeGreaterThanOrEqual(512);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
    }, 60_000);
  });
});
