import { checkFamily } from './check-quotes';

const COPILOT = 'aws/copilot-cli internal/pkg/aws/sessions/errors.go @ v1.33.2+5@4c858e718';

checkFamily('eks', [
  {
    id: 'kubectl.unauthorized-eks',
    from: 'kubernetes/kubernetes staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go @ d1b5f268b48e',
    text: '$ aws eks update-kubeconfig --name prod --region us-east-1\nUpdated context arn:aws:eks:us-east-1:123456789012:cluster/prod in /home/me/.kube/config\n$ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)',
  },
  {
    id: 'kubectl.unauthorized',
    from: 'kubernetes/kubernetes staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go @ d1b5f268b48e',
    text: 'error: You must be logged in to the server (Unauthorized)\nerror: You must be logged in to the server (the server has asked for the client to provide credentials)',
    code: 'Unauthorized',
    // Without an EKS marker the bare line keeps the expired-session reading.
    top: 'temporary-credentials-expired',
    orTop: ['authorization-not-authentication'],
  },
  {
    id: 'client-go.exec-failed',
    from: 'kubernetes/kubernetes staging/src/k8s.io/client-go/plugin/pkg/client/auth/exec/exec.go @ cb6ff2d8ce35',
    text: '\nAn error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired\nUnable to connect to the server: getting credentials: exec: executable aws failed with exit code 254',
    code: 'ExpiredToken',
  },
  {
    id: 'iam-authenticator.no-token',
    from: 'kubernetes-sigs/aws-iam-authenticator cmd/aws-iam-authenticator/token.go @ v0.7.18+11@81b1daba00d1',
    text: 'could not get token: NoCredentialProviders: no valid providers in chain. Deprecated.\n\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors',
    code: 'NoCredentialProviders',
    top: 'no-credentials-found',
  },
  {
    id: 'iam-authenticator.not-mapped',
    from: 'kubernetes-sigs/aws-iam-authenticator pkg/errutil/errors.go @ v0.7.18+11@81b1daba00d1',
    text: 'time="2024-05-02T10:11:12Z" level=warning msg="access denied" arn="arn:aws:iam::123456789012:role/ci-deployer" client="127.0.0.1:51234" error="identity is not mapped" method=POST path=/authenticate',
  },
  {
    id: 'iam-authenticator.sts-failed',
    from: 'kubernetes-sigs/aws-iam-authenticator pkg/token/token.go @ v0.7.18+11@81b1daba00d1',
    text: 'time="2024-05-02T10:11:12Z" level=warning msg="access denied" client="127.0.0.1:40112" error="sts getCallerIdentity failed: error from AWS (expected 200, got 403) on us-east-1 endpoint. Body: {\\"Error\\":{\\"Code\\":\\"ExpiredToken\\",\\"Message\\":\\"The security token included in the request is expired\\"}}" method=POST path=/authenticate',
  },
  {
    id: 'eksctl.sts-check',
    from: 'eksctl-io/eksctl pkg/eks/api.go @ v0.230.0+5@99984adb6',
    text: '$ eksctl get cluster\nError: checking AWS STS access – cannot get role ARN for current session: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 0b1c2d3e, api error ExpiredToken: The security token included in the request is expired',
    code: 'ExpiredToken',
    top: 'temporary-credentials-expired',
  },
  {
    id: 'eksctl.region-missing',
    from: 'eksctl-io/eksctl pkg/eks/api.go @ v0.230.0+5@99984adb6',
    text: '$ eksctl get cluster\nError: AWS Region must be set, please set the AWS Region in AWS config file or as environment variable',
  },
]);

