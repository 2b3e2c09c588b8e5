/**
 * A secret access key glued onto an STS ARN as its last name (review 33b R33b-4, left open at stop 33): an assumed role's
 * session name may be up to 64 random characters, so a key with no `/` there was not told from one and left whole.
 * Decided here: a whole session name of exactly a key's length (40), or an access key id with 40 after it, ending the
 * ARN, is redacted; a session name of 40 random characters redacted is the lesser harm than a key let through. A
 * federated user's name is 2 to 32 characters (STS GetFederationToken's Name), so 40 there is a key. A key id alone as a
 * session name stays: key ids are evidence everywhere (docs/security.md), shown shortened. Names of other lengths, the
 * SDKs' session names and e-mail addresses stay, and the role's name before the key stays with the ARN's head.
 */
import fc from 'fast-check';
import { findSecrets, redact } from '../../../src/core/redact';
import { ALNUM, chars } from '../../helpers/secret-shapes';

/** A secret access key with no `/` (one with `/` was caught before): 40 of its alphabet, both cases and a digit. */
const keyNoSlash = chars([...ALNUM, '+'], 40, 40).filter((s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s));
const role = fc.constantFrom('Role', 'deploy', 'my-role', 'AWSReservedSSO_AdministratorAccess_0123456789abcdef', 'ci.runner', 'r');
const account = fc.constantFrom('123456789012', 'xxxx', '************');
const partition = fc.constantFrom('aws', 'aws-cn', 'aws-us-gov');
/** Where an ARN stands in a paste: an AccessDenied, a `creds=` line, a JSON field, the end of a sentence. */
const place = fc.constantFrom(
  (arn: string) => `User: ${arn} is not authorized to perform: s3:GetObject`,
  (arn: string) => `creds=${arn}`,
  (arn: string) => `{"Arn": "${arn}"}`,
  (arn: string) => `the caller is ${arn}.`,
);

/**
 * The session name before the key: none, or separated names a key is glued after (review 34b R34b-3: kept whole at
 * bddd8e9f; an e-mail, IAM Identity Center's session name, and `Alice=1`: review R35b-11, kept whole before 35s).
 */
const gluedAfter = fc.constantFrom('', '', 'alice.smith', 'botocore-session-1', 'alice@example.com', 'Alice=1');

/** A key glued onto an assumed role's ARN (after a session name or none) goes, and the ARN up to the name stays. */
const keyGoesRoleStays = fc.property(partition, account, role, gluedAfter, keyNoSlash, place, (p, a, r, name, key, at) => {
  const head = `arn:${p}:sts::${a}:assumed-role/${r}/${name}`;
  const out = redact(at(`${head}${key}`)).text;
  expect(out).not.toContain(key.slice(0, 16));
  expect(out).not.toContain(key.slice(-16));
  expect(out).toContain(head);
});

