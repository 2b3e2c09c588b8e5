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

export const CONTAINER_PLAYBOOKS: Playbook[] = [
  {
    id: 'local-container',
    title: 'A container you start yourself (docker run / compose): hand it the credentials, no task role reaches it',
    causes: ['no-credentials-found', 'wrong-profile'],
    first: true,
    when: [{ fact: 'runtime', in: ['docker'] }],
    steps: [
      step('Outside ECS and EKS nothing gives a container credentials: the SDK inside sees only what it is given. Mount the host\'s `~/.aws` read-only at the container user\'s home and name the profile in the service\'s `environment:` with the variable the SDKs read (`AWS_PROFILE`, not a name of the tool\'s docs such as `AWS_PROFILE_NAME`), or pass the keys as variables. An image that runs as another user than root (`USER` in its Dockerfile, `user:` in compose) looks under that user\'s HOME, not `/root`: mount there, or point `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE` at the mount. Check from inside:', 'docker run --rm -e AWS_PROFILE=<profile> -v ~/.aws:/root/.aws:ro amazon/aws-cli sts get-caller-identity\ndocker compose exec <service> sh -c \'id; echo "$HOME"; env | grep ^AWS_\''),
      step('An SSO profile also needs the host\'s login cache (`~/.aws/sso/cache`, inside the mounted `~/.aws`) to be fresh: run `aws sso login --profile <profile>` on the host first.'),
    ],
    sources: [COMPOSE_ENV, BIND_MOUNTS, LINKS.envVars, 'https://docs.aws.amazon.com/sdkref/latest/guide/file-location.html'],
  },
];
