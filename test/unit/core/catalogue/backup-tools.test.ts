import { checkFamily } from './check-quotes';

const RESTIC = 'restic/restic internal/backend/s3/s3.go @ a80be1478 (v0.19.1)';

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
]);
