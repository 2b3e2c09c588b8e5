/**
 * Starts a throwaway redis-server on a free loopback port (no persistence, its own temp dir).
 * Used by jest's global setup and by tests that need to stop and restart a server themselves.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const INSTALL_HINT = 'install redis-server (apt-get install redis-server) to run the Redis tests';

export interface RunningRedis {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export function redisServerOnPath(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    let buf = '';
    sock.setTimeout(1000, () => sock.destroy());
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => {
      buf += d.toString();
      if (buf.includes('\r\n')) {
        sock.end();
        resolve(buf.startsWith('+PONG'));
      }
    });
    sock.on('error', () => resolve(false));
    sock.on('close', () => resolve(false));
  });
}

export async function startRedisServer(opts: { port?: number } = {}): Promise<RunningRedis> {
  if (!redisServerOnPath()) throw new Error(INSTALL_HINT);
  const port = opts.port ?? (await freeLoopbackPort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));

  // Readiness is polled, not timed: up to ~10 s of attempts before giving up with the server's output.
  for (let i = 0; i < 200 && !exited; i++) {
    if (await ping(port)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (exited || !(await ping(port))) {
    child.kill('SIGKILL');
    throw new Error(`redis-server did not start on 127.0.0.1:${port}: ${stderr.trim() || 'no output'}`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    stop: async () => {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
