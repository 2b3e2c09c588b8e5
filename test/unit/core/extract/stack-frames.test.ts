/**
 * A stack trace whose only credential sign is a frame of an SDK's credential provider or signer. The module, class
 * and file names in these traces are the SDKs' own, read in their sources (rules/catalogue/provider-modules.ts names
 * the repository, path and commit of each); every trace ends in an exception whose name says nothing about
 * credentials, so without the frames nothing is detected. Each language also has a trace that merely passes through
 * a client or a signing wrapper for a service error, which must stay silent.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { PROVIDER_MODULES } from '../../../../src/core/rules/catalogue/provider-modules';

const now = new Date('2026-12-05T12:00:00Z');

/** The frame signal diagnose() read, if any, and whether the paste was detected. */
function read(text: string): { detected: boolean; frame: string | undefined } {
  let frame: string | undefined;
  const d = diagnose(text, { now, onSignals: (signals) => (frame = signals.find((s) => s.id.startsWith('frame.'))?.id) });
  return { detected: d.detected, frame };
}

const PYTHON_ASSUME_ROLE = `Traceback (most recent call last):
  File "sync.py", line 12, in <module>
    s3.list_buckets()
  File "/usr/lib/python3.11/site-packages/botocore/client.py", line 553, in _api_call
    return self._make_api_call(operation_name, kwargs)
  File "/usr/lib/python3.11/site-packages/botocore/credentials.py", line 1862, in load
    return self._load_creds_via_assume_role(self._profile_name)
  File "/usr/lib/python3.11/site-packages/botocore/credentials.py", line 1890, in _load_creds_via_assume_role
    role_config = self._get_role_config(profile_name)
KeyError: 'source_profile'`;

const PYTHON_SIGNER = `Traceback (most recent call last):
  File "upload.py", line 7, in <module>
    client.put_object(Bucket="b", Key="k", Body=b"x")
  File "/opt/venv/lib/python3.10/site-packages/botocore/signers.py", line 162, in sign
    auth.add_auth(request)
  File "/opt/venv/lib/python3.10/site-packages/botocore/auth.py", line 418, in add_auth
    signature = self.signature(string_to_sign, request)
  File "/opt/venv/lib/python3.10/site-packages/botocore/auth.py", line 360, in signature
    k_date = self._sign(('AWS4' + secret_key).encode('utf-8'), self._timestamp[0:8])
TypeError: can only concatenate str (not "NoneType") to str`;

const JAVA_V1_PROFILE = `java.lang.NullPointerException
\tat com.amazonaws.auth.profile.ProfilesConfigFile.<init>(ProfilesConfigFile.java:143)
\tat com.amazonaws.auth.profile.ProfileCredentialsProvider.getCredentials(ProfileCredentialsProvider.java:135)
\tat com.example.Main.main(Main.java:16)`;

const JAVA_V2_CHAIN_IMDS = `Exception in thread "main" java.lang.IllegalStateException: Connection pool shut down
\tat org.apache.http.util.Asserts.check(Asserts.java:34)
\tat software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider.refreshCredentials(InstanceProfileCredentialsProvider.java:160)
\tat software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain.resolveCredentials(AwsCredentialsProviderChain.java:91)
\tat software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.resolveCredentials(DefaultCredentialsProvider.java:128)`;

const JAVA_V2_WEB_IDENTITY = `java.lang.IllegalArgumentException: role ARN must not be null
\tat software.amazon.awssdk.utils.Validate.paramNotNull(Validate.java:156)
\tat software.amazon.awssdk.services.sts.auth.StsAssumeRoleWithWebIdentityCredentialsProvider.<init>(StsAssumeRoleWithWebIdentityCredentialsProvider.java:52)
\tat com.example.Config.awsCredentials(Config.java:30)`;

const KOTLIN_PROFILE = `Exception in thread "main" java.lang.IllegalStateException: unexpected end of section
\tat aws.sdk.kotlin.runtime.auth.credentials.ProfileCredentialsProvider.resolve(ProfileCredentialsProvider.kt:97)
\tat aws.sdk.kotlin.runtime.auth.credentials.DefaultChainCredentialsProvider.resolve(DefaultChainCredentialsProvider.kt:75)`;

