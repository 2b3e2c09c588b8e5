/**
 * Facts the conversation reads from a paste that the diagnosis does not report: the kind of
 * policy an AccessDenied names, the credential provider a tool says it used, whose account the
 * denied resource is in, and the SAM CLI. They complete the facts answers and playbooks use.
 */
import { AUTH_PROVIDERS, AUTH_PROVIDER_LINE, DENY_KINDS } from '../knowledge';

export interface PasteReadings {
  denyKind?: string;
  /** The provider's name as the tool printed it ("EnvProvider") and the credential source it means. */
  authProvider?: { name: string; source: string };
  resourceAccount?: 'same' | 'other';
  tool?: string;
}

const DENIED_CALL = /\barn:aws[\w-]*:(?:iam|sts)::(\d{12}):\S+ is not authorized to perform:? \S+ on resource:? "?arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12})?:/;
const SAM = /\bsam (?:deploy|build|local|sync|validate)\b|\bsamcli\b|aws-sam-cli/i;
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
  return out;
}

export const PASTE_READING_PATTERNS: RegExp[] = [DENIED_CALL, SAM];
