/**
 * QA39 F11 (/work/wt/briefs/qa39-findings.md): a credential value wrapped in typographic ("smart") quotes, as a document,
 * Notes or a chat client writes them. No shell, dotenv reader or credentials-file parser strips them, so they are part of
 * the value: malformed credentials first. A quoted word or an apostrophe in prose is no such thing.
 */
import { diagnose } from '../../../../src/core/diagnose';

const SIGNATURE = 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
// A made-up secret of the right shape (40 base64 characters): redacted by diagnose, never echoed.
const SECRET = 'Zq3vT8kLmN2pQr5sTu7vWx9yZa1bCd3eFg5hIj2R';

describe('QA39 F11: typographic quotes around a credential value', () => {
  it.each([
    ['a credentials file, double quotes', `${SIGNATURE}\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = \u201c${SECRET}\u201d`],
    ['an export, double quotes', `${SIGNATURE}\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=\u201c${SECRET}\u201d`],
    ['a .env file, single quotes', `${SIGNATURE}\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=\u2018${SECRET}\u2019`],
    ['a key id in guillemets', `${SIGNATURE}\n[default]\naws_access_key_id = \u00abAKIAIOSFODNN7EXAMPLE\u00bb\naws_secret_access_key = ${SECRET}`],
  ])('when %s holds them, then malformed-credentials leads and the secret is not echoed', (_name, text) => {
    const d = diagnose(text);
    expect(d.causes[0]!.id).toBe('malformed-credentials');
    expect(d.facts.hiddenCharacters?.some((h) => h.inCredential && /QUOTATION MARK/.test(h.name))).toBe(true);
    expect(JSON.stringify(d)).not.toContain(SECRET);
  });
  it.each([
    ['an apostrophe and a quoted command in prose', `${SIGNATURE}\nIt\u2019s the \u201cdefault\u201d profile, I ran \u201caws configure\u201d again\naws_secret_access_key = ${SECRET}`],
    ['a quoted word in a comment on the credential line', `${SIGNATURE}\naws_secret_access_key = ${SECRET} # the \u201cprod\u201d vault\u2019s copy`],
  ])('when %s, then no quote counts inside a credential', (_name, text) => {
    const d = diagnose(text);
    expect(d.facts.hiddenCharacters?.some((h) => h.inCredential) ?? false).toBe(false);
  });
});
