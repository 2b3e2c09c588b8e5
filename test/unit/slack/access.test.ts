import { createAccessPolicy, type UserGroupsApi } from '../../../src/adapters/slack/access';
import { createLogger } from '../../../src/adapters/logging/logger';

const logger = createLogger({ level: 'silent' });
const clock = { now: () => new Date('2026-01-01T00:00:00Z') };

function api(groups: Record<string, string[]>, calls: string[] = []): UserGroupsApi {
  return {
    usergroups: {
      users: {
        list: async ({ usergroup }) => {
          calls.push(usergroup);
          if (!(usergroup in groups)) throw new Error('missing_scope');
          return { ok: true, users: groups[usergroup] };
        },
      },
    },
  };
}

describe('who may run lookups', () => {
  test('when nothing is configured, then every member may', async () => {
    const p = createAccessPolicy({ users: [], userGroups: [], channels: [] }, { clock, logger });
    expect(p.open).toBe(true);
    expect(await p.check('U1', 'C1', api({}))).toEqual({ allowed: true });
  });

  test('when users are listed, then only they may, and others are told why', async () => {
    const p = createAccessPolicy({ users: ['U1'], userGroups: [], channels: [] }, { clock, logger });
    expect(await p.check('U1', 'C1', api({}))).toEqual({ allowed: true });
    const refused = await p.check('U2', 'C1', api({}));
    expect(refused).toMatchObject({ allowed: false, reason: expect.stringContaining('AWSKEY_ALLOWED_USERS') });
  });

  test('when user groups are listed, then members may, and membership is cached', async () => {
    const calls: string[] = [];
    const p = createAccessPolicy({ users: [], userGroups: ['S1'], channels: [] }, { clock, logger });
    const a = api({ S1: ['U7'] }, calls);
    expect(await p.check('U7', 'C1', a)).toEqual({ allowed: true });
    expect(await p.check('U8', 'C1', a)).toMatchObject({ allowed: false });
    expect(calls).toEqual(['S1']);
  });

  test('when a group cannot be read, then the user is refused with a hint to retry', async () => {
    const p = createAccessPolicy({ users: [], userGroups: ['S404'], channels: [] }, { clock, logger });
    expect(await p.check('U7', 'C1', api({}))).toMatchObject({ allowed: false, reason: expect.stringContaining('could not be checked') });
  });

  test('when channels are listed, then lookups elsewhere are refused even for allowed users', async () => {
    const p = createAccessPolicy({ users: ['U1'], userGroups: [], channels: ['C1'] }, { clock, logger });
    expect(await p.check('U1', 'C2', api({}))).toMatchObject({ allowed: false, reason: expect.stringContaining('<#C1>') });
    expect(await p.check('U1', 'C1', api({}))).toEqual({ allowed: true });
  });
});
