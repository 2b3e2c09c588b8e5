/**
 * diagnose(text, {now}) -> Diagnosis. Pure: no I/O, no clock reads (time is passed in).
 * normalise -> redact -> extract facts and signals -> rules (+ prose classifier) -> ranked causes.
 * Every string in the result comes from the redacted text, with access key ids masked to prefix + last 4.
 */
import { hintEvidence } from './classifier/hint-classifier';
import { isTalkLine } from './extract/code-named-in-talk';
import type { Diagnosis, Evidence, Facts, HiddenCharacter, Location, RankedCause } from './diagnosis';
import { addSignal, hasSignal } from './extract/draft';
import { looksLikeProse } from './extract/context-hints';
import { implausibleToken } from './extract/evidence-lines';
import { holdsKnownMessage } from './extract/messages';
import { saysCredentialsLapse } from './extract/lapse-cue';
import { AWS_SERVICES } from './extract/aws-services';
import { namesAwsCredentialObject } from './extract/credential-talk';
import { DELIBERATE_PATTERNS, badKeyOnPurposeLines } from './extract/deliberate-failure';
import { extractAll, isAuthCode } from './extract/index';
import { otherErrorCodes } from './extract/other-errors';
import { joinCutLines, UNWRAP_PATTERNS, unwrapLines } from './extract/unwrap';
import { PASTE_SHAPE_PATTERNS, readThroughShape } from './extract/paste-shape';
import { SIGNATURE_WORD, SIGNING_REQUEST_PATTERNS, signingBlamedOnRequest } from './extract/signing-request';
import { CHAIN_STEP_PATTERNS, chainStepIndexes, isChainStep } from './extract/chain-step';
import { OTHER_KUBE_LOGIN_PATTERNS, otherKubeLoginOnly } from './extract/other-kube-login';
import { NON_CREDENTIAL_KIND_PATTERNS, nonCredentialKind, type NonCredentialKind } from './rules/non-credential-kinds';
import { headAndTail, inputLineOf, type InputWindow } from './input-window';
import { toInputLines } from './input-lines';
import type { Draft, ExtractContext, Signal } from './extract/types';
import { meaningOf } from './meanings';
import { normalise, type FoundHiddenChar } from './normalise';
import { findShapedSecrets, maskKeyIds, redactFound, type FoundSecret } from './redact';
import { AUTHN_FAMILIES, CATALOGUE, CAUSE_RULES, FAMILIES, PROVIDER_SIGNALS, addContext } from './rules/index';
import { mentionsAws } from './extract/prose-report';
import { ON_COMPUTE } from './rules/rule-helpers';
import { indexSignals, scoreCauses, sortCauses } from './rules/score';
import { addShown, shownSignals } from './rules/shown-answers';
import { CAUSE_IDS } from './taxonomy';
import { endAtBoundary, MAX_QUOTE_CHARS } from './rules/clip-detail';

export interface DiagnoseOptions {
  /** The current time, used to judge credential expiry. Omit in tests that do not care. */
  now?: Date;
  /** For corpus scripts (scripts/corpus/rank-cases.ts): receives the signals the cause rules were evaluated on. */
  onSignals?: (signals: readonly Signal[]) => void;
  /** The input already read as its head and tail by the caller (a log too long to hold whole): `text` is its kept text. */
  window?: InputWindow;
  /**
   * Read the signals for onSignals even when the text fails the early gate (a case opened from a description:
   * "the PR check fails at the 1 hour mark" has no AWS word, yet its context hints are what it says). What
   * diagnose returns does not change: past the gate it is still the empty diagnosis.
   */
  signalsPastGate?: boolean;
}

const EXCERPT_CHARS = MAX_QUOTE_CHARS;
/** The classifier reads at most this much prose (people write a sentence or two). */
const MAX_PROSE_CHARS = 600;
/** Scores of causes when no credential error was found are damped to this fraction. */
const UNDETECTED_DAMPING = 0.2;

/**
 * Cheap first look for every Slack message: text with none of these words cannot hold an AWS
 * credential error. True does not mean detected; it means "worth a full diagnosis". AWS services are named without
 * "AWS" ("The CodeBuild PR check is failing when it hits the 1 hour mark"): the services prose-report reads as AWS
 * context (one list, aws-services.ts) pass the look too.
 */
const WORTH_A_LOOK = new RegExp(
  String.raw`aws|metadata|role found|akia|asia|credential|signature|token|unauthori[sz]ed|denied|authfailure|expir|x-amz|arn:|amazonaws|imds|\bsso\b|profile|access_key|secret|localstack|kubectl|boto|terraform|accesskey|assum|\bcreds\b|\blog ?in|web.?identity|\birsa\b|sigv4|role.?arn|\boidc\b|\bmfa\b|kube2iam|\bkiam\b|fromini|fromsso|withsharedconfig|serverless|\bcdk\b|exception|not authorized|logged in|region|\berror|<Code>|skew|principal|kubernetes|permission|access key|circleci|\.keys: no such|forbidden|\b403\b|\b${AWS_SERVICES}\b`,
  'i',
);

