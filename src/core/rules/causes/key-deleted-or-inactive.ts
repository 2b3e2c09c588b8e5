import { con, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

export const keyDeletedOrInactive: CauseRule = {
  cause: 'key-deleted-or-inactive',
  rules: [
    pro('key-deleted.long-term', { all: ['key.kind.long-term', 'fam.unknown-key'] }, 0.5, 'It is a long-term key (AKIA), which stays valid until someone deletes or deactivates it ({detail}).'),
    pro('key-deleted.inactive-in-iam', { all: ['iam.used-key-inactive'] }, 3.2, 'IAM lists the key in use as Inactive ({detail}).'),
    pro('key-deleted.not-listed', { all: ['iam.used-key-not-listed', 'fam.unknown-key'] }, 1.5, 'The key in use is not among the user\'s keys ({detail}).'),
    pro('key-deleted.listed-inactive', { all: ['iam.listed-key-inactive', 'fam.unknown-key'] }, 1.2, 'The key listing shows an Inactive key.'),
    pro('key-deleted.hint', { all: ['hint.deleted', 'fam.unknown-key'] }, 1.5, 'The message mentions a deleted/deactivated key or user.'),
    // aws/aws-sdk-js#559: a key from createAccessKey is unknown for some seconds; the fix is to wait, not to rotate.
    pro('key-deleted.not-yet-active', { all: ['hint.propagation', 'fam.unknown-key'] }, 2.2, 'The key was used right after it was created: until IAM has propagated it (a few seconds), AWS does not know it yet.'),
    con('key-deleted.temporary', { all: ['key.kind.temporary'] }, 1.0, 'The key is temporary (ASIA): it expires or lacks its token rather than being deleted.'),
    con('key-deleted.mock', { any: ['key.kind.mock', 'endpoint.localstack', 'account.localstack', 'key.kind.localstack', 'key.localstack-dummy', 'localstack.real-endpoint'] }, 1.5, 'LocalStack/mock credentials are involved.'),
    con('key-deleted.signature', { all: ['fam.signature'], none: ['fam.unknown-key'] }, 1.2, 'A signature error means AWS found the key id; only the secret was wrong.'),
    con('key-deleted.active-in-iam', { all: ['iam.used-key-active'] }, 1.5, 'IAM lists the key as Active ({detail}).'),
    con('key-deleted.authenticated', { all: ['msg.arn-principal'] }, 1.5, 'The error names the caller\'s ARN, so the key was recognised.'),
    con('key-deleted.partition', { any: ['region.partition-other', 'arn.partition-other', 'region.opt-in'] }, 0.5, 'The region/partition explains an unknown key without deletion ({detail}).'),
  ],
};