checkFamily('ci', [
  {
    id: 'gha.credentials-not-loaded',
    from: 'aws-actions/configure-aws-credentials src/CredentialsClient.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nError: Credentials could not be loaded, please check your action inputs: Access key ID empty after loading credentials',
    top: 'no-credentials-found',
    orTop: ['role-credentials-unavailable'],
  },
  {
    id: 'gha.no-providers',
    from: 'aws-actions/configure-aws-credentials src/CredentialsClient.ts @ v6+43@bcd4089080cf',
    text: 'Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers\n\nOur workflows had worked well until yesterday.',
  },
  {
    id: 'gha.region-input',
    from: 'aws-actions/configure-aws-credentials src/index.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nError: Input required and not supplied: aws-region',
  },
  {
    id: 'gha.oidc-assume-failed',
    from: 'aws-actions/configure-aws-credentials src/assumeRole.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nAssuming role with OIDC\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
  },
  {
    id: 'gha.id-token-permission',
    from: 'aws-actions/configure-aws-credentials src/index.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nIt looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers',
  },
  {
    id: 'gha.web-identity-file-missing',
    from: 'aws-actions/configure-aws-credentials src/assumeRole.ts @ v6+43@bcd4089080cf',
    text: 'Error: Web identity token file does not exist: /home/runner/work/_temp/token',
  },
  {
    id: 'gha.key-mismatch',
    from: 'aws-actions/configure-aws-credentials src/CredentialsClient.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nError: Credentials loaded by the SDK do not match the expected access key ID configured by the action',
  },
  {
    id: 'gha.id-token-url',
    from: 'actions/toolkit packages/core/src/oidc-utils.ts @ 64328a778f79',
    text: 'Run aws-actions/configure-aws-credentials@v4\nError: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
  },
  {
    id: 'circleci.keys-file-missing',
    from: 'CircleCI-Public/aws-cli-orb src/scripts/configure.sh @ b5c98bba1196',
    text: '/bin/bash: line 11: /tmp/default.keys: No such file or directory\n\nExited with code exit status 1\nCircleCI received exit code 1',
  },
  {
    id: 'circleci.oidc-token-missing',
    from: 'CircleCI-Public/aws-cli-orb src/scripts/assume_role_with_web_identity.sh @ v5.4.1@28b8b974fdd0',
    text: '#!/bin/bash -eo pipefail\nAttempt 3: Minting OIDC tokens\nFailed to set CIRCLE_OIDC_TOKEN and CIRCLE_OIDC_TOKEN_V2 after 3 attempts. Please try rerunning the worklow.\n\nExited with code exit status 1',
  },
  {
    id: 'circleci.assume-failed',
    from: 'CircleCI-Public/aws-cli-orb src/scripts/assume_role_with_web_identity.sh @ v5.4.1@28b8b974fdd0',
    text: 'Successfully set CIRCLE_OIDC_TOKEN\n\nAn error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity\nFailed to assume role\n\nExited with code exit status 1',
    code: 'AccessDenied',
  },
  {
    id: 'circleci.no-oidc-provider',
    from: 'CircleCI-Public/aws-cli-orb src/scripts/assume_role_with_web_identity.sh @ v5.4.1@28b8b974fdd0 (STS answer to its assume-role-with-web-identity call)',
    text: 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://oidc.circleci.com/org/0a1b2c3d-0000-4000-8000-000000000000',
    code: 'InvalidIdentityToken',
  },
  {
    id: 'gitlab.oidc-audience',
    from: 'gitlab-org/gitlab (docs) doc/ci/cloud_services/aws/_index.md @ docs.gitlab.com/ci/cloud_services/aws (2026)',
    text: '$ aws sts assume-role-with-web-identity --role-arn ${ROLE_ARN} --role-session-name "GitLabRunner-${CI_PROJECT_ID}-${CI_PIPELINE_ID}" --web-identity-token ${GITLAB_OIDC_TOKEN}\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    code: 'InvalidIdentityToken',
  },
  {
    id: 'gha.user-credentials-assume',
    from: 'aws-actions/configure-aws-credentials src/assumeRole.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nAssuming role with user credentials\nError: Could not assume role with user credentials: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:TagSession on resource: arn:aws:iam::123456789012:role/deploy',
  },
  {
    id: 'gha.web-identity-file-assume',
    from: 'aws-actions/configure-aws-credentials src/assumeRole.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nAssuming role with web identity token file\nError: Could not assume role with web identity token file: Not authorized to perform sts:AssumeRoleWithWebIdentity',
  },
  {
    id: 'gha.secret-key-input',
    from: 'aws-actions/configure-aws-credentials src/index.ts @ v6+43@bcd4089080cf',
    text: "Run aws-actions/configure-aws-credentials@v4\nError: 'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided",
  },
  {
    id: 'gha.expected-account',
    from: 'aws-actions/configure-aws-credentials src/helpers.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nError: The account ID of the provided credentials (123456789012) does not match any of the expected account IDs: 210987654321',
  },
  {
    id: 'gha.get-id-token',
    from: 'aws-actions/configure-aws-credentials src/index.ts @ v6+43@bcd4089080cf',
    text: 'Run aws-actions/configure-aws-credentials@v4\nError: getIDToken call failed: Error message: Failed to get ID Token.',
  },
  {
    id: 'gitlab.oidc-verification-key',
    from: 'gitlab-org/gitlab issues/374001 (fixed by merge_requests/138405, JWKS cache headers) @ gitlab.com issue 2022-08 / MR 2023-12',
    text: '$ aws sts assume-role-with-web-identity --role-arn ${ROLE_ARN} --role-session-name "GitLabRunner-${CI_PROJECT_ID}-${CI_PIPELINE_ID}" --web-identity-token ${GITLAB_OIDC_TOKEN} --duration-seconds 3600\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Couldn\'t retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements',
    code: 'InvalidIdentityToken',
  },
  {
    id: 'gitlab.oidc-missing-aud',
    from: 'gitlab-org/gitlab issues/342243 (merge_requests/71657) @ gitlab.com issue 2021-10',
    text: '$ echo "$CI_JOB_JWT" > "$AWS_WEB_IDENTITY_TOKEN_FILE"\n$ aws sts assume-role-with-web-identity --role-arn $AWS_ROLE_ARN --role-session-name foo --web-identity-token file://$AWS_WEB_IDENTITY_TOKEN_FILE --duration-seconds 1000\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Missing a required claim: aud',
    code: 'InvalidIdentityToken',
  },
  {
    id: 'gitlab.oidc-token-empty',
    from: 'python/cpython Lib/argparse.py @ 8ea6cc14a517 (the aws CLI parser; CI_JOB_JWT_V2 empty since GitLab 17.0)',
    text: '$ aws sts assume-role-with-web-identity --role-arn ${ROLE_ARN} --role-session-name "GitLabRunner-${CI_PROJECT_ID}-${CI_PIPELINE_ID}" --web-identity-token $CI_JOB_JWT_V2 --duration-seconds 3600\n\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\naws: error: argument --web-identity-token: expected one argument',
  },
  {
    id: 'gitlab.oidc-not-authorized',
    from: 'gitlab.com/guided-explorations/aws/configure-openid-connect-in-aws issues/2 @ gitlab.com issue (CI_JOB_JWT_V2 era, 2022)',
    text: '$ STS=($(aws sts assume-role-with-web-identity --role-arn ${ROLE_ARN} --role-session-name "GitLabRunner-${CI_PROJECT_ID}-${CI_PIPELINE_ID}" --web-identity-token $CI_JOB_JWT_V2 --duration-seconds 3600 --query \'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]\' --output text))\nAn error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    code: 'AccessDenied',
  },
  {
    id: 'circleci.role-arn-setup-no-credentials',
    from: 'CircleCI-Public/aws-cli-orb src/scripts/role_arn_setup.sh @ v5.4.1@28b8b974fdd0',
    text: '#!/bin/bash -eo pipefail\nCredentials not found. Run setup command before role-arn-setup.\n\nExited with code exit status 1',
  },
  {
    // A Travis CI S3 deploy with a stored key S3 no longer knows (the log lines before it are dpl's own).
    id: 'dpl.s3-invalid-key',
    from: 'travis-ci/dpl lib/dpl/provider/s3.rb @ 0622a248a8d4 (v1 Error); lib/dpl/providers/s3.rb @ 02324971747b (v2 msgs invalid_access_key_id)',
    text: 'Deploying application\nLogging in with Access Key: ****************MPLE\nBeginning upload of 12 files with 20 threads.\nInvalid S3 Access Key Id, Stopping Deploy\nfailed to deploy',
    code: 'InvalidAccessKeyId',
  },
]);

