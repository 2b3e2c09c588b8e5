/**
 * A pasted `get-caller-identity` proves only what it shows (QA 34 F21): AWS accepts the credentials where it
 * was run. When the failing client is not the AWS CLI (here a Python script the team named), the CLI's identity
 * does not close the case: awskey asks whether the original call succeeds now. When the failing client is the CLI
 * (or unknown), the identity still closes the case, and the summary says "in the failing runtime" only when the
 * check is the failing call itself.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

// aws-cli's own message (aws/aws-cli awscli/clidriver.py, as the catalogue cites it).
const NO_CREDENTIALS = 'Unable to locate credentials. You can configure credentials by running "aws configure".';
// botocore's ClientError text for GetCallerIdentity (boto/botocore botocore/exceptions.py ClientError MSG_TEMPLATE).
const INVALID_TOKEN = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const ID = JSON.stringify({ UserId: 'AROAIOSFODNN7EXAMPLE:alice', Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Dev_abc/alice' }, null, 2);

describe('chat --jsonl: verification says only what the identity shows', () => {
  it('when the failing client is a python script and the CLI identity is pasted, then the case asks about the script and "resolved" closes it', async () => {
    const { send, session } = await jsonlChat('vc1');
    await send({ text: NO_CREDENTIALS });
    await send({ text: '2, its sso' });
    await send({ text: 'aws sso login worked, `aws s3 ls --profile dev` works but the python script still says it' });
    await send({ command: 'done' });
    const r = await send({ text: ID });
    expect(r.kind).not.toBe('resolved');
    expect(r.verification).toMatchObject({ result: 'identity-confirmed', identity: { account: '123456789012' } });
    expect(r.text!.join('\n')).toMatch(/where get-caller-identity was run.*did the python script succeed now\?/s);
    expect(session.state?.phase).toBe('verifying');
    const done = await send({ text: 'resolved' });
    expect(done.kind).toBe('resolved');
    expect(done.summary).not.toMatch(/verified in the failing runtime|in the failing runtime returned/);
    expect(done.summary).toMatch(/where it was run: not said to be the failing runtime/);
  });

  it('when the script still fails after the CLI identity, then the cause is ruled out as today', async () => {
    const { send, session } = await jsonlChat('vc2');
    await send({ text: NO_CREDENTIALS });
    await send({ text: 'aws s3 ls --profile dev works but the python script still says it' });
    const current = session.state?.scoring?.current;
    await send({ command: 'done' });
    await send({ text: ID });
    const r = await send({ text: 'still failing' });
    expect(r.kind).not.toBe('resolved');
    expect(session.state?.rejected).toContain(current);
  });

  it('when the CLI itself failed on GetCallerIdentity, then its identity closes the case, verified in the failing runtime', async () => {
    const { send } = await jsonlChat('vc3');
    await send({ text: `$ aws sts get-caller-identity\n${INVALID_TOKEN}` });
    expect((await send({ text: 'show me the fix' })).kind).toBe('fix');
    await send({ command: 'done' });
    const r = await send({ text: ID });
    expect(r).toMatchObject({ kind: 'resolved', verification: { result: 'verified' } });
    expect(r.summary).toMatch(/its fix was verified in the failing runtime|fix verified in the failing runtime/);
  });

  it('when the failing client is the CLI on another call, then the identity closes the case and says where it was run', async () => {
    const { send } = await jsonlChat('vc4');
    await send({ text: NO_CREDENTIALS });
    await send({ command: 'done' });
    const r = await send({ text: ID });
    expect(r).toMatchObject({ kind: 'resolved', verification: { result: 'verified' } });
    expect(r.text!.join('\n')).toMatch(/Verified: AWS accepts the credentials now where get-caller-identity was run/);
    expect(r.summary).toMatch(/its fix was verified where get-caller-identity was run/);
    expect(r.summary).not.toMatch(/failing runtime returned/);
  });
});
