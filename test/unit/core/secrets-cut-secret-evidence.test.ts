/**
 * Evidence on the line after a full-width secret row is a row of its own, not the secret's cut rest
 * (src/core/secrets/cut-secret.ts): a request id, an ARN, a date, an account id or a digest is what a reader needs, and a
 * password's rest is its own random characters, never one of these. Before, `RequestId: <uuid>`, `Request ID: …`, a
 * bare UUID, `REQUEST_ID=…`, `ACCOUNT_ID=…` and `sha256=…` after a cut `DB_PASSWORD=…` were redacted with it.
 */
import { cutsOf } from '../../../src/core/cut-lines';
import { redact } from '../../../src/core/redact';

const PASSWORD = 'Xq7vLm2Rt9Kp4Wn8Zb3Hc6Jd1Fg5Ys0Ua2Ve7Tr4Qm8Nk3Lp6Ox9Iy1Xq7vLm2Rt9Kp4Wn8Zb3Hc6Jd1Fg5Ys0Ua2Ve7Tr4Qm8Nk3Lp6';
const UUID = '5f1c2a3b-1d2e-4f5a-8b9c-0d1e2f3a4b5c';
const SHA256 = '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea';

/** `label` and the password filling the line at `width`, then `row`, then a row of its own. */
function paste(label: string, row: string, width: number): string {
  return `my env:\n${label}${PASSWORD.slice(0, width - label.length)}\n${row}\nAWS_REGION=us-east-1\n`;
}

const EVIDENCE_ROWS = [
  `RequestId: ${UUID}`,
  `x-amzn-RequestId: ${UUID}`,
  `Request ID: ${UUID}`,
  `REQUEST_ID=${UUID}`,
  UUID,
  'arn:aws:iam::123456789012:role/deploy',
  'ROLE_ARN=arn:aws:iam::123456789012:role/deploy',
  'Date: Mon, 07 Dec 2026 05:27:49 GMT',
  'x-amz-date: 20261207T052749Z',
  'X-Amz-Date=20261207T052749Z',
  `sha256=${SHA256}`,
  `sha256: ${SHA256}`,
  'ACCOUNT_ID=123456789012',
  'Account: 123456789012',
  'ENDPOINT=https://sts.us-east-1.amazonaws.com',
  // any scheme's URL (kept before bc1bb966 too, when only an ARN or a URL value was left apart)
  'DATABASE_URL=postgres://db.internal:5432/app',
  'REDIS_URL=redis://cache:6379/0',
];

describe('evidence after a cut secret row', () => {
  for (const label of ['DB_PASSWORD=', 'API_TOKEN: ', 'password = ']) {
    for (const width of [60, 80]) {
      for (const row of EVIDENCE_ROWS) {
        it(`keeps \`${row.slice(0, 24)}…\` after \`${label}<value>\` filling ${width}`, () => {
          const text = paste(label, row, width);
          const out = redact(text).text;
          expect(out).toContain(`\n${row}\n`);
          expect(out).not.toContain(PASSWORD.slice(0, 12));
          expect(out).not.toContain(PASSWORD.slice(width - label.length - 12, width - label.length));
          // the reading of cuts (which the extractor shares) reads it apart too
          expect(cutsOf(text).some((c) => c.line === 2)).toBe(false);
        });
      }
    }
  }

  it('keeps a request id after a whole secret access key filling the line', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const out = redact(`aws_secret_access_key = ${key}\nRequestId: ${UUID}\n`).text;
    expect(out).not.toContain(key);
    expect(out).toContain(`RequestId: ${UUID}`);
  });

  // A rest that only opens like evidence is the password's own characters (review18 #6): a date, an x-amz-date or a
  // UUID with more glued on, a 12-digit number or a hex run under a name that is no account's or digest's.
  it.each(['2024-05-06Zr8Hq2Lk', '20240506T112233Zr8Hq', `${UUID}Qz7`, 'Kp=123456789012', 'q=0123456789abcdef0123456789abcdef', 'Ts=2024-05-06x9'])('redacts a cut rest `%s` that only opens like evidence', (rest) => {
    const out = redact(paste('DB_PASSWORD=', rest, 60)).text;
    expect(out).not.toContain(rest);
    expect(out).toContain('AWS_REGION=us-east-1');
  });

  // A log record after the row, read through its logfmt prefix as `msg=AccessDenied`, is a record of its own (review18 #10).
  it('keeps a logfmt record after a full-width password row', () => {
    const record = 'time=2026-12-07T05:27:49Z level=error msg=AccessDenied';
    const out = redact(paste('DB_PASSWORD=', record, 60)).text;
    expect(out).toContain(`\n${record}\n`);
    expect(out).not.toContain(PASSWORD.slice(0, 12));
  });

  it('still redacts a cut rest that reads as NAME=value when its value is no evidence', () => {
    const out = redact(paste('DB_PASSWORD=', 'PZX=w8Rj2', 60)).text;
    expect(out).not.toContain('w8Rj2');
    expect(out).toContain('AWS_REGION=us-east-1');
  });
});
