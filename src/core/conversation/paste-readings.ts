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
/** SDK code names it `sessionToken` (JS, Java) or `SessionToken` (Go, .NET). */
const SESSION_TOKEN_SET = /\b(?:aws_session_token|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|X-Amz-Security-Token|[sS]essionToken)\b["']?[ \t]{0,4}[=:][ \t]{0,4}(?!["']{2}|[ \t]*$)\S/m;
/** Terraform's provider block: a bare `token = "…"` is the session token when the block sets `access_key` too. */
const TERRAFORM_TOKEN = /^[ \t]{0,8}token[ \t]{0,8}=[ \t]{0,8}"[^"\s]/m;
const TERRAFORM_KEY = /^[ \t]{0,8}access_key[ \t]{0,8}=/m;
/** The container / instance credentials endpoint's JSON names the token `Token`; `aws configure set` writes one. */
const CREDENTIALS_JSON_TOKEN = /"AccessKeyId"\s{0,3}:[^}]{0,400}"Token"\s{0,3}:\s{0,3}"[^"\s]/;
const CONFIGURE_SET_TOKEN = /\baws configure set (?:aws_session_token|[\w-]{1,40}\.aws_session_token)[ \t]{1,4}\S/;
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
  const tokenSet = SESSION_TOKEN_SET.test(text) || CREDENTIALS_JSON_TOKEN.test(text) || CONFIGURE_SET_TOKEN.test(text) || (TERRAFORM_TOKEN.test(text) && TERRAFORM_KEY.test(text));
  if (tokenSet) out.sessionTokenSet = true;
  return out;
}

export const PASTE_READING_PATTERNS: RegExp[] = [DENIED_CALL, SAM, SESSION_TOKEN_SET, TERRAFORM_TOKEN, TERRAFORM_KEY, CREDENTIALS_JSON_TOKEN, CONFIGURE_SET_TOKEN];
