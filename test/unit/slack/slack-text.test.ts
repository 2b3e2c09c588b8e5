import fc from 'fast-check';
import { escapeMrkdwn, splitText, truncate, unescapeSlackText } from '../../../src/adapters/slack/slack-text';

describe('Slack text', () => {
  test('when a pasted stack trace arrives escaped, then it is restored to what was pasted', () => {
    expect(unescapeSlackText('at &lt;anonymous&gt; (a.js:1) &amp;&amp; <https://sts.amazonaws.com|sts.amazonaws.com> <https://x.example/a>')).toBe(
      'at <anonymous> (a.js:1) && sts.amazonaws.com https://x.example/a',
    );
  });

  test('when any text is escaped for Slack and un-escaped again, then it round-trips', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(unescapeSlackText(escapeMrkdwn(s))).toBe(s)));
  });

  test('when text is split, then no piece passes the limit and the words survive', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 200 }), fc.integer({ min: 100, max: 3000 }), (lines, max) => {
        const text = lines.join('\n');
        const pieces = splitText(text, max);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(max);
        expect(pieces.join('\n').replace(/\n|```/g, '')).toBe(text.replace(/\n|```/g, ''));
      }),
    );
  });

  test('when text is truncated, then it ends with an ellipsis within the limit', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});
