import { checkFamily } from './check-quotes';

checkFamily('third-party-actions', [
  {
    id: 's3-sync-action.keys-not-set',
    from: 'jakejarvis/s3-sync-action entrypoint.sh @ 1f9be68257b9',
    text: 'Run jakejarvis/s3-sync-action@master\n/usr/bin/docker run --name e2f1 --label 7c4a1b --workdir /github/workspace --rm -e AWS_S3_BUCKET -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY\nAWS_ACCESS_KEY_ID is not set. Quitting.',
  },
]);
