/**
 * A later statement of an answered question corrects it (QA 34 F14): "ASIA", then "wait no sorry its AKIA" takes the
 * temporary-key reading back, so the fix for a key sent without its session token no longer leads.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

// The README's own example.
const INVALID_TOKEN =
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('chat --jsonl: a corrected answer', () => {
  it('when the key prefix answered ASIA is corrected to AKIA, then the ASIA reading goes and the session-token cause no longer leads', async () => {
    const { send, session } = await jsonlChat('corr1');
    expect((await send({ text: INVALID_TOKEN })).pending?.id).toBe('key-prefix');
    const asia = await send({ text: 'ASIA' });
    expect(asia.ranking![0]!.cause).toBe('missing-session-token');
    const r = await send({ text: 'wait no sorry its AKIA, i rotated it yesterday' });
    expect(r.ranking![0]!.cause).not.toBe('missing-session-token');
    const p = (id: string) => r.ranking!.find((x) => x.cause === id)?.p ?? 0;
    expect(p('missing-session-token')).toBeLessThan(asia.ranking!.find((x) => x.cause === 'missing-session-token')!.p / 2);
    expect(session.state?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('akia');
    expect(JSON.stringify(r)).not.toMatch(/temporary \(ASIA\) session key/i);
    // The rotation said in the same reply now counts with the long-term key and leads; the session-token fix is withdrawn
    // and the case asks on, as "AKIA, i rotated it yesterday" answered first does (review 34b R34b-5).
    expect(r.ranking![0]!.cause).toBe('stale-credentials-after-rotation');
    expect(r.fix).toBeUndefined();
    expect(session.state?.phase).toBe('diagnosing');
  });

  // Review 34b R34b-4: a reply opening with a correction word is no correction when it asks, or when the other choice is
  // someone's belief taken back in the same breath.
  it('when a reply opening with "sorry" asks what the other choice means, then the key prefix answered ASIA stays', async () => {
    const { send, session } = await jsonlChat('corr2');
    await send({ text: INVALID_TOKEN });
    const asia = await send({ text: 'ASIA' });
    const r = await send({ text: 'sorry what does AKIA mean?' });
    expect(session.state?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('asia');
    expect(r.ranking![0]!.cause).toBe(asia.ranking![0]!.cause);
  });
  it('when a reply opening with "actually" tells a coworker\'s belief denied at once, then the key prefix answered AKIA stays', async () => {
    const { send, session } = await jsonlChat('corr3');
    await send({ text: INVALID_TOKEN });
    await send({ text: 'AKIA' });
    const r = await send({ text: 'actually my coworker thought it was ASIA but no' });
    expect(session.state?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('akia');
    expect(r.ranking![0]!.cause).not.toBe('missing-session-token');
  });
  // Review 34b R34b-5: corrected after its fix was shown, the case is where it would be had the corrected answer come first.
  it('when ASIA led to a fix and is corrected to AKIA, then the case goes on as if AKIA had been answered first', async () => {
    const fresh = await jsonlChat('corr4');
    await fresh.send({ text: INVALID_TOKEN });
    const akia = await fresh.send({ text: 'AKIA' });
    const { send, session } = await jsonlChat('corr5');
    await send({ text: INVALID_TOKEN });
    const asia = await send({ text: 'ASIA' });
    expect(asia.fix?.cause).toBe('missing-session-token');
    const r = await send({ text: 'wait no sorry its AKIA' });
    expect(session.state?.phase).toBe(fresh.session.state?.phase);
    expect(r.pending?.id).toBe(akia.pending?.id);
    expect(r.fix?.cause).toBe(akia.fix?.cause);
  });
  // Review 34d R34d-7 (a): only the claim the correction word opens is read for a question or someone's belief; a question
  // asked after it, or a denial of something else, takes nothing back.
  it.each([
    ['AKIA', "actually it's ASIA, from sso. does that matter?", 'asia'],
    ['ASIA', "no, it's AKIA but not rotated recently", 'akia'],
  ])('when the key prefix answered %s is corrected by "%s", then it is %s', async (first, correction, corrected) => {
    const { send, session } = await jsonlChat(`corr-${corrected}`);
    await send({ text: INVALID_TOKEN });
    await send({ text: first });
    await send({ text: correction });
    expect(session.state?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe(corrected);
  });
  // Review 35 R35-5: the other choice is read in the correction's own claim only, and a hedge there or a question asked
  // without its mark takes nothing back; a choice said later in the reply corrects nothing.
  it.each([
    'actually my coworker, who set it up, thought it was ASIA',
    'no, I did not rotate it. the key starts with ASIA I think',
    'wait no, its ASIA I think',
    'wait, is it ASIA',
    'sorry, the docs say it is ASIA',
  ])('when the key prefix answered AKIA is followed by "%s", then it stays AKIA', async (reply) => {
    const { send, session } = await jsonlChat(`corr-kept-${reply.length}`);
    await send({ text: INVALID_TOKEN });
    await send({ text: 'AKIA' });
    await send({ text: reply });
    expect(session.state?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('akia');
  });
  // Review 35b R35b-10: a correction without a subject, as chat says it, is taken.
  it.each(['actually, was ASIA not AKIA', 'correction: can confirm it is ASIA'])('when the key prefix answered AKIA is corrected by "%s", then it is ASIA', async (reply) => {
    const { send, session } = await jsonlChat(`corr-elliptic-${reply.length}`);
    await send({ text: INVALID_TOKEN });
    await send({ text: 'AKIA' });
    await send({ text: reply });
    expect(session.state?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('asia');
  });
  // Review 34d R34d-7 (b): correcting an answer the fix did not stand on leaves the fix shown.
  it('when the runtime said in the opening is corrected while the session-token fix is shown, then the fix stays', async () => {
    const { send, session } = await jsonlChat('corr8');
    await send({ text: `running this from my laptop:\n${INVALID_TOKEN}` });
    const asia = await send({ text: 'ASIA' });
    expect(asia.fix?.cause).toBe('missing-session-token');
    await send({ text: 'actually its a github actions runner, not my laptop' });
    expect(session.state?.asked.find((a) => a.id === 'runtime')?.answer).toBe('ci');
    expect(session.state?.phase).toBe('remediating');
    expect(session.state?.scoring?.current).toBe('missing-session-token');
    // Not taken back to diagnosing on a fix that stood on the key prefix, not on the runtime.
    expect(session.state?.timeline.map((e) => e.event)).not.toContain('back to diagnosing: the answer its fix stood on was corrected');
  });
});
