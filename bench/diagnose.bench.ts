/**
 * `npm run bench`: time per diagnosis for a 200-byte error, a 4 KB paste, a 40,000-character paste
 * (Slack's message limit), 1 MB and 2 MB (read as head + tail, so bounded like 1 MB); diagnoses per second
 * on one core; and time(1 MB)/time(100 KB) to show linear growth. Numbers only, no assertions (aims: p99 < 1 ms
 * at 4 KB, < 10 ms at 40k, < 100 ms at 1 MB).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/core/diagnose';

const NOW = new Date('2026-11-22T00:00:00Z');
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

function fixture(path: string): string {
  try {
    return readFileSync(join(__dirname, '..', 'test', 'fixtures', 'pastes', path), 'utf8');
  } catch {
    return `${ERROR}\n`;
  }
}

/** A realistic mix: debug log lines, an env dump, a traceback, prose and noise, repeated to size. */
function pasteOf(size: number): string {
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(label: string, text: string, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) diagnose(text, { now: NOW }); // warm-up
  const times: number[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    diagnose(text, { now: NOW });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  process.stdout.write(
    `${label.padEnd(30)} ${String(text.length).padStart(9)} chars  p50 ${p50.toFixed(3).padStart(9)} ms  p99 ${percentile(times, 99).toFixed(3).padStart(9)} ms  ${((runs / totalMs) * 1000).toFixed(0).padStart(7)} diagnoses/s\n`,
  );
  return p50;
}

measure('200-byte error', `${ERROR}\nplease help`.slice(0, 200), 5000);
measure('4 KB paste', pasteOf(4096), 2000);
measure('40,000-character paste', pasteOf(40_000), 300);
const t100k = measure('100 KB paste', pasteOf(100_000), 60);
const t1m = measure('1 MB paste', pasteOf(1_000_000), 12);
measure('2 MB log, error at the end', `${pasteOf(2_000_000)}\n${ERROR}\n`, 6);
measure('ordinary chat (fast path)', 'are we still on for the 3pm sync? I can move it if needed', 20_000);
measure('1 MB adversarial shapes', ['-----BEGIN PRIVATE KEY--------', 'eyJ-', 'a-m-m-m.amazonaws.com ', 'An error occurred (', 'AKIA', '"__type":', '*'].map((s) => s.repeat(Math.ceil(150_000 / s.length))).join('\n').slice(0, 1_000_000), 6);
process.stdout.write(`\nlinear growth: time(1 MB) / time(100 KB) = ${(t1m / t100k).toFixed(2)} (10.0 is linear)\n`);
