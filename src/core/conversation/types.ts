/**
 * Case conversation contract: (CaseState, CaseInput) -> { state, replies }.
 * Replies are platform-neutral data that the Slack adapter (Block Kit) and the terminal render.
 * Nothing here may hold a secret: pasted text is diagnosed and redacted before it is stored.
 */
import type { CauseId } from '../taxonomy';
import type { Facts, SecretKind } from '../diagnosis';
import type { LookupResult } from '../lookup/types';

export interface CaseKey {
  channel: string; // Slack channel id, or "cli"
  thread: string; // thread root ts, or a local session id
}

export type CaseInput =
  | { kind: 'paste'; text: string; user: string; at: string } // raw text; the engine diagnoses and redacts it
  | { kind: 'answer'; questionId: string; choiceId: string; user: string; at: string } // a button / numbered choice
  | { kind: 'message'; text: string; user: string; at: string } // free text in the thread ("yes it starts with ASIA")
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
}

export interface RemediationVariant {
  platform: 'linux-macos' | 'windows-powershell' | 'ci' | 'container-ecs' | 'kubernetes-irsa' | 'sso' | 'any';
  steps: RemediationStep[];
}

/** A button that is not an answer to a question. */
export type CaseAction =
  | { id: 'resolve'; label: string }
  | { id: 'reject-cause'; label: string; causeId: CauseId }
  | { id: 'confirm-cause'; label: string; causeId: CauseId }
  | { id: 'run-lookup'; label: string; hint: string } // hint is a redacted key id (prefix…last4)
  | { id: 'step-done'; label: string };

export type Reply =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string } // may use *bold* and `code`; no raw HTML
  | { type: 'warning'; text: string; private?: boolean } // private: only the poster should see it (secret pasted)
  | { type: 'causes'; causes: Array<{ id: CauseId; title: string; score: number; evidence: string[] }> }
  | { type: 'question'; id: string; text: string; choices: Choice[]; freeText: boolean }
  | { type: 'command'; id: string; text: string; commands: CodeSnippet[]; pasteBack: boolean }
  | { type: 'remediation'; causeId: CauseId; title: string; variants: RemediationVariant[]; avoid: string[]; links: string[] }
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

export interface CaseState {
  version: 1;
  key: CaseKey;
  phase: CasePhase;
  openedAt: string;
  updatedAt: string;
  resolvedAt?: string;
  openedBy: string;
  participants: string[];
  facts: Facts; // merged, redacted
  errorCodes: string[];
  causes: Array<{ id: CauseId; score: number; evidence: string[] }>; // current ranking
  history: CauseHistoryEntry[];
  asked: Array<{ id: string; at: string; answer?: string; answeredBy?: string }>;
  pending?: { id: string; kind: 'question' | 'command' }; // what we are waiting for
  rejected: CauseId[];
  confirmed?: CauseId;
  lookups: Array<{ at: string; hint: string; verdict: string }>;
  secretsWarned: SecretKind[];
  /** `user:print` of every secret someone was warned about (see secrets/prints.ts); optional so older states still load. */
  secretsWarnedFor?: string[];
  timeline: TimelineEntry[];
  /** Engine bookkeeping (added by the conversation engine; optional so older states still load). */
  scoring?: CaseScoring;
}

/** How the ranking is rebuilt: diagnosis base × the effects of every answer, fact and lookup applied. */
export interface CaseScoring {
  base: Partial<Record<CauseId, number>>; // normalised diagnosis scores of the pasted errors
  baseEvidence: Partial<Record<CauseId, string[]>>;
  applied: Array<{ id: string; at: string; effects: Partial<Record<CauseId, number>>; evidence: string }>;
  seenSignals: string[]; // fact signals already accounted for (in the base or in `applied`)
  implied: Record<string, string>; // facts established by answers (e.g. keyKind=temporary)
  current?: CauseId; // the cause being remediated / verified
  reasks: number; // consecutive unreadable replies to the pending step
  meaning?: string; // plain sentence on the main error, from the opening diagnosis
}

export interface EngineResult {
  state: CaseState;
  replies: Reply[];
}
