import fc from 'fast-check';
import { maskKeyIds, redact } from '../../../src/core/redact';
import { diagnose } from '../../../src/core/diagnose';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('redact', () => {
  it.each([
    ['env export', `export AWS_SECRET_ACCESS_KEY=${SECRET}`, 'secret-access-key'],
    ['credentials file', `aws_secret_access_key = ${SECRET}`, 'secret-access-key'],
    ['JSON', `{"SecretAccessKey": "${SECRET}"}`, 'secret-access-key'],
    ['configure prompt', `AWS Secret Access Key [None]: ${SECRET}`, 'secret-access-key'],
    ['bare', `the secret is ${SECRET} ok`, 'secret-access-key'],
    ['session token env', 'AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEXAMPLEdGVzdA//////////wEaCXVzLXdlc3QtMiJH', 'session-token'],
    ['session token JSON', '"SessionToken": "FwoGZXIvYXdzEXAMPLEdGVzdHRva2Vu"', 'session-token'],
    ['presigned URL', 'https://b.s3.amazonaws.com/k?X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLE%2F%2Fabc&X-Amz-Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7', 'signature'],
    ['auth header signature', 'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261120/eu-west-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7', 'signature'],
    ['slack token', 'token xoxb-1234567890-abcdefghijkl', 'slack-token'],
    ['password in URL', 'postgres://app:hunter2secret@db.internal:5432/x', 'password'],
    ['EKS token', 'token: k8s-aws-v1.aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8_QWN0aW9u', 'other-token'],
  ])('when a %s holds a secret, then it is replaced and counted', (_name, text, kind) => {
    const r = redact(text);
    expect(r.count).toBeGreaterThanOrEqual(1);
    expect(r.kinds).toContain(kind);
    expect(r.text).toContain(`[REDACTED:${kind}]`);
    expect(r.text).not.toContain(SECRET);
    expect(r.text).not.toMatch(/hunter2secret|5d672d79c15b|xoxb-1234567890-abc|IQoJb3JpZ2luX2VjEXAMPLE/);
  });

  it('when a PEM private key spans lines, then it is removed and the line count is kept', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1c2\nabcDEF123==\n-----END RSA PRIVATE KEY-----\nafter';
    const r = redact(pem);
    expect(r.text.split('\n').length).toBe(pem.split('\n').length);
    expect(r.text).not.toContain('MIIEpAIBAAKCAQEA1c2');
    expect(r.text.endsWith('after')).toBe(true);
    expect(r.kinds).toEqual(['private-key']);
  });

  it('when a private key has no END marker, then its body is still removed', () => {
    const r = redact('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nMIIEpAIBAAKCAQEA1c2 more');
    expect(r.text).not.toContain('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
  });

  it('when access key ids, placeholders and masked values appear, then they are not counted as secrets', () => {
    const text = 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=${{ secrets.KEY }}\nsecret_key     ****************EKEY shared-credentials-file\naws-secret-access-key: ***';
    const r = redact(text);
    expect(r.count).toBe(0);
    expect(r.text).toBe(text);
  });

  it('when a full key id is shown, then maskKeyIds keeps only prefix and last 4', () => {
    expect(maskKeyIds('key AKIAIOSFODNN7EXAMPLE and AROARWEXAMPLEM2R7X47:session')).toBe('key AKIA…MPLE and AROA…7X47:session');
  });

  // Random keys that happen to hold many common letter pairs (found by the property test and by a
  // million-key sample): at 40 characters the word-built exception must not let them through.
  it.each(['AAAAAAAAAAA0AAirAA9AAAdAAtrAimAtAbAuelAi', 'ZgDPeIeslsCreluliShY9ghHaALPP4ivq07Igz86', 'EBVUY2HK08QMXsedt/cei9Io2QdeOwbai1mgXriJ', 'Uz783gelHkiuWAru6ksiU/reoNs79dsRrA5AiN3/'])(
    'when a bare 40-character key %s reads a little like words, then it is still redacted',
    (key) => {
      const r = redact(`the value ${key} is what I used`);
      expect(r.kinds).toEqual(['secret-access-key']);
      expect(r.text).not.toContain(key.slice(0, 16));
    },
  );

  // Found by the property test: a zero-width space typed inside an astral invisible character leaves
  // two lone surrogates in the key; neither may split it.
  it('when lone surrogates and a zero-width space sit inside a key, then the key is still redacted', () => {
    const key = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA9';
    const text = `key ${key.slice(0, 30)}\udb40\u200b\udd01${key.slice(30)} here`;
    expect(redact(text).count).toBe(1);
    expect(diagnose(text).redactions).toBe(1);
  });

  it('when the input is not a string, then an empty result comes back rather than a throw', () => {
    expect(redact(undefined as unknown as string)).toEqual({ text: '', count: 0, kinds: [] });
  });
});

