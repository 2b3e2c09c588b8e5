import { STSServiceException } from '@aws-sdk/client-sts';
import { describeAwsError, isAccessDenied } from '../../../src/adapters/aws/aws-errors';

const sdkError = (name: string, message: string, status = 403) =>
  new STSServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode: status } });

describe('SDK errors as lookup reasons', () => {
  it('when AssumeRole is denied, then the reason names the error, the action and the message', () => {
    const err = sdkError('AccessDenied', 'User: arn:aws:iam::111122223333:user/awskey is not authorized to perform: sts:AssumeRole');
    expect(describeAwsError(err, 'sts:AssumeRole')).toBe('AccessDenied on sts:AssumeRole: User: arn:aws:iam::111122223333:user/awskey is not authorized to perform: sts:AssumeRole');
    expect(isAccessDenied(err)).toBe(true);
  });

  it('when retries end on throttling, then the reason says throttled', () => {
    expect(describeAwsError(sdkError('Throttling', 'Rate exceeded', 400), 'iam:ListUsers')).toBe('throttled on iam:ListUsers after retries (Throttling)');
  });

  it('when the network fails, then the reason carries the system error code', () => {
    expect(describeAwsError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'iam:ListUsers')).toBe('network error on iam:ListUsers (ECONNREFUSED)');
  });

  it('when an error message carries a secret, then the reason does not', () => {
    const reason = describeAwsError(sdkError('InvalidClientTokenId', 'bad key, aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), 'sts:AssumeRole');
    expect(reason).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(reason).toMatch(/^InvalidClientTokenId on sts:AssumeRole/);
  });
});