const JS_V3_CHAIN = `ERROR ------- FALLBACK -------
  at async provider (@aws-sdk/credential-provider-node/dist-cjs/index.js:38:13)
  ... user handler code ...`;

const JS_V2_PROFILE = `TypeError: Cannot read properties of undefined (reading 'split')
    at SharedIniFileCredentials.load (/app/node_modules/aws-sdk/lib/credentials/shared_ini_file_credentials.js:120:20)
    at SharedIniFileCredentials.refresh (/app/node_modules/aws-sdk/lib/credentials/shared_ini_file_credentials.js:98:10)`;

const GO_V1_PANIC = `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6c1a26]

goroutine 1 [running]:
github.com/aws/aws-sdk-go/aws/credentials.(*Credentials).Get(0x0, 0x0, 0x0, 0x0, 0x0, 0x0)
\t/go/pkg/mod/github.com/aws/aws-sdk-go@v1.44.100/aws/credentials/credentials.go:249 +0x26
main.main()
\t/app/main.go:20 +0x55`;

const GO_V2_SSO = `panic: runtime error: index out of range [0] with length 0

goroutine 7 [running]:
github.com/aws/aws-sdk-go-v2/credentials/ssocreds.(*Provider).Retrieve(0xc0001a2000, {0x9a2b40, 0xc000130000})
\t/go/pkg/mod/github.com/aws/aws-sdk-go-v2/credentials@v1.13.43/ssocreds/sso_credentials_provider.go:110 +0x3b4
main.main()
\t/app/main.go:31 +0x98`;

const DOTNET_IMDS = `Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.
   at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.FetchCredentials()
   at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.GetCredentials()
   at Amazon.Runtime.Internal.CredentialsRetriever.PreInvoke(IExecutionContext executionContext)`;

const RUBY_ASSUME_ROLE = `NoMethodError: undefined method \`[]' for nil:NilClass
  /usr/local/bundle/gems/aws-sdk-core-3.130.0/lib/aws-sdk-core/shared_config.rb:190:in \`assume_role_from_profile'
  from /usr/local/bundle/gems/aws-sdk-core-3.130.0/lib/aws-sdk-core/credential_provider_chain.rb:100:in \`assume_role_credentials'`;

const PHP_ECS = `PHP Fatal error:  Uncaught TypeError: json_decode(): Argument #1 ($json) must be of type string, null given
Stack trace:
#0 /var/www/vendor/aws/aws-sdk-php/src/Credentials/EcsCredentialProvider.php(85): json_decode(NULL, true)
#1 /var/www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php(120): Aws\\Credentials\\EcsCredentialProvider->__invoke()
#2 {main}`;

const RUST_PROFILE = `thread 'main' panicked at src/main.rs:10:5:
called \`Option::unwrap()\` on a \`None\` value
stack backtrace:
   0: rust_begin_unwind
  12: aws_config::profile::credentials::ProfileFileCredentialsProvider::load_credentials
             at /home/u/.cargo/registry/src/index.crates.io-6f17d22bba15001f/aws-config-1.1.7/src/profile/credentials.rs:200:9`;

const CPP_IMDS = `Thread 1 "app" received signal SIGSEGV, Segmentation fault.
#0  0x00007ffff7a1b2c3 in Aws::Auth::InstanceProfileCredentialsProvider::Reload() () from /usr/lib/libaws-cpp-sdk-core.so
#1  0x00007ffff7a1b4d5 in Aws::Auth::InstanceProfileCredentialsProvider::GetAWSCredentials() () from /usr/lib/libaws-cpp-sdk-core.so`;

