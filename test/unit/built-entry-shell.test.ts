/**
 * test/helpers/built-entry.ts shellCommand: the line a test hands to `script -c` keeps every argument whole, whatever
 * the checkout path holds.
 */
import { spawnSync } from 'node:child_process';
import { shellCommand } from '../helpers/built-entry';

describe('shellCommand', () => {
  it('when arguments hold spaces, quotes and shell words, then the shell hands each back whole', () => {
    const args = ['/work/my checkout/node', "it's", '$HOME', 'a;b', '--profile=dev'];
    const r = spawnSync('sh', ['-c', `printf '%s\\n' ${shellCommand(args)}`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').slice(0, -1)).toEqual(args);
  });
});
