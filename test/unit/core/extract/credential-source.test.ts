import { diagnose } from '../../../../src/core/diagnose';

const facts = (text: string) => diagnose(text).facts;

describe('credential source, profile and session token', () => {
  it.each([
    ['configure list (old format)', 'access_key     ****************ABCD shared-credentials-file    \nsecret_key     ****************wxyz shared-credentials-file', 'shared-credentials-file'],
    ['configure list (new format)', 'access_key : ****************ABCD     : sso              : \nregion     : us-west-2                : config-file      : ~/.aws/config', 'sso'],
    ['configure list commented out', '#access_key     ****************ABCD              env', 'env'],
    ['configure list without credentials', 'access_key                <not set>             None    None', 'none'],
    ['--debug Found line', '2026-11-20 10:02:11,502 - MainThread - botocore.credentials - INFO - Found credentials in environment variables.', 'env'],
    ['--debug Looking line only', 'botocore.credentials - DEBUG - Looking for credentials via: env\nbotocore.credentials - DEBUG - Looking for credentials via: assume-role', 'assume-role'],
    ['Terraform', 'Retrieved credentials: tf_aws.credentials_source=EnvConfigCredentials', 'env'],
    ['Terraform shared config', 'tf_aws.credentials_source=SharedConfigCredentials', 'shared-credentials-file'],
    ['Serverless', 'Credentials: Local, "default" profile', 'shared-credentials-file'],
    ['provider error', 'Error when retrieving credentials from container-role: Error retrieving metadata', 'container-role'],
    ['env dump', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=abc123abc123', 'env'],
  ])('when a %s is pasted, then credentialSource is read', (_shape, text, source) => {
    expect(facts(text).credentialSource).toBe(source);
  });

  // Layouts and TYPE values as awscli/customizations/configure/list.py (aws-cli @0130e1d43617) prints them:
  // '%10s %24s %16s    %s' rows, TYPE = credentials.method, None when nothing was found.
  const CFG = (type: string) => `access_key     ****************ABCD ${type.padStart(16)}    \nsecret_key     ****************ABCD ${type.padStart(16)}    `;
  it.each([
    ['v1 table, env', `      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\n${CFG('env')}\n    region                us-west-2              env    AWS_DEFAULT_REGION`, 'env'],
    ['iam-role', CFG('iam-role'), 'iam-role'],
    ['container-role', CFG('container-role'), 'container-role'],
    ['assume-role', CFG('assume-role'), 'assume-role'],
    ['assume-role-with-web-identity', CFG('assume-role-with-web-identity'), 'assume-role-with-web-identity'],
    ['custom-process', CFG('custom-process'), 'custom-process'],
    ['sso', CFG('sso'), 'sso'],
    ['config-file', CFG('config-file'), 'config-file'],
    ['v2 colon layout, shared file', 'NAME       : VALUE                    : TYPE                    : LOCATION\nprofile    : <not set>                : None                    : None\naccess_key : ****************ABCD     : shared-credentials-file : \nsecret_key : ****************ABCD     : shared-credentials-file : ', 'shared-credentials-file'],
    ['table indented inside a markdown list', CFG('iam-role').split('\n').map((l) => `            ${l}`).join('\n'), 'iam-role'],
    ['table in a quote', CFG('container-role').split('\n').map((l) => `> ${l}`).join('\n'), 'container-role'],
    ['markdown table', '| Name | Value | Type | Location |\n|---|---|---|---|\n| access_key | ****************ABCD | assume-role | |\n| secret_key | ****************ABCD | assume-role | |', 'assume-role'],
    ['table joined on one line', 'Name Value Type Location ---- ----- ---- -------- profile <not set> None None access_key ****************ABCD shared-credentials-file secret_key ****************ABCD shared-credentials-file region us-east-1 config-file ~/.aws/config', 'shared-credentials-file'],
    ['all <not set>, joined on one line', 'profile <not set> None None access_key <not set> None None secret_key <not set> None None region <not set> None None', 'none'],
  ])('when aws configure list is pasted as %s, then credentialSource is its TYPE', (_shape, text, source) => {
    expect(facts(text).credentialSource).toBe(source);
  });

  it('when a debug Found line and an env dump disagree, then the Found line wins', () => {
    expect(facts('AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=abc\nFound credentials in shared credentials file: ~/.aws/credentials').credentialSource).toBe('shared-credentials-file');
  });

  it.each([
    ['env dump with token', 'AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\nAWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEXAMPLE', true],
    ['env dump without token', 'AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=abcd', false],
    ['SignedHeaders with the token', 'SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=abcdef0123456789abcdef', true],
    ['SignedHeaders without the token', 'SignedHeaders=content-type;host;x-amz-date, Signature=abcdef0123456789abcdef', false],
    ['credentials file with token', '[tmp]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_session_token = FwoGZXIvYXdzEXAMPLE', true],
  ])('when a %s is pasted, then sessionTokenPresent is read', (_shape, text, present) => {
    expect(facts(text).sessionTokenPresent).toBe(present);
  });

  it.each([
    ['AWS_PROFILE', 'export AWS_PROFILE=staging', 'staging'],
    ['--profile', 'aws s3 ls --profile prod-admin', 'prod-admin'],
    ['configure list', '   profile                     prod           manual    --profile', 'prod'],
    ['profile not found', 'The config profile (dev) could not be found', 'dev'],
    ['Go SDK', 'failed to get shared config profile, sandbox', 'sandbox'],
  ])('when the profile is given by %s, then it is read', (_shape, text, profile) => {
    expect(facts(text).profile).toBe(profile);
  });

  it('when AWS_PROFILE and env keys are both set with an error, then env-var-override explains that env keys win', () => {
    const d = diagnose('AWS_PROFILE=prod\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=abc\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x');
    expect(d.causes[0]!.id).toBe('env-var-override');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toContain('env-var-override.keys-and-profile');
  });

  it('when cat -A shows a trailing space after a key, then the whitespace is evidence of malformed credentials', () => {
    const d = diagnose('AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE $\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x');
    expect(d.causes.find((c) => c.id === 'malformed-credentials')!.evidence.map((e) => e.id)).toContain('malformed.whitespace');
  });

  // The print commands are looked for in the shared literal scan before printedVariables reads the text.
  it.each([
    ['echo', '$ echo $AWS_PROFILE\nstaging'],
    ['printenv', '$ printenv AWS_PROFILE\nstaging'],
    ["PowerShell's $env:", 'PS C:\\deploy> $env:AWS_PROFILE\nstaging'],
    ["cmd's echo %NAME%", 'C:\\deploy>echo %AWS_PROFILE%\nstaging'],
  ])('when a shell prints the profile with %s, then it is read', (_shape, printed) => {
    expect(facts(`${printed}\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x`).profile).toBe('staging');
  });

  // Whether the text holds a credentials-file line is asked only once a line opens like one (a pass over the whole text
  // spared on a long log without any): a line read before the first such line must still be read.
  it('when mfa_serial stands before the profile\'s other lines, then it is read with them', () => {
    let ids: string[] = [];
    const text = '[profile deploy]\nmfa_serial = arn:aws:iam::123456789012:mfa/dana\nrole_arn = arn:aws:iam::123456789012:role/deploy\nsource_profile = default\nAn error occurred (AccessDenied) when calling the AssumeRole operation: MultiFactorAuthentication failed';
    diagnose(text, { onSignals: (all) => (ids = all.map((s) => s.id)) });
    expect(ids).toEqual(expect.arrayContaining(['credentials-file.section', 'config.mfa-serial', 'config.assume-role', 'credentials-file.line']));
  });

  it('when a hidden character sits in a credential line, then it is a fact with its location', () => {
    const d = diagnose('aws_access_key_id = AKIAIOSFODNN7EXAMPLE\u200b\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x');
    expect(d.facts.hiddenCharacters).toEqual([expect.objectContaining({ codePoint: 'U+200B', at: expect.objectContaining({ line: 1 }) })]);
    expect(d.causes[0]!.id).toBe('malformed-credentials');
  });
});
