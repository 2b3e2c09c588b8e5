/**
 * The container's HEALTHCHECK (`node dist/healthcheck.js`): exit 0 when the running awskey answers
 * GET /healthz with 200, 1 otherwise. HTTP mode is asked on PORT; Socket Mode on AWSKEY_HEALTH_PORT
 * (the image sets one), where /healthz is 503 while the WebSocket is not connected or the store is
 * unreachable. Settings are read the way `npm start` reads them.
 */
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from './config';

/**
 * The names of the settings a problem list is about ("PORT: Expected number, received nan" → PORT). Only
 * names: a problem's words may quote the value (an enum's, an account entry's), and a probe's output is logged.
 */
export function settingNames(problems: readonly string[]): string[] {
  return [...new Set(problems.map((p) => /^([A-Za-z][A-Za-z0-9_]*)[.:]/.exec(p)?.[1] ?? 'settings'))];
}

export function healthUrl(env: Record<string, string | undefined>): { url?: string; problem?: string } {
  const r = loadConfig(env);
  if (!r.ok) return { problem: `these settings are missing or invalid: ${settingNames(r.problems).join(', ')}` };
  const { slack, healthPort } = r.config;
  if (!slack) return { problem: 'Slack is not configured' };
  if (slack.mode === 'http') return { url: `http://127.0.0.1:${slack.port}/healthz` };
  if (healthPort === undefined) return { problem: 'Socket Mode without AWSKEY_HEALTH_PORT: no health endpoint to ask' };
  return { url: `http://127.0.0.1:${healthPort}/healthz` };
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const { url, problem } = healthUrl(process.env);
  if (!url) {
    process.stderr.write(`awskey healthcheck: ${problem}\n`);
    return 1;
  }
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(4000) });
    process.stdout.write(`${await res.text()}\n`);
    return res.status === 200 ? 0 : 1;
  } catch (err) {
    process.stderr.write(`awskey healthcheck: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) main().then((code) => process.exit(code));
