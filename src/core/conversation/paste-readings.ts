/**
 * Facts the conversation reads from a paste that the diagnosis does not report: the kind of
 * policy an AccessDenied names, the credential provider a tool says it used, whose account the
 * denied resource is in, the SAM CLI, and a session token set in a config. They complete the facts
 * answers and playbooks use, and spare questions the paste already answers.
 */
import { AUTH_PROVIDERS, AUTH_PROVIDER_LINE, DENY_KINDS } from '../knowledge';

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
/** A session-token setting with a value (env, ini, YAML, JSON or a header); an empty one is not set. */
const SESSION_TOKEN_SET = /\b(?:aws_session_token|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|X-Amz-Security-Token)\b["']?[ \t]{0,4}[=:][ \t]{0,4}(?!["']{2}|[ \t]*$)\S/m;
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
