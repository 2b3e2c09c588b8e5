/**
 * The modules, classes and files in which each AWS SDK resolves credentials or signs requests, as they appear in a
 * stack frame (extract/stack-frames.ts). Read from each SDK's source tree: the repository path and the commit of the
 * listing are given per entry. A frame of one of these modules in a trace that ends in an exception means the
 * exception was raised while the SDK looked for credentials or signed with them: credential evidence even when the
 * paste holds no error string we know (aws/aws-sdk-java#812: a NullPointerException inside
 * `com.amazonaws.auth.profile.ProfilesConfigFile` when ~/.aws/credentials is missing).
 *
 * Two kinds of module:
 * - a credential provider (`signer` unset) counts anywhere in the trace: no provider wraps the request that follows
 *   it, so its frame is on the stack only while credentials are being resolved;
 * - a signer (`signer: true`) counts only as the innermost SDK frame of its trace (the SDK frame nearest the raise),
 *   because some SDKs sign in a middleware that wraps the rest of the call: Go v2's `SignHTTPRequestMiddleware`
 *   (aws/signer/v4/middleware.go), the .NET pipeline's `Signer` and `CredentialsRetriever` handlers (which call
 *   `base.InvokeAsync` after fetching credentials), Ruby's `plugins/sign.rb`. A service error (a ValidationException)
 *   raised after the response has those wrappers on its stack; those wrappers are therefore not listed at all, and a
 *   signer's own frames count only when the signer itself raised.
 * Modules a client passes through for every call (botocore/client.py, software.amazon.awssdk.core) are not listed.
 */
import type { CatalogueSource } from './types';

export type FrameKind = 'chain' | 'env' | 'profile' | 'imds' | 'container' | 'web-identity' | 'assume-role' | 'sso' | 'process' | 'signer';

export interface ProviderModule {
  id: string;
  /** The SDK, as a reader names it in evidence. */
  sdk: string;
  /** What a frame of the module holds: a path, a package or a qualified class name (bounded quantifiers only). */
  re: RegExp;
  /** Frames that match `re` but belong to a wrapper of the whole request (see above). */
  not?: RegExp;
  /** A signer: counts only as the innermost SDK frame of its trace. */
  signer?: true;
  /** The provider the module is, when its name alone says so (otherwise read from the frame's words). */
  kind?: FrameKind;
  source: CatalogueSource;
}

/** JS v3 providers' exported function names, one alternative each (so each has its own literal anchor). */
const JS_PROVIDER_FUNCTIONS = ['fromIni', 'fromSSO', 'fromTokenFile', 'fromWebToken', 'fromInstanceMetadata', 'fromContainerMetadata', 'resolveProfileData', 'resolveAssumeRoleCredentials', 'resolveCredentialSource', 'resolveProcessCredentials', 'resolveSsoCredentials', 'resolveStaticCredentials', 'resolveWebIdentityCredentials'];

