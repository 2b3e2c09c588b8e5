/**
 * SDK clients per (account, region). Base credentials come from the SDK's default chain; each
 * account is reached by AssumeRole (role chaining from the base identity). Endpoints are never
 * set here: AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS, _IAM, _CLOUDTRAIL ... are honoured by the SDK.
 */
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { AccountSpec } from '../../core/lookup/accounts';
import { credentialReportShortcut, endpointFromEnv, leanSendPath, SignalCarryingHandler, withSignal } from './sdk-send-path';

export interface ClientSettings {
  region: string;
  /** SDK attempts for Organizations only: IAM, STS and CloudTrail calls are retried by pacedCall. */
  maxAttempts: number;
  retryMode: 'standard' | 'adaptive';
  /** Session name shown in the accounts' CloudTrail for every call awskey makes. */
  sessionName?: string;
}

/** IAM and STS global events are recorded in us-east-1 (CloudTrail event history). */
export const GLOBAL_EVENTS_REGION = 'us-east-1';
const REFRESH_MARGIN_MS = 5 * 60_000;
/** Sockets per AWS host for the whole process (above the 64 calls key-source lets fly at once). */
const MAX_SOCKETS = 128;

export interface AccountClients {
  /** Assume the account's role now (so a denial is reported as such); later calls reuse the session. */
  credentials(signal?: AbortSignal): Promise<AwsCredentialIdentity>;
  iam: IAMClient;
  cloudTrail: CloudTrailClient;
}

export interface AwsClients {
  baseSts(): STSClient;
  organizations(): OrganizationsClient;
  forAccount(account: AccountSpec): AccountClients;
  destroy(): void;
}

export function createAwsClients(settings: ClientSettings): AwsClients {
  // One SDK attempt per call: awskey paces each account itself and retries in pacedCall, where a
  // timeout can abort the call. The SDK's adaptive mode would add a client-wide sleep that ignores
  // the abort signal (one client serves every account's AssumeRole).
  // One keep-alive socket pool for every client: all accounts talk to the same IAM/STS hosts, so
  // sockets (and TLS sessions) are shared instead of a pool per account (memory, handshakes).
  const agents = { httpAgent: new HttpAgent({ keepAlive: true, maxSockets: MAX_SOCKETS }), httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: MAX_SOCKETS }) };
  // One HTTP handler for every client; the send path is trimmed for many small calls (sdk-send-path).
  const requestHandler = new SignalCarryingHandler(agents);
  const common = { maxAttempts: 1, retryMode: 'standard', requestHandler, cacheMiddleware: true };
  const endpoint = (serviceId: string) => {
    const url = endpointFromEnv(serviceId);
    return url ? { endpoint: url } : {};
  };
  const stsByRegion = new Map<string, STSClient>();
  const accounts = new Map<string, AccountClients>();
  let orgs: OrganizationsClient | undefined;
  const destroyables: { destroy(): void }[] = [];
  const keep = <T extends { destroy(): void }>(c: T): T => (destroyables.push(c), c);

  const sts = (region: string) => {
    let c = stsByRegion.get(region);
    if (!c) stsByRegion.set(region, (c = keep(leanSendPath(new STSClient({ ...common, ...endpoint('STS'), region })))));
    return c;
  };

  const makeAccount = (account: AccountSpec): AccountClients => {
    const region = account.region ?? settings.region;
    let session: AwsCredentialIdentity | undefined;
    let pending: Promise<AwsCredentialIdentity> | undefined;
    const assume = async (signal?: AbortSignal): Promise<AwsCredentialIdentity> => {
      const out = await sts(region).send(
        withSignal(
          new AssumeRoleCommand({
            RoleArn: account.roleArn,
            RoleSessionName: settings.sessionName ?? 'awskey-lookup',
            DurationSeconds: 3600,
            ...(account.externalId ? { ExternalId: account.externalId } : {}),
          }),
          signal,
        ),
      );
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw Object.assign(new Error('AssumeRole returned no credentials'), { name: 'InvalidResponse' });
      return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
    };
    const credentials = (signal?: AbortSignal): Promise<AwsCredentialIdentity> => {
      if (session && (!session.expiration || session.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS)) return Promise.resolve(session);
      pending ??= assume(signal).then(
        (s) => ((session = s), (pending = undefined), s),
        (err: unknown) => {
          pending = undefined;
          throw err;
        },
      );
      return pending;
    };
    const provider = () => credentials();
    return {
      credentials,
      iam: keep(credentialReportShortcut(leanSendPath(new IAMClient({ ...common, ...endpoint('IAM'), region, credentials: provider })))),
      cloudTrail: keep(leanSendPath(new CloudTrailClient({ ...common, ...endpoint('CloudTrail'), region: GLOBAL_EVENTS_REGION, credentials: provider }))),
    };
  };

  return {
    baseSts: () => sts(settings.region),
    organizations: () => (orgs ??= keep(new OrganizationsClient({ maxAttempts: settings.maxAttempts, retryMode: settings.retryMode, region: settings.region, requestHandler }))),
    forAccount(account) {
      const key = `${account.id}|${account.roleArn}|${account.region ?? ''}`;
      let c = accounts.get(key);
      if (!c) accounts.set(key, (c = makeAccount(account)));
      return c;
    },
    destroy() {
      for (const c of destroyables.splice(0)) c.destroy();
      requestHandler.destroy();
      accounts.clear();
      stsByRegion.clear();
      orgs = undefined;
    },
  };
}
