import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CAUSE_IDS, isCauseId } from '../../src/core/taxonomy';

/**
 * Hygiene of the paste corpus (test/fixtures/pastes/<cause-id>/*.txt + *.expected.json): every paste is labelled
 * with known cause ids, every cause has real-tool captures, and no fixture holds a key id that is not a
 * documentation EXAMPLE.
 */
const PASTES = join(__dirname, '..', 'fixtures', 'pastes');
// Key ids are exactly 20 characters; a longer token that merely starts like one (e.g. an article's
// "ASIAV4EXAMPLE2N2K4R32") is not a key id.
const KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
const MIN_REAL_PER_CAUSE = 2;
const MIN_REAL_NEGATIVES = 6;

const causeId = z.string().refine(isCauseId, { message: 'unknown cause id' });
const expectedSchema = z.object({
  detected: z.boolean(),
  top: causeId,
  acceptable: z.array(causeId).optional(),
  errorCodes: z.array(z.string().min(1)).optional(),
  facts: z.record(z.string(), z.unknown()).optional(),
  source: z.string().min(1),
});

interface Fixture {
  dir: string;
  name: string;
  path: string;
}

function fixtures(): Fixture[] {
  return readdirSync(PASTES)
    .filter((dir) => statSync(join(PASTES, dir)).isDirectory())
    .flatMap((dir) =>
      readdirSync(join(PASTES, dir))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ dir, name: f.slice(0, -'.txt'.length), path: join(PASTES, dir, f) })),
    );
}

function allFiles(): string[] {
  return readdirSync(PASTES, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(PASTES, rel))
    .filter((p) => statSync(p).isFile());
}

/** Key ids that look real: anything matching the AWS key-id shape that is not a documentation EXAMPLE. */
export function nonExampleKeyIds(text: string): string[] {
  return [...text.matchAll(KEY_ID)].map((m) => m[0]).filter((id) => !id.endsWith('EXAMPLE'));
}

describe('paste fixture corpus', () => {
  const all = fixtures();

  it('when the corpus is listed, then it holds pastes under cause-id directories only', () => {
    expect(all.length).toBeGreaterThan(0);
    const unknownDirs = [...new Set(all.map((f) => f.dir))].filter((d) => !isCauseId(d));
    expect(unknownDirs).toEqual([]);
  });

  it('when each paste is read, then it has a valid expected.json whose top is its directory', () => {
    const problems: string[] = [];
    for (const f of all) {
      const jsonPath = join(PASTES, f.dir, `${f.name}.expected.json`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(jsonPath, 'utf8'));
      } catch (err) {
        problems.push(`${f.dir}/${f.name}: ${(err as Error).message}`);
        continue;
      }
      const result = expectedSchema.safeParse(parsed);
      if (!result.success) {
        problems.push(`${f.dir}/${f.name}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        continue;
      }
      const e = result.data;
      if (e.top !== f.dir) problems.push(`${f.dir}/${f.name}: top ${e.top} is not its directory`);
      if (e.detected !== (e.top !== 'not-aws-credential-error')) problems.push(`${f.dir}/${f.name}: detected contradicts top`);
      if (e.acceptable?.includes(e.top)) problems.push(`${f.dir}/${f.name}: acceptable repeats top`);
    }
    expect(problems).toEqual([]);
  });

  it('when real-tool captures are counted, then every cause id has enough of them', () => {
    const counts = new Map<string, number>(CAUSE_IDS.map((id) => [id, 0]));
    for (const f of all) if (f.name.startsWith('real-')) counts.set(f.dir, (counts.get(f.dir) ?? 0) + 1);
    const short = [...counts].filter(([id, n]) => n < (id === 'not-aws-credential-error' ? MIN_REAL_NEGATIVES : MIN_REAL_PER_CAUSE));
    expect(short).toEqual([]);
  });

  it('when a real-tool capture is labelled, then it lists its error codes and its source names the capture endpoint', () => {
    const unsourced = all
      .filter((f) => f.name.startsWith('real-'))
      .filter((f) => {
        const e = JSON.parse(readFileSync(join(PASTES, f.dir, `${f.name}.expected.json`), 'utf8')) as { source?: string; errorCodes?: unknown };
        return !Array.isArray(e.errorCodes) || !/error-endpoint\.ts/.test(e.source ?? '');
      })
      .map((f) => `${f.dir}/${f.name}`);
    expect(unsourced).toEqual([]);
  });

  it('when every fixture file is scanned, then no key id outside the documentation EXAMPLE ids appears', () => {
    const leaks = allFiles().flatMap((p) => nonExampleKeyIds(readFileSync(p, 'utf8')).map((id) => `${p}: ${id}`));
    expect(leaks).toEqual([]);
  });

  it('when the key-id scan sees a non-EXAMPLE id, then it reports it (the scan can fail)', () => {
    expect(nonExampleKeyIds(`AKIAIOSFODNN7EXAMPLE AKIA${'Q'.repeat(16)} ASIAY34FZKBOKMUTVV7A`)).toEqual([`AKIA${'Q'.repeat(16)}`, 'ASIAY34FZKBOKMUTVV7A']);
  });
});
