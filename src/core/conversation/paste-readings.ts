/**
 * Facts the conversation reads from a paste that the diagnosis does not report: the kind of
 * policy an AccessDenied names, the credential provider a tool says it used, whose account the
 * denied resource is in, the SAM CLI, and a session token set in a config. They complete the facts
 * answers and playbooks use, and spare questions the paste already answers (with diagnose's `facts.shown`).
 */
import { sessionTokenToIam } from '../extract/session-token-iam';
import { SESSION_TOKEN_NAMES } from '../extract/token-names';
import { AUTH_PROVIDERS, AUTH_PROVIDER_LINE, DENY_KINDS } from '../knowledge';
import type { Turn } from './turn';
import { earliestTimestamp } from './timestamps';

export interface PasteReadings {
  denyKind?: string;
  /** `no`: the tool says the caller's account is not the one allowed (Terraform's `allowed_account_ids`). */
  callerExpected?: 'no';
  /** The provider's name as the tool printed it ("EnvProvider") and the credential source it means. */
  authProvider?: { name: string; source: string };
  resourceAccount?: 'same' | 'other';
  tool?: string;
  /** A session token is given a value next to the key (`AWS_SESSION_TOKEN: ((env:session_token))` in a pipeline's YAML). */
  sessionTokenSet?: true;
  /** A pasted trust policy whose `StringEquals` gives a `…:sub` a wildcard, which it compares literally. */
  trustPolicy?: 'stringequals-wildcard';
  /** The words tie the failure to the one-hour mark of a run ("the run goes for an hour then blows up"). */
  sessionOutlived?: 'hour';
}

/**
 * "arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: s3:GetObject on resource:
 * arn:aws:s3:::bucket/key": whose account is denied, and whose resource. Read in two parts: the call (from " is not
 * authorized" to the resource ARN's start, then its account), then the caller's ARN in the run of non-space characters before it.
 * As one regex (`\barn:aws…:(\d{12}):\S+ is not authorized…`) each ARN start read its run to the end (a run of
 * repeated "arn:aws:iam::111122223333:" was quadratic) and recheck could not decide it.
 */
const DENIED_CALL = / is not authorized to perform:? \S+ on resource:? "?arn:aws[\w-]*:/g;
/** The resource ARN's service, region and account (none for S3's): read sticky after DENIED_CALL, a part the checker proves. */
const RESOURCE_ACCOUNT = /[\w-]+:[\w-]*:(\d{12})?:/y;
/** The caller's ARN up to its account: the leftmost one in the run, followed by at least one character of the name. */
const CALLER_ARN = /\barn:aws[\w-]*:(?:iam|sts)::(\d{12}):/;

/** The caller's and the resource's accounts of the first denied call whose caller is an ARN. */
export function deniedCall(text: string): { caller: string; resource: string | undefined } | undefined {
  for (const call of text.matchAll(DENIED_CALL)) {
    RESOURCE_ACCOUNT.lastIndex = call.index + call[0].length;
    const resource = RESOURCE_ACCOUNT.exec(text);
    if (!resource) continue;
    const end = call.index;
    let start = end;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    // The run starts after a space (or the text's start), so the run read alone has the same word boundary at its start.
    const caller = CALLER_ARN.exec(text.slice(start, end));
    if (caller && caller.index + caller[0].length < end - start) return { caller: caller[1]!, resource: resource[1] };
  }
  return undefined;
}
/**
 * Terraform's AWS provider: "AWS account ID not allowed: <account>" (hashicorp/terraform-provider-aws, the
 * allowed_account_ids / forbidden_account_ids check; tf.account-not-allowed in rules/catalogue/terraform.ts): the
 * caller was accepted and is not the identity meant, so the endpoint and the key's kind are not in question (qa36 F8).
 */
