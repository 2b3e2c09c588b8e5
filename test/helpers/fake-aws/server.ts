/**
 * A local AWS endpoint on 127.0.0.1 for tests and benchmarks: STS and IAM (Query protocol, XML
 * answers and XML error bodies, IsTruncated/Marker pagination) and CloudTrail + Organizations
 * (JSON 1.1). AssumeRole hands out session keys; the key a later request is signed with selects
 * the account it acts in. Every call is logged for assertions.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newFormatKeyId } from './ids';
import { credentialScope, epochSeconds, sendJson, sendJsonError, sendQueryError, sendQueryResult } from './protocol';
import { churn, type FakeAccount, type FakeWorld } from './world';

export interface FakeCall {
  service: string;
  action: string;
  accountId?: string;
  status: number;
  params: Record<string, string>;
  userAgent?: string;
  /** When the request arrived (performance.now() of the fake's process), for the bench's timeline. */
  at: number;
}

export interface FakeAws {
  url: string;
  world: FakeWorld;
  calls: FakeCall[];
  callsTo(action: string, accountId?: string): FakeCall[];
  /** Requests the fake is holding unanswered (hang faults) whose client has not gone away. */
  openHangs(): number;
  close(): Promise<void>;
}

interface Session {
  accountId: string;
  secret: string;
  token: string;
  roleArn: string;
}

interface Ctx {
  world: FakeWorld;
  account?: FakeAccount;
  callerAccountId: string;
  callerArn: string;
  params: Record<string, string>;
  res: ServerResponse;
  hanging: Set<ServerResponse>;
  /** The request was held (holdFromUser) and is now released. */
  released?: boolean;
}

