import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isCauseId } from '../../src/core/taxonomy';
import { codeFound } from '../../scripts/eval-real-pastes';

/**
 * Hygiene of the real-pastes corpus (test/fixtures/real-pastes/{tuning,holdout}/*.json, fields in its README):
 * every case has the schema scripts/eval-real-pastes.ts reads, sits in the half its thread URL's sha1 decides,
 * names known cause ids, lists only error codes its paste really holds, and holds no live-looking secret.
 */
const ROOT = join(__dirname, '..', 'fixtures', 'real-pastes');
const HALVES = ['tuning', 'holdout'] as const;
const MIN_CASES = 190;
const MIN_NEGATIVES = 40;

const causeId = z.string().refine(isCauseId, { message: 'unknown cause id' });
const TOOLS = [
  'aws-cli', 'boto3', 'js-v2', 'js-v3', 'go-v1', 'go-v2', 'java-v1', 'java-v2', 'dotnet', 'ruby', 'php', 'rust',
  'cpp', 'kotlin', 'terraform', 'pulumi', 'cdk', 'sam', 'serverless', 'chalice', 'eks',
  'configure-aws-credentials', 'circleci', 'gitlab', 'aws-vault', 'granted', 'localstack', 'other', 'none',
] as const;
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
  })
  .strict();

type Case = z.infer<typeof caseSchema>;
interface Loaded { half: (typeof HALVES)[number]; file: string; raw: string; parsed: unknown }

function load(): Loaded[] {
  return HALVES.flatMap((half) =>
    readdirSync(join(ROOT, half))
      .filter((f) => f.endsWith('.json'))
      .map((file) => {
        const raw = readFileSync(join(ROOT, half, file), 'utf8');
        return { half, file, raw, parsed: JSON.parse(raw) as unknown };
      }),
  );
}

/** The split rule (README), recomputed here on purpose rather than imported from the placing script. */
function halfOf(url: string): 'tuning' | 'holdout' {
  return parseInt(createHash('sha1').update(url).digest('hex').charAt(0), 16) <= 7 ? 'tuning' : 'holdout';
}

// An `aws configure list` table: its header row names these four columns.
const CONFIGURE_LIST_HEADER = /^\s*Name\s+Value\s+Type\s+Location\s*$/m;

// Key ids are exactly 20 characters; only documentation EXAMPLE ids may appear.
const KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
// A 40-character secret after a secret-key label, or an STS session token blob (they start with these prefixes).
const SECRET_AFTER_LABEL = /(?:secret_?access_?key|SecretAccessKey|secretKey)["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi;
const SESSION_TOKEN_BLOB = /(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz|AgoJb3JpZ2lu)[A-Za-z0-9/+=]{40,}/g;
const DOC_SECRETS = new Set(['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']);

function leaksIn(file: string, raw: string): string[] {
  const found: string[] = [];
  for (const m of raw.matchAll(KEY_ID)) if (!m[0].endsWith('EXAMPLE')) found.push(`${file}: key id ${m[0].slice(0, 8)}…`);
  for (const m of raw.matchAll(SECRET_AFTER_LABEL)) if (!DOC_SECRETS.has(m[1]!)) found.push(`${file}: secret`);
  for (const m of raw.matchAll(SESSION_TOKEN_BLOB)) found.push(`${file}: session token ${m[0].slice(0, 6)}…`);
  return found;
}

describe('real-pastes corpus', () => {
  const loaded = load();
  const cases = loaded.map((l) => ({ ...l, c: l.parsed as Case }));

  it(`holds at least ${MIN_CASES} pastes and ${MIN_NEGATIVES} negatives, no paste twice`, () => {
    expect(loaded.length).toBeGreaterThanOrEqual(MIN_CASES);
    expect(cases.filter((x) => x.c.cause === 'not-aws-credential-error').length).toBeGreaterThanOrEqual(MIN_NEGATIVES);
    const keys = cases.map((x) => `${x.c.url}\n${x.c.paste}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every case matches the schema', () => {
    const problems = loaded.flatMap((l) => {
      const r = caseSchema.safeParse(l.parsed);
      return r.success ? [] : [`${l.half}/${l.file}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('every case sits in the half that sha1(thread url) decides, under the slug of its URL', () => {
    const misplaced = cases.flatMap(({ half, file, c }) => {
      const [, owner, repo, n] = /github\.com\/([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)$/.exec(c.url) ?? [];
      const slug = `${owner}-${repo}-${n}`.toLowerCase();
      const named = file === `${slug}.json` || new RegExp(`^${slug.replace(/[.]/g, '\\.')}-\\d+\\.json$`).test(file);
      return halfOf(c.url) === half && named ? [] : [`${half}/${file}`];
    });
    expect(misplaced).toEqual([]);
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

  it('the secret detectors flag planted fakes and pass documentation examples', () => {
    const fakeId = 'AKIA' + 'Q3EGRKWZ7T5V2JHM';
    const fakeSecret = 'q8Zr' + 'T1vXy2Bn4Kp6Lm0Wd3Fs7Gh9Jc5Ve8Ua1Yi2';
    const fakeToken = 'IQoJb3JpZ2lu' + 'X2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexamplefakefakefake';
    expect(leaksIn('planted', `aws_access_key_id = ${fakeId}\naws_secret_access_key = ${fakeSecret}\n${fakeToken}`)).toHaveLength(3);
    expect(leaksIn('doc', 'AKIAIOSFODNN7EXAMPLE aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([]);
  });

  // Scan the decoded strings too: in the raw JSON a key id right after a line break reads as `\nAKIA…`, whose
  // leading `n` would hide it from the word-boundary look-behind.
  const decoded = (l: Loaded): string =>
    Object.values(l.parsed as Record<string, unknown>).filter((v): v is string => typeof v === 'string').join('\n');

  it('holds no live-looking key id, secret or session token', () => {
    expect(loaded.flatMap((l) => leaksIn(l.file, `${l.raw}\n${decoded(l)}`))).toEqual([]);
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
