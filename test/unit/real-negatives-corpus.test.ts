import { join } from 'node:path';
import { z } from 'zod';
import { NEGATIVE_CLASSES } from '../../scripts/corpus/negative-classes';
import { PASTE_TOOLS, leaksIn, loadCorpus, misplacedCases, scannedText, schemaProblems } from '../helpers/corpus-hygiene';

/**
 * Hygiene of the real-negatives corpus (test/fixtures/real-negatives/{tuning,holdout}/*.json, fields in its README):
 * every case is a negative with a class, sits in the half its thread URL's sha1 decides, comes from a thread that
 * neither real-thread corpus holds (so its false-positive rate is measured on text nobody tuned on), and holds no
 * live-looking secret.
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const ROOT = join(FIXTURES, 'real-negatives');
const MIN_CASES = 150;

const caseSchema = z
  .object({
    url: z.string().regex(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/),
    title: z.string().min(1),
    paste: z.string().min(1),
    cause: z.literal('not-aws-credential-error'),
    class: z.enum(NEGATIVE_CLASSES),
    also_acceptable: z.array(z.never()),
    error_codes: z.array(z.never()),
    tool: z.enum(PASTE_TOOLS),
    text_shows_cause: z.literal(true),
    label_basis: z.enum(['excerpt', 'thread']),
    resolution: z.string().min(1),
    resolution_by: z.enum(['reporter', 'maintainer', 'other']),
    labelled_at: z.string().datetime(),
    query: z.string().min(1),
    note: z.string().min(1).optional(),
    // Collection batch (README): absent on the first batch; 2 = the batch labelled in session 26 before any awskey run.
    batch: z.number().int().min(2).optional(),
  })
  .strict();

type Case = z.infer<typeof caseSchema>;

describe('real-negatives corpus', () => {
  const loaded = loadCorpus(ROOT);
  const cases = loaded.map((l) => ({ ...l, c: l.parsed as Case }));

  it(`holds at least ${MIN_CASES} pastes, no paste twice`, () => {
    expect(loaded.length).toBeGreaterThanOrEqual(MIN_CASES);
    const keys = cases.map((x) => `${x.c.url}\n${x.c.paste}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every case matches the schema', () => {
    expect(schemaProblems(loaded, caseSchema)).toEqual([]);
  });

  it('every case sits in the half that sha1(thread url) decides, under the slug of its URL', () => {
    expect(misplacedCases(loaded, true)).toEqual([]);
  });

  it('shares no thread with real-pastes or real-conversations', () => {
    const other = new Set(
      ['real-pastes', 'real-conversations'].flatMap((d) => loadCorpus(join(FIXTURES, d)).map((l) => (l.parsed as { url: string }).url)),
    );
    expect(cases.filter(({ c }) => other.has(c.url)).map(({ half, file }) => `${half}/${file}`)).toEqual([]);
  });

  it('holds no live-looking key id, secret or session token', () => {
    expect(loaded.flatMap((l) => leaksIn(l.file, scannedText(l)))).toEqual([]);
  });
});
