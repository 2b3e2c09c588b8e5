import type { Command } from 'commander';

/** PLACEHOLDER: replaced by the issue that owns `awskey diagnose`. */
export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('(not implemented yet)')
    .action(() => {
      process.stderr.write('awskey diagnose: not implemented yet\n');
      process.exitCode = 2;
    });
}
