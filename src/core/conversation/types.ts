/**
 * Case conversation contract: (CaseState, CaseInput) -> { state, replies }.
 * Replies are platform-neutral data that the Slack adapter (Block Kit) and the terminal render.
 * Nothing here may hold a secret: pasted text is diagnosed and redacted before it is stored (the
 * belief's evidence texts are kept redacted, with full key ids replaced by stand-ins that carry only
 * prefix, last 4 and the account a new-format id encodes).
 */
import type { CauseId } from '../taxonomy';
import type { Facts, SecretKind } from '../diagnosis';
import type { LookupResult } from '../lookup/types';

export interface CaseKey {
  channel: string; // Slack channel id, or "cli"
  thread: string; // thread root ts, or a local session id
}

export type CaseInput =
  // raw text; the engine diagnoses and redacts it. `addressed`: said to awskey directly (the terminal
  // chat, an @mention, a DM), so a description of a credential problem without an error opens a case.
  // `afterResolved`: the text follows a resolved case (the chat opens it under a new key), so words
  // open a case only when they describe a new problem (conversation/description.ts). `overheard`: said in a shared
  // thread without addressing awskey (a Slack thread reply with no mention, not a DM): words that move nothing get
  // no reply, except one reminder per step to the person the case is with (next-step.ts `noted`).
  // `writtenAt`: when the person wrote it (Slack's message ts), when that can be before it reaches the engine (late-answer.ts).
  | { kind: 'paste'; text: string; user: string; at: string; addressed?: boolean; afterResolved?: boolean; overheard?: boolean; writtenAt?: string }
  | { kind: 'answer'; questionId: string; choiceId: string; user: string; at: string } // a button / numbered choice
  | { kind: 'message'; text: string; user: string; at: string; addressed?: boolean; afterResolved?: boolean; overheard?: boolean; writtenAt?: string } // free text in the thread ("yes it starts with ASIA")
  | { kind: 'lookup-result'; result: LookupResult; user: string; at: string }
  | { kind: 'confirm-cause'; causeId: CauseId; user: string; at: string }
  | { kind: 'reject-cause'; causeId: CauseId; user: string; at: string } // "Not this cause"
  | { kind: 'step-done'; user: string; at: string } // remediation done, move to verification
  | { kind: 'resolve'; user: string; at: string; note?: string };

export interface Choice {
  id: string; // stable, used as button value
  label: string; // <= 75 characters (Slack button limit)
}

export interface CodeSnippet {
  shell: 'bash' | 'powershell' | 'cmd' | 'any';
  code: string;
}

export interface RemediationStep {
  text: string;
  code?: CodeSnippet[];
  /** The documentation page the step rests on, when it is not one of the fix's links (the Lambda steps cite theirs). */
  source?: string;
}

export interface RemediationVariant {
  platform: 'linux-macos' | 'windows-powershell' | 'ci' | 'container-ecs' | 'kubernetes-irsa' | 'lambda' | 'sso' | 'any';
  steps: RemediationStep[];
}

export interface ToolPlaybookReply {
  id: string;
  title: string;
  steps: RemediationStep[];
  sources: string[];
  /** Rendered before the platform steps (see Playbook.first). */
  first?: boolean;
  /** The case's whole fix (see Playbook.replaces): remediationReplies shows it as the fix's own steps. */
  replaces?: true;
  /** Its words for the case, told instead of the cause's meaning (see Playbook.meaning). */
  meaning?: string;
}

/** A button that is not an answer to a question. */
export type CaseAction =
  | { id: 'resolve'; label: string }
  | { id: 'reject-cause'; label: string; causeId: CauseId }
  | { id: 'confirm-cause'; label: string; causeId: CauseId }
  | { id: 'run-lookup'; label: string; hint: string } // hint is a redacted key id (prefix…last4)
  | { id: 'step-done'; label: string }
  | { id: 'other-platforms'; label: string }; // the fix's steps for the platforms not shown

