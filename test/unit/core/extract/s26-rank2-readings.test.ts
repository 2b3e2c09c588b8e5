/**
 * Readings and rules of session 26's second ranking pass (s26-rank2, batch 12's tuning half in view), each for a
 * mechanism seen in more than one batch, kept when leave-one-batch-out over tuning batches 1-12 lost no batch
 * (scripts/corpus/rank-cv.ts --table). The texts are written for the test in the shapes such threads take, not copied
 * from a case.
 */
import { leader, ranking, signals } from '../../../helpers/readings';

describe('a tool or SDK version said to lack the role\'s credential provider (provider.unsupported)', () => {
  it.each([
    'Our exporter needs to support IAM Roles for Service Accounts; the minimum version of the S3 client that has it is v7.0.2.',
    'Please add support for container credentials so that it can run on Fargate.',
    'Fix EKS Pod Identity unable to get credentials by updating aws-sdk-go-v2',
    'The bundled SDK predates web identity, so IRSA is never used.',
  ])('when "%s" is said, then the reading is there', (text) => {
    expect(signals(text)).toContain('provider.unsupported');
  });

  it('when a provider is only an example inside a parenthesised list, then the reading stays silent', () => {
    expect(signals('The tool should support AWS temporary credentials (SSO, AssumeRole, container credentials) by passing the session token.')).not.toContain('provider.unsupported');
  });

  it('when an access denied is told beside a client said to lack IRSA support, then the role not delivered leads and the permission is the runner-up', () => {
    const text = 'For the wait container to support IAM Roles for Service Accounts the minimum version of the storage client needs to be v6.0.45; ours is v6.0.5. ' +
      'I am currently getting an access denied error when the container copies artifacts to S3, while the aws cli in another pod reads and writes the bucket fine.';
    expect(leader(text)).toEqual({ id: 'role-credentials-unavailable', on: expect.arrayContaining(['role-unavailable.provider-unsupported']) });
    expect(ranking(text)[1]).toBe('authorization-not-authentication');
  });

  it('when AWS answered about the key it was sent (an unknown key id), then the missing provider does not decide', () => {
    const text = 'We upgraded the client so that it supports IAM Roles for Service Accounts, and now get:\n' +
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    expect(signals(text)).toContain('provider.unsupported');
    expect(ranking(text)[0]).not.toBe('role-credentials-unavailable');
  });
});

describe('a permission told as limited or restricted (cause talk of authorization)', () => {
  it('when the words say the IAM policy is limited and nothing shows the credentials failing, then the permission leads', () => {
    const text = 'The deployment fails: the IAM policy in the template was not able to create the log group for the function. ' +
      'After reviewing I found that the IAM policy is limited to the resource it is trying to create.';
    expect(signals(text)).toContain('hint.talk-authorization-not-authentication');
    expect(leader(text)).toEqual({ id: 'authorization-not-authentication', on: expect.arrayContaining(['authz.told-permission']) });
  });

  it('when the policy is said to be fine, then no permission talk is read', () => {
    expect(signals('The IAM policy is fine and not the issue; the upload still fails with my credentials.')).not.toContain('hint.talk-authorization-not-authentication');
  });
});

describe('a pod or task denied as the node\'s instance role (caller.instance-session)', () => {
  const DENIED_AS_NODE = 'User: arn:aws:sts::123456789012:assumed-role/app-nodes-NodeInstanceRole/i-0a966426f2028a414 is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:us-east-1:123456789012:parameter/config/app because no identity-based policy allows the ssm:GetParameters action';

  it('when the service runs in an EKS pod and the caller is an instance-id session, then the role not delivered leads and the permission is the runner-up', () => {
    const text = `Our service fails to start in the EKS cluster:\n${DENIED_AS_NODE}`;
    expect(signals(text)).toContain('caller.instance-session');
    expect(leader(text)).toEqual({ id: 'role-credentials-unavailable', on: expect.arrayContaining(['role-unavailable.node-role-in-pod']) });
    expect(ranking(text)[1]).toBe('authorization-not-authentication');
  });

  it('when nothing says the code runs in a pod or task, then the instance\'s own role is the caller it was meant to be and the permission leads', () => {
    expect(ranking(`On the instance the script fails:\n${DENIED_AS_NODE}`)[0]).toBe('authorization-not-authentication');
  });

  it('when the session is named for a person or a pod, then no instance session is read', () => {
    expect(signals('User: arn:aws:sts::123456789012:assumed-role/app-role/eks-prod-api-7f9c-0b1e is not authorized to perform: s3:GetObject')).not.toContain('caller.instance-session');
  });
});
