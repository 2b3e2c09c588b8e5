/**
 * Batch 17's conversation misses by mechanism (issue #9): openings that name how a platform hands a runtime its role
 * (the instance metadata service and its hop limit, IRSA's annotation) open a case said to awskey, unless they only
 * propose a change and tell no failure (an SDK upgraded for EKS Pod Identity); a
 * reply that begins with "can't" and names a choice answers the question rather than skipping it; the fix for a role
 * handed but never read names the SDK upgrade and the Java sts module. Openings quoted as the reporters wrote them.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { probeById, KNOWLEDGE } from '../../../../src/core/knowledge';
import { step } from '../../../../src/core/conversation/engine';
import { openedBy as opened, sayToAwskey as say } from '../../../helpers/open-case';
import { T0 } from '../../../helpers/case-script';

describe('how a platform hands a runtime its role, said to awskey', () => {
  it.each([
    // https://github.com/kubermatic/machine-controller/pull/1833 (batch 17).
    ['the metadata service unreachable from containers', 'The latest Ubuntu 22.04 images have IMDSv2 enabled as a default. By default, the limit of hops of PUT requests to metadata service is 2. The instance metadata service is not reachable from the container network in case if further hops are required.\n\nWe came across this issue while working with Cilium as CNI.'],
    // https://github.com/kubernetes-sigs/aws-ebs-csi-driver/issues/2966 (batch 17).
    ['a hop limit raised', 'In the installation docs it is stated that when using IMDSv2, a hop limit of _at least 2_ is required. Tested on v1.36.2, increasing the hop limit from 2 to 3 in the metadata fixed the problem of "context deadline exceeded" error when starting up the ebs driver pods.'],
    // https://github.com/amazon-archives/k8s-cloudwatch-adapter/issues/47 (batch 17).
    ['the IRSA annotation', "Currently in it's using `iam.amazonaws.com/role`. But I think it should be using `eks.amazonaws.com/role-arn` since it's the proper annotation on AWS EKS?"],
  ])('when %s, then a case opens from the words and a role not delivered leads', (_, text) => {
    const s = opened(text);
    expect(s.scoring?.described).toBe(true);
    expect(s.causes[0]!.id).toBe('role-credentials-unavailable');
  });

  it('when a pull request upgrades an SDK for Pod Identity and tells no failure, then no case opens', () => {
    // https://github.com/cert-manager/cert-manager/pull/6519 (batch 17), a negative: a change proposed (asked-not-reported.ts).
    expect(say('Updates the AWS SDK for Go to 1.48.7 to support [Amazon EKS Pod Identity](https://docs.aws.amazon.com/eks/latest/userguide/pod-id-minimum-sdk.html)')).toBeUndefined();
  });

  it('when the same words are overheard in a channel, then no case opens', () => {
    const text = 'The instance metadata service is not reachable from the container network with IMDSv2 hop limit 1.';
    expect(step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString() }, { now: new Date(T0) })).toBeUndefined();
  });

  it("when Azure's instance metadata service is named without AWS, then no case opens", () => {
    expect(say('Managed identity token request to IMDS times out on the Azure VM')).toBeUndefined();
  });
});

describe('a reply that begins with "can\'t"', () => {
  const signIn = probeById('sign-in');

  it('when it names a choice of the question asked, then it answers it (hashicorp/packer-plugin-amazon#350)', () => {
    const read = interpret("Can't use AWS SSO auth with sso-session profile", signIn, []);
    expect(read.intent).toBeUndefined();
    expect(read.answer).toEqual({ probeId: 'sign-in', choiceId: 'sso' });
  });

  it.each(["I can't run that here", "can't tell", 'unable to check that from here'])('when "%s", then the step is skipped', (text) => {
    expect(interpret(text, signIn, []).intent).toBe('skip');
  });

  it.each([
    ['sign-in', "can't access the env of that container"],
    ['sign-in', "I can't see the environment variables from here"],
    ['session-token', "can't check whether AWS_SESSION_TOKEN is set"],
    ['rotation', "can't tell if the key was rotated"],
  ])('when a way of finding out cannot be done (%s: "%s"), then it is a skip, not the choice it names', (question, text) => {
    const read = interpret(text, probeById(question), []);
    expect(read.intent).toBe('skip');
    expect(read.answer).toBeUndefined();
  });

  it.each([
    "We can't use SSO on the build agents.",
    "can't figure out if it's SSO",
    "can't install the SSO plugin on that box",
    "can't use environment variables in that container",
    'cannot export the keys there',
  ])('when "%s" (a denial or a doubt, not a failure to sign in told), then it is a skip, not the choice it names (review 17)', (text) => {
    const read = interpret(text, signIn, []);
    expect(read.intent).toBe('skip');
    expect(read.answer).toBeUndefined();
  });

  it.each([
    ["can't load credentials from the sso profile", 'sso'],
    ['unable to authenticate with SSO', 'sso'],
  ])('when "%s" tells the sign-in failing, then it answers %s (a guard: the step-verb list read these too)', (text, choice) => {
    expect(interpret(text, signIn, []).answer?.choiceId).toBe(choice);
  });

  it('when a command is pending, then "can\'t" skips it whatever it names', () => {
    expect(interpret("can't run aws configure list in the sso container", probeById('configure-list'), []).intent).toBe('skip');
  });
});

describe('the fix for a role handed to a pod but never read', () => {
  const steps = KNOWLEDGE['role-credentials-unavailable'].remediation.variants.find((v) => v.platform === 'kubernetes-irsa')!.steps;

  it('when the platform is Kubernetes, then the steps name the SDK versions and the Java sts module, with their sources', () => {
    const sts = steps.find((s) => s.text.includes('`software.amazon.awssdk:sts`'));
    expect(sts?.text).toContain('aws-java-sdk-sts');
    expect(sts?.source).toBe('https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts-minimum-sdk.html');
    const podIdentity = steps.find((s) => s.text.includes('Pod Identity'));
    expect(podIdentity?.source).toBe('https://docs.aws.amazon.com/eks/latest/userguide/pod-id-minimum-sdk.html');
  });
});
