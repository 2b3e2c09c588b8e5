/**
 * Every catalogue string names the version it was read at: a commit, a release tag, or (for an STS answer
 * quoted in a vendor's issue or documentation) the dated page. A moving branch alone is not a source.
 */
import { CATALOGUE } from '../../../../src/core/rules/catalogue/index';

const PINNED = /[0-9a-f]{9,}|\bv?\d+\.\d+(?:\.\d+)?\b|release-\d{4}-\d{2}-\d{2}|\b20\d\d(?:-\d\d)?\b/;
const BRANCH_ONLY = /\b(?:main|master|develop|trunk|HEAD)\b(?!@)/;

describe('message catalogue sources', () => {
  it('when every entry is read, then each names a commit, a tag or a dated page, never a bare branch', () => {
    const unpinned = CATALOGUE.filter((e) => !PINNED.test(e.source.ref) || BRANCH_ONLY.test(e.source.ref)).map((e) => `${e.id}: ${e.source.ref}`);
    expect(unpinned).toEqual([]);
  });
});
