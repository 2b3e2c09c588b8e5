/**
 * Review 37 R37-3: "aws … --profile X works, but without it fails" is a wrong-profile case told plainly (the failing side
 * is the CLI, the profile left out), not "the CLI reads the profile, the tool does not" (QA36 F23's statement).
 */
import { applied, typed } from '../../../helpers/typed-case';

const read = (texts: string[]) => applied(typed(texts).state);

describe('R37-3: the CLI works with --profile and fails without it', () => {
  it('when an expired token is followed by "aws s3 ls --profile prod works, but aws s3 ls without the profile fails", then the tool is not said to miss the profile', () => {
    const s = read(['An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.',
      'aws s3 ls --profile prod works, but aws s3 ls without the profile fails']);
    expect(s).not.toContain('statement:cli-reads-profile-tool-not');
  });

  it('when "… --profile prod works but not when I run it without --profile", then the same', () => {
    const s = read(['botocore.exceptions.NoCredentialsError: Unable to locate credentials',
      'aws sts get-caller-identity --profile prod works but not when I run it without --profile']);
    expect(s).not.toContain('statement:cli-reads-profile-tool-not');
  });

  it('when the CLI works with the profile and the tool still fails (QA36 F23), then the statement is read', () => {
    const s = read(['Error: NoCredentialProviders: no valid providers in chain. Deprecated.',
      'we use sso. aws sts get-caller-identity --profile dev works fine, but the tool still fails with AWS_PROFILE=dev']);
    expect(s).toContain('statement:cli-reads-profile-tool-not');
  });
});
