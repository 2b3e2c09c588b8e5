/**
 * A failure told in words on EKS: the reported prior's counted EKS shift (role +0.78, expiry -0.21) was removed in stop 32
 * because the learned context ratio of runtime.eks carries the role's lift, refitted per fold, and leave-one-batch-out
 * over tuning batches 1-17 lost nothing without it. The text is written for the test.
 */
import { diagnose } from '../../../../src/core/diagnose';

const TEXT =
  'Our job runs in a pod on EKS and talks to S3. After about an hour the session expired and every call fails with an authentication error, until the pod is restarted.';

describe('a failure told in words on EKS', () => {
  it('when the words say the session expired, then nothing counted for EKS argues against the expiry, which leads', () => {
    const d = diagnose(TEXT);
    expect(d.causes[0]!.id).toBe('temporary-credentials-expired');
    expect(d.causes[0]!.evidence.filter((e) => e.polarity === 'against')).toEqual([]);
  });

  it('when the words say the session expired, then the role the pod should receive stays second, lifted by the learned EKS ratio', () => {
    const d = diagnose(TEXT);
    expect(d.causes[1]!.id).toBe('role-credentials-unavailable');
    expect(d.causes[1]!.evidence.map((e) => e.id)).toContain('context.runtime.eks');
  });
});