checkFamily('credential-helpers', [
  {
    id: 'granted.credential-process-unparsed',
    from: 'common-fate/granted pkg/cfaws/granted_config.go @ v0.38.0+13@e504d8bc2eed',
    text: "[✘] unable to parse 'credential_process'. Looks like your credential_process isn't configured correctly. \n You need to add 'granted credential-process --profile <profile-name>'",
    benign: "We were unable to parse the credential_process docs at first; the config looks correct now.",
  },
  {
    id: 'granted.credential-process-no-profile',
    from: 'common-fate/granted pkg/cfaws/granted_config.go @ v0.38.0+13@e504d8bc2eed',
    text: "[✘] profile name not provided. Try adding profile name like 'granted credential-process --profile <profile-name>'",
    benign: "The profile name was not provided in the ticket, so I asked for it before running granted.",
  },
  {
    id: 'granted.login-config-field',
    from: 'common-fate/granted pkg/cfaws/granted_config.go @ v0.38.0+13@e504d8bc2eed',
    text: "[✘] invalid aws config for granted login. 'granted_sso_region' field must be provided",
    benign: "Granted login wants the granted_sso_region field; our aws config already has it.",
  },
  {
    id: 'aws-vault.login-environment',
    from: '99designs/aws-vault cli/login.go @ v7.2.0+7@e22aea12b03e',
    text: "aws-vault: error: login: unable to authenticate to AWS through your environment variables: operation error STS: GetFederationToken, https response error StatusCode: 403, RequestID: 0e5d3a2f-1b2c-4d5e-8f90-123456789abc, api error InvalidClientTokenId: The security token included in the request is invalid.",
    benign: "aws-vault login was unable to authenticate to AWS at first, but it works through the profile now.",
    code: 'InvalidClientTokenId',
    top: 'key-deleted-or-inactive',
    orTop: ['wrong-account-or-partition', 'missing-session-token', 'env-var-override', 'stale-credentials-after-rotation'],
  },
  {
    id: 'aws-vault.rotate-source',
    from: '99designs/aws-vault cli/rotate.go @ v7.2.0+7@e22aea12b03e',
    text: "aws-vault: error: rotate: Error loading source credentials for 'work': The specified item could not be found in the keyring",
    benign: "Rotating with aws-vault means loading source credentials for the profile first, the docs say.",
  },
  {
    id: 'aws-vault.get-credentials',
    from: '99designs/aws-vault cli/exec.go @ v7.2.0+7@e22aea12b03e',
    text: 'aws-vault: error: exec: Failed to get credentials for work: InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403, request id: 5c1b0e2a-0000-4000-8000-000000000003',
    code: 'InvalidClientTokenId',
    // aws-vault keeps a long-term key and hands out sessions: the bare error leaves these close.
    top: 'wrong-account-or-partition',
    orTop: ['stale-credentials-after-rotation', 'temporary-credentials-expired', 'missing-session-token'],
  },
  {
    id: 'aws-vault.temporary-credentials',
    from: '99designs/aws-vault cli/exec.go @ v7.2.0+7@e22aea12b03e',
    text: 'aws-vault: error: exec: Error getting temporary credentials: operation error SSO: GetRoleCredentials, https response error StatusCode: 401, RequestID: 5c1b0e2a-0000-4000-8000-000000000004, UnauthorizedException: Session token not found or invalid',
    top: 'temporary-credentials-expired',
  },
  {
    id: 'aws-vault.subshell',
    from: '99designs/aws-vault cli/exec.go @ v7.2.0+7@e22aea12b03e',
    text: "aws-vault: error: exec: running in an existing aws-vault subshell; 'exit' from the subshell or unset AWS_VAULT to force",
  },
  {
    id: 'granted.invalid-or-expired',
    from: 'common-fate/granted pkg/cfaws/creds.go @ v0.38.0+13@e504d8bc2eed',
    text: '[✘] creds invalid or expired',
  },
  {
    id: 'granted.process-login',
    from: 'common-fate/granted pkg/cfaws/assumer_aws_sso.go @ v0.38.0+13@e504d8bc2eed',
    text: "[✘] error when retrieving credentials from custom process. please login using 'granted sso login --sso-start-url https://acme.awsapps.com/start --sso-region us-east-1'",
  },
  {
    id: 'aws-vault.credentials-missing',
    from: '99designs/aws-vault vault/vault.go @ v7.2.0+7@e22aea12b03e',
    text: "$ aws-vault exec work -- aws s3 ls\naws-vault: error: exec: Failed to get credentials for work: profile work: credentials missing",
  },
  {
    id: 'aws-vault.no-master-credentials',
    from: '99designs/aws-vault vault/vault.go @ v7.2.0+7@e22aea12b03e',
    text: "$ aws-vault exec prod -- env\naws-vault: error: exec: Failed to get credentials for prod: No master credentials found",
  },
  {
    id: 'aws-vault.add-source-profile',
    from: '99designs/aws-vault cli/add.go @ v7.2.0+7@e22aea12b03e',
    text: "$ aws-vault add dev\naws-vault: error: add: Your profile has a source_profile of base, adding credentials to dev won't have any effect",
  },
  {
    id: 'granted.source-profile',
    from: 'common-fate/granted pkg/cfaws/profiles.go @ v0.38.0+13@e504d8bc2eed',
    text: "$ assume dev\n[✘] failed to load a source-profile for profile: dev . You should fix the issue with the source profile before you can assume this profile",
  },
  {
    // An IAM user's profile asked for a console session: a usage note, the keys work.
    id: 'granted.console-needs-role',
    from: 'common-fate/granted pkg/assume/assume.go @ v0.38.0+13@e504d8bc2eed',
    text: "$ assume dev --console\nCannot open a browser session for profile: dev because it does not assume a role",
    detected: false,
    top: 'not-aws-credential-error',
  },
  {
    id: 'granted.region-not-set',
    from: 'common-fate/granted pkg/cfaws/profiles.go @ v0.38.0+13@e504d8bc2eed',
    text: "$ assume sandbox\n[✘] region not set on profile sandbox, could not load a default AWS_REGION. Either set a default region `aws configure set default.region us-west-2` or add a region to your profile",
  },
  {
    id: 'granted.no-sso-token',
    from: 'common-fate/granted pkg/cfaws/ssotoken.go @ v0.38.0+13@e504d8bc2eed',
    text: "$ assume prod\n[✘] no valid sso token found",
  },
  {
    id: 'granted.credential-process-profile',
    from: 'common-fate/granted pkg/cfaws/granted_config.go @ v0.38.0+13@e504d8bc2eed',
    text: "$ aws s3 ls --profile dev\nError when retrieving credentials from custom-process: [✘] unmatched profile names. The profile name 'dev' provided to 'granted credential-process' does not match AWS profile name 'development'",
  },
  {
    id: 'aws-sso-util.token-load',
    from: 'benkehoe/aws-sso-util cli/src/aws_sso_util/check.py @ 98122e1ed65b',
    text: "$ aws-sso-util check\naws-sso-util: v4.31.0; aws-sso-lib: v1.14.0\nException in loading token: 'expiresAt'",
  },
  {
    id: 'aws-sso-util.login-required',
    from: 'benkehoe/aws-sso-util cli/src/aws_sso_util/credential_process.py @ cli-v4.33@0f9470828b60',
    text: '$ aws s3 ls --profile dev\nLogin required. Use `aws-sso-util login --profile dev` or `aws sso login --profile dev` and try again.\n\nError when retrieving credentials from custom-process: ',
  },
  {
    id: 'aws-sso-util.missing-config',
    from: 'benkehoe/aws-sso-util cli/src/aws_sso_util/credential_process.py @ cli-v4.33@0f9470828b60',
    text: '$ aws sts get-caller-identity --profile dev\nMissing sso_account_id, sso_role_name\n\nError when retrieving credentials from custom-process: ',
    orTop: ['malformed-credentials'],
  },
  {
    id: 'aws-vault.keyring-item-missing',
    from: '99designs/keyring keyring.go @ v1.2.2@929f178361c0',
    text: 'aws-vault: error: exec: Failed to get credentials for work: The specified item could not be found in the keyring',
  },
  {
    id: 'aws-vault.profile-loop',
    from: '99designs/aws-vault vault/config.go @ v7.2.0+7@e22aea12b03e',
    text: "aws-vault: error: exec: Loop detected in config file for profile 'admin'",
  },
  {
    id: 'aws-vault.keyring-invalid',
    from: '99designs/aws-vault vault/credentialkeyring.go @ v7.2.0+7@e22aea12b03e',
    text: 'aws-vault: error: exec: Failed to get credentials for dev: Invalid data in keyring: unexpected end of JSON input',
  },
  {
    id: 'aws-vault.credential-process-fields',
    from: '99designs/aws-vault vault/credentialprocessprovider.go @ v7.2.0+7@e22aea12b03e',
    text: 'aws-vault: error: exec: Failed to get credentials for sso-dev: JSON credential from command "op-aws-creds dev" missing the following fields: [SecretAccessKey]',
  },
  {
    id: 'granted.no-profiles',
    from: 'common-fate/granted pkg/assume/assume.go @ v0.38.0+13@e504d8bc2eed',
    text: "[✘] Granted couldn't find any AWS profiles in your config file or your credentials file",
  },
  {
    id: 'granted.secure-storage-missing',
    from: 'common-fate/granted pkg/granted/credentials.go @ v0.38.0+13@e504d8bc2eed',
    text: "[✘] no credentials exist for legacy-admin in secure storage. If you wanted to add a new profile, run 'granted credentials add'",
  },
  {
    id: 'granted.source-profile-loop',
    from: 'common-fate/granted pkg/cfaws/profiles.go @ v0.38.0+13@e504d8bc2eed',
    text: 'assume dev\n[✘] maximum source profile depth exceeded for profile dev\nthis indicates that you have a cyclic reference in your aws profiles.',
  },
  {
    id: 'leapp.parent-session-missing',
    from: 'Noovolari/leapp packages/core/src/services/session/aws/aws-iam-role-chained-service.ts @ v0.26.1+46@663d61903ad3',
    text: '$ leapp session start "prod-admin"\nParent Account Session  not found for Chained Account prod-admin',
  },
  {
    id: 'leapp.mfa-code-missing',
    from: 'Noovolari/leapp packages/core/src/services/session/aws/aws-iam-user-service.ts @ v0.26.1+46@663d61903ad3',
    text: '[leapp] warn: Missing Multi Factor Authentication code',
  },
]);

