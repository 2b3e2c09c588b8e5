import { CREDENTIAL_PREFIXES, decodeAccountId, KEY_ID_PREFIXES, kindOfPrefix, maskKeyId, oddCharsNote, parseKeyHint } from '../../../src/core/key-id';
import { maskKeyIds } from '../../../src/core/redact';
import { evidenceText } from '../../../src/core/conversation/belief';
import { diagnose } from '../../../src/core/diagnose';

describe('key ids', () => {
  it('when a new-format key id is decoded, then the owning account comes out', () => {
    expect(decodeAccountId('ASIAY34FZKBOKMUTVV7A')).toBe('609629065308');
    expect(decodeAccountId('LSIAQAAAAAAVNCBMPNSG')).toBe('000000000042');
  });

  it('when an old-format key id (5th char I/J) is decoded, then no account is claimed', () => {
    expect(decodeAccountId('AKIAIOSFODNN7EXAMPLE')).toBeUndefined();
  });

  it.each([
    ['AKIA...1234', 'AKIA', '1234'],
    ['AKIA…1234', 'AKIA', '1234'],
    ['AKIA****1234', 'AKIA', '1234'],
    ['`AKIA...1234`', 'AKIA', '1234'],
    ['****1234', undefined, '1234'],
    [' 1234 ', undefined, '1234'],
    ['\uff21\uff2b\uff29\uff21\u2026\uff11\uff12\uff13\uff14', 'AKIA', '1234'], // full-width, as some input methods type it
    ['\u201cAKIA...1234\u201d', 'AKIA', '1234'], // smart quotes, as macOS and Slack turn "…" into
    ['\u2018AKIA****1234\u2019', 'AKIA', '1234'],
    ['AKIA\u2024\u2024\u20241234', 'AKIA', '1234'], // one-dot leaders
    ['AKIA...1234,', 'AKIA', '1234'], // copied out of a sentence, with its punctuation
    ['(AKIAIOSFODNN7EXAMPLE).', 'AKIA', 'IOSFODNN7EXAMPLE'],
    ['****1234;', undefined, '1234'],
    ['1234?', undefined, '1234'],
  ])('when the hint %s is parsed, then prefix %s and tail %s are read', (input, prefix, suffix) => {
    const r = parseKeyHint(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.hint.prefix).toBe(prefix);
      expect(r.hint.suffix).toBe(suffix);
    }
  });

  it.each([
    ['\u0410KIAIOSFODNN7EXAMPLE', [{ position: 1, kind: 'Cyrillic look-alike', codePoint: 'U+0410' }]], // Cyrillic A
    ['\uff21\uff2b\uff29\uff21IOSFODNN7EXAMPLE', [1, 2, 3, 4].map((position) => ({ position, kind: 'full-width', codePoint: expect.stringMatching(/^U\+FF2/) }))],
    ['AKIA\u200bIOSFODNN7EXAMPLE', [{ position: 5, kind: 'hidden', codePoint: 'U+200B' }]], // zero-width space
    ['`AKIA\u0399OSFODNN7EXAMPLE`', [{ position: 5, kind: 'Greek look-alike', codePoint: 'U+0399' }]], // Greek Iota, quoted
  ])('when the whole id %s holds a look-alike, full-width or hidden character, then the folded id is looked up and each such character is kept by place and kind', (input, odd) => {
    const r = parseKeyHint(input);
    expect(r).toMatchObject({ ok: true, hint: { fullId: 'AKIAIOSFODNN7EXAMPLE', oddChars: odd } });
    const note = r.ok ? oddCharsNote(r.hint) : undefined;
    expect(note).toMatch(/itself a likely cause/);
    expect(note).not.toContain('IOSFODNN7EXAMPLE');
  });

  it('when the pasted id holds such characters, then the note names each by place and kind; a plain id gets no note', () => {
    const r = parseKeyHint('\u0410\u041aI\u0410\u200b...1234'); // Cyrillic A and K, then a zero-width space
    expect(r).toMatchObject({ ok: true, hint: { prefix: 'AKIA', suffix: '1234' } });
    const note = r.ok ? oddCharsNote(r.hint) : '';
    expect(note).toContain('character 1 is a Cyrillic look-alike (U+0410)');
    expect(note).toContain('character 2 is a Cyrillic look-alike (U+041A)');
    expect(note).toContain('a hidden zero-width character (U+200B) before character 5');
    expect(note).toMatch(/I looked it up as plain letters and digits/);
    const plain = parseKeyHint('AKIA...1234');
    expect(plain.ok && oddCharsNote(plain.hint)).toBeUndefined();
  });

  it('when a hint holds letters of another alphabet with no Latin twin, then it is refused and they are named', () => {
    const r = parseKeyHint('\u0414KI\u0416...1234'); // Cyrillic De and Zhe
    expect(r).toMatchObject({ ok: false, reason: 'unrecognised' });
    if (!r.ok) {
      expect(r.message).toContain('look like Latin');
      expect(r.message).toContain('\u0414 (U+0414)');
    }
  });

  it.each([
    ['hello there', /not one access key id/],
    ['my key', /not one access key id/],
    ['AKIA...1234 please', /not one access key id/],
    ['key AKIA...1234', /not one access key id/],
    ['1234 5678', /not one access key id/],
    ['AKIA12', /prefix AKIA and 2 more characters/],
    ['AKIA 12', /prefix AKIA and 2 more characters/],
    ['ASIA', /only the prefix/],
    ['AKIAIOSFODNN7EXAMPL', /19 characters; an access key id has 20/],
  ])('when the hint %s names no single key, then it is refused (not searched as a key ending in its last letters)', (input, message) => {
    const r = parseKeyHint(input);
    expect(r).toMatchObject({ ok: false, reason: 'unrecognised' });
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it.each([
    ['AKIA 1234', 'AKIA', '1234', undefined],
    ['AKIA ... 1234', 'AKIA', '1234', undefined],
    ['akia 1234', 'AKIA', '1234', undefined],
    ['AKIA1234', 'AKIA', '1234', undefined],
    ['AKIAIOSF MPLE', 'AKIA', 'MPLE', 'AKIAIOSF'],
    ['7EXAMPLE', undefined, '7EXAMPLE', undefined],
  ])('when one key id is typed with spaces or without a mask (%s), then it is still read', (input, prefix, suffix, head) => {
    const r = parseKeyHint(input);
    expect(r.ok && { prefix: r.hint.prefix, suffix: r.hint.suffix, head: r.hint.head }).toEqual({ prefix, suffix, head });
  });

  it('when a secret access key is given as a hint, then it is refused without echo', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const r = parseKeyHint(secret);
    expect(r).toMatchObject({ ok: false, reason: 'looks-like-secret' });
    expect(JSON.stringify(r)).not.toContain(secret);
  });

  it('when prefixes are classified, then ASIA is temporary and AKIA long-term', () => {
    expect(kindOfPrefix('ASIA')).toBe('temporary');
    expect(kindOfPrefix('AKIA')).toBe('long-term');
    expect(kindOfPrefix('QQQQ')).toBe('unknown');
    expect(maskKeyId('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA…MPLE');
  });

  describe('one table of prefixes (IAM User Guide, unique identifiers)', () => {
    it('when the table is read, then every row is a distinct four-letter prefix with a source', () => {
      const prefixes = KEY_ID_PREFIXES.map((p) => p.prefix);
      expect(new Set(prefixes).size).toBe(prefixes.length);
      for (const p of KEY_ID_PREFIXES) {
        expect(p.prefix).toMatch(/^[A-Z]{4}$/);
        expect(p.source).toMatch(/^https:\/\//);
      }
    });

    it('when the credential prefixes are listed, then they are the access key ids, not principal ids', () => {
      expect([...CREDENTIAL_PREFIXES].sort()).toEqual(['ABIA', 'ACCA', 'AKIA', 'ASIA', 'LKIA', 'LSIA']);
      expect(kindOfPrefix('AGPA')).toBe('unknown');
      expect(kindOfPrefix('AIDA')).toBe('user-id');
    });

    it.each(['AKIA', 'ASIA', 'ABIA', 'ACCA', 'LKIA', 'LSIA', 'AIDA', 'AROA', 'AGPA', 'AIPA', 'ANPA', 'ANVA', 'APKA', 'ASCA'])(
      'when a full %s id is shown or kept, then only its prefix and last 4 remain',
      (prefix) => {
        const id = `${prefix}IOSFODNN7EXAMPLE`;
        expect(maskKeyIds(`id ${id} here`)).toBe(`id ${prefix}…MPLE here`);
        expect(evidenceText(`id ${id} here`)).not.toContain('IOSFODNN7');
      },
    );

    it('when an id starts with the scanners-only A3T prefix, then it is masked in replies too', () => {
      expect(maskKeyIds('id A3TXIOSFODNN7EXAMPLE')).toBe('id A3TX…MPLE');
    });

    it('when an A3T id is in a case\'s evidence, then it is kept as a stand-in with only its prefix and last 4', () => {
      expect(evidenceText('id A3TXIOSFODNN7EXAMPLE here')).toBe('id A3TXIAAAAAAAAAAAMPLE here');
    });

    it('when diagnose reads full ids, then the eight prefixes with a kind are read and the other ids are not', () => {
      const kinds = (text: string) => diagnose(text).facts.keyIds.map((k) => `${k.prefix}:${k.kind}`);
      expect(kinds('InvalidClientTokenId for ASIAIOSFODNN7EXAMPLE')).toEqual(['ASIA:temporary']);
      expect(kinds('InvalidClientTokenId for LKIAIOSFODNN7EXAMPLE')).toEqual(['LKIA:localstack']);
      expect(kinds('InvalidClientTokenId for AGPAIOSFODNN7EXAMPLE')).toEqual([]);
    });

    it('when a key id is masked to the end, then only AWS access key prefixes count (not LocalStack, not principal ids)', () => {
      const prefixes = (text: string) => diagnose(`InvalidClientTokenId: the key ${text} was rejected`).facts.keyIds.map((k) => k.prefix);
      expect(prefixes('ASIA****************')).toEqual(['ASIA']);
      expect(prefixes('LKIA****************')).toEqual([]);
    });
  });

  describe('another IAM identifier given for a key (QA39 F13)', () => {
    it.each([
      ['AIDAZX3PLMQ7RT5VW2NB', /IAM user's unique id.*list-access-keys/],
      ['AIDA...W2NB', /IAM user's unique id/],
      ['AROAZX3PLMQ7RT5VW2NB', /IAM role's unique id/],
      ['100000000000', /account id/],
      ['arn:aws:iam::100000000000:user/user-00000', /ARN.*get-caller-identity/],
    ])('when %s is given, then it is refused with what it is and how to get the key id', (input, said) => {
      const r = parseKeyHint(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(said);
        expect(r.message).toContain('aws configure get aws_access_key_id');
      }
    });

    it('when a key id or its last four characters are given, then they are still read', () => {
      expect(parseKeyHint('AKIAIOSFODNN7EXAMPLE').ok).toBe(true);
      expect(parseKeyHint('ASIA...1234').ok).toBe(true);
      expect(parseKeyHint('1234').ok).toBe(true);
    });
  });
});

