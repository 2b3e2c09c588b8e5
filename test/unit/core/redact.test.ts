import { maskKeyIds, redact } from '../../../src/core/redact';

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

  it('when the input is not a string, then an empty result comes back rather than a throw', () => {
    expect(redact(undefined as unknown as string)).toEqual({ text: '', count: 0, kinds: [] });
  });
});
