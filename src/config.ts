/**
 * One validated schema for every setting. The only module that reads process.env (through
 * loadConfig's argument). Problems are listed all at once and never echo a secret value.
 */
import { z } from 'zod';
import { parseAccountsSetting } from './core/lookup/accounts';
import { redact } from './core/redact';

const csv = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/**
 * A list of Slack ids. A name in their place ("@alice", "#ops") would never match anyone, so every
 * lookup would be refused with nothing in the log to say why: refuse it at start instead.
 */
const slackIds = (shape: RegExp, what: string) =>
  csv.superRefine((ids, ctx) => {
    const bad = ids.filter((id) => !shape.test(id));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `not a Slack ${what}: ${redact(bad.map((b) => JSON.stringify(b)).join(', ')).text} (a name never matches anyone; copy the id from Slack)` });
  });

/** us-east-1, us-gov-west-1, cn-north-1, eu-isoe-west-1: a typo ("us-east1") would send every STS call to a host that does not exist. */
const AWS_REGION_SHAPE = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

const intFrom = (def: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const secret = (prefix: string | undefined, what: string) =>
  z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || prefix === undefined || v.startsWith(prefix), {
      message: `${what} should start with "${prefix}" (value not shown)`,
    });

const schema = z.object({
  SLACK_BOT_TOKEN: secret('xoxb-', 'the bot token'),
  SLACK_SIGNING_SECRET: secret(undefined, 'the signing secret'),
  SLACK_APP_TOKEN: secret('xapp-', 'the app-level token'),
  SLACK_MODE: z.enum(['socket', 'http']).optional(),
  SLACK_API_URL: z.url({ message: 'must be a URL such as https://slack.com/api/' }).optional(),
  SLACK_BOT_USER_ID: z.string().optional(),
  SLACK_BOT_ID: z.string().optional(),
  PORT: intFrom(3000, 0, 65535),
  HOST: z.string().default('0.0.0.0'),
  AWSKEY_HEALTH_PORT: intFrom(-1, 0, 65535),
  AWSKEY_SLACK_TIMEOUT_SECONDS: intFrom(10, 1, 300),
  AWSKEY_SLACK_RETRIES: intFrom(3, 0, 10),
  AWSKEY_DRAIN_SECONDS: intFrom(20, 0, 3600),
  AWSKEY_DELIVERY_LEASE_SECONDS: intFrom(30, 1, 3600),
  AWSKEY_SLACK_FILE_MAX_MB: intFrom(50, 1, 1024),
  REDIS_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^rediss?:\/\//.test(v), { message: 'must start with redis:// or rediss://' }),
  AWSKEY_DATA_DIR: z.string().default('./data'),
  AWSKEY_CASE_TTL_DAYS: intFrom(14, 1, 3650),
  AWSKEY_ACCOUNTS: z.string().optional(),
  AWSKEY_ACCOUNTS_FILE: z.string().optional(),
  // A role name (optionally with its path), assumed in every account: an ARN here would build `role/arn:aws:…` for each.
  AWSKEY_ORG_ROLE_NAME: z
    .string()
    .regex(/^[\w+=,.@/-]{1,512}$/, { message: 'must be a role name such as awskey-read-only (not an ARN): awskey assumes it in every account of the organization' })
    .optional(),
  AWSKEY_EXTERNAL_ID: z.string().optional(),
  AWSKEY_REGION: z.string().regex(AWS_REGION_SHAPE, { message: 'must be an AWS region such as us-east-1' }).default('us-east-1'),
  AWSKEY_SCAN_CONCURRENCY: intFrom(0, 0, 4096),
  AWSKEY_ACCOUNT_CONCURRENCY: intFrom(8, 1, 64),
  AWSKEY_ACCOUNT_TIMEOUT_SECONDS: intFrom(60, 1, 3600),
  AWSKEY_INDEX_MAX_AGE_SECONDS: intFrom(900, 0, 86400 * 7),
  AWSKEY_CLOUDTRAIL: z.enum(['on', 'off']).default('on'),
  AWSKEY_AWS_MAX_ATTEMPTS: intFrom(6, 1, 20),
  AWSKEY_AWS_RETRY_MODE: z.enum(['standard', 'adaptive']).default('adaptive'),
  AWSKEY_RECENT_USE_DAYS: intFrom(30, 1, 3650),
  // Key lookup at organisation scale (issue 12): pacing, deadlines, the refresher, replica leases.
  AWSKEY_IAM_RATE: intFrom(20, 1, 1000),
  AWSKEY_AWS_CALL_TIMEOUT_SECONDS: intFrom(10, 1, 600),
  AWSKEY_LOOKUP_WAIT_SECONDS: intFrom(120, 1, 3600),
  AWSKEY_CREDENTIAL_REPORT: z.enum(['on', 'off']).default('on'),
  AWSKEY_REFRESH_SECONDS: intFrom(3600, 0, 7 * 86400),
  AWSKEY_TRAIL_SYNC_SECONDS: intFrom(300, 0, 86400),
  AWSKEY_REFRESH_CONCURRENCY: intFrom(50, 0, 4096),
  AWSKEY_SCAN_LEASE_SECONDS: intFrom(30, 1, 3600),
  // Unset (-1 here): one worker per core beyond the first (scan-workers.ts), which depends on the machine.
  AWSKEY_SCAN_THREADS: intFrom(-1, 0, 8),
  AWSKEY_ALLOWED_USERS: slackIds(/^[UW][A-Z0-9]+$/, 'user id (U… or W…)'),
  AWSKEY_ALLOWED_USERGROUPS: slackIds(/^S[A-Z0-9]+$/, 'user group id (S…)'),
  AWSKEY_ALLOWED_CHANNELS: slackIds(/^[CGD][A-Z0-9]+$/, 'channel id (C…, G… or D…)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type RawConfig = z.infer<typeof schema>;

/** Every setting name the schema reads (.env.example must document each; a deploy test checks). */
export const CONFIG_KEYS = Object.keys(schema.shape) as Array<keyof RawConfig>;

/** The value a setting takes when unset (the README's tables state it; a deploy test compares). */
export function defaultOf(key: keyof RawConfig): unknown {
  const r = schema.shape[key].safeParse(undefined);
  return r.success ? r.data : undefined;
}

export interface SlackConfig {
  mode: 'socket' | 'http';
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  botUserId?: string;
  botId?: string;
  port: number;
  host: string;
  /** Per-attempt timeout and retries of every Web API call (and response_url post). */
  webApi: { timeoutMs: number; retries: number };
  /** A delivery's claim lasts this long without renewal; a retry after a crash waits it out. */
  deliveryLeaseMs: number;
  /** No shared file longer than this is downloaded (files over 1 MB are read as head and tail). */
  fileMaxBytes: number;
}

export interface Config {
  slack?: SlackConfig; // undefined when no Slack setting is present
  slackMissing: string[]; // names of missing Slack settings (for `npm start` guidance)
  redisUrl?: string;
  dataDir: string;
  caseTtlSeconds: number;
  aws: {
    accounts?: string;
    accountsFile?: string;
    orgRoleName?: string;
    externalId?: string;
    region: string;
    scanConcurrency: number;
    accountConcurrency: number;
    accountTimeoutMs: number;
    indexMaxAgeSeconds: number;
    cloudTrail: boolean;
    /** SDK attempts per call (retries with backoff and jitter on throttling). */
    maxAttempts?: number;
    retryMode?: 'standard' | 'adaptive';
    /** A key last used within this many days counts as recently used. */
    recentUseDays?: number;
    /** Issue 12 settings (see docs/aws/README.md). */
    iamRatePerSecond?: number;
    callTimeoutMs?: number;
    lookupWaitMs?: number;
    credentialReport?: boolean;
    refreshSeconds?: number;
    trailSyncSeconds?: number;
    /** Accounts one replica's refresher scans at once (0: all); replicas sharing the store take the rest. */
    refreshConcurrency?: number;
    /** An account's scan lease lapses this long after its holder stops renewing it (the replica died). */
    scanLeaseMs?: number;
    /** Scan worker threads; undefined: one per core beyond the first. */
    scanThreads?: number;
  };
  access: { users: string[]; userGroups: string[]; channels: string[] };
  logLevel: RawConfig['LOG_LEVEL'];
  /** On SIGTERM/SIGINT: how long in-flight handlers may take before the store is closed anyway. */
  drainMs: number;
  /** Socket Mode health endpoint port (HTTP mode serves /healthz on PORT); undefined when unset. */
  healthPort?: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

type Env = Record<string, string | undefined>;

/**
 * The Slack settings (`SLACK_*`, `SLACK_CLI_*` that `slack run` sets, `AWSKEY_SLACK_*`): only the bot reads them. A
 * command that never talks to Slack (`awskey chat`, `awskey lookup`) loads with `{ slack: false }`, so a `.env` written
 * for another bot, half a Slack configuration, neither stops it nor is checked (review 35 R35-2); a bad value of a
 * setting the command reads still stops it, named.
 */
const SLACK_SETTING = /^(?:AWSKEY_)?SLACK_/;
/** The bot's other own settings (who may use it, where it listens, its delivery lease): Slack's too (QA39 F4). */
const BOT_ONLY: ReadonlySet<string> = new Set(['PORT', 'HOST', 'AWSKEY_HEALTH_PORT', 'AWSKEY_DELIVERY_LEASE_SECONDS', 'AWSKEY_ALLOWED_USERS', 'AWSKEY_ALLOWED_USERGROUPS', 'AWSKEY_ALLOWED_CHANNELS']);

export function loadConfig(env: Env, options: { slack?: boolean } = {}): ConfigResult {
  if (options.slack === false) return loadConfig(Object.fromEntries(Object.entries(env).filter(([k]) => !SLACK_SETTING.test(k) && !BOT_ONLY.has(k))));
  // `slack run` (Slack CLI) provides tokens under its own names. Slack's tokens and secret never hold
  // white space: a secret file written with `echo` (a trailing newline) must not turn every
  // signature check into a 401 or every Web API call into invalid_auth.
  const merged: Env = {
    ...env,
    SLACK_BOT_TOKEN: (env.SLACK_BOT_TOKEN || env.SLACK_CLI_XOXB)?.trim(),
    SLACK_APP_TOKEN: (env.SLACK_APP_TOKEN || env.SLACK_CLI_XAPP)?.trim(),
    SLACK_SIGNING_SECRET: env.SLACK_SIGNING_SECRET?.trim(),
  };
  for (const k of Object.keys(merged)) if (merged[k] === '') merged[k] = undefined;
  // Every problem at once: schema issues, missing Slack settings and unreadable account ARNs together.
  const parsed = schema.safeParse(merged);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const mode = merged.SLACK_MODE === 'socket' || merged.SLACK_MODE === 'http' ? merged.SLACK_MODE : merged.SLACK_APP_TOKEN ? 'socket' : 'http';
  const slackMissing: string[] = [];
  if (!merged.SLACK_BOT_TOKEN) slackMissing.push('SLACK_BOT_TOKEN');
  if (mode === 'socket' && !merged.SLACK_APP_TOKEN) slackMissing.push('SLACK_APP_TOKEN');
  if (mode === 'http' && !merged.SLACK_SIGNING_SECRET) slackMissing.push('SLACK_SIGNING_SECRET');
  const anySlack = Boolean(merged.SLACK_BOT_TOKEN || merged.SLACK_APP_TOKEN || merged.SLACK_SIGNING_SECRET || merged.SLACK_MODE);
  if (anySlack) for (const name of slackMissing) problems.push(`${name}: required for Slack ${mode} mode`);
  // An unreadable entry is quoted so it can be found, but a secret put there by mistake is not.
  if (merged.AWSKEY_ACCOUNTS) problems.push(...parseAccountsSetting(merged.AWSKEY_ACCOUNTS).problems.map((p) => redact(p).text));
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const c = parsed.data;
  const slack: SlackConfig | undefined =
    anySlack && c.SLACK_BOT_TOKEN
      ? {
          mode,
          botToken: c.SLACK_BOT_TOKEN,
          signingSecret: c.SLACK_SIGNING_SECRET,
          appToken: c.SLACK_APP_TOKEN,
          apiUrl: c.SLACK_API_URL,
          botUserId: c.SLACK_BOT_USER_ID,
          botId: c.SLACK_BOT_ID,
          port: c.PORT,
          host: c.HOST,
          webApi: { timeoutMs: c.AWSKEY_SLACK_TIMEOUT_SECONDS * 1000, retries: c.AWSKEY_SLACK_RETRIES },
          deliveryLeaseMs: c.AWSKEY_DELIVERY_LEASE_SECONDS * 1000,
          fileMaxBytes: c.AWSKEY_SLACK_FILE_MAX_MB * 1024 * 1024,
        }
      : undefined;
  return {
    ok: true,
    config: {
      slack,
      slackMissing,
      redisUrl: c.REDIS_URL,
      dataDir: c.AWSKEY_DATA_DIR,
      caseTtlSeconds: c.AWSKEY_CASE_TTL_DAYS * 86400,
      aws: {
        accounts: c.AWSKEY_ACCOUNTS,
        accountsFile: c.AWSKEY_ACCOUNTS_FILE,
        orgRoleName: c.AWSKEY_ORG_ROLE_NAME,
        externalId: c.AWSKEY_EXTERNAL_ID,
        region: c.AWSKEY_REGION,
        scanConcurrency: c.AWSKEY_SCAN_CONCURRENCY,
        accountConcurrency: c.AWSKEY_ACCOUNT_CONCURRENCY,
        accountTimeoutMs: c.AWSKEY_ACCOUNT_TIMEOUT_SECONDS * 1000,
        indexMaxAgeSeconds: c.AWSKEY_INDEX_MAX_AGE_SECONDS,
        cloudTrail: c.AWSKEY_CLOUDTRAIL === 'on',
        maxAttempts: c.AWSKEY_AWS_MAX_ATTEMPTS,
        retryMode: c.AWSKEY_AWS_RETRY_MODE,
        recentUseDays: c.AWSKEY_RECENT_USE_DAYS,
        iamRatePerSecond: c.AWSKEY_IAM_RATE,
        callTimeoutMs: c.AWSKEY_AWS_CALL_TIMEOUT_SECONDS * 1000,
        lookupWaitMs: c.AWSKEY_LOOKUP_WAIT_SECONDS * 1000,
        credentialReport: c.AWSKEY_CREDENTIAL_REPORT === 'on',
        refreshSeconds: c.AWSKEY_REFRESH_SECONDS,
        trailSyncSeconds: c.AWSKEY_TRAIL_SYNC_SECONDS,
        refreshConcurrency: c.AWSKEY_REFRESH_CONCURRENCY,
        scanLeaseMs: c.AWSKEY_SCAN_LEASE_SECONDS * 1000,
        ...(c.AWSKEY_SCAN_THREADS >= 0 ? { scanThreads: c.AWSKEY_SCAN_THREADS } : {}),
      },
      access: { users: c.AWSKEY_ALLOWED_USERS, userGroups: c.AWSKEY_ALLOWED_USERGROUPS, channels: c.AWSKEY_ALLOWED_CHANNELS },
      logLevel: c.LOG_LEVEL,
      drainMs: c.AWSKEY_DRAIN_SECONDS * 1000,
      ...(c.AWSKEY_HEALTH_PORT >= 0 ? { healthPort: c.AWSKEY_HEALTH_PORT } : {}),
    },
  };
}
