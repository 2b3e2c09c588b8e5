/**
 * A secret in text that opens no case, in `awskey chat` and `awskey chat --jsonl` run as processes:
 * its poster is warned, as inside a case, by `awskey diagnose` and in Slack. Both used to answer only
 * "no AWS error found" (and, after a resolved case, only the note on how to open another).
 */
import { runCli } from '../helpers/run-cli';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const EXPIRED = 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired';
const IDENTITY = '{"UserId": "AIDAIOSFODNN7EXAMPLE", "Account": "123456789012", "Arn": "arn:aws:iam::123456789012:user/alice"}';

interface Out { kind: string; warnings?: string[] }
const jsonl = async (lines: unknown[]) => {
  const r = await runCli(['chat', '--jsonl', '--ephemeral'], { stdin: `${lines.map((l) => JSON.stringify(l)).join('\n')}\n` });
  expect(r.code).toBe(0);
  expect(r.stdout + r.stderr).not.toContain('rXUtnFEMI');
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Out);
};

describe('a secret in text that opens no case', () => {
  it('when the terminal chat is given a bare secret, then it warns to rotate it and never repeats it', async () => {
    const r = await runCli(['chat', '--ephemeral'], { stdin: `${SECRET}\n\nquit\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/You pasted a secret access key\. I redacted it, but treat it as exposed: rotate it now/);
    expect(r.stdout).toContain('No AWS credential or authentication error found');
    expect(r.stdout + r.stderr).not.toContain('rXUtnFEMI');
  }, 60_000);

  it('when a secret access key is wrapped over two lines under "secret:", then the warning says to rotate a long-term key, never that it expires quickly (QA35 N24)', async () => {
    const signatureMismatch = 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.';
    const r = await runCli(['chat', '--ephemeral'], { stdin: `${signatureMismatch}\nsecret: ${SECRET.slice(0, 20)}\n${SECRET.slice(20)}\n\nquit\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/You pasted a (secret access key|token)/);
    expect(r.stdout).toMatch(/rotate (it|that key) now/);
    expect(r.stdout).not.toMatch(/expires quickly/);
    expect(r.stdout + r.stderr).not.toContain('rXUtnFEMI');
    expect(r.stdout + r.stderr).not.toContain(SECRET.slice(20));
  }, 60_000);

  it('when chat --jsonl is given a bare secret, then the no-case reply carries the warning', async () => {
    const [first, second] = await jsonl([{ text: `the key is ${SECRET}` }, { text: 'hello' }]);
    expect(first).toMatchObject({ kind: 'no-case', warnings: [expect.stringMatching(/^You pasted a \*secret access key\*/)] });
    expect(second!.warnings).toBeUndefined();
  }, 60_000);

  it('when a secret is sent after the case is resolved, then it is warned about too', async () => {
    const out = await jsonl([{ text: EXPIRED }, { command: 'done' }, { text: IDENTITY }, { command: 'resolve' }, { text: `oh and here is the new one ${SECRET}` }]);
    const last = out[out.length - 1]!;
    expect(last.kind).toBe('silent');
    expect(last.warnings).toEqual([expect.stringMatching(/secret access key/)]);
  }, 60_000);
});
