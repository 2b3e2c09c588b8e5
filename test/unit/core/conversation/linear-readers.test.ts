/**
 * Five conversation readers rewritten at stop 33 so that recheck can prove them linear (regex-safety.test.ts), against the
 * regexes they replaced, kept here as the oracle: the same answers on text generated from their own words, where the
 * edge cases are (gaps one character too long, a full stop in the gap, runs of spaces and stars, line breaks, several
 * ARNs in a run).
 */
import fc from 'fast-check';
import { expectEqual } from '../../../helpers/expect-equal';
import { TOKEN_EXPIRY, osField } from '../../../../src/core/conversation/description';
import { expectedPrincipal, fixedIt } from '../../../../src/core/conversation/interpreter';
import { nearTest } from '../../../../src/core/near';
import { deniedCall, readPaste } from '../../../../src/core/conversation/paste-readings';
import { SESSION_TOKEN_NAMES } from '../../../../src/core/extract/token-names';

const OLD_FIXED_IT = /^(\S.{2,200}?)\s+(fixed|solved) (it|the (problem|issue|error))\b[\s.!]*$/i;
const OLD_EXPECTED_PRINCIPAL = /\b(should|expected|meant|supposed|intended|want(ed)?)\b[^.]{0,60}?\b(arn:aws[\w-]*:(?:iam|sts)::\d{12}:[\w+=,.@/-]{1,200})/i;
const OLD_TOKEN_EXPIRY = /\bexpir\w*\s+(?:\w+\s+){0,3}?to(?:ke|ek)ns?\b|\bto(?:ke|ek)ns?\s+(?:\w+\s+){0,3}?expir/i;
const OLD_OS_FIELD = /^\s*(?:[-*]\s+)?(?:\*\*)?\s*(?:OS|operating system)(?: version)?\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*([^\s:*].{0,60})$/i;
const OLD_DENIED_CALL = /\barn:aws[\w-]*:(?:iam|sts)::(\d{12}):\S+ is not authorized to perform:? \S+ on resource:? "?arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12})?:/;

const OLD_SESSION_TOKEN_SET = new RegExp(`\\b(?:${SESSION_TOKEN_NAMES})\\b["']?[ \\t]{0,4}[=:][ \\t]{0,16}(?!["']{2}|[ \\t]*$|(?:null|None|nil|undefined)\\b)\\S`, 'm');

/** Text made of the given pieces, so that the generated strings are near the patterns' edges. */
const textOf = (pieces: string[], maxLength = 30) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));
const runs = { numRuns: 3000 };

describe('linear readers: the same answers as the regexes they replaced', () => {
  it('when a folded reply ends with "fixed it", then fixedIt reads it as the old regex did (3 to 201 characters before)', () => {
    const folded = textOf(['a', 'removed it', ' ', 'x'.repeat(50), '.', '!', 'fixed', 'solved', ' it', ' the problem', ' the error', 'itself', 'fixed it', '\u00e9'], 40)
      .map((t) => t.replace(/\s+/g, ' ').trim());
    fc.assert(fc.property(folded, (t) => fixedIt(t) === OLD_FIXED_IT.test(t)), runs);
    for (const t of ['ab fixed it', 'abc fixed it', 'removing the export from .bashrc fixed it!', `${'y'.repeat(201)} fixed it`, `${'y'.repeat(202)} fixed it`, 'it fixed it fixed it']) {
      expect(fixedIt(t)).toBe(OLD_FIXED_IT.test(t));
    }
  });

  it('when a sentence says what principal was expected, then expectedPrincipal finds the ARN the old lazy gap found', () => {
    const pieces = ['should', 'be', ' ', 'wanted', 'want', 'ed', '.', 'x'.repeat(20), 'arn:aws:iam::111122223333:role/deploy', 'arn:aws:sts::444455556666:assumed-role/a/b', 'arn:aws-cn:iam::111122223333:user/u', 'x', ':', '-'];
    fc.assert(fc.property(textOf(pieces), (t) => expectedPrincipal(t) === OLD_EXPECTED_PRINCIPAL.exec(t)?.[3]), runs);
    const t = `it should be ${'x'.repeat(40)} arn:aws:iam::111122223333:role/a or arn:aws:iam::444455556666:role/b`;
    expect(expectedPrincipal(t)).toBe('arn:aws:iam::111122223333:role/a');
    expect(expectedPrincipal(`it should be ${'x'.repeat(60)}arn:aws:iam::111122223333:role/a`)).toBe(OLD_EXPECTED_PRINCIPAL.exec(`it should be ${'x'.repeat(60)}arn:aws:iam::111122223333:role/a`)?.[3]);
  });

  it('when words tell of an expiring token, then TOKEN_EXPIRY reads them as the old regex did', () => {
    const pieces = ['expired', 'expir', 'expiration', 'token', 'toekn', 'tokens', 'the', ' ', '  ', '\n', 'my', 'session', 'x', '-', '.'];
    fc.assert(fc.property(textOf(pieces), (t) => TOKEN_EXPIRY.some((n) => nearTest(n, t)) === OLD_TOKEN_EXPIRY.test(t)), runs);
  });

  it("when a line is an issue template's OS field, then osField reads the value the old regex did", () => {
    const pieces = [' ', '\t', '-', '*', '**', 'OS', 'os', 'Operating system', ' version', ':', 'MacOS', ' 12.6', 'x'.repeat(30), '\r', '\u2028'];
    fc.assert(fc.property(textOf(pieces, 16), (line) => osField(line) === OLD_OS_FIELD.exec(line)?.[1]), runs);
    expect(osField('**Operating system:** Windows 11')).toBe('Windows 11');
    expect(osField('- OS: MacOS 12.6')).toBe('MacOS 12.6');
  });

  it('when a paste shows a denied call, then deniedCall reads the two accounts the old regex did', () => {
    const pieces = [
      'arn:aws:iam::111122223333:', 'arn:aws:sts::444455556666:', 'assumed-role/a/b', 'user/u', ' is not authorized to perform: ', ' is not authorized to perform ',
      's3:GetObject', ' on resource: ', ' on resource ', '"', 'arn:aws:s3:::bucket/key', 'arn:aws:kms:us-east-1:111122223333:', 'arn:aws:iam::444455556666:', 'x', ' ', '\n',
    ];
    const old = (t: string) => {
      const m = OLD_DENIED_CALL.exec(t);
      return m ? { caller: m[1]!, resource: m[2] } : undefined;
    };
    fc.assert(fc.property(textOf(pieces), (t) => expectEqual(deniedCall(t), old(t))), runs);
    const t = 'User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:444455556666:key/k';
    expect(deniedCall(t)).toEqual({ caller: '111122223333', resource: '444455556666' });
  });

  it('when a config sets a session token, then readPaste reads it set as the old regex did (an empty value is not set)', () => {
    const pieces = ['AWS_SESSION_TOKEN', 'session_token', '"', "'", '=', ':', ' ', '\t', '\n', '\r', 'null', 'None', 'x', 'abc', '""'];
    fc.assert(fc.property(textOf(pieces, 12), (t) => (readPaste(t).sessionTokenSet === true) === OLD_SESSION_TOKEN_SET.test(t)), runs);
  });
});
