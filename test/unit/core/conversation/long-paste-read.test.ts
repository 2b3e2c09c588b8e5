/**
 * A paste longer than diagnose reads: the engine says how much of it was read (the input window's
 * note from its own diagnosis), so an adapter (the terminal chat) need not cut the paste again and
 * scan its middle for secrets a second time.
 */
import { step } from '../../../../src/core/conversation/engine';
import { headAndTail } from '../../../../src/core/input-window';
import { PASTES } from '../../../helpers/pastes';

const now = new Date('2026-12-05T10:00:00Z');
const key = { channel: 'cli', thread: 'long' };
const log = Array.from({ length: 30_000 }, (_, i) => `2026-11-22T09:00:00Z INFO processing item ${i} ok`).join('\n');

describe('how much of a long paste was read', () => {
  test('when a paste over the bound opens a case, then the result carries the input window\'s note for it; a short one carries none', () => {
    const long = `${log}\n${PASTES.cliInvalidToken}`;
    const opened = step(undefined, { kind: 'paste', text: long, user: 'U1', at: now.toISOString(), addressed: true }, { now, key })!;
    expect(opened.opened).toBe(true);
    expect(opened.readNote).toBe(headAndTail(long).read!.note);
    const short = step(undefined, { kind: 'paste', text: PASTES.cliInvalidToken, user: 'U1', at: now.toISOString(), addressed: true }, { now, key })!;
    expect(short.readNote).toBeUndefined();
  });

  test('when a paste over the bound comes into an open case, then the result carries its note too', () => {
    const opened = step(undefined, { kind: 'paste', text: PASTES.cliInvalidToken, user: 'U1', at: now.toISOString(), addressed: true }, { now, key })!;
    const more = `${log}\n${PASTES.cliInvalidToken}`;
    const next = step(opened.state, { kind: 'paste', text: more, user: 'U1', at: now.toISOString() }, { now, key })!;
    expect(next.readNote).toBe(headAndTail(more).read!.note);
    expect(next.readNote).toMatch(/^input of [\d,]+ characters: read the first/);
  });
});
