import type { Command } from 'commander';

/** PLACEHOLDER: replaced by the issue that owns `awskey lookup`. */
export function registerLookup(program: Command): void {
  program
    .command('lookup')
    .description('(not implemented yet)')
    .action(() => {
      process.stderr.write('awskey lookup: not implemented yet\n');
      process.exitCode = 2;
    });
}