describe('a key glued onto an STS ARN as its session name', () => {
  it('when a key with no `/` is an assumed role\'s session name (300 generated), then the key goes and the ARN up to the role stays', () => {
    fc.assert(
      keyGoesRoleStays,
      { numRuns: 300 },
    );
  });

  it('when the key is read as a window of its run (words in it: `…1issB…toeA…`), then the session is still read to the run\'s end and the key goes (random seed 1857670265)', () => {
    // The seed draws a key after `botocore-session-1` whose random part randomPart gives as a window ending before
    // the run's end; the session was read up to the window's end only, shorter than a key, and let through.
    fc.assert(
      keyGoesRoleStays,
      { numRuns: 300, seed: 1857670265 },
    );
  });

  it('when an access key id and its key are glued together as the session name, then the key goes', () => {
    fc.assert(
      fc.property(account, role, keyNoSlash, place, (a, r, key, at) => {
        const out = redact(at(`arn:aws:sts::${a}:assumed-role/${r}/AKIAIOSFODNN7EXAMPLE${key}`)).text;
        expect(out).not.toContain(key.slice(0, 16));
        expect(out).toContain(`assumed-role/${r}/`);
      }),
      { numRuns: 100 },
    );
  });

  it("when a key is a federated user's name (at most 32 characters), then the key goes", () => {
    fc.assert(
      fc.property(account, keyNoSlash, place, (a, key, at) => {
        const out = redact(at(`arn:aws:sts::${a}:federated-user/${key}`)).text;
        expect(out).not.toContain(key.slice(0, 16));
        expect(out).toContain('federated-user/');
      }),
      { numRuns: 100 },
    );
  });

  it('when a session name is an access key id alone, then it stays (a key id is evidence) and no secret is reported', () => {
    for (const id of ['AKIAIOSFODNN7EXAMPLE', 'ASIAIOSFODNN7EXAMPLE']) {
      const text = `User: arn:aws:sts::123456789012:assumed-role/Role/${id} is not authorized to perform: sts:GetCallerIdentity`;
      expect(findSecrets(text)).toEqual([]);
      expect(redact(text).text).toBe(text);
    }
  });

  it('when a session name is random but not of a key\'s length, an SDK\'s or a person\'s (300 generated), then the ARN stays', () => {
    const session = fc.oneof(
      chars(ALNUM, 24, 39),
      chars(ALNUM, 41, 64),
      fc.integer({ min: 1_600_000_000, max: 1_800_000_000 }).map((n) => `botocore-session-${n}`),
      fc.bigInt({ min: 1_600_000_000_000_000_000n, max: 1_800_000_000_000_000_000n }).map((n) => `aws-go-sdk-${n}`),
      fc.tuple(fc.constantFrom('ApiGateway', 'Lambda', 'GitHubActions'), chars(ALNUM, 20, 40)).map(([w, r]) => `${w}-${r}`),
      fc.constantFrom('jane.doe@example.com', 'i-0123456789abcdef0', 'AKIAIOSFODNN7EXAMPLE'),
    );
    fc.assert(
      fc.property(partition, account, role, session, place, (p, a, r, s, at) => {
        const text = at(`arn:${p}:sts::${a}:assumed-role/${r}/${s}`);
        expect(redact(text).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('when a key with one or two `/` is glued after a separated session name (R34d-1, every position), then the key goes and the name stays', () => {
    // A session name holds no `/` (RoleSessionName `[\w+=,.@-]*`): read from its `/` on, the key's rest was too short to be one.
    const key = 'wJalrXUtnFEMIxK7MDENGqbPxRfiCYzq8sT3vB1d';
    const withSlashes = (...at: number[]): string => [...key].map((c, i) => (at.includes(i) ? '/' : c)).join('');
    const keys = [...Array(40).keys()].flatMap((i) => [withSlashes(i), withSlashes(i, (i + 17) % 40)]);
    for (const name of ['alice.smith', 'botocore-session-1', 'alice@example.com', 'Alice=1'])
      for (const k of keys)
        for (const tail of [' is not authorized to perform: s3:GetObject', ':', ')', '']) {
          const head = `arn:aws:sts::123456789012:assumed-role/Admin/${name}`;
          const out = redact(`User: ${head}${k}${tail}`).text;
          expect(out).not.toContain(k.slice(0, 12));
          expect(out).not.toContain(k.slice(-12));
          expect(out).toContain(`${head}[REDACTED:secret-access-key]${tail}`);
        }
  });

  it('when a key with `/` is the session name after a role, then the role stays', () => {
    const out = redact('User: arn:aws:sts::123456789012:assumed-role/Admin/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY is not authorized').text;
    expect(out).toBe('User: arn:aws:sts::123456789012:assumed-role/Admin/[REDACTED:secret-access-key] is not authorized');
  });

  it("when an ARN ends a line of a terminal's width and the next line opens with a word, then the word is read as the session name's rest and a name of pieces with 40 random after it goes (random seed 1432979225, the lesser harm)", () => {
    // A 132-column row: the view reads the next row's first word as the ARN's rest, as it must for a key cut there (below).
    const row = 'PARAMETERS\tDBPasswordSecretArn\tarn:aws:sts::000000000000:assumed-role/ConnectionGroupCustom0000/Api-AAAAAAAAAAAAAAAAAAAAAAAAAAAAArA7';
    expect(row.length).toBe(132);
    const r = redact(`${row}\nPARAMETERS\tDBPassword\t****\nPARAMETERS\tEnv\tprod`);
    expect(r.count).toBe(1);
    expect(r.text).toContain('assumed-role/ConnectionGroupCustom0000/Api-AA[REDACTED');
    // the same row one column shorter is no cut: the session name stays
    const short = `${row.slice(0, -1)}\nPARAMETERS\tDBPassword\t****`;
    expect(redact(short).text).toBe(short);
  });

  it("when a key glued after a session name is cut by a terminal's width, then it goes whole", () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const line = `User: arn:aws:sts::123456789012:assumed-role/Admin/alice.smith${key} is not authorized to perform: s3:GetObject`;
    // (the key starts at column 63: each width cuts inside it)
    for (const width of [64, 72, 80, 100]) {
      const cut = `${line.slice(0, width)}\n${line.slice(width)}`;
      const out = redact(cut).text;
      expect(out).toContain('assumed-role/Admin/alice.smith[REDACTED');
      expect(out.replace(/\n/g, '')).not.toMatch(/K7MDENG|bPxRfiCY|XAMPLEKEY/);
    }
  });

  it("when a key as a session name is followed by ':' (R34b-3), then it goes as before ')' or a blank", () => {
    fc.assert(
      fc.property(keyNoSlash, (key) => {
        const out = redact(`User: arn:aws:sts::123456789012:assumed-role/Admin/${key}: is not authorized`).text;
        expect(out).not.toContain(key.slice(0, 16));
      }),
      { numRuns: 100 },
    );
  });
});