export async function startFakeAws(world: FakeWorld): Promise<FakeAws> {
  const sessions = new Map<string, Session>();
  const calls: FakeCall[] = [];
  const hanging = new Set<ServerResponse>();
  let sessionSerial = 0;
  // IAM's per-account request rate: a token bucket per account, a quarter second of burst.
  const buckets = new Map<string, { tokens: number; at: number }>();
  const allowIam = (account: FakeAccount): boolean => {
    const rate = account.iamRatePerSecond ?? world.iamRatePerSecond;
    if (!rate) return true;
    const burst = Math.max(1, rate / 4);
    const now = performance.now();
    const b = buckets.get(account.id) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rate);
    b.at = now;
    buckets.set(account.id, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };

  const server = createServer((req, res) => {
    const arrived = performance.now();
    const delay = world.latencyMs ? new Promise((r) => setTimeout(r, world.latencyMs)) : Promise.resolve();
    void Promise.all([readBody(req), delay]).then(([body]) => {
      if (req.url?.startsWith('/_fake/stats')) {
        // cpuMs: the serving process's CPU (the benchmark runs the fake in its own process).
        const cpu = process.cpuUsage();
        return sendJson(res, { calls: calls.length, byAction: countBy(calls), iamByAccount: iamByAccount(calls), iamThrottled: calls.filter((c) => c.service === 'iam' && c.status === 400).length, cpuMs: (cpu.user + cpu.system) / 1000 });
      }
      // Per account, each answered or refused request as [arrival ms, action, status] (the bench's timeline).
      if (req.url?.startsWith('/_fake/timeline')) return sendJson(res, { now: performance.now(), byAccount: timeline(calls) });
      if (req.url?.startsWith('/_fake/churn')) return sendJson(res, churn(world, Number(new URL(req.url, 'http://x').searchParams.get('fraction') ?? 0.01)));
      const { accessKeyId, service } = credentialScope(req.headers.authorization);
      const target = req.headers['x-amz-target'];
      const isJson = typeof target === 'string';
      // JSON 1.1 calls (CloudTrail, Organizations) keep their body whole, for tests that check what was asked.
      const params: Record<string, string> = isJson ? { body } : Object.fromEntries(new URLSearchParams(body));
      const action = isJson ? String(target).split('.').pop()! : (params.Action ?? '');
      const svc = service ?? (isJson ? 'json' : 'iam');
      const call: FakeCall = { service: svc, action, status: 200, params, userAgent: req.headers['user-agent'], at: arrived };
      calls.push(call);
      const reply = res.writeHead.bind(res);
      res.writeHead = ((status: number, ...rest: unknown[]) => {
        call.status = status;
        return (reply as (...a: unknown[]) => ServerResponse)(status, ...rest);
      }) as typeof res.writeHead;

      // Who is calling: the base identity or a session from AssumeRole.
      let callerAccountId: string;
      let callerArn: string;
      const session = accessKeyId ? sessions.get(accessKeyId) : undefined;
      if (accessKeyId === world.baseKeyId) {
        callerAccountId = world.baseAccountId;
        callerArn = `arn:aws:iam::${world.baseAccountId}:user/awskey`;
      } else if (session && req.headers['x-amz-security-token'] === session.token) {
        callerAccountId = session.accountId;
        callerArn = `arn:aws:sts::${session.accountId}:assumed-role/${session.roleArn.split('/').pop()}/awskey-lookup`;
      } else {
        const invalid = 'The security token included in the request is invalid.';
        return isJson ? sendJsonError(res, 400, 'UnrecognizedClientException', invalid) : sendQueryError(res, svc, 403, 'InvalidClientTokenId', invalid);
      }
      call.accountId = callerAccountId;
      const account = world.accounts.find((a) => a.id === callerAccountId);
      const ctx: Ctx = { world, account, callerAccountId, callerArn, params, res, hanging };

      if (svc === 'iam' && account && !allowIam(account)) {
        return sendQueryError(res, svc, 400, 'Throttling', 'Rate exceeded');
      }
      if (action === 'ListAccounts' && (world.throttleOrganizations ?? 0) > 0) {
        world.throttleOrganizations!--;
        return sendJsonError(res, 400, 'TooManyRequestsException', 'Rate exceeded');
      }
      const throttled = account?.throttle?.[action];
      if (throttled !== undefined && throttled > 0) {
        account!.throttle![action] = throttled - 1;
        return isJson ? sendJsonError(res, 400, 'ThrottlingException', 'Rate exceeded') : sendQueryError(res, svc, 400, 'Throttling', 'Rate exceeded');
      }
      if (isJson) return handleJson(ctx, action, body);
      if (svc === 'sts') return handleSts(ctx, action, sessions, () => ++sessionSerial);
      return handleIam(ctx, action);
    });
  });
  // Idle keep-alive sockets stay open longer than a slow scan, so clients never reuse a closed one.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    world,
    calls,
    callsTo: (action, accountId) => calls.filter((c) => c.action === action && (accountId === undefined || c.accountId === accountId)),
    openHangs: () => hanging.size,
    async close() {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function iamByAccount(calls: FakeCall[]): Record<string, number> {
  const out: Record<string, number> = {};
  // Answered calls only: the per-account API bound counts the work, not the refused attempts.
  for (const c of calls) if (c.service === 'iam' && c.accountId && c.status === 200) out[c.accountId] = (out[c.accountId] ?? 0) + 1;
  return out;
}

function timeline(calls: FakeCall[]): Record<string, [number, string, number][]> {
  const out: Record<string, [number, string, number][]> = {};
  for (const c of calls) {
    // AssumeRole is the base identity's call, made for the account its role is in.
    const id = c.action === 'AssumeRole' ? /^arn:aws:iam::(\d{12}):/.exec(c.params.RoleArn ?? '')?.[1] : c.accountId;
    if (id) (out[id] ??= []).push([Math.round(c.at), c.action, c.status]);
  }
  return out;
}

function countBy(calls: FakeCall[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of calls) out[c.action] = (out[c.action] ?? 0) + 1;
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function handleSts(ctx: Ctx, action: string, sessions: Map<string, Session>, nextSerial: () => number): void {
  const { res, params, world } = ctx;
  switch (action) {
    case 'AssumeRole': {
      const roleArn = params.RoleArn ?? '';
      const accountId = /^arn:aws:iam::(\d{12}):role\//.exec(roleArn)?.[1];
      const target = world.accounts.find((a) => a.id === accountId);
      if (target?.hangSts) {
        ctx.hanging.add(res);
        res.on('close', () => ctx.hanging.delete(res));
        return;
      }
      if (!target || target.denyAssumeRole) {
        return sendQueryError(res, 'sts', 403, 'AccessDenied', `User: ${ctx.callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
      }
      const serial = nextSerial();
      const keyId = newFormatKeyId('ASIA', target.id, serial);
      const session: Session = { accountId: target.id, secret: `fake-secret-${serial}`, token: `fake-session-token-${serial}`, roleArn };
      sessions.set(keyId, session);
      return sendQueryResult(res, 'sts', 'AssumeRole', {
        Credentials: { AccessKeyId: keyId, SecretAccessKey: session.secret, SessionToken: session.token, Expiration: new Date(Date.now() + 3600_000).toISOString() },
        AssumedRoleUser: { AssumedRoleId: `AROAFAKE${target.id}:${params.RoleSessionName ?? 'session'}`, Arn: `arn:aws:sts::${target.id}:assumed-role/${roleArn.split('/').pop()}/${params.RoleSessionName ?? 'session'}` },
      });
    }
    case 'GetCallerIdentity':
      return sendQueryResult(res, 'sts', 'GetCallerIdentity', { UserId: 'AIDAFAKEBASEUSER', Account: ctx.callerAccountId, Arn: ctx.callerArn });
    case 'GetAccessKeyInfo': {
      const id = params.AccessKeyId ?? '';
      const owner = world.accounts.find((a) => a.users.some((u) => u.keys.some((k) => k.id === id)));
      if (!owner) return sendQueryError(res, 'sts', 400, 'InvalidParameterValue', 'The access key ID is not valid.');
      return sendQueryResult(res, 'sts', 'GetAccessKeyInfo', { Account: owner.id });
    }
    default:
      return sendQueryError(res, 'sts', 400, 'InvalidAction', `Could not find operation ${action} for version 2011-06-15`);
  }
}

function handleIam(ctx: Ctx, action: string): void {
  const { res, params, account } = ctx;
  if (!account) return sendQueryError(res, 'iam', 403, 'AccessDenied', `User: ${ctx.callerArn} is not authorized to perform: iam:${action}`);
  const position = action === 'ListUsers' ? (params.Marker ? Number(Buffer.from(params.Marker, 'base64').toString('utf8')) : 0) : account.users.findIndex((u) => u.name === params.UserName);
  if (account.hang || (account.hangFromUser !== undefined && position >= account.hangFromUser)) {
    ctx.hanging.add(res);
    res.on('close', () => ctx.hanging.delete(res));
    return;
  }
  const held = account.holdFromUser;
  if (held && !ctx.released && position >= held.from) {
    void held.release.then(() => handleIam({ ...ctx, released: true }, action));
    return;
  }
  const userArn = (name: string) => `arn:aws:iam::${account.id}:user/${name}`;
  switch (action) {
    case 'ListUsers': {
      const max = Math.min(Number(params.MaxItems ?? 100), ctx.world.maxPageSize ?? 1000);
      const start = params.Marker ? Number(Buffer.from(params.Marker, 'base64').toString('utf8')) : 0;
      const page = account.users.slice(start, start + max);
      const more = start + max < account.users.length;
      return sendQueryResult(res, 'iam', 'ListUsers', {
        Users: page.map((u) => ({ Path: '/', UserName: u.name, UserId: `AIDAFAKE${account.id}${u.name.length}`, Arn: userArn(u.name), CreateDate: u.createDate })),
        IsTruncated: more,
        ...(more ? { Marker: Buffer.from(String(start + max)).toString('base64') } : {}),
      });
    }
    case 'ListAccessKeys': {
      const user = account.users.find((u) => u.name === params.UserName);
      if (!user) return sendQueryError(res, 'iam', 404, 'NoSuchEntity', `The user with name ${params.UserName} cannot be found.`);
      return sendQueryResult(res, 'iam', 'ListAccessKeys', {
        UserName: user.name,
        AccessKeyMetadata: user.keys.map((k) => ({ UserName: user.name, AccessKeyId: k.id, Status: k.status, CreateDate: k.createDate })),
        IsTruncated: false,
      });
    }
    case 'GetAccessKeyLastUsed': {
      const user = account.users.find((u) => u.keys.some((k) => k.id === params.AccessKeyId));
      const key = user?.keys.find((k) => k.id === params.AccessKeyId);
      if (!user || !key) return sendQueryError(res, 'iam', 403, 'AccessDenied', `User: ${ctx.callerArn} is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${params.AccessKeyId}`);
      const used = key.lastUsed ?? { service: 'N/A', region: 'N/A' };
      return sendQueryResult(res, 'iam', 'GetAccessKeyLastUsed', {
        UserName: user.name,
        AccessKeyLastUsed: { ...(used.date ? { LastUsedDate: used.date } : {}), ServiceName: used.service, Region: used.region },
      });
    }
    case 'GenerateCredentialReport': {
      if (account.denyCredentialReport) return sendQueryError(res, 'iam', 403, 'AccessDenied', `User: ${ctx.callerArn} is not authorized to perform: iam:GenerateCredentialReport`);
      const fresh = account.report && Date.now() - Date.parse(account.report.generatedAt) < 4 * 3600_000;
      if (!fresh) account.report = { generatedAt: new Date().toISOString(), csv: credentialReportCsv(account), readyAfterChecks: ctx.world.reportChecks ?? 1 };
      const report = account.report!;
      const state = report.readyAfterChecks > 0 ? (fresh ? 'INPROGRESS' : 'STARTED') : 'COMPLETE';
      if (report.readyAfterChecks > 0) report.readyAfterChecks--;
      return sendQueryResult(res, 'iam', 'GenerateCredentialReport', { State: state, ...(state === 'STARTED' ? { Description: 'No report exists. Starting a new report generation task' } : {}) });
    }
    case 'GetCredentialReport': {
      if (account.denyCredentialReport) return sendQueryError(res, 'iam', 403, 'AccessDenied', `User: ${ctx.callerArn} is not authorized to perform: iam:GetCredentialReport`);
      const report = account.report;
      if (!report) return sendQueryError(res, 'iam', 410, 'ReportNotPresent', 'Credential report not present. Call GenerateCredentialReport first.');
      if (report.readyAfterChecks > 0) return sendQueryError(res, 'iam', 404, 'ReportInProgress', 'Credential report is being generated.');
      return sendQueryResult(res, 'iam', 'GetCredentialReport', { Content: Buffer.from(report.csv).toString('base64'), ReportFormat: 'text/csv', GeneratedTime: report.generatedAt });
    }
    default:
      return sendQueryError(res, 'iam', 400, 'InvalidAction', `Could not find operation ${action} for version 2010-05-08`);
  }
}

function handleJson(ctx: Ctx, action: string, body: string): void {
  const { res, account, world } = ctx;
  const input = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
  switch (action) {
    case 'LookupEvents': {
      if (account?.hangCloudTrail) {
        ctx.hanging.add(res);
        res.on('close', () => ctx.hanging.delete(res));
        return;
      }
      if (!account || account.denyCloudTrail) {
        return sendJsonError(res, 400, 'AccessDeniedException', `User: ${ctx.callerArn} is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`);
      }
      const attrs = (input.LookupAttributes as { AttributeKey: string; AttributeValue: string }[] | undefined) ?? [];
      const byName = attrs.find((a) => a.AttributeKey === 'EventName')?.AttributeValue;
      const start = typeof input.StartTime === 'number' ? input.StartTime : 0;
      const events = (account.trail ?? []).filter((e) => (!byName || e.eventName === byName) && epochSeconds(e.eventTime) >= start);
      return sendJson(res, {
        Events: events.map((e, i) => ({
          EventId: `fake-event-${i}`,
          EventName: e.eventName,
          EventTime: epochSeconds(e.eventTime),
          EventSource: 'iam.amazonaws.com',
          Username: e.actorArn?.split('/').pop(),
          ReadOnly: 'false',
          CloudTrailEvent: JSON.stringify({
            eventVersion: '1.08',
            userIdentity: { type: 'IAMUser', arn: e.actorArn },
            eventTime: e.eventTime,
            eventSource: 'iam.amazonaws.com',
            eventName: e.eventName,
            awsRegion: 'us-east-1',
            requestParameters: e.eventName === 'CreateAccessKey' ? { userName: e.userName } : { userName: e.userName, accessKeyId: e.accessKeyId, ...(e.status ? { status: e.status } : {}) },
            responseElements: e.eventName === 'CreateAccessKey' ? { accessKey: { userName: e.userName, accessKeyId: e.accessKeyId, status: 'Active' } } : null,
          }),
        })),
      });
    }
    case 'ListAccounts':
      if (ctx.callerAccountId !== world.baseAccountId) return sendJsonError(res, 400, 'AccessDeniedException', 'You don\'t have permissions to access this resource.');
      return sendJson(res, {
        Accounts: world.accounts.map((a) => ({ Id: a.id, Arn: `arn:aws:organizations::${world.baseAccountId}:account/o-fake/${a.id}`, Name: a.name, Email: `${a.name}@example.com`, Status: 'ACTIVE', JoinedMethod: 'CREATED', JoinedTimestamp: 1_700_000_000 })),
      });
    default:
      return sendJsonError(res, 400, 'UnknownOperationException', `Unknown operation ${action}`);
  }
}

const REPORT_COLUMNS =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

/** The credential report as IAM writes it (a snapshot: users and keys made later are not in it). */
function credentialReportCsv(account: FakeAccount): string {
  const slot = (k: FakeAccount['users'][number]['keys'][number] | undefined) =>
    k ? [k.status === 'Active' ? 'true' : 'false', k.createDate, k.lastUsed?.date ?? 'N/A', k.lastUsed?.region ?? 'N/A', k.lastUsed?.service ?? 'N/A'] : ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const root = `<root_account>,arn:aws:iam::${account.id}:root,2020-01-01T00:00:00+00:00,not_supported,2026-01-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
  const rows = account.users.map((u) =>
    [u.name, `arn:aws:iam::${account.id}:user/${u.name}`, u.createDate, 'false', 'N/A', 'N/A', 'N/A', 'false', ...slot(u.keys[0]), ...slot(u.keys[1]), 'false', 'N/A', 'false', 'N/A'].join(','),
  );
  return [REPORT_COLUMNS, root, ...rows].join('\n');
}
