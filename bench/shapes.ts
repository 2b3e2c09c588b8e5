/**
 * 1 MB pastes made of one secret shape repeated (diagnose.bench.ts prints each): the slow case for the secret
 * readers and the extract readers that look at every line. Values are synthetic (a counter spelled in base64-ish
 * letters) so no line is a copy of the one before it, as in a real dump.
 */

/** A deterministic pseudo-random run of `n` characters from `alphabet`, different for each `seed`. */
function run(seed: number, n: number, alphabet: string): string {
  let x = (seed * 2654435761 + 12345) >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += alphabet[(x >>> 16) % alphabet.length];
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Lines from `line(i)` until the text is `size` characters (cut at a line end). */
function fill(size: number, line: (i: number) => string): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const l = line(i);
    lines.push(l);
    length += l.length + 1;
  }
  return lines.join('\n').slice(0, size);
}

/** Each repeated shape people paste, `size` characters of it. */
export function repeatedShapes(size: number): Array<[string, string]> {
  return [
    ['DB_PASSWORD: …', fill(size, (i) => `DB_PASSWORD: ${run(i, 16, ALNUM)}`)],
    ['--password …', fill(size, (i) => `mysql -h db${i}.internal -u app --password ${run(i, 14, ALNUM)}`)],
    ['aws_secret_access_key = …', fill(size, (i) => `aws_secret_access_key = ${run(i, 40, B64)}`)],
    ['JSON "SecretAccessKey": …', fill(size, (i) => `    "SecretAccessKey": "${run(i, 40, B64)}",`)],
    ['env dump', fill(size, (i) => [`AWS_ACCESS_KEY_ID=AKIA${run(i, 16, UPPER)}`, `AWS_SECRET_ACCESS_KEY=${run(i, 40, B64)}`, `HOME=/home/u${i}`, `API_TOKEN=${run(i + 7, 32, ALNUM)}`, `PATH=/usr/local/bin:/usr/bin:/bin`][i % 5]!)],
    ['Authorization: AWS4-…', fill(size, (i) => `Authorization: AWS4-HMAC-SHA256 Credential=AKIA${run(i, 16, UPPER)}/20261206/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${run(i, 64, '0123456789abcdef')}`)],
    ['base64 blob', fill(size, (i) => run(i, 76, B64))],
    // one run of words, upper-case ones among them, on one line: evidence.ts randomSpanIn judges every 40-character window
    ['word-built run on one line', `x ${'theQUICKbrownFOXjumps2overTHElazyDOGandTHENsome'.repeat(Math.ceil(size / 47)).slice(0, size - 4)} y`],
  ];
}
