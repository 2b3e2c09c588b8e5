/**
 * `expect(got).toEqual(want)` and `expect(got).toBe(want)` for values compared thousands of times in one test (a
 * property's runs, every pattern on every fixture line). jest's `expect` builds every matcher anew on each call, about
 * 0.1-1 ms, which made such tests take minutes (anchors.test.ts 754 s under load, 91 s after; stop 38). The values are
 * compared in plain code and the matcher runs only when they differ: a pass is a pass of the matcher
 * (isDeepStrictEqual is stricter than toEqual, Object.is is toBe's own test), and a failure prints as the matcher's does.
 */
import { isDeepStrictEqual } from 'node:util';

export function expectEqual<T>(got: T, want: T): void {
  if (!isDeepStrictEqual(got, want)) expect(got).toEqual(want);
}

export function expectSame<T>(got: T, want: T): void {
  if (!Object.is(got, want)) expect(got).toBe(want);
}
