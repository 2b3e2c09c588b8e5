import { checkFamily } from './check-quotes';

const SOPS = 'getsops/sops kms/keysource.go @ 15e36f97a (v3.13.2)';

checkFamily('sops', [
  {
    id: 'sops.kms-data-key',
    from: SOPS,
    text: 'Failed to get the data key required to decrypt the SOPS file.\n\nGroup 0: FAILED\n  arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab: FAILED\n    - | failed to decrypt sops data key with AWS KMS: operation\n      | error KMS: Decrypt, https response error StatusCode: 400',
    orTop: ['wrong-profile', 'authorization-not-authentication'],
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
