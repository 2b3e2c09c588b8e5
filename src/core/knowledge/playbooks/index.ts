/** Every playbook shown beside a cause's fix when the case's facts call for it. */
import type { Playbook } from '../types';
import { ACCESS_DENIED_PLAYBOOKS } from './access-denied';
import { CHAIN_PLAYBOOKS } from './chain';
import { CI_SECRET_PLAYBOOKS } from './ci-secrets';
import { CONTAINER_PLAYBOOKS } from './containers';
import { KUBERNETES_PLAYBOOKS } from './kubernetes';
import { LOGIN_PLAYBOOKS } from './login';
import { OTHER_PROCESS_PLAYBOOKS } from './other-process';
import { PROFILE_UNREAD_PLAYBOOKS } from './profile-unread';
import { REGION_PLAYBOOKS } from './region';
import { SESSION_LIFETIME_PLAYBOOKS } from './session-lifetime';
import { SESSION_TOKEN_PLAYBOOKS } from './session-token';
import { TOOL_PLAYBOOKS } from './tools';
import { WEB_IDENTITY_PLAYBOOKS } from './web-identity';

export const PLAYBOOKS: Playbook[] = [...ACCESS_DENIED_PLAYBOOKS, ...CI_SECRET_PLAYBOOKS, ...REGION_PLAYBOOKS, ...KUBERNETES_PLAYBOOKS, ...CONTAINER_PLAYBOOKS, ...CHAIN_PLAYBOOKS, ...OTHER_PROCESS_PLAYBOOKS, ...PROFILE_UNREAD_PLAYBOOKS, ...LOGIN_PLAYBOOKS, ...SESSION_TOKEN_PLAYBOOKS, ...SESSION_LIFETIME_PLAYBOOKS, ...WEB_IDENTITY_PLAYBOOKS, ...TOOL_PLAYBOOKS];
export { AUTH_PROVIDERS, AUTH_PROVIDER_LINE, DENY_KINDS } from './access-denied';
