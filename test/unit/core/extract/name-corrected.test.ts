/**
 * A credential setting's name corrected in words (src/core/extract/name-corrected.ts): the value was set under a name
 * the SDK never read, so a malformed credential leads; a value called correct, or a profile variable corrected, is not.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { correctedCredentialName } from '../../../../src/core/extract/name-corrected';

describe('a credential setting whose name is corrected in words', () => {
  it.each([
    // https://github.com/aip-dev/google.aip.dev/pull/991 (batch 14)
    ['the correct variable named', 'The correct environment variable seems to be `AWS_ACCESS_KEY_ID`:', 'AWS_ACCESS_KEY_ID', undefined],
    // https://github.com/wheniwork/keyme/pull/2 (batch 14)
    ['the name it should be', 'According to the documentation the variable name should be AWS_ACCESS_KEY_ID:', 'AWS_ACCESS_KEY_ID', undefined],
    // https://github.com/awslabs/aws-java-nio-spi-for-s3/pull/746 (batch 14): a Java system property.
    ['a system property set under a wrong name', "The constant was set to 'aws.accessKey' but the correct AWS SDK system property name is 'aws.accessKeyId', as documented in the README.", 'aws.accessKeyId', 'aws.accessKey'],
    // https://github.com/dekkerglen/CubeCobra/pull/2412 (batch 6)
    ['a name used instead of the documented one', 'Some parts of code were using the `AWS_ACCESS_KEY` env variable instead of the documented `AWS_ACCESS_KEY_ID` for AWS credentials.', 'AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY'],
    // https://github.com/Aiven-Open/tiered-storage-for-apache-kafka/pull/675 (batch 13)
    ['a wrong one used for the read name', 'Tha application is expecting AWS_SECRET_ACCESS_KEY as a environment variable and it is being used a wrong one', 'AWS_SECRET_ACCESS_KEY', undefined],
  ])('when %s, then the read name (and the old one) are read', (_, line, read, old) => {
    expect(correctedCredentialName(line)).toEqual(old === undefined ? { read } : { read, old });
  });

  it.each([
    ['the correct variable named', 'The correct environment variable seems to be `AWS_ACCESS_KEY_ID`:\n\nhttps://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html'],
    ['the name it should be', 'According to the documentation the variable name should be AWS_ACCESS_KEY_ID:\n\nhttp://docs.aws.amazon.com/cli/latest/topic/config-vars.html'],
    ['a system property set under a wrong name', "The constant was set to 'aws.accessKey' but the correct AWS SDK system property name is 'aws.accessKeyId', as documented in the README.\n\nFixes #665"],
  ])('when %s, then it is detected in words and a malformed credential leads', (_, text) => {
    const d = diagnose(text);
    expect({ detected: d.detected, toldInWords: d.toldInWords, first: d.causes[0]!.id }).toEqual({ detected: true, toldInWords: true, first: 'malformed-credentials' });
  });

  it.each([
    ['a value called correct', 'Make sure you have the correct AWS_ACCESS_KEY_ID exported before you run the job.'],
    ['a profile variable corrected', 'This is the incorrect variable to setting profiles via environment variable. It should be `AWS_DEFAULT_PROFILE`.'],
    ['a documentation host, not a name', 'See docs.aws.amazon.com: the correct variable is listed there.'],
    ['a wrong value, not a name, in another sentence', 'We set AWS_SECRET_ACCESS_KEY in the job. The wrong one was the region.'],
    ['the same name on both sides', 'We read AWS_ACCESS_KEY_ID instead of the documented AWS_ACCESS_KEY_ID.'],
  ])('when %s, then no name correction is read', (_, line) => {
    expect(correctedCredentialName(line)).toBeUndefined();
  });

  it.each([
    // Review of s28-conv2: a confirmation and a how-to, neither a name corrected.
    ['a right name confirmed as working', 'I set the right variable, which is AWS_ACCESS_KEY_ID, and it works now'],
    ['the correct name told as a how-to', 'FYI the correct environment variable is AWS_SECRET_ACCESS_KEY, I updated the wiki page'],
  ])('when %s (no old name, no failure), then no name correction is read and nothing is detected', (_, text) => {
    expect(correctedCredentialName(text)).toBeUndefined();
    expect(diagnose(text).detected).toBe(false);
  });

  it.each([
    ['the old name after it', 'The correct variable is AWS_SECRET_ACCESS_KEY, not AWS_SECRET_KEY.', 'AWS_SECRET_ACCESS_KEY'],
    ['a failure told', 'The correct environment variable is AWS_SECRET_ACCESS_KEY, the job failed without it.', 'AWS_SECRET_ACCESS_KEY'],
  ])('when the correct name comes with %s, then it is still read', (_, line, read) => {
    expect(correctedCredentialName(line)?.read).toBe(read);
  });

  it.each([
    // Review of s28-conv2: a bare "wrong one" that is a credential source, and a typo denied.
    ['a wrong one that is a source, not a name', 'boto3 picks the wrong one: AWS_ACCESS_KEY_ID from my shell overrides the profile I pass'],
    ['a typo denied', 'Not a typo, AWS_SECRET_ACCESS_KEY is exported in my shell and the CLI still says the key is invalid'],
  ])('when %s, then no misnamed variable is read', (_, text) => {
    expect(correctedCredentialName(text)).toBeUndefined();
    const ids = diagnose(text).causes.flatMap((c) => c.evidence.map((e) => e.id));
    expect(ids).not.toContain('malformed.variable-misnamed');
  });

  it('when the wrong one picked is a profile the shell variable overrides, then the wrong profile leads', () => {
    expect(diagnose('boto3 picks the wrong one: AWS_ACCESS_KEY_ID from my shell overrides the profile I pass').causes[0]!.id).toBe('wrong-profile');
  });

  it('when a session token name is corrected, then it is told in words but no misnamed key is hinted', () => {
    const d = diagnose('The correct token variable is AWS_SESSION_TOKEN, not AWS_SECURITY_TOKEN.');
    expect(d.detected).toBe(true);
    expect(d.causes.find((c) => c.id === 'malformed-credentials')!.evidence.map((e) => e.id)).not.toContain('malformed.variable-misnamed');
  });
});
