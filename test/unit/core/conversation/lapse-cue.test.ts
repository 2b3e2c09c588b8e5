/**
 * A description that says the credentials worked and then lapsed ("does not refresh", "after some time",
 * "killing the pod fixes it") ranks the lapse causes above a role whose credentials cannot be fetched.
 */
import { step } from '../../../../src/core/conversation/engine';
import { rank } from '../../../../src/core/conversation/belief';
import { saysCredentialsLapse } from '../../../../src/core/conversation/lapse-cue';
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
});
