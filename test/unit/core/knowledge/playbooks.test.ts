/** Playbooks, statements and probes are data: well-formed, sourced, and naming real causes and facts. */
import { PLAYBOOKS, PROBES, STATEMENTS } from '../../../../src/core/knowledge';
import { isCauseId } from '../../../../src/core/taxonomy';
import { wordsParts } from '../../../../src/core/near';
import { callerIdentityOf } from '../../../../src/core/conversation/verification';

describe('playbooks as data', () => {
  it('when listed, then ids are unique and every playbook has steps and at least one https source', () => {
    expect(new Set(PLAYBOOKS.map((p) => p.id)).size).toBe(PLAYBOOKS.length);
    for (const p of PLAYBOOKS) {
      expect(p.steps.length).toBeGreaterThan(0);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(s).toMatch(/^https:\/\//);
      for (const c of p.causes ?? []) expect(isCauseId(c)).toBe(true);
    }
  });

  it('when the issue names a tool, then it has a playbook', () => {
    expect(PLAYBOOKS.map((p) => p.id)).toEqual(expect.arrayContaining(['terraform-s3-backend', 'github-actions-oidc', 'eks-cluster-access', 'cdk', 'sam', 'serverless', 'localstack']));
    const text = JSON.stringify(PLAYBOOKS);
    for (const must of ['terraform init -reconfigure', 'id-token: write', 'ref:refs/heads/', ':pull_request', ':environment:', 'ref:refs/tags/', 'AssumeRolePolicyDocument', 'create-access-entry', 'aws-auth']) expect(text).toContain(must);
  });

  it('when AccessDenied kinds are listed, then cross-account, SCP, boundary, session and resource policies each have steps', () => {
    expect(PLAYBOOKS.map((p) => p.id)).toEqual(expect.arrayContaining(['authz-cross-account', 'authz-scp', 'authz-boundary', 'authz-session-policy', 'authz-resource-policy', 'authz-source-first']));
  });

  it('when statements and probes are listed, then every pattern compiles and every effect names a cause', () => {
    for (const s of STATEMENTS) {
      for (const re of [...s.say, ...(s.sayUnless ?? [])].flatMap(wordsParts)) expect(() => new RegExp(re, 'i')).not.toThrow();
      for (const c of Object.keys(s.effects)) expect(isCauseId(c)).toBe(true);
      expect(s.source).toMatch(/^https:\/\//);
    }
    for (const p of PROBES) for (const c of p.firstFor ?? []) expect(isCauseId(c)).toBe(true);
  });
});

describe('what counts as a caller identity', () => {
  it.each([
    ['an IAM get-role output', JSON.stringify({ Role: { RoleName: 'deploy', RoleId: 'AROAIOSFODNN7EXAMPLE', Arn: 'arn:aws:iam::123456789012:role/deploy' } }, null, 2)],
    ['an error naming the caller', 'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: s3:GetObject'],
    ['a role description', 'The role arn:aws:iam::123456789012:role/deploy in account 123456789012 trusts the CI user'],
  ])('when %s is pasted, then it is not a caller identity', (_name, text) => {
    expect(callerIdentityOf(text)).toBeUndefined();
  });

  it('when an assumed-role identity is pasted as JSON, then its account and ARN are read', () => {
    const text = '{\n  "UserId": "AROAIOSFODNN7EXAMPLE:ci-session",\n  "Account": "111122223333",\n  "Arn": "arn:aws:sts::111122223333:assumed-role/deploy/ci-session"\n}';
    expect(callerIdentityOf(text)).toEqual({ account: '111122223333', arn: 'arn:aws:sts::111122223333:assumed-role/deploy/ci-session' });
  });
});
