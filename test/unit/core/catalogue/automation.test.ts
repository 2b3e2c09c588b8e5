import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

const AMAZON_AWS = 'ansible-collections/amazon.aws';

checkFamily('automation', [
  {
    id: 'boto2.no-auth-handler',
    from: 'boto/boto boto/auth.py @ a6e2ebbf3731 (get_auth_handler)',
    text: 'TASK [Define keypair] ***\nfatal: [localhost]: FAILED! => {"changed": false, "failed": true, "msg": "No handler was ready to authenticate. 1 handlers were checked. [\'HmacAuthV4Handler\'] Check your credentials"}',
  },
  {
    id: 'ansible.insufficient-boto-credentials',
    from: `${AMAZON_AWS} plugins/inventory/aws_ec2.py @ f1e16a232024`,
    text: '[WARNING]:  * Failed to parse /etc/ansible/inventory/aws_ec2.yml with aws_ec2 plugin: Insufficient boto credentials found. Please provide them in your inventory configuration file or set them as environment variables.',
  },
  {
    id: 'ansible.insufficient-credentials',
    from: `${AMAZON_AWS} plugins/inventory/aws_ec2.py @ f1e16a232024`,
    text: '[WARNING]:  * Failed to parse /etc/ansible/aws_ec2.yml with aws_ec2 plugin: Insufficient credentials found: The config profile (staging) could not be found',
  },
  {
    id: 'ansible.region-missing',
    from: `${AMAZON_AWS} plugins/module_utils/botocore.py @ 59c5d27936c4`,
    text: 'fatal: [localhost]: FAILED! => {"changed": false, "msg": "The amazon.aws.s3_object module requires a region and none was found in configuration, environment variables or module parameters"}',
  },
  {
    id: 'ansible.assume-role',
    from: `${AMAZON_AWS} plugins/plugin_utils/inventory.py @ 59c5d27936c4`,
    text: '[WARNING]:  * Failed to parse /etc/ansible/aws_ec2.yml with aws_ec2 plugin: Unable to assume IAM role: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/inventory',
    code: 'AccessDenied',
    orTop: ['authorization-not-authentication'],
  },
  {
    id: 'packer.no-credential-sources',
    from: 'hashicorp/packer-plugin-amazon builder/common/access_config.go @ 67dadd1fa7b3',
    text: "==> amazon-ebs: Prevalidating any provided VPC information\nBuild 'amazon-ebs' errored after 1 second 29 milliseconds: No valid credential sources found for AWS Builder. Please see https://www.packer.io/docs/builders/amazon#authentication for more information on providing credentials for the AWS Builder. Error: NoCredentialProviders: no valid providers in chain. Deprecated.",
  },
  {
    id: 'airflow.connection-not-found',
    from: 'apache/airflow providers/amazon/src/airflow/providers/amazon/aws/hooks/base_aws.py @ 3dc7e140209d',
    text: "[2024-05-01, 10:00:00 UTC] {base_aws.py:611} WARNING - Unable to find AWS Connection ID 'aws_prod', switching to empty.\n[2024-05-01, 10:00:01 UTC] {taskinstance.py:2890} ERROR - Task failed with exception\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials",
    code: 'NoCredentialsError',
    top: 'no-credentials-found',
    orTop: ['wrong-profile'],
  },
]);

describe('Airflow connection warning alone', () => {
  it('when only the switching-to-empty warning is in a healthy log, then nothing is detected', () => {
    const d = diagnose("2026-03-02T00:26:05.867Z [warning] Unable to find AWS Connection ID 'aws_default', switching to empty.\n2026-03-02T00:26:05.868Z [info] Added new DAG bundle team_beta_dags to the database", { now: new Date('2026-12-05T10:00:00Z') });
    expect(d.detected).toBe(false);
  });
});

describe('boto 2 words from Google Cloud Storage', () => {
  it('when gsutil says no handler was ready with OAuth2 among the handlers, then it is not an AWS credential error', () => {
    const d = diagnose("Failure: No handler was ready to authenticate. 4 handlers were checked. ['OAuth2Auth', 'OAuth2ServiceAccountAuth', 'HmacAuthV1Handler', 'DevshellAuth'] Check your credentials.", { now: new Date('2026-12-05T10:00:00Z') });
    expect(d.detected).toBe(false);
  });
});
