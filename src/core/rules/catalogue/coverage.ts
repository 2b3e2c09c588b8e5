/**
 * The catalogue's coverage of the tools issue 10 names, as the table docs/catalogue.md holds: for each
 * tool, the family files with its entries and where each string was read. Pure data in, markdown out;
 * scripts/catalogue-coverage.ts writes the file and a test fails when the file is stale.
 */
import { CATALOGUE_FAMILIES } from './index';
import { SOURCE_AUDIT } from './source-audit';
import type { CatalogueEntry } from './types';

interface CoverageRow {
  /** The tool as the issue names it. */
  name: string;
  match: (e: CatalogueEntry, family: string) => boolean;
}

const byTool = (...tools: string[]) => (e: CatalogueEntry) => tools.includes(e.tool);

/** Terraform's S3 backend: its own message and the SDK 403 it wraps, and the workspace listing that fails with it. */
const TF_BACKEND = new Set(['tfs3.head-object-forbidden', 's3.head-object-forbidden', 'tf.existing-workspaces', 'tfs3.region-missing']);

/** Issue 10's list, in its order. */
export const ISSUE_TOOLS: CoverageRow[] = [
  { name: 'AWS CLI v1/v2', match: byTool('aws-cli') },
  { name: 'botocore/boto3', match: byTool('boto3') },
  { name: 'JavaScript SDK v2', match: byTool('aws-sdk-js-v2', 'aws-sdk-js') },
  { name: 'JavaScript SDK v3', match: byTool('aws-sdk-js-v3') },
  { name: 'Go SDK v1', match: byTool('aws-sdk-go') },
  { name: 'Go SDK v2', match: (e, f) => e.tool === 'aws-sdk-go-v2' && f !== 'terraform' },
  { name: 'Java SDK v1', match: byTool('aws-sdk-java-v1') },
  { name: 'Java SDK v2', match: byTool('aws-sdk-java-v2') },
  { name: '.NET SDK', match: byTool('aws-sdk-net') },
  { name: 'Ruby SDK', match: byTool('aws-sdk-ruby') },
  { name: 'PHP SDK', match: byTool('aws-sdk-php') },
  { name: 'Rust SDK', match: byTool('aws-sdk-rust') },
  { name: 'C++ SDK and the CRT signer', match: byTool('aws-sdk-cpp', 'aws-crt') },
  { name: 'Kotlin SDK', match: byTool('aws-sdk-kotlin') },
  { name: "Terraform's AWS provider", match: (e) => e.tool === 'terraform' && !TF_BACKEND.has(e.id) },
  { name: "Terraform's S3 backend", match: (e) => TF_BACKEND.has(e.id) },
  { name: 'Pulumi', match: byTool('pulumi') },
  { name: 'CDK', match: byTool('cdk') },
  { name: 'SAM CLI', match: byTool('sam') },
  { name: 'Serverless Framework', match: byTool('serverless') },
  { name: 'Chalice', match: byTool('chalice') },
  { name: 'aws-iam-authenticator / `aws eks get-token` (kubectl)', match: byTool('aws-iam-authenticator', 'kubectl') },
  { name: 'configure-aws-credentials', match: (e, f) => f === 'ci' && e.tool === 'github-actions' },
  { name: "CircleCI's aws-cli orb", match: byTool('circleci') },
  { name: 'GitLab CI (OIDC to AWS)', match: byTool('gitlab-ci') },
  { name: 'aws-vault', match: byTool('aws-vault') },
  { name: 'Granted', match: byTool('granted') },
  { name: 'LocalStack', match: byTool('localstack') },
];

/** A source read in code (a file with an extension) rather than a documentation page or an issue thread. */
export function isCodeSource(e: CatalogueEntry): boolean {
  // The path's first word: some paths add a note in parentheses after the file.
  return /\.[A-Za-z]{1,6}$/.test(e.source.path.split(' ')[0]!) && !/\(docs\)|docs\.aws|gitlab\.com\//.test(e.source.repo);
}

function entriesOf(match: CoverageRow['match']): [string, CatalogueEntry][] {
  return Object.entries(CATALOGUE_FAMILIES).flatMap(([f, es]) => es.filter((e) => match(e, f)).map((e): [string, CatalogueEntry] => [f, e]));
}

function sourcesOf(entries: CatalogueEntry[]): string {
  const seen = [...new Set(entries.map((e) => `${e.source.repo} \`${e.source.path}\` @ ${e.source.ref}`))];
  return seen.join('<br>');
}

export interface CoverageLine {
  name: string;
  families: string[];
  entries: number;
  fromCode: number;
  sources: string;
}

export function coverage(): CoverageLine[] {
  return ISSUE_TOOLS.map(({ name, match }) => {
    const found = entriesOf(match);
    const es = found.map(([, e]) => e);
    return {
      name,
      families: [...new Set(found.map(([f]) => f))],
      entries: es.length,
      fromCode: es.filter(isCodeSource).length,
      sources: sourcesOf(es),
    };
  });
}

