/**
 * README (Architecture): `src/config.ts` is the only reader of awskey's settings, except `AWSKEY_CLI_REEXEC`, which the
 * CLI's heap-limit restart reads before anything loads. Review R34-6 found scan-workers.ts reading AWSKEY_SCAN_THREADS
 * itself; this keeps the sentence true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../../src');
/** An environment read of an awskey setting: `env.AWSKEY_X`, `env['AWSKEY_X']`, `process.env.AWSKEY_X`. */
const READ = /\benv(?:\.|\[['"])(AWSKEY_[A-Z0-9_]{1,60})/g;
const ALLOWED: Record<string, string[]> = { 'src/config.ts': ['*'], 'src/adapters/cli/heap-limit.ts': ['AWSKEY_CLI_REEXEC'] };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the only reader of settings', () => {
  it('when src reads an AWSKEY_ setting from the environment, then it is config.ts or an exception the README names', () => {
    const stray: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(join(SRC, '..'), file);
      const allowed = ALLOWED[rel] ?? [];
      for (const m of readFileSync(file, 'utf8').matchAll(READ)) if (!allowed.includes('*') && !allowed.includes(m[1]!)) stray.push(`${rel}: ${m[1]}`);
    }
    expect(stray).toEqual([]);
  });
});