export type Reply =
  | { type: 'heading'; text: string }
  // may use *bold* and `code`; no raw HTML. `typed`: the same said where choices are typed, not
  // clicked (the terminal chat has no buttons).
  | { type: 'text'; text: string; typed?: string }
  | { type: 'warning'; text: string; private?: boolean } // private: only the poster should see it (secret pasted)
  | { type: 'causes'; causes: Array<{ id: CauseId; title: string; score: number; evidence: string[] }> }
  | { type: 'question'; id: string; text: string; choices: Choice[]; freeText: boolean }
  | { type: 'command'; id: string; text: string; commands: CodeSnippet[]; pasteBack: boolean }
  | {
      type: 'remediation';
      causeId: CauseId;
      title: string;
      /** The runtime's own variants first. */
      variants: RemediationVariant[];
      avoid: string[];
      links: string[];
      /** How many leading variants are for the runtime at hand (shown); the rest go behind one "other platforms" line. Absent: show all. */
      primary?: number;
      /** With `primary`: whose steps are shown and why ("Steps for GitHub Actions (…)", or that it is a default). */
      shownFor?: string;
      /** "Other platforms": the runtime's own variants, shown with the fix before and not shown again (`chat --jsonl` lists them first). */
      shownBefore?: RemediationVariant[];
      /** Tool playbooks for the tool at hand (Terraform S3 backend, GitHub Actions OIDC, EKS, …). */
      playbooks?: ToolPlaybookReply[];
    }
  | { type: 'verification'; text: string; commands: CodeSnippet[] }
  | { type: 'summary'; markdown: string }
  | { type: 'actions'; actions: CaseAction[] };

export interface TimelineEntry {
  at: string; // ISO
  user: string;
  event: string; // short redacted description, e.g. "pasted aws configure list (Type env)"
}

export interface CauseHistoryEntry {
  at: string;
  top: Array<{ id: CauseId; score: number }>; // top few after this input
}

export type CasePhase = 'diagnosing' | 'remediating' | 'verifying' | 'resolved';

/** How a step settled without a choice is recorded in `asked`: a command the team could not run (commands.ts `skip`), */
export const SKIPPED = 'skipped';
/** a command answered by a paste of its output (engine.ts), */
export const PASTED_OUTPUT = 'pasted output';
/** a question the facts already answer (turn.ts). None of the three is one of the question's choices. */
export const ANSWERED_BY_FACTS = 'answered by the facts';

export interface CaseState {
  version: 1;
  key: CaseKey;
  phase: CasePhase;
  openedAt: string;
  updatedAt: string;
  resolvedAt?: string;
  /** Closed as not an incident ("false alarm", "nothing is broken"): `phase` is 'resolved' with no `resolvedAt`, no cause. */
  dismissed?: boolean;
  openedBy: string;
  participants: string[];
  facts: Facts; // merged, redacted
  errorCodes: string[];
  causes: Array<{ id: CauseId; score: number; evidence: string[] }>; // current ranking
  history: CauseHistoryEntry[];
  /**
   * Questions and commands asked, with their answers. `said`: a question the person's own words answered before it
   * was asked (said.ts: an opening, the prose around a paste), `answer` holding the choice: told apart from an answer
   * given to the question on screen (it used no step of the question budget; `chat --jsonl` shows it as
   * `said: <choice>` in `understood`).
   */
  asked: Array<{ id: string; at: string; answer?: string; answeredBy?: string; said?: true }>;
  pending?: { id: string; kind: 'question' | 'command' }; // what we are waiting for
  rejected: CauseId[];
  confirmed?: CauseId;
  lookups: Array<{ at: string; hint: string; verdict: string }>;
  secretsWarned: SecretKind[];
  /** `user:print` of every secret someone was warned about (see secrets/prints.ts); optional so older states still load. */
  secretsWarnedFor?: string[];
  timeline: TimelineEntry[];
  /** The account / principal the team said the runtime should use ("it should be 111122223333"). */
  expected?: { account?: string; principal?: string };
  /** Earliest timestamp found in the pasted logs (ISO): when the incident started, not when it was pasted. */
  incidentStart?: string;
  verification?: VerificationRecord;
  /** A failing client that is not the AWS CLI, named in the team's words ("the python script still says it"). */
  namedClient?: string;
  /** What the team said fixed it ("resolved - removed the export from .bashrc"), redacted. */
  fixedBy?: string;
  /** A fix told before the case closed ("works if i set AWS_REGION=us-west-2 before running", statements-told-fixes.ts), redacted. */
  toldFix?: string;
  /** Earlier cases of the same thread, resolved (or, for another incident pasted mid-case, left open) before a new error opened this one (never merged into it). */
  earlier?: Array<{ openedAt: string; resolvedAt?: string; cause?: CauseId; fixedBy?: string }>;
  /** Engine bookkeeping (added by the conversation engine; optional so older states still load). */
  scoring?: CaseScoring;
}

