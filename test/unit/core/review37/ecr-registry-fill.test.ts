/**
 * Review 37 R37-9: the ECR docker-login playbook names the paste's registry in its prose step too (the credential
 * helper's `credHelpers` line), not `<registry>`; and the case is told as docker's registry login, not as an SDK that
 * searched its whole credential chain and sent no request (the meaning `diagnose` gives and the chat opens with).
 */
import { diagnose } from '../../../../src/core/diagnose';
import type { Reply } from '../../../../src/core/conversation/types';
import { typed } from '../../../helpers/typed-case';

const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const PUSH = `$ docker push ${REGISTRY}/app:latest\nThe push refers to repository [${REGISTRY}/app]\nno basic auth credentials`;
const texts = (replies: Reply[]) => JSON.stringify(replies);
/** The remediation replies of the opening and of "show me the fix" (the opening may already give the fix). */
const fixOf = (paste: string) => texts([...typed([paste]).replies, ...typed([paste, 'show me the fix']).replies].filter((r) => r.type === 'remediation'));

describe('R37-9: the ECR registry in the docker-login steps', () => {
  it('when docker push to an ECR registry has no basic auth credentials, then the credential helper step names that registry', () => {
    const fix = fixOf(PUSH);
    expect(fix).toContain(`\\"credHelpers\\": { \\"${REGISTRY}\\": \\"ecr-login\\" }`);
    expect(fix).not.toContain('<registry>');
  });

  it('when the case opens, then it is told as docker\'s registry login, not an SDK that found nothing in its chain', () => {
    const opening = texts(typed([PUSH]).replies);
    expect(opening).toContain('docker has no login for this Amazon ECR registry');
    expect(opening).not.toContain('no request reached AWS at all');
    expect(diagnose(PUSH).meaning).toMatch(/^docker has no login for this Amazon ECR registry/);
  });

  it('when the ECR token expired, then the opening says the registry login expired', () => {
    const opening = texts(typed([`$ docker pull ${REGISTRY}/app:1\ndenied: Your authorization token has expired. Reauthenticate and try again.`]).replies);
    expect(opening).toContain("docker's login to this Amazon ECR registry has expired");
  });
});
