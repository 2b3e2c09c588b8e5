/**
 * QA37's remediation findings (qa37 F6, F10, F16, F7): each test opens the case with the finding's own input through the
 * conversation's turn and reads the fix shown (or the question asked).
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { Clock, T0, ofType, send } from '../../../helpers/case-script';

type Remediation = Extract<Reply, { type: 'remediation' }>;

function open(text: string): { state: CaseState; replies: Reply[] } {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r;
}
/** The fix, asked for when the opening did not show it. */
function fixFor(text: string): { fix: Remediation; replies: Reply[] } {
  const r = open(text);
  const shown = ofType(r.replies, 'remediation')[0];
  if (shown) return { fix: shown, replies: r.replies };
  const asked = send(r.state, { say: 'show me the fix' }, new Clock());
  return { fix: ofType(asked.replies, 'remediation')[0]!, replies: asked.replies };
}
/** The texts and commands of the steps a person is shown first. */
const shownText = (fix: Remediation) =>
  fix.variants
    .slice(0, fix.primary ?? fix.variants.length)
    .flatMap((v) => v.steps.map((s) => `${s.text}\n${(s.code ?? []).map((c) => c.code).join('\n')}`))
    .join('\n');
const texts = (replies: Reply[]) => ofType(replies, 'text').map((t) => t.text).join('\n');

// qa37 F6: `env | grep AWS_` after a failed call: a long-term key with a token left from an earlier session.
const STALE_TOKEN = [
  '$ aws sts get-caller-identity',
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  '$ env | grep AWS_',
  'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
  'AWS_SECRET_ACCESS_KEY=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',
  'AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexampletoken',
].join('\n');

describe('qa37 F6: a session token left next to a long-term key', () => {
  it('when the paste shows an AKIA key and AWS_SESSION_TOKEN set, then the fix unsets the token and never asks to export an ASIA key', () => {
    const { fix, replies } = fixFor(STALE_TOKEN);
    expect(fix.causeId).toBe('missing-session-token');
    expect(fix.title).toMatch(/Remove the session token/);
    const shown = shownText(fix);
    expect(shown).toMatch(/unset AWS_SESSION_TOKEN/);
    expect(shown).not.toMatch(/<ASIA key id>|aws configure set aws_session_token/);
    expect(texts(replies)).toMatch(/long-term key \(`AKIA…`\)/);
    expect(texts(replies)).not.toMatch(/An `ASIA…` key is a temporary session key/);
  });
});

// qa37 F10: pulumi/pulumi-eks#342 (Go SDK in a pod) and alphagov/gsp#889 (the CLI): the IAM OIDC provider's thumbprint.
const IRSA_THUMBPRINT =
  'level=error msg="WebIdentityErr: failed to retrieve credentials\\ncaused by: InvalidIdentityToken: OpenIDConnect provider\'s HTTPS certificate doesn\'t match configured thumbprint\\n\\tstatus code: 400, request id: 1f2a3b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b"';
const CLI_THUMBPRINT = "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint";

describe('qa37 F10: a web identity token refused by STS gets the OIDC provider steps, not instance metadata', () => {
  it.each([
    ['the Go SDK in a pod', IRSA_THUMBPRINT],
    ['the AWS CLI', CLI_THUMBPRINT],
  ])('when %s prints InvalidIdentityToken with the thumbprint, then the fix fixes the IAM OIDC provider first and shows no IMDS step', (_name, text) => {
    const { fix } = fixFor(text);
    expect(fix.causeId).toBe('role-credentials-unavailable');
    expect(fix.title).toMatch(/OIDC identity provider/);
    const shown = shownText(fix);
    expect(shown).toMatch(/update-open-id-connect-provider-thumbprint/);
    expect(shown).toMatch(/list-open-id-connect-providers/);
    expect(shown).not.toMatch(/169\.254\.169\.254|hop-limit/);
  });

  it('when a web identity exchange failed with no other runtime shown, then the steps are for a web identity workload (Kubernetes), not the Linux default', () => {
    const r = open('WebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\n\tstatus code: 403, request id: 0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6');
    const fix = ofType(r.replies, 'remediation')[0] ?? ofType(send(r.state, { say: 'show me the fix' }, new Clock()).replies, 'remediation')[0]!;
    expect(fix.shownFor).toMatch(/web identity/);
    expect(fix.shownFor).not.toMatch(/not known/);
    expect(shownText(fix)).not.toMatch(/169\.254\.169\.254/);
  });
});