describe('an exception raised inside an SDK credential provider or signer', () => {
  it.each([
    ['Python, botocore/credentials.py (assume-role profile)', PYTHON_ASSUME_ROLE, 'frame.assume-role'],
    ['Python, botocore/auth.py raising under signers.py', PYTHON_SIGNER, 'frame.signer'],
    ['Java v1, com.amazonaws.auth.profile (aws/aws-sdk-java#812)', JAVA_V1_PROFILE, 'frame.profile'],
    ['Java v2, the metadata provider reached through DefaultCredentialsProvider', JAVA_V2_CHAIN_IMDS, 'frame.chain'],
    ['Java v2, services.sts.auth web-identity provider', JAVA_V2_WEB_IDENTITY, 'frame.web-identity'],
    ['Kotlin, aws.sdk.kotlin.runtime.auth.credentials', KOTLIN_PROFILE, 'frame.profile'],
    ['JavaScript v3, @aws-sdk/credential-provider-node (go-to-k/cdkd#657)', JS_V3_CHAIN, 'frame.chain'],
    ['JavaScript v2, aws-sdk/lib/credentials', JS_V2_PROFILE, 'frame.profile'],
    ['Go v1, aws/credentials panic', GO_V1_PANIC, 'frame.chain'],
    ['Go v2, credentials/ssocreds panic', GO_V2_SSO, 'frame.sso'],
    ['.NET, Amazon.Runtime.DefaultInstanceProfileAWSCredentials', DOTNET_IMDS, 'frame.imds'],
    ['Ruby, aws-sdk-core shared_config / credential_provider_chain', RUBY_ASSUME_ROLE, 'frame.assume-role'],
    ['PHP, src/Credentials/EcsCredentialProvider.php', PHP_ECS, 'frame.container'],
    ['Rust, aws_config::profile::credentials backtrace', RUST_PROFILE, 'frame.profile'],
    ['C++, Aws::Auth::InstanceProfileCredentialsProvider (gdb)', CPP_IMDS, 'frame.imds'],
  ])('when the trace is %s, then it is detected by its frame', (_what, text, signal) => {
    expect(read(text)).toEqual({ detected: true, frame: signal });
  });

  it('when the Java v1 profile trace is pasted, then the empty chain leads', () => {
    expect(diagnose(JAVA_V1_PROFILE, { now }).causes[0]!.id).toBe('no-credentials-found');
  });
});

