/**
 * The terminal chat: "other platforms" typed before any fix was shown says there is no fix yet and
 * shows the open step again; once typed after a fix, the reply that shows them does not offer them again.
 */
import { runCli } from '../helpers/run-cli';

const BARE_ACCESS_DENIED = '$ aws s3 ls s3://acme-reports\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied';

describe('awskey chat: "other platforms" before a fix', () => {
  it('when "other platforms" is typed while a step is open, then it says there is no fix yet and repeats the step', async () => {
    const r = await runCli(['chat', '--ephemeral'], { stdin: `${BARE_ACCESS_DENIED}\n\nother platforms\nquit\n`, env: { LOG_LEVEL: 'warn' } });
    expect(r.code).toBe(0);
    const after = r.stdout.slice(r.stdout.indexOf('no fix yet'));
    expect(r.stdout).toMatch(/There is no fix yet to show other platforms for/);
    expect(after).toContain('aws sts get-caller-identity');
  }, 60_000);

  it('when "other platforms" shows the other steps, then that reply does not offer "other platforms" again (as in Slack)', async () => {
    const stdin = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n.\nconfirm\nother platforms\nquit\n';
    const r = await runCli(['chat', '--ephemeral'], { stdin, env: { LOG_LEVEL: 'warn' } });
    expect(r.code).toBe(0);
    const typeLines = r.stdout.split('\n').filter((l) => l.startsWith('Type:'));
    const fixLine = typeLines.find((l) => l.includes('"done"'));
    expect(fixLine).toContain('"other platforms"');
    // The last actions line is the one after the other platforms' steps.
    expect(r.stdout).toMatch(/\[Windows PowerShell\]/);
    expect(typeLines.at(-1)).toContain('"done"');
    expect(typeLines.at(-1)).not.toContain('"other platforms"');
  }, 60_000);
});
