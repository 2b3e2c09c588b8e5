import type { CauseKnowledge } from '../types';
import { LINKS, VERIFY_COMMANDS, sourced, step, variant } from '../shared';

const WHICH = step('First confirm the identity is the one you meant; an unexpected ARN means the wrong credentials, not missing permissions:', 'aws sts get-caller-identity', 'aws sts get-caller-identity');

export const authorizationNotAuthentication: CauseKnowledge = {
  id: 'authorization-not-authentication',
  explanation: {
    meaning:
      'AWS accepted who you are (an error that names your ARN shows it) and refused the action: an identity policy does not allow it, or an explicit deny, a permissions boundary, a resource policy or an organisation SCP blocks it.',
    authnVsAuthz: 'This is *authorization*, not authentication: the credentials are valid, so rotating keys will not help. First check that the calling identity (the ARN in the error, or `aws sts get-caller-identity` in the failing runtime) is the one you meant (a stray environment variable or profile gives a valid but wrong identity); if it is, the policies decide.',
  },
  probes: ['caller-identity'],
  remediation: {
    title: 'Find the policy that decides, and grant only the action that is missing',
    variants: [
      variant('linux-macos', WHICH, step('Read the full message: it names the action, the resource and the kind of policy (identity-based, explicit deny, SCP, boundary). Decode an encoded message:', 'aws sts decode-authorization-message --encoded-message <message>'), step('Simulate the call to see which statement decides:', 'aws iam simulate-principal-policy --policy-source-arn <your arn> --action-names <service:Action> --resource-arns <resource arn>')),
      variant('windows-powershell', WHICH, step('Decode an encoded authorization message:', undefined, 'aws sts decode-authorization-message --encoded-message <message>')),
      variant('ci', WHICH, step('Add the missing action to the CI role policy for the specific resource; check the role the job assumed, not your own user.')),
      variant('container-ecs', WHICH, step('Grant the action to the *task role* (not the execution role, which only pulls images and writes logs).')),
      variant('kubernetes-irsa', WHICH, step('Grant the action to the IRSA role of the service account; check the pod really assumed it (`assumed-role/<role>` in the ARN).')),
      variant('lambda', WHICH, sourced(LINKS.lambdaRole, 'Grant the action to the function\'s *execution role* (not your own user), for the specific resource:', 'aws lambda get-function-configuration --function-name <function> --query Role')),
      variant('sso', WHICH, step('Ask for the permission set that allows the action, or switch to the SSO profile/role that has it.')),
    ],
  },
  verification: { text: 'Retry the failing call in the same runtime; `aws sts get-caller-identity` there should show the identity you granted the permission to.', commands: VERIFY_COMMANDS },
  avoid: ['Do not rotate or recreate keys: authentication already works.', 'Do not attach AdministratorAccess or `*` actions to make it pass: grant the one action on the one resource.'],
  links: [LINKS.accessDenied, LINKS.callerIdentity, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'],
};