checkFamily('localstack', [
  {
    id: 'localstack.skip-signature-validation',
    from: 'localstack/localstack localstack-core/localstack/services/s3/presigned_url.py @ v4.14.0@8b9a79f05846',
    text: 'localstack-main  | 2026-12-01T09:31:12.004  WARN --- [et.reactor-1] l.s.s3.presigned_url : Signatures do not match, but not raising an error, as S3_SKIP_SIGNATURE_VALIDATION=1\nworker-1  | botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
    code: 'InvalidAccessKeyId',
  },
  {
    id: 'localstack.key-format-fallback',
    from: 'localstack/localstack localstack-core/localstack/aws/accounts.py @ v4.14.0@8b9a79f05846',
    text: 'localstack-main  | 2026-12-01T09:30:00.000  WARN --- [et.reactor-0] l.aws.accounts : Invalid Access Key Id format. Falling back to default id: 000000000000\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
    code: 'InvalidClientTokenId',
    detected: true,
  },
  {
    // A test key of 20 characters that is not base32 where the account id is read.
    id: 'localstack.account-id-fallback',
    from: 'localstack/localstack localstack-core/localstack/aws/accounts.py @ v4.14.0@8b9a79f05846',
    text: 'localstack-main  | 2026-12-01T09:30:00.000  WARN --- [et.reactor-0] l.aws.accounts : Char at index 12 not from base32 alphabet. Falling back to default id: 000000000000\napp-1  | An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
    code: 'InvalidClientTokenId',
  },
  {
    // The developer's own keys in the environment of both LocalStack and the app; one client misses the endpoint override.
    id: 'localstack.production-keys-ignored',
    from: 'localstack/localstack localstack-core/localstack/aws/accounts.py @ v4.14.0@8b9a79f05846',
    text: 'localstack-main  | 2026-12-01T09:30:00.000 DEBUG --- [et.reactor-0] l.aws.accounts : Ignoring production AWS credentials provided to LocalStack. Falling back to default account ID.\napp-1  | An error occurred (InvalidClientTokenId) when calling the SendMessage operation: The security token included in the request is invalid.',
    code: 'InvalidClientTokenId',
  },
]);

