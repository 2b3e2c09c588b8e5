/**
 * Replies typed to the question on screen, in people's own words (issue 9), by class: choice numbers, denials and
 * their scope, "yes, but …", hedges, the other option of a two-way question. A misread costs the case and an unread
 * reply only a re-ask, so each class has words that must read as their choice and words that must read as none.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { PROBES, probeById } from '../../../../src/core/knowledge';

const open = PROBES.map((p) => p.id);
const read = (question: string, words: string) => interpret(words, probeById(question), open.filter((id) => id !== question)).answer?.choiceId;

describe('a reply read as the choice it names', () => {
  it.each([
    // A choice by its number, with the words people put around it.
    ['sign-in', 'option 2', 'assume-role'],
    ['sign-in', 'choice 3', 'env'],
    ['sign-in', '3!', 'env'],
    ['sign-in', 'the second one', 'assume-role'],
    ['sign-in', '3, env vars', 'env'],
    // Denials: "no X" and "I don't think it's X" deny X; the words after them answer.
    ['sign-in', 'no sso, access keys in env', 'env'],
    ['clock', 'the clock is fine, no skew', 'right'],
    // The label's hedge ("Nothing changed that I know of"), in the words people use for it.
    ['rotation', 'not that I know of', 'nothing'],
    ['rotation', "don't think so", 'nothing'],
    ['rotation', 'not recently', 'nothing'],
    // The other option of a yes/no question, said by denying this one.
    ['copied', 'not copied', 'no'],
    ['copied', "I didn't copy them", 'no'],
    ['session-token', 'not set', 'no'],
    ['session-token', "I didn't set one", 'no'],
    ['session-token', "it's empty", 'no'],
    ['session-token', "it's set", 'yes'],
    ['works-elsewhere', 'same error everywhere', 'no'],
    ["works-elsewhere", "doesn't work locally either", 'no'],
    ['works-elsewhere', "didn't try", 'unknown'],
    ['works-elsewhere', "no, I haven't tried it elsewhere", 'unknown'],
    // A kind of key, a region, a profile in other words than the labels'.
    ['key-prefix', 'temporary', 'asia'],
    ['key-prefix', "it's a temp key from sts", 'asia'],
    ['key-prefix', 'long term', 'akia'],
    ['key-prefix', 'permanent', 'akia'],
    ['target', 'eu-central-1', 'commercial'],
    ['target', 'standard', 'commercial'],
    ['target', 'ap-southeast-3', 'opt-in'],
    ['sign-in', "nah it's the default one", 'file'],
    ['sign-in', 'export AWS_PROFILE=prod', 'file'],
    ['sign-in', 'AWS_PROFILE=dev', 'file'],
    ['sign-in', 'export AWS_ACCESS_KEY_ID in the job', 'env'],
    ['copied', 'from 1password', 'yes'],
    ['sign-in', '¯\\_(ツ)_/¯', 'unknown'],
    // A question asked back states nothing; the words after it answer.
    ['key-prefix', 'ASIA? no, AKIA', 'akia'],
    ['rotation', 'rotated? no', 'nothing'],
    // A doubting aside doubts the reply it stands beside.
    ['sign-in', 'env vars (not sure)', 'unknown'],
  ])('%s: %j reads %s', (question, words, choice) => {
    expect(read(question, words)).toBe(choice);
  });
});

describe('a reply read as no choice rather than a wrong one', () => {
  it.each([
    // A number that is a quantity or alternatives, not a choice's number (the clock's choice 2 is "right").
    ['clock', '2 minutes behind', 'off'],
    ['clock', '2 mins', undefined],
    ['sign-in', '3 or 4', undefined],
    ['sign-in', '2-3', undefined],
    ['sign-in', '2 or 3?', undefined],
    // A number and words that give two choices of the same question: one is a slip.
    ['sign-in', "2 - it's sso", undefined],
    ['sign-in', '2 - env vars', undefined],
    // "yes, but …": the yes is one choice and the correction another.
    ['clock', 'yes, but it drifted last week', undefined],
    ['clock', "yes but NTP isn't running", undefined],
    // Denied or hedged: "no problem with the clock" and "I don't think it's off" say nothing is off.
    ['clock', 'no problem with the clock', undefined],
    ['clock', "I don't think it's off", undefined],
    ['clock', "there's currently no NTP server running", undefined],
    ['session-token', 'There are cases where sessions are prohibited', undefined],
    ['sign-in', 'neither sso nor env', undefined],
    ['sign-in', 'SSO? no', undefined],
    ['sign-in', 'env vars?', undefined],
    // A link names no tool: "github" in a URL is no CI runner (IRSA, roles only a pod gets, names Kubernetes).
    ['runtime', 'We tried using https://github.com/uswitch/kiam and IRSA', 'kubernetes'],
    ['runtime', 'We tried using https://github.com/uswitch/kiam', undefined],
  ])('%s: %j reads %s', (question, words, choice) => {
    expect(read(question, words)).toBe(choice);
  });

  it('when a number answers the key prefix and the words after it name the sign-in ("2, it\'s sso"), then both are taken', () => {
    expect(interpret("2, it's sso", probeById('key-prefix'), ['sign-in'])).toMatchObject({ answer: { probeId: 'key-prefix', choiceId: 'asia' }, stated: [{ probeId: 'sign-in', choiceId: 'sso' }] });
  });
});
