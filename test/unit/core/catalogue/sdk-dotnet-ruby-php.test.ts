import { checkFamily } from './check-quotes';

checkFamily('dotnet', [
  {
    id: 'net.profile-not-in-chain',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Credentials/FallbackCredentialsFactory.cs @ 13bd83ed8566',
    text: "Unhandled exception. Amazon.Runtime.AmazonClientException: Unable to find the 'staging' profile in CredentialProfileStoreChain.\n   at Amazon.Runtime.FallbackCredentialsFactory.GetAWSCredentials(ICredentialProfileSource source)",
  },
  {
    // qa38 F12: the inner exception's message logged alone (ex.InnerException.Message).
    id: 'net.default-profile-missing',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Credentials/FallbackCredentialsFactory.cs @ 13bd83ed8566',
    text: "Amazon.Runtime.AmazonClientException: Unable to find the 'default' profile in CredentialProfileStoreChain.",
    top: 'no-credentials-found',
  },
  {
    // Source audit, stop 37: the v4 chain's own missing-profile error (AWS_PROFILE=staging, no such profile).
    id: 'net.profile-not-found-v4',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Credentials/DefaultAWSCredentialsIdentityResolver.cs @ 0934adc20494',
    text: 'Unhandled exception. Amazon.Runtime.ProfileNotFoundException: Unable to find the "staging" profile.\n   at Amazon.Runtime.Credentials.DefaultAWSCredentialsIdentityResolver.GetProfileCredentials(ICredentialProfileSource source)',
    code: 'ProfileNotFoundException',
    benign: 'Our config loader says: Unable to find the "theme" profile. Falling back to defaults.',
  },
  {
    id: 'net.no-region',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/ClientConfig.cs @ 07f5c5041044',
    text: 'Unhandled exception. Amazon.Runtime.AmazonClientException: No RegionEndpoint or ServiceURL configured\n   at Amazon.Runtime.ClientConfig.Validate()\n   at Amazon.Runtime.AmazonServiceClient..ctor(AWSCredentials credentials, ClientConfig config)',
    code: 'AmazonClientException',
  },
  {
    id: 'net.imds-credentials',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Credentials/_bcl+netstandard/InstanceProfileAWSCredentials.cs @ b3515f1f560d',
    text: 'Unhandled exception. Amazon.Runtime.AmazonServiceException: Unable to get IAM security credentials from EC2 Instance Metadata Service.\n   at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.FetchCredentials()',
  },
  {
    id: 'net.imds-no-role',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Credentials/_bcl+netstandard/DefaultInstanceProfileAWSCredentials.cs @ 60e34bb9557f',
    text: 'Amazon.Runtime.AmazonServiceException: Unable to get EC2 instance role from EC2 Instance Metadata Service.',
  },
  {
    id: 'net.credentials-server-unreachable',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Credentials/URIBasedRefreshingCredentialHelper.cs @ 3c94a2a75e3e',
    text: 'Unhandled exception. Amazon.Runtime.AmazonServiceException: Unable to reach credentials server\n ---> System.Net.Http.HttpRequestException: Connection refused (169.254.170.2:80)\n   at Amazon.Runtime.URIBasedRefreshingCredentialHelper.GetContents(Uri uri, IWebProxy proxy, Dictionary`2 headers)\n   at Amazon.Runtime.ECSTaskCredentials.FetchCredentials()',
    code: 'AmazonServiceException',
  },
  {
    id: 'net.fallback-chain',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Credentials/FallbackCredentialsFactory.cs @ e7932173d3fa',
    text: "Amazon.Runtime.AmazonClientException: Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors:\nException 1 of 4: The environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN were not set with AWS credentials.\nException 2 of 4: The web identity variables AWS_ROLE_ARN/AWS_WEB_IDENTITY_TOKEN_FILE were not set.\nException 3 of 4: ECS credentials provider: The environment variables AWS_CONTAINER_CREDENTIALS_RELATIVE_URI/AWS_CONTAINER_CREDENTIALS_FULL_URI were not set.\nException 4 of 4: Failed to connect to EC2 instance metadata to retrieve credentials: Unable to get IAM security credentials from EC2 Instance Metadata Service..",
  },
  {
    id: 'net.unable-to-find',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Credentials/FallbackCredentialsFactory.cs @ e7932173d3fa (3.x wording)',
    text: 'Amazon.Runtime.AmazonServiceException: Unable to find credentials\n\nException 1 of 3:\nAmazon.Runtime.AmazonClientException: Unable to find the "default" profile in CredentialProfileStoreChain.',
  },
  {
    // QA36 F13: the cmdlet's error record as Windows PowerShell prints it.
    id: 'pwsh.no-credentials',
    from: 'aws/aws-tools-for-powershell modules/AWSPowerShell/Common/BaseCmdlets.cs @ a1443d168626',
    text: 'PS C:\\Users\\bob> Get-S3Bucket -ProfileName dev\nGet-S3Bucket : No credentials specified or obtained from persisted/shell defaults.\nAt line:1 char:1\n+ Get-S3Bucket -ProfileName dev\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (Amazon.PowerShe...etS3BucketCmdlet:GetS3BucketCmdlet) [Get-S3Bucket], InvalidOperationException\n    + FullyQualifiedErrorId : InvalidOperationException,Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet',
    benign: 'No credentials were specified in the ticket; the defaults persisted from the shell session look fine.',
  },
]);