describe('a trace that only passes through a client or a signing wrapper', () => {
  it.each([
    [
      'Python, a ValidationException through botocore/client.py',
      `Traceback (most recent call last):
  File "app.py", line 9, in <module>
    ddb.put_item(TableName="t", Item={})
  File "/usr/lib/python3.11/site-packages/botocore/client.py", line 553, in _api_call
    return self._make_api_call(operation_name, kwargs)
  File "/usr/lib/python3.11/site-packages/botocore/client.py", line 1009, in _make_api_call
    raise error_class(parsed_response, operation_name)
botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the PutItem operation: One or more parameter values were invalid`,
    ],
    [
      "Python, a body that cannot seek, raised in botocore/auth.py's payload hashing",
      `Traceback (most recent call last):
  File "/opt/venv/lib/python3.10/site-packages/botocore/signers.py", line 162, in sign
    auth.add_auth(request)
  File "/opt/venv/lib/python3.10/site-packages/botocore/auth.py", line 405, in add_auth
    canonical_request = self.canonical_request(request)
  File "/opt/venv/lib/python3.10/site-packages/botocore/auth.py", line 352, in payload
    request_body.seek(position)
io.UnsupportedOperation: seek`,
    ],
    [
      'Java v1, a DynamoDB ResourceNotFoundException through AmazonHttpClient',
      `com.amazonaws.services.dynamodbv2.model.ResourceNotFoundException: Requested resource not found (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ResourceNotFoundException)
\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1799)
\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeOneRequest(AmazonHttpClient.java:1383)
\tat com.amazonaws.services.dynamodbv2.AmazonDynamoDBClient.doInvoke(AmazonDynamoDBClient.java:6164)`,
    ],
    [
      "Java v1, an upload's stream error in com.amazonaws.auth's chunked encoding (not a provider)",
      `java.io.IOException: Stream closed
\tat java.io.BufferedInputStream.read(BufferedInputStream.java:336)
\tat com.amazonaws.auth.AwsChunkedEncodingInputStream.read(AwsChunkedEncodingInputStream.java:148)
\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeOneRequest(AmazonHttpClient.java:1323)`,
    ],
    [
      "Kotlin, a service error through smithy-kotlin's AwsSigningMiddleware",
      `aws.sdk.kotlin.services.s3.model.NoSuchBucket: The specified bucket does not exist
\tat aws.sdk.kotlin.services.s3.serde.GetObjectOperationDeserializer.throwGetObjectError(GetObjectOperationDeserializer.kt:88)
\tat aws.smithy.kotlin.runtime.auth.awssigning.middleware.AwsSigningMiddleware.modifyRequest(AwsSigningMiddleware.kt:120)`,
    ],
    [
      "JavaScript v3, a ValidationException awaited through @smithy's middleware",
      `ValidationException: 1 validation error detected: Value null at 'tableName' failed to satisfy constraint
    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)
    at de_CommandError (/app/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:2220:14)
    at async /app/node_modules/@smithy/middleware-serde/dist-cjs/index.js:35:20
    at async /app/node_modules/@smithy/core/dist-cjs/index.js:168:18
    at async /app/node_modules/@smithy/middleware-retry/dist-cjs/index.js:320:38`,
    ],
    [
      "Go v2, a panic under the v4 signer's middleware (it wraps the rest of the call)",
      `panic: runtime error: index out of range [0] with length 0

goroutine 1 [running]:
main.parseBody(...)
\t/app/main.go:40
github.com/aws/aws-sdk-go-v2/aws/signer/v4.(*SignHTTPRequestMiddleware).HandleFinalize(0xc00012c000, {0xa1b2c0, 0xc000130000})
\t/go/pkg/mod/github.com/aws/aws-sdk-go-v2@v1.21.0/aws/signer/v4/middleware.go:367 +0x3a1`,
    ],
    [
      "a .NET NoSuchBucket through the pipeline's Signer and CredentialsRetriever handlers",
      `Amazon.S3.AmazonS3Exception: The specified bucket does not exist
   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext)
   at Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)
   at Amazon.Runtime.Internal.Signer.InvokeAsync[T](IExecutionContext executionContext)
   at Amazon.Runtime.Internal.CredentialsRetriever.InvokeAsync[T](IExecutionContext executionContext)`,
    ],
    [
      "Ruby, a NoSuchKey through aws-sdk-core's plugins/sign.rb",
      `Aws::S3::Errors::NoSuchKey: The specified key does not exist.
  /usr/local/bundle/gems/aws-sdk-core-3.130.0/lib/seahorse/client/plugins/raise_response_errors.rb:17:in \`call'
  /usr/local/bundle/gems/aws-sdk-core-3.130.0/lib/aws-sdk-core/plugins/sign.rb:53:in \`call'`,
    ],
    [
      "PHP, an S3 error through the client's middleware (Aws\\Middleware, Aws\\S3\\S3Client)",
      `PHP Fatal error:  Uncaught Aws\\S3\\Exception\\S3Exception: Error executing "PutObject"; EntityTooLarge
Stack trace:
#0 /var/www/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php(97): Aws\\WrappedHttpHandler->parseError(Array)
#1 /var/www/vendor/aws/aws-sdk-php/src/Middleware.php(121): Aws\\Middleware::Aws\\{closure}(Object(Aws\\Command))
#2 /var/www/vendor/aws/aws-sdk-php/src/S3/S3Client.php(560): Aws\\S3\\S3Client->execute(Object(Aws\\Command))`,
    ],
    [
      "Rust, a backtrace through the smithy orchestrator and an S3 operation",
      `thread 'main' panicked at src/main.rs:20:10:
called \`Result::unwrap()\` on an \`Err\` value: ServiceError(NoSuchBucket)
stack backtrace:
  10: aws_smithy_runtime::client::orchestrator::invoke
  11: aws_sdk_s3::operation::get_object::GetObject::orchestrate`,
    ],
    [
      'C++, a crash under Aws::S3::S3Client::PutObject (gdb)',
      `Thread 1 "app" received signal SIGSEGV, Segmentation fault.
#0  0x00007ffff7a1b2c3 in Aws::Client::AWSClient::AttemptExhaustively(Aws::Http::URI const&) () from /usr/lib/libaws-cpp-sdk-core.so
#1  0x00007ffff7b2c3d4 in Aws::S3::S3Client::PutObject(Aws::S3::Model::PutObjectRequest const&) const () from /usr/lib/libaws-cpp-sdk-s3.so`,
    ],
    [
      'a credential-provider frame in a thread dump with no exception',
      `Full thread dump OpenJDK 64-Bit Server VM:
"main" #1 prio=5 os_prio=0 tid=0x00007f runnable
\tat software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider.refreshCredentials(InstanceProfileCredentialsProvider.java:160)
\tat java.lang.Thread.run(Thread.java:748)`,
    ],
  ])('when the trace is %s, then no frame is read and nothing is detected', (_what, text) => {
    expect(read(text)).toEqual({ detected: false, frame: undefined });
  });
});

