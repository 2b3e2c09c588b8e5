/**
 * Review 37 R37-3, second half: an expired session pasted, then "aws … --profile prod works, but <the run without it>
 * fails". The profile is good where it is named; the failing run reads another source. The fix gives that run the
 * profile (AWS_PROFILE, the tool's profile option, export-credentials), not "sign in again".
 */
import type { Reply } from '../../../../src/core/conversation/types';
import { typed } from '../../../helpers/typed-case';

const EXPIRED = 'botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.';
/** The remediation the case's last message brought (the statement re-shows the fix with its new steps). */
const fixAfter = (texts: string[]) => typed(texts).replies.filter((r): r is Extract<Reply, { type: 'remediation' }> => r.type === 'remediation')[0];

describe('R37-3: the profile works where it is named, the failing run does not name it', () => {
  it.each([
    ['the CLI without the profile', 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.', 'aws s3 ls --profile prod works, but aws s3 ls without the profile fails'],
    ['a script', EXPIRED, 'aws s3 ls --profile prod works but my python script fails'],
  ])('when %s fails after an expired token, then the fix names the profile for the failing run', (_name, paste, said) => {
    const fix = fixAfter([paste, said])!;
    expect(fix.title).toBe('The profile works where it is named: give the failing run that profile');
    const shown = JSON.stringify(fix.variants.filter((v) => v.platform === 'any'));
    expect(shown).toContain('export AWS_PROFILE=prod');
    expect(shown).toContain('aws configure export-credentials --profile prod --format env');
    expect(shown).not.toContain('aws sso login');
  });

  it('when the failing tool is said to have the profile too (QA36 F23), then it is the tool that cannot read it', () => {
    const fix = fixAfter(['Error: NoCredentialProviders: no valid providers in chain. Deprecated.',
      'we use sso. aws sts get-caller-identity --profile dev works fine, but the tool still fails with AWS_PROFILE=dev'])!;
    expect(fix.title).toMatch(/^The CLI reads the profile, the tool does not/);
  });

  it('when nothing is said of a profile, then the expired session keeps its own steps', () => {
    const fix = [...typed([EXPIRED]).replies, ...typed([EXPIRED, 'show me the fix']).replies].filter((r) => r.type === 'remediation');
    expect(JSON.stringify(fix)).not.toContain('give the failing run that profile');
  });
});