/** The tools of every family, for the families beyond the issue's list. */
function otherFamilies(): string[] {
  const listed = new Set(entriesOf((e, f) => ISSUE_TOOLS.some((r) => r.match(e, f))).map(([, e]) => e.id));
  return Object.entries(CATALOGUE_FAMILIES).flatMap(([f, es]) => {
    const rest = es.filter((e) => !listed.has(e.id));
    if (rest.length === 0) return [];
    return [`| \`${fileName(f)}\` | ${[...new Set(rest.map((e) => e.tool))].join(', ')} | ${rest.length} |`];
  });
}

const FILE_OF: Record<string, string> = { 'cli-python': 'sdk-cli-python', js: 'sdk-js', go: 'sdk-go', jvm: 'sdk-jvm', dotnet: 'sdk-dotnet', ruby: 'sdk-ruby', php: 'sdk-php', rust: 'sdk-rust', cpp: 'sdk-cpp', swift: 'sdk-swift' };
const fileName = (family: string): string => `${FILE_OF[family] ?? family}.ts`;

const cell = (t: string): string => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The source audit (source-audit.ts): per tool read, the strings found and what the catalogue does with each. */
/** The issue's tools whose strings were not yet re-read one by one: a sentence while any remain (stop 38 audited the last, PHP). */
function notYet(names: string[]): string[] {
  return names.length === 0 ? [] : [`Not re-read string by string yet (their entries were read in code at the versions in the first table): ${names.join('; ')}.`, ''];
}

function auditSection(): string[] {
  const audited = new Set(SOURCE_AUDIT.map((a) => a.tool));
  const rows = SOURCE_AUDIT.map((a) => {
    const n = (k: 'held' | 'left' | 'gap' | 'context') => a.strings.filter((x) => x[k] !== undefined).length;
    const held = n('context') > 0 ? `${n('held')} (${n('context')} with context)` : `${n('held')}`;
    return `| ${a.tool} | ${a.read.repo} \`${a.read.path}\` @ ${a.read.ref} | ${a.strings.length} | ${held} | ${n('left')} | ${n('gap')} |`;
  });
  const gaps = SOURCE_AUDIT.flatMap((a) => a.strings.filter((x) => x.gap).map((x) => `| ${a.tool} | \`${cell(x.text)}\` | ${cell(x.gap!)} |`));
  const left = SOURCE_AUDIT.flatMap((a) => a.strings.filter((x) => x.left).map((x) => `| ${a.tool} | \`${cell(x.text)}\` | ${cell(x.left!)} |`));
  return [
    '## Source audit',
    '',
    'For the tools below every credential-provider and signing error string in the files named was listed (`git grep` of',
    'a fetched snapshot at that version) and set against the catalogue: held (an entry reads it: a test checks the',
    'catalogue\'s reader raises the entry; "with context": only beside the line of its tool the row gives, as a short wording',
    'other tools share), left out (no entry should read it), or a gap (a credential failure with no entry yet).',
    'Data: `src/core/rules/catalogue/source-audit.ts`.',
    '',
    '| Tool | Read at (repository · files · version) | Strings | Held | Left out | Gaps |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    ...notYet(ISSUE_TOOLS.filter((t) => !audited.has(t.name)).map((t) => t.name)),
    '### Gaps',
    '',
    '| Tool | String | Why no entry yet |',
    '|---|---|---|',
    ...gaps,
    '',
    '### Left out',
    '',
    '| Tool | String | Why |',
    '|---|---|---|',
    ...left,
    '',
  ];
}

export function coverageMarkdown(): string {
  const total = Object.values(CATALOGUE_FAMILIES).flat().length;
  const rows = coverage().map((r) => `| ${r.name} | ${r.families.map((f) => `\`${fileName(f)}\``).join(', ') || '—'} | ${r.entries} | ${r.fromCode} | ${r.sources || '—'} |`);
  return [
    '# Message catalogue: coverage',
    '',
    `The catalogue (\`src/core/rules/catalogue/\`, one file per tool family, ${total} entries) holds the credential-provider`,
    'and signing error strings of SDKs and tools, each read in the tool\'s own source and quoted by a test with the file and',
    'version it came from (`test/unit/core/catalogue/`). This page is generated from the catalogue by',
    '`npx tsx scripts/catalogue-coverage.ts`; a test fails when it is stale.',
    '',
    '## The tools issue 10 lists',
    '',
    '"From code" counts entries whose source is a file in the tool\'s repository; the others cite a dated documentation page',
    'or issue thread (GitLab\'s OIDC failures are STS answers: GitLab prints no AWS credential error of its own, so they',
    'are quoted as GitLab\'s documentation and issue threads show them).',
    '',
    '| Tool | Catalogue file(s) | Entries | From code | Read at (repository · file · version) |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '## Other families',
    '',
    'Tools that wrap the SDKs with their own credential code or words, and structural classes (entries not counted above).',
    '',
    '| File | Tools | Entries |',
    '|---|---|---|',
    ...otherFamilies(),
    '',
    ...auditSection(),
  ].join('\n');
}
