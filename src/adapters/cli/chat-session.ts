/**
 * One terminal or `--jsonl` chat: the case it is working on, through the same use case as Slack.
 * A case that is resolved stays resolved: the next error pasted opens a new case under a new key
 * (`<session>.2`, `<session>.3`, …) instead of reopening it and merging two incidents.
 */
import type { CaseInput, CaseKey, CaseState } from '../../core/conversation/types';
import { lateFixNote } from '../../core/conversation/fixing';
import { handleCaseInput, type CaseDeps, type CaseOutcome } from '../../usecases/handle-case-input';

export interface SessionStep {
  /** Undefined when the input opened no case and the current one did not take it. */
  outcome: CaseOutcome | undefined;
  /** This input opened a new case (the first one, after `new`, or after a resolved case). */
  opened: boolean;
  /** The input was text after the case was resolved and held no new problem: nothing happened. */
  afterResolved: boolean;
  /** The input was a new error or problem after the case was resolved: it opened a new case (now `key`). */
  afterResolvedOpened: boolean;
  before: CaseState | undefined;
}

export class ChatSession {
  state: CaseState | undefined;
  key: CaseKey;

  private constructor(
    private readonly deps: CaseDeps,
    readonly session: string,
  ) {
    this.key = { channel: 'cli', thread: session };
  }

  static async open(deps: CaseDeps, session: string): Promise<ChatSession> {
    const s = new ChatSession(deps, session);
    s.state = await deps.cases.get(s.key);
    return s;
  }

  /** Leaves the current case as it is; the next error opens a new one. */
  async newCase(): Promise<void> {
    if (this.state === undefined) return; // no case yet: the next error opens it anyway
    this.key = await this.freeKey();
    this.state = undefined;
  }

  async send(input: CaseInput): Promise<SessionStep> {
    const before = this.state;
    // What fixed the resolved case ("resolved - removed the old export") still goes to that case.
    if (before?.phase === 'resolved' && (input.kind === 'paste' || input.kind === 'message') && lateFixNote(input.text) === undefined) {
      const key = await this.freeKey();
      // A new error, or words describing a new problem, open a new case; words about the old one
      // ("thanks, the new key works") do not. The engine decides, as it does in a Slack thread.
      const outcome = await handleCaseInput(this.deps, key, { ...input, kind: 'paste', afterResolved: true });
      if (!outcome) return { outcome, opened: false, afterResolved: true, afterResolvedOpened: false, before };
      this.key = key;
      this.state = outcome.state;
      return { outcome, opened: true, afterResolved: false, afterResolvedOpened: true, before: undefined };
    }
    const outcome = await handleCaseInput(this.deps, this.key, input);
    if (outcome) this.state = outcome.state;
    return { outcome, opened: outcome?.created ?? false, afterResolved: false, afterResolvedOpened: false, before };
  }

  /**
   * The next `<session>.<n>` with no case stored (a resumed session may already have some). A key
   * that opened nothing stays free, so the next try finds it again.
   */
  private async freeKey(): Promise<CaseKey> {
    for (let n = 2; ; n++) {
      const key: CaseKey = { channel: 'cli', thread: `${this.session}.${n}` };
      if ((await this.deps.cases.get(key)) === undefined) return key;
    }
  }
}
