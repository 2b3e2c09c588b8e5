/**
 * users-or-keys-deleted (statements.ts) is a clean-up of IAM users or keys told by the team (mozilla-docere-33). Review
 * 36b (R36b-1): keys removed from the person's own environment or files, a clean-up denied by its subject, and the
 * rotation story read as one too.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';

const deleted = (text: string): boolean => interpret(text, undefined, []).statements.some((s) => s.id === 'users-or-keys-deleted');

test('users-or-keys-deleted is an IAM clean-up told, not keys taken out of the own setup, a denied one or a rotation', () => {
  const cleanUp = 'fwiw we deleted a bunch of old iam users last month in the cleanup';
  const nearMisses = [
    'I removed the access keys from the environment so it uses the instance role',
    'removed the keys from ~/.aws/credentials and switched to sso',
    'no one deleted the keys',
    'nobody removed any users',
    'disabled the old access key yesterday, the new key is in the secret',
  ];
  expect([cleanUp, ...nearMisses].filter(deleted)).toEqual([cleanUp]);
});
