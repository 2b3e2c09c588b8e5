/**
 * aws-actions/configure-aws-credentials' log as GitHub Actions printed it in QA 36's F9/F10 repro: keys from secrets and
 * role-to-assume, the role's trust policy lacking sts:TagSession (the action tags the session by default; its README).
 */
export const GH_TAG_SESSION_LOG = [
  'Run aws-actions/configure-aws-credentials@v4',
  '  with:',
  '    aws-access-key-id: ***',
  '    aws-secret-access-key: ***',
  '    role-to-assume: arn:aws:iam::***:role/gh-deploy',
  '    aws-region: us-east-1',
  '##[error]Could not assume role with user credentials: User: arn:aws:iam::***:user/gh-actions is not authorized to perform: sts:TagSession on resource: arn:aws:iam::***:role/gh-deploy',
].join('\n');
