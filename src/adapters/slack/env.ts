/** What every listener receives: the ports, the metrics and the Slack-side helpers built once. */
import type { Metrics } from '../metrics/metrics';
import type { AuditLog, CaseStore, Clock, KeyDirectory, KeyValueStore, Logger } from '../../usecases/ports';
import type { AccessPolicy } from './access';
import type { DeliveryClaims } from './dedupe';

export interface SlackAppDeps {
  logger: Logger;
  /** Shared store: de-duplication, shared lookup results (and cases, through `cases`). */
  kv: KeyValueStore;
  cases: CaseStore;
  clock: Clock;
  metrics: Metrics;
  /** Absent when no AWS accounts are configured: /awskey then explains how to set lookups up. */
  keyDirectory?: KeyDirectory;
  /** Number of configured accounts, for the "Looking up … across N accounts" acknowledgement. */
  accountCount?: number;
}

export interface ListenerEnv extends SlackAppDeps {
  access: AccessPolicy;
  /** At-least-once, answered-once claims on deliveries and messages (leases in the shared store). */
  claims: DeliveryClaims;
  /** Refused lookups and shares are audited like the lookups themselves. */
  audit: AuditLog;
  botToken: string;
  fileHosts: Set<string>;
  /** Shared files longer than this are not downloaded (AWSKEY_SLACK_FILE_MAX_MB). */
  fileMaxBytes: number;
}