checkFamily('ruby', [
  {
    id: 'ruby.login-token',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/login_credentials.rb @ fc2877994da1',
    text: "/usr/local/bundle/gems/aws-sdk-core-3.240.0/lib/aws-sdk-core/login_credentials.rb:98:in `refresh': Login token is invalid and failed to refresh. Please reauthenticate. (Aws::Errors::InvalidLoginToken)",
    code: 'InvalidLoginToken',
  },
  {
    id: 'ruby.no-such-profile',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: "/usr/local/bundle/gems/aws-sdk-core-3.201.0/lib/aws-sdk-core/shared_config.rb:454:in `validate_profile_exists': Profile `staging' not found in /home/app/.aws/credentials or /home/app/.aws/config (Aws::Errors::NoSuchProfileError)",
    code: 'NoSuchProfileError',
  },
  {
    id: 'ruby.source-profile-no-credentials',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: 'Aws::Errors::NoSourceProfileError: Profile deploy has a role_arn, and source_profile, but the source_profile does not have credentials.',
    code: 'NoSourceProfileError',
  },
  {
    id: 'ruby.role-arn-no-source',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: 'Aws::Errors::NoSourceProfileError: Profile deploy has a role_arn, but no source_profile.',
    code: 'NoSourceProfileError',
  },
  {
    id: 'ruby.no-source-credentials',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: 'Aws::Errors::NoSourceCredentials: Profile ops could not get source credentials from provider Ec2InstanceMetadata',
  },
  {
    id: 'ruby.web-identity-file',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/errors.rb @ bac3491f8117',
    text: 'Aws::Errors::MissingWebIdentityTokenFile: Missing :web_identity_token_file parameter or invalid file path provided for Aws::AssumeRoleWebIdentityCredentials provider',
    code: 'MissingWebIdentityTokenFile',
  },
  {
    id: 'ruby.missing-region',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/errors.rb @ bac3491f8117',
    text: "Aws::Errors::MissingRegionError: No region was provided. Configure the `:region` option or export the region name to ENV['AWS_REGION']",
    code: 'MissingRegionError',
  },
  {
    id: 'ruby.missing-credentials',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/errors.rb @ bac3491f8117',
    text: 'Aws::Errors::MissingCredentialsError: unable to sign request without credentials set\n  /usr/local/bundle/gems/aws-sdk-core-3.201.0/lib/aws-sdk-core/plugins/sign.rb:118:in `rescue in sign_request`',
    code: 'MissingCredentialsError',
  },
  {
    id: 'ruby.sigv4-missing-credentials',
    from: 'aws/aws-sdk-ruby gems/aws-sigv4/lib/aws-sigv4/errors.rb @ bac3491f8117',
    text: "/app/vendor/bundle/ruby/3.2.0/gems/aws-sigv4-1.8.0/lib/aws-sigv4/signer.rb:694:in `extract_credentials_provider': missing credentials, provide credentials with one of the following options: (Aws::Sigv4::Errors::MissingCredentialsError)\n  - :access_key_id and :secret_access_key\n  - :credentials\n  - :credentials_provider",
    code: 'MissingCredentialsError',
  },
  {
    id: 'ruby.instance-profile',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/instance_profile_credentials.rb @ bac3491f8117',
    text: 'Error retrieving instance profile credentials: Failed to open TCP connection to 169.254.169.254:80 (execution expired)',
  },
  {
    id: 'ruby.ecs',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/ecs_credentials.rb @ bac3491f8117',
    text: 'Error retrieving ECS Credentials: Failed to open TCP connection to 169.254.170.2:80 (Connection refused - connect(2) for "169.254.170.2" port 80)',
  },
  {
    // A v2 client built in a shell with no AWS_REGION.
    id: 'ruby.endpoint-provider-nil-region',
    from: 'aws/aws-sdk-ruby aws-sdk-core/lib/aws-sdk-core/endpoint_provider.rb (partition_matching_region: region.match(p["regionRegex"])) @ v2.3.19',
    text: "irb(main):001:0> s3 = Aws::S3::Client.new\nNoMethodError: undefined method `match' for nil:NilClass\n\tfrom /app/vendor/bundle/ruby/2.3.0/gems/aws-sdk-core-2.3.19/lib/aws-sdk-core/endpoint_provider.rb:67:in `block in partition_matching_region'\n\tfrom /app/vendor/bundle/ruby/2.3.0/gems/aws-sdk-core-2.3.19/lib/aws-sdk-core/endpoint_provider.rb:66:in `each'",
  },
  // Source audit, stop 37 (aws-sdk-core 3.211.0 @ bac3491f8117).
  {
    id: 'ruby.sigv4-missing-region',
    from: 'aws/aws-sdk-ruby gems/aws-sigv4/lib/aws-sigv4/errors.rb @ bac3491f8117',
    text: "/usr/local/bundle/gems/aws-sigv4-1.10.1/lib/aws-sigv4/signer.rb:684:in `extract_region': missing required option :region (Aws::Sigv4::Errors::MissingRegionError)",
    code: 'MissingRegionError',
    benign: 'The signer complains that a region option is required and missing.',
  },
  {
    id: 'ruby.role-source-both',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: 'Aws::Errors::CredentialSourceConflictError: Profile deploy has a source_profile, and a credential_source. For assume role credentials, must provide only source_profile or credential_source, not both.',
    code: 'CredentialSourceConflictError',
    benign: 'My profile has both source_profile and credential_source set, is that allowed?',
  },
  {
    id: 'ruby.unsupported-credential-source',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: 'Aws::Errors::InvalidCredentialSourceError: Unsupported credential_source: Ec2Instance',
    code: 'InvalidCredentialSourceError',
    benign: 'Which credential_source values are supported by the Ruby SDK?',
  },
  {
    id: 'ruby.source-profile-loop',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: "/usr/local/bundle/gems/aws-sdk-core-3.211.0/lib/aws-sdk-core/shared_config.rb:299:in `resolve_source_profile': Aws::Errors::SourceProfileCircularReferenceError (Aws::Errors::SourceProfileCircularReferenceError)",
    code: 'SourceProfileCircularReferenceError',
    benign: 'The source profiles reference each other in a circle.',
  },
  {
    id: 'ruby.sso-session-undefined',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: 'ArgumentError: sso-session corp must be defined in the config file. Referenced by profile dev',
    benign: 'The sso-session must be defined in the config file, the docs say.',
  },
  {
    // Stop 38, gaps of the Ruby source audit.
    id: 'ruby.sso-session-config',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: "/usr/local/bundle/gems/aws-sdk-core-3.211.0/lib/aws-sdk-core/shared_config.rb:476:in `sso_session': sso-session corp missing required parameter: sso_region (ArgumentError)",
    benign: 'The sso-session corp is missing a required parameter, sso_region, per the docs.',
  },
  {
    id: 'ruby.sso-session-config',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/shared_config.rb @ bac3491f8117',
    text: "ArgumentError: sso-session corp's sso_region (us-east-1) does not match the profile dev's sso_region (eu-west-1'",
  },
  {
    id: 'ruby.process-failed',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/process_credentials.rb @ bac3491f8117',
    text: 'Aws::Errors::InvalidProcessCredentialsPayload: credential_process provider failure, the credential process had non zero exit status and failed to provide credentials',
    code: 'InvalidProcessCredentialsPayload',
    benign: 'Our credential_process helper exits non zero when the vault is locked.',
  },
  {
    id: 'ruby.process-output',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/process_credentials.rb @ bac3491f8117',
    text: 'Aws::Errors::InvalidProcessCredentialsPayload: Invalid version 2 for credentials payload',
    code: 'InvalidProcessCredentialsPayload',
    benign: 'JSON::ParserError: Invalid JSON response',
  },
  {
    id: 'ruby.process-output',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/process_credentials.rb @ bac3491f8117',
    text: 'Aws::Errors::InvalidProcessCredentialsPayload: Invalid JSON response',
    code: 'InvalidProcessCredentialsPayload',
  },
  {
    id: 'ruby.sso-token-refresh',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/sso_token_provider.rb @ bac3491f8117',
    text: 'Aws::Errors::InvalidSSOToken: Token is invalid and failed to refresh.',
    code: 'InvalidSSOToken',
    benign: 'The SSO token could not be refreshed, it seems invalid.',
  },
  {
    id: 'ruby.container-token-file',
    from: 'aws/aws-sdk-ruby gems/aws-sdk-core/lib/aws-sdk-core/ecs_credentials.rb @ bac3491f8117',
    text: "Aws::ECSCredentials::TokenFileReadError: AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is set but the file doesn't exist: /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token",
    code: 'TokenFileReadError',
    benign: 'Is AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE set in the pod? The file should exist.',
  },
]);

