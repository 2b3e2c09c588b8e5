/**
 * Drives the pure conversation engine through a scripted case: a responder answers whatever the
 * engine asks (a pasted command output, a button choice or free text), the way a person who
 * knows the real cause would, and the driver counts the inputs it took to reach remediation.
 */
import { step } from '../../src/core/conversation/engine';
import type { CaseInput, CaseState, Reply } from '../../src/core/conversation/types';
import type { LookupResult } from '../../src/core/lookup/types';

export type Answer = { paste: string } | { choice: string } | { say: string } | { lookup: LookupResult };

export interface ScriptRun {
  state: CaseState;
  inputs: number; // inputs after the opening paste
  asked: string[]; // probe ids in the order asked
  replies: Reply[][]; // per input, opening included
}

export const T0 = Date.parse('2026-11-22T09:00:00Z');

export class Clock {
  private t = T0;
  constructor(private readonly stepMs = 60_000) {}
  tick(): Date {
    this.t += this.stepMs;
    return new Date(this.t);
  }
}

/** What a person who knows nothing special would answer; each script overrides what it knows. */
export function defaultAnswers(opening: string, known: Record<string, Answer>, configureList: string): Record<string, Answer> {
  return {
    'key-prefix': { choice: 'akia' },
    rotation: { choice: 'nothing' },
    'works-elsewhere': { choice: 'unknown' },
    target: { choice: 'commercial' },
    'region-enabled': { choice: 'unknown' },
    'session-token': { choice: 'yes' },
    'sign-in': { choice: 'file' },
    clock: { choice: 'right' },
    copied: { choice: 'no' },
    runtime: { choice: 'laptop' },
    'configure-list': { paste: configureList },
    'caller-identity': { paste: opening },
    ...known,
  };
}

export function input(a: Answer, state: CaseState, user: string, at: string): CaseInput {
  if ('paste' in a) return { kind: 'paste', text: a.paste, user, at };
  if ('say' in a) return { kind: 'message', text: a.say, user, at };
  if ('choice' in a) return { kind: 'answer', questionId: state.pending!.id, choiceId: a.choice, user, at };
  return { kind: 'lookup-result', result: a.lookup, user, at };
}

/**
 * Opens a case with `opening`, then answers every pending step from `answers` (by probe id) until
 * the engine leaves the diagnosing phase. A step the script has no answer for fails the test with
 * the probe id, so a change in what the engine asks shows up clearly.
 */
export function runToRemediation(opening: string, answers: Record<string, Answer>, opts: { clock?: Clock; users?: string[]; maxInputs?: number; first?: Answer[] } = {}): ScriptRun {
  const clock = opts.clock ?? new Clock();
  const users = opts.users ?? ['U01ALICE'];
  const opened = step(undefined, { kind: 'paste', text: opening, user: users[0]!, at: new Date(T0).toISOString() }, { now: new Date(T0), key: { channel: 'C1', thread: '1700000000.000100' } });
  if (!opened) throw new Error('the opening paste did not open a case');
  let state = opened.state;
  const run: ScriptRun = { state, inputs: 0, asked: [], replies: [opened.replies] };
  const queue = [...(opts.first ?? [])];
  const max = opts.maxInputs ?? 8;
  while (state.phase === 'diagnosing' && run.inputs < max) {
    const pending = state.pending?.id;
    let answer = queue.shift();
    if (!answer) {
      if (!pending) throw new Error(`diagnosing with nothing pending after ${run.inputs} inputs`);
      answer = answers[pending];
      if (!answer) throw new Error(`the script has no answer for "${pending}" (asked so far: ${[...run.asked, pending].join(', ')})`);
      run.asked.push(pending);
    }
    const now = clock.tick();
    const user = users[run.inputs % users.length]!;
    const r = step(state, input(answer, state, user, now.toISOString()), { now });
    if (!r) throw new Error('an existing case returned no result');
    state = r.state;
    run.replies.push(r.replies);
    run.inputs++;
  }
  run.state = state;
  return run;
}

export function send(state: CaseState, a: Answer | CaseInput, clock: Clock, user = 'U01ALICE'): { state: CaseState; replies: Reply[] } {
  const now = clock.tick();
  const inp = 'kind' in a ? a : input(a, state, user, now.toISOString());
  const r = step(state, inp, { now });
  if (!r) throw new Error('an existing case returned no result');
  return r;
}

export const ofType = <K extends Reply['type']>(replies: Reply[], type: K) => replies.filter((r): r is Extract<Reply, { type: K }> => r.type === type);

/**
 * What the case took from people for a question: its recorded answer, or the choice a statement of
 * fact stated (only the pending question is ever answered; words about others are statements).
 */
export function takenFor(state: CaseState, probeId: string): string | undefined {
  const answered = state.asked.find((a) => a.id === probeId)?.answer;
  if (answered !== undefined) return answered;
  return state.scoring?.applied.find((a) => !a.overruled && a.id.startsWith(`statement:${probeId}=`))?.id.split('=')[1];
}
