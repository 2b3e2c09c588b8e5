import type { CauseKnowledge } from '../types';
import { AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant, sourced } from '../shared';

export const roleCredentialsUnavailable: CauseKnowledge = {
  id: 'role-credentials-unavailable',
  explanation: {
    meaning:
      'The workload should get credentials from its platform (EC2 instance profile, ECS task role, EKS IRSA / Pod Identity, OIDC web identity), but that source is missing or misconfigured: no role attached, the metadata endpoint unreachable (IMDSv2 hop limit, proxy), or the web identity token rejected.',
    authnVsAuthz: 'This is about obtaining credentials (*authentication*). When the role cannot be assumed because of its trust policy, the fix is the trust policy, not the permissions policy.',
    // After a denial the call was authenticated: a role not delivered shows as another, valid identity being refused
    // (the node's or instance's role in place of the pod's or task's: rules role-unavailable.denied-in-pod and the
    // refusal prior, prior.authz; tuning threads argoflow/argoflow-aws#153, hashicorp/packer#6717,
    // kubernetes-sigs/external-dns#1684).
    afterDenial: {
      kind: 'source',
      meaning:
        'The workload should get credentials from its platform (EC2 instance profile, ECS task role, EKS IRSA / Pod Identity, OIDC web identity), but that role was not delivered, so the SDK took the next source in its chain: most often the node\'s or instance\'s own role, or keys left in the image or environment. Those credentials are valid, so AWS authenticated the call, but as that other identity, which lacks the permission.',
    },
  },
  probes: ['runtime', 'configure-list', 'sign-in'],
  remediation: {
    title: 'Attach the role and make its credential endpoint reachable',
    variants: [
      variant('linux-macos', step('On EC2: check a role is attached and IMDS answers (containers on EC2 need hop limit 2):', 'TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")\ncurl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/\naws ec2 modify-instance-metadata-options --instance-id <id> --http-put-response-hop-limit 2')),
      variant('windows-powershell', step('On EC2 Windows: check the role through IMDSv2:', undefined, '$t = Invoke-RestMethod -Method Put -Uri http://169.254.169.254/latest/api/token -Headers @{"X-aws-ec2-metadata-token-ttl-seconds"="60"}\nInvoke-RestMethod -Headers @{"X-aws-ec2-metadata-token"=$t} -Uri http://169.254.169.254/latest/meta-data/iam/security-credentials/')),
      variant('ci', step('GitHub Actions OIDC: grant `permissions: id-token: write`, create the IAM OIDC provider for token.actions.githubusercontent.com, and make the role trust policy match the `sub` claim (repo, branch or environment).')),
      variant('container-ecs', step('Set `taskRoleArn` (not only the execution role) and check the container sees the credentials URI:', 'aws ecs describe-task-definition --task-definition <family> --query "taskDefinition.[taskRoleArn,executionRoleArn]"\nenv | grep AWS_CONTAINER_CREDENTIALS')),
      variant('kubernetes-irsa', step('Check the service account annotation, the projected token and the OIDC provider of the cluster:', 'kubectl get sa <sa> -o yaml | grep role-arn\nkubectl exec <pod> -- env | grep -E "AWS_ROLE_ARN|AWS_WEB_IDENTITY_TOKEN_FILE"\naws eks describe-cluster --name <cluster> --query cluster.identity.oidc.issuer'), step('The role trust policy must allow `system:serviceaccount:<namespace>:<sa>` for that OIDC provider.'),
        // A role delivered but never read: the SDK in the image predates the provider (IRSA's web identity token file, EKS
        // Pod Identity's agent), or a Java build lacks the sts module the web identity provider loads by reflection, so the
        // chain skips it ("To use web identity tokens, the 'sts' service module must be on the class path.",
        // aws/aws-sdk-java-v2 WebIdentityCredentialsUtils.java; "... the aws-java-sdk-sts module must be on the class path.",
        // aws/aws-sdk-java STSProfileCredentialsServiceProvider.java). Versions from the two EKS user guide pages linked.
        // Batch 17: cert-manager/cert-manager#6519 (Go SDK bumped to 1.48.7 for Pod Identity); the sts module stands in
        // tuning threads of batches 5, 7 and 13 (extract/sts-module-missing.ts).
        sourced(LINKS.irsaSdk, 'The SDK must read the role it is handed. For IRSA it must be at least Java v2 2.10.11, Go v1 1.23.13, boto3 1.9.220, JS v3 3.27.0; a Java application also needs the `sts` module on its class path (`software.amazon.awssdk:sts` for SDK v2, `com.amazonaws:aws-java-sdk-sts` for v1), or the web identity provider is skipped and the next source in the chain answers:', 'mvn dependency:tree | grep -E "awssdk:sts|aws-java-sdk-sts"   # or: gradle dependencies | grep -E "awssdk:sts|aws-java-sdk-sts"'),
        sourced(LINKS.podIdentitySdk, 'For EKS Pod Identity the SDK must be at least Java v2 2.21.30, Java v1 1.12.746, Go v1 1.47.11, boto3 1.34.41, JS v3 3.458.0: older ones do not read the agent\'s credentials. Upgrade the SDK (or the tool that embeds it) in the image.'),
      ),
      variant(
        'lambda',
        sourced(LINKS.lambdaRole, 'A function gets its credentials from its execution role. See which role it runs with:', 'aws lambda get-function-configuration --function-name <function> --query Role'),
        sourced(LINKS.lambdaRole, 'That role\'s trust policy must let `lambda.amazonaws.com` assume it (`sts:AssumeRole`); fix the trust policy or set another role:', 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument\naws lambda update-function-configuration --function-name <function> --role <role arn>'),
      ),
      variant('sso', step('People using SSO on a platform host should not depend on the host role; sign in with your profile:', 'aws sso login --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT + ' The ARN should be the role you attached (`assumed-role/<role>/...`).', commands: VERIFY_COMMANDS },
  avoid: [AVOID_WIDEN_POLICY, 'Do not work around it by copying static keys into the workload: fix the role so nothing needs rotating.'],
  links: [LINKS.ec2Role, LINKS.ecsTaskRole, LINKS.irsa, LINKS.irsaSdk, LINKS.podIdentitySdk, LINKS.oidc],
};