checkFamily('php', [
  {
    id: 'php.env-not-found',
    from: 'aws/aws-sdk-php src/Credentials/CredentialProvider.php @ 00b17f99018d',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Could not find environment variable credentials in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:874',
    top: 'no-credentials-found',
  },
  {
    id: 'php.sso-expired',
    from: 'aws/aws-sdk-php src/Credentials/CredentialProvider.php @ 00b17f99018d',
    text: 'Aws\\Exception\\CredentialsException: Cached SSO credentials returned expired credentials',
  },
  {
    id: 'php.sso-token-file',
    from: 'aws/aws-sdk-php src/Credentials/CredentialProvider.php @ 00b17f99018d',
    text: 'Aws\\Exception\\CredentialsException: Unable to read token file at /home/dev/.aws/sso/cache/5e6fe0f1c3b2a94d7a0f8e3c2b1a09f8e7d6c5b4.json',
  },
  {
    id: 'php.sso-profile-keys',
    from: 'aws/aws-sdk-php src/Credentials/CredentialProvider.php @ 00b17f99018d',
    text: 'Aws\\Exception\\CredentialsException: Profile profile dev in /home/dev/.aws/config must contain the following keys: sso_start_url, sso_region, sso_account_id, and sso_role_name.',
  },
  {
    id: 'php.sso-session-missing',
    from: 'aws/aws-sdk-php src/Credentials/CredentialProvider.php @ 00b17f99018d',
    text: 'Aws\\Exception\\CredentialsException: Could not find sso-session corp in /home/dev/.aws/config',
  },
  {
    id: 'php.instance-profile',
    from: 'aws/aws-sdk-php src/Credentials/InstanceProfileProvider.php @ 624238048f93',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Error retrieving credentials from the instance profile metadata service. (cURL error 28: Connection timed out after 1001 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html))',
    code: 'CredentialsException',
  },
  {
    id: 'php.ecs',
    from: 'aws/aws-sdk-php src/Credentials/EcsCredentialProvider.php @ 3898e17733df',
    text: 'Aws\\Exception\\CredentialsException: Error retrieving credential from ECS (cURL error 7: Failed to connect to 169.254.170.2 port 80: Connection refused)',
    code: 'CredentialsException',
  },
  {
    id: 'php.container-metadata',
    from: 'nextcloud/server vendor/aws/aws-sdk-php/src/Credentials/EcsCredentialProvider.php @ 25171f8ecd80',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Error retrieving credentials from container metadata after attempt 3/3 (cURL error 28: Operation timed out after 1001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://169.254.170.23/v1/credentials) in /var/www/vendor/aws/aws-sdk-php/src/Credentials/EcsCredentialProvider.php:147',
    code: 'CredentialsException',
  },
  {
    id: 'php.ini-unreadable',
    from: 'aws/aws-sdk-php src/Credentials/CredentialProvider.php @ 93a10cf5e134',
    text: 'Aws\\Exception\\CredentialsException: Cannot read credentials from /var/www/.aws/credentials',
    code: 'CredentialsException',
  },
  {
    id: 'php.ini-profile-not-found',
    from: 'nextcloud/server vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 25171f8ecd80',
    text: "PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: 'production' not found in credentials file in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:874",
    code: 'CredentialsException',
  },
  {
    id: 'php.ini-no-credentials',
    from: 'nextcloud/server vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 25171f8ecd80',
    text: "Aws\\Exception\\CredentialsException: No credentials present in INI profile 'default' (/var/www/.aws/credentials)",
    code: 'CredentialsException',
  },
  {
    id: 'php.ini-invalid-file',
    from: 'nextcloud/server vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 25171f8ecd80',
    text: 'Uncaught Aws\\Exception\\CredentialsException: Invalid credentials file: /home/deploy/.aws/credentials in /app/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:870',
    code: 'CredentialsException',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.role-source-config',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Either source_profile or credential_source must be set using profile deploy, but not both. in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:846',
    code: 'CredentialsException',
    benign: 'Set either source_profile or credential_source in the profile, but not both of them.',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.role-source-config',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'Aws\\Exception\\CredentialsException: A role_arn must be provided with credential_source in file /home/app/.aws/config under profile deploy ',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.profile-loop',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Circular source_profile reference found. in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:846',
    code: 'CredentialsException',
    benign: 'Our two profiles point at each other through source_profile, a circular reference.',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.credential-source-invalid',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Invalid credential_source found in config file: Ec2Instance. Valid inputs include Environment, Ec2InstanceMetadata, and EcsContainer.',
    code: 'CredentialsException',
    benign: 'Is Ec2Instance an invalid credential_source in the config file? The docs list Ec2InstanceMetadata.',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.source-profile',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: source_profile base using profile deploy does not exist in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:846',
    code: 'CredentialsException',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.process-version',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: credential_process does not return Version == 1 in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:846',
    code: 'CredentialsException',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.process-output',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: credential_process does not return valid credentials in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:846',
    code: 'CredentialsException',
    benign: 'My credential_process script does not return valid JSON credentials yet, still debugging it.',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.process-expired',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: credential_process returned expired credentials in /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php:846',
    code: 'CredentialsException',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.web-identity-token-file',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/AssumeRoleWithWebIdentityCredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Error reading WebIdentityTokenFile from /var/run/secrets/eks.amazonaws.com/serviceaccount/token in /app/vendor/aws/aws-sdk-php/src/Credentials/AssumeRoleWithWebIdentityCredentialProvider.php:125',
    code: 'CredentialsException',
    benign: 'The pod has an unreadable token file at that location, I think the web identity token is not mounted.',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.web-identity',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/AssumeRoleWithWebIdentityCredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Error assuming role from web identity credentials in /app/vendor/aws/aws-sdk-php/src/Credentials/AssumeRoleWithWebIdentityCredentialProvider.php:148',
    code: 'CredentialsException',
    benign: 'Is there an error when assuming a role from web identity credentials on EKS with PHP?',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.container-token-file',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Credentials/EcsCredentialProvider.php @ 3.318.0@005b2fb5cfd3',
    text: "PHP Fatal error:  Uncaught Aws\\Exception\\CredentialsException: Failed to read authorization token from '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token': no such file or directory. in /app/vendor/aws/aws-sdk-php/src/Credentials/EcsCredentialProvider.php:145",
    code: 'CredentialsException',
    benign: 'The agent failed to read the authorization token from the pod identity file, so no such token was sent.',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.sso-session-config',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/Token/SsoTokenProvider.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught Aws\\Exception\\TokenException: Sso session `corp` in /home/dev/.aws/config is missing the required property `sso_region` in /app/vendor/aws/aws-sdk-php/src/Token/SsoTokenProvider.php:121',
    benign: 'The sso session corp is missing the required property sso_region in my config, how do I add it?',
  },
  {
    // Source audit, stop 38 (aws-sdk-php 3.318.0).
    id: 'php.region-missing',
    from: 'open-lms-open-source/moodle-local_aws_sdk vendor/aws/aws-sdk-php/src/ClientResolver.php @ 3.318.0@005b2fb5cfd3',
    text: 'PHP Fatal error:  Uncaught InvalidArgumentException: Missing required client configuration options: \n\nregion: (string)\n\n  A "region" configuration value is required for the "s3" service\n  (e.g., "us-west-2"). A list of available public regions and endpoints can be\n  found at http://docs.aws.amazon.com/general/latest/gr/rande.html.',
    benign: 'Which region option is required for the client configuration? It says region is missing.',
  },
]);
