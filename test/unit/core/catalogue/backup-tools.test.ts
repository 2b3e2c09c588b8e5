import { checkFamily } from './check-quotes';

const RESTIC = 'restic/restic internal/backend/s3/s3.go @ a80be1478 (v0.19.1)';
const KOPIA = 'kopia/kopia repo/blob/s3/s3_storage.go @ 4ebb2be6c';
const WALG = (path: string): string => `wal-g/wal-g ${path} @ 43fb039f`;
const LITESTREAM = 'benbjohnson/litestream s3/replica_client.go @ 63225f1';
const PGBACKREST = 'pgbackrest/pgbackrest src/storage/s3/storage.c @ bd22b6809';

checkFamily('backup-tools', [
  {
    id: 'restic.no-credentials',
    from: RESTIC,
    text: '$ restic -r s3:s3.amazonaws.com/my-backups snapshots\nFatal: unable to open repository at s3:s3.amazonaws.com/my-backups: no credentials found. Use `-o s3.unsafe-anonymous-auth=true` for anonymous authentication',
  },
  {
    id: 'restic.half-env-keys',
    from: RESTIC,
    text: 'Fatal: create repository at s3:s3.amazonaws.com/my-backups failed: no credentials found. $AWS_SECRET_ACCESS_KEY is set but $AWS_ACCESS_KEY_ID is empty',
  },
  {
    id: 'kopia.storage-config',
    from: KOPIA,
    // Evidence only: S3's words after it decide (Velero's data mover logging Kopia's error).
    text: 'time="2026-11-02T09:14:07Z" level=warning msg="failed to open repository: cannot open storage: error retrieving storage config from bucket \\"velero-backups\\": The provided token has expired" logModule=kopia/kopia/repo',
    top: 'temporary-credentials-expired',
  },
  {
    id: 'kopia.web-identity-token-file',
    from: KOPIA,
    text: 'ERROR error connecting to repository: unable to connect to repository: reading web identity token file: open /var/run/secrets/eks.amazonaws.com/serviceaccount/token: no such file or directory',
  },
  {
    id: 'wal-g.bad-credentials',
    from: WALG('pkg/storages/s3/folder.go'),
    text: 'WALG_S3_PREFIX=s3://backups/pg\nERROR: 2026/11/02 09:14:07.123 failed to configure storage: bad credentials: AccessDenied: Access Denied\n\tstatus code: 403, request id: 4M1XKQ2Q, host id: abc',
    code: 'AccessDenied',
    top: 'authorization-not-authentication',
  },
  {
    id: 'wal-g.assume-role',
    from: WALG('pkg/storages/s3/session.go'),
    text: 'ERROR: 2026/11/02 09:14:07.123 configure session: assume role by ARN: AccessDenied: User: arn:aws:iam::111122223333:user/walg is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/walg-backup\n\tstatus code: 403',
    code: 'AccessDenied',
    orTop: ['authorization-not-authentication'],
  },
  {
    id: 'litestream.bucket-region',
    from: LITESTREAM,
    // Evidence only: the Go SDK v2's words after it decide.
    text: 'level=ERROR msg="monitor error" db=/data/app.db replica=s3 error="s3: cannot lookup bucket region: operation error S3: HeadBucket, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded"',
    top: 'no-credentials-found',
    orTop: ['role-credentials-unavailable'],
  },
  {
    id: 'pgbackrest.no-instance-role',
    from: PGBACKREST,
    text: 'ERROR: [039]: role to retrieve temporary credentials not found\n       HINT: is a valid IAM role associated with this instance?',
  },
  {
    id: 'pgbackrest.role-not-found',
    from: PGBACKREST,
    text: "ERROR: [039]: role 'pgbackrest-role' not found\n       HINT: is 'pgbackrest-role' a valid IAM role associated with this instance?",
  },
  {
    id: 'pgbackrest.temporary-credentials',
    from: PGBACKREST,
    text: 'ERROR: [082]: unable to retrieve temporary credentials: AssumeRoleUnauthorizedAccess',
  },
]);