const ACCOUNT_REFUSED = /\bAWS account ID not allowed: \d{12}\b/;
const SAM = /\bsam (?:deploy|build|local|sync|validate)\b|\bsamcli\b|aws-sam-cli/i;
/** A session-token setting with a value (env, ini, YAML, JSON, a header or an SDK argument); an empty or null one is not set. */
// (An empty value needs no `(?![ \t]*$)`: the `\S` that must follow the spaces is no line's end.)
const SESSION_TOKEN_SET = new RegExp(`\\b(?:${SESSION_TOKEN_NAMES})\\b["']?[ \\t]{0,4}[=:][ \\t]{0,16}(?!["']{2}|(?:null|None|nil|undefined)\\b)\\S`, 'm');
/**
 * A trust policy's `"StringEquals": { "<issuer>:sub": "repo:org/*" }`: StringEquals takes `*` and `?` as themselves, so no
 * token's `sub` matches and every AssumeRoleWithWebIdentity is refused; StringLike expands them (IAM condition operators;
 * aws-actions/configure-aws-credentials#1137, qa37 F7). The block's first `:sub` and the first value after it are read.
 */
const STRING_EQUALS_WILDCARD_SUB = /"StringEquals"\s{0,20}:\s{0,20}\{[^{}]{0,600}?:sub"\s{0,20}:\s{0,20}\[?\s{0,20}"[^"*?\n]{0,200}[*?]/;
/**
 * A run that fails at the one-hour mark ("at an hour the run blows up", "fails after 1 hour", "when it hits the 60 minute
 * mark"): a role session lasts one hour unless asked for longer (STS AssumeRole, DurationSeconds), so the job outlived it
 * (qa37 F16; the same words rank it in extract/context-hints.ts hint.expired).
 */
const HOUR_MARK = /\b(?:after|at|past|hits?|hitting|reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|longer than|more than|over)\s(?:the\s|about\s|exactly\s)?(?:an?|one|1)[ -]h(?:ours?|rs?)\b|\b60[ -]min(?:ute)?s? mark\b/i;
const MAX_READ = 200_000;

export function readPaste(raw: string): PasteReadings {
  const text = raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw;
  const out: PasteReadings = {};
  const deny = DENY_KINDS.find((k) => k.re.test(text));
  if (deny) out.denyKind = deny.kind;
  // IAM's refusal of a GetSessionToken session without MFA reads as an invalid token, no policy named (QA37 F14).
  else if (sessionTokenToIam(text) !== undefined) out.denyKind = 'session-token-no-mfa';
  if (ACCOUNT_REFUSED.test(text)) out.callerExpected = 'no';
  const provider = AUTH_PROVIDER_LINE.exec(text)?.[1];
  const source = provider ? AUTH_PROVIDERS[provider] : undefined;
  if (provider && source) out.authProvider = { name: provider, source };
  const call = deniedCall(text);
  if (call?.resource) out.resourceAccount = call.caller === call.resource ? 'same' : 'other';
  if (SAM.test(text)) out.tool = 'sam';
  if (SESSION_TOKEN_SET.test(text)) out.sessionTokenSet = true;
  if (STRING_EQUALS_WILDCARD_SUB.test(text)) out.trustPolicy = 'stringequals-wildcard';
  if (HOUR_MARK.test(text)) out.sessionOutlived = 'hour';
  return out;
}

export const PASTE_READING_PATTERNS: RegExp[] = [DENIED_CALL, RESOURCE_ACCOUNT, CALLER_ARN, ACCOUNT_REFUSED, SAM, SESSION_TOKEN_SET, STRING_EQUALS_WILDCARD_SUB, HOUR_MARK];

/** What diagnose does not report (the deny kind, the provider a tool used, whose resource): kept as facts of the case. */
export function takeReadings(t: Turn, text: string): void {
  const { sc } = t;
  const r = readPaste(text);
  const set = (fact: string, value: string | undefined) => {
    if (value !== undefined && sc.implied[fact] === undefined) sc.implied[fact] = value;
  };
  set('denyKind', r.denyKind);
  set('callerExpected', r.callerExpected);
  set('resourceAccount', r.resourceAccount);
  set('tool', r.tool);
  set('trustPolicy', r.trustPolicy);
  set('sessionOutlived', r.sessionOutlived);
  // Only the playbooks and the questions use it: the belief stays diagnose's reading of the text.
  // An `aws login` session shown (its `login_session` key, the CLI asking for `aws login` again): its own fix, not SSO's
  // (knowledge/playbooks/login.ts); the belief keeps diagnose's weighing of the shown answer.
  if ((t.s.facts.shown ?? []).some((a) => a.probe === 'sign-in' && a.choice === 'login')) set('signIn', 'login');
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
