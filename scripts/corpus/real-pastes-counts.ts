/**
 * Prints the counts section of test/fixtures/real-pastes/README.md, measured over the case files: per half and per
 * collection batch, by cause and by tool. Labels only (no awskey run), so it may be run at any time.
 * Usage: tsx scripts/corpus/real-pastes-counts.ts
 */
import { HALVES, batchOf, loadHalf, type Half, type RealPaste } from '../eval-real-pastes';

type Case = RealPaste & { half: Half; label_basis?: string; resolution_by?: string; note?: string };

const cases: Case[] = HALVES.flatMap((half) => loadHalf(half).map((c) => ({ ...(c as Case), half })));
const batches = [...new Set(cases.map(batchOf))].sort((a, b) => a - b);
const NEG = 'not-aws-credential-error';

const count = (xs: Case[], pred: (c: Case) => boolean = () => true): number => xs.filter(pred).length;
const threads = (xs: Case[]): number => new Set(xs.map((c) => c.url)).size;
const inHalf = (xs: Case[], h: Half): Case[] => xs.filter((c) => c.half === h);

function tally(xs: Case[], key: (c: Case) => string | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of xs) {
    const k = key(c);
    if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function summary(label: string, xs: Case[]): string[] {
  const pos = xs.filter((c) => c.cause !== NEG);
  const per = (f: (ys: Case[]) => number) => `tuning ${f(inHalf(xs, 'tuning'))}, holdout ${f(inHalf(xs, 'holdout'))}`;
  const posIn = (ys: Case[]) => ys.filter((c) => c.cause !== NEG);
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
  return [
    `${label}: ${xs.length} pastes from ${threads(xs)} threads: ${per((ys) => ys.length)}.`,
    `Credential errors ${pos.length} (${per((ys) => posIn(ys).length)}); negatives ${xs.length - pos.length} (${per((ys) => count(ys, (c) => c.cause === NEG))}).`,
    `Credential errors whose text shows the cause: ${per((ys) => count(posIn(ys), (c) => c.text_shows_cause))}. With expected error codes: ${per((ys) => count(posIn(ys), (c) => c.error_codes.length > 0))}. With an \`aws configure list\` table (credential_source): ${per((ys) => count(ys, (c) => c.credential_source !== undefined))}.`,
    `Label basis: ${fmt(tally(xs, (c) => c.label_basis))}. Resolution by: ${fmt(tally(xs, (c) => c.resolution_by))}. Cases with a \`note\`: ${count(xs, (c) => c.note !== undefined)}.`,
  ];
}

function table(title: string, key: (c: Case) => string): string[] {
  const cols = batches.flatMap((b) => HALVES.map((h) => ({ b, h })));
  const rows = [...tally(cases, key)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const cell = (k: string, b: number, h: Half) => count(cases, (c) => key(c) === k && batchOf(c) === b && c.half === h);
  return [
    `| ${title} | ${cols.map(({ b, h }) => `batch ${b} ${h}`).join(' | ')} | total |`,
    `|---|${cols.map(() => '---').join('|')}|---|`,
    ...rows.map(([k, n]) => `| ${k} | ${cols.map(({ b, h }) => cell(k, b, h)).join(' | ')} | ${n} |`),
  ];
}

const lines = [
  ...summary('All batches', cases),
  '',
  ...batches.flatMap((b) => [...summary(`Batch ${b}`, cases.filter((c) => batchOf(c) === b)), '']),
  ...table('cause', (c) => c.cause),
  '',
  ...table('tool', (c) => c.tool),
];
process.stdout.write(`${lines.join('\n')}\n`);
