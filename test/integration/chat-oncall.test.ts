/**
 * `awskey chat` driven the way people paste real terminal output (blank lines inside a paste,
 * huge or binary pastes, answers typed in words), through runChat with in-memory streams.
 */
import { PassThrough, Writable } from 'node:stream';
import { runChat } from '../../src/adapters/cli/chat-command';
import { createMemoryStore } from '../../src/adapters/store/memory-store';

async function chat(stdin: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d: Buffer) => (printed += d.toString()));
  input.end(stdin);
  await expect(runChat({ input, output, interactive: false, store: createMemoryStore(), user: 'alice' })).resolves.toBe(0);
  return printed;
}

const NO_ERROR = /No AWS credential or authentication error found/;

describe('awskey chat with real-world pastes', () => {
  it('when one paste holds blank lines before the error (as AWS CLI output does), then it is read as one paste with its context', async () => {
    const paste = ['$ aws sts get-caller-identity --region ap-east-1', '', 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'].join('\n');
    const printed = await chat(`${paste}\n\nquit\n`);
    expect(printed).not.toMatch(NO_ERROR);
    expect(printed).toMatch(/1\. Region or STS endpoint problem \[region-endpoint\]/);
  });

  it('when piped, the caller identity after the fix, a blank line and "resolved - <what fixed it>" come as two inputs: the verification, then the note in the summary', async () => {
    const identity = JSON.stringify({ UserId: 'AIDAIOSFODNN7EXAMPLE', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/alice' }, null, 2);
    const printed = await chat(['2026-11-22T08:41:05Z An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.', '', 'done', identity, '', 'resolved - ran aws sso login again', '', 'quit', ''].join('\n'));
    expect(printed).toMatch(/Verified: AWS accepts the credentials now/);
    expect(printed).toMatch(/In the team's words: ran aws sso login again/);
    expect(printed).toMatch(/\*\*Incident start:\*\* 2026-11-22T08:41:05.000Z \(earliest timestamp in the pasted logs; pasted /);
  });

  it('when the python script failed and the CLI identity is pasted after "done", then chat asks whether the script succeeds before closing (QA 34 F21)', async () => {
    const identity = JSON.stringify({ UserId: 'AROAIOSFODNN7EXAMPLE:alice', Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Dev_abc/alice' }, null, 2);
    // aws-cli's own message (aws/aws-cli awscli/clidriver.py, as the catalogue cites it).
    const opening = 'Unable to locate credentials. You can configure credentials by running "aws configure".';
    const said = 'aws sso login worked, `aws s3 ls --profile dev` works but the python script still says it';
    const printed = await chat([opening, '', '2, its sso', '', said, '', 'done', '', identity, '', 'quit', ''].join('\n'));
    expect(printed).toMatch(/where get-caller-identity was run[\s\S]{0,200}did the python script succeed now\?/);
    expect(printed).not.toMatch(/Verified: AWS accepts|verified in the failing runtime|AWS credential case summary/);
  });

  it('when a paste holds no AWS error and nothing follows it, then chat says so', async () => {
    expect(await chat('hello team\nanyone around?\n\n')).toMatch(NO_ERROR);
  });
});

describe('awskey chat when its reader goes away', () => {
  it('when the output pipe closes (EPIPE), then chat ends quietly with 0 instead of crashing', async () => {
    const input = new PassThrough();
    let writes = 0;
    const output = new Writable({
      write(_chunk, _enc, cb) {
        writes++;
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    input.end(`${'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.'}\n\ndone\nresolved\n`);
    await expect(runChat({ input, output, interactive: false, store: createMemoryStore(), user: 'alice' })).resolves.toBe(0);
    expect(writes).toBe(1);
  });
});

describe('awskey chat at a terminal', () => {
  it('when a command output is asked and the user types one line of words, then it is answered at once, not held as the start of a paste', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    const waiters: Array<() => void> = [];
    output.on('data', (d: Buffer) => {
      printed += d.toString();
      waiters.splice(0).forEach((f) => f());
    });
    const waitFor = async (re: RegExp, from: number) => {
      while (!re.test(printed.slice(from))) await new Promise<void>((r) => waiters.push(r));
      return printed.slice(from);
    };
    const done = runChat({ input, output, interactive: true, store: createMemoryStore(), session: 's1', user: 'alice' });
    await waitFor(/paste> $/, 0);
    // Answer the key prefix, then "yes, works elsewhere", so the next step is a command (aws configure list).
    input.write(`${'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'}\n\n`);
    let mark = printed.length;
    await waitFor(/\n> $/, mark);
    // The first question is the key prefix; then the first choice of each question (the order follows
    // the error family's prior) until a command is asked (aws configure list).
    mark = printed.length;
    input.write('it starts with AKIA\n');
    let reply = await waitFor(/(\n> |paste> )$/, mark);
    for (let i = 0; i < 4 && !/paste> $/.test(reply); i++) {
      mark = printed.length;
      input.write('1\n');
      reply = await waitFor(/(\n> |paste> )$/, mark);
    }
    expect(reply).toMatch(/aws configure list/);
    mark = printed.length;
    input.write("I can't run that here\n");
    const afterWords = await waitFor(/(\n> |paste> )$/, mark);
    expect(afterWords).toMatch(/\?|Noted|Leading now/);
    input.end('quit\n');
    await expect(done).resolves.toBe(0);
  });
});

describe('awskey chat never goes silent', () => {
  it('when chatter repeats, then every line gets a reply: "Noted." with the question twice, then a plain "Noted."', async () => {
    const printed = await chat(`${'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'}\n\nok\nthanks\nhmm\nquit\n`);
    // A terminal has no buttons: the chat says to type a number, never to click.
    expect(printed.match(/Noted, but nothing in that answers the question\. Type a number from 1 to \d+, or answer in words\./g)).toHaveLength(2);
    expect(printed).not.toMatch(/click/i);
    expect(printed.match(/Noted, but nothing in that answers the question\./g)).toHaveLength(3);
  });
});
