/**
 * QA37 F18: ECR's "Your authorization token has expired" and docker's "no basic auth credentials" for an ECR registry
 * are docker's registry login (12 hours), not the AWS session: the fix is `aws ecr get-login-password | docker login`.
 */
import { step } from '../../../../src/core/conversation/engine';
import { T0 } from '../../../helpers/case-script';

const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const at = new Date(T0).toISOString();
function fixFor(paste: string): string {
  const first = step(undefined, { kind: 'message', text: paste, user: 'U01ALICE', at, addressed: true }, ctx)!;
  const fix = step(first.state, { kind: 'message', text: 'show me the fix', user: 'U01ALICE', at, addressed: true }, ctx)!;
  return JSON.stringify([...first.replies, ...fix.replies].filter((r) => r.type === 'remediation'));
}
const LOGIN = 'aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com';

describe('QA37 F18: docker\'s ECR login', () => {
  it.each([
    ['the registry token expired', '$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2\ndenied: Your authorization token has expired. Reauthenticate and try again.'],
    ['docker never logged in', 'Error response from daemon: Get "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/": no basic auth credentials'],
  ])('when %s, then the fix logs docker in to that registry, not an SSO or STS session', (_name, paste) => {
    const fix = fixFor(paste);
    expect(fix).toContain(LOGIN);
    expect(fix).toMatch(/"title":"Log docker in to the ECR registry again/);
  });

  it('when get-login-password itself failed with an AWS error, then the docker login fix is not put first', () => {
    const fix = fixFor('$ aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com\nAn error occurred (ExpiredTokenException) when calling the GetAuthorizationToken operation: The security token included in the request is expired');
    expect(fix).not.toMatch(/"title":"Log docker in to the ECR registry again/);
  });
});
