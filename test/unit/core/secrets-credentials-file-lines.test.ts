import { redact } from '../../../src/core/redact';
import { diagnose } from '../../../src/core/diagnose';

// A credentials file's `aws_secret_access_key = <40>` line is 64 characters wide, one of the widths a terminal wraps at.
// The line after it (`aws_session_token = …`, with blanks around `=`) is a setting of its own, not the rest of a cut
// value: joined, the label was redacted with the token and the diagnosis lost the session token it shows.
const FILE = [
  '[tmp]',
  'aws_access_key_id = ASIAIOSFODNN7EXAMPLE',
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'aws_session_token = IQoJb3JpZ2luX2VjEXAMPLETOKENdGVzdHRva2VudGhhdGlzbm90cmVhbA==',
  '',
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
].join('\n');

describe('a credentials file whose secret line is exactly a wrap width', () => {
  it('when the session token setting follows a 64-wide secret line, then its name is kept and only the values are redacted', () => {
    expect(FILE.split('\n')[2]).toHaveLength(64);
    const out = redact(FILE).text;
    expect(out).toContain('aws_session_token = [REDACTED:session-token]');
    expect(out).toContain('aws_secret_access_key = [REDACTED:secret-access-key]');
    expect(out).not.toContain('wJalrXUtnFEMI');
    expect(out).not.toContain('IQoJb3JpZ2luX2Vj');
  });

  it('when it is diagnosed, then the session token is read as present', () => {
    expect(diagnose(FILE).facts.sessionTokenPresent).toBe(true);
  });
});
