/**
 * `awskey chat < FILE` on a log past what is read whole, whose error sits in the skipped middle (QA34 F18): the
 * answer "no AWS error found" must say that the middle was not read, as `awskey diagnose` does, or it reads as an
 * all-clear for a log that holds one. Run as a process, the way the README advises for long input. (An error with an AWS
 * code in the middle is read with its lines, QA37 F3: cli-long-log-middle-error.test.ts; the AWS CLI's words alone are not
 * searched for, so this one stays unread.)
 */
import { runCli } from '../helpers/run-cli';

describe('chat on a long log whose error is in the unread middle', () => {
  it('when no case opens, then the reply says how much was not read and how to search the log', async () => {
    const filler = (from: number) => Array.from({ length: 15_000 }, (_, i) => `2026-11-22T09:00:00Z INFO processing item ${from + i} ok`).join('\n');
    const log = `${filler(0)}\nUnable to locate credentials. You can configure credentials by running "aws configure".\n${filler(15_000)}\n`;
    const r = await runCli(['chat', '--ephemeral'], { stdin: log });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No AWS credential or authentication error found');
    expect(r.stdout).toMatch(/Note: input of [\d,]+ characters: read the first [\d,]+ and the last [\d,]+; [\d,]+ characters in the middle were not read/);
    expect(r.stdout).toMatch(/grep -n -i -E '[^']+' FILE \| awskey chat/);
  }, 120_000);
});
