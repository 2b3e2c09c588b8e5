import { checkFamily } from './check-quotes';

checkFamily('clojure-sdks', [
  {
    // grzm/awyeah-api#12 (batch 14): the debug lines of a chain that found nothing, the call then returning nil.
    id: 'cognitect.provider-empty',
    from: 'cognitect-labs/aws-api src/cognitect/aws/credentials.clj @ aa7dabb6133f',
    text: '2024-04-27T16:07:00.530Z Kurts-MacBook-Pro.local DEBUG [com.grzm.awyeah.credentials:174] - Unable to fetch credentials from environment variables.\n2024-04-27T16:07:00.535Z Kurts-MacBook-Pro.local DEBUG [com.grzm.awyeah.credentials:174] - Unable to fetch credentials from system properties.\nnil',
  },
  {
    id: 'cognitect.no-credentials',
    from: 'grzm/awyeah-api src/com/grzm/awyeah/util.clj @ 2d6ab548f6a1',
    text: '(aws/invoke s3 {:op :ListBuckets})\n{:cognitect.anomalies/category :cognitect.anomalies/fault, :cognitect.anomalies/message "Unable to fetch credentials. See log for more details."}',
  },
]);

checkFamily('s3-deploy-clis', [
  {
    // stojanovic/scottyjs#22 (batch 14): keys in the environment, no ~/.aws/credentials.
    id: 'scotty.no-credentials',
    from: 'stojanovic/scottyjs bin/scotty.js @ 41842449ffdb',
    text: 'scotty -s dist -b my-bucket -u -r us-east-1\nSet AWS credentials first. Guide is available here: http://docs.aws.amazon.com/cli/latest/userguide/cli-chap-getting-started.html',
  },
]);

checkFamily('perl-sdks', [
  {
    // DQNEO/amazon-s3-thin#41 (batch 13): the IMDSv2 token asked for with GET, on an instance that requires IMDSv2.
    id: 's3thin.metadata-failed',
    from: 'DQNEO/Amazon-S3-Thin lib/Amazon/S3/Thin/Credentials.pm @ f00b3db35bdf',
    text: 'sh-4.2$ carton exec -- perl ./read-file-from-s3.pl BUCKET_NAME hello.txt\nError retreiving v2 token from metadata provider:  at /home/ssm-user/amazon-s3-thin-demo/local/lib/perl5/Amazon/S3/Thin.pm line 27.',
  },
]);
