/**
 * `awskey chat --jsonl` as a process: one JSON input per line in, one JSON object per input out, the
 * contract of docs/conversation.md ("`awskey chat --jsonl` protocol").
 */
import { MAX_LINE_CHARS, parseJsonlLine, type JsonlReply } from '../../src/adapters/cli/chat-jsonl';
import { EXAMPLE_SECRET, LONG_LOG, PASTES } from '../helpers/pastes';
import { runCli } from '../helpers/run-cli';


/** Runs `awskey chat --jsonl` with these input lines and parses every output line. */
async function jsonl(lines: string[], args: string[] = []): Promise<{ code: number | null; stdout: string; out: JsonlReply[] }> {
  const { code, stdout } = await runCli(['chat', '--jsonl', '--ephemeral', ...args], { stdin: `${lines.join('\n')}\n`, env: { LOG_LEVEL: 'warn' } });
  return { code, stdout, out: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonlReply) };
}

const text = (t: string) => JSON.stringify({ text: t });

describe('awskey chat --jsonl', () => {
  it('when a case is worked to the end, then each input gets one object: the fix with its cause and ranking, a bad line an error and the case goes on, verification, then a new case', async () => {
    const r = await jsonl(
      [
        text(PASTES.expiredToken),
        '{"text": "unterminated',
        JSON.stringify({ command: 'done' }),
        text(PASTES.callerIdentity),
        text(PASTES.signatureMismatch),
      ],
      ['--session', 'j1'],
    );
    expect(r.code).toBe(0);
    expect(r.out.map((o) => [o.line, o.kind])).toEqual([
      [1, 'fix'],
      [2, 'error'],
      [3, 'verify'],
      [4, 'resolved'],
      [5, expect.stringMatching(/^(fix|question|command)$/)],
    ]);
    const [fix, bad, verify, resolved, next] = r.out as [JsonlReply, JsonlReply, JsonlReply, JsonlReply, JsonlReply];
    expect(fix).toMatchObject({ v: 1, case: 'j1', opened: true, phase: 'remediating', fix: { cause: 'temporary-credentials-expired' } });
    expect(fix.ranking![0]).toEqual({ cause: 'temporary-credentials-expired', p: expect.any(Number) });
    expect(fix.ranking!.reduce((s, c) => s + c.p, 0)).toBeCloseTo(1, 1);
    expect(bad.error?.code).toBe('invalid-json');
    expect(bad).toMatchObject({ case: 'j1', phase: 'remediating' });
    expect(verify.verification).toEqual({ result: 'requested', commands: expect.arrayContaining([expect.stringContaining('aws sts get-caller-identity')]) });
    expect(resolved).toMatchObject({ case: 'j1', phase: 'resolved', verification: { result: 'verified' } });
    expect(resolved.summary).toContain('AWS credential case summary');
    // A new error after the case was resolved is a new case, not the old one reopened.
    expect(next).toMatchObject({ case: 'j1.2', opened: true });
  }, 60_000);

  it('when a question is answered by number, by choice id, or a command is used, then the answer recorded is reported under "understood"', async () => {
    const first = await jsonl([text(PASTES.cliInvalidToken)]);
    const q = first.out[0]!.question!;
    expect(first.out[0]!.kind).toMatch(/^(question|command)$/);
    expect(q.id).toEqual(expect.any(String));
    expect(first.out[0]!.pending).toEqual({ id: q.id, kind: q.kind });
    if (q.kind !== 'question') return; // the engine chose a command first: the rest needs a question
    const byNumber = await jsonl([text(PASTES.cliInvalidToken), JSON.stringify({ answer: { question: q.id, choice: 2 } })]);
    expect(byNumber.out[1]!.understood).toEqual([{ question: q.id, answer: q.choices[1]!.id }]);
    const byId = await jsonl([text(PASTES.cliInvalidToken), JSON.stringify({ answer: { question: q.id, choice: q.choices[0]!.id } }), JSON.stringify({ command: 'not-this' })]);
    expect(byId.out[1]!.understood).toEqual([{ question: q.id, answer: q.choices[0]!.id }]);
    expect(byId.out[2]!.kind).not.toBe('error');
  }, 60_000);

  it('when an answer names a question that was not asked or a choice it does not have, then it is refused with the valid ids, and the right answer still works', async () => {
    const first = await jsonl([text(PASTES.cliInvalidToken)]);
    const q = first.out[0]!.question!;
    if (q.kind !== 'question') return; // the engine chose a command first: the rest needs a question
    const r = await jsonl([
      text(PASTES.cliInvalidToken),
      JSON.stringify({ answer: { question: 'no-such-question', choice: q.choices[0]!.id } }),
      JSON.stringify({ answer: { question: q.id, choice: 'no-such-choice' } }),
      JSON.stringify({ answer: { question: q.id, choice: 99 } }),
      JSON.stringify({ answer: { question: q.id, choice: 1 } }),
    ]);
    expect(r.out.map((o) => (o.kind === 'error' ? o.error!.code : 'ok'))).toEqual(['ok', 'invalid-input', 'invalid-input', 'invalid-input', 'ok']);
    expect(r.out[1]!.error!.message).toContain(`"${q.id}"`);
    expect(r.out[2]!.error!.message).toContain(q.choices.map((c) => c.id).join(', '));
    expect(r.stdout).not.toContain('no-such');
    expect(r.out[4]!.understood).toEqual([{ question: q.id, answer: q.choices[0]!.id }]);
  }, 60_000);

  it('when lines are not chat inputs, then each gets an error object that repeats nothing of the line, and the case goes on', async () => {
    const marker = 'MARKER-do-not-echo-7f3a';
    const r = await jsonl([
      JSON.stringify({ answer: { question: 'key-prefix', choice: 'akia' } }),
      `not json ${marker}`,
      JSON.stringify({ txt: marker }),
      JSON.stringify({ command: 'explode', note: marker }),
      text(PASTES.withSecret),
      JSON.stringify({ command: 'new' }),
      JSON.stringify({ command: 'resolve' }),
    ]);
    expect(r.out.map((o) => o.kind === 'error' ? o.error!.code : o.kind)).toEqual(['no-case', 'invalid-json', 'invalid-input', 'invalid-input', expect.stringMatching(/^(fix|question|command)$/), 'new-case', 'no-case']);
    expect(r.stdout).not.toContain(marker);
    // Secrets: the pasted secret and full key id never come back; the poster is warned.
    expect(r.stdout).not.toContain(EXAMPLE_SECRET);
    expect(r.stdout).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(r.out[4]!.warnings?.join(' ')).toMatch(/secret access key/i);
  }, 60_000);
});