describe('a trace whose message is already read', () => {
  it('when the exception is a known credential error, then the frame adds no signal of its own', () => {
    const text = `botocore.exceptions.NoCredentialsError: Unable to locate credentials
  File "/usr/lib/python3/site-packages/botocore/auth.py", line 418, in add_auth
    raise NoCredentialsError()`;
    expect(read(text)).toEqual({ detected: true, frame: undefined });
  });
});

describe('the provider-module list', () => {
  it('when every entry is read, then each names its repository, file and a pinned version', () => {
    const bad = PROVIDER_MODULES.filter((m) => !/^[\w.-]+\/[\w.-]+$/.test(m.source.repo) || !m.source.path.includes('/') || !/^[0-9a-f]{40}$/.test(m.source.ref));
    expect(bad.map((m) => m.id)).toEqual([]);
  });

  /** One name per entry as it appears in that SDK's source tree (the entry names the repository, file and commit). */
  const NAMES: Record<string, string> = {
    'botocore.credentials': 'site-packages/botocore/credentials.py',
    'botocore.tokens': 'site-packages/botocore/tokens.py',
    'botocore.auth': 'site-packages/botocore/auth.py',
    'botocore.signers': 'site-packages/botocore/signers.py',
    'java-v1.auth': 'com.amazonaws.auth.DefaultAWSCredentialsProviderChain.getCredentials',
    'java-v1.signer': 'com.amazonaws.auth.AWS4Signer.sign',
    'java-v2.credentials': 'software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.resolveCredentials',
    'java-v2.token': 'software.amazon.awssdk.auth.token.DefaultAwsTokenProvider.resolveToken',
    'java-v2.sts': 'software.amazon.awssdk.services.sts.auth.StsAssumeRoleWithWebIdentityCredentialsProvider.<init>',
    'java-v2.signer': 'software.amazon.awssdk.auth.signer.Aws4Signer.sign',
    'kotlin.credentials': 'aws.sdk.kotlin.runtime.auth.credentials.DefaultChainCredentialsProvider.resolve',
    'kotlin.signer': 'aws.smithy.kotlin.runtime.auth.awssigning.AwsSigner.sign',
    'js-v3.credential-provider': 'node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js',
    'js-v3.provider-function': 'resolveAssumeRoleCredentials (/var/task/index.mjs:2:41527)',
    'js-v3.smithy-imds': 'node_modules/@smithy/credential-provider-imds/dist-cjs/index.js',
    'js-v3.signer': 'node_modules/@smithy/signature-v4/dist-cjs/index.js',
    'js-v2.credentials': 'node_modules/aws-sdk/lib/credentials/credential_provider_chain.js',
    'js-v2.signer': 'node_modules/aws-sdk/lib/signers/v4.js',
    'go-v1.credentials': 'github.com/aws/aws-sdk-go/aws/credentials.(*Credentials).Get',
    'go-v1.signer': 'github.com/aws/aws-sdk-go@v1.44.100/aws/signer/v4/v4.go',
    'go-v2.credentials': 'github.com/aws/aws-sdk-go-v2/aws.(*CredentialsCache).Retrieve',
    'go-v2.signer': 'github.com/aws/aws-sdk-go-v2@v1.21.0/aws/signer/v4/v4.go',
    'dotnet.credentials': 'Amazon.Runtime.FallbackCredentialsFactory.GetCredentials',
    'dotnet.signer': 'Amazon.Runtime.Internal.Auth.AWS4Signer.Sign',
    'ruby.credentials': 'gems/aws-sdk-core-3.1.0/lib/aws-sdk-core/credential_provider_chain.rb',
    'ruby.signer': 'gems/aws-sigv4-1.5.0/lib/aws-sigv4/signer.rb',
    'php.credentials': 'vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php',
    'php.signer': 'vendor/aws/aws-sdk-php/src/Signature/SignatureV4.php',
    'rust.credentials': 'aws_config::default_provider::credentials::DefaultCredentialsChain::credentials',
    'rust.signer': 'aws_sigv4::http_request::sign::sign',
    'cpp.credentials': 'Aws::Auth::DefaultAWSCredentialsProviderChain::GetAWSCredentials',
    'cpp.signer': 'Aws::Client::AWSAuthV4Signer::SignRequest',
  };

  it('when the list is read, then every entry has a name quoted from its source', () => {
    expect(PROVIDER_MODULES.map((m) => m.id).filter((id) => !NAMES[id])).toEqual([]);
  });

  it.each(PROVIDER_MODULES.map((m) => [`${m.id} (${m.source.repo} ${m.source.path} @ ${m.source.ref.slice(0, 10)})`, m] as const))(
    'when the name quoted for %s is matched, then its entry finds it',
    (_title, m) => {
      const name = NAMES[m.id]!;
      expect(m.re.test(name) && !(m.not && m.not.test(name))).toBe(true);
    },
  );
});

