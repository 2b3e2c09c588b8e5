/** The realistic paste the diagnose benches measure (diagnose.bench.ts, ab.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

function fixture(path: string): string {
  try {
    return readFileSync(join(__dirname, '..', 'test', 'fixtures', 'pastes', path), 'utf8');
  } catch {
    return `${ERROR}\n`;
  }
}

/** A realistic mix: debug log lines, an env dump, a traceback, prose and noise, repeated to size. */
export function pasteOf(size: number): string {
  const parts = [
    fixture('env-var-override/cli-debug-found-env.txt'),
    fixture('missing-session-token/env-asia-without-token.txt'),
    fixture('key-deleted-or-inactive/user-deleted-offboarding.txt'),
    '2026-11-21T10:00:00.000Z INFO worker processed batch 1234 in 52 ms (queue depth 17)\n',
    'started after we rotated the deploy key, can someone take a look?\n',
  ];
  let out = '';
  for (let i = 0; out.length < size; i++) out += parts[i % parts.length];
  return out.slice(0, size);
}
