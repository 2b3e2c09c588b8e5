/**
 * Readings the review of stop 34 found too wide (review 34b R34b-6, -7, -8), through the in-process `chat --jsonl` and
 * diagnose: a login that helped, a user and a key that are not IAM's, another region said without a contrast.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { diagnose } from '../../../src/core/diagnose';

// The README's own example.
const INVALID_TOKEN =
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
// botocore's expired-token message, as the catalogue cites it.
const EXPIRED = 'An error occurred (ExpiredTokenException) when calling the ListBuckets operation: The security token included in the request is expired';

const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(`${EXPIRED}\n${text}`, { onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};
const relogin = (text: string) => signals(text).includes('hint.relogin');

describe('a login that did or did not help (R34b-6)', () => {
  it('when the failing call is said to still fail in the sentence after the login, then no relogin is read', () => {
    expect(relogin('I ran aws sso login. The python script still fails.')).toBe(false);
  });
  it('when the login words are followed by "worked" but the failing call still fails, then no relogin is read (QA 34 F20)', () => {
    expect(relogin('aws sso login worked, `aws s3 ls --profile dev` works but the python script still says it')).toBe(false);
  });
  it('when the login is said to have made it work, then a failure told before it does not withdraw the relogin', () => {
    expect(relogin('After I re-login it works; before that, the script still failed every time.')).toBe(true);
  });
});

describe('chat --jsonl: a user and a key that are not an IAM user\'s access key (R34b-7)', () => {
  it('when the opening tells a Cognito user and an API key, then the key prefix is still asked', async () => {
    const { send, session } = await jsonlChat('r7');
    const r = await send({ text: `${INVALID_TOKEN}\nI created a user in our Cognito user pool and an API key for the gateway.` });
    expect(session.state?.asked.find((a) => a.id === 'key-prefix')?.answer).toBeUndefined();
    expect(r.pending?.id).toBe('key-prefix');
  });
});

describe('chat --jsonl: another region told without a contrast (R34b-8)', () => {
  it.each([
    'it fails in us-east-1 and in every other region as well',
    'same error in all other regions too',
    'I have not tried it in any other region',
  ])('when the team says %j, then the other-region statement is not applied', async (text) => {
    const { send, session } = await jsonlChat('r8');
    await send({ text: INVALID_TOKEN });
    await send({ text });
    const applied = JSON.stringify(session.state?.scoring?.applied ?? []);
    expect(applied).not.toMatch(/other-region/);
  });
  it('when the team says it works in one region but fails in any other, then the other-region statement is applied', async () => {
    const { send, session } = await jsonlChat('r8b');
    await send({ text: INVALID_TOKEN });
    await send({ text: 'it works in us-east-1 but fails in any other region' });
    expect(JSON.stringify(session.state?.scoring?.applied ?? [])).toMatch(/other-region/);
  });
});

describe('chat --jsonl: "never set any keys" only when no key exists (R34d-5)', () => {
  it.each([
    'never had any credentials issues before today',
    "I haven't set up the keys correctly I think",
    "I didn't configure the credentials file by hand",
    'never configured credentials for the prod account, only dev',
    "I'm not saying I never configured credentials",
  ])('when the team says %j, then the no-keys statement is not applied', async (text) => {
    const { send, session } = await jsonlChat('d5');
    await send({ text: INVALID_TOKEN });
    await send({ text });
    expect(JSON.stringify(session.state?.scoring?.applied ?? [])).not.toMatch(/no-keys-set/);
  });
  it('when the team says no keys were ever set up here, then the no-keys statement is applied', async () => {
    const { send, session } = await jsonlChat('d5b');
    await send({ text: INVALID_TOKEN });
    await send({ text: 'im new to aws, never set any keys on this laptop' });
    expect(JSON.stringify(session.state?.scoring?.applied ?? [])).toMatch(/no-keys-set/);
  });
});
