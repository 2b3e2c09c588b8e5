import { join } from 'node:path';
import { z } from 'zod';
import { isCauseId } from '../../src/core/taxonomy';
import { codeFound } from '../../scripts/eval-real-pastes';
import { PASTE_TOOLS as TOOLS, halfOf, leaksIn, loadCorpus, misplacedCases, scannedText, schemaProblems } from '../helpers/corpus-hygiene';

/**
 * Hygiene of the real-pastes corpus (test/fixtures/real-pastes/{tuning,holdout}/*.json, fields in its README):
 * every case has the schema scripts/eval-real-pastes.ts reads, sits in the half its thread URL's sha1 decides,
 * names known cause ids, lists only error codes its paste really holds, and holds no live-looking secret.
 */
const ROOT = join(__dirname, '..', 'fixtures', 'real-pastes');
const MIN_CASES = 400;
const MIN_NEGATIVES = 80;

const causeId = z.string().refine(isCauseId, { message: 'unknown cause id' });
/** The `aws configure list` TYPE vocabulary awskey reports (src/core/diagnosis.ts CredentialSource). */
const CREDENTIAL_SOURCES = [
  'env', 'shared-credentials-file', 'config-file', 'assume-role', 'assume-role-with-web-identity', 'sso', 'iam-role',
  'container-role', 'custom-process', 'login', 'explicit', 'none',
] as const;
const caseSchema = z
  .object({
    url: z.string().regex(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/),
    title: z.string().min(1),
    paste: z.string().min(1),
    cause: causeId,
    also_acceptable: z.array(causeId),
    error_codes: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_.:-]*$/)),
    tool: z.enum(TOOLS),
    text_shows_cause: z.boolean(),
    credential_source: z.enum(CREDENTIAL_SOURCES).optional(),
    label_basis: z.enum(['excerpt', 'thread']),
    resolution: z.string().min(1),
    resolution_by: z.enum(['reporter', 'maintainer', 'other']),
    labelled_at: z.string().datetime(),
    note: z.string().min(1).optional(),
    // Collection batch (README): absent on the first batch; 2 and 3 = the fresh batches collected in session 17.
    batch: z.number().int().min(1).default(1),
  })
  .strict();

type Case = z.infer<typeof caseSchema>;
const load = () => loadCorpus(ROOT);

// An `aws configure list` table: its header row names these four columns.
const CONFIGURE_LIST_HEADER = /^\s*Name\s+Value\s+Type\s+Location\s*$/m;

describe('real-pastes corpus', () => {
  const loaded = load();
  const cases = loaded.map((l) => ({ ...l, c: l.parsed as Case }));

  it(`holds at least ${MIN_CASES} pastes and ${MIN_NEGATIVES} negatives, no paste twice`, () => {
    expect(loaded.length).toBeGreaterThanOrEqual(MIN_CASES);
    expect(cases.filter((x) => x.c.cause === 'not-aws-credential-error').length).toBeGreaterThanOrEqual(MIN_NEGATIVES);
    const keys = cases.map((x) => `${x.c.url}\n${x.c.paste}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a later batch shares no thread with an earlier one, so its held-out cases are fresh', () => {
    const batchOf = (c: Case): number => c.batch ?? 1;
    const firstBatchOfUrl = new Map<string, number>();
    for (const { c } of cases) firstBatchOfUrl.set(c.url, Math.min(batchOf(c), firstBatchOfUrl.get(c.url) ?? Infinity));
    const reused = cases.filter(({ c }) => batchOf(c) !== firstBatchOfUrl.get(c.url)).map(({ half, file }) => `${half}/${file}`);
    expect(reused).toEqual([]);
  });

  it('every case matches the schema', () => {
    expect(schemaProblems(loaded, caseSchema)).toEqual([]);
  });

  it('every case sits in the half that sha1(thread url) decides, under the slug of its URL', () => {
    expect(misplacedCases(loaded, true)).toEqual([]);
  });

  it('the split rule is the documented one (known values), and both halves hold cases', () => {
    // sha1 of these URLs starts with 1, e and f (computed with sha1sum): 0-7 tuning, 8-f holdout.
    expect(halfOf('https://github.com/aws/aws-cli/issues/1')).toBe('tuning');
    expect(halfOf('https://github.com/aws/aws-cli/issues/2')).toBe('holdout');
    expect(halfOf('https://github.com/aws/aws-cli/issues/3')).toBe('holdout');
    expect(cases.some((x) => x.half === 'tuning')).toBe(true);
    expect(cases.some((x) => x.half === 'holdout')).toBe(true);
  });

  it('labels are consistent: alsoAcceptable never repeats the cause; a negative accepts nothing else', () => {
    const bad = cases.flatMap(({ file, c }) => {
      const out: string[] = [];
      if (c.also_acceptable.includes(c.cause)) out.push(`${file}: also_acceptable repeats cause`);
      if (c.cause === 'not-aws-credential-error' && c.also_acceptable.length) out.push(`${file}: negative with also_acceptable`);
      if (c.cause !== 'not-aws-credential-error' && c.also_acceptable.includes('not-aws-credential-error')) out.push(`${file}: positive accepts not-aws-credential-error`);
      return out;
    });
    expect(bad).toEqual([]);
  });

  it('every expected error code appears literally in its paste', () => {
    const missing = cases.flatMap(({ file, c }) => c.error_codes.filter((code) => !c.paste.includes(code)).map((code) => `${file}: ${code}`));
    expect(missing).toEqual([]);
  });

  it('credential_source is labelled exactly on pastes holding an `aws configure list` table', () => {
    const bad = cases.flatMap(({ file, c }) => {
      const table = CONFIGURE_LIST_HEADER.test(c.paste);
      return table === (c.credential_source !== undefined) ? [] : [`${file}: table ${table}, credential_source ${c.credential_source}`];
    });
    expect(bad).toEqual([]);
  });

  it('holds no live-looking key id, secret or session token', () => {
    expect(loaded.flatMap((l) => leaksIn(l.file, scannedText(l)))).toEqual([]);
  });
});

describe('eval-real-pastes code matching', () => {
  it('finds a code reported as is or under an SDK namespace, never as part of a longer name', () => {
    expect(codeFound('NoCredentialsError', ['botocore.exceptions.NoCredentialsError'])).toBe(true);
    expect(codeFound('MissingCredentialsError', ['Aws::Errors::MissingCredentialsError'])).toBe(true);
    expect(codeFound('CredentialsException', ['Aws\\Exception\\CredentialsException'])).toBe(true);
    expect(codeFound('AccessDenied', ['AccessDenied'])).toBe(true);
    expect(codeFound('Token', ['ExpiredToken'])).toBe(false);
    expect(codeFound('AccessDenied', ['AccessDeniedException'])).toBe(false);
    expect(codeFound('InvalidClientTokenId', [])).toBe(false);
  });
});
