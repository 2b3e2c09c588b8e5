/**
 * `npm ci` refuses a lock file that lacks any package npm would resolve, including the optional
 * binaries of other platforms (npm resolves every platform's optional packages into the lock and
 * only skips installing the foreign ones). A lock generated with those entries pruned breaks a fresh
 * clone (EUSAGE "Missing … from lock file"), so this checks the lock the way npm ci does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
  link?: boolean;
}

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  name: string;
  version: string;
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** Node's resolution: the nearest node_modules/<name> walking up from the dependent's folder. */
function resolves(fromPath: string, name: string): boolean {
  let base = fromPath;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return true;
    if (!base) return false;
    const idx = base.lastIndexOf('/node_modules/');
    base = idx < 0 ? '' : base.slice(0, idx);
  }
}

describe('package-lock.json', () => {
  test('when read, then it is a v3 lock for this package with the same direct dependencies', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.name).toBe(pkg.name);
    const rootEntry = lock.packages[''];
    expect(rootEntry?.dependencies).toEqual(pkg.dependencies);
    expect(rootEntry?.devDependencies).toEqual(pkg.devDependencies);
  });

  test('when every entry is walked, then each dependency, optional ones of every platform included, has an entry', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (entry.link) continue;
      const wanted = { ...entry.dependencies, ...entry.optionalDependencies };
      for (const [name, meta] of Object.entries(entry.peerDependencies ?? {})) {
        if (!entry.peerDependenciesMeta?.[name]?.optional) wanted[name] = meta;
      }
      for (const name of Object.keys(wanted)) {
        if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('when a platform binary package is listed, then the lock holds the other platforms too', () => {
    // The regression this guards: only linux-x64 binaries present, so npm ci on any machine fails.
    const platformEntries = Object.keys(lock.packages).filter((p) => /-(darwin|win32)-/.test(p));
    expect(platformEntries.length).toBeGreaterThan(0);
  });
});
