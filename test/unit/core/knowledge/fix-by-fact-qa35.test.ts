/**
 * QA35's wrong fixes mended as data (knowledge/playbooks, probes): the fact the paste shows picks the steps that lead.
 * Each input is a tuning-half thread retyped as QA35 typed it (qa35-findings.md), with AWS documentation example keys.
 */
import type { Reply } from '../../../../src/core/conversation/types';
import { sayToAwskey } from '../../../helpers/open-case';
import { ofType } from '../../../helpers/case-script';
import { diagnose } from '../../../../src/core/diagnose';

function fixOf(text: string): Extract<Reply, { type: 'remediation' }> {
  const r = sayToAwskey(text);
  if (!r) throw new Error('no case opened');
  const fix = ofType(r.replies, 'remediation')[0];
  if (!fix) throw new Error('no fix shown');
  return fix;
}
/** The steps shown before the platform steps, in order. */
const leading = (fix: Extract<Reply, { type: 'remediation' }>) =>
  (fix.playbooks ?? []).filter((p) => p.first).flatMap((p) => p.steps.map((s) => `${s.text}\n${(s.code ?? []).map((c) => c.code).join('\n')}`)).join('\n');

describe('the region to set (qa35 N6)', () => {
  // Conversations batch 18 (tuning), zalando/postgres-operator#1233: WAL-G with no AWS_REGION in its env dir, the bucket in
  // eu-west-1; fixed by setting AWS_REGION. WAL-G's message: wal-g/wal-g internal/storages/s3/session.go (getAWSRegion).
  const WALG = [
    'postgres@team-cluster-0:~/pgdata/pgroot/data$ envdir "/run/etc/wal-e.d/env" wal-g wal-push pg_wal/000000010000000000000001',
    "ERROR: 2020/11/18 13:02:27.123456 failed to create new session: AWS_REGION is not set and s3:GetBucketLocation failed: AuthorizationHeaderMalformed: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'",
    '\tstatus code: 400, request id: 1234567890ABCDEF, host id: abc',
  ].join('\n');

  it('when WAL-G says AWS_REGION is not set, then the region is read as missing and the first steps set it, not enable opt-in regions', () => {
    expect(diagnose(WALG).facts.regionToSet).toBe('missing');
    const fix = fixOf(WALG);
    expect(fix.causeId).toBe('region-endpoint');
    const first = leading(fix);
    expect(first).toMatch(/AWS_REGION=<region>/);
    expect(first).toMatch(/get-bucket-location/);
    expect(first).not.toMatch(/enable-region|v2Token/);
  });

  // The S3 API reference's AuthorizationHeaderMalformed message: a region set, but not the bucket's (eu-west-1 needs no opt-in).
  it('when S3 says the region is wrong and which one it expects, then the first steps set the bucket\'s region', () => {
    const text = "botocore.exceptions.ClientError: An error occurred (AuthorizationHeaderMalformed) when calling the ListObjects operation: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'";
    expect(diagnose(text).facts.regionToSet).toBe('mismatch');
    const first = leading(fixOf(text));
    expect(first).toMatch(/expecting/);
    expect(first).toMatch(/AWS_REGION=<region>/);
  });

  it('when the failure is an opt-in region\'s, then no "set the region" steps lead', () => {
    const text = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n$ aws sts get-caller-identity --region ap-east-1';
    expect(diagnose(text).facts.regionToSet).toBeUndefined();
  });
});
