/**
 * The README's cause section says which tools are covered (issue 10, "Done when"): every catalogue
 * family file is named there, so a family added without a README line fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE_FAMILIES } from '../../../../src/core/rules/catalogue/index';

/** What the README calls each family's tools (each phrase must appear in the Causes section). */
const README_NAMES: Record<string, string[]> = {
  'cli-python': ['AWS CLI v1/v2', 'botocore/boto3'],
  js: ['JavaScript v2 and v3'],
  go: ['Go v1 and v2'],
  jvm: ['Java v1 and v2', 'Kotlin'],
  dotnet: ['.NET'],
  ruby: ['Ruby'],
  php: ['PHP'],
  rust: ['Rust'],
  cpp: ['C++', 'aws-c-auth'],
  swift: ['Soto (Swift)'],
  automation: ['Ansible', 'Packer', 'Airflow', 'boto 2'],
  amplify: ['Amplify CLI', 'Amplify JS'],
  iac: ['Pulumi', 'CDK'],
  'serverless-tools': ['SAM CLI', 'Serverless Framework', 'Chalice'],
  terraform: ["Terraform's AWS provider", 'S3 state backend'],
  eks: ['kubectl on EKS', 'aws-iam-authenticator'],
  ci: ['configure-aws-credentials', "CircleCI's aws-cli orb", 'GitLab'],
  'credential-helpers': ['aws-vault', 'Granted', 'aws-sso-util'],
  localstack: ['LocalStack'],
  containers: ['Amazon ECR'],
  services: ['Access Denied'],
  'storage-clients': ['s3fs-fuse', 'Mountpoint for S3', 's3cmd', 's3a', 'goofys'],
  'log-shippers': ['Fluent Bit', 'Logstash', 'Vector'],
  'data-tools': ['Apache Arrow', "fsspec's s3fs", 'DuckDB'],
  'minio-go': ['minio-go', 'Thanos'],
  'object-store': ['object_store crate'],
  'bodyless-403': ['body-less 403'],
  'k8s-controllers': ['cert-manager', 'external-dns'],
  'saml-helpers': ['saml2aws'],
  'profile-helpers': ['awsume'],
  'ruby-fog': ['fog and excon'],
  'third-party-actions': ['s3-sync-action'],
  'ml-sdks': ['SageMaker Python SDK'],
  'account-tools': ['aws-nuke', "Steampipe's AWS plugin"],
  'clojure-sdks': ["Cognitect's aws-api", 'awyeah-api'],
  's3-deploy-clis': ['scotty.js'],
  'perl-sdks': ['Amazon::S3::Thin'],
  velero: ["Velero's backup storage locations"],
  'backup-tools': ['restic', 'Kopia', 'WAL-G', 'pgBackRest'],
  sops: ['SOPS'],
  'elixir-sdks': ['ex_aws (Elixir)'],
  'haskell-sdks': ['amazonka (Haskell)'],
  'kafka-iam-auth': ['aws-msk-iam-auth'],
  vault: ["Vault's AWS auth method"],
  'query-engines': ["Trino's S3 security mapping"],
  'log-stores': ["Loki's S3 store"],
};

function causesSection(): string {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  const start = readme.indexOf('\n## Causes');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end).replace(/\s+/g, ' ');
}

describe("README's list of recognised tools", () => {
  it('when the catalogue is read, then every family file has its README names, and the Causes section holds each', () => {
    const section = causesSection();
    expect(Object.keys(CATALOGUE_FAMILIES).filter((f) => !(f in README_NAMES))).toEqual([]);
    const missing = Object.entries(README_NAMES).flatMap(([f, names]) => names.filter((n) => !section.includes(n)).map((n) => `${f}: ${n}`));
    expect(missing).toEqual([]);
  });
});
