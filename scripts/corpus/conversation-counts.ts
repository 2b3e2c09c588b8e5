/**
 * Prints the "Counts" section of test/fixtures/real-conversations/README.md, measured over the case files: per half and
 * per collection batch, by cause and by tool, with the error strings the openings carry. Labels and opening text only
 * (no awskey run, no per-thread output), so it may be run at any time.
 * Usage: tsx scripts/corpus/conversation-counts.ts
 */
import { HALVES, loadConversations, type Half } from '../../test/helpers/sim-user';

// resolutionBy is in the corpus schema but not in the simulated user's view of a case.
const cases = loadConversations().map((l) => ({
  ...l.c,
  half: l.half,
  batch: l.c.batch ?? 1,
  resolutionBy: (l.c as { resolutionBy?: string }).resolutionBy ?? 'unknown',
}));
type Case = (typeof cases)[number];
const batches = [...new Set(cases.map((c) => c.batch))].sort((a, b) => a - b);

/** Error strings counted in openings (case-insensitive); a case may count under several. */
const ERROR_STRINGS = [
  'security token included in the request is invalid', 'InvalidClientTokenId', 'AccessDenied', 'does not exist in our records',
  'InvalidAccessKeyId', 'UnrecognizedClientException', 'Unable to locate credentials', 'RequestTimeTooSkewed', 'ExpiredToken',
  'SignatureDoesNotMatch', 'Could not load credentials from any providers', 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  'You must be logged in to the server', 'InvalidIdentityToken', 'NoCredentialProviders', 'Instance Metadata Service', 'InvalidToken',
  'InvalidSignatureException', 'AuthFailure', 'no EC2 IMDS role found', 'Signature expired', 'WebIdentityErr',
];
/** The unknown-key family of issue 9's priors: the key id or token is not recognised. */
const UNKNOWN_KEY = /InvalidClientTokenId|InvalidAccessKeyId|UnrecognizedClientException|AuthFailure|InvalidToken|security token included in the request is invalid|does not exist in our records/i;
/** An opening with none of these words is prose only (or reconstructed from a title that has none). */
const ERROR_LIKE = /error|exception|denied|invalid|unable|fail|expired|unauthori[sz]ed|not authorized|could not|cannot|can't|not found|panic/i;

const has = (text: string, s: string) => text.toLowerCase().includes(s.toLowerCase());
const count = (xs: Case[], pred: (c: Case) => boolean = () => true): number => xs.filter(pred).length;

function tally(xs: Case[], key: (c: Case) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const c of xs) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
const fmt = (rows: Array<[string, number]>) => rows.map(([k, n]) => `${k} ${n}`).join(', ');

function table(title: string, key: (c: Case) => string): string[] {
  const cols = HALVES.flatMap((h) => batches.map((b) => ({ h, b })));
  const cell = (k: string, h: Half, b: number) => count(cases, (c) => key(c) === k && c.half === h && c.batch === b);
  return [
    `| ${title} | ${cols.map(({ h, b }) => `${h} b${b}`).join(' | ')} | all |`,
    `|---|${cols.map(() => '---').join('|')}|---|`,
    ...tally(cases, key).map(([k, n]) => `| ${k} | ${cols.map(({ h, b }) => cell(k, h, b)).join(' | ')} | ${n} |`),
  ];
}

const perBatch = batches
  .map((b) => `batch ${b}: ${count(cases, (c) => c.batch === b)} = ${HALVES.map((h) => `${h} ${count(cases, (c) => c.batch === b && c.half === h)}`).join(' + ')}`)
  .join('; ');
const unknownKey = cases.filter((c) => UNKNOWN_KEY.test(c.opening) || UNKNOWN_KEY.test(c.title));
const prose = (xs: Case[]) => count(xs, (c) => !ERROR_LIKE.test(c.opening));

const lines = [
  `Total ${cases.length} threads: ${HALVES.map((h) => `${h} ${count(cases, (c) => c.half === h)}`).join(', ')} (${perBatch}).`,
  '',
  ...table('cause', (c) => c.cause),
  '',
  ...table('tool (truth.tool)', (c) => c.truth.tool ?? 'unknown'),
  '',
  `resolutionBy: ${fmt(tally(cases, (c) => c.resolutionBy))}; cases with a \`note\`: ${count(cases, (c) => c.note !== undefined)}.`,
  '',
  `Error strings in openings (a case may count under several): ${ERROR_STRINGS.map((s) => [s, count(cases, (c) => has(c.opening, s))] as [string, number])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([s, n]) => `\`${s}\` ${n}`)
    .join(', ')}.`,
  `Openings with no error-like word at all (prose, or reconstructed from a title without one): ${prose(cases)} (${batches.map((b) => `batch ${b}: ${prose(cases.filter((c) => c.batch === b))}`).join(', ')}).`,
  '',
  `Unknown-key family (opening or title shows InvalidClientTokenId / InvalidAccessKeyId / UnrecognizedClientException / AuthFailure / InvalidToken / "security token ... invalid" / "does not exist in our records"): ${unknownKey.length} threads — ${fmt(tally(unknownKey, (c) => c.cause))}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
