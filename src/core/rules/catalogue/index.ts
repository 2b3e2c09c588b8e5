/**
 * The message catalogue, one file per tool family (see types.ts). Order matters only for ties (the
 * first tool named at a rank wins): a wrapper's entries sit before those of the tools it embeds.
 */
import { CI } from './ci';
import { CONTAINERS } from './containers';
import { CPP } from './sdk-cpp';
import { SERVICES } from './services';
import { HELPERS } from './credential-helpers';
import { EKS } from './eks';
import { IAC } from './iac';
import { LOCALSTACK } from './localstack';
import { CLI_PYTHON } from './sdk-cli-python';
import { DOTNET } from './sdk-dotnet';
import { GO } from './sdk-go';
import { JS } from './sdk-js';
import { JVM } from './sdk-jvm';
import { PHP_SDK } from './sdk-php';
import { RUBY_SDK } from './sdk-ruby';
import { RUST } from './sdk-rust';
import { SERVERLESS_TOOLS } from './serverless-tools';
import { TERRAFORM_ENTRIES } from './terraform';
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
  // Pulumi embeds Terraform's aws-sdk-go-base: its entries come first so the tool is Pulumi.
  iac: IAC,
  'serverless-tools': SERVERLESS_TOOLS,
  terraform: TERRAFORM_ENTRIES,
  eks: EKS,
  ci: CI,
  'credential-helpers': HELPERS,
  localstack: LOCALSTACK,
  containers: CONTAINERS,
  services: SERVICES,
};

export const CATALOGUE: CatalogueEntry[] = Object.values(CATALOGUE_FAMILIES).flat();

/** The cause an entry points at most strongly. */
export function intendedCause(e: CatalogueEntry): string | undefined {
  let best: [string, number] | undefined;
  for (const [cause, w] of Object.entries(e.causes)) if (w !== undefined && (!best || w > best[1])) best = [cause, w];
  return best?.[0];
}

export type { CatalogueEntry, CatalogueSource } from './types';
