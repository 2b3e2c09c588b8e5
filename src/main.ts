/**
 * Composition root: load config, build adapters, start. PLACEHOLDER until the Slack issue lands.
 */
import 'dotenv/config';
import { loadConfig } from './config';

const result = loadConfig(process.env);
if (!result.ok) {
  process.stderr.write(`awskey: configuration problems:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exitCode = 1;
} else {
  process.stderr.write('awskey: the Slack bot is not wired yet; try `npx awskey diagnose`.\n');
  process.exitCode = 1;
}
