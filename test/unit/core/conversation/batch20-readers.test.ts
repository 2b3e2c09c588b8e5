/**
 * Readers of classes of phrasing found in the misses of the conversations' tuning batch 20 (stop 34), each with a
 * control that reads as before: the words of a thread's opening, read as the real engine reads an opening said to awskey.
 */
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../../../src/core/conversation/description';
import { PROBES } from '../../../../src/core/knowledge';

const QUESTIONS = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);
const opening = (question: string, text: string) => saidIn(personsSentences(text), QUESTIONS).stated.find((a) => a.probeId === question)?.choiceId;

describe('keys generated for a new user are no rotation', () => {
  it('when an opening says it created a user and generated its keys, then no rotation is read (OCA/storage#328)', () => {
    // The thread's own sentence: the first keys of a new IAM user, then a permissions problem.
    expect(opening('rotation', 'I created an AWS user that can read and write to a bucket, generated the keys and configured the storage as follows.')).toBeUndefined();
  });

  it.each(['I regenerated the access key and it still fails.', 'I generated a new access key yesterday.', 'We rotated the keys last week.'])(
    'when an opening says %j, then a rotation is still read',
    (text) => {
      expect(opening('rotation', text)).toBe('rotated');
    },
  );
});

describe('another region said to behave differently', () => {
  const statementsOf = (text: string) => saidIn(personsSentences(text), QUESTIONS).statements.map((s) => s.id);

  it.each([
    // aquasecurity/trivy#1026 (batch 20): the ECR token is taken in the caller's region.
    'Trivy is unable to scan (public) ECR images in other AWS regions (except the region of the EKS cluster).',
    // 99designs/aws-vault#512 (batch 1): opt-in regions.
    'It worked in all other regions, just not those two.',
    // restic/restic#3715 (batch 12): a bucket outside us-east-1.
    'Users that create their S3 bucket in any other region get the following error.',
  ])('when an opening says %j, then the other-region statement is read', (text) => {
    expect(statementsOf(text)).toContain('other-region');
  });

  it('when a region is only named as one a client could pick, then it is not read (apache/iceberg-python#570)', () => {
    expect(statementsOf('The client could end up using a different set of credentials or even a different region from what is set in the environment variables.')).not.toContain('other-region');
  });
});

describe('credentials said to be injected name no source', () => {
  it.each([
    // OpenHands/OpenHands#9663 (batch 20): keys in the app's config, handed to LiteLLM.
    'Small bug-fix: credentials in config were not reaching litellm; now injected before each Bedrock call and verified locally.',
    // airbytehq/airbyte#52686: a platform role.
    "I've confirmed that the IRSA roles are injected correctly.",
  ])('when an opening says %j, then environment variables are not read as the source', (text) => {
    expect(opening('sign-in', text)).not.toBe('env');
  });

  it('when the injected credentials are environment variables, then they are still read (the variables name them)', () => {
    expect(opening('sign-in', 'The pipeline injects AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY into the job.')).toBe('env');
  });
});

describe('the keys of a user created for the purpose', () => {
  it('when an opening says it created an AWS user and generated the keys, then the key is read as a long-term IAM key (OCA/storage#328)', () => {
    expect(opening('key-prefix', 'I created an AWS user that can read and write to a bucket, generated the keys and configured the storage as follows.')).toBe('akia');
  });

  it('when no keys are named, then no key prefix is read', () => {
    expect(opening('key-prefix', 'I created an AWS user for the bucket.')).toBeUndefined();
  });

  it('when the keys are said to be temporary, then they are not read as a long-term key', () => {
    expect(opening('key-prefix', 'I created a new IAM user and use temporary session keys from STS.')).toBe('asia');
  });
});