export const PROVIDER_MODULES: ProviderModule[] = [
  // Python: botocore (and aiobotocore, which mirrors its module names).
  { id: 'botocore.credentials', sdk: 'botocore', re: /\b(?:aio)?botocore[/\\]credentials\.py\b/, source: { repo: 'boto/botocore', path: 'botocore/credentials.py', ref: 'f890c8b1b46efd6a38ec2b52a0da1841399c21f6' } },
  { id: 'botocore.tokens', sdk: 'botocore', re: /\b(?:aio)?botocore[/\\]tokens\.py\b/, kind: 'sso', source: { repo: 'boto/botocore', path: 'botocore/tokens.py', ref: '9c42373ea85ff672fac3157cf46eef16bbe601fa' } },
  { id: 'botocore.auth', sdk: 'botocore', re: /\b(?:aio)?botocore[/\\](?:crt[/\\])?auth\.py\b/, not: /, in \w{0,40}(?:payload|chunk)\w{0,30}\s{0,4}$/i, signer: true, source: { repo: 'boto/botocore', path: 'botocore/auth.py', ref: '46ac74ad164c4cef48c844dd2f82ea05e1440f6d' } },
  { id: 'botocore.signers', sdk: 'botocore', re: /\b(?:aio)?botocore[/\\]signers\.py\b/, signer: true, source: { repo: 'boto/botocore', path: 'botocore/signers.py', ref: 'a795d60cd749a4c6eda031c3f7416836977d8fe7' } },

  // Java v1: com.amazonaws.auth (its policy classes build IAM policy documents: not credentials).
  { id: 'java-v1.auth', sdk: 'AWS SDK for Java v1', re: /\bcom\.amazonaws\.auth\.(?:profile\.[\w.$]{2,100}|[\w$]{0,60}(?:Credentials?|Provider|Fetcher|Session)[\w$]{0,40})\./, source: { repo: 'aws/aws-sdk-java', path: 'aws-java-sdk-core/src/main/java/com/amazonaws/auth/DefaultAWSCredentialsProviderChain.java', ref: '30f38f17afdabdee2edd808a14af96c9bc3440ae' } },
  { id: 'java-v1.signer', sdk: 'AWS SDK for Java v1', re: /\bcom\.amazonaws\.auth\.(?:AWS[34]Signer|AWS4UnsignedPayloadSigner|AbstractAWSSigner|QueryStringSigner|internal\.AWS4Signer\w{0,20})\./, signer: true, source: { repo: 'aws/aws-sdk-java', path: 'aws-java-sdk-core/src/main/java/com/amazonaws/auth/AWS4Signer.java', ref: 'bdc42cbf6a6f9d9eb0e15e5c074aa7ad0f6ffc23' } },

  // Java v2: the credential providers of core/auth, the STS and SSO providers, the token providers.
  { id: 'java-v2.credentials', sdk: 'AWS SDK for Java v2', re: /\bsoftware\.amazon\.awssdk\.auth\.credentials\./, source: { repo: 'aws/aws-sdk-java-v2', path: 'core/auth/src/main/java/software/amazon/awssdk/auth/credentials/DefaultCredentialsProvider.java', ref: 'dc8a7ccded845f40c2ef5cdd90ff72c594618dfa' } },
  { id: 'java-v2.token', sdk: 'AWS SDK for Java v2', re: /\bsoftware\.amazon\.awssdk\.(?:auth\.token|services\.sso(?:oidc)?\.(?:auth|internal))\./, kind: 'sso', source: { repo: 'aws/aws-sdk-java-v2', path: 'core/auth/src/main/java/software/amazon/awssdk/auth/token/DefaultAwsTokenProvider.java', ref: 'f9db66adc6df507f67516edb4769ef98c5900b4c' } },
  { id: 'java-v2.sts', sdk: 'AWS SDK for Java v2', re: /\bsoftware\.amazon\.awssdk\.services\.sts\.auth\./, source: { repo: 'aws/aws-sdk-java-v2', path: 'services/sts/src/main/java/software/amazon/awssdk/services/sts/auth/StsAssumeRoleWithWebIdentityCredentialsProvider.java', ref: '2d5a28f5b36dac3e6f9d131d59c8b068fc229165' } },
  { id: 'java-v2.signer', sdk: 'AWS SDK for Java v2', re: /\bsoftware\.amazon\.awssdk\.(?:auth\.signer|http\.auth\.aws\.(?:internal\.)?signer)\./, not: /[Cc]hunk|Subscriber|DigestComputing/, signer: true, source: { repo: 'aws/aws-sdk-java-v2', path: 'core/auth/src/main/java/software/amazon/awssdk/auth/signer/Aws4Signer.java', ref: 'd4257882922a5f068b7231437477b29211c06dd1' } },

  // Kotlin: aws-config's credential providers; smithy-kotlin's SigV4 signer.
  { id: 'kotlin.credentials', sdk: 'AWS SDK for Kotlin', re: /\baws\.sdk\.kotlin\.runtime\.auth\.credentials\./, source: { repo: 'awslabs/aws-sdk-kotlin', path: 'aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/DefaultChainCredentialsProvider.kt', ref: '316b131e01f61178dfbecc491b213142b108077e' } },
  { id: 'kotlin.signer', sdk: 'AWS SDK for Kotlin', re: /\baws\.smithy\.kotlin\.runtime\.auth\.awssigning\./, not: /awssigning\.(?:middleware\.|internal\.|\w{0,20}Chunked)/, signer: true, source: { repo: 'smithy-lang/smithy-kotlin', path: 'runtime/auth/aws-signing-common/common/src/aws/smithy/kotlin/runtime/auth/awssigning/AwsSigner.kt', ref: 'a1273c1b84a9a7ffba0b9017cb5e711ba244b002' } },

  // JavaScript v3: the credential-provider-* and token-providers packages, @smithy's IMDS/container provider;
  // the SigV4 signer classes (not @smithy/core's httpSigningMiddleware, which awaits the rest of the call).
  { id: 'js-v3.credential-provider', sdk: 'AWS SDK for JavaScript v3', re: /@aws-sdk[/\\](?:credential-provider(?:-[a-z-]{2,30}|s)|token-providers)[/\\]/, source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-node/src/defaultProvider.ts', ref: 'e583141a5e3c7c721fb6d0a29dbc66e026c8447d' } },
  // Bundled code (esbuild/webpack in a Lambda or a browser) keeps no package path, only the providers' exported
  // function names (packages/credential-provider-*/src: fromIni, resolveAssumeRoleCredentials …); generic names a user
  // could give a function of their own (fromEnv, defaultProvider, remoteProvider) are left out.
  { id: 'js-v3.provider-function', sdk: 'AWS SDK for JavaScript v3', re: new RegExp(JS_PROVIDER_FUNCTIONS.map((f) => String.raw`^(?:async\s{1,3})?(?:Object\.|exports\.)?${f}\s\(`).join('|')), source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts', ref: '56563fc46c14b93c3703add91bbc16160166a8b4' } },
  { id: 'js-v3.smithy-imds', sdk: 'AWS SDK for JavaScript v3', re: /@smithy[/\\]credential-provider-imds[/\\]/, source: { repo: 'smithy-lang/smithy-typescript', path: 'packages/credential-provider-imds/src/fromInstanceMetadata.ts', ref: 'b2e8e7dcf95af2374a598e398301d85e596ae407' } },
  { id: 'js-v3.signer', sdk: 'AWS SDK for JavaScript v3', re: /@(?:smithy|aws-sdk)[/\\]signature-v4[/\\]|@aws-sdk[/\\]core[/\\]dist-[a-z]{2,5}[/\\]submodules[/\\]httpAuthSchemes[/\\]/, not: /getPayloadHash|signMessage|signEvent|EventStream/, signer: true, source: { repo: 'smithy-lang/smithy-typescript', path: 'packages/signature-v4/src/SignatureV4.ts', ref: 'd78cce4de5b34502d1ff55c7647eb93db194be47' } },
  // JavaScript v2: lib/credentials/*, the chain, the metadata service client; lib/signers/*.
  { id: 'js-v2.credentials', sdk: 'AWS SDK for JavaScript v2', re: /\baws-sdk[/\\]lib[/\\](?:credentials[/\\]|credentials\.js|metadata_service\.js)/, source: { repo: 'aws/aws-sdk-js', path: 'lib/credentials/credential_provider_chain.js', ref: '90d6cdb92b54a03f73ad277404a287822a879294' } },
  { id: 'js-v2.signer', sdk: 'AWS SDK for JavaScript v2', re: /\baws-sdk[/\\]lib[/\\]signers[/\\]/, signer: true, source: { repo: 'aws/aws-sdk-js', path: 'lib/signers/v4.js', ref: '1a0a13536248536efbb4056f99bd13a295b9f68a' } },

  // Go v1: aws/credentials and its provider packages; aws/signer/v4.
  { id: 'go-v1.credentials', sdk: 'AWS SDK for Go v1', re: /\baws-sdk-go(?:@v[\d.]{3,20}[\w.+-]{0,40})?\/aws\/credentials\b/, source: { repo: 'aws/aws-sdk-go', path: 'aws/credentials/chain_provider.go', ref: '5af114c4d0fd0d5d24a5764bca1153e075722b36' } },
  { id: 'go-v1.signer', sdk: 'AWS SDK for Go v1', re: /\baws-sdk-go(?:@v[\d.]{3,20}[\w.+-]{0,40})?\/aws\/signer\/v4\b/, signer: true, source: { repo: 'aws/aws-sdk-go', path: 'aws/signer/v4/v4.go', ref: 'd36384f7cd9ef89e68faa1cf2c58ab05c06f6fee' } },
  // Go v2: the credentials module, aws.CredentialsCache, config's credential resolution; the v4 signer but not its
  // middleware (SignHTTPRequestMiddleware.HandleFinalize calls the rest of the stack).
  { id: 'go-v2.credentials', sdk: 'AWS SDK for Go v2', re: /\baws-sdk-go-v2\/credentials\b|\baws-sdk-go-v2(?:@v[\d.]{3,20}[\w.+-]{0,40})?\/aws(?:\.\(\*CredentialsCache\)|\/credential_cache\.go)|\baws-sdk-go-v2\/config(?:@v[\d.]{3,20}[\w.+-]{0,40})?(?:\/resolve_credentials\.go|\.resolveCredential)/, source: { repo: 'aws/aws-sdk-go-v2', path: 'aws/credential_cache.go', ref: 'c8acde7ecffbeac8a47f1f3d28abd51d2dcc4a87' } },
  { id: 'go-v2.signer', sdk: 'AWS SDK for Go v2', re: /\baws-sdk-go-v2(?:@v[\d.]{3,20}[\w.+-]{0,40})?\/aws\/signer\/v4\b/, not: /Middleware\)?\.Handle|middleware\.go/, signer: true, source: { repo: 'aws/aws-sdk-go-v2', path: 'aws/signer/v4/v4.go', ref: 'f18ebfdeb472f561c6a521a7be4565f9ac641242' } },

  // .NET: Amazon.Runtime's credential classes (FallbackCredentialsFactory, DefaultInstanceProfileAWSCredentials,
  // AssumeRoleWithWebIdentityCredentials …) and CredentialManagement; not the CredentialsRetriever pipeline handler.
  { id: 'dotnet.credentials', sdk: 'AWS SDK for .NET', re: /\bAmazon\.Runtime\.(?:CredentialManagement\.\w{2,60}|Credentials\.(?:Internal\.)?\w{2,60}|Internal\.(?:\w{0,40}IdentityResolver|SSOTokenManager)|\w{0,40}(?:Credentials|CredentialHelper|CredentialsFactory))\./, source: { repo: 'aws/aws-sdk-net', path: 'sdk/src/Core/Amazon.Runtime/Credentials/FallbackCredentialsFactory.cs', ref: 'e7932173d3fab403810bbad60a7ef210b191aba5' } },
  { id: 'dotnet.signer', sdk: 'AWS SDK for .NET', re: /\bAmazon\.Runtime\.Internal\.Auth\.(?:AWS4a?Signer\w{0,20}|AWS3Signer|QueryStringSigner)\./, signer: true, source: { repo: 'aws/aws-sdk-net', path: 'sdk/src/Core/Amazon.Runtime/Internal/Auth/AWS4Signer.cs', ref: '4d2541a91334de72cf05ad64cc954b410dc97929' } },

  // Ruby: aws-sdk-core's credential files; the aws-sigv4 gem's signer (not plugins/sign.rb, a handler around the call).
  { id: 'ruby.credentials', sdk: 'AWS SDK for Ruby', re: /\blib\/aws-sdk-core\/(?:credential_provider_chain|credential_provider|credentials|instance_profile_credentials|ecs_credentials|shared_credentials|shared_config|assume_role_credentials|assume_role_web_identity_credentials|sso_credentials|sso_token_provider|process_credentials|refreshing_credentials|cognito_identity_credentials)\.rb\b/, source: { repo: 'aws/aws-sdk-ruby', path: 'gems/aws-sdk-core/lib/aws-sdk-core/credential_provider_chain.rb', ref: 'da48e0afbd037e60375ccdb001b116b0d3cd9ab4' } },
  { id: 'ruby.signer', sdk: 'AWS SDK for Ruby', re: /\blib\/aws-sigv4\/signer\.rb\b/, signer: true, source: { repo: 'aws/aws-sdk-ruby', path: 'gems/aws-sigv4/lib/aws-sigv4/signer.rb', ref: 'e08ae9851ab653344010512a35d07a1f42c0ed1a' } },

  // PHP: src/Credentials (CredentialProvider, InstanceProfileProvider, EcsCredentialProvider …), src/Token; SignatureV4.
  { id: 'php.credentials', sdk: 'AWS SDK for PHP', re: /\baws-sdk-php\/src\/(?:Credentials|Token)\/|\baws\.phar\/Aws\/(?:Credentials|Token)\/|\bAws\\{1,2}Credentials\\|\bAws\\{1,2}Token\\/, source: { repo: 'aws/aws-sdk-php', path: 'src/Credentials/CredentialProvider.php', ref: '93a10cf5e1348cdb3ea1370176e559056443601d' } },
  { id: 'php.signer', sdk: 'AWS SDK for PHP', re: /\baws-sdk-php\/src\/Signature\/SignatureV4\.php|\bAws\\{1,2}Signature\\{1,2}SignatureV4\b/, signer: true, source: { repo: 'aws/aws-sdk-php', path: 'src/Signature/SignatureV4.php', ref: '4915cc00990a50223737ea51b0ec73e7c73ad1ea' } },

  // Rust: aws-config's credential providers (by module path or source path), aws-credential-types; aws-sigv4.
  { id: 'rust.credentials', sdk: 'AWS SDK for Rust', re: /\baws_config::(?:default_provider::credentials|imds::credentials|profile::credentials|ecs|web_identity_token|sso|credential_process|environment::credentials|meta::credentials|sts::assume_role|http_credential_provider)\b|\baws-config-[\d.]{3,20}\/src\/(?:default_provider\/credentials|imds\/credentials|profile\/credentials|ecs|web_identity_token|sso|credential_process|environment\/credentials|meta\/credentials|sts\/assume_role|http_credential_provider)\b|\baws_credential_types::/, source: { repo: 'smithy-lang/smithy-rs', path: 'aws/rust-runtime/aws-config/src/default_provider/credentials.rs', ref: 'b9c8c1c06d3f6015d87b579b1b53344689393da0' } },
  { id: 'rust.signer', sdk: 'AWS SDK for Rust', re: /\baws_sigv4::|\baws_runtime::auth::sigv4\b/, signer: true, source: { repo: 'smithy-lang/smithy-rs', path: 'aws/rust-runtime/aws-sigv4/src/http_request/sign.rs', ref: '6917c1bfbaf527615262705c80a7e639550326af' } },

  // C++: Aws::Auth's credential providers; the SigV4 signer.
  { id: 'cpp.credentials', sdk: 'AWS SDK for C++', re: /\bAws::Auth::\w{0,60}(?:CredentialsProvider(?:Chain)?|CredentialsProvider\w{1,20})::/, source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/include/aws/core/auth/AWSCredentialsProviderChain.h', ref: '4ec5d259ff461ec7d08279affdb6574aa43c6b02' } },
  { id: 'cpp.signer', sdk: 'AWS SDK for C++', re: /\bAws::Client::AWSAuth(?:EventStream)?V4Signer::/, signer: true, source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/include/aws/core/auth/signer/AWSAuthV4Signer.h', ref: 'd62e545aff03ca86a69f5e53ccaf41cb7713a882' } },
];

/**
 * The provider a credential frame belongs to, read from its words (class, file or function names), most specific
 * first. Names as the SDKs spell them: WebIdentityTokenFileCredentialsProvider, ssocreds, ProcessCredentialsProvider,
 * EcsCredentialProvider / ContainerCredentialsProvider, InstanceProfileCredentialsProvider / ec2rolecreds / imds,
 * StsAssumeRoleCredentialsProvider / stscreds, EnvironmentVariableCredentialsProvider, ProfileCredentialsProvider /
 * shared_ini_file_credentials / fromIni.
 */
export const FRAME_KINDS: Array<[FrameKind, RegExp]> = [
  ['web-identity', /[Ww]eb.?[Ii]dentity|web_identity|webidentity/],
  ['sso', /\bsso|[._/\\]sso|Sso[A-Z]|SSO[A-Z]?|ssocreds|token-providers/],
  ['process', /[Pp]rocess(?:creds|_credentials|_provider|Credential|AWSCredential|-credentials)|credential-provider-process|credential_process|fromProcess/],
  ['container', /[Cc]ontainer|\becs|[._/\\]ecs|Ecs[A-Z]|ECS[A-Z]|endpointcreds|http_credential|HttpCredential|remote_credentials|credential-provider-http|fromHttp/],
  ['imds', /[Ii]nstance.?[Pp]rofile|instance_profile|\bimds|[._/\\]imds|Imds[A-Z]|IMDS|[Mm]etadata|ec2.?role|ec2rolecreds|EC2Role|Ec2Role/],
  ['assume-role', /[Aa]ssume.?[Rr]ole|assume_role|stscreds|\bsts\b|[./\\]sts[./\\:]|Sts[A-Z]|STS[A-Z]/],
  ['env', /[Ee]nvironment|env_provider|EnvVar|EnvProvider|credential-provider-env|fromEnv|SystemProperty/],
  ['profile', /[Pp]rofile|[Ss]hared.?(?:[Cc]redentials|[Cc]onfig)|shared_ini|credential-provider-ini|fromIni|NetSDKCredentialsFile/],
];

/** The whole chain (a default provider chain, a fallback factory): its own frames name no one provider. */
export const CHAIN_FRAME = /chain|Chain|defaultProvider|credential-provider-node|FallbackCredentialsFactory|DefaultCredentialsProvider|default_provider|DefaultAWSCredentials|CredentialProviderChain/;

export const PROVIDER_MODULE_PATTERNS: RegExp[] = [...PROVIDER_MODULES.flatMap((m) => (m.not ? [m.re, m.not] : [m.re])), ...FRAME_KINDS.map(([, re]) => re), CHAIN_FRAME];
