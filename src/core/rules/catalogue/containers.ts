/**
 * Containers: what docker prints when its Amazon ECR login is missing or has expired, what the ECS agent's
 * task-credentials endpoint answers the SDK inside a task, and the Copilot CLI's advice under a failed session.
 */
import type { CatalogueEntry } from './types';

const ECS_AGENT_V1 = { repo: 'aws/amazon-ecs-agent', path: 'ecs-agent/tmds/handlers/v1/credentials_handler.go', ref: '9e6debfcbd0f' };
/** Copilot prints its RecommendActions under the error: the SDK's words are above, its own below. */
const COPILOT = { repo: 'aws/copilot-cli', path: 'internal/pkg/aws/sessions/errors.go', ref: 'v1.33.2+5@4c858e718' };
const ECR_DOCS = { repo: 'awsdocs (docs.aws.amazon.com)', path: 'AmazonECR/latest/userguide/common-errors-docker.html', ref: '2026' };

export const CONTAINERS: CatalogueEntry[] = [
  {
    // ECR's registry token from `aws ecr get-login-password` lasts 12 hours.
    id: 'ecr.token-expired',
    tool: 'docker',
    wrapper: true,
    message: 'denied: Your authorization token has expired. Reauthenticate and try again.',
    re: /Your authorization token has expired\. Reauthenticate and try again/i,
    family: 'fam.expired',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: ECR_DOCS,
  },
  {
    id: 'ecr.no-basic-auth',
    tool: 'docker',
    wrapper: true,
    message: 'no basic auth credentials',
    re: /\bno basic auth credentials\b/,
    context: /\.dkr\.ecr\.|\becr\b/i,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'temporary-credentials-expired': 1.0 },
    source: ECR_DOCS,
  },
  {
    // go-containerregistry's transport error (kaniko, crane, ko, every Go tool built on it) for a registry answer it
    // cannot parse: an ECR registry answering 401 to a push or pull means the login presented no valid ECR token (the
    // credential helper got no AWS credentials, or the token is older than its 12 hours). Scoped to an ECR host: the
    // same words from any other registry are that registry's login (GoogleContainerTools/kaniko#2882, batch 25).
    id: 'ggcr.ecr-unauthorized',
    tool: 'go-containerregistry',
    wrapper: true,
    message: 'unexpected status code {code} {status}: {body}',
    re: /\bunexpected status code 401 Unauthorized\b/,
    context: /\.dkr\.ecr\./,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4, 'role-credentials-unavailable': 0.8, 'temporary-credentials-expired': 0.8 },
    source: { repo: 'google/go-containerregistry', path: 'pkg/v1/remote/transport/error.go', ref: '7997b55ed314' },
  },
  {
    // The agent holds no credentials for the ID in AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (the task has no task
    // role, the URI was copied from another task or image, or the task has stopped), or the request carried no
    // ID; the SDK relays the body (HTTP 400, code InvalidIdInRequest / NoIdInRequest) as its own error. Both
    // versions of the endpoint (v1 and v2, the path the SDKs use) answer with the same words.
    id: 'ecs-agent.credentials-not-found',
    tool: 'amazon-ecs-agent',
    message: 'CredentialsV{n}Request: Credentials not found',
    re: /CredentialsV[12]Request: (?:Credentials not found|No Credential ID in the request)/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: ECS_AGENT_V1,
  },
  {
    // Right after the agent starts, before it has reconciled its state (HTTP 503, CredentialsUninitialized).
    id: 'ecs-agent.credentials-uninitialized',
    tool: 'amazon-ecs-agent',
    message: 'CredentialsV{n}Request: Credentials uninitialized for ID',
    re: /CredentialsV[12]Request: Credentials uninitialized for ID/,
    family: 'fam.role',
    code: 'CredentialsUninitialized',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: ECS_AGENT_V1,
  },
  {
    // errCredRetrieval: the default session's credentials timed out (context deadline exceeded) or the chain was empty.
    id: 'copilot.credentials-missing',
    tool: 'copilot',
    wrapper: true,
    message: 'It looks like your AWS credentials are misconfigured or missing:',
    re: /It looks like your AWS credentials are misconfigured or missing/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.8, 'role-credentials-unavailable': 0.6 },
    source: COPILOT,
  },
  {
    id: 'copilot.profile-missing',
    tool: 'copilot',
    wrapper: true,
    message: 'It looks like your AWS profile [{profile}] is misconfigured or missing:',
    re: /It looks like your AWS profile \[[^\]\n]{1,100}\] is misconfigured or missing/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0, 'no-credentials-found': 0.6 },
    source: COPILOT,
  },
  {
    id: 'copilot.region-missing',
    tool: 'copilot',
    wrapper: true,
    message: 'missing region configuration / It looks like your AWS region configuration is missing.',
    re: /It looks like your AWS region configuration is missing/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: COPILOT,
  },
];