export function mightBeAwsCredentialText(text: string): boolean {
  return WORTH_A_LOOK.test(text) || holdsKnownMessage(text) || namesAwsCredentialObject(text);
}

const CREDENTIAL_LINE = /AKIA|ASIA|aws_|AWS_|access.?key|secret|token|\[REDACTED|KeyId/i;
/**
 * What stands right before a hidden character that sits in a credential: a credential's name (the
 * character in `AWS_ACCESS_KEY_ID` or before its `=`), its label and the value so far
 * (`aws_secret_access_key = wJal…`), or a key id so far. The words of an error line
 * ("The security token included in the request is invalid") put none of these before it.
 */
const CREDENTIAL_BEFORE = /(?:\baws_\w{0,40}|(?:key|secret|token|KeyId|password)[\w-]{0,30}["']?\s{0,4}[:=]\s{0,4}["']?[^\s"',]{0,120}|(?:AKIA|ASIA)[A-Z0-9]{0,16})$/i;

/** A credential value right after or right before a typographic quote (hiddenFacts): a redacted secret or a key id. */
const VALUE_AFTER_QUOTE = /^(?:\[REDACTED|AKIA|ASIA)/;
const VALUE_BEFORE_QUOTE = /(?:\[REDACTED:[a-z-]{1,40}\]|(?:AKIA|ASIA)[A-Z0-9]{16})$/;

/** The regexes this module runs itself, for the ReDoS check. */
export const DIAGNOSE_PATTERNS: RegExp[] = [...DELIBERATE_PATTERNS, WORTH_A_LOOK, CREDENTIAL_LINE, CREDENTIAL_BEFORE, VALUE_AFTER_QUOTE, VALUE_BEFORE_QUOTE, ...UNWRAP_PATTERNS, ...PASTE_SHAPE_PATTERNS, ...SIGNING_REQUEST_PATTERNS, ...CHAIN_STEP_PATTERNS, ...OTHER_KUBE_LOGIN_PATTERNS, ...NON_CREDENTIAL_KIND_PATTERNS];

/** `text` is `lines` joined with "\n" (the caller split it), passed to save a copy of a long paste. */
function makeContext(text: string, lines: string[], now: Date | undefined, records?: ReadonlySet<number>): ExtractContext {
  // One slot per line (extractors ask for the location of nearly every line of an env dump: a Map of them cost more).
  const cache = new Array<Location | undefined>(lines.length + 1);
  const starts = new Int32Array(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length + 1;
  }
  // A line pasted again (a repeated log record, the same sentence twice) reads the same as its first copy: the first
  // line of the same text and record-ness (a log record is never the poster's prose), found once per text. Every reader
  // that skips a line already read asks this one memo (repeats, isProse, the hints' sayings).
  let first: Int32Array | undefined;
  const firstCopy = (index: number): number => {
    if (!first) {
      first = new Int32Array(lines.length);
      const seen = new Map<string, number>();
      const seenRecord = new Map<string, number>();
      const record = records && records.size > 0 ? records : undefined;
      for (let i = 0; i < lines.length; i++) {
        const at = record?.has(i) ? seenRecord : seen;
        const j = at.get(lines[i]!);
        if (j === undefined) at.set(lines[i]!, i);
        first[i] = j ?? i;
      }
    }
    return first[index]!;
  };
  // 0: not yet read, 1: not prose, 2: prose (several extractors and the hints ask about the same lines); kept at the first copy.
  const prose = new Uint8Array(lines.length);
  const ctx: ExtractContext = {
    lines,
    text,
    lower: text.toLowerCase(),
    lineOf(at: number): number {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
    // Excerpts are filled in later (fillExcerpts), only for the locations that reach the result.
    loc(line: number): Location {
      let l = cache[line];
      if (!l) {
        l = { line, excerpt: '' };
        cache[line] = l;
      }
      return l;
    },
    isProse(index: number): boolean {
      // A log record (its time or level prefix taken off by paste-shape.ts) is a program's words, not the poster's.
      if (records?.has(index)) return false;
      const j = firstCopy(index);
      if (prose[j] === 0) prose[j] = looksLikeProse(lines[j]!) ? 2 : 1;
      return prose[j] === 2;
    },
    repeats: (index: number): boolean => firstCopy(index) !== index,
  };
  if (now) ctx.now = now;
  return ctx;
}

/** The first `max` characters of redacted text, never ending inside a `[REDACTED:kind]` marker. */
function cutRedacted(text: string, max: number): string {
  if (text.length <= max) return text;
  const open = text.lastIndexOf('[REDACTED:', max);
  const close = open < 0 ? -1 : text.indexOf(']', open);
  return open >= 0 && close >= max ? text.slice(0, open) : text.slice(0, max);
}

/** Excerpts are cut from the redacted line (never from the pasted text). */
function excerptOf(lines: readonly string[], line: number): string {
  const trimmed = (lines[line - 1] ?? '').trim();
  const masked = maskKeyIds(cutRedacted(trimmed, EXCERPT_CHARS + 40));
  const head = cutRedacted(masked, EXCERPT_CHARS);
  return head.length < masked.length ? endAtBoundary(head) : head;
}

/** Give every location that can reach the result its (redacted, masked) excerpt. */
function fillExcerpts(lines: readonly string[], draft: Draft): void {
  const fill = (l: Location | undefined): void => {
    if (l && l.excerpt === '') l.excerpt = excerptOf(lines, l.line);
  };
  for (const s of draft.signals) fill(s.at);
  for (const l of Object.values(draft.facts.locations)) fill(l);
  for (const k of draft.facts.keyIds) fill(k.at);
  for (const h of draft.facts.hiddenCharacters ?? []) fill(h.at);
}

/**
 * Whether a typographic quote on the line opens or closes a credential value: right before a redacted secret or a key id,
 * or right after one (`“[REDACTED:secret-access-key]”`, `‘AKIA…’`). A quoted word elsewhere on the line is prose.
 */
function quotesCredential(line: string, quote: string): boolean {
  // Gone from the line: the redaction took it with the secret it wrapped (`AWS_SECRET_ACCESS_KEY=‘…’` in a .env).
  if (!line.includes(quote)) return CREDENTIAL_LINE.test(line) && line.includes('[REDACTED');
  for (let i = line.indexOf(quote); i !== -1; i = line.indexOf(quote, i + 1)) {
    if (VALUE_AFTER_QUOTE.test(line.slice(i + quote.length, i + quote.length + 10)) || VALUE_BEFORE_QUOTE.test(line.slice(Math.max(0, i - 60), i))) return true;
  }
  return false;
}

function hiddenFacts(ctx: ExtractContext, draft: Draft, hidden: FoundHiddenChar[], inputLine: (line: number) => number): void {
  if (hidden.length === 0) return;
  // A line joined onto the one before (extract/unwrap.ts: "export A=…" then "export B=…") is left blank: its characters
  // now sit at the end of that line, past the columns normalise counted. Only a quote tells: it stays in the text, so its
  // line is blank only when joined (a line that held nothing but a zero-width character is blank too).
  const ownerLine = (h: FoundHiddenChar): number => {
    if (!h.quote) return h.line;
    for (let n = h.line; n >= 1 && n > h.line - 8; n--) if ((ctx.lines[n - 1] ?? '') !== '') return n;
    return h.line;
  };
  const inCredential = (h: FoundHiddenChar): boolean => {
    const own = ownerLine(h);
    const line = ctx.lines[own - 1] ?? '';
    if (h.quote) return quotesCredential(line, h.quote);
    // A secret removed from the line moved its columns: a hidden character there counts as inside it.
    return CREDENTIAL_LINE.test(line) && (line.includes('[REDACTED') || (own === h.line && CREDENTIAL_BEFORE.test(line.slice(Math.max(0, h.column - 201), h.column - 1))));
  };
  // A no-break space between words is the page it was copied from, not a trap: only one in a credential counts.
  // Nor a typographic quote around a word of prose: only one around a credential value (QA39 F11).
  const found = hidden.filter((h) => !(h.oddSpace || h.quote) || inCredential(h));
  if (found.length === 0) return;
  const list: HiddenCharacter[] = found.map((h) => ({ codePoint: h.codePoint, name: h.name, at: ctx.loc(ownerLine(h)), ...(inCredential(h) ? { inCredential: true as const } : {}) }));
  draft.facts.hiddenCharacters = list;
  draft.facts.locations.hiddenCharacters = list[0]!.at;
  const describe = (h: FoundHiddenChar): string => `${h.codePoint} ${h.name}, line ${inputLine(h.line)} column ${h.column}`;
  // Elsewhere (a blank line, the error code, prose) it is the page the text was copied from: listed, never a cause (QA37 F8).
  const first = found.find(inCredential);
  if (first) addSignal(draft, 'hidden.in-credential', ctx.loc(ownerLine(first)), describe(first));
}

/** The families each signal id belongs to (a family's members are never families themselves). */
const FAMILIES_OF = new Map<string, string[]>();
for (const [family, members] of Object.entries(FAMILIES)) for (const id of new Set(members)) FAMILIES_OF.set(id, [...(FAMILIES_OF.get(id) ?? []), family]);

/**
 * The metadata-service failures an SDK reports as the last link of its chain: the generic signals, Go v1's code
 * and the catalogue's entries marked `imds` (without them a Go v1, .NET or Kotlin chain never got the last-resort signal).
 */
const IMDS_ONLY = new Set(['msg.imds-no-role', 'msg.imds-unreachable', 'code.EC2RoleRequestError', ...CATALOGUE.filter((e) => e.imds).map((e) => `cat.${e.id}`)]);
/** The catalogue's lines that are a whole default chain's report, naming only the metadata service it tried last (`chainReport`). */
const CHAIN_REPORTS = new Set(CATALOGUE.filter((e) => e.chainReport).map((e) => `cat.${e.id}`));

/** AWS's own answers to a signed request it rejected (the codes of the service-side authentication and denial families). */
const SERVICE_REJECTIONS = new Set(['fam.unknown-key', 'fam.authfailure', 'fam.signature', 'fam.skew', 'fam.request-expired', 'fam.expired', 'fam.authz']
  .flatMap((f) => FAMILIES[f] ?? []).filter((id) => id.startsWith('code.')));

/** Signals computed from other signals and facts: families, token presence, key relations. */
function deriveSignals(draft: Draft): void {
  for (const s of draft.signals.filter((x) => x.id === 'msg.provider-failed')) {
    const mapped = PROVIDER_SIGNALS[s.detail ?? ''];
    if (mapped) addSignal(draft, mapped, s.at, s.detail);
  }
  if (hasSignal(draft, 'source.env') && hasSignal(draft, 'env.profile-set')) addSignal(draft, 'env.keys-and-profile', draft.signals.find((s) => s.id === 'env.profile-set')!.at);
  // No error, but the person says the identity is wrong and shows what the runtime resolved.
  const complaint = draft.signals.find((s) => s.id === 'hint.wrong-identity');
  if (complaint && ['identity.caller', 'configure-list.row', 'env.access-key-set', 'env.profile-set'].some((id) => hasSignal(draft, id))) {
    addSignal(draft, 'fam.misconfig', complaint.at, 'the resolved identity or credential source is not the intended one');
    if (hasSignal(draft, 'identity.caller')) addSignal(draft, 'identity.account-unexpected', complaint.at, draft.facts.accountIds?.join(', '));
  }
  const ids = new Set(draft.signals.map((s) => s.id));
  // The first signal of each family, in one pass over the signals; families are added in their own order.
  const firstOf = new Map<string, Signal>();
  // A missing shared file beside AWS rejecting a signed request is no empty chain: credentials were sent (env keys;
  // the config file is optional), so it counts toward no-credentials only when AWS rejected nothing (R35b-6).
  const rejected = draft.signals.some((x) => SERVICE_REJECTIONS.has(x.id));
  for (const s of draft.signals) {
    if (rejected && s.id === 'msg.shared-file-missing') continue;
    for (const family of FAMILIES_OF.get(s.id) ?? []) if (!firstOf.has(family)) firstOf.set(family, s);
  }
  for (const family of Object.keys(FAMILIES)) {
    const first = firstOf.get(family);
    if (first) addSignal(draft, family, first.at, first.id.replace(/^(?:code|msg)\./, ''));
  }
  // An empty chain whose last provider, the metadata service, also failed, with nothing saying the code runs on AWS
  // compute: IMDS was the last resort, not the intended source (pulumi/pulumi#19399: "No valid credential sources
  // found … no EC2 IMDS role found" on a laptop whose profile was ignored).
  const roleMembers = draft.signals.filter((x) => FAMILIES_OF.get(x.id)?.includes('fam.role'));
  // The failure line itself names the endpoint or the role it looked for ("Unable to get EC2 instance role from EC2
  // Instance Metadata Service", "failed to load instance profile"): a role hint read there (a failure line pasted alone
  // reads as a sentence) is the SDK's last try, and the provider's exception class there (Kotlin's
  // CredentialsProviderException) is not an empty chain. The runtime reader skips those lines itself (context-hints.ts).
  const imdsLines = new Set(draft.signals.flatMap((x) => (IMDS_ONLY.has(x.id) && x.at ? [x.at.line] : [])));
  const onImdsLine = (x: Signal) => !!x.at && imdsLines.has(x.at.line);
  const onCompute = ON_COMPUTE.some((id) => hasSignal(draft, id)) || draft.signals.some((x) => x.id === 'hint.role' && !onImdsLine(x));
  // A chain that reports only its last link (Go v2) on a workstation (a macOS or Windows home shown: extract/runtimes.ts):
  // the metadata service was tried because nothing before it offered credentials, an empty chain said in other words
  // (aws/aws-sdk-go-v2#1897, QA39 F2). Not elsewhere: on EC2 a metadata service that answers 404 is a role not attached.
  const reported = draft.signals.find((x) => CHAIN_REPORTS.has(x.id));
  const workstation = draft.facts.shown?.some((x) => x.probe === 'runtime' && x.choice === 'laptop') === true;
  if (reported && workstation && !hasSignal(draft, 'fam.no-creds')) addSignal(draft, 'fam.no-creds', reported.at, 'the chain reports only the metadata service, its last provider');
  const chainEmpty = (reported !== undefined && workstation) || draft.signals.some((x) => FAMILIES_OF.get(x.id)?.includes('fam.no-creds') && !(x.id.startsWith('name.') && onImdsLine(x)));
  if (chainEmpty && roleMembers.length > 0 && roleMembers.every((x) => IMDS_ONLY.has(x.id)) && !onCompute) {
    addSignal(draft, 'imds.last-resort', roleMembers[0]!.at, 'the metadata service was only the last provider tried');
  }
  // API Gateway answers "Missing Authentication Token" for a wrong path: not a credential error alone.
  const gatewayOnly = ids.has('msg.api-gateway') && !draft.codes.some((c) => isAuthCode(c) && !/^MissingAuthenticationToken/.test(c));
  const authn = AUTHN_FAMILIES.find((f) => hasSignal(draft, f) && !(gatewayOnly && f === 'fam.missing-auth'));
  if (authn) {
    const s = draft.signals.find((x) => x.id === authn)!;
    addSignal(draft, 'fam.authn', s.at, s.detail);
  }
  const f = draft.facts;
  if (f.sessionTokenPresent === true) addSignal(draft, 'token.present', f.locations.sessionTokenPresent);
  if (f.sessionTokenPresent === false) addSignal(draft, 'token.absent', f.locations.sessionTokenPresent);
  const credentialKeys = f.keyIds.filter((k) => ['long-term', 'temporary', 'localstack', 'bearer', 'context'].includes(k.kind));
  if (new Set(credentialKeys.map((k) => `${k.prefix}${k.last4}`)).size >= 2) addSignal(draft, 'key.multiple', credentialKeys[1]!.at);
  const accounts = f.accountIds ?? [];
  const decoded = credentialKeys.find((k) => k.accountId && accounts.length > 0 && !accounts.includes(k.accountId) && k.accountId !== '000000000000');
  if (decoded && !hasSignal(draft, 'iam.key-list')) addSignal(draft, 'key.account-mismatch', decoded.at, `key ${decoded.prefix}…${decoded.last4} → ${decoded.accountId}; ARNs show ${accounts.join(', ')}`);
  if (f.credentialSource === 'none') addSignal(draft, 'source.none', f.locations.credentialSource);
}

/**
 * Evidence the redaction removes: a value in a session-token slot too short to be one (`security_token: 15`).
 * Only its length leaves this function; the line is counted in the normalised text (redaction keeps lines).
 */
function redactedTokenFacts(ctx: ExtractContext, draft: Draft, normText: string, found: readonly FoundSecret[]): void {
  const short = found.find((f) => f.kind === 'session-token' && implausibleToken(f.value));
  if (!short) return;
  let line = 1;
  for (let i = normText.indexOf('\n'); i >= 0 && i < short.start; i = normText.indexOf('\n', i + 1)) line++;
  addSignal(draft, 'token.implausible', ctx.loc(Math.min(line, ctx.lines.length)), 'a session token value far too short to be one');
}

/** The lines signals of these kinds were read on (`msg.`, `code.`: a tool's message or an error code; `line.`: an error line). */
function messageLines(draft: Draft, kinds: readonly string[] = ['msg.', 'code.']): Set<number> {
  return new Set(draft.signals.filter((s) => s.at && kinds.some((k) => s.id.startsWith(k))).map((s) => s.at!.line));
}

/**
 * The person says the credentials worked and then lapsed (extract/lapse-cue.ts): `said.lapse`, weighed by the lapse
 * causes' rules against the runtime's and the role's hints, so a paste and a described case read the cue alike.
 * An SDK's error line ("Error retrieving credentials from iam-role: token refresh stopped", read as
 * `line.credential-error`) is the tool's, not the person's, and can pass for prose: skipped. Not every line with a
 * `msg.` or `code.` signal: the catalogue reads those off a person's sentence too ("an EKS pod with IRSA
 * (AWS_WEB_IDENTITY_TOKEN_FILE …) does not refresh the web identity token", msg.irsa; lapse-cue.test.ts).
 */
function lapseSaid(ctx: ExtractContext, draft: Draft): void {
  const busy = messageLines(draft, ['line.']);
  for (let i = 0; i < ctx.lines.length; i++) {
    if (busy.has(i + 1) || ctx.repeats(i) || !ctx.isProse(i)) continue;
    if (saysCredentialsLapse([ctx.lines[i]!])) {
      addSignal(draft, 'said.lapse', ctx.loc(i + 1));
      return;
    }
  }
}

function proseOf(ctx: ExtractContext, draft: Draft): string {
  const lines = ctx.lines;
  const busy = messageLines(draft);
  const out = new Set<string>();
  let size = 0;
  for (let i = 0; i < lines.length && size < MAX_PROSE_CHARS; i++) {
    if (busy.has(i + 1) || !ctx.isProse(i)) continue;
    // looksLikeProse trims the line itself, so the trimmed line reads the same.
    const line = lines[i]!.trim();
    if (out.has(line)) continue;
    out.add(line);
    size += line.length;
  }
  return [...out].join('. ');
}

function sanitiseFacts(f: Facts): Facts {
  const out: Facts = { ...f, keyIds: f.keyIds.map((k) => ({ ...k })), locations: { ...f.locations } };
  for (const key of ['tool', 'service', 'operation', 'endpoint', 'profile', 'arn', 'requestId', 'region', 'partition', 'runtime'] as const) {
    const v = out[key];
    if (typeof v === 'string') out[key] = maskKeyIds(v).slice(0, 300);
  }
  return out;
}

/** Sentences that describe a failure; an error line (even an uncatalogued one) is error text. */
const TOLD_IN_WORDS = new Set([
  'prose.credential-report',
  'prose.refused-report',
  'prose.role-in-container',
  'prose.var-renamed',
  'prose.role-source-wanted',
  'prose.sts-module-missing',
]);
const DETECTING = new Set([...AUTHN_FAMILIES, 'fam.authz'].flatMap((f) => FAMILIES[f] ?? []));

/** The signals that make a detection (members of the credential and authorization families). */
function detectingSignals(draft: Draft): Signal[] {
  return draft.signals.filter((s) => DETECTING.has(s.id));
}

/** Detected only from sentences saying something fails: no error text at all. */
function onlyToldInWords(ctx: ExtractContext, draft: Draft): boolean {
  const members = detectingSignals(draft);
  if (members.length === 0) return false;
  if (members.every((s) => TOLD_IN_WORDS.has(s.id))) return true;
  // Codes named in team talk (a tip, a closed incident, a PR title, code comparing the code): words too (QA39 F1).
  // Only the lines the codes were read on are looked at: a long log is not read again.
  const talk = (s: Signal): boolean => s.id.startsWith('code.') && s.at !== undefined && isTalkLine(ctx.lines[s.at.line - 1] ?? '');
  return members.some((s) => s.id.startsWith('code.')) && members.every((s) => TOLD_IN_WORDS.has(s.id) || talk(s));
}

/**
 * Signals a CI platform prints for any cloud: GitHub's OIDC token errors come from @actions/core (actions/toolkit),
 * whatever the job then assumes (atxtechbro/dotfiles#1047: a Claude workflow, no AWS anywhere).
 */
const OTHER_PLATFORM = new Set(['msg.gha-oidc', ...CATALOGUE.filter((e) => e.source.repo === 'actions/toolkit').map((e) => `cat.${e.id}`)]);

/** Detected only from another platform's generic signals, in a text that says nothing about AWS. */
function onlyOtherPlatform(draft: Draft, text: string): boolean {
  // A plain loop: this runs on every detected text, and the first AWS member answers it.
  let members = 0;
  for (const s of draft.signals) {
    if (!DETECTING.has(s.id)) continue;
    if (!OTHER_PLATFORM.has(s.id)) return false;
    members++;
  }
  return members > 0 && !mentionsAws(text);
}

/**
 * The failure is one asked for (a wrong key used on purpose, said in a sentence) and is only told in words: prose
 * reports, or error codes named in the paragraph that says so ('… with incorrect access key by purpose. … returns
 * "InvalidAccessKeyId"'). A catalogued error line, or a code shown anywhere else, stays detected whatever the prose says.
 */
function badKeyOnPurpose(ctx: ExtractContext, draft: Draft): boolean {
  const said = badKeyOnPurposeLines(ctx.text, ctx.lower, ctx.lines);
  // Most texts say nothing of the kind: no closure is built for them.
  if (said.size === 0) return false;
  const inWords = (s: Signal): boolean => TOLD_IN_WORDS.has(s.id) || (s.id.startsWith('code.') && s.at !== undefined && said.has(s.at.line));
  return draft.signals.every((s) => !DETECTING.has(s.id) || inWords(s));
}

/** A signature mismatch and the words about it: all that a request-side explanation can answer for. */
const SIGNATURE_MEMBERS = new Set(FAMILIES['fam.signature'] ?? []);
const SIGNATURE_OR_WORDS = new Set([...SIGNATURE_MEMBERS, ...FAMILIES['fam.reported']!]);

/**
 * Detected only from a signature mismatch that the paste blames on the request, not a key (extract/signing-request.ts:
 * "… because no Content-Type was set when the URL was generated"). Any other credential signal keeps the detection.
 */
function signingBlamedOnRequestOnly(ctx: ExtractContext, draft: Draft): boolean {
  let signature = false;
  for (const s of draft.signals) {
    if (!DETECTING.has(s.id)) continue;
    if (!SIGNATURE_OR_WORDS.has(s.id)) return false;
    // A mismatch told in words ("… gives a cryptic warning about request signature", airbytehq/airbyte#38338) is the
    // mismatch too: the words' own line names the signature.
    if (SIGNATURE_MEMBERS.has(s.id) || (s.at !== undefined && SIGNATURE_WORD.test(ctx.lines[s.at.line - 1] ?? ''))) signature = true;
  }
  return signature && signingBlamedOnRequest(ctx.lines) !== undefined;
}

/** What a credential chain's step logged on the way can raise: an empty chain's signals, and sentences. */
const NO_CREDS_OR_WORDS = new Set([...(FAMILIES['fam.no-creds'] ?? []), ...TOLD_IN_WORDS]);

/**
 * The lines of the detecting signals when each is a step of a credential chain (extract/chain-step.ts: "… not found in
 * environment, trying shared config" at debug level), not its end; undefined when one is not. `pasted` is the text
 * before its log wrappers were taken off.
 */
function chainStepLines(lines: readonly string[], draft: Draft, pasted: string): Set<number> | undefined {
  const steps = new Set<number>();
  for (const s of draft.signals) {
    if (!DETECTING.has(s.id)) continue;
    const line = s.at ? lines[s.at.line - 1] : undefined;
    if (!NO_CREDS_OR_WORDS.has(s.id) || line === undefined || !isChainStep(line, pasted)) return undefined;
    steps.add(s.at!.line - 1);
  }
  return steps;
}

/**
 * Detected only from steps of a credential chain, not its end. A signal holds only its first line: a step seen first
 * stands for a later record at error level with the same words ("DEBUG …, trying shared config" then "… not found in
 * environment"), so the paste is read again with every step blank, and only when nothing else raises a failure are they
 * set aside.
 */
function chainStepsOnly(ctx: ExtractContext, draft: Draft, pasted: string, now: Date | undefined, records: ReadonlySet<number>): boolean {
  const first = chainStepLines(ctx.lines, draft, pasted);
  if (first === undefined || first.size === 0) return false;
  const steps = new Set([...first, ...chainStepIndexes(ctx.lines, pasted)]);
  const blank = ctx.lines.map((l, i) => (steps.has(i) ? '' : l));
  const read = extractAll(makeContext(blank.join('\n'), blank, now, records));
  deriveSignals(read);
  return detectingSignals(read).length === 0;
}

/** Detected only from kubectl's Unauthorized, on a cluster the paste logs in to some other way (extract/other-kube-login.ts). */
function kubeLoginElsewhere(ctx: ExtractContext, draft: Draft): boolean {
  if (!hasSignal(draft, 'msg.kubectl-unauthorized')) return false;
  return otherKubeLoginOnly(detectingSignals(draft).map((s) => s.id), ctx.text, mentionsAws);
}

/** A kind of failure no AWS credential fixes, when the detection rests on nothing else (rules/non-credential-kinds.ts). */
function kindOf(ctx: ExtractContext, draft: Draft): NonCredentialKind | undefined {
  return nonCredentialKind(detectingSignals(draft).map((s) => ({ id: s.id, line: s.at?.line })), ctx.text, ctx.lines);
}

function notAwsCause(detected: boolean, draft: Draft, kind?: NonCredentialKind): RankedCause {
  const evidence: Evidence[] = [];
  if (detected) {
    const s = draft.signals.find((x) => x.id === 'fam.authn') ?? draft.signals.find((x) => x.id === 'fam.authz');
    const e: Evidence = { id: 'not-aws.auth-error-found', text: `An AWS credential or authorization error is present (${s?.detail ?? 'see input'}).`, polarity: 'against', weight: 3 };
    if (s?.at) e.at = s.at;
    evidence.push(e);
    return { id: 'not-aws-credential-error', score: 0, evidence };
  }
  evidence.push({ id: 'not-aws.no-auth-error', text: 'No AWS authentication, authorization or credential-chain error was found in the text.', polarity: 'for', weight: 3 });
  const other = otherErrorCodes(draft.codes);
  if (other.length) evidence.push({ id: 'not-aws.other-aws-error', text: `Other AWS error codes are present (${other.slice(0, 5).join(', ')}): not a credential problem.`, polarity: 'for', weight: 1 });
  if (kind) evidence.push({ id: `not-aws.${kind.id}`, text: kind.text, polarity: 'for', weight: 1 });
  // The api-gateway-route kind already says this.
  if (hasSignal(draft, 'msg.api-gateway') && kind?.id !== 'api-gateway-route') evidence.push({ id: 'not-aws.api-gateway-path', text: 'API Gateway answers "Missing Authentication Token" for a path or method that does not exist.', polarity: 'for', weight: 1 });
  if (hasSignal(draft, 'identity.caller')) evidence.push({ id: 'not-aws.caller-identity-ok', text: 'get-caller-identity output shows the credentials work.', polarity: 'for', weight: 1 });
  return { id: 'not-aws-credential-error', score: 1, evidence };
}

function emptyDiagnosis(redactions: number, secretsFound: Diagnosis['secretsFound'], notes: string[]): Diagnosis {
  const causes: RankedCause[] = CAUSE_IDS.map((id) => ({ id, score: id === 'not-aws-credential-error' ? 1 : 0, evidence: id === 'not-aws-credential-error' ? [{ id: 'not-aws.no-aws-words', text: 'The text mentions nothing AWS- or credential-related.', polarity: 'for' as const, weight: 3 }] : [] }));
  return {
    detected: false,
    errorCodes: [],
    causes: sortCauses(causes, CAUSE_IDS),
    facts: { keyIds: [], locations: {} },
    redactions,
    secretsFound,
    notes,
  };
}

export function diagnose(text: string, opts: DiagnoseOptions = {}): Diagnosis {
  // Over normalise's bound, read the head and the tail (the error is usually at the end of a log).
  const window = opts.window ?? headAndTail(typeof text === 'string' ? text : '');
  const norm = normalise(window.text);
  if (window.read) norm.notes.unshift(window.read.note);
  // The wrapper a paste came in (a quote, a log prefix, a JSON record, …) is taken off before anything reads it.
  const { text: shaped, records, decodedFrom, cuts } = readThroughShape(norm.text);
  const found = findShapedSecrets(shaped, decodedFrom);
  const red = redactFound(shaped, found);
  // Lines cut at the paste's width are read as one once secrets are out: the cuts the secrets' view read (cut-lines.ts).
  // Its lines are kept for the reading below (a 1 MB env dump read as cut at its width was split twice).
  const joinedLines = cuts.length === 0 ? undefined : joinCutLines(red.text.split('\n'), cuts);
  const readText = joinedLines === undefined ? red.text : joinedLines.join('\n');
  // A secret in the part not read is still a pasted secret: its kind is reported, so its poster is warned.
  const unread = window.read?.omittedSecrets ?? [];
  if (unread.length > 0) norm.notes.push(`the part not read holds a secret value (${unread.join(', ')}): if it is real, rotate it`);
  const secretsFound = [...new Set([...red.kinds, ...unread])];
  // Ordinary chat is not diagnosed (speed); a text with hidden characters is, as it may hold a mangled credential.
  // The words of the wrapper taken off (`level=error`) opened the gate before; they still do.
  const gated = norm.hidden.length === 0 && !mightBeAwsCredentialText(readText) && ((shaped === norm.text && cuts.length === 0) || !mightBeAwsCredentialText(norm.text));
  const empty = (): Diagnosis => {
    const d = emptyDiagnosis(red.count, secretsFound, norm.notes);
    if (window.read) d.inputRead = window.read;
    return d;
  };
  if (gated && !(opts.signalsPastGate && opts.onSignals)) return empty();
  // Messages wrapped across lines are read whole; every line keeps its number.
  const split = joinedLines ?? readText.split('\n');
  const lines = unwrapLines(split, records);
  const ctx = makeContext(lines === split ? readText : lines.join('\n'), lines, opts.now, records);
  const draft = extractAll(ctx);
  hiddenFacts(ctx, draft, norm.hidden, (line) => inputLineOf(window.spans, line));
  redactedTokenFacts(ctx, draft, shaped, found);
  lapseSaid(ctx, draft);
  deriveSignals(draft);
  fillExcerpts(lines, draft);
  const authError = (hasSignal(draft, 'fam.authn') || hasSignal(draft, 'fam.authz')) && !onlyOtherPlatform(draft, ctx.text) && !badKeyOnPurpose(ctx, draft) && !signingBlamedOnRequestOnly(ctx, draft) && !kubeLoginElsewhere(ctx, draft) && !chainStepsOnly(ctx, draft, norm.text, opts.now, records);
  const kind = authError ? kindOf(ctx, draft) : undefined;
  const detected = authError && !kind;
  const toldInWords = detected && onlyToldInWords(ctx, draft);
  if (detected) shownSignals(draft);
  const index = indexSignals(draft.signals);
  opts.onSignals?.([...index.values()]);
  if (gated) return empty();
  const hint = detected ? hintEvidence(proseOf(ctx, draft)) : undefined;
  const causes: RankedCause[] = scoreCauses(CAUSE_RULES, index, (rule) => (hint && hint.cause === rule.cause ? [hint.evidence] : []));
  addContext(causes, index);
  addShown(causes, index);
  if (!detected) for (const c of causes) c.score = Math.round(c.score * UNDETECTED_DAMPING * 1000) / 1000;
  causes.push(notAwsCause(detected, draft, kind));
  sortCauses(causes, CAUSE_IDS);
  const diagnosis: Diagnosis = {
    detected,
    errorCodes: [...draft.codes],
    causes,
    facts: sanitiseFacts(draft.facts),
    redactions: red.count,
    secretsFound,
    notes: [...norm.notes],
  };
  if (toldInWords) diagnosis.toldInWords = true;
  if (window.read) diagnosis.inputRead = window.read;
  // Names reported without a code signal (an SDK's base exception class) mean nothing by themselves.
  const meaning = detected ? meaningOf(draft.codes.filter((c) => hasSignal(draft, `code.${c}`)), draft.signals.map((s) => s.id)) : undefined;
  if (meaning) diagnosis.meaning = meaning;
  for (const c of diagnosis.causes) for (const e of c.evidence) e.text = maskKeyIds(e.text);
  toInputLines(diagnosis, window.spans);
  return diagnosis;
}

