import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN = [/^@slack\//, /^@aws-sdk\//, /^node:/, /^(fs|net|http|https|child_process|redis|lmdb|pino|dotenv)$/, /adapters\//, /usecases\//];

describe('architecture', () => {
  const coreFiles = tsFiles(join(__dirname, '../../src/core'));

  it('when the core is scanned, then it has files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(3);
  });

  it.each(coreFiles)('when %s is imported, then it pulls in no SDK, I/O or adapter module', (file) => {
    const src = readFileSync(file, 'utf8');
    const specs = [...src.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g)].map((m) => m[1] ?? m[2] ?? '');
    for (const spec of specs) for (const re of FORBIDDEN) expect(`${spec} matches ${re}`).not.toBe(re.test(spec) ? `${spec} matches ${re}` : '');
    expect(src).not.toMatch(/\bprocess\.(env|argv|stdout|stderr)\b/);
    expect(src).not.toMatch(/\bDate\.now\(\)|new Date\(\)/);
  });

  it('when extract/ and rules/ are scanned, then they import nothing from conversation/ (the conversation reads diagnose, never the reverse)', () => {
    const lower = [...tsFiles(join(__dirname, '../../src/core/extract')), ...tsFiles(join(__dirname, '../../src/core/rules'))];
    const upward = lower.filter((f) => /(?:import|export)[^'"]*from\s+['"][^'"]*\/conversation\//.test(readFileSync(f, 'utf8')));
    expect(upward).toEqual([]);
  });

  it('when natural is imported, then only by the classifier and only through submodules', () => {
    for (const f of tsFiles(join(__dirname, '../../src'))) {
      const src = readFileSync(f, 'utf8');
      expect(src).not.toMatch(/from ['"]natural['"]|require\(['"]natural['"]\)/);
      if (/['"]natural\//.test(src)) expect(f).toMatch(/core[\\/]classifier/);
    }
  });
});
