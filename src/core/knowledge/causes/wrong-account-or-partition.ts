import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, sourced, step, variant } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, AVOID_ROTATE_BLIND, 'Do not create a key in the wrong account to make one call work: fix which account the runtime targets.'];

export const wrongAccountOrPartition: CauseKnowledge = {
  id: 'wrong-account-or-partition',
  explanation: {
    meaning:
      'The key is valid somewhere else: in another AWS account, another partition (China, GovCloud), or another endpoint (LocalStack credentials such as `test` sent to real AWS, or real keys sent to LocalStack). The endpoint that received it has never heard of it.',
    authnVsAuthz: AUTHN,
    afterDenial: {
      kind: 'source',
      meaning:
        "The runtime calls with a valid identity of another account than the one that owns the resource (a dev profile or role against the ops account's bucket, key or state). AWS authenticated it and denied the call: that identity has no permission there, or the resource's policy does not trust its account.",
    },
  },
  probes: ['target', 'key-prefix', 'caller-identity'],
  remediation: {
    title: 'Send the request to the endpoint and account the key belongs to',
    variants: [
      variant(
        'linux-macos',
        step('Check where the request goes and which key is used:', 'aws configure list\nenv | grep -E "^AWS_(ENDPOINT_URL|REGION|DEFAULT_REGION)"'),
        step('A key of LocalStack, MinIO or another S3-compatible store: point the client at that endpoint (`--endpoint-url`, `AWS_ENDPOINT_URL` or the tool\'s `endpoint` option). A key of real AWS: remove the endpoint override and the `test` credentials.', 'unset AWS_ENDPOINT_URL\naws sts get-caller-identity'),
      ),
      variant('windows-powershell', step('Same check and fix:', undefined, 'Get-ChildItem Env:AWS_*\nRemove-Item Env:AWS_ENDPOINT_URL -ErrorAction SilentlyContinue\naws sts get-caller-identity')),
      variant('ci', step('Check that the job uses the secrets of the target account/partition (separate environments per account), and that test jobs set the LocalStack endpoint while deploy jobs do not.')),
      variant('container-ecs', step('Check `AWS_ENDPOINT_URL` (or the tool\'s endpoint setting) and region variables in the task definition or compose file: they must name the service the key belongs to - AWS, or your LocalStack / MinIO endpoint. Production images should carry no LocalStack settings.')),
      variant('kubernetes-irsa', step('Check the pod env for `AWS_ENDPOINT_URL` / region and that the IRSA role ARN is in the account and partition you target:', 'kubectl get sa <service-account> -o jsonpath="{.metadata.annotations.eks\\.amazonaws\\.com/role-arn}"')),
      variant(
        'lambda',
        sourced(LINKS.lambdaRole, 'A function acts as its execution role, in the account that owns the function (its ARN shows it). To act in another account, assume a role there from the code, or allow the function\'s role in the resource\'s policy:', 'aws lambda get-function-configuration --function-name <function> --query "[FunctionArn, Role]"'),
      ),
      // A partition's keys work only in it, wherever the call runs: shown whatever the runtime (qa36 F3).
      variant('any', step('China / GovCloud: use credentials created in that partition and a region of it (`cn-north-1`, `us-gov-west-1`).')),
      variant('sso', step('Pick the SSO profile for the target account (each account/role pair is its own profile):', 'aws configure list-profiles\naws sts get-caller-identity --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT + ' Check that `Account` is the account you target.', commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.partitions, LINKS.callerIdentity, LINKS.envVars],
};
