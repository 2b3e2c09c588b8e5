/** Context likelihood ratios learned from label counts (src/core/rules/context-ratios.ts, context-counts.ts). */
import { diagnose } from '../../../src/core/diagnose';
import { CAP, UNCERTAIN_BELOW, contextRulesByCause, contextWeights } from '../../../src/core/rules/context-ratios';
import { CAUSE_COUNTS, CONTEXT_COUNTS } from '../../../src/core/rules/context-counts';
import { CAUSE_IDS } from '../../../src/core/taxonomy';

const ALL = { 'wrong-profile': 40, 'clock-skew': 10, 'missing-session-token': 50 } as const;

describe('context ratios', () => {
  it('when threads that mention something were resolved as one cause more often than overall, then that cause gets weight and the others none', () => {
    const w = contextWeights({ 'clock-skew': 6, 'wrong-profile': 1 }, ALL);
    expect(w['clock-skew']).toBeGreaterThan(0);
    expect(w['wrong-profile']).toBeUndefined(); // 1 of 7 is below its 40 % share overall
    expect(w['missing-session-token']).toBeUndefined(); // never seen with the signal
  });

  it('when a signal was seen in one thread only, then its ratio is shrunk towards no evidence, and no ratio exceeds the cap', () => {
    const once = contextWeights({ 'clock-skew': 1 }, ALL)['clock-skew']!;
    const often = contextWeights({ 'clock-skew': 20 }, ALL)['clock-skew']!;
    expect(once).toBeLessThan(often);
    expect(contextWeights({ 'clock-skew': 1000 }, ALL, 10)['clock-skew']).toBe(CAP);
  });

  it('when the shipped counts are read, then every context signal with a weight becomes evidence for its cause, citing its counts', () => {
    const byCause = contextRulesByCause();
    expect([...byCause.keys()]).toEqual(CAUSE_IDS);
    const rules = [...byCause].flatMap(([cause, rs]) => rs.map((r) => ({ cause, r })));
    expect(rules.length).toBeGreaterThan(20);
    for (const { cause, r } of rules) {
      const signal = r.id.replace(/^context\./, '');
      expect(CONTEXT_COUNTS[signal]?.[cause]).toBeGreaterThan(0);
      expect(r.text).toMatch(/\(\d+ of \d+\)/);
    }
    expect([...contextRulesByCause({}, CAUSE_COUNTS).values()].flat()).toEqual([]);
  });

  it('when a paste holds context words but no credential error, then no context evidence is added', () => {
    const d = diagnose('We rotated the AWS keys last week and moved the jobs to GitHub Actions; the deploy works now.');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id)).filter((id) => id.startsWith('context.'))).toEqual([]);
  });

  it('when the leader is confident, then the context adds nothing and the scores stay as the rules give them', () => {
    const d = diagnose('An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\nIt runs in our GitLab CI pipeline with the deploy profile.');
    expect(d.causes[0]!.score).toBeGreaterThanOrEqual(UNCERTAIN_BELOW);
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id)).filter((id) => id.startsWith('context.'))).toEqual([]);
  });

  // evanshortiss/sns-mobile#14 (tuning half of test/fixtures/real-pastes), resolved as malformed credentials: the
  // reporter vouches for the key details. Before the learned ratios, the missing token led on the unknown-key prior.
  it('when an unknown key comes with "I checked the policy and key details and they are all fine", then malformed credentials lead', () => {
    const text = [
      "I'm getting this error:",
      '',
      ' [InvalidClientTokenId: The security token included in the request is invalid.]',
      "  message: 'The security token included in the request is invalid.',",
      "  code: 'InvalidClientTokenId',",
      '',
      "I checked the the policy and key details for the user and they are all fine. Not sure why it's giving me this.",
    ].join('\n');
    const top = diagnose(text).causes[0]!;
    expect(top.id).toBe('malformed-credentials');
    expect(top.evidence.map((e) => e.id)).toContain('context.hint.keys-vouched');
  });

  // doctorray117/minecraft-ondemand#53 (tuning half of test/fixtures/real-conversations): the code runs on Lambda; the
  // ECS in "ecs:DescribeServices" and in the service ARN is the API called, not the runtime.
  it('when an IAM action or ARN names ECS or EKS, then the runtime is not read as ECS or EKS', () => {
    const text = '"errorMessage": "An error occurred (AccessDeniedException) when calling the DescribeServices operation: User: arn:aws:sts::123456789012:assumed-role/launcher-role/launcher is not authorized to perform: ecs:DescribeServices on resource: arn:aws:ecs:us-west-1:123456789012:service/minecraft/minecraft-server"';
    expect(diagnose(text).facts.runtime).toBeUndefined();
    expect(diagnose('AccessDeniedException: not authorized to perform: eks:DescribeCluster on resource arn:aws:eks:us-east-1:123456789012:cluster/prod').facts.runtime).toBeUndefined();
    expect(diagnose('Our ECS task cannot read the bucket: AccessDenied').facts.runtime).toBe('ecs');
  });

  // jschneier/django-storages#203 (tuning half of test/fixtures/real-pastes, batch 5): fixed with
  // AWS_S3_SIGNATURE_VERSION = 's3v4'. The signing version named in a config block counts, not only in sentences.
  it('when S3 asks for the SigV4 payload header and the config names the signature version, then the region / signing version leads', () => {
    const text = [
      "I'm trying to use S3 with django-storages==1.5.0 and boto3==1.4.0, but I still have the same issue as with boto. Errors regarding the signature : ",
      '',
      '> Missing required header for this request: x-amz-content-sha256',
      '',
      'My conf :',
      '',
      '```',
      "DEFAULT_FILE_STORAGE = 'storages.backends.s3boto3.S3Boto3Storage'",
      "AWS_S3_REGION_NAME = 'eu-west-1'",
      "AWS_S3_HOST = 's3.eu-west-1.amazonaws.com'",
      "AWS_S3_SIGNATURE_VERSION = 'v4'",
      '```',
    ].join('\n');
    const top = diagnose(text).causes[0]!;
    expect(top.id).toBe('region-endpoint');
    expect(top.evidence.map((e) => e.id)).toContain('region.signing-version');
  });

  it('when a signature mismatch dump merely shows a SigV4 canonical request, then the signing version is not read as involved', () => {
    const text = 'SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.\nThe Canonical String for this request should have been\nhost:s3.amazonaws.com\nx-amz-content-sha256:UNSIGNED-PAYLOAD\nAWS4-HMAC-SHA256';
    expect(diagnose(text).causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('region.signing-version');
  });
});
