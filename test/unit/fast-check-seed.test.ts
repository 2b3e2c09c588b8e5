/**
 * The property tests' seed (test/helpers/fast-check-seed.ts): pinned in CI or by FC_SEED, random otherwise, and a
 * test's own seed kept; npm run test:props's FC_RUNS_SCALE (test/helpers/fast-check-scaled.cjs) runs each property more.
 */
import fc from 'fast-check';
import { CI_SEED, pinnedSeed } from '../helpers/fast-check-seed';

describe('the property tests run one seed in CI', () => {
  it('when CI is set, then the seed is pinned; when FC_SEED is given, then it wins; otherwise none is set', () => {
    expect(pinnedSeed({ CI: 'true' })).toBe(CI_SEED);
    expect(pinnedSeed({ CI: 'true', FC_SEED: '875369259' })).toBe(875369259);
    expect(pinnedSeed({ FC_SEED: '-42' })).toBe(-42);
    expect(pinnedSeed({})).toBeUndefined();
    expect(pinnedSeed({ FC_SEED: '' })).toBeUndefined();
  });

  it('when a test file loads fast-check, then its global seed is the pinned one (none when nothing pins it)', () => {
    // jest.config.js maps fast-check to fast-check-pinned.cjs: the seed is set where fast-check is loaded.
    expect(fc.readConfigureGlobal().seed).toBe(pinnedSeed(process.env));
    const saved = { CI: process.env.CI, FC_SEED: process.env.FC_SEED };
    try {
      process.env.FC_SEED = '875369259';
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        expect((require('fast-check') as typeof fc).readConfigureGlobal().seed).toBe(875369259);
      });
      delete process.env.FC_SEED;
      delete process.env.CI;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        expect((require('fast-check') as typeof fc).readConfigureGlobal().seed).toBeUndefined();
      });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('when FC_SEED is not a number, then the run stops saying so', () => {
    expect(() => pinnedSeed({ FC_SEED: 'abc' })).toThrow(/FC_SEED must be an integer/);
  });

  it('when a global seed is pinned, then a property that gives its own seed draws what it drew before', () => {
    const before = fc.readConfigureGlobal();
    const own = () => fc.sample(fc.string({ minLength: 8 }), { numRuns: 5, seed: 1774327084 });
    try {
      fc.configureGlobal({ ...before, seed: undefined });
      const alone = own();
      fc.configureGlobal({ ...before, seed: CI_SEED });
      expect(own()).toEqual(alone);
      // and one that gives none draws from the pinned seed
      const pinned = fc.sample(fc.string({ minLength: 8 }), { numRuns: 5 });
      expect(fc.sample(fc.string({ minLength: 8 }), { numRuns: 5 })).toEqual(pinned);
    } finally {
      fc.resetConfigureGlobal();
      fc.configureGlobal(before);
    }
  });
});

describe('npm run test:props runs each property more', () => {
  const saved = process.env.FC_RUNS_SCALE;
  afterEach(() => {
    if (saved === undefined) delete process.env.FC_RUNS_SCALE;
    else process.env.FC_RUNS_SCALE = saved;
  });

  const scaledFc = (scale: string): typeof fc => {
    process.env.FC_RUNS_SCALE = scale;
    let loaded: typeof fc | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = (require('../helpers/fast-check-scaled.cjs') as { default: typeof fc }).default;
    });
    return loaded!;
  };

  it('when FC_RUNS_SCALE is 3, then a property given 7 runs runs 21 times, through assert and check alike', () => {
    const sfc = scaledFc('3');
    let calls = 0;
    sfc.assert(sfc.property(sfc.nat(), () => void calls++), { numRuns: 7 });
    expect(calls).toBe(21);
    expect(sfc.check(sfc.property(sfc.nat(), () => true), { numRuns: 7 }).numRuns).toBe(21);
  });

  it('when FC_RUNS_SCALE is set, then a test file that loads fast-check gets the scaled one', () => {
    process.env.FC_RUNS_SCALE = '3';
    let calls = 0;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mapped = require('fast-check') as typeof fc;
      mapped.assert(mapped.property(mapped.nat(), () => void calls++), { numRuns: 7 });
    });
    expect(calls).toBe(21);
  });

  it('when FC_RUNS_SCALE is not a positive number, then loading stops saying so', () => {
    expect(() => scaledFc('lots')).toThrow(/FC_RUNS_SCALE must be a positive number/);
  });
});
