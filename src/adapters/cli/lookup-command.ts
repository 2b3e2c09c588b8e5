/**
 * `awskey lookup HINT` (readable) and `awskey lookup --json HINT`: look an access key id up across
 * the configured AWS accounts. Exit 0 on any verdict, 2 on usage errors (no hint, a secret, no
 * accounts configured, invalid settings). Progress goes to stderr; stdout carries only the result.
 */
import type { Command } from 'commander';
import { appendFileSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../store/create-store';
import type { Config } from '../../config';
import { parseKeyHint } from '../../core/key-id';
import type { LookupResult } from '../../core/lookup/types';
import { accountLabel } from '../../core/lookup/verdict';
import { AppError } from '../../errors';
import { guardText } from '../egress/guard';
import type { AuditLog } from '../../usecases/ports';

interface LookupFlags {
  json?: boolean;
  refresh?: boolean;
}

/** A refused lookup exits 2; with --json the reason is a JSON object on stdout, so scripts parse one stream. */
const refuse = (flags: LookupFlags, code: 'usage' | 'config', message: string): number => {
  if (flags.json) process.stdout.write(guardText('cli', `${JSON.stringify({ error: { code, message } })}\n`));
  else process.stderr.write(guardText('cli', `awskey lookup: ${message}\n`));
  return 2;
};

/** JSON lines under the data directory: who looked up which (redacted) key, and the verdict. */
function fileAuditLog(dataDir: string): AuditLog {
  return {
    record(entry) {
      try {
        mkdirSync(dataDir, { recursive: true });
        appendFileSync(join(dataDir, 'audit.jsonl'), `${JSON.stringify(entry)}\n`);
      } catch (err) {
        process.stderr.write(`awskey lookup: audit log not written (${(err as Error).message})\n`);
      }
    },
  };
}

function localUser(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export function renderLookup(r: LookupResult): string {
  const lines = [`${r.hint}: ${r.verdict}`, `  ${r.explanation}`];
  for (const m of r.matches) {
    const used = m.lastUsed?.date ? `last used ${m.lastUsed.date.slice(0, 10)}${m.lastUsed.service ? ` (${m.lastUsed.service}, ${m.lastUsed.region ?? '-'})` : ''}` : 'never used';
    const pending = m.pending ? '  (in CloudTrail, not listed by IAM yet)' : '';
    lines.push(`  - ${m.accessKeyId}  ${m.status}  user ${m.userName}  account ${m.accountName} (${m.accountId})  created ${m.createDate?.slice(0, 10) ?? '?'}  ${used}${pending}`);
  }
  for (const e of r.deletionEvents) lines.push(`  - CloudTrail ${e.eventName} ${e.eventTime}  account ${e.accountId}${e.userName ? `  user ${e.userName}` : ''}${e.actor ? `  by ${e.actor}` : ''}${e.status ? `  status ${e.status}` : ''}`);
  if (r.decodedAccountId) lines.push(`  Owning account (from the key id): ${r.decodedAccountId}`);
  lines.push(`  Accounts: ${r.accounts.scanned} scanned, ${r.accounts.failed.length} failed${r.indexAgeSeconds > 0 ? `; key index ${r.indexAgeSeconds}s old` : ''}`);
  for (const f of r.accounts.failed) lines.push(`  - ${accountLabel(f)}: ${f.reason}`);
  if (r.pastedIdNote) lines.push(`  Note: ${r.pastedIdNote}`);
  for (const n of r.notes ?? []) lines.push(`  Note: ${n}`);
  lines.push(`  Next: ${r.nextStep}`);
  return `${lines.join('\n')}\n`;
}

export async function runLookup(hintParts: string[], flags: LookupFlags, env: Record<string, string | undefined> = process.env): Promise<number> {
  const text = hintParts.join(' ');
  const parsed = parseKeyHint(text);
  if (!parsed.ok) return refuse(flags, 'usage', parsed.reason === 'empty' ? 'give an access key id, e.g. awskey lookup AKIA...1234 (or ****1234, or the last four characters)' : parsed.message);
  // Loaded here, not at the top: every `awskey` start (diagnose, chat) loads this file, and the settings' schema
  // and the AWS SDK cost ~0.3 s of CPU to load that only a lookup needs.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { loadConfig } = require('../../config') as typeof import('../../config');
  const { hasAccountSources, NO_ACCOUNTS_MESSAGE } = require('../aws/account-list') as typeof import('../aws/account-list');
  const { createKeyDirectory } = require('../aws/key-directory') as typeof import('../aws/key-directory');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const loaded = loadConfig(env, { slack: false });
  if (!loaded.ok) return refuse(flags, 'config', `invalid settings:\n  ${loaded.problems.join('\n  ')}`);
  const config: Config = loaded.config;
  const temporary = parsed.hint.kind === 'temporary';
  if (!temporary && !hasAccountSources(config.aws)) return refuse(flags, 'config', NO_ACCOUNTS_MESSAGE);

  const store = await createStore(config);
  let directory: ReturnType<typeof createKeyDirectory> | undefined;
  try {
    // One-shot process: stale indexes are noted in the answer and rescanned with --refresh (or by the bot).
    directory = createKeyDirectory(config, { store, audit: fileAuditLog(config.dataDir), backgroundScans: false });
    // Only scans that take a while report progress; answers from the index stay quiet. A scan still
    // running after a second says how far it got, even when the accounts left are slow to answer.
    const started = Date.now();
    let latest: string | undefined;
    const show = () => {
      if (latest) process.stderr.write(`awskey lookup: scanned ${latest} accounts\n`);
      latest = undefined;
    };
    const slow = setTimeout(show, 1000);
    try {
      const result = await directory.lookup(text, {
        actor: localUser(),
        refresh: flags.refresh,
        onProgress: ({ done, total }) => {
          latest = `${done}/${total}`;
          if (Date.now() - started > 1000) show();
        },
      });
      process.stdout.write(guardText('cli', flags.json ? `${JSON.stringify(result)}\n` : renderLookup(result)));
    } finally {
      clearTimeout(slow);
    }
    return 0;
  } catch (err) {
    if (err instanceof AppError && err.code === 'config') return refuse(flags, 'config', err.message);
    throw err;
  } finally {
    await directory?.close();
    await store.close();
  }
}

export function registerLookup(program: Command): void {
  program
    .command('lookup')
    .description('Look an access key id up across the configured AWS accounts: AKIA...1234, ****1234, the last four characters or the full id (never the secret).')
    .argument('[hint...]', 'the access key id or its redacted form')
    .option('--json', 'print the result as one JSON object')
    .option('--refresh', 'rescan every account instead of answering from the key index')
    .action(async (hint: string[], flags: LookupFlags) => {
      process.exitCode = await runLookup(hint, flags);
    });
}