checkFamily('containers', [
  {
    id: 'ecr.token-expired',
    from: 'awsdocs (docs.aws.amazon.com) AmazonECR/latest/userguide/common-errors-docker.html @ 2026',
    text: "$ docker push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:latest\nThe push refers to repository [123456789012.dkr.ecr.eu-west-1.amazonaws.com/api]\ndenied: Your authorization token has expired. Reauthenticate and try again.",
  },
  {
    id: 'ecr.no-basic-auth',
    from: 'awsdocs (docs.aws.amazon.com) AmazonECR/latest/userguide/common-errors-docker.html @ 2026',
    text: '$ docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4\nError response from daemon: Head "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/web/manifests/1.4": no basic auth credentials',
  },
  {
    // A Go image builder's push to ECR refused at the registry login (the error's prefix is the request, then the body).
    id: 'ggcr.ecr-unauthorized',
    from: 'google/go-containerregistry pkg/v1/remote/transport/error.go @ 7997b55ed314',
    text: 'error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "123456789012.dkr.ecr.us-west-2.amazonaws.com/web:latest": POST https://123456789012.dkr.ecr.us-west-2.amazonaws.com/v2/web/blobs/uploads/: unexpected status code 401 Unauthorized: Not Authorized',
    benign: 'POST https://ghcr.io/v2/web/blobs/uploads/: unexpected status code 401 Unauthorized: authentication required',
  },
  {
    // What boto3 relays from inside a task whose credentials URI the agent does not know.
    id: 'ecs-agent.credentials-not-found',
    from: 'aws/amazon-ecs-agent ecs-agent/tmds/handlers/v1/credentials_handler.go @ 9e6debfcbd0f',
    text: 'botocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response (400) from ECS metadata: {"code":"InvalidIdInRequest","message":"CredentialsV2Request: Credentials not found","HTTPErrorCode":400}',
    code: 'InvalidIdInRequest',
  },
  {
    id: 'ecs-agent.credentials-uninitialized',
    from: 'aws/amazon-ecs-agent ecs-agent/tmds/handlers/v1/credentials_handler.go @ 9e6debfcbd0f',
    text: 'Error retrieving metadata: Received non 200 response (503) from ECS metadata: {"code":"CredentialsUninitialized","message":"CredentialsV2Request: Credentials uninitialized for ID","HTTPErrorCode":503}',
    code: 'CredentialsUninitialized',
  },
  {
    id: 'copilot.credentials-missing',
    from: COPILOT,
    text: '$ copilot app init\n✘ get credentials of session: context deadline exceeded\nIt looks like your AWS credentials are misconfigured or missing:\nMore information: https://aws.github.io/copilot-cli/docs/credentials/',
  },
  {
    id: 'copilot.profile-missing',
    from: COPILOT,
    text: '$ copilot env init --profile prod\n✘ create session from profile prod: NoCredentialProviders: no valid providers in chain. Deprecated.\nIt looks like your AWS profile [prod] is misconfigured or missing:\nMore information: https://aws.github.io/copilot-cli/docs/credentials/',
  },
  {
    id: 'copilot.region-missing',
    from: COPILOT,
    text: '$ copilot svc deploy\n✘ missing region configuration\nIt looks like your AWS region configuration is missing.\n- We recommend including your region configuration in the "~/.aws/config" file.',
  },
]);
