/**
 * The reviewer's probes of session 26's reply readers (stop-26 merges), each quoted as the reviewer typed it: a reply
 * must read as what it says, and words that say something else must not read as a choice.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { deniedOnly } from '../../../../src/core/conversation/verification';
import { PROBES, probeById } from '../../../../src/core/knowledge';

const open = PROBES.map((p) => p.id);
const words = (question: string, text: string) => interpret(text, probeById(question), open);
const read = (question: string, text: string) => words(question, text).answer?.choiceId;
const stated = (question: string, text: string) => words(question, text).stated.map((s) => `${s.probeId}:${s.choiceId}`);

describe('an SDK\'s "No X found" error typed as a reply names X (says.ts)', () => {
  it.each([
    ['Error: No SSO session found for profile dev', 'sign-in:sso'],
    ['no sso token found', 'sign-in:sso'],
    ['no IRSA token file found', 'sign-in:role'],
    ['no instance profile attached', 'sign-in:role'],
  ])('when "%s" is typed to the clock question, then it states %s', (text, fact) => {
    expect(stated('clock', text)).toContain(fact);
  });
});

describe('AWS_PROFILE beside key variables (sign-in, env)', () => {
  it.each(['env vars, AWS_PROFILE unset', 'export AWS_PROFILE=ci and the keys come from GitHub secrets as env vars'])(
    'when "%s" is the answer, then it reads as environment variables', (text) => {
      expect(read('sign-in', text)).toBe('env');
    });
  it('when the reply is only the assignment, then it still names a profile', () => {
    expect(read('sign-in', 'export AWS_PROFILE=prod')).toBe('file');
  });
});

describe('"I didn\'t set it" only as the whole reply (session-token, no)', () => {
  it.each([
    "I didn't set it myself, the SSO script exports it",
    "we don't pass it explicitly, boto3 reads it from the profile",
    'I did not set a region but the token is there',
  ])('when "%s" is the answer, then it is not read as no token', (text) => {
    expect(read('session-token', text)).not.toBe('no');
  });
  it('when the reply is just the denial, then it reads as no token', () => {
    expect(read('session-token', "I didn't set it")).toBe('no');
  });
});

describe('numbers in words', () => {
  it.each([
    ['sign-in', 'no 2 factor auth'],
    ['rotation', 'no 1 rotated it'],
    ['sign-in', '2 % of the time'],
  ])('when %s gets "%s", then no choice is taken by its number', (question, text) => {
    expect(read(question, text)).toBeUndefined();
  });
  it('when "no. 2" is typed, then it is choice 2', () => {
    expect(read('sign-in', 'no. 2')).toBe('assume-role');
  });
});

describe('an aside in parentheses', () => {
  it('when the aside doubts something else, then the answer beside it stands', () => {
    expect(read('sign-in', 'env vars (not sure if CI injects more)')).toBe('env');
  });
  it('when the aside is only a doubt, then the answer is not sure', () => {
    expect(read('sign-in', 'env vars (not sure)')).toBe('unknown');
  });
});

describe('deniedOnly and the Java chain failure', () => {
  it('when SdkClientException (no credentials from any provider) stands beside an S3 AccessDenied, then the case is not refusals only', () => {
    expect(deniedOnly(['AccessDenied', 'AmazonS3Exception', 'SdkClientException'])).toBe(false);
  });
});
