import { FAMILIES } from '../../../src/core/rules/index';

describe('error families', () => {
  // diagnose.ts finds each family's first member in one pass over the signals, before any family
  // signal is added: that is only the same as asking family by family when no member is a family.
  it('when families list their members, then no member is itself a family', () => {
    const nested = Object.entries(FAMILIES).flatMap(([family, members]) => members.filter((m) => m.startsWith('fam.')).map((m) => `${family} > ${m}`));
    expect(nested).toEqual([]);
  });
});
