import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant, sourced } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, AVOID_ROTATE_BLIND];
const MEANING =
  'The credentials are fine but the region or STS endpoint is not: an opt-in region that is not enabled for the account, session tokens from the global STS endpoint (version 1) used in an opt-in region, regional STS deactivated, or no/a wrong region set.';

export const regionEndpoint: CauseKnowledge = {
  id: 'region-endpoint',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: AUTHN,
    afterDenial: { kind: 'key' },
  },
  probes: ['target', 'region-enabled', 'works-elsewhere', 'configure-list'],
  remediation: {
    title: 'Enable the region, or get tokens that are valid there',
    variants: [
      // Account settings, read and changed with the AWS CLI from wherever it has the account's credentials: the same on
      // every platform, so shown whatever the runtime (qa36 F3); the runtime's own variant says where the setting goes.
      variant(
        'any',
        step('Check whether the region is enabled for the account (`ENABLED` / `ENABLED_BY_DEFAULT`):', 'aws account get-region-opt-status --region-name <region>'),
        step('Enable it (takes minutes to hours):', 'aws account enable-region --region-name <region>'),
        step('Or make the global endpoint issue version 2 tokens (valid in all regions):', 'aws iam set-security-token-service-preferences --global-endpoint-token-version v2Token'),
      ),
      variant('linux-macos', step('Or use regional STS, whose tokens work in every region:', 'export AWS_STS_REGIONAL_ENDPOINTS=regional')),
      variant('windows-powershell', step('Or use regional STS, whose tokens work in every region:', undefined, '$env:AWS_STS_REGIONAL_ENDPOINTS = "regional"')),
      variant('ci', step('Set `AWS_REGION` explicitly in the job and assume the role through a regional STS endpoint (configure-aws-credentials does this when `aws-region` is set).')),
      variant('container-ecs', step('Set `AWS_REGION` in the task definition; check the region is enabled in the account that issues the task credentials.')),
      variant('kubernetes-irsa', step('Set `AWS_STS_REGIONAL_ENDPOINTS=regional` and `AWS_REGION` on the pod (the EKS pod identity webhook can inject them via the `eks.amazonaws.com/sts-regional-endpoints: "true"` service account annotation).')),
      variant(
        'lambda',
        sourced(LINKS.lambdaEnv, 'Lambda sets `AWS_REGION` to the function\'s own region (a reserved variable you cannot change). A resource or STS endpoint in another region needs that region set on the client in code (or read from a variable of your own). The function\'s ARN shows its region:', 'aws lambda get-function-configuration --function-name <function> --query FunctionArn'),
        sourced(LINKS.optInRegions, 'An opt-in region must be enabled in the account that owns the function and in the one you call.'),
      ),
      variant('sso', step('Set the region in the profile and check both the SSO account and the target account have the region enabled:', 'aws configure set region <region> --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT + ' Use the same region as the failing call (`--region <region>`).', commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.optInRegions, LINKS.stsRegions, 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_SetSecurityTokenServicePreferences.html'],
};
