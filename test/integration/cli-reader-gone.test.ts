/**
 * Every awskey command ends quietly when the reader of its output goes away before it writes
 * (`awskey lookup AKIA…1234 | head -1` after the SDK's warning filled the line, `… 2>&1 | true`):
 * the exit status is the command's own, as README's CLI section says. `awskey lookup` used to
 * crash on the write (an unhandled EPIPE: stack trace, exit 1) after it had done its work.
 */
import { lookupCliWorld } from '../helpers/fake-aws/lookup-cli-world';
import { runCli } from '../helpers/run-cli';

describe('the awskey CLI when the reader of its output goes away', () => {
  const w = lookupCliWorld('awskey-reader-gone-');
  const exitOf = async (args: string[]) => (await runCli(args, { env: w.env, readerGone: true })).code;

  it.each([[[]], [['--json']]])('when lookup %j answers a verdict, then it exits 0', async (flags) => {
    expect(await exitOf(['lookup', ...flags, `AKIA…${w.key.id.slice(-4)}`])).toBe(0);
  }, 60_000);

  it.each([[['lookup', 'AKIA12']], [['lookup', '--json', 'AKIA12']], [['diagnose', '/nonexistent/awskey.log']], [['no-such-command']]])('when %j is refused, then it exits 2', async (args) => {
    expect(await exitOf(args)).toBe(2);
  }, 60_000);
});
