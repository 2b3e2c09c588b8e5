/**
 * The `awskey` command: diagnose, lookup, chat. Usage errors exit with 2 and a clear message.
 * Started by src/cli.ts (which first gives the process its heap limit).
 */
import { Command, CommanderError } from 'commander';
import { config as loadDotenv } from 'dotenv';
import { registerDiagnose } from './adapters/cli/diagnose-command';
import { registerLookup } from './adapters/cli/lookup-command';
import { registerChat } from './adapters/cli/chat-command';
import { onEgressBlocked } from './adapters/egress/report';
import { learnInput } from './adapters/egress/context';
import { guardText } from './adapters/egress/guard';
import { endQuietlyWhenReaderGoes } from './adapters/cli/reader-gone';
import { AppError } from './errors';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('awskey')
    .description('Diagnose AWS credential and authentication errors; look up access keys across accounts.')
    .version(readVersion())
    .exitOverride()
    // Usage errors quote the argument (`unknown command '…'`): a secret pasted as one is held back.
    .configureOutput({ outputError: (str, write) => write(guardText('cli', str)) })
    .showHelpAfterError('(run awskey --help for usage)');
  registerDiagnose(program);
  registerLookup(program);
  registerChat(program);
  return program;
}

function readVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export async function runCli(argv: string[]): Promise<number> {
  // The arguments are input too: a secret typed or pasted as one is never written back.
  learnInput(argv.join('\n'));
  const program = buildProgram();
  // The egress guard's count, never the value: say on stderr that something was held back.
  const stopReporting = onEgressBlocked((exit, hits) => process.stderr.write(`awskey: the egress guard replaced ${hits} piece(s) of a pasted secret (${exit})\n`));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    throw err;
  } finally {
    stopReporting();
  }
}

/** Runs the command line of this process and sets its exit code. */
export function main(): void {
  // The same settings as `npm start`: the environment, then a .env in the working directory.
  loadDotenv({ quiet: true });
  endQuietlyWhenReaderGoes();
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`awskey: ${err instanceof Error ? err.message : String(err)}\n`);
      // A setting that cannot be used (an accounts file that cannot be read) is a settings error, as the README says (QA39 F4).
      process.exitCode = err instanceof AppError && err.code === 'config' ? 2 : 1;
    },
  );
}
