import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

const SOPS = 'getsops/sops kms/keysource.go @ 15e36f97a (v3.13.2)';

checkFamily('sops', [
  {
    id: 'sops.kms-data-key',
    from: SOPS,
    // The entry is evidence only: the wrapped SDK error (here the Go SDK v2's, catalogued in go-v2) decides.
    text: 'Failed to get the data key required to decrypt the SOPS file.\n\nGroup 0: FAILED\n  arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab: FAILED\n    - | failed to decrypt sops data key with AWS KMS: operation\n      | error KMS: Decrypt, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded',
    orTop: ['role-credentials-unavailable', 'wrong-profile', 'authorization-not-authentication'],
  },
  {
    id: 'sops.aws-config',
    from: SOPS,
    text: '  arn:aws:kms:eu-central-1:111122223333:alias/sops: FAILED\n    - | could not load AWS config: failed to get shared config\n      | profile, kms-user',
  },
  {
    id: 'sops.assume-role',
    from: SOPS,
    text: "  arn:aws:kms:eu-central-1:111122223333:alias/sops+arn:aws:iam::111122223333:role/sops-decrypt: FAILED\n    - | failed to assume role 'arn:aws:iam::111122223333:role/sops-decrypt':\n      | operation error STS: AssumeRole, https response error StatusCode: 403",
    orTop: ['authorization-not-authentication'],
  },
]);

describe('sops.kms-data-key without a credential error wrapped in it', () => {
  it('when KMS could not be reached (its host not found), then no credential failure is detected', () => {
    const text =
      'Failed to get the data key required to decrypt the SOPS file.\nfailed to decrypt sops data key with AWS KMS: operation error KMS: Decrypt, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , request send failed, dial tcp: lookup kms.eu-west-1.amazonaws.com: no such host';
    expect(diagnose(text).detected).toBe(false);
  });
});
