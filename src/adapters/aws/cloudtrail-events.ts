/**
 * Access-key events from CloudTrail event history (LookupEvents, us-east-1 for IAM). One lookup
 * attribute per request, so one query per event name, paced at 2 requests/second per account and
 * region (CloudTrail's documented limit). AccessDenied simply means no evidence.
 */
import { LookupEventsCommand, type LookupEventsCommandOutput } from '@aws-sdk/client-cloudtrail';
import type { AccountSpec } from '../../core/lookup/accounts';
import { KEY_EVENT_NAMES, toTrailRecord, type KeyEventName, type TrailRecord } from '../../core/lookup/trail-events';
import type { Outcome } from '../../usecases/scan-source';
import type { AccountClients } from './clients';
import { failureReason } from './iam-scan';
import { pacedCall, type CallPolicy } from './paced-call';
import { withSignal } from './sdk-send-path';
import type { AdaptiveBucket } from './rate-limiter';

/** CloudTrail's documented LookupEvents limit: 2 requests per second per account and region. */
export const LOOKUP_EVENTS_PER_SECOND = 2;
const MAX_PAGES_PER_EVENT = 20;

export async function readKeyEvents(
  account: AccountSpec,
  clients: AccountClients,
  opts: { since: Date; until: Date; signal: AbortSignal; bucket: AdaptiveBucket; policy: CallPolicy; eventNames?: readonly KeyEventName[] },
): Promise<Outcome<TrailRecord[]>> {
  const records: TrailRecord[] = [];
  try {
    for (const eventName of opts.eventNames ?? KEY_EVENT_NAMES) {
      let token: string | undefined;
      let pages = 0;
      do {
        const page: LookupEventsCommandOutput = await pacedCall('cloudtrail:LookupEvents', opts.bucket, opts.policy, { signal: opts.signal }, (signal) =>
          // The signal rides on the command (withSignal), so the client's cached middleware stack is used.
          clients.cloudTrail.send(
            withSignal(
              new LookupEventsCommand({
                LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: eventName }],
                StartTime: opts.since,
                EndTime: opts.until,
                MaxResults: 50,
                ...(token ? { NextToken: token } : {}),
              }),
              signal,
            ),
          ),
        );
        for (const e of page.Events ?? []) {
          const r = toTrailRecord(account.id, e.EventName ?? eventName, (e.EventTime ?? opts.until).toISOString(), e.CloudTrailEvent);
          if (r) records.push(r);
        }
        token = page.NextToken;
      } while (token && ++pages < MAX_PAGES_PER_EVENT);
    }
    return { ok: true, value: records };
  } catch (err) {
    return { ok: false, reason: failureReason(err) };
  }
}
