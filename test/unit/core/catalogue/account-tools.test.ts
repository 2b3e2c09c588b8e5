import { checkFamily } from './check-quotes';

const NUKE = 'ekristen/aws-nuke pkg/awsutil/session.go @ v3.64.3@fd1d702d';

checkFamily('account-tools', [
  {
    id: 'aws-nuke.no-credentials',
    from: NUKE,
    text: '$ aws-nuke run --config nuke-config.yml\nError: you have to specify a profile or credentials for at least one region',
  },
  {
    id: 'aws-nuke.env-key-unset',
    from: NUKE,
    text: '$ aws-nuke run --config nuke-config.yml --no-dry-run\ntime="2024-03-01T10:00:00Z" level=fatal msg="AWS secret key unset"',
  },
  {
    id: 'steampipe.partial-keys',
    from: 'turbot/steampipe-plugin-aws aws/service.go @ v1.31.0+4@5b4b0511',
    text: '> select arn from aws_s3_bucket;\nError: aws_prod: partial credentials found in connection config, missing: secret_key (SQLSTATE HV000)',
  },
  {
    // fmt.Errorf("no enabled accounts instantiated ") at the end of Configure, as the CLI wraps the plugin's error.
    id: 'cloudquery.no-accounts',
    from: 'cloudquery/cloudquery plugins/source/aws/client/client.go (Configure) @ ab4483e32a (plugins-source-aws v0.14.2-pre.0)',
    text: '$ cloudquery sync aws.yml\nLoading spec(s) from aws.yml\nStarting sync for:  aws -> [postgresql]\nError: failed to sync source aws: failed to create execution client for source plugin aws: no enabled accounts instantiated',
  },
]);
