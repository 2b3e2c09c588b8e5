/**
 * A container someone starts themselves (`docker run`, `docker compose` on a laptop or a server) shares the platform
 * variant "Containers / ECS" with ECS tasks, whose steps attach a task role: nothing attaches one to a compose service
 * (qa35 N22, conversations batch 19 berriai/litellm#9794: fixed by mounting ~/.aws and setting AWS_PROFILE, the name
 * boto3 reads, in the service's environment).
 */
import type { Playbook } from '../types';
import { LINKS, step } from '../shared';

/** Docker documentation: a compose service's `environment:` and bind mounts. */
const COMPOSE_ENV = 'https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/';
const BIND_MOUNTS = 'https://docs.docker.com/engine/storage/bind-mounts/';

/** Amazon ECR User Guide: the registry token `get-login-password` gives docker is valid for 12 hours. */
const ECR_AUTH = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html';
/** Amazon ECR User Guide, "Troubleshooting Docker commands": "no basic auth credentials", "authorization token has expired". */
const ECR_DOCKER_ERRORS = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/common-errors-docker.html';
const ECR_CREDENTIAL_HELPER = 'https://github.com/awslabs/amazon-ecr-credential-helper';

export const CONTAINER_PLAYBOOKS: Playbook[] = [
  {
    // docker's own login to an ECR registry, not the AWS session, is what expired or is missing (rules/catalogue/
    // containers.ts ecr.token-expired, ecr.no-basic-auth): the fix is a new docker login, whatever the AWS credentials
    // are. Shown when the registry's host is in the paste (facts.endpoint) and the cause is the login's (QA37 F18).
    id: 'ecr-docker-login',
    title: 'Log docker in to the ECR registry again: its registry login lasts 12 hours',
    causes: ['temporary-credentials-expired', 'no-credentials-found'],
    replaces: true,
    meaning: 'docker\'s login to the Amazon ECR registry has expired or was never made. The token `aws ecr get-login-password` gives docker is valid for 12 hours; a job that logged in once, or a machine that never logged in, is refused by the registry whatever the AWS credentials are.',
    // No AWS error code: docker's words alone. An ExpiredToken from `get-login-password` is the AWS session's own fix.
    when: [{ fact: 'endpoint', matches: '\\.dkr\\.ecr\\.' }, { fact: 'errorCode', absent: true }],
    fills: { '<registry>': 'endpoint', '<region>': 'region' },
    steps: [
      step('Log docker in to the registry again (the AWS credentials of this shell must be able to call `ecr:GetAuthorizationToken`), then push or pull again:', 'aws ecr get-login-password --region <region> | docker login --username AWS --password-stdin <registry>', 'aws ecr get-login-password --region <region> | docker login --username AWS --password-stdin <registry>'),
      step('In CI or on a long-lived runner, log in in the same job just before the push or pull, not once per machine; or let the Amazon ECR credential helper fetch a fresh token for each command (`"credHelpers": { "<registry>": "ecr-login" }` in `~/.docker/config.json`).'),
      step('If `get-login-password` itself fails with an AWS error (ExpiredToken, InvalidClientTokenId, no credentials), the AWS credentials of that shell are the problem: paste that error.'),
    ],
    sources: [ECR_AUTH, ECR_DOCKER_ERRORS, ECR_CREDENTIAL_HELPER],
  },
  {
    id: 'local-container',
    title: 'A container you start yourself (docker run / compose): hand it the credentials, no task role reaches it',
    // And the role's cause: an SDK in such a container falls through to the instance metadata service (.NET's "Unable to
    // get IAM security credentials from EC2 Instance Metadata Service", aws/aws-aspnet-cognito-identity-provider#202,
    // fixed by passing the variables in: QA 38 F5), and no role is there to give.
    causes: ['no-credentials-found', 'wrong-profile', 'role-credentials-unavailable'],
    first: true,
    when: [{ fact: 'runtime', in: ['docker'] }],
    steps: [
      step('Outside ECS and EKS nothing gives a container credentials: the SDK inside sees only what it is given. Mount the host\'s `~/.aws` read-only at the container user\'s home and name the profile in the service\'s `environment:` with the variable the SDKs read (`AWS_PROFILE`, not a name of the tool\'s docs such as `AWS_PROFILE_NAME`), or pass the keys as variables. An image that runs as another user than root (`USER` in its Dockerfile, `user:` in compose) looks under that user\'s HOME, not `/root`: mount there, or point `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE` at the mount. Check from inside:', 'docker run --rm -e AWS_PROFILE=<profile> -v ~/.aws:/root/.aws:ro amazon/aws-cli sts get-caller-identity\ndocker compose exec <service> sh -c \'id; echo "$HOME"; env | grep ^AWS_\''),
      step('An SSO profile also needs the host\'s login cache (`~/.aws/sso/cache`, inside the mounted `~/.aws`) to be fresh: run `aws sso login --profile <profile>` on the host first.'),
    ],
    sources: [COMPOSE_ENV, BIND_MOUNTS, LINKS.envVars, 'https://docs.aws.amazon.com/sdkref/latest/guide/file-location.html'],
  },
];
