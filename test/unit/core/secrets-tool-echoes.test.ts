/**
 * A tool that prints the key it rejects: MinIO's mc (minio/mc cmd/alias-set.go checkAliasSetSyntax:
 * "Invalid secret key `"+secretKey+"`."). The message is evidence (the rule reads it); the key inside it is not.
 */
import { diagnose } from '../../../src/core/diagnose';
import { redact } from '../../../src/core/redact';

describe('a key echoed by mc alias set', () => {
  it.each([
    ['a short secret key', 'mc: <ERROR> Invalid secret key `Xq7vLm2R`.', 'Xq7vLm2R'],
    ['a 39-character secret key', 'mc: <ERROR> Invalid secret key `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE`.', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE'],
    ['a secret given as the access key', 'mc: <ERROR> Invalid access key `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.', 'wJalrXUtnFEMI/K7MDENG'],
  ])('when mc echoes %s, then the key is redacted and the message stays', (_name, text, secret) => {
    const out = redact(text).text;
    expect(out).not.toContain(secret);
    expect(out).toMatch(/^mc: <ERROR> Invalid (?:secret|access) key `\[REDACTED:[a-z-]+\]`\.$/);
    expect(diagnose(text).secretsFound.length).toBeGreaterThan(0);
  });

  it('when mc echoes a whole access key id, then the id stays (an id is evidence)', () => {
    const text = 'mc: <ERROR> Invalid access key `AKIAIOSFODNN7EXAMPLE`.';
    expect(redact(text).text).toBe(text);
  });
});
