/**
 * Evidence is not a secret, over the real Bolt app on loopback: an S3 HostId, an empty
 * X-Amz-Security-Token header, LocalStack's dummy keys and a Terraform variable reference get their
 * poster no private "rotate it" warning and leave no "secret pasted" event in the stored case. A
 * real secret in another thread of the same run is the control: it is warned about and recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { filesUnder } from '../../helpers/stored-bytes';
import { join } from 'node:path';
import { createEmbeddedStore } from '../../../src/adapters/store/embedded-store';
import { startHarness } from '../../helpers/fake-slack/harness';

const HOST_ID = 'Yp0m2Fh5mP0wq9bJ8Q3Zr8mR0Qd7TzJk2k1yJmFq0H8Rk6q0Pz3Jc8e3n0b5yC9dQ4kVf0T2xEw=';

const EVIDENCE_PASTES = [
  `An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_PowerUserAccess_0123456789abcdef/jane.doe@example.com is not authorized to perform: s3:GetObject\n<Error><Code>AccessDenied</Code><RequestId>ABCD1234EFGH5678</RequestId><HostId>${HOST_ID}</HostId></Error>`,
  'POST / HTTP/1.1\nHost: sts.amazonaws.com\nX-Amz-Security-Token: \nX-Amz-Date: 20240101T000000Z\n<ErrorResponse><Error><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>',
  'AWS_ACCESS_KEY_ID=test\nAWS_SECRET_ACCESS_KEY=test\n$ aws s3 ls\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.',
  'provider "aws" {\n  access_key = var.access_key\n  secret_key = var.secret_key\n}\nError: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 1b2c3d4e-1111-2222-3333-444455556666, api error InvalidClientTokenId: The security token included in the request is invalid.',
];

/** Generated at run time, never committed. */
function randomSecret(): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 37; i++) s += a[Math.floor(Math.random() * a.length)];
  return `${s}/x9`;
}

describe('evidence pasted in Slack is not treated as a secret', () => {
  test('when HostIds, an empty token header, LocalStack dummy keys and a variable reference are pasted, then no warning and no secret event; a real secret in another thread is both', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'awskey-evidence-'));
    const kv = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    const h = await startHarness({ kv });
    try {
      for (const [i, text] of EVIDENCE_PASTES.entries()) {
        await h.sendEvent({ text, user: 'UEVIDENCE', channel: 'CEV', ts: `1700000200.00000${i}` });
      }
      await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CEV').length >= EVIDENCE_PASTES.length, 'a reply to every evidence paste');

      // The control, posted last: its warning proves the earlier events were processed.
      await h.sendEvent({ text: `${EVIDENCE_PASTES[1]}\naws_secret_access_key = ${randomSecret()}`, user: 'USECRET', channel: 'CSEC', ts: '1700000300.000001' });
      await h.fake.waitFor(() => h.fake.callsTo('chat.postEphemeral').some((c) => c.body.user === 'USECRET'), 'the control warning');
      await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').some((c) => c.body.channel === 'CSEC'), 'the control reply');

      expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.user === 'UEVIDENCE')).toEqual([]);
      const stored = filesUnder(dataDir);
      expect(stored.split('secret pasted and redacted').length - 1).toBe(1);
      expect(stored).toContain(HOST_ID);
    } finally {
      await h.stop();
      await kv.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
