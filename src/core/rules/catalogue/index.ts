/**
 * The message catalogue, one file per tool family (see types.ts). Order matters only for ties (the
 * first tool named at a rank wins): a wrapper's entries sit before those of the tools it embeds.
 * docs/catalogue.md tabulates which tools are covered and where each string was read (coverage.ts).
 */
import { ACCOUNT_TOOLS } from './account-tools';
import { AMPLIFY } from './amplify';
import { AUTOMATION } from './automation';
import { BACKUP_TOOLS } from './backup-tools';
import { BODYLESS_403 } from './bodyless-403';
import { CI } from './ci';
import { CLOJURE_SDKS } from './clojure-sdks';
import { CONTAINERS } from './containers';
import { CPP } from './sdk-cpp';
import { DATA_TOOLS } from './data-tools';
import { ELIXIR_SDKS } from './elixir-sdks';
import { SERVICES } from './services';
import { SERVICE_MODELS } from './service-models';
import { HELPERS } from './credential-helpers';
import { HASKELL_SDKS } from './haskell-sdks';
import { EKS } from './eks';
import { IAC } from './iac';
import { LOCALSTACK } from './localstack';
import { LOG_SHIPPERS } from './log-shippers';
import { LOG_STORES } from './log-stores';
import { MINIO_GO } from './minio-go';
import { ML_SDKS } from './ml-sdks';
import { OBJECT_STORE } from './object-store';
import { CLI_PYTHON } from './sdk-cli-python';
import { DOTNET } from './sdk-dotnet';
import { GO } from './sdk-go';
import { JS } from './sdk-js';
import { JVM } from './sdk-jvm';
import { K8S_CONTROLLERS } from './k8s-controllers';
import { KAFKA_IAM_AUTH } from './kafka-iam-auth';
import { PERL_SDKS } from './perl-sdks';
import { PHP_SDK } from './sdk-php';
import { PROFILE_HELPERS } from './profile-helpers';
import { QUERY_ENGINES } from './query-engines';
import { RUBY_FOG } from './ruby-fog';
import { RUBY_SDK } from './sdk-ruby';
import { RUST } from './sdk-rust';
import { S3_DEPLOY_CLIS } from './s3-deploy-clis';
import { SAML_HELPERS } from './saml-helpers';
import { SERVERLESS_TOOLS } from './serverless-tools';
import { SOPS } from './sops';
import { STORAGE_CLIENTS } from './storage-clients';
import { SWIFT } from './sdk-swift';
import { TERRAFORM_ENTRIES } from './terraform';
import { VAULT } from './vault';
import { VELERO } from './velero';
import { THIRD_PARTY_ACTIONS } from './third-party-actions';
import type { CatalogueEntry } from './types';

export const CATALOGUE_FAMILIES: Record<string, CatalogueEntry[]> = {
  'cli-python': CLI_PYTHON,
  js: JS,
  go: GO,
  jvm: JVM,
  dotnet: DOTNET,
  ruby: RUBY_SDK,
  php: PHP_SDK,
  rust: RUST,
  cpp: CPP,
  swift: SWIFT,
  // Packer's message holds Terraform's words ("No valid credential sources found"): it comes first.
  automation: AUTOMATION,
  // Amplify CLI and Amplify JS wrap the JS SDK: their words come before the SDK's.
  amplify: AMPLIFY,
  // Pulumi embeds Terraform's aws-sdk-go-base: its entries come first so the tool is Pulumi.
  iac: IAC,
  'serverless-tools': SERVERLESS_TOOLS,
  terraform: TERRAFORM_ENTRIES,
  eks: EKS,
  ci: CI,
  'credential-helpers': HELPERS,
  localstack: LOCALSTACK,
  containers: CONTAINERS,
  // The services' own answers: those quoted from docs and threads, then the codes read in their API models (S3, STS,
  // SSO-OIDC, IAM) and the common-errors page.
  services: [...SERVICES, ...SERVICE_MODELS],
  // Programs with their own credential code around S3 (s3fs-fuse, Hadoop s3a).
  'storage-clients': STORAGE_CLIENTS,
  // Log shippers with AWS outputs (Fluent Bit, Logstash).
  'log-shippers': LOG_SHIPPERS,
  // Data tools that re-word the SDK's S3 errors (Arrow, fsspec s3fs, DuckDB).
  'data-tools': DATA_TOOLS,
  // minio-go, the S3 client inside mc, restic, Thanos and Mimir.
  'minio-go': MINIO_GO,
  // The Rust object_store crate's own S3 credential code (delta-rs, Polars, DataFusion).
  'object-store': OBJECT_STORE,
  // S3's bodyless 403 as each SDK words it (a structural class across SDKs).
  'bodyless-403': BODYLESS_403,
  // Kubernetes controllers with their own credential checks (cert-manager).
  'k8s-controllers': K8S_CONTROLLERS,
  // SAML login helpers (saml2aws).
  'saml-helpers': SAML_HELPERS,
  // Shell helpers that read profiles themselves (awsume).
  'profile-helpers': PROFILE_HELPERS,
  // fog and excon, the Ruby S3 stack before aws-sdk-s3.
  'ruby-fog': RUBY_FOG,
  // Third-party GitHub Actions with their own input checks.
  'third-party-actions': THIRD_PARTY_ACTIONS,
  // ML SDKs that resolve a role themselves (SageMaker Python SDK).
  'ml-sdks': ML_SDKS,
  // Account-wide tools with their own credential settings (aws-nuke, Steampipe's AWS plugin).
  'account-tools': ACCOUNT_TOOLS,
  'clojure-sdks': CLOJURE_SDKS,
  's3-deploy-clis': S3_DEPLOY_CLIS,
  'perl-sdks': PERL_SDKS,
  // Velero's own words around its aws plugin's and repository layer's errors: before the backup tools it embeds (Kopia).
  velero: VELERO,
  // Backup tools with their own credential check or words (restic, Kopia, WAL-G, pgBackRest).
  'backup-tools': BACKUP_TOOLS,
  // SOPS's AWS KMS key source (also inside Flux's kustomize-controller, KSOPS, helm-secrets).
  sops: SOPS,
  // ex_aws (Elixir) and amazonka (Haskell): their own credential checks.
  'elixir-sdks': ELIXIR_SDKS,
  'haskell-sdks': HASKELL_SDKS,
  // aws-msk-iam-auth, the SASL mechanism Kafka clients use to sign in to Amazon MSK with IAM.
  'kafka-iam-auth': KAFKA_IAM_AUTH,
  // HashiCorp Vault's AWS auth method: its words around STS's answer and around the role binding.
  vault: VAULT,
  // Trino's S3 security mapping, which refuses a query before any AWS request.
  'query-engines': QUERY_ENGINES,
  // Loki's S3 store (from Cortex).
  'log-stores': LOG_STORES,
};

export const CATALOGUE: CatalogueEntry[] = Object.values(CATALOGUE_FAMILIES).flat();

/** The cause an entry points at most strongly. */
export function intendedCause(e: CatalogueEntry): string | undefined {
  let best: [string, number] | undefined;
  for (const [cause, w] of Object.entries(e.causes)) if (w !== undefined && (!best || w > best[1])) best = [cause, w];
  return best?.[0];
}

export type { CatalogueEntry, CatalogueSource } from './types';