describe('chat --jsonl input lines', () => {
  it('when a line has a byte-order mark, extra fields, a huge size or the wrong shape, then it is read or refused as the contract says', () => {
    expect(parseJsonlLine('\uFEFF{"text": "x"}')).toEqual({ ok: true, input: { text: 'x' } });
    expect(parseJsonlLine('{"answer": {"question": "key-prefix", "choice": 2}, "user": "bob"}')).toEqual({ ok: true, input: { answer: { question: 'key-prefix', choice: 2 }, user: 'bob' } });
    expect(parseJsonlLine('{"text": "x", "extra": 1}')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseJsonlLine('{"text": ""}')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseJsonlLine('{"command": "quit"}')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseJsonlLine('[1, 2]')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseJsonlLine(`{"text": "${'a'.repeat(MAX_LINE_CHARS)}"}`)).toMatchObject({ ok: false, error: { code: 'too-long' } });
  });
});

describe('awskey chat --jsonl: a long paste', () => {
  it('when a 27 KB log ends in InvalidClientTokenId, then the ranking is diagnose\'s (the error at the end is read)', async () => {
    const r = await jsonl([text(LONG_LOG)], ['--session', 'long1']);
    expect(r.code).toBe(0);
    const [first] = r.out as [JsonlReply];
    expect(first.ranking![0]!.cause).toBe('wrong-account-or-partition');
    expect(first.kind === 'fix' && first.fix?.cause === 'not-aws-credential-error').toBe(false);
  });
});
