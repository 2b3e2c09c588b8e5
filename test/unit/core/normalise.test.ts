import { MAX_INPUT_CHARS, MAX_LINE_CHARS, normalise } from '../../../src/core/normalise';
import { diagnose } from '../../../src/core/diagnose';
import { redact } from '../../../src/core/redact';
import { decodedView } from '../../../src/core/secrets/view';

describe('normalise', () => {
  it('when Slack entities, links and mailto appear, then they are decoded to what the user saw', () => {
    const r = normalise('a &lt;b&gt; &amp; <https://sts.amazonaws.com|sts.amazonaws.com> <mailto:ops@example.com|ops@example.com> <https://x.example/y>');
    expect(r.text).toBe('a <b> & sts.amazonaws.com ops@example.com https://x.example/y');
  });

  it('when code fences, CRLF and ANSI colours appear, then they are removed but line numbers are kept', () => {
    const r = normalise('```bash\r\n\u001b[31mAn error occurred\u001b[0m\r\n```\r\nnext');
    expect(r.text.split('\n')).toEqual(['', 'An error occurred', '', 'next']);
  });

  it('when a zero-width space sits inside a key, then it is removed for matching and recorded with its line and column', () => {
    const r = normalise('line one\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7\u200bEXAMPLE');
    expect(r.text).toBe('line one\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE');
    expect(r.hidden).toEqual([{ codePoint: 'U+200B', name: 'ZERO WIDTH SPACE', line: 2, column: 32 }]);
  });

  it('when Cyrillic look-alikes sit inside a Latin word, then they are folded and recorded; a Russian sentence is left alone', () => {
    const mixed = normalise('AKIAIOSFODNN7EXAMPL\u0415');
    expect(mixed.text).toBe('AKIAIOSFODNN7EXAMPLE');
    expect(mixed.hidden[0]).toMatchObject({ codePoint: 'U+0415', name: 'CYRILLIC CAPITAL LETTER IE' });
    const russian = normalise('\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440');
    expect(russian.text).toBe('\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440');
    expect(russian.hidden).toEqual([]);
  });

  it('when no-break spaces and full-width letters appear, then they become ASCII and are recorded', () => {
    const r = normalise('key\u00a0=\u00a0\uff21\uff2b\uff29\uff21');
    expect(r.text).toBe('key = AKIA');
    expect(r.hidden.map((h) => h.name)).toEqual(['NO-BREAK SPACE', 'NO-BREAK SPACE', 'FULLWIDTH FORM', 'FULLWIDTH FORM', 'FULLWIDTH FORM', 'FULLWIDTH FORM']);
  });

  it('when emoji use a zero-width joiner, then nothing is recorded', () => {
    expect(normalise('family \u{1F468}\u200d\u{1F469}').hidden).toEqual([]);
  });

  it('when the input is over the size bound, then it is cut at a boundary with a note', () => {
    const big = 'word '.repeat(MAX_INPUT_CHARS / 5 + 1000);
    const r = normalise(big);
    expect(r.text.replace(/\n/g, '').length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(r.notes.join(' ')).toMatch(/truncated at/);
  });

  it('when binary noise, NULs, replacement characters and lone surrogates appear, then they are replaced (lone surrogates dropped) with a note', () => {
    const r = normalise('a\u0000b\ufffdc\ud800d\u0007e');
    // A lone surrogate takes no room: an invisible character typed inside a pair must not split a value.
    expect(r.text).toBe('a b cd e');
    expect(r.notes.join(' ')).toMatch(/4 control or invalid characters replaced/);
  });

  it('when one line is very long, then it is soft-wrapped into bounded lines', () => {
    const r = normalise('x'.repeat(MAX_LINE_CHARS * 3 + 5));
    const lines = r.text.split('\n');
    expect(lines.length).toBe(4);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(MAX_LINE_CHARS);
  });
});

describe('normalise: long lines are never cut inside a value', () => {
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

  it('when a line without separators is soft-wrapped across a secret, then the secret moves whole to the next line', () => {
    const head = 'ab~'.repeat(2727);
    const r = normalise(`${head}${SECRET}~tail`);
    expect(r.text.split('\n').some((l) => l.includes(SECRET))).toBe(true);
  });

  it('when such a line is diagnosed, then no piece of the secret is in the result', () => {
    const d = JSON.stringify(diagnose(`${'ab~'.repeat(2727)}${SECRET}~InvalidClientTokenId`));
    expect(d).not.toContain(SECRET.slice(0, 11));
    expect(d).not.toContain(SECRET.slice(11));
  });
});

describe('numeric HTML entities and &nbsp; are decoded by normalise, before its checks (review finding 5)', () => {
  it('when a look-alike letter comes as a numeric entity, then it is recorded as the typed letter is', () => {
    const typed = diagnose('AWS_ACCESS_KEY_ID=AKIAIOSF\u041eDNN7EXAMPLE\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation');
    const encoded = diagnose('AWS_ACCESS_KEY_ID=AKIAIOSF&#x41E;DNN7EXAMPLE\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation');
    expect(typed.facts.hiddenCharacters?.map((h) => h.codePoint)).toEqual(['U+041E']);
    expect(encoded.facts.hiddenCharacters?.map((h) => h.codePoint)).toEqual(['U+041E']);
  });

  it('when a zero-width space comes as &#8203;, then it is recorded, and &nbsp; reads as a space', () => {
    const r = normalise('key AKIAIOSFODNN7&#8203;EXAMPLE&nbsp;here &#x2F; &#47;');
    expect(r.text).toBe('key AKIAIOSFODNN7EXAMPLE here / /');
    expect(r.hidden.map((h) => h.codePoint)).toEqual(['U+200B']);
  });

  it('when the secrets view reads &nbsp; and numeric entities, then a key in &nbsp;-separated groups is one key', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const r = redact(`aws_secret_access_key =&nbsp;${key.match(/.{1,10}/g)!.join('&nbsp;')} &#x41;`);
    expect(r.text).toBe('aws_secret_access_key =&nbsp;[REDACTED:secret-access-key] &#x41;');
    // The view's own table is normalise's: &nbsp; and every numeric entity.
    expect(decodedView('a&nbsp;b&#x41;&#8203;c&#x2f;').text).toBe('a bAc/');
  });
});
