/**
 * Batch 13 of the conversation corpus (issue #9): an addressed description that names an AWS service without "AWS"
 * opens a case, and a reply naming AWS_PROFILE as "the environment variable" is a profile, not keys in the environment.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { opensCase } from '../../../../src/core/conversation/description';
import { diagnose } from '../../../../src/core/diagnose';
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
