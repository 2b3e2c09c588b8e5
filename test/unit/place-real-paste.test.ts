import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { place } from '../../scripts/corpus/place-real-paste';
import { splitOf } from '../../scripts/corpus/thread-split';

/**
 * scripts/corpus/place-real-paste.ts places drafts by the sha1 split; a later batch must never rewrite an earlier
 * batch's case. Batch 5 lost two batch-1 cases that way: their drafts had the same title-only paste, so the script
 * re-placed them over the batch-1 files (README, label first). Run on a temporary corpus, never on the fixtures.
 */
describe('place-real-paste', () => {
  const url = 'https://github.com/example/repo/issues/1';
  const draft = (paste: string, batch?: number) => ({
    url, paste, labelled_at: '2026-12-05T00:00:00.000Z', ...(batch !== undefined ? { batch } : {}),
  });
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'place-real-paste-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a thread already stored under another batch, even with the same paste, and leaves the stored case as it was', () => {
    place(draft('Could not assume role with OIDC'), root);
    const half = splitOf(url);
    const before = readFileSync(join(root, half, 'example-repo-1.json'), 'utf8');
    expect(() => place(draft('Could not assume role with OIDC', 5), root)).toThrow(/already in batch 1/);
    expect(() => place(draft('another paste of the thread', 5), root)).toThrow(/already in batch 1/);
    expect(readFileSync(join(root, half, 'example-repo-1.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(root, half))).toEqual(['example-repo-1.json']);
  });

  it('within one batch, re-places the same paste in place and stores another paste of the thread as -2', () => {
    place(draft('first paste', 5), root);
    place({ ...draft('first paste', 5), labelled_at: '2026-12-06T00:00:00.000Z' }, root);
    place(draft('second paste', 5), root);
    const half = splitOf(url);
    expect(readdirSync(join(root, half)).sort()).toEqual(['example-repo-1-2.json', 'example-repo-1.json']);
    const first = JSON.parse(readFileSync(join(root, half, 'example-repo-1.json'), 'utf8')) as { labelled_at: string };
    expect(first.labelled_at).toBe('2026-12-05T00:00:00.000Z');
  });
});
