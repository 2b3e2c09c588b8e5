import { checkFamily } from './check-quotes';

const CLI = (file: string) => `aws-amplify/amplify-cli packages/amplify-provider-awscloudformation/src/${file} @ 70049be04b61`;

checkFamily('amplify', [
  {
    id: 'amplify-cli.profile-missing',
    from: CLI('system-config-manager.ts'),
    text: '$ amplify push\n🛑 Profile configuration is missing for: amplify-dev\n\nResolution: An unexpected error has occurred, opt-in to send an error report to the Amplify team for enhanced error support.',
  },
  {
    id: 'amplify-cli.profile-invalid',
    from: CLI('system-config-manager.ts'),
    text: "$ amplify pull --appId d1abc --envName dev\n🛑 Profile configuration for 'default' is invalid: missing aws_access_key_id, aws_secret_access_key",
  },
  {
    id: 'amplify-cli.profile-credentials',
    from: CLI('configuration-manager.ts'),
    text: '$ amplify status\n🛑 Failed to get profile credentials\n\nLearn more at: https://docs.amplify.aws/cli/project/troubleshooting/',
    orTop: ['temporary-credentials-expired', 'no-credentials-found'],
  },
  {
    id: 'amplify-cli.no-credentials',
    from: CLI('configuration-manager.ts'),
    text: '$ amplify init --yes\n🛑 AWS access credentials can not be found.',
  },
  {
    id: 'amplify-js.no-credentials',
    from: 'aws-amplify/amplify-js packages/storage/src/errors/types/validation.ts @ 2b1aa72bf71e',
    text: 'Error uploading file: NoCredentials: Credentials should not be empty.\n    at assertValidationError (assertValidationError.ts:17:9)\n    at resolveS3ConfigAndInput (resolveS3ConfigAndInput.ts:48:2)',
    code: 'NoCredentials',
    orTop: ['role-credentials-unavailable'],
  },
  {
    id: 'amplify-js.no-identity-pool',
    from: 'aws-amplify/amplify-js packages/core/src/Credentials.ts @ fa5abdf902b5',
    text: '[WARN] 06:28.991 GraphQLAPI - ensure credentials error No Cognito Identity pool provided for unauthenticated access\nError: No credentials',
  },
]);
