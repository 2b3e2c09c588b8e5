/**
 * Words said to awskey open a case only when they tell a failure: a question, a request or a proposed change about
 * supplying credentials that tells none opens no case, by diagnose's own reading of asking
 * (src/core/rules/asked-not-reported.ts), which opensCase (src/core/conversation/description.ts) now shares. Texts are
 * openings of test/fixtures/real-conversations/tuning (negatives, and credential failures that must still open).
 */
import { step } from '../../../../src/core/conversation/engine';
import { askedOnly } from '../../../../src/core/conversation/description';
import { diagnose } from '../../../../src/core/diagnose';
import { jsonlChat } from '../../../helpers/jsonl-chat';
import { T0 } from '../../../helpers/case-script';

const at = new Date(T0).toISOString();
const ctx = { now: new Date(T0), key: { channel: 'D1', thread: '1.0' } };
const opens = (text: string): boolean => step(undefined, { kind: 'paste', text, user: 'U01ALICE', at, addressed: true }, ctx)?.opened === true;

// Negatives: each asks, requests or proposes, and tells no failure.
const REQUESTS: [string, string][] = [
  [
    'electron-userland/electron-builder#1320 (a wish)',
    'It would be great if one could also provide his AWS credentials by using a `~/.aws/credentials` file like recommended in the aws-sdk documentation instead of having to supply them via environment variables.',
  ],
  ['Yelp/paasta#3011 (a requirement)', 'When creating a spark session, we need to also pass in the AWS_SESSION_TOKEN in order to be able to properly use the AWS creds.'],
  [
    'dbeaver/dbeaver#3918 (a question)',
    'Hello\n\ncan someone point me to the documentation on how to access AWS Athena from DBeaver (latest version 5.1.4 as of 3 Aug 2018) using AWS temporary security session tokens? (i.e. access key, secret key and session token).\n\nthank you!',
  ],
  ['agorapulse/micronaut-aws-sdk#119 (a pull request)', 'Add containers credential provider to the credentials provider chain\n\nFixes #118'],
];

// Credential failures told in words, beside a requirement or an issue form's "should".
const REPORTS: [string, string][] = [
  [
    'awsdocs/amazon-opensearch-service-developer-guide#19 ("would not worked")',
    'The Python example would not worked from outside AWS (for example, local machines) if the Elasticsearch has role based access and users are assuming a role via their AWS credentials. The token has to be supplied and this PR proposes the correct usage of `requests_aws4auth.AWS4Auth` in such a scenario.',
  ],
  [
    'CircleCI-Public/aws-ecr-orb#49 (an issue form: what happened, expected behavior)',
    '### Orb version\n\n6.2.0\n\n### What happened\n\nMy `.circle/config.yml` file:\n```yml\norbs:\n  aws-ecr: circleci/aws-ecr@6.2.0\nversion: 2.1\nworkflows:\n  build_and_push_image:\n    jobs:\n      - aws-ecr/build-and-push-image:\n          aws-access-key-id: AWS_ACCESS_KEY_ID\n          aws-secret-access-key: AWS_SECRET_ACCESS_KEY\n          region: AWS_REGION\n```\n\n### Expected behavior\n\nBuild should get past this step.',
  ],
  ['a question that tells a failure', 'why does the deploy job fail to assume its role since this morning?'],
];

// Review 35 (R35-3): a question, a need or a request beside a failure told in words no list named ("keeps using",
// "times out", "returns nothing", "says no credentials", "instead of", a cause supposed to have happened).
const ASKED_BESIDE_A_FAILURE = [
  'How can I make terraform use my AWS profile? It keeps using the default one',
  'how do I make boto3 use the sso profile instead of the env keys it picks up?',
  'Could the access key have been deactivated? aws s3 ls returns nothing since Monday',
  'We need to use the instance role here, the container keeps using the old keys',
  'Please add support for AWS SSO, right now the plugin says no credentials',
  'How do I refresh my aws credentials after they time out?',
  'can the CI role be assumed from the runner? it times out on sts',
  'Is it possible that my AWS session token is only valid for an hour?',
];

// Review 35b (R35b-5): questions about a setting, a feature or the docs, with no failure told: a time-out named as a
// setting, a supposition about anything but the credentials.
const ASKED_NO_FAILURE = [
  'How do I increase the session timeout for aws sso login?',
  'Is it possible that awskey reads credentials from 1Password?',
  'Could the docs have been clearer about credential_process? Would love an example.',
];

describe('words said to awskey: asked or requested opens no case, told opens one', () => {
  it.each(ASKED_NO_FAILURE)('when "%s" is said to awskey, then no case opens (no failure is told)', (text) => {
    expect(opens(text)).toBe(false);
  });

  it.each(REQUESTS)('when %s is said to awskey, then no case opens', (_what, text) => {
    expect(opens(text)).toBe(false);
  });

  it.each(REPORTS)('when %s is said to awskey, then a case opens', (_what, text) => {
    expect(opens(text)).toBe(true);
  });

  it.each(ASKED_BESIDE_A_FAILURE)('when "%s" is said to awskey, then a case opens (the failure beside the asking is told)', (text) => {
    expect(opens(text)).toBe(true);
  });

  it('when a question names an error code, then the asking reading does not silence it (an error code is a failure met)', () => {
    const text = 'Does the AWS SDK retry on ExpiredToken for assumed role credentials?';
    const d = diagnose(text, { now: new Date(T0) });
    expect(d.errorCodes).toContain('ExpiredToken');
    expect(askedOnly(d, text)).toBe(false);
    expect(askedOnly({ ...d, errorCodes: [] }, text)).toBe(true);
  });

  it('when a request is sent to `chat --jsonl`, then the answer says what awskey reads (no case, never silence)', async () => {
    const { send } = await jsonlChat('asked-no-case');
    const r = await send({ text: REQUESTS[0]![1] });
    expect(r.kind).toBe('no-case');
    expect(r.text?.join(' ')).toMatch(/No AWS credential or authentication error found/);
  });
});