/** True when `out` holds any 16-character piece of `secret`. */
function holdsPiece(out: string, secret: string): boolean {
  for (let i = 0; i + 16 <= secret.length; i++) if (out.includes(secret.slice(i, i + 16))) return true;
  return false;
}

describe('redact: the decoded view (what a human would read)', () => {
  const half = (s: string, at: number): [string, string] => [s.slice(0, at), s.slice(at)];
  const TOKEN = `IQoJb3JpZ2luX2VjEXAMPLE${'AbCdEfGh0123456789'.repeat(14)}zZ0123456789abcdefghi`;

  it.each([
    ['URL-encoded, no label', `value was ${SECRET.replace(/\//g, '%2F')} then`],
    ['URL-encoded with %2B', `key ${SECRET.replace(/\//g, '%2B')} x`],
    ['JSON-escaped slashes', `{"note": "${SECRET.replace(/\//g, '\\/')}"}`],
    ['JSON \\u escapes', `{"note": "${SECRET.replace(/\//g, '\\u002F')}"}`],
    ['a zero-width space inside', `key ${half(SECRET, 13).join('\u200b')} end`],
    ['a bidi override inside', `key ${half(SECRET, 20).join('\u202e')} end`],
    ['a variation selector inside', `key ${half(SECRET, 7).join('\ufe0f')} end`],
    ['a Hangul filler inside', `key ${half(SECRET, 30).join('\u3164')} end`],
    ['an invisible times inside', `key ${half(SECRET, 11).join('\u2062')} end`],
    ['full-width characters', `key ${SECRET.slice(0, 10)}${[...SECRET.slice(10, 20)].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('')}${SECRET.slice(20)} end`],
    ['Slack entities around it', `&lt;${SECRET}&gt;`],
  ])('when a secret is %s, then no 16-character piece of it is left', (_name, text) => {
    const r = redact(text);
    expect(holdsPiece(r.text, SECRET)).toBe(false);
    expect(holdsPiece(r.text, SECRET.replace(/\//g, '+'))).toBe(false);
    expect(r.count).toBeGreaterThanOrEqual(1);
  });

  it('when a bare secret is wrapped by an 80-column terminal, then both halves go and the line count stays', () => {
    const line1 = `${'x'.repeat(59)} ${SECRET.slice(0, 20)}`;
    expect(line1.length).toBe(80);
    const text = `${line1}\n${SECRET.slice(20)} An error occurred (SignatureDoesNotMatch)`;
    const r = redact(text);
    expect(r.text).not.toContain(SECRET.slice(0, 12));
    expect(r.text).not.toContain(SECRET.slice(20));
    expect(r.text.split('\n')).toHaveLength(2);
    expect(r.text).toContain('An error occurred (SignatureDoesNotMatch)');
  });

  it('when a session token is wrapped at 76 columns and its last piece is short, then every piece goes', () => {
    const body = `AWS_SESSION_TOKEN=${TOKEN}`;
    const lines = body.match(/.{1,76}/g)!;
    expect(lines[lines.length - 1]!.length).toBeLessThan(16);
    const r = redact(`${lines.join('\n')}\nAn error occurred (ExpiredToken)`);
    for (const piece of lines.slice(1)) expect(r.text).not.toContain(piece);
    expect(r.text).toContain('An error occurred (ExpiredToken)');
  });

  it.each([
    ['right after the =', 'export AWS_SECRET_ACCESS_KEY=', ''],
    ['three characters in, at the terminal width', `${'#'.repeat(47)} export AWS_SECRET_ACCESS_KEY=wJa`, 'wJa'],
    ['in the middle (a split line)', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG', 'wJalrXUtnFEMI/K7MDENG'],
  ])('when the key line is wrapped %s, then the rest on the next line goes too', (_name, first, head) => {
    const rest = SECRET.slice(head.length);
    const r = redact(`${first}\n${rest} An error occurred (InvalidClientTokenId)`);
    expect(r.text).not.toContain(rest.slice(-16));
    expect(r.text).toContain('An error occurred (InvalidClientTokenId)');
    expect(r.kinds).toContain('secret-access-key');
  });

  it('when a secret is split by a shell line continuation (a backslash at the end of the line), then both halves go', () => {
    const r = redact(`export AWS_SECRET_ACCESS_KEY=${SECRET.slice(0, 20)}\\\n${SECRET.slice(20)}\nAn error occurred (SignatureDoesNotMatch)`);
    expect(r.text).not.toContain(SECRET.slice(0, 16));
    expect(r.text).not.toContain(SECRET.slice(20));
    expect(r.text).toContain('An error occurred (SignatureDoesNotMatch)');
    expect(r.text.split('\n')).toHaveLength(3);
  });

  it('when a command line ends in a continuation before an ordinary line, then the ordinary line stays', () => {
    const r = redact('aws s3 cp ./build s3://my-bucket/releases/v2/ \\\nAnError occurred here');
    expect(r.text).toContain('AnError occurred here');
  });

  it('when a label is followed by a short value and an ordinary line, then the ordinary line stays', () => {
    const r = redact('AWS_SECRET_ACCESS_KEY=abc\nFound credentials in shared credentials file: ~/.aws/credentials');
    expect(r.text).toContain('Found credentials in shared credentials file');
  });

  it.each([
    ['SLACK_SIGNING_SECRET', `SLACK_SIGNING_SECRET=${'8f3a'.repeat(8)}`, 'slack-token', '8f3a'.repeat(8)],
    ['a *_TOKEN env var', 'VAULT_TOKEN=s.EXAMPLEvaulttoken0123abc', 'other-token', 's.EXAMPLEvaulttoken0123abc'],
    ['a *PASSWORD* env var', 'export DB_PASSWORD_PRIMARY=Tr0ub4dor-EXAMPLE', 'password', 'Tr0ub4dor-EXAMPLE'],
    ['client_secret', 'client_secret: EXAMPLEclientsecret0123456', 'other-token', 'EXAMPLEclientsecret0123456'],
    ['camelCase clientSecret', '{"clientSecret":"EXAMPLEsecretValue99"}', 'other-token', 'EXAMPLEsecretValue99'],
    ['a GitHub token', `push failed with ghp_${'EXAMPLE0123456789abcdefghijklmnop'}`, 'other-token', 'EXAMPLE0123456789abcdefghijklmnop'],
    ['a fine-grained GitHub token', `github_pat_${'11EXAMPLE0_abcdefghijklmnopqrstuvwxyz0123'}`, 'other-token', 'abcdefghijklmnopqrstuvwxyz0123'],
    ['a Slack app token', 'xapp-1-EXAMPLE-0123456789-abcdef', 'slack-token', 'EXAMPLE-0123456789-abcdef'],
    ['a GitLab token', 'glpat-EXAMPLEabcdefghij0123', 'other-token', 'EXAMPLEabcdefghij0123'],
    // Every documented prefix of a vendor, not only the first (a needle once skipped these).
    ...['glptt', 'gldt', 'glrt', 'glcbt', 'gloas'].map((p) => [`a GitLab ${p} token`, `token ${p}-EXAMPLEabcdefghij0123`, 'other-token', 'EXAMPLEabcdefghij0123']),
    ...['dop', 'doo', 'dor'].map((p) => [`a DigitalOcean ${p} token`, `DO ${p}_v1_${'0a1b2c3d'.repeat(8)}`, 'other-token', '0a1b2c3d'.repeat(8)]),
    ...['hvs', 'hvb', 'hvr'].map((p) => [`a Vault ${p} token`, `vault ${p}.EXAMPLEvaulttoken0123456789`, 'other-token', 'EXAMPLEvaulttoken0123456789']),
  ] as [string, string, string, string][])('when %s is pasted, then it is redacted by name or prefix', (_name, text, kind, value) => {
    const r = redact(text);
    expect(r.text).not.toContain(value);
    expect(r.kinds).toContain(kind);
  });

  it.each([
    'AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
    'SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf',
    'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
    'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired',
    'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: secretsmanager:GetSecretValue on resource: x',
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
    'GITHUB_TOKEN_NAME=deploy-bot',
    'botocore.exceptions.TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed',
    'could not get token: NoCredentialProviders: no valid providers in chain. Deprecated.',
  ])('when %s is pasted, then nothing is redacted', (text) => {
    expect(redact(text)).toEqual({ text, count: 0, kinds: [] });
  });
});

describe('redact: shapes found by the issue 10 audit', () => {
  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.split('');
  /** A secret access key with no digit, / or + (about 1 real key in 400), generated at run time. */
  const lettersOnlyKey = fc.array(fc.constantFrom(...LETTERS), { minLength: 40, maxLength: 40 }).map((a) => a.join('')).filter((s) => /[a-z]/.test(s) && /[A-Z]/.test(s));

  it('when a secret key with no digit, / or + is printed without a label (table, --output text, tab-separated), then it is redacted', () => {
    fc.assert(
      fc.property(lettersOnlyKey, fc.constantFrom('|  SecretAccessKey |  {k}  |', 'ACCESSKEY\tAKIAIOSFODNN7EXAMPLE\t2024-01-01T00:00:00+00:00\t{k}\tActive\tci', 'aws_secret_access_key\t{k}', 'SecretAccessKey {k}', 'the key {k} fails'), (key, shape) => {
        const r = redact(shape.replace('{k}', key));
        expect(r.text).not.toContain(key);
        expect(r.kinds).toContain('secret-access-key');
      }),
      { numRuns: 300 },
    );
  });

  it.each(['AgoJb3JpZ2luX2VjEHcaCXVzLWVhc3QtMSJGMEQCIExample', 'AQoDYXdzEJr1K7z9ExampleSessionToken'])('when an older STS session token (%s…) is pasted bare, then it goes as a session token', (token) => {
    const r = redact(`the token was ${token} yesterday`);
    expect(r.kinds).toEqual(['session-token']);
    expect(r.text).not.toContain(token.slice(8));
  });

  it('when a YAML tag stands between the label and the secret, then the secret goes, not the tag', () => {
    const r = redact('password: !!str Tr0ub4dor-EXAMPLE');
    expect(r.text).toBe('password: !!str [REDACTED:password]');
  });

  it.each([
    ['aws --debug (botocore.auth)', '2024-01-01 00:00:00,000 - MainThread - botocore.auth - DEBUG - Signature:\n{s}'],
    ['a JSON log', '{"level":"debug","signature":"{s}"}'],
  ])('when a SigV4 signature is printed by %s, then it goes', (_name, shape) => {
    const sig = '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
    const r = redact(shape.replace('{s}', sig));
    expect(r.text).not.toContain(sig);
    expect(r.kinds).toEqual(['signature']);
  });

  it('when a presigned URL in a log has its query names lower-cased, then the signature goes', () => {
    const sig = '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
    const r = redact(`GET /k?x-amz-credential=AKIAIOSFODNN7EXAMPLE%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&x-amz-signature=${sig} 403`);
    expect(r.text).not.toContain(sig);
    expect(r.kinds).toEqual(['signature']);
  });

  it('when a secret is pasted partly hidden behind dots, then what is shown of it still goes', () => {
    const r = redact('`AWS_SECRET_ACCESS_KEY=...9ZpA0...p...Oagz/gCn/5DM+IqB+XOoI6p....`');
    expect(r.text).not.toContain('Oagz/gCn/5DM+IqB');
    expect(r.count).toBe(1);
  });

  describe('certificates stay, private keys next to them go', () => {
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('');
    const body = fc.array(fc.array(fc.constantFrom(...B64), { minLength: 64, maxLength: 64 }).map((a) => a.join('')), { minLength: 4, maxLength: 8 });
    const pem = (label: string, lines: string[]) => `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
    const b64 = (s: string) => Buffer.from(s).toString('base64');

    // Seed 875369259 drew a certificate and a key whose base64 shares a 16-character piece (`…c5` + `\n-----END `
    // encoded at one alignment): the key's pieces are looked for in what is kept without the certificate.
    it.each([[undefined], [875369259]])("when kubeconfig's client-key-data (a base64 private key) sits next to certificate data, then the key goes and the certificate stays (seed %p)", (seed) => {
      fc.assert(
        fc.property(body, body, fc.constantFrom('RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY'), (certLines, keyLines, label) => {
          const ca = b64(pem('CERTIFICATE', certLines));
          const key = b64(pem(label, keyLines));
          const r = redact(`users:\n- user:\n    client-certificate-data: ${ca}\n    client-key-data: ${key}\n`);
          expect(r.text).toContain(ca);
          expect(holdsPiece(r.text.replace(ca, ''), key)).toBe(false);
        }),
        { numRuns: 200, ...(seed === undefined ? {} : { seed }) },
      );
    });

    it('when one base64 blob holds a certificate and then a private key, then the whole blob goes', () => {
      fc.assert(
        fc.property(body, body, (certLines, keyLines) => {
          const blob = b64(pem('CERTIFICATE', certLines) + pem('PRIVATE KEY', keyLines));
          const r = redact(`tls.pem: ${blob}`);
          expect(holdsPiece(r.text, blob.slice(-200))).toBe(false);
        }),
        { numRuns: 200 },
      );
    });

    it('when a PEM private key follows a PEM certificate, then the key body goes', () => {
      fc.assert(
        fc.property(body, body, (certLines, keyLines) => {
          const r = redact(pem('CERTIFICATE', certLines) + pem('RSA PRIVATE KEY', keyLines));
          for (const line of keyLines) expect(r.text).not.toContain(line);
          expect(r.text).toContain(certLines[0]);
        }),
        { numRuns: 200 },
      );
    });
  });

  it('when a secret follows a reference-looking word on the same line, then the secret still goes', () => {
    const r = redact(`secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || '${SECRET}'`);
    expect(r.text).not.toContain(SECRET);
  });
});

describe('excerpts are cut from the redacted text', () => {
  it.each([100, 140, 150, 155, 158, 170, 190])('when a secret starts at column %i of a long error line, then no excerpt holds a piece of it', (col) => {
    const line = `${'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation '.padEnd(col, '.')}${SECRET} and more text after the secret`;
    const d = diagnose(line);
    const excerpts = JSON.stringify(d);
    expect(holdsPiece(excerpts, SECRET)).toBe(false);
    for (const c of d.causes) for (const e of c.evidence) if (e.at) expect(e.at.excerpt).not.toMatch(/\[REDACTED:[a-z-]*$/);
  });
});

describe('secrets split over YAML lines or string literals', () => {
  const HALF1 = SECRET.slice(0, 20);
  const HALF2 = SECRET.slice(20);

  it.each([
    ['YAML folded', `Credentials:\n  SecretAccessKey: >-\n    ${HALF1}\n    ${HALF2}\n  Region: us-east-1`],
    ['YAML literal', `secret_access_key: |\n  ${HALF1}\n  ${HALF2}\n`],
    ['JS concatenation', `const secret = "${HALF1}" + "${HALF2}";`],
    ['concatenation over a line break', `secret = '${HALF1}' \n + '${HALF2}'`],
    ['Python implicit concatenation', `aws_secret_access_key=("${HALF1}" "${HALF2}")`],
  ])('when a secret is written as a %s, then both halves go and the line count is kept', (_name, text) => {
    const r = redact(text);
    expect(r.count).toBe(1);
    expect(r.text).not.toContain(HALF1);
    expect(r.text).not.toContain(HALF2);
    expect(r.text.split('\n').length).toBe(text.split('\n').length);
  });

  it.each([
    ['an access key id next to its secret', `client("AKIAIOSFODNN7EXAMPLE" "${SECRET}")`, 'AKIAIOSFODNN7EXAMPLE'],
    ['concatenated names and an ARN', `const bucket = "my-app-" + "logs"; const arn = "arn:aws:iam::123456789012:" + "role/Deploy";`, 'arn:aws:iam::123456789012:'],
    ['a concatenated hex digest', `sha = "9f86d081884c7d659a2feaa0" + "c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"`, '9f86d081884c7d659a2feaa0'],
    ['a YAML block under a non-secret key', `Description: >-\n  Deploys the stack\n  AROARWEXAMPLEM2R7X47\n`, 'Deploys the stack'],
  ])('when %s is split or joined, then the evidence stays', (_name, text, kept) => {
    expect(redact(text).text).toContain(kept);
  });
});

describe('a listing without commas is not a concatenation', () => {
  it('when a dump lists "key" => "value" lines without commas, then a secret under the next key still goes', () => {
    const r = redact('array:3 [\n  "driver" => "s3"\n  "bucket" => "mybucket"\n  "secret" => "Pw4hd8Kq2mZx7Lb3"\n]');
    expect(r.text).not.toContain('Pw4hd8Kq2mZx7Lb3');
    expect(r.text).toContain('"bucket" => "mybucket"');
  });
});
