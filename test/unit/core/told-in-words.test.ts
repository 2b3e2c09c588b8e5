/**
 * diagnose tells a credential failure described in sentences from one shown as error text: the CLI and
 * the evals count both as detected, but a channel is answered only for error text (or when awskey is
 * addressed). Guards the merge of the prose-report detector with the conversation's described cases.
 */
import { showsErrorText } from '../../../src/core/diagnosis';
import { diagnose } from '../../../src/core/diagnose';
import { toJsonResult } from '../../../src/adapters/cli/diagnose-command';
import { renderReport } from '../../../src/adapters/cli/diagnosis-report';

const now = new Date('2026-12-05T12:00:00Z');

describe('told in words', () => {
  it('when a failure is only described in sentences, then it is detected, told in words, and shows no error text', () => {
    const d = diagnose('the publish pipeline is failing in `Configure AWS Credentials` before `npm publish`, the job cannot get AWS credentials', { now });
    expect(d.detected).toBe(true);
    expect(d.toldInWords).toBe(true);
    expect(showsErrorText(d)).toBe(false);
  });

  it('when an error line is pasted with the same words, then it shows error text', () => {
    const d = diagnose('the publish pipeline is failing\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', { now });
    expect(d.detected).toBe(true);
    expect(d.toldInWords).toBeUndefined();
    expect(showsErrorText(d)).toBe(true);
  });

  it('when an uncatalogued error line names credentials, then it is error text, not words', () => {
    const d = diagnose('Error: failed to refresh cached credentials for the aws provider', { now });
    expect(d.detected).toBe(true);
    expect(showsErrorText(d)).toBe(true);
  });

  it('when ordinary chat is pasted, then nothing is detected', () => {
    const d = diagnose('lunch at noon? the new office has a great view', { now });
    expect(d.detected).toBe(false);
    expect(showsErrorText(d)).toBe(false);
  });
});

describe('told in words in the CLI report', () => {
  it('when the CLI reports a description, then it says it was described in words, and --json carries toldInWords', () => {
    const d = diagnose('our deploy job cannot get AWS credentials since this morning, the aws cli fails', { now });
    expect(d.toldInWords).toBe(true);
    expect(renderReport(d)).toMatch(/^AWS credential\/auth failure described in words \(no error text\)/);
    expect(toJsonResult(d)).toMatchObject({ detected: true, toldInWords: true });
    const e = diagnose('An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', { now });
    expect(toJsonResult(e)).not.toHaveProperty('toldInWords');
  });
});
