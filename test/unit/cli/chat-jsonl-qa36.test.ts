/**
 * QA 36's conversation findings, played through `chat --jsonl` with the findings' own inputs.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { interpret } from '../../../src/core/conversation/interpreter';

// aws-actions/configure-aws-credentials' log as GitHub Actions printed it, as QA 36 F9 quotes it (sts:TagSession denied).
const GH_TAG_SESSION = [
  'Run aws-actions/configure-aws-credentials@v4',
  '  with:',
  '    aws-access-key-id: ***',
  '    aws-secret-access-key: ***',
  '    role-to-assume: arn:aws:iam::***:role/gh-deploy',
  '    aws-region: us-east-1',
  '##[error]Could not assume role with user credentials: User: arn:aws:iam::***:user/gh-actions is not authorized to perform: sts:TagSession on resource: arn:aws:iam::***:role/gh-deploy',
].join('\n');

describe('chat --jsonl: "just show me the fix" inside a sentence (QA 36 F9)', () => {
  it('when "cant run that its a gh runner, just show me the fix" is said, then the fix comes, not the next question', async () => {
    const { send } = await jsonlChat('qa36-f9');
    await send({ text: GH_TAG_SESSION });
    await send({ text: 'nothing changed in the workflow, someone edited the role trust policy yesterday i think' });
    const r = await send({ text: 'cant run that its a gh runner, just show me the fix' });
    expect(r.kind).toBe('fix');
    expect(r.fix).toBeDefined();
    expect(r.question).toBeUndefined();
  });

  it.each(['cant run that, so show me the fix', 'ok thanks - what\'s the fix?'])('when "%s" is said, then it is the request for the fix', (said) => {
    expect(interpret(said, undefined, []).intent).toBe('fix');
  });

  it.each(["we'll rotate the key and fix it", 'i think the trust policy is the fix', 'dont show me the fix yet, one more thing'])(
    'when "%s" is said, then it asks for no fix',
    (said) => {
      expect(interpret(said, undefined, []).intent).not.toBe('fix');
    },
  );
});
