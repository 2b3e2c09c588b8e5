/**
 * Mechanisms batch 17's tuning pastes showed that the engine did not read (scripts/corpus/rank-cv.ts --table before and
 * after in the commit messages). Each line quotes its thread or the source that prints it.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { signals } from '../../../helpers/readings';

const top = (text: string): string[] => diagnose(text).causes.slice(0, 3).map((c) => c.id);

describe('a query API says the request Timestamp has expired', () => {
  it.each([
    // python-amazon-mws/python-amazon-mws#92 (MWS's ErrorResponse).
    ['MWS', '<Error>\n  <Type>Sender</Type>\n  <Code>RequestExpired</Code>\n  <Message>Request signature is too far in the past and has expired. Timestamp date: 2018-09-23T10:04:57Z</Message>\n</Error>'],
    // Exeu/Amazon-ECS-PHP-Library#31 (Product Advertising API).
    ['Product Advertising', 'Originally, I got an error "Request has expired. Timestamp date is 2012-02-19T02:02:28Z."'],
  ])('when %s names the Timestamp date, then the clock leads: the Timestamp is set from the local clock', (_api, text) => {
    expect(signals(text)).toContain('msg.request-timestamp-expired');
    expect(top(text)[0]).toBe('clock-skew');
  });

  it('when RequestExpired comes with no Timestamp (EC2 with an expired session), then the clock does not lead', () => {
    // hashicorp/packer#8299: "Error stopping instance: RequestExpired: Request has expired." on builds over an hour.
    const text = 'Error stopping instance: RequestExpired: Request has expired.';
    expect(signals(text)).not.toContain('msg.request-timestamp-expired');
    expect(top(text)[0]).toBe('temporary-credentials-expired');
  });
});

describe('the Dart aws_client prints the HTTP status before the error type', () => {
  // agilord/aws_client shared_aws_api/lib/src/protocol/shared.dart: GenericAwsException.toString() '$code $type: $message',
  // code being the HTTP status (rest-json.dart); the line is agilord/aws_client#275's.
  it('when "403 ForbiddenException: …" is pasted, then ForbiddenException is the code', () => {
    expect(diagnose('went into this error: `403 ForbiddenException: Credential should be scoped to correct service`').errorCodes).toContain('ForbiddenException');
  });

  it('when an HTTP reason phrase follows the status, then it is no code', () => {
    expect(diagnose('HTTP/1.1 403 Forbidden: Credential should be scoped to correct service').errorCodes).not.toContain('Forbidden');
  });
});

describe('the signature said to be scoped for the wrong service', () => {
  // pplu/aws-sdk-perl#215: Paws signed Lex runtime calls for the endpoint prefix, not the signing name.
  const PERL = "So when using Lex via a cognito identity pool, there's a signature error because the signature is set for the scope 'runtime.lex' instead of 'lex'.";

  it('when the words name the scope and what it should be, then the region/endpoint cause (the credential scope) leads', () => {
    expect(signals(PERL)).toContain('hint.talk-region-endpoint');
    expect(top(PERL)[0]).toBe('region-endpoint');
  });

  it('when the words name an OAuth scope instead, then no credential scope is read', () => {
    expect(signals("The Cognito token has the scope 'openid' instead of 'email' so the API refuses it.")).not.toContain('hint.talk-region-endpoint');
  });
});

describe('GetSessionToken credentials sent to IAM', () => {
  // STS API Reference, GetSessionToken: "You cannot call any IAM API operations unless MFA authentication information
  // is included in the request"; IAM's answer as the CLI prints it (dev.classmethod.jp tsnote-iam-invalidclienttokenid).
  const REFUSED = 'aws: [ERROR]: An error occurred (InvalidClientTokenId) when calling the CreateRole operation: The security token included in the request is invalid';

  it('when the credentials came from get-session-token without MFA and IAM refuses them, then a refused call leads', () => {
    const text = `I use temporary credentials from aws sts get-session-token. S3 works, but IAM calls fail:\n${REFUSED}`;
    expect(signals(text)).toContain('sts.session-token-iam');
    expect(top(text)[0]).toBe('authorization-not-authentication');
  });

  it('when the MFA code was passed to get-session-token, then the IAM refusal is not read as that limit', () => {
    const text = `aws sts get-session-token --serial-number arn:aws:iam::123456789012:mfa/me --token-code 123456\n${REFUSED}`;
    expect(signals(text)).not.toContain('sts.session-token-iam');
  });
});
