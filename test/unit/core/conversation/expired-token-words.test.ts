/**
 * A report said to awskey in words that a token expired, or that a job stops working after hours, opens a case,
 * and "expired token" in a person's words ranks the lapse causes first (batch 13 of the conversation corpus: openings
 * that opened no case; issue #9).
 */
import { step } from '../../../../src/core/conversation/engine';
import { rank } from '../../../../src/core/conversation/belief';
import { opensCase } from '../../../../src/core/conversation/description';
import { saysCredentialsLapse } from '../../../../src/core/extract/lapse-cue';
import { diagnose } from '../../../../src/core/diagnose';
import { T0 } from '../../../helpers/case-script';

const at = new Date(T0).toISOString();
const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const LAPSES = new Set(['temporary-credentials-expired', 'stale-credentials-after-rotation']);

const addressed = (text: string) => opensCase(diagnose(text, { now: new Date(T0) }), text, { addressed: true });

function leaderOf(text: string): string {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at, addressed: true }, ctx);
  if (!r) throw new Error('no case opened');
  return rank(r.state.scoring!, r.state.rejected)[0]!.id;
}

describe('words that a token expired or a job fails after hours, said to awskey', () => {
  it.each([
    // velero-io/velero#8173 (title; "toekn" as typed)
    ['from velero version 1.14 we are getting error of expired toekn for backuing up data using datamover'],
    // kaltura/server#9965 (commit title)
    ['aws: make sure to refresh token before it expires to avoid token expi…\n…ration during long operation'],
    // jenkinsci/ec2-plugin#131 (title, batch 9)
    ['JENKINS-26854: Fix for not being able to start EC2 slaves after several hours'],
    // longhorn/longhorn#811 (title)
    ["[BUG] Validate S3 input to make sure they don't contain trailing newline or space"],
  ])('when the text is %j, then it opens a case', (text) => {
    expect(addressed(text)).toBe(true);
  });

  it.each([
    ['The nightly export takes about an hour, can it run faster?'],
    ['There is a bug in the date picker of our admin page.'],
    ['Our GCP service account token expired yesterday.'],
  ])('when the text is %j, then it opens none', (text) => {
    expect(addressed(text)).toBe(false);
  });

  it('when overheard in a channel rather than said to awskey, then words alone still open none', () => {
    const text = 'from velero version 1.14 we are getting error of expired toekn for backuing up data using datamover';
    expect(opensCase(diagnose(text, { now: new Date(T0) }), text, {})).toBe(false);
  });
});

describe('"expired token" in a person\'s words', () => {
  it('reads as credentials that lapsed', () => {
    expect(saysCredentialsLapse(['from velero version 1.14 we are getting error of expired toekn for backuing up data using datamover'])).toBe(true);
    // velero-io/velero#9949 (batch 13)
    expect(saysCredentialsLapse(['From the Velero logs I can see that the AWS session token has expired.'])).toBe(true);
    expect(saysCredentialsLapse(['The token is stored in the Kubernetes secret.'])).toBe(false);
  });

  it('when a Kubernetes backup tool reports an expired token, then a lapse cause leads, not the pod role', () => {
    expect(LAPSES.has(leaderOf('from velero version 1.14 we are getting error of expired toekn for backuing up data using datamover'))).toBe(true);
  });
});
