/**
 * Who may run key lookups. Channels (if listed) limit where; users and user groups (if either is
 * listed) limit who. Nothing listed = every member. Group membership comes from
 * usergroups.users.list (scope usergroups:read), cached briefly and bounded in time so the
 * slash command can still be acknowledged within Slack's 3 seconds.
 */
import type { Clock, Logger } from '../../usecases/ports';

export interface AccessRules {
  users: string[];
  userGroups: string[];
  channels: string[];
}

export type AccessDecision = { allowed: true } | { allowed: false; reason: string };

/** The one Web API call the policy needs; the Bolt client satisfies it. */
export interface UserGroupsApi {
  usergroups: { users: { list(args: { usergroup: string }): Promise<{ ok?: boolean; users?: string[] }> } };
}

const CACHE_SECONDS = 300;
const GROUP_LOOKUP_TIMEOUT_MS = 1500;

export interface AccessPolicy {
  check(user: string, channel: string, api: UserGroupsApi): Promise<AccessDecision>;
  readonly open: boolean;
}

export function createAccessPolicy(rules: AccessRules, deps: { clock: Clock; logger: Logger }): AccessPolicy {
  const cache = new Map<string, { users: Set<string>; until: number }>();

  async function members(group: string, api: UserGroupsApi): Promise<Set<string> | undefined> {
    const now = deps.clock.now().getTime();
    const hit = cache.get(group);
    if (hit && hit.until > now) return hit.users;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), GROUP_LOOKUP_TIMEOUT_MS);
      });
      const res = await Promise.race([api.usergroups.users.list({ usergroup: group }), timeout]);
      const users = new Set(res.users ?? []);
      cache.set(group, { users, until: now + CACHE_SECONDS * 1000 });
      return users;
    } catch (err) {
      deps.logger.warn({ usergroup: group, err: err instanceof Error ? err.message : String(err) }, 'could not read user group members');
      return undefined;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  return {
    open: rules.users.length === 0 && rules.userGroups.length === 0 && rules.channels.length === 0,
    async check(user, channel, api) {
      if (rules.channels.length > 0 && !rules.channels.includes(channel)) {
        return { allowed: false, reason: `Key lookups can only be run in ${rules.channels.map((c) => `<#${c}>`).join(', ')}.` };
      }
      if (rules.users.length === 0 && rules.userGroups.length === 0) return { allowed: true };
      if (rules.users.includes(user)) return { allowed: true };
      let unreadable = false;
      for (const group of rules.userGroups) {
        const m = await members(group, api);
        if (m === undefined) unreadable = true;
        else if (m.has(user)) return { allowed: true };
      }
      const groups = rules.userGroups.map((g) => `<!subteam^${g}>`).join(', ');
      const who = [rules.users.length ? 'the people listed by your admins' : '', groups ? `members of ${groups}` : ''].filter(Boolean).join(' and ');
      return {
        allowed: false,
        reason: `Key lookups are limited to ${who}, and you are not one of them.${unreadable ? ' (Some group memberships could not be checked right now; try again in a minute.)' : ''} Ask an admin of this awskey install to add you (AWSKEY_ALLOWED_USERS / AWSKEY_ALLOWED_USERGROUPS).`,
      };
    },
  };
}
