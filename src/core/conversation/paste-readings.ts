/**
 * Facts the conversation reads from a paste that the diagnosis does not report: the kind of
 * policy an AccessDenied names, the credential provider a tool says it used, whose account the
 * denied resource is in, the SAM CLI, and a session token set in a config. They complete the facts
 * answers and playbooks use, and spare questions the paste already answers (with diagnose's `facts.shown`).
 */
import { SESSION_TOKEN_NAMES } from '../extract/token-names';
import { AUTH_PROVIDERS, AUTH_PROVIDER_LINE, DENY_KINDS } from '../knowledge';
import type { Turn } from './turn';
import { earliestTimestamp } from './timestamps';

export interface PasteReadings {
  denyKind?: string;
  /** The provider's name as the tool printed it ("EnvProvider") and the credential source it means. */
  authProvider?: { name: string; source: string };
  resourceAccount?: 'same' | 'other';
  tool?: string;
  /** A session token is given a value next to the key (`AWS_SESSION_TOKEN: ((env:session_token))` in a pipeline's YAML). */
  sessionTokenSet?: true;
}

const DENIED_CALL = /\barn:aws[\w-]*:(?:iam|sts)::(\d{12}):\S+ is not authorized to perform:? \S+ on resource:? "?arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12})?:/;
const SAM = /\bsam (?:deploy|build|local|sync|validate)\b|\bsamcli\b|aws-sam-cli/i;
/** A session-token setting with a value (env, ini, YAML, JSON, a header or an SDK argument); an empty or null one is not set. */
const SESSION_TOKEN_SET = new RegExp(`\\b(?:${SESSION_TOKEN_NAMES})\\b["']?[ \\t]{0,4}[=:][ \\t]{0,16}(?!["']{2}|[ \\t]*$|(?:null|None|nil|undefined)\\b)\\S`, 'm');
const MAX_READ = 200_000;

export function readPaste(raw: string): PasteReadings {
  const text = raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw;
  const out: PasteReadings = {};
  const deny = DENY_KINDS.find((k) => k.re.test(text));
  if (deny) out.denyKind = deny.kind;
  const provider = AUTH_PROVIDER_LINE.exec(text)?.[1];
  const source = provider ? AUTH_PROVIDERS[provider] : undefined;
  if (provider && source) out.authProvider = { name: provider, source };
  const call = DENIED_CALL.exec(text);
  if (call?.[2]) out.resourceAccount = call[1] === call[2] ? 'same' : 'other';
  if (SAM.test(text)) out.tool = 'sam';
  if (SESSION_TOKEN_SET.test(text)) out.sessionTokenSet = true;
  return out;
}

export const PASTE_READING_PATTERNS: RegExp[] = [DENIED_CALL, SAM, SESSION_TOKEN_SET];

/** What diagnose does not report (the deny kind, the provider a tool used, whose resource): kept as facts of the case. */
export function takeReadings(t: Turn, text: string): void {
  const { sc } = t;
  const r = readPaste(text);
  const set = (fact: string, value: string | undefined) => {
    if (value !== undefined && sc.implied[fact] === undefined) sc.implied[fact] = value;
  };
  set('denyKind', r.denyKind);
  set('resourceAccount', r.resourceAccount);
  set('tool', r.tool);
  // Only the playbooks and the questions use it: the belief stays diagnose's reading of the text.
  set('authSource', r.authProvider ? `${r.authProvider.name} (${r.authProvider.source})` : undefined);
  // Shown, so not asked; diagnose's reading of the paste stays the evidence.
  const stated = (sc.statedInPastes ??= []);
  if (r.sessionTokenSet && !stated.includes('session-token')) stated.push('session-token');
  // A region of another partition or an opt-in one named anywhere in what was pasted (region-endpoint.ts
  // `regionTarget`), not only the first region diagnose keeps: the endpoint meant is shown.
  if (t.s.facts.regionTarget && !stated.includes('target')) stated.push('target');
  // What else the paste shows a question would ask (a masked key's prefix, an SSO profile, a CI
  // workspace path): diagnose read it (extract/shown-answers.ts) and weighed the choice it shows, so it
  // is in the belief's base already; here it is only not asked.
  for (const a of t.s.facts.shown ?? []) if (!stated.includes(a.probe)) stated.push(a.probe);
}

/** The earliest time the pasted logs show: when the incident started, for the summary. */
export function noteIncidentStart(t: Turn, text: string): void {
  const first = earliestTimestamp(text, t.clock);
  if (first && (!t.s.incidentStart || first < t.s.incidentStart)) t.s.incidentStart = first;
}
