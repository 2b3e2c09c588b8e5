/**
 * A credential variable renamed to the name the SDKs read, said as the change or the fix (src/core/extract/var-renamed.ts):
 * the value under the old name never reached the SDK. Other renames and a variable merely named stay undetected.
 */
import { diagnose } from '../../../../src/core/diagnose';

describe('a credential variable renamed to the name the SDKs read', () => {
  it.each([
    // cloudposse/docs#514 (batch 9): a near-miss name, which also ranks a malformed credential first.
    ['a short name renamed', '## what\n* Renaming `AWS_SECRET_KEY` to `AWS_SECRET_ACCESS_KEY` in `.github/workflows/hugo.yaml`.\n\n## why\n* S3 push of Hugo site fails otherwise.'],
    // nebari-dev/nebari#182 (batch 10): a longer wrong name.
    ['a wrong name replaced', 'Replace `AWS_ACCESS_SECRET_ACCESS_KEY` with `AWS_SECRET_ACCESS_KEY`.'],
    ['the read name used instead', 'The fix was to use AWS_SESSION_TOKEN instead of AWS_TOKEN in the job.'],
  ])('when %s, then it is detected as told in words', (_, text) => {
    const d = diagnose(text);
    expect({ detected: d.detected, toldInWords: d.toldInWords }).toEqual({ detected: true, toldInWords: true });
  });

  it('when the renamed variable was a near miss, then a malformed credential leads', () => {
    expect(diagnose('* Renaming `AWS_SECRET_KEY` to `AWS_SECRET_ACCESS_KEY` in the workflow.').causes[0]!.id).toBe('malformed-credentials');
  });

  it('when a far-off wrong name was replaced, then a malformed credential leads too', () => {
    // https://github.com/nebari-dev/nebari/pull/182 (batch 10): more than two edits from the read name.
    expect(diagnose('Replace `AWS_ACCESS_SECRET_ACCESS_KEY` with `AWS_SECRET_ACCESS_KEY`.').causes[0]!.id).toBe('malformed-credentials');
  });

  it('when the legacy token name was replaced, then a missing session token still leads', () => {
    // https://github.com/ansible/awx/issues/13297 (batch 1): a session token not sent, not a mangled key.
    const d = diagnose('AWS started using `AWS_SESSION_TOKEN` instead of `AWS_SECURITY_TOKEN` since 2014.\n\nAn error occurred (UnrecognizedClientException) when calling the StartSession operation: The security token included in the request is invalid.');
    expect(d.causes[0]!.id).toBe('missing-session-token');
    expect(d.causes.find((c) => c.id === 'malformed-credentials')!.evidence.map((e) => e.id)).not.toContain('malformed.variable-misnamed');
  });

  it.each([
    ['a region variable renamed', 'Rename AWS_REGION to AWS_DEFAULT_REGION in the README.'],
    ['one read name changed to another', 'Change AWS_ACCESS_KEY_ID to AWS_SECRET_ACCESS_KEY in the second line of the table.'],
    ['variables only listed', 'Set AWS_SECRET_KEY and AWS_SECRET_ACCESS_KEY before you run the script.'],
  ])('when %s, then nothing is detected', (_, text) => {
    expect(diagnose(text).detected).toBe(false);
  });
});
