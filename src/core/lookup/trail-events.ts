/**
 * CloudTrail access-key events reduced to what a lookup needs, and matched against a hint.
 * Records keep full key ids (ids are not secrets); what leaves the core is redacted.
 */
import { keyIdMatchesHint, maskKeyId, type ParsedKeyHint } from '../key-id';
import type { DeletionEvent, KeyMatch } from './types';

export const KEY_EVENT_NAMES = ['DeleteAccessKey', 'UpdateAccessKey', 'CreateAccessKey'] as const;
export type KeyEventName = (typeof KEY_EVENT_NAMES)[number];

export interface TrailRecord {
  accountId: string;
  eventName: KeyEventName;
  eventTime: string; // ISO
  accessKeyId?: string;
  userName?: string;
  actor?: string;
  status?: string;
}

interface CloudTrailEventJson {
  userIdentity?: { arn?: string; userName?: string; type?: string };
  requestParameters?: { accessKeyId?: string; userName?: string; status?: string } | null;
  responseElements?: { accessKey?: { accessKeyId?: string; userName?: string; status?: string } } | null;
}

function parseEvent(text: string | undefined): CloudTrailEventJson {
  try {
    return text ? (JSON.parse(text) as CloudTrailEventJson) : {};
  } catch {
    return {};
  }
}

/** Reads one LookupEvents entry (its CloudTrailEvent JSON text); undefined when it is not a key event. */
export function toTrailRecord(accountId: string, eventName: string, eventTime: string, cloudTrailEvent: string | undefined): TrailRecord | undefined {
  if (!(KEY_EVENT_NAMES as readonly string[]).includes(eventName)) return undefined;
  const body = parseEvent(cloudTrailEvent);
  const req = body.requestParameters ?? {};
  const created = body.responseElements?.accessKey;
  const accessKeyId = eventName === 'CreateAccessKey' ? created?.accessKeyId : req.accessKeyId;
  const userName = req.userName ?? created?.userName;
  const actor = body.userIdentity?.arn ?? body.userIdentity?.userName;
  const status = req.status ?? (eventName === 'CreateAccessKey' ? created?.status : undefined);
  return {
    accountId,
    eventName: eventName as KeyEventName,
    eventTime,
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(userName ? { userName } : {}),
    ...(actor ? { actor } : {}),
    ...(status ? { status } : {}),
  };
}

/** Events about keys that fit the hint, newest first, with the key id redacted. */
export function matchTrailRecords(records: TrailRecord[], hint: ParsedKeyHint): DeletionEvent[] {
  return records
    .filter((r) => r.accessKeyId !== undefined && keyIdMatchesHint(r.accessKeyId, hint))
    .sort((a, b) => b.eventTime.localeCompare(a.eventTime))
    .map((r) => ({
      accountId: r.accountId,
      eventName: r.eventName,
      eventTime: r.eventTime,
      ...(r.userName ? { userName: r.userName } : {}),
      ...(r.actor ? { actor: r.actor } : {}),
      accessKeyId: maskKeyId(r.accessKeyId!),
      ...(r.status ? { status: r.status } : {}),
    }));
}

/**
 * Keys fitting the hint that CloudTrail shows created and never deleted: when IAM does not list
 * such a key (yet), it is a key created moments ago (IAM is eventually consistent), not a missing one.
 */
export function pendingKeysFromTrail(records: TrailRecord[], hint: ParsedKeyHint): Omit<KeyMatch, 'accountName'>[] {
  const byKey = new Map<string, TrailRecord[]>();
  for (const r of records) {
    if (r.accessKeyId === undefined || !keyIdMatchesHint(r.accessKeyId, hint)) continue;
    const list = byKey.get(r.accessKeyId);
    if (list) list.push(r);
    else byKey.set(r.accessKeyId, [r]);
  }
  const out: Omit<KeyMatch, 'accountName'>[] = [];
  for (const [id, list] of byKey) {
    const created = list.find((r) => r.eventName === 'CreateAccessKey');
    if (!created || list.some((r) => r.eventName === 'DeleteAccessKey')) continue;
    const latestUpdate = list.filter((r) => r.eventName === 'UpdateAccessKey').sort((a, b) => b.eventTime.localeCompare(a.eventTime))[0];
    out.push({
      accountId: created.accountId,
      userName: created.userName ?? '?',
      accessKeyId: maskKeyId(id),
      status: latestUpdate?.status === 'Inactive' ? 'Inactive' : 'Active',
      createDate: created.eventTime,
      pending: true,
    });
  }
  return out;
}
