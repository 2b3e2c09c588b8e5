import { checkFamily } from './check-quotes';

const FLB = (file: string) => `fluent/fluent-bit src/aws/${file} @ d55459d492c5 (v5.1.1+)`;

checkFamily('log-shippers', [
  {
    id: 'fluent-bit.profile-failed',
    from: FLB('flb_aws_credentials_profile.c'),
    text: '[2024/05/04 10:00:00] [error] [aws_credentials] Failed to retrieve credentials for AWS Profile default\n[2024/05/04 10:00:00] [error] [output:cloudwatch_logs:cloudwatch_logs.0] Failed to create log stream',
    orTop: ['role-credentials-unavailable'],
  },
  {
    id: 'fluent-bit.profile-not-in-file',
    from: FLB('flb_aws_credentials_profile.c'),
    text: "[2024/05/04 10:00:00] [error] [aws_credentials] Could not parse shared credentials file: valid profile with name 'logging' not found",
  },
  {
    id: 'fluent-bit.keys-not-parsed',
    from: FLB('flb_aws_credentials_profile.c'),
    text: '[2024/05/04 10:00:00] [error] [aws_credentials] aws_access_key_id and aws_secret_access_key keys not parsed in shared credentials file for profile default.',
  },
  {
    id: 'fluent-bit.web-identity-token',
    from: FLB('flb_aws_credentials_sts.c'),
    text: '[2024/05/04 10:00:00] [error] [aws_credentials] Could not read web identify token file\n[2024/05/04 10:00:00] [error] [output:kinesis_firehose:kinesis_firehose.0] Failed to send log records',
  },
  {
    id: 'fluent-bit.sts-failed',
    from: FLB('flb_aws_credentials_sts.c'),
    text: '[2024/05/04 10:00:00] [error] [aws_credentials] STS assume role request failed\n[2024/05/04 10:00:00] [ warn] [aws_credentials] No cached credentials are available and a credential refresh is already in progress.',
  },
  {
    id: 'fluent-bit.imds-hop-limit',
    from: FLB('flb_aws_imds.c'),
    text: '[2024/05/04 10:00:00] [ warn] [imds] failed to retrieve IMDSv2 token and IMDSv1 unavailable. This is likely due to instance-metadata-options --http-put-response-hop-limit being set to 1 and --http-tokens set to required.',
  },
  {
    id: 'fluent-bit.http-provider',
    from: FLB('flb_aws_credentials_http.c'),
    text: '[2024/05/04 10:00:00] [error] [aws credentials] failed to read authorization token from /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
  },
  {
    id: 'logstash.root-bucket-write',
    from: 'logstash-plugins/logstash-output-s3 lib/logstash/outputs/s3.rb @ bc8811dd9959; s3/write_bucket_permission_validator.rb @ b119f4bc3dda',
    text: '[ERROR][logstash.outputs.s3] Error validating bucket write permissions! {:message=>"Access Denied", :class=>"Aws::S3::Errors::AccessDenied"}\n[ERROR][logstash.agent] Failed to execute action {:exception=>"LogStash::ConfigurationError", :message=>"Logstash must have the privileges to write to root bucket `my-logs`, check your credentials or your permissions."}',
  },
  {
    id: 'logstash.sdk-v1-access-denied',
    from: 'aws/aws-sdk-ruby lib/aws/core/client.rb @ 2eda8d30f668 (v1)',
    text: '#<Class:0x1a2b3c>: Access Denied\n      return_or_raise at /opt/logstash/vendor/bundle/jruby/1.9/gems/aws-sdk-v1-1.56.0/lib/aws/core/client.rb:375',
    code: 'AccessDenied',
  },
  {
    id: 'vector.s3-healthcheck-forbidden',
    from: 'vectordotdev/vector src/sinks/s3_common/config.rs @ c3445d42d2; src/topology/builder.rs',
    text: '2024-05-04T10:00:00.000000Z ERROR vector::topology::builder: Healthcheck failed. error=Invalid credentials component_kind="sink" component_type="aws_s3" component_id=archive',
  },
  {
    id: 'vector.no-region',
    from: 'vectordotdev/vector src/aws/mod.rs @ c3445d42d2',
    text: '2024-05-04T10:00:00.000000Z ERROR vector::topology: Configuration error. error=Sink "cloudwatch": Could not determine region from Vector configuration or default providers',
  },
]);