/** How the ranking is rebuilt: diagnosis base × the effects of every answer, fact and lookup applied. */
export interface CaseScoring {
  base: Partial<Record<CauseId, number>>; // normalised diagnosis scores of the pasted errors
  baseEvidence: Partial<Record<CauseId, string[]>>;
  applied: Array<{
    id: string;
    at: string;
    effects: Partial<Record<CauseId, number>>;
    evidence: string;
    /** Facts this answer established (keyKind=temporary); a pasted fact that contradicts them overrules the answer. */
    implies?: Record<string, string>;
    /** What those facts held before this answer set them (the runtime the words implied): given back when it is overruled. */
    replaced?: Record<string, string>;
    overruled?: true;
  }>;
  seenSignals: string[]; // fact signals already accounted for (in the base or in `applied`)
  /** The choices the last typed reply that gave any answered or said: what "I misread" takes back (said.ts). */
  lastSaid?: Array<{ probeId: string; choiceId: string }>;
  implied: Record<string, string>; // facts established by answers (e.g. keyKind=temporary)
  current?: CauseId; // the cause being remediated / verified
  reasks: number; // "noted" replies given since the case last moved (chatter overheard and left unanswered is not counted)
  meaning?: string; // plain sentence on the main error, from the opening diagnosis
  /** Everything pasted or said so far, as diagnose reads it (normalised and redacted): the belief's evidence. */
  texts?: string[];
  /** The base of a case stored before `texts` existed: merged under every re-read so its first paste still counts. */
  legacyBase?: Partial<Record<CauseId, number>>;
  /** The question choices (`probe=choice`) the pasted text shows, weighed in the base (belief.ts `countedInBase`). */
  baseShown?: string[];
  /** Steps that gave no information (skipped, "not sure"): they do not use the question budget. */
  uninformative?: number;
  /**
   * Questions a paste already answers without moving the belief: the prose around a pasted error
   * ("kubectl works just fine"), or what a config shows that diagnose does not read (a session token
   * set in YAML). Not asked.
   */
  statedInPastes?: string[];
  /** Opened from a description, not an error: while no error is pasted, the base is the described-problem prior. */
  described?: true;
  /** The team asked for the fix of the current leader before it was clearly ahead. */
  fixRequested?: true;
  /** Questions answered "not sure" that new evidence made answerable and that were opened again (each once). */
  reopened?: string[];
  /**
   * Fact values only typed words showed (`AWS_ACCESS_KEY_ID=AKIA… is set` as an answer): facts of the case, but the
   * belief never re-read those words (they count through their answer and statements), so no base weighed them.
   */
  heard?: Record<string, string[]>;
}

/** A caller identity pasted after the fix: the only thing that verifies it. */
export interface VerificationRecord {
  at: string;
  account: string;
  arn: string;
  /** false when the team named an expected account or principal and this is not it. */
  matched: boolean;
  /**
   * What the pasted identity proved: `verified` (the fix works, the case closed), `identity-confirmed`
   * (a permissions fix: the caller is right, the retried call decides) or `not-verified` (not the
   * expected identity). Absent in cases stored before it existed.
   */
  outcome?: VerificationOutcome;
  /** The cause whose fix was being verified. */
  cause?: CauseId;
  /**
   * The check is known to have run in the failing runtime (it is the failing call itself succeeding);
   * otherwise it shows only that AWS accepted the credentials where get-caller-identity was run.
   */
  inFailingRuntime?: true;
}

export type VerificationOutcome = 'verified' | 'identity-confirmed' | 'not-verified';

export interface EngineResult {
  state: CaseState;
  replies: Reply[];
  /** This input opened the case (a first error, or a new error after a resolved case). */
  opened?: true;
  /** A paste longer than diagnose reads was read as its head and tail: how much was read (the input window's note). */
  readNote?: string;
}
