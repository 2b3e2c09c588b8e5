import { join } from 'node:path';
import { z } from 'zod';
import { isCauseId } from '../../src/core/taxonomy';
import { halfOf, leaksIn, loadCorpus, misplacedCases, scannedText, schemaProblems } from '../helpers/corpus-hygiene';
import { FRESH_BATCHES } from '../../scripts/eval-conversations';

/**
 * Hygiene of the real-conversations corpus (test/fixtures/real-conversations/{tuning,holdout}/*.json, format in
 * the corpus README): every case has the schema the simulated user reads,
 * sits in the half its URL's sha1 decides, names known cause ids, and holds no live-looking secret.
 */
const ROOT = join(__dirname, '..', 'fixtures', 'real-conversations');
const MIN_CASES = 60;

const causeId = z.string().refine(isCauseId, { message: 'unknown cause id' });
const triState = z.boolean().nullable();
const TOOLS = [
  'aws-cli', 'boto3', 'js-v2', 'js-v3', 'go-v1', 'go-v2', 'java-v1', 'java-v2', 'dotnet', 'ruby', 'php', 'rust',
  'cpp', 'kotlin', 'terraform', 'pulumi', 'cdk', 'sam', 'serverless', 'chalice', 'eks',
  'configure-aws-credentials', 'circleci', 'gitlab', 'aws-vault', 'granted', 'localstack', 'other',
] as const;
const truthSchema = z
  .object({
    keyPrefix: z.enum(['AKIA', 'ASIA', 'other']).nullable(),
    sessionTokenSet: triState,
    credentialSource: z
      .enum(['env', 'shared-file', 'profile', 'sso', 'assume-role', 'web-identity', 'instance-metadata',
        'container', 'process', 'ci-secret'])
      .nullable(),
    runtime: z.enum(['laptop', 'ec2', 'ecs', 'lambda', 'eks', 'kubernetes', 'ci', 'docker']).nullable(),
    tool: z.enum(TOOLS).nullable(),
    envKeysSet: triState,
    profileIntended: z.string().min(1).nullable(),
    profileUsed: z.string().min(1).nullable(),
    rotatedRecently: triState,
    keyDeletedOrInactive: triState,
    worksElsewhere: triState,
    target: z.enum(['commercial', 'opt-in-region', 'other-partition', 'localstack', 'custom-endpoint']).nullable(),
    regionEnabled: triState,
    clockOff: triState,
    copiedByHand: triState,
    callerAccountIsResourceAccount: triState,
    ssoSessionExpired: triState,
  })
  .strict();
const caseSchema = z
  .object({
    url: z.string().regex(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/),
    title: z.string().min(1),
    opening: z.string().min(1),
    cause: causeId,
    alsoAcceptable: z.array(causeId),
    resolution: z.string().min(1),
    resolutionBy: z.enum(['reporter', 'maintainer', 'other']),
    truth: truthSchema,
    pastes: z
      .object({
        'configure-list': z.string().min(1).nullable(),
        'caller-identity': z.string().min(1).nullable(),
        env: z.string().min(1).nullable(),
        other: z.array(z.string().min(1)),
      })
      .strict(),
    phrasing: z.record(z.string(), z.string().min(1)),
    fixedBy: z.string().min(1),
    labelledAt: z.string().datetime(),
    note: z.string().min(1).optional(),
    // Collection batch (README "Batches"); absent means batch 1.
    batch: z.number().int().min(1).optional(),
  })
  .strict();

type Case = z.infer<typeof caseSchema>;
const load = () => loadCorpus(ROOT);

describe('real-conversations corpus', () => {
  const loaded = load();

  it(`holds at least ${MIN_CASES} threads, each once`, () => {
    expect(loaded.length).toBeGreaterThanOrEqual(MIN_CASES);
    const urls = loaded.map((l) => (l.parsed as { url?: string }).url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('every case matches the conversation-corpus schema', () => {
    expect(schemaProblems(loaded, caseSchema)).toEqual([]);
  });

  it('every case sits in the half that sha1(url) decides, under the slug of its URL', () => {
    expect(misplacedCases(loaded, false)).toEqual([]);
  });

  it('the split rule is the documented one (known values)', () => {
    // sha1 of these URLs starts with 1, e and f (computed with sha1sum): 0-7 tuning, 8-f holdout.
    expect(halfOf('https://github.com/aws/aws-cli/issues/1')).toBe('tuning');
    expect(halfOf('https://github.com/aws/aws-cli/issues/2')).toBe('holdout');
    expect(halfOf('https://github.com/aws/aws-cli/issues/3')).toBe('holdout');
    expect(loaded.some((l) => l.half === 'tuning')).toBe(true);
    expect(loaded.some((l) => l.half === 'holdout')).toBe(true);
  });

  it('alsoAcceptable never repeats the cause, phrasing keys are truth fields', () => {
    const truthKeys = new Set(Object.keys(truthSchema.shape));
    const bad = loaded.flatMap((l) => {
      const c = l.parsed as Case;
      const out: string[] = [];
      if (c.alsoAcceptable.includes(c.cause)) out.push(`${l.file}: alsoAcceptable repeats cause`);
      for (const k of Object.keys(c.phrasing)) if (!truthKeys.has(k)) out.push(`${l.file}: phrasing.${k}`);
      return out;
    });
    expect(bad).toEqual([]);
  });

  it.each(FRESH_BATCHES.map((b) => [b]))('batch %i gives the eval a fresh held-out set of at least 25 threads', (batch) => {
    expect(loaded.filter((l) => l.half === 'holdout' && ((l.parsed as Case).batch ?? 1) === batch).length).toBeGreaterThanOrEqual(25);
  });

  it('batches are numbered from 1 without gaps, and every fresh batch is one of them', () => {
    const seen = [...new Set(loaded.map((l) => (l.parsed as Case).batch ?? 1))].sort((a, b) => a - b);
    expect(seen).toEqual(seen.map((_, i) => i + 1));
    expect(FRESH_BATCHES.every((b) => seen.includes(b))).toBe(true);
  });

  it('holds no live-looking key id, secret or session token', () => {
    expect(loaded.flatMap((l) => leaksIn(l.file, scannedText(l)))).toEqual([]);
  });
});
