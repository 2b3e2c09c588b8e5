import type { CauseKnowledge } from '../types';
import { VERIFY_COMMANDS, step, variant } from '../shared';

const CHECK = step('Check the credentials work at all, so you can rule them out:', 'aws sts get-caller-identity', 'aws sts get-caller-identity');

export const notAwsCredentialError: CauseKnowledge = {
  id: 'not-aws-credential-error',
  explanation: {
    meaning:
      'The text does not show an AWS credential or authentication failure. It may be another error (a network problem, a wrong URL such as API Gateway "Missing Authentication Token" on a path that does not exist, a bug), or the interesting line is not in the paste.',
    authnVsAuthz: 'Neither authentication nor authorization is involved as far as this text shows; paste the full error output if you think otherwise.',
  },
  probes: ['caller-identity'],
  remediation: {
    title: 'Rule the credentials out, then look elsewhere',
    variants: [
      variant('linux-macos', CHECK, step('Run the failing command again with debug output and paste the error lines (secrets are redacted, but avoid pasting them):', 'aws <command> --debug 2>&1 | tail -40')),
      variant('windows-powershell', CHECK),
      variant('ci', CHECK, step('Paste the failing step log from the first error line.')),
      variant('container-ecs', CHECK),
      variant('kubernetes-irsa', CHECK),
      variant('lambda', CHECK, step('Read the function\'s log from the first error line:', 'aws logs tail /aws/lambda/<function> --since 1h')),
      variant('sso', CHECK),
    ],
  },
  verification: { text: 'If `aws sts get-caller-identity` succeeds in the failing runtime, the credentials are not the problem.', commands: VERIFY_COMMANDS },
  avoid: ['Do not rotate keys or change IAM policies on a guess: first show an AWS auth error.'],
  links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-troubleshooting.html', 'https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-troubleshooting.html'],
};
