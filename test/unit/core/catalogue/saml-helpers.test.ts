import { checkFamily } from './check-quotes';

const GIMME = 'Nike-Inc/gimme-aws-creds gimme_aws_creds/main.py @ v2.8.2@728bef8c1afd';
const SAML2AWS = (path: string) => `Versent/saml2aws ${path} @ 65195ee65d15 (v2.36.19+)`;

checkFamily('saml-helpers', [
  {
    id: 'saml2aws.assume-role',
    from: SAML2AWS('cmd/saml2aws/commands/login.go'),
    text: '$ saml2aws login --role arn:aws:iam::123456789012:role/DevOps\nAuthenticating as me@example.com ...\nerror: Failed to assume role. Please check whether you are permitted to assume the given role for the AWS service.: Supplied RoleArn not found in saml assertion: arn:aws:iam::123456789012:role/DevOps',
    orTop: ['authorization-not-authentication'],
  },
  {
    id: 'saml2aws.sts-saml',
    from: SAML2AWS('cmd/saml2aws/commands/login.go'),
    text: 'Selected role: arn:aws:iam::123456789012:role/Admin\nRequesting AWS credentials using SAML assertion.\nerror logging into AWS role using SAML assertion: error retrieving STS credentials using SAML: ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.\n\tstatus code: 400, request id: 1234',
  },
  {
    id: 'saml2aws.expired',
    from: SAML2AWS('cmd/saml2aws/commands/exec.go'),
    text: '$ saml2aws exec -- aws s3 ls\nerror aws credentials have expired',
  },
  {
    id: 'saml2aws.not-found',
    from: SAML2AWS('pkg/awsconfig/awsconfig.go'),
    text: '$ saml2aws exec --exec-profile prod -- terraform plan\nerror loading credentials: aws credentials not found',
    orTop: ['wrong-profile'],
  },
  {
    id: 'aws-okta.profile-setting-missing',
    from: 'segmentio/aws-okta lib/config.go @ v1.0.11@2b49403',
    text: '$ aws-okta exec dev -- aws s3 ls\naws-okta: error: Could not find role_arn in dev, source profile, or okta',
  },
  {
    id: 'gimme-aws-creds.sts-failed',
    from: GIMME,
    text: '$ gimme-aws-creds --profile prod\nUsing password from keyring for me@example.com\nAuthentication Success! Calling Duo...\nFailed to generate credentials for arn:aws:iam::123456789012:role/Admin due to An error occurred (AccessDenied) when calling the AssumeRoleWithSAML operation: Not authorized to perform sts:AssumeRoleWithSAML',
    code: 'AccessDenied',
    orTop: ['authorization-not-authentication'],
  },
  {
    id: 'gimme-aws-creds.roles-not-found',
    from: GIMME,
    text: '$ gimme-aws-creds --profile dev\nAuthentication Success!\nERROR: AWS roles [arn:aws:iam::123456789012:role/Developer] not found!\nPick a role:',
    orTop: ['wrong-profile'],
  },
]);