describe('frames in other shapes', () => {
  it("when a Lambda bundle keeps only the JS v3 provider's function name (packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts), then the frame is read", () => {
    const text = `TypeError: Cannot read properties of undefined (reading 'RoleArn')
    at resolveAssumeRoleCredentials (/var/task/index.mjs:2:41527)
    at async fromSSO (/var/task/index.mjs:2:39122)`;
    expect(read(text)).toEqual({ detected: true, frame: 'frame.assume-role' });
  });

  it("when a user's own function shares a generic provider name (fromEnv), then nothing is read", () => {
    const text = `TypeError: Cannot read properties of undefined (reading 'port')
    at fromEnv (/app/src/config.js:12:7)
    at Object.<anonymous> (/app/src/index.js:3:16)
we deploy it to aws lambda`;
    expect(read(text)).toEqual({ detected: false, frame: undefined });
  });

  it("when IPython prints the frame (File ~/…/botocore/credentials.py:1234, in …), then it is read like Python's", () => {
    const text = `KeyError                                  Traceback (most recent call last)
File ~/venv/lib/python3.11/site-packages/botocore/credentials.py:1234, in ProcessProvider._retrieve_credentials_using(self, credential_process)
KeyError: 'Version'`;
    expect(read(text)).toEqual({ detected: true, frame: 'frame.process' });
  });
});

describe('where the trace sits and what is no trace', () => {
  it('when the trace ends a long log (past the first lines read), then its frame is still read', () => {
    const log = Array.from({ length: 6000 }, (_, i) => `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z INFO worker step ${i} done`).join('\n');
    expect(read(`${log}\n${JAVA_V1_PROFILE}`)).toEqual({ detected: true, frame: 'frame.profile' });
  });

  it("when Python prints a warning raised in botocore/auth.py (a warning line, no frame), then nothing is read", () => {
    const text = `/usr/lib/python3.12/site-packages/botocore/auth.py:425: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version.
  datetime_now = datetime.datetime.utcnow()
the job still failed later on the aws side with a timeout`;
    expect(read(text)).toEqual({ detected: false, frame: undefined });
  });
});

describe('frame formats of frameworks and runtimes', () => {
  it("when Rails' backtrace cleaner prints the gem and version (aws-sdk-core (3.130.0) lib/aws-sdk-core/…), then the frame is read", () => {
    const text = `NoMethodError (undefined method \`strip' for nil:NilClass):
aws-sdk-core (3.130.0) lib/aws-sdk-core/shared_credentials.rb:42:in \`load_from_path'
aws-sdk-core (3.130.0) lib/aws-sdk-core/credential_provider_chain.rb:93:in \`shared_credentials'`;
    expect(read(text)).toEqual({ detected: true, frame: 'frame.profile' });
  });

  it("when a Go method frame names its receiver and no path line follows (aws.(*CredentialsCache).Retrieve), then the frame is read", () => {
    const text = `panic: runtime error: invalid memory address or nil pointer dereference
goroutine 1 [running]:
github.com/aws/aws-sdk-go-v2/aws.(*CredentialsCache).Retrieve(0x0, {0x9a2b40, 0xc000130000})
main.main()`;
    expect(read(text)).toEqual({ detected: true, frame: 'frame.chain' });
  });
});

