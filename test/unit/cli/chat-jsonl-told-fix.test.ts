/**
 * A fix told in the team's words ("works if i set AWS_REGION=us-west-2 before running") states the cause that setting
 * fixes (QA 35 N8, from batch-20 tuning thread prefect-archive-prefect-aws-173): the region, not a permissions problem.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

describe('chat --jsonl: a told fix', () => {
  it('when the team says it works with AWS_REGION set to the bucket\'s region, then region-endpoint leads and the summary names the fix', async () => {
    const { send } = await jsonlChat('toldfix1');
    await send({ text: 'prefect deployment build fails pushing to s3:\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied' });
    const r = await send({ text: 'works if i set AWS_REGION=us-west-2 before running, bucket is in us-west-2 and my default is us-east-1' });
    expect(r.ranking![0]!.cause).toBe('region-endpoint');
    // The weight's stated margin (statements-told-fixes.ts TOLD_FIX, review 36 E-1): it leads by 1.25x, not by a hair.
    expect(r.ranking![0]!.p / r.ranking![1]!.p).toBeGreaterThan(1.2);
    await send({ command: 'done' });
    const end = await send({ text: 'yep that fixed it' });
    const summary = (end as { summary?: string }).summary ?? '';
    const fixedIt = summary.slice(summary.indexOf('### What fixed it'), summary.indexOf('### Verification'));
    expect(fixedIt).toMatch(/works if i set AWS_REGION=us-west-2/);
    expect(summary).toMatch(/\*\*Cause:\*\* .*`region-endpoint`/);
  });
});
