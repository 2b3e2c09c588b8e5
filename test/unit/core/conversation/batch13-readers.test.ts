/**
 * Batch 13 of the conversation corpus (issue #9): an addressed description that names an AWS service without "AWS"
 * opens a case, a reply naming AWS_PROFILE as "the environment variable" is a profile, not keys in the environment,
 * and a region said to be missing is talk of the region-endpoint cause.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { opensCase } from '../../../../src/core/conversation/description';
import { diagnose } from '../../../../src/core/diagnose';
import { causeTalk } from '../../../../src/core/extract/cause-talk';
import { PROBES, probeById } from '../../../../src/core/knowledge';
import { T0 } from '../../../helpers/case-script';

const open = PROBES.map((p) => p.id);
const read = (question: string, words: string) => interpret(words, probeById(question), open.filter((id) => id !== question)).answer?.choiceId;
const addressed = (text: string) => opensCase(diagnose(text, { now: new Date(T0) }), text, { addressed: true });

describe('a service named without "AWS", next to trouble, said to awskey', () => {
  it('when the title says a SageMaker pipeline fails, then it opens a case (aws-samples/aws-enterprise-mlops-framework#4)', () => {
    expect(addressed('v2 Batch example: SageMaker Pipeline execution fails in preprod and prod')).toBe(true);
  });

  it('when the service is named with no trouble, then it opens none', () => {
    expect(addressed('The SageMaker pipeline example runs in preprod and prod.')).toBe(false);
  });
});

describe('the sign-in question answered by naming AWS_PROFILE as an environment variable', () => {
  it.each([
    // brendanhay/amazonka#612 (batch 13): the reporter's own words
    ['this problem occurs only when I pass the authentication data using the environment variable `AWS_PROFILE`'],
    ['the AWS_PROFILE environment variable picks it'],
  ])('when the reply is %j, then it is not read as keys in the environment', (words) => {
    expect(read('sign-in', words)).not.toBe('env');
  });

  it('when the reply names the keys in the environment beside AWS_PROFILE, then it is still env', () => {
    expect(read('sign-in', 'env vars, AWS_PROFILE unset')).toBe('env');
    expect(read('sign-in', 'environment variables')).toBe('env');
  });
});

describe('a region said to be missing or mismatched', () => {
  it.each([
    // brendanhay/amazonka#612 (batch 13)
    ["So I read amazonka's code and found out that `Region` is not set via environment variable."],
    // elastic/beats#31014 (batch 13)
    ['If the AWS SDK configuration loaded from `~/.aws/config` does not contain a region, the error described in #30999 happens.'],
    // runpod/runpod-python#126 (batch 6)
    ['If you follow that link it complains about region mismatches.'],
  ])('when the sentence is %j, then it is region-endpoint talk', (line) => {
    expect(causeTalk(line)).toContain('region-endpoint');
  });

  it('when a region is named beside something else missing, then it is not', () => {
    expect(causeTalk('The bucket in eu-west-1 is missing its policy.')).not.toContain('region-endpoint');
    expect(causeTalk('Region is set to us-east-1 but the key is missing.')).not.toContain('region-endpoint');
  });
});
