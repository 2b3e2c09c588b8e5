import { diagnose } from '../../../../src/core/diagnose';
import { clipDetail } from '../../../../src/core/rules/clip-detail';

const BOTO3 = 'An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.';

function priorText(paste: string): string {
  const texts = diagnose(paste).causes.flatMap((c) => c.evidence.filter((e) => e.id === 'prior.msg.key-not-in-records').map((e) => e.text));
  expect(texts.length).toBeGreaterThan(0);
  return texts[0]!;
}

describe('quoted details are cut where words end', () => {
  it.each([BOTO3, `botocore.exceptions.ClientError: ${BOTO3}`])('when boto3 says its key id is not on record (%s), then the evidence quotes the whole message', (line) => {
    expect(priorText(line)).toContain(`(${line}).`);
  });

  it('when the error sits in a long log line, then the quote ends at a word with a cut mark, never mid-word', () => {
    const line = `2026-12-01T10:00:00Z ERROR worker-7 upload of reports/daily/2026-12-01/summary.csv to bucket acme-reports-eu failed after 3 retries: ${BOTO3} request id 4F2A9C1B7E3D5A60 host id abcdefghijklmnopqrstuvwxyz0123456789`;
    const text = priorText(line);
    const quoted = /common resolution \((.*)\)\.$/.exec(text)![1]!;
    expect(quoted.endsWith(' …')).toBe(true);
    const kept = quoted.slice(0, -2);
    const at = line.indexOf(kept); // the log record's time and level are read off the line first
    expect(at).toBeGreaterThanOrEqual(0);
    expect(line[at + kept.length]).toMatch(/[ .:]/); // the next character of the line ends a word
    expect(quoted.length).toBeLessThanOrEqual(242);
  });

  it.each([
    ['short words stay whole', 'a b c', 'a b c'],
    ['a sentence end late enough is preferred', `${'x'.repeat(200)}. And more words follow here ${'y'.repeat(60)}`, `${'x'.repeat(200)}. …`],
    ['otherwise the last space', `${'w '.repeat(150)}`, `${'w '.repeat(120).trimEnd()} …`],
  ])('when %s, then clipDetail cuts there', (_name, input, expected) => {
    expect(clipDetail(input)).toBe(expected);
  });
});
