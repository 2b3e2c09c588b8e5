/**
 * The real `npm start` entry point (src/main.ts, or its build under `npm test`: built-entry.ts) as a child
 * process, with only the environment a test gives it (cwd is an empty directory: no developer .env leaks in).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { entryArgs } from '../built-entry';
import { poll } from './fake-slack';
import { BOT_TOKEN, SIGNING_SECRET } from './harness';

export interface Proc {
  child: ChildProcess;
  out: string[];
  err: string[];
  exited: Promise<number | null>;
  /** stdout split into log lines. */
  lines(): string[];
}

export function runMain(env: Record<string, string>, cwd: string, args: readonly string[] = []): Proc {
  const child = spawn(process.execPath, [...entryArgs('main'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  const err: string[] = [];
  child.stdout!.on('data', (d) => out.push(String(d)));
  child.stderr!.on('data', (d) => err.push(String(d)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, out, err, exited, lines: () => out.join('').split('\n').filter(Boolean) };
}

/** The settings of an HTTP-mode bot on a free loopback port talking to `apiUrl` (a fake Slack). */
export function httpModeEnv(apiUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_MODE: 'http', PORT: '0', HOST: '127.0.0.1', SLACK_API_URL: apiUrl, ...extra };
}

/** Waits for the HTTP-mode "listening" line and returns its port. */
export async function listeningPort(p: Proc): Promise<number> {
  let port: number | undefined;
  await poll(() => {
    const m = /"mode":"http","port":(\d+)/.exec(p.out.join(''));
    port = m ? Number(m[1]) : undefined;
    return port !== undefined || p.child.exitCode !== null;
  }, 'the listening log line');
  if (port === undefined) throw new Error(`awskey exited: ${p.err.join('')}`);
  return port;
}

export async function stopProc(p: Proc | undefined): Promise<void> {
  if (p && p.child.exitCode === null && p.child.signalCode === null) {
    p.child.kill('SIGKILL');
    await p.exited;
  }
}
