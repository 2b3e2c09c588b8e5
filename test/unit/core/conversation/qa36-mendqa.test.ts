/**
 * QA36's findings left open at stop 36 (F4, F7, F22, F23, F24), read in the conversation as `chat` does: the
 * messages typed one by one through the engine. The pastes are written from the SDKs' own strings.
 */
import { diagnose } from '../../../../src/core/diagnose';
import type { CaseState } from '../../../../src/core/conversation/types';
import type { CauseId } from '../../../../src/core/taxonomy';
import { applied, typed } from '../../../helpers/typed-case';

const run = (texts: string[]): CaseState => typed(texts).state;
const score = (s: CaseState, id: CauseId) => s.causes.find((c) => c.id === id)?.score ?? 0;

describe('QA36 F7: a runtime said not to be on AWS', () => {
  const opening = 'Error: Could not load credentials from any providers';
  it('when the team says "we\'re not on aws at all", then role credentials go down', () => {
    const before = score(run([opening]), 'role-credentials-unavailable');
    const s = run([opening, "we're not on aws at all"]);
    expect(applied(s)).toContain('statement:not-on-aws');
    expect(score(s, 'role-credentials-unavailable')).toBeLessThan(before / 2);
  });
  it('when a container is said to run off AWS, then it is no ECS task and role credentials go down', () => {
    const before = score(run([opening]), 'role-credentials-unavailable');
    const s = run([opening, 'not on aws at all, its a container on our own server']);
    expect(applied(s)).not.toContain('statement:runtime=container');
    expect(s.scoring!.implied.runtime).toBeUndefined();
    expect(score(s, 'role-credentials-unavailable')).toBeLessThan(before / 2);
  });
  it('when it is "my laptop, not on AWS", then the laptop answer counts once and the statement not again', () => {
    const s = run([opening, 'this runs on my laptop, not on AWS']);
    expect(applied(s)).toContain('statement:runtime=laptop');
    expect(applied(s)).not.toContain('statement:not-on-aws');
  });
});

describe('QA36 F4: a variable the credential chain names as not set', () => {
  // aws-sdk-java-v2's AwsCredentialsProviderChain message, each provider's own reason (catalogue sdk-jvm.ts).
  const javaChain = [
    'Exception in thread "main" software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., WebIdentityTokenCredentialsProvider(): Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set., ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])): Profile file contained no credentials for profile \'default\': ProfileFile(sections=[]), ContainerCredentialsProvider(): Cannot fetch credentials from container - neither AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]',
    '\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)',
  ].join('\n');
  it('when Java v2 lists every provider, then neither a role sign-in nor a pod or task runtime is shown', () => {
    const shown = diagnose(javaChain).facts.shown ?? [];
    expect(shown.map((a) => a.probe)).not.toContain('sign-in');
    expect(shown.map((a) => a.probe)).not.toContain('runtime');
  });
  it('when a variable is said "not set", then it shows no pod; set, it still does', () => {
    const probes = (t: string) => (diagnose(t).facts.shown ?? []).map((a) => `${a.probe}=${a.choice ?? ''}`);
    expect(probes('Unable to locate credentials. Environment variable AWS_WEB_IDENTITY_TOKEN_FILE not set')).not.toContain('runtime=kubernetes');
    const pod = 'AWS_ROLE_ARN=arn:aws:iam::111122223333:role/app\nAWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials';
    expect(probes(pod)).toContain('runtime=kubernetes');
    expect(probes(pod)).toContain('sign-in=role');
  });
});

describe('QA36 F24: the session token said set', () => {
  const opening = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
  it('when an ASIA key is rejected and the token is said set, then the missing token is no longer more likely than the rest together', () => {
    const s = run([opening, 'the key starts with ASIA', 'the session token is set']);
    expect(applied(s)).toContain('fact:token-present');
    const total = s.causes.reduce((sum, c) => sum + c.score, 0);
    // Of the tuning threads with an ASIA key rejected as unknown that say a token is set, 2 of 5 are a missing token.
    expect(score(s, 'missing-session-token') / total).toBeLessThan(0.5);
  });
});

describe('QA36 F23: the AWS CLI reads the profile, the tool does not', () => {
  // aws-sdk-go v1's chain error, as a tool built on it prints it.
  const opening = 'Error: NoCredentialProviders: no valid providers in chain. Deprecated.\n\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors';
  const reply = 'we use sso. aws sts get-caller-identity --profile dev works fine, but the tool still fails with AWS_PROFILE=dev';
  it('when get-caller-identity works with the profile but the tool fails, then the fix is export-credentials or an upgrade, not a new sign-in', () => {
    const s = run([opening, reply]);
    expect(applied(s)).toContain('statement:cli-reads-profile-tool-not');
    const fix = typed([opening, reply]).replies.find((r) => r.type === 'remediation');
    expect(fix).toBeDefined();
    const shown = fix!.type === 'remediation' ? fix!.variants[0]!.steps.flatMap((st) => (st.code ?? []).map((c) => c.code)).join('\n') : '';
    expect(shown).toContain('aws configure export-credentials --profile <profile> --format env');
    expect(shown).not.toContain('aws sso login');
  });
  it('when the CLI is said to work with no profile named, then nothing is read into it', () => {
    expect(applied(run([opening, 'aws s3 ls works but the tool fails']))).not.toContain('statement:cli-reads-profile-tool-not');
  });
});

describe('QA36 F22 in chat: a region value that is no region', () => {
  const configureList = [
    '      Name                    Value             Type    Location',
    '      ----                    -----             ----    --------',
    '   profile                      dev           manual    --profile',
    'access_key     ****************MPLE shared-credentials-file',
    'secret_key     ****************EKEY shared-credentials-file',
    '    region                      dev      config-file    ~/.aws/config',
  ].join('\n');
  it('when aws configure list shows a profile name as the region, then the region leads', () => {
    const s = run(['my raycast aws extension stopped working: Error: getaddrinfo ENOTFOUND s3.dev.amazonaws.com', configureList]);
    expect(s.causes[0]!.id).toBe('region-endpoint');
  });
  it('when the endpoint host holds no region, then the label is read; a real region is not', () => {
    expect(diagnose('Could not connect to the endpoint URL: "https://s3.dev.amazonaws.com/"').facts.regionInvalid).toBe('dev');
    expect(diagnose('Could not connect to the endpoint URL: "https://s3.eu-west-1.amazonaws.com/"').facts.regionInvalid).toBeUndefined();
  });
});
