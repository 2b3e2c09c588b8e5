import type { Command } from 'commander';

/** PLACEHOLDER: replaced by the issue that owns `awskey chat`. */
export function registerChat(program: Command): void {
  program
    .command('chat')
    .description('(not implemented yet)')
    .action(() => {
      process.stderr.write('awskey chat: not implemented yet\n');
      process.exitCode = 2;
    });
}
