/**
 * Review 37 R37-1 and R37-2: the GetSessionToken-to-IAM reading (extract/session-token-iam.ts) needs IAM's own answer
 * to such a session (the invalid-token refusal) and a caller that can be one, and aws-vault's `-n` is `--no-session`
 * ("cmd.Flag("no-session", "Skip creating STS session with GetSessionToken").Short('n')", 99designs/aws-vault
 * cli/exec.go at 00afdb04).
 */
import { diagnose } from '../../../../src/core/diagnose';
import { readPaste } from '../../../../src/core/conversation/paste-readings';
import { signals } from '../../../helpers/readings';

const SSO_DENIAL = [
  'aws-vault exec sso-dev -- aws iam list-roles',
  'An error occurred (AccessDenied) when calling the ListRoles operation: User: arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Dev_abc/alice is not authorized to perform: iam:ListRoles',
].join('\n');
const REFUSED = 'An error occurred (InvalidClientTokenId) when calling the ListUsers operation: The security token included in the request is invalid.';

describe('R37-1: a plain IAM policy denial under aws-vault is no GetSessionToken limit', () => {
  it('when an SSO role is denied iam:ListRoles under aws-vault, then the paste reads no session-token deny kind', () => {
    expect(readPaste(SSO_DENIAL).denyKind).not.toBe('session-token-no-mfa');
    expect(signals(SSO_DENIAL)).not.toContain('sts.session-token-iam');
  });

  it('when the refusal is the invalid token but the caller is an assumed role, then it is not that limit either', () => {
    const text = `aws-vault exec dev -- aws iam list-users\n${REFUSED}\n"Arn": "arn:aws:sts::123456789012:assumed-role/Dev/alice"`;
    expect(readPaste(text).denyKind).not.toBe('session-token-no-mfa');
  });

  it('when a user profile is refused as an invalid token by IAM, then the limit is still read (QA37 F14)', () => {
    expect(readPaste(`$ aws-vault exec dev -- aws iam list-users\n${REFUSED}`).denyKind).toBe('session-token-no-mfa');
  });
});

describe('R37-2: aws-vault exec -n skips the session', () => {
  it('when `aws-vault exec -n` runs an IAM call refused as an invalid token, then no session limit is read', () => {
    const text = `$ aws-vault exec -n dev -- aws iam list-users\n${REFUSED}`;
    expect(readPaste(text).denyKind).not.toBe('session-token-no-mfa');
    expect(diagnose(text).causes[0]!.id).not.toBe('authorization-not-authentication');
  });
});
