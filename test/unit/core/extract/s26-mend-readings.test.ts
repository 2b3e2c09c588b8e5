/**
 * The reviewer's probes of session 26's paste readers (stop-26 merges), quoted as the reviewer wrote them: each is a
 * text the reader must leave alone, beside one it must still read.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { signals } from '../../../helpers/readings';

const S3_MISMATCH = 'An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.';

describe('a signature mismatch blamed on the request (signing-request.ts)', () => {
  it('when the writer says a fix of the request did not help, then the mismatch is still a credential failure', () => {
    expect(diagnose(`${S3_MISMATCH}\nI already fixed how the Content-Type header is set, but it still fails the same way.`).detected).toBe(true);
  });
  it('when a PR says it fixes the way the request is built, then it is still read as the request\'s fault', () => {
    expect(diagnose(`${S3_MISMATCH}\nThis PR fixes the way the query parameters are passed to the SignatureV4 function.`).detected).toBe(false);
  });
});

describe('a role source asked for (role-source-wanted.ts, provider-support.ts)', () => {
  it.each([
    'Support for IRSA was added in v2.3, please upgrade.',
    '- Supports IAM roles for service accounts\n- Supports S3 and GCS backends\n\nThis tool uploads backups to AWS S3.',
  ])('when "%s" says the support is there, then nothing is detected', (text) => {
    expect(diagnose(text).detected).toBe(false);
    expect(signals(text)).not.toContain('prose.role-source-wanted');
    expect(signals(text)).not.toContain('provider.unsupported');
  });
  it('when the title follows a pointer to the change it backports, then it is still the title', () => {
    expect(signals('Backporting #40240\n\nFallback to IAM role credentials\n\nWe run the inventory plugin on EC2 with AWS.')).toContain('prose.role-source-wanted');
  });
});

describe('a credential variable renamed (var-renamed.ts)', () => {
  it.each([
    'I replaced AWS_ACCESS_KEY with AWS_ACCESS_KEY_ID in the README examples for consistency.',
    'docs: rename AWS_SECRET_KEY to AWS_SECRET_ACCESS_KEY in the sample .env (cosmetic)',
    'Changed AWS_ROLE_SESSION_NAME to AWS_SESSION_TOKEN',
  ])('when "%s" is a documentation edit or no credential\'s name, then no rename is read', (text) => {
    expect(signals(text)).not.toContain('prose.var-renamed');
    expect(diagnose(text).detected).toBe(false);
  });
});

describe('the Go SDK\'s SSO keys missing (sdk-go.ts go1.sso-session-unsupported, context-hints.ts)', () => {
  it('when only sso_region is missing, then it is not read as an sso-session the SDK predates', () => {
    const text = 'profile "dev" is configured to use SSO but is missing required configuration: sso_region';
    expect(signals(text)).not.toContain('sso.session-unsupported');
    expect(diagnose(text).causes[0]!.id).not.toBe('role-credentials-unavailable');
  });
});

describe('the refusal prior\'s words (priors.ts fam.authz)', () => {
  it('when a bare AccessDenied ranks the wrong profile, then its prior does not call it the most frequent resolution', () => {
    const d = diagnose('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied');
    const texts = d.causes.filter((c) => c.id === 'wrong-profile' || c.id === 'role-credentials-unavailable').flatMap((c) => c.evidence.map((e) => e.text));
    expect(texts.some((t) => t.includes('one of the causes such refusals were resolved as'))).toBe(true);
    expect(texts.filter((t) => /most often/.test(t))).toEqual([]);
  });
});
