/**
 * One evidence model (issue #9, Build 1): a choice said in words and then shown by a paste counts once. QA 34 F2
 * (batch-20 tuning thread iterate-ch-cyberduck-14027, truth no-credentials-found: duck reads only static keys): "yeah
 * its sso", then the thread's `[default]` profile with `sso_start_url` pasted. Diagnose weighs the SSO profile the paste
 * shows in its base; the answer's own expiry ×3 on top of it took the lead to "SSO session expired" and told the
 * reporter to run `aws sso login` again, which they had just said works.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

const DUCK =
  'duck --list s3-cli:/my-bucket/ fails: Listing directory my-bucket failed. The authorization header is malformed; a non-empty Access Key (AKID) must be provided in the credential.';
const SSO_PROFILE = '[default]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = Dev\nregion = us-east-1';

describe('chat --jsonl: an answer the paste then shows counts once', () => {
  it('when SSO is said and an SSO profile is then pasted, then the expired-session fix does not take the lead', async () => {
    const { send } = await jsonlChat('once1');
    await send({ text: DUCK });
    await send({ text: 'yeah its sso' });
    await send({ text: 'aws sts get-caller-identity works fine tho after aws sso login' });
    const r = await send({ text: SSO_PROFILE });
    expect(r.ranking![0]!.cause).toBe('no-credentials-found');
    expect(r.fix?.cause).not.toBe('temporary-credentials-expired');
  });
  it('when SSO is said and nothing shows it, then the answer still counts', async () => {
    const { send } = await jsonlChat('once2');
    const before = await send({ text: DUCK });
    const r = await send({ text: 'yeah its sso' });
    const p = (x: typeof r, id: string) => x.ranking!.find((c) => c.cause === id)?.p ?? 0;
    expect(p(r, 'temporary-credentials-expired')).toBeGreaterThan(p(before, 'temporary-credentials-expired'));
  });
});
