import { uncasedSecretWarning } from '../../../src/adapters/cli/uncased-secrets';
import { SECRET_WARNINGS, TEMPORARY_SECRET_WARNING } from '../../../src/core/knowledge';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('the CLI warning for a secret outside a case', () => {
  it('when the secret is pasted with a temporary (ASIA) key id, then it gives the temporary advice, not "create a new access key"', () => {
    const w = uncasedSecretWarning(`aws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${SECRET}`);
    expect(w?.text).toBe(TEMPORARY_SECRET_WARNING);
    expect(w?.text).not.toContain('create-access-key');
  });

  it('when the secret is pasted with a long-term (AKIA) key id, then it says to rotate the key', () => {
    const w = uncasedSecretWarning(`aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${SECRET}`);
    expect(w?.text).toBe(SECRET_WARNINGS['secret-access-key']);
  });
});
