/**
 * Readings and rules added after classifying the ranking misses of batch 10's tuning half against batches 1-9's (classes seen in
 * at least two batches, or documented by AWS or a tool's source; chosen by leave-one-batch-out over tuning batches 1-10,
 * scripts/corpus/rank-cv.ts --table). The sentences are written for the test in the phrasing such threads use, not
 * copied from a case.
 */
import { causeTalk } from '../../../../src/core/extract/cause-talk';
import { leader, signals } from '../../../helpers/readings';

describe("the instance's metadata service or role named beside a container (one hop too many for IMDSv2)", () => {
  it.each([
    'Our build runs in a docker container on the runner and the AWS CLI fails to get credentials from the instance role of the EC2 host.',
    'Since the upgrade the SDK no longer picks up AWS credentials via IMDSv2 from inside a container.',
    'The AWS CLI fails to authenticate: the EC2 instance metadata is not reachable when the container uses the default bridge network',
    'The S3 upload cannot authenticate with the EC2\'s IAM role unless the container runs with --net=host',
  ])('when "%s" is written, then the role not delivered to the container leads', (text) => {
    expect(signals(text)).toContain('imds.container');
    expect(leader(text)).toEqual({ id: 'role-credentials-unavailable', on: expect.arrayContaining(['role-unavailable.imds-from-container']) });
  });

  it.each([
    // A container and the metadata service far apart, on different lines: nothing ties the two.
    'The AWS upload fails to authenticate in our container.\nLater, on a laptop, we checked the instance metadata docs.',
    // A container without the metadata service or an instance role.
    'The AWS upload from the docker container fails: the credentials are not found.',
    // The metadata service without any container.
    'The AWS CLI on the EC2 host cannot get credentials from IMDSv2.',
  ])('when "%s" is written, then no container hop is read', (text) => {
    expect(signals(text)).not.toContain('imds.container');
  });

  it('when the key is unknown to AWS (InvalidClientTokenId), then a key was sent: no container hop leads', () => {
    const text = 'We stopped using the EC2 instance profile and now pass access keys into the docker container as env vars.\n' +
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    expect(leader(text)?.id).not.toBe('role-credentials-unavailable');
  });
});

describe('the session token told as required, in the passive ("must be included", "has to be passed")', () => {
  it.each([
    'With temporary credentials the session token must be included in every request, and our client leaves it out.',
    'Our S3 uploads fail: the security token has to be passed along with the key when the keys come from STS.',
  ])('when "%s" is written, then the missing session token is read as what is told', (text) => {
    expect(causeTalk(text)).toContain('missing-session-token');
  });

  it('when the session token is only said to be refreshed, then no missing token is read', () => {
    expect(causeTalk('The session token must be refreshed every hour by the job.')).not.toContain('missing-session-token');
  });
});
