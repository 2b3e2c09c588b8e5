import fc from 'fast-check';
import { actionId, decodeButtonValue, encodeButtonValue, type ButtonValue } from '../../../src/adapters/slack/action-values';
import { CAUSE_IDS } from '../../../src/core/taxonomy';

const value: fc.Arbitrary<ButtonValue> = fc.oneof(
  fc.record({ k: fc.constant('answer' as const), q: fc.string({ maxLength: 200 }), c: fc.string({ maxLength: 200 }) }),
  fc.record({ k: fc.constantFrom('confirm' as const, 'reject' as const), cause: fc.constantFrom(...CAUSE_IDS) }),
  fc.record({ k: fc.constantFrom('step-done' as const, 'resolve' as const) }),
  fc.record({ k: fc.constant('run-lookup' as const), hint: fc.string({ maxLength: 40 }) }),
  fc.record({ k: fc.constant('share' as const), id: fc.uuid() }),
);

describe('button values', () => {
  test('when any value is encoded, then it fits a button and decodes to the same value', () => {
    fc.assert(
      fc.property(value, (v) => {
        const raw = encodeButtonValue(v);
        expect(raw.length).toBeLessThanOrEqual(2000);
        expect(decodeButtonValue(raw)).toEqual(v);
      }),
    );
  });

  test('when a click carries something we did not send, then it is rejected', () => {
    for (const raw of [undefined, '', 'not json', '{"k":"confirm","cause":"made-up"}', '{"k":"drop-tables"}', 'x'.repeat(2001), '[]']) {
      expect(decodeButtonValue(raw)).toBeUndefined();
    }
  });

  test('when action ids are made, then they carry the awskey: prefix the listener routes on', () => {
    expect(actionId('answer', 2)).toBe('awskey:answer:2');
    expect(actionId('share')).toBe('awskey:share');
  });
});
