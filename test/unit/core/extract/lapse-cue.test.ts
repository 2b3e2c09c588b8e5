/**
 * A description that says the credentials worked and then lapsed ("does not refresh", "after some time",
 * "killing the pod fixes it") ranks the lapse causes above a role whose credentials cannot be fetched.
 */
import { step } from '../../../../src/core/conversation/engine';
import { rank } from '../../../../src/core/conversation/belief';
import { saysCredentialsLapse } from '../../../../src/core/extract/lapse-cue';
import { diagnose } from '../../../../src/core/diagnose';
import { T0 } from '../../../helpers/case-script';

const at = new Date(T0).toISOString();
const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const LAPSES = new Set(['temporary-credentials-expired', 'stale-credentials-after-rotation']);

function leaderOf(text: string): string {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at, addressed: true }, ctx);
  if (!r) throw new Error('no case opened');
  expect(r.state.scoring?.described).toBe(true);
  return rank(r.state.scoring!, r.state.rejected)[0]!.id;
}

describe('a description that says the credentials lapsed', () => {
  it.each([
    // Shapes of opensearch-project/OpenSearch#16523 and boto/botocore#3134 (tuning threads), in new words: without
    // the cue the role's fix led both (97 % and 77 %), as the runtime and the role outweighed the expiry words.
    ['The indexer runs in an EKS pod with IRSA (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN set) and does not refresh the web identity token, so its S3 snapshots fail after some time.'],
    ['Our worker uses boto3 in an EKS pod with Pod Identity (AWS_CONTAINER_CREDENTIALS_FULL_URI is set). After certain time it fails and cannot reach AWS; the error says the token expired. Restarting the pod fixes it.'],
  ])('when the words say so, then a lapse cause leads: %s', (text) => {
    expect(LAPSES.has(leaderOf(text))).toBe(true);
  });

  it('when the pod never gets credentials, then the role leads as before', () => {
    expect(leaderOf('Our worker runs as an EKS pod with IRSA and cannot get credentials for S3 at all.')).toBe('role-credentials-unavailable');
  });

  it('reads a person\'s sentence, not the error line "Credential refresh failed"', () => {
    expect(saysCredentialsLapse(['After certain time it fails with MetadataRetrievalError.'])).toBe(true);
    expect(saysCredentialsLapse(['Error retrieving credentials from iam-role: Credential refresh failed'])).toBe(false);
    expect(saysCredentialsLapse(['The pod uses the node role instead of its service account.'])).toBe(false);
  });

  // Review 36b (R36b-4): "works for a while … then" took any following step as the lapse.
  it.each(['it worked for a while then I got a new laptop', 'the build works for a couple of days and then we update the deps'])(
    'when "%s" is said (no failure after "then"), then the cue is not read',
    (said) => {
      expect(saysCredentialsLapse([said])).toBe(false);
    },
  );

  it('when the failure follows "then", then the cue is read', () => {
    expect(saysCredentialsLapse(['works for a couple hours after restarting rke2-server then access denied again'])).toBe(true);
    expect(saysCredentialsLapse(['the job runs fine for a day and then every call fails'])).toBe(true);
  });
});

describe('a paste whose words say the credentials lapsed (diagnose reads the cue as said.lapse)', () => {
  // The shape of a tuning thread (an S3 call failing hours into a job on EKS), written for the test: the role's runtime
  // words stand beside the refusal, and the person says the credentials stop being renewed.
  const paste = [
    'Our exporter runs on EKS with IRSA and its uploads work for a while.',
    'The client does not refresh the web identity credentials, so after some time every upload fails:',
    'An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
  ].join('\n');

  it('when the person says so, then the expired session is weighed for', () => {
    // Only for: role-unavailable.lapse (the same cue against the role) decided nothing in or out of fold over tuning
    // batches 1-18 and was pruned in stop 33 (scripts/corpus/rank-prune.ts).
    const d = diagnose(paste, { now: new Date(T0) });
    const on = (id: string) => d.causes.find((c) => c.id === id)!.evidence.map((e) => e.id);
    expect(on('temporary-credentials-expired')).toContain('temporary-expired.lapse');
  });

  it('when only the SDK\'s "Credential refresh failed" line says it, then the cue is not read', () => {
    const d = diagnose('Error retrieving credentials from iam-role: Credential refresh failed\nAccessDenied', { now: new Date(T0) });
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('temporary-expired.lapse');
  });
});
