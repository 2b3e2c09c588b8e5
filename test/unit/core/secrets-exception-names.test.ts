/**
 * An exception class named for a secret's service (AWSSecurityTokenServiceException) is followed by its message, not a
 * value: the message is evidence (a false redaction hid "Request ARN is invalid" from detection in
 * https://github.com/oktadev/okta-aws-cli-assume-role/issues/307, real-pastes tuning). Secrets beside it still go.
 */
import { diagnose } from '../../../src/core/diagnose';
import { redact } from '../../../src/core/redact';

const STS_EXCEPTION =
  'com.amazonaws.services.securitytoken.model.AWSSecurityTokenServiceException: Request ARN is invalid (Service: AWSSecurityTokenService; Status Code: 400; Error Code: ValidationError; Request ID: 1a2b3c4d-1111-2222-3333-444455556666)';

describe('secrets: exception class names are not secret names', () => {
  it('when an STS exception class opens a Java error line, then its message is kept and read', () => {
    expect(redact(STS_EXCEPTION).text).toBe(STS_EXCEPTION);
    expect(diagnose(STS_EXCEPTION).detected).toBe(true);
  });

  it('when a session token follows the same exception name, then the token is still redacted', () => {
    const token = `IQoJb3JpZ2luX2VjE${'A'.repeat(120)}`;
    const out = redact(`AWSSecurityTokenServiceException: ${token}`).text;
    expect(out).not.toContain(token.slice(20, 60));
  });

  it('when a secret-named setting (not an exception) holds a value, then it is still redacted', () => {
    const out = redact('AWS_SESSION_TOKEN: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY').text;
    expect(out).not.toContain('wJalrXUtnFEMI');
  });
});
