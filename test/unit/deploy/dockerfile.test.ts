/**
 * No Docker engine runs here, so the Dockerfile is tested like code: multi-stage on a Node LTS slim
 * base, built with the npm commands CI runs, production dependencies only at runtime, a non-root
 * user, node started directly (exec form), a health check, and a .dockerignore keeping secrets out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');

interface Instruction {
  op: string;
  args: string;
}

function parseDockerfile(text: string): Instruction[] {
  const logical = text
    .replace(/\\\r?\n/g, ' ') // line continuations
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return logical.map((l) => {
    const m = /^(\S+)\s*(.*)$/.exec(l)!;
    return { op: m[1]!.toUpperCase(), args: m[2]! };
  });
}

const instructions = parseDockerfile(read('Dockerfile'));
const argDefaults = Object.fromEntries(
  instructions.filter((i) => i.op === 'ARG' && i.args.includes('=')).map((i) => i.args.split('=') as [string, string]),
);
const resolve = (s: string) => s.replace(/\$\{?(\w+)\}?/g, (_m, n: string) => argDefaults[n] ?? '');

interface Stage {
  image: string;
  name?: string;
  body: Instruction[];
}

const stages: Stage[] = [];
for (const i of instructions) {
  if (i.op === 'FROM') {
    const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(i.args)!;
    stages.push({ image: resolve(m[1]!), name: m[2], body: [] });
  } else {
    stages.at(-1)?.body.push(i);
  }
}
const build = stages[0]!;
const runtime = stages.at(-1)!;
const runs = (s: Stage) => s.body.filter((i) => i.op === 'RUN').map((i) => i.args);

describe('Dockerfile', () => {
  test('when read, then it is multi-stage on a current Node LTS slim base', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const s of stages) expect(s.image).toMatch(/^node:(22|24|26)(\.\d+)*-(bookworm|trixie)-slim$/);
    expect(build.name).toBeDefined();
  });

  test('when building, then the build stage runs the npm commands CI proves (npm ci, npm run build)', () => {
    const cmds = runs(build).join(' && ');
    expect(cmds).toMatch(/\bnpm ci\b/);
    expect(cmds).toMatch(/\bnpm run build\b/);
    // CI installs from the same lock file with the README's command, and `npm test` builds with the same script.
    expect(read('.ci/run')).toMatch(/^npm ci && npm test$/m);
    const pkg = JSON.parse(read('package.json')) as { main: string; scripts: Record<string, string> };
    expect(pkg.scripts.test).toContain('npm run build');
    expect(pkg.scripts.build).toBeDefined();
    // Everything the build stage copies exists in the repository.
    for (const copy of build.body.filter((i) => i.op === 'COPY' && !i.args.startsWith('--from'))) {
      const sources = copy.args.split(/\s+/).slice(0, -1);
      for (const src of sources) expect({ src, exists: existsSync(join(root, src)) }).toEqual({ src, exists: true });
    }
  });

  test('when running, then the runtime stage has production dependencies only and the compiled output from the build stage', () => {
    const cmds = runs(runtime).join(' && ');
    expect(cmds).toMatch(/\bnpm ci\b[^&]*--omit=dev/);
    expect(cmds).not.toMatch(/npm run build|npm install(?!\S)/);
    expect(runtime.body.some((i) => i.op === 'COPY' && new RegExp(`--from=${build.name}\\s+\\S*dist`).test(i.args))).toBe(true);
    // Sources never enter the runtime image: only package files are copied from the context.
    const contextSources = runtime.body.filter((i) => i.op === 'COPY' && !i.args.startsWith('--from')).flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(contextSources.every((s) => /^package(-lock)?\.json$/.test(s))).toBe(true);
  });

  test('when the container starts, then it runs as a non-root user and starts node directly in exec form', () => {
    const userIdx = runtime.body.findIndex((i) => i.op === 'USER');
    expect(userIdx).toBeGreaterThanOrEqual(0);
    expect(runtime.body[userIdx]!.args).not.toMatch(/^(root|0)(:|$)/);
    const start = runtime.body.filter((i) => i.op === 'CMD' || i.op === 'ENTRYPOINT');
    expect(start.length).toBeGreaterThan(0);
    const last = start.at(-1)!;
    const argv = JSON.parse(last.args) as string[]; // exec form: a JSON array, no shell as PID 1
    const pkg = JSON.parse(read('package.json')) as { main: string };
    const nodeAt = argv[0] === 'node' ? 0 : argv.indexOf('node');
    expect(nodeAt === 0 || /tini|dumb-init/.test(argv[0]!)).toBe(true);
    expect(argv.slice(nodeAt + 1)).toContain(pkg.main);
    expect(runtime.body.indexOf(last)).toBeGreaterThan(userIdx);
  });

  test('when deployed in either mode, then the HEALTHCHECK runs the compiled health probe, and Socket Mode has a health port', () => {
    const hc = runtime.body.find((i) => i.op === 'HEALTHCHECK');
    expect(hc).toBeDefined();
    const argv = JSON.parse(/CMD\s+(\[.*\])\s*$/.exec(hc!.args)![1]!) as string[];
    expect(argv).toEqual(['node', 'dist/healthcheck.js']);
    // dist/healthcheck.js is compiled from src/healthcheck.ts, which asks /healthz on the mode's port.
    expect(read('src/healthcheck.ts')).toContain('/healthz');
    const env = runtime.body.filter((i) => i.op === 'ENV').map((i) => i.args).join(' ');
    expect(env).toMatch(/\bAWSKEY_HEALTH_PORT=\d+/);
  });
});

describe('.dockerignore', () => {
  const lines = read('.dockerignore')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  test('when building, then secrets, local state and build output stay out of the context', () => {
    for (const entry of ['.env', '.aws', 'node_modules', 'data', 'dist']) expect(lines).toContain(entry);
    expect(lines.some((l) => /^\.env\.\*$/.test(l))).toBe(true);
  });

  test('when building, then what the build needs is not ignored', () => {
    for (const needed of ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json']) expect(lines).not.toContain(needed);
  });
});
