/**
 * `id-token: write` is a GitHub Actions workflow permission. Inside a tool's message it is the tool's advice about a
 * failed OIDC token (src/core/extract/messages.ts msg.gha-oidc); alone on a line it is the workflow's permissions block,
 * configuration a prose opening quotes, not an error. Openings quoted from tuning threads and pastes (URLs beside them).
 */
import { signals } from '../../../helpers/readings';

// https://github.com/aws-actions/configure-aws-credentials/issues/1396 (the workflow of its opening, shortened)
const WORKFLOW = [
  'This workflow fails to assume the second role',
  '```',
  'name: Test AWS AssumeRole Chaining',
  'permissions:',
  '  id-token: write',
  '  contents: read',
  'jobs:',
  '  test-assume-role-chaining:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '    - name: Configure other AWS Credentials',
  '      uses: aws-actions/configure-aws-credentials@v4.1.0',
  '      with:',
  '        role-to-assume: arn:aws:iam::222222222222:role/MyOtherRole',
  '        role-chaining: true',
  '```',
].join('\n');

/** Over the size where messages are read line by line instead of over the whole text. */
const LONG_LOG = Array.from({ length: 2500 }, (_, i) => `2026-12-06T00:00:${String(i % 60).padStart(2, '0')}Z step ${i} ran`).join('\n');

describe('a workflow permissions block quoted in an opening', () => {
  it.each([
    ['the opening', WORKFLOW],
    ['a long log holding it', `${LONG_LOG}\n${WORKFLOW}`],
  ])('when %s holds `id-token: write` alone on its line, then it is not read as the OIDC failure message', (_what, text) => {
    expect(signals(text)).not.toContain('msg.gha-oidc');
  });
});

describe('a tool message that names the permission', () => {
  it.each([
    // https://github.com/atxtechbro/dotfiles/issues/1047
    'Failed to setup GitHub token: Error: Could not fetch an OIDC token. Did you remember to add `id-token: write` to your workflow permissions?',
    // https://github.com/freifunkMUC/unifi_respondd/pull/59
    'This generally indicates a workflow configuration error, such as insufficient\npermissions. Make sure that your workflow has `id-token: write` configured\nat the job level, e.g.:',
  ])('when "%s" is pasted, then it is still the OIDC failure message', (text) => {
    expect(signals(text)).toContain('msg.gha-oidc');
  });
});
