/**
 * Readings that came of batch 13's tuning misses (issue #10), each quoting the thread or the SDK source it was read from.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { saysStsModuleNeeded } from '../../../../src/core/extract/sts-module-missing';

describe('the Java SDKs\' STS module needed on the class path (extract/sts-module-missing.ts)', () => {
  it.each([
    // geoserver/geoserver-cloud#335 (batch 13): a pull request's description, prose only.
    ['the v2 artifact on the classpath', 'Despite since `software.amazon.awssdk:2.10.11`, the `WebIdentityTokenFileCredentialsProvider` is part of the default credentials chain, it will only be enabled if\n`software.amazon.awssdk:sts` is on the classpath, which is mentioned in the javadocs.'],
    // quarkusio/quarkus#14061 (batch 7).
    ['the v2 artifact as a dependency', 'When using AWS EKS the AWS credentials are injected into the container and are normally automatically picked up by the aws client library when adding the software.amazon.awssdk:sts dependency.\nUnfortunately this doesnt work with quarkus native (I guess there is reflection involved).'],
  ])('when %s, then a role not delivered leads, told in words', (_, text) => {
    const d = diagnose(text);
    expect({ detected: d.detected, toldInWords: d.toldInWords, top: d.causes[0]!.id }).toEqual({ detected: true, toldInWords: true, top: 'role-credentials-unavailable' });
  });

  it('when Java v1\'s provider says the sts module is missing, then a role not delivered leads', () => {
    // aws/aws-sdk-java STSProfileCredentialsServiceProvider.java (355424771b95); snowplow/snowplow-s3-loader#273 (batch 13).
    const d = diagnose('To fallback to `WebIdentityTokenCredentialsProvider` and avoid the error:\n\n```\nUnable to load credentials from WebIdentityTokenCredentialsProvider: To use assume role profiles the aws-java-sdk-sts module must be on the class path.\n```');
    expect({ detected: d.detected, toldInWords: d.toldInWords, top: d.causes[0]!.id }).toEqual({ detected: true, toldInWords: undefined, top: 'role-credentials-unavailable' });
  });

  it.each([
    ['a build file\'s dependency line', "implementation 'software.amazon.awssdk:sts:2.20.43'"],
    ['STS named as a service', 'The sts endpoint answered in 40 ms and the dependency graph looks fine.'],
    ['another module on the class path', "the 'sso' module must be on the class path"],
  ])('when %s, then the module is not read as needed', (_, line) => {
    expect(saysStsModuleNeeded(line)).toBe(false);
  });
});

describe('botocore\'s InvalidRegionError (rules/catalogue/sdk-cli-python.ts botocore.invalid-region)', () => {
  it('when a model id was passed where the region goes, then the region is the cause and the code is read', () => {
    // boto/botocore botocore/exceptions.py (0e6e2404b85d); run-llama/llama_index#9671 (batch 13).
    const d = diagnose("The first parameter of the `set_credentials` method is the AWS region. The current call leads to an exception `botocore.exceptions.InvalidRegionError: Provided region_name 'amazon.titan-embed-text-v1' doesn't match a supported format.`");
    expect({ detected: d.detected, top: d.causes[0]!.id, codes: d.errorCodes }).toEqual({ detected: true, top: 'region-endpoint', codes: ['InvalidRegionError'] });
  });
});

describe('non-credential failures beside AWS words (extract/prose-report.ts)', () => {
  it('when a file utility is refused by the local file system on a mounted bucket, then nothing is detected', () => {
    // awslabs/mountpoint-s3#683 (batch 13); GNU coreutils ls.c "cannot access %s" with EACCES.
    const text = "Upon successful launch of the EC2 instance, I encountered a \"permission denied\" error when attempting to execute the 'ls -ltr ' command\n\nls -ltr\nls: cannot access 's3bucket': Permission denied\ntotal 0\nd????????? ? ? ? ?            ? s3bucket";
    expect(diagnose(text).detected).toBe(false);
  });

  it('when the path refused is a credentials file, then the refusal is still read', () => {
    expect(diagnose("aws s3 ls fails in the container\nls: cannot access '/root/.aws/credentials': Permission denied").detected).toBe(true);
  });

  it('when only the Rust SDK\'s region provider warns that IMDS was not reached, then nothing is detected', () => {
    // delta-io/delta-rs#2460 (batch 13); awslabs/smithy-rs aws-config src/imds/region.rs: warn!("failed to load region from IMDS").
    const text = 'When using the S3 Object store, it will still try to use the IMDS provider by default, only when setting an environment variable `AWS_EC2_METADATA_DISABLED`, it\'s not throwing the warnings anymore.\n\n```\n[2024-04-24T07:55:28Z WARN  aws_config::imds::region] failed to load region from IMDS err=failed to load IMDS session token: dispatch failure: io error: error trying to connect: tcp connect error: No route to host (os error 113) (FailedToLoadToken(FailedToLoadToken { source: DispatchFailure(DispatchFailure { source: ConnectorError { kind: Io, source: hyper::Error(Connect, ConnectError("tcp connect error", Os { code: 113, kind: HostUnreachable, message: "No route to host" })), connection: Unknown } }) }))\n```';
    expect(diagnose(text).detected).toBe(false);
  });
});

describe('LangChain\'s words for a failed client setup (rules/catalogue/ml-sdks.ts langchain.client-setup)', () => {
  it('when the wrapper says credentials could not be loaded, then the region and the profile come before an empty chain', () => {
    // langchain-ai/langchain#13683 (batch 13): the wrapper catches NoRegionError from session.client(…).
    const d = diagnose("When creating a Bedrock model without `region_name`\n```py\nllm_bedrock = Bedrock(model_id='anthropic.claude-instant-v1')\n```\nIt errors out\n```py\nValidationError: 1 validation error for Bedrock\n__root__\n  Could not load credentials to authenticate with AWS client. Please check that credentials in the specified profile name are valid. (type=value_error)\n```");
    const top3 = d.causes.slice(0, 3).map((c) => c.id);
    expect({ detected: d.detected, region: top3.includes('region-endpoint'), noCredentialsFirst: top3[0] === 'no-credentials-found' }).toEqual({ detected: true, region: true, noCredentialsFirst: false });
  });
});