// qa37 F16 (a): botocore's SSO refresh failure (UKGovernmentBEIS/inspect_ai#2380), no runtime shown.
const SSO_REFRESH_FAILED = 'TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed';
// qa37 F16 (b): a run that fails at the one-hour mark.
const HOUR_RUN =
  'the run will go for an hour then at an hour the run blows up with:\nbotocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired';

describe('qa37 F16: the credential source and the run\'s length pick the steps', () => {
  it('when the paste shows an SSO token that could not be refreshed, then the SSO steps lead and the fix does not say where it fails is not known', () => {
    const { fix } = fixFor(SSO_REFRESH_FAILED);
    expect(fix.causeId).toBe('temporary-credentials-expired');
    expect(fix.variants[0]!.platform).toBe('sso');
    expect(fix.shownFor).toMatch(/SSO/);
    expect(fix.shownFor).not.toMatch(/not known/);
  });

  it('when the run fails at the one-hour mark, then a playbook on the session\'s length (duration, MaxSessionDuration, role chaining) comes first', () => {
    const { fix } = fixFor(HOUR_RUN);
    expect(fix.causeId).toBe('temporary-credentials-expired');
    const first = (fix.playbooks ?? []).find((p) => p.first);
    expect(first?.id).toBe('session-outlived-by-job');
    const steps = first!.steps.map((s) => `${s.text}\n${(s.code ?? []).map((c) => c.code).join('\n')}`).join('\n');
    expect(steps).toMatch(/--duration-seconds/);
    expect(steps).toMatch(/max-session-duration/);
    expect(steps).toMatch(/role chaining/);
  });

  it('when an expired token has no words about the run\'s length, then no session-length playbook is shown', () => {
    const { fix } = fixFor('botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.');
    expect((fix.playbooks ?? []).map((p) => p.id)).not.toContain('session-outlived-by-job');
  });
});

// qa37 F7: aws-actions/configure-aws-credentials#1137, the log, the trust policy and the workflow's permissions.
const GITHUB_OIDC_STRING_EQUALS = `Run aws-actions/configure-aws-credentials@v4
  with:
    role-to-assume: arn:aws:iam::123456789012:role/github-deploy
    aws-region: us-east-1
Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity

Trust policy on the role:
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "token.actions.githubusercontent.com:sub": "repo:my-org/*",
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"
        }
      }
    }
  ]
}

The workflow has
permissions:
  id-token: write`;

describe('qa37 F7: a GitHub OIDC role refused, with its trust policy pasted', () => {
  it('when the role assumption failed on the runner, then awskey does not ask for `aws configure list` (the runner has no credentials to list)', () => {
    const r = open(GITHUB_OIDC_STRING_EQUALS);
    expect(ofType(r.replies, 'command').map((c) => c.id)).not.toContain('configure-list');
  });

  it('when the pasted trust policy compares a wildcard `sub` with StringEquals, then the fix says to use StringLike, first', () => {
    const { fix } = fixFor(GITHUB_OIDC_STRING_EQUALS);
    const first = (fix.playbooks ?? []).find((p) => p.first);
    expect(first?.id).toBe('trust-policy-stringequals-wildcard');
    expect(first!.steps.map((s) => `${s.text}\n${(s.code ?? []).map((c) => c.code).join('\n')}`).join('\n')).toMatch(/"StringLike": \{ "token\.actions\.githubusercontent\.com:sub"/);
  });

  it('when the trust policy uses StringLike for the wildcard, then no StringEquals playbook is shown', () => {
    const { fix } = fixFor(GITHUB_OIDC_STRING_EQUALS.replace('"StringEquals": {\n          "token.actions.githubusercontent.com:sub"', '"StringLike": {\n          "token.actions.githubusercontent.com:sub"'));
    expect((fix.playbooks ?? []).map((p) => p.id)).not.toContain('trust-policy-stringequals-wildcard');
  });
});
