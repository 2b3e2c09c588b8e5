/**
 * Words that describe a change (a pull request's or a feature request's) and tell no trouble open no case, even said to
 * awskey; a change description that tells a failure still opens one (src/core/conversation/description.ts,
 * CHANGE_DESCRIBED). Texts are openings of test/fixtures/real-conversations/tuning, as the threads wrote them.
 */
import { step } from '../../../../src/core/conversation/engine';
import { T0 } from '../../../helpers/case-script';

const at = new Date(T0).toISOString();
const ctx = { now: new Date(T0), key: { channel: 'D1', thread: '1.0' } };
const opens = (text: string): boolean => step(undefined, { kind: 'paste', text, user: 'U01ALICE', at, addressed: true }, ctx)?.opened === true;

// Negatives (labelled not-aws-credential-error): each names the credential topic and describes a change.
const CHANGES: [string, string][] = [
  ['aws/aws-sdk-kotlin#478 (a conventional-commit title)', 'feat(rt)!: implement kmp profile credentials provider'],
  ['cloudknit-io/cloudknit#316 (a change verb first)', 'sets aws-session-token in ~/.aws/credentials file only if its present'],
  ['aws/containers-roadmap#670 (a feature request)', '[ECS] Feature request: IMDSv2 support'],
  ['apache/iceberg-rust#530 (closes an issue)', 'This enables usage of temporary credentials obtained from e.g. aws sts \n\ncloses #528'],
  ['argoproj/argo-cd#10218 (a tag, then a proposal verb)', '[Feature] Implement option to fetch repository credentials at runtime'],
  ['JetBrains/teamcity-documentation#224', 'Added AWS connection + AWS credentials'],
  ['MitocGroup/deep-microservices-helloworld#75', 'rotate aws access keys'],
  [
    'aws/aws-sdk-net#1366 (a template heading)',
    '## Description\n\nRemove the `ProfileMarkerRequired` requirement when requested profile is `DefaultProfileName` (default).',
  ],
  [
    'facebookresearch/fbpcs#505 (Summary:)',
    'Summary: Adding the `AWS_SESSION_TOKEN` to the export commands because sometimes if we have a temporary credentials, the `AWS_SESSION_TOKEN` will be needed.',
  ],
];

// Failures: a change description that tells the trouble it fixes opens a case.
const FAILURES_TOLD: [string, string][] = [
  [
    'awsdocs/amazon-opensearch-service-developer-guide#19 ("would not worked")',
    'The Python example would not worked from outside AWS (for example, local machines) if the Elasticsearch has role based access and users are assuming a role via their AWS credentials. The token has to be supplied and this PR proposes the correct usage of `requests_aws4auth.AWS4Auth` in such a scenario.',
  ],
  ['a fix that names the failure', 'fix: the provider fails to load credentials from the shared credentials file when AWS_PROFILE is set'],
];

describe('a change described opens no case, said to awskey', () => {
  it.each(CHANGES)('%s opens no case', (_source, text) => {
    expect(opens(text)).toBe(false);
  });
  it.each(FAILURES_TOLD)('%s opens a case', (_source, text) => {
    expect(opens(text)).toBe(true);
  });
  it('the same words without the change shape still open (the credential topic, addressed)', () => {
    expect(opens('aws-session-token in ~/.aws/credentials file only if its present')).toBe(true);
  });
});
