/**
 * A key shown by printing the variable (value on the next line) is a key from the environment, as `NAME=value` is
 * (qa34 F24), through `awskey diagnose --json` as a process.
 */
import { runCli } from '../helpers/run-cli';

const ERROR = 'An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.';

async function diagnose(lines: string[]): Promise<{ facts: { credentialSource?: string }; causes: Array<{ id: string }> }> {
  const { code, stdout } = await runCli(['diagnose', '--json'], { stdin: `${lines.join('\n')}\n` });
  expect(code).toBe(0);
  return JSON.parse(stdout) as { facts: { credentialSource?: string }; causes: Array<{ id: string }> };
}

describe('awskey diagnose: a printed environment variable', () => {
  it.each([
    ['PowerShell', 'PS C:\\Users\\bob> $env:AWS_ACCESS_KEY_ID'],
    ['echo', '$ echo $AWS_ACCESS_KEY_ID'],
    ['printenv', '$ printenv AWS_ACCESS_KEY_ID'],
  ])('when the key is shown with %s and its value on the next line, then the credentials come from the environment', async (_, shown) => {
    const d = await diagnose([ERROR, shown, 'AKIAIOSFODNN7EXAMPLE']);
    expect(d.facts.credentialSource).toBe('env');
    expect(d.causes[0]!.id).toBe('env-var-override');
  }, 60_000);

  it('when the print shows nothing (the variable is empty), then no environment source is read', async () => {
    const d = await diagnose([ERROR, '$ echo $AWS_ACCESS_KEY_ID', '', '$ aws configure list']);
    expect(d.facts.credentialSource).not.toBe('env');
  }, 60_000);
});