describe('traces in the shape public SDK threads show them (outside the real-thread corpora)', () => {
  it.each([
    [
      'aws/aws-sdk-java#456: an NPE from a JDK frame under AWS4Signer (the signer is the innermost SDK frame)',
      `java.lang.NullPointerException
        at java.lang.StringBuilder.<init>(StringBuilder.java:112)
        at com.amazonaws.auth.AWS4Signer.computeSigningCacheKeyName(AWS4Signer.java:370)
        at com.amazonaws.auth.AWS4Signer.sign(AWS4Signer.java:204)
        at com.amazonaws.http.AmazonHttpClient.executeOneRequest(AmazonHttpClient.java:687)`,
      'frame.signer',
    ],
    [
      'aws/aws-sdk-net#1370: a NullReferenceException in DefaultInstanceProfileAWSCredentials, with its source path',
      `System.NullReferenceException: Object reference not set to an instance of an object.
   at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.FetchCredentials() in E:\\ws\\sdk\\src\\Core\\Amazon.Runtime\\Credentials\\_bcl+coreclr\\DefaultInstanceProfileAWSCredentials.cs:line 146`,
      'frame.imds',
    ],
    [
      'aws/aws-sdk-go#4947: a panic in aws/credentials/ssocreds vendored into another module',
      `panic: runtime error: invalid memory address or nil pointer dereference
goroutine 40 [running]:
github.com/aws/aws-sdk-go/aws/credentials/ssocreds.(*SSOTokenProvider).refreshToken(0x1400014ef60, {{{0x14000568000, 0xe6}, 0x14000134ee8, ...})
\t/local/workspace/src/SSMCLI/vendor/src/github.com/aws/aws-sdk-go/aws/credentials/ssocreds/token_provider.go:115 +0x2d4`,
      'frame.sso',
    ],
  ])('when the trace is %s, then its frame is read', (_what, text, signal) => {
    expect(read(text)).toEqual({ detected: true, frame: signal });
  });

  it.each([
    [
      'aws/aws-sdk-go#1748: a panic in s3manager (a client helper, no credential module)',
      `panic: runtime error: invalid memory address or nil pointer dereference
goroutine 1 [running]:
github.com/aws/aws-sdk-go/service/s3/s3manager.(*Error).Error(0xc420197f50, 0xc4200111d0, 0x1)
\t/Users/x/go/src/github.com/aws/aws-sdk-go/service/s3/s3manager/batch.go:63 +0x33`,
    ],
    [
      "glassechidna/awsweb#22: a panic in a third-party helper run by aws-sdk-go's request handlers",
      `panic: runtime error: invalid memory address or nil pointer dereference
goroutine 1 [running]:
github.com/glassechidna/awscredcache.mfaAuthenticatedCredentials.func1.1(0xc0001fc000)
\t/home/runner/go/pkg/mod/github.com/glassechidna/awscredcache@v0.0.0-20191108071202-3748056f08c8/creds.go:265 +0x4f
github.com/aws/aws-sdk-go/aws/request.(*HandlerList).Run(0xc0001fc2f0, 0xc0001fc000)
\t/home/runner/go/pkg/mod/github.com/aws/aws-sdk-go@v1.25.30/aws/request/handlers.go:261 +0x98`,
    ],
  ])('when the trace is %s, then nothing is read', (_what, text) => {
    expect(read(text)).toEqual({ detected: false, frame: undefined });
  });
});

describe('a trace logged on one line', () => {
  it("when PHP's log squashes the trace onto one line (Stack trace: #0 … #1 …, as in aws/aws-sdk-php#1811), then its frames are read", () => {
    const text = `PHP Fatal error:  Uncaught TypeError: array_key_exists(): Argument #2 ($array) must be of type array, null given
Stack trace: #0 /www/vendor/aws/aws-sdk-php/src/Credentials/CredentialProvider.php(305): array_key_exists('default', NULL) #1 /www/vendor/aws/aws-sdk-php/src/Middleware.php(121): Aws\\Credentials\\CredentialProvider::Aws\\Credentials\\{closure}() #2 {main}`;
    expect(read(text)).toEqual({ detected: true, frame: 'frame.chain' });
  });

  it('when a JSON log escapes a Java trace (\\n\\tat …), then its frames are read', () => {
    const text = String.raw`{"level":"ERROR","stack_trace":"java.lang.NullPointerException\n\tat com.amazonaws.auth.profile.ProfilesConfigFile.<init>(ProfilesConfigFile.java:143)\n\tat com.example.Main.main(Main.java:16)\n"}`;
    expect(read(text)).toEqual({ detected: true, frame: 'frame.profile' });
  });
});
