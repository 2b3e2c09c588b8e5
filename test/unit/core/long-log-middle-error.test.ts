/**
 * QA37 F3 (issue #10 item 5, "an error … of a 2 MB log is found"): a 2.4 MB log of ordinary lines with one botocore
 * ExpiredToken line. In its middle (line 15,001) it was "No AWS credential or authentication error found in what was
 * read" with a note to rerun on a slice; at its end (line 30,001) the evidence said `[line 12185]`, a line of the kept
 * text. The lines around an error in the middle are read (input-window.ts), and every line number is the input's.
 */
import { renderReport } from '../../../src/adapters/cli/diagnosis-report';
import { toJsonResult } from '../../../src/adapters/cli/diagnose-command';
import { diagnose } from '../../../src/core/diagnose';
import type { Diagnosis } from '../../../src/core/diagnosis';
import { headAndTail } from '../../../src/core/input-window';
import { FileEnds } from '../../../src/adapters/read-ends';

const NOW = new Date('2026-12-07T10:00:00Z');
/** An ordinary log line of 80 characters (79 and its line break): 30,000 of them are 2.4 MB. */
const ordinary = (i: number): string => `2026-12-07T09:${String(Math.floor(i / 600) % 60).padStart(2, '0')}:00Z INFO worker-3 processed batch ${String(i).padStart(6, '0')} in 12 ms, ok.`.padEnd(79, '.');
const EXPIRED = 'botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.';
/** 30,000 ordinary lines with `extra` inserted before the ordinary line of each index (0-based). */
function log(extra: Record<number, string>): string {
  const out: string[] = [];
  for (let i = 0; i < 30_000; i++) {
    if (extra[i] !== undefined) out.push(extra[i]!);
    out.push(ordinary(i));
  }
  if (extra[30_000] !== undefined) out.push(extra[30_000]!);
  return out.join('\n');
}
const lines = (d: Diagnosis): number[] => d.causes.flatMap((c) => c.evidence.flatMap((e) => (e.at ? [e.at.line] : [])));

describe('a 2.4 MB log with an AWS error in the part a head-and-tail read skips (QA37 F3)', () => {
  const MID = log({ 15_000: EXPIRED });
  const END = log({ 30_000: EXPIRED });
  // diagnose is pure: the two tests that read the middle error's diagnosis share one (a 2.4 MB diagnosis each, stop 39).
  let midDiagnosis: Diagnosis | undefined;
  const diagnoseMid = (): Diagnosis => (midDiagnosis ??= diagnose(MID, { now: NOW }));

  it('when its one error line is line 15,001, then the case is diagnosed: ExpiredToken, the expired-credentials cause first', () => {
    expect(MID.length).toBeGreaterThan(2_400_000);
    expect(MID.split('\n')[15_000]).toBe(EXPIRED);
    const d = diagnoseMid();
    expect(d.detected).toBe(true);
    expect(d.errorCodes[0]).toBe('ExpiredToken');
    expect(d.causes[0]!.id).toBe('temporary-credentials-expired');
  });

  it('when it is diagnosed, then its evidence, its facts, the report and --json give line 15,001, and the note says which lines were read', () => {
    const d = diagnoseMid();
    expect(lines(d)).toContain(15_001);
    expect(d.facts.locations.operation?.line).toBe(15_001);
    const report = renderReport(d);
    expect(report).toContain('[line 15001]');
    expect(report).toMatch(/Note: input of 2,[\d,]+ characters: read the first [\d,]+, the last [\d,]+ and [\d,]+ around the AWS error code ExpiredToken at line 15,001; [\d,]+ characters in the middle were not read/);
    expect(report).not.toContain('lower than in the input');
    expect(report).not.toContain('No AWS credential');
    const json = JSON.parse(JSON.stringify(toJsonResult(d))) as { causes: Array<{ evidence: Array<{ at?: { line: number } }> }> };
    expect(json.causes[0]!.evidence.find((e) => e.at)?.at?.line).toBe(15_001);
    expect(d.inputRead?.errorsRead).toEqual([{ code: 'ExpiredToken', line: 15_001 }]);
  });

  it('when the error is the last line (30,001), then the evidence says line 30,001 (not a line of the kept text), in the report and in --json', () => {
    expect(END.split('\n').length).toBe(30_001);
    const d = diagnose(END, { now: NOW });
    expect(d.detected).toBe(true);
    expect(lines(d)).toEqual(expect.arrayContaining([30_001]));
    expect(lines(d).every((l) => l === 30_001)).toBe(true);
    expect(renderReport(d)).toContain('[line 30001]');
    expect(JSON.parse(JSON.stringify(toJsonResult(d))).facts.locations.operation.line).toBe(30_001);
  });

  it('when a key pair is pasted a few lines above the middle error, then it is read with it: redacted, named by kind, warned as anywhere else, never shown', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYzEXAMPLEKY';
    const text = log({ 14_996: 'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 14_997: `export AWS_SECRET_ACCESS_KEY=${secret}`, 15_000: EXPIRED });
    const d = diagnose(text, { now: NOW });
    expect(d.detected).toBe(true);
    expect(d.secretsFound).toContain('secret-access-key');
    expect(d.redactions).toBeGreaterThan(0);
    // Read, so not "in the part not read": redacted and warned as in a short paste.
    expect(d.inputRead?.omittedSecrets).toEqual([]);
    expect(renderReport(d)).toContain('If you pasted a real secret, rotate it.');
    expect(JSON.stringify(d)).not.toContain(secret.slice(0, 16));
    expect(renderReport(d)).not.toContain(secret.slice(0, 16));
  });

  it('when a 2.4 MB log holds no AWS error, then it stays "none found in what was read"', () => {
    const d = diagnose(log({}), { now: NOW });
    expect(d.detected).toBe(false);
    expect(d.inputRead?.errorsRead).toBeUndefined();
    expect(renderReport(d)).toContain('No AWS credential or authentication error found in what was read.');
  });

  it('when error lines are spread through the middle, then the first line of each of the first three codes is read, the note names them, and names the next one left out', () => {
    const text = log({
      8_000: 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      10_000: EXPIRED,
      11_000: EXPIRED,
      13_000: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
      20_000: 'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided.',
    });
    const w = headAndTail(text);
    expect(w.read?.errorsRead).toEqual([
      { code: 'AccessDenied', line: 8_001 },
      { code: 'ExpiredToken', line: 10_002 },
      { code: 'InvalidClientTokenId', line: 13_004 },
    ]);
    // The repeat of a code already read is not read again, nor is the fourth code.
    expect(w.text.split(EXPIRED).length - 1).toBe(1);
    expect(w.text).not.toContain('SignatureDoesNotMatch');
    expect(w.read?.note).toContain('around the AWS error codes AccessDenied at line 8,001, ExpiredToken at line 10,002 and InvalidClientTokenId at line 13,004');
    expect(w.read?.note).toContain('the part not read also holds the AWS error code SignatureDoesNotMatch at line 20,005');
    expect(w.text.length).toBeLessThanOrEqual(1_000_000);
    const d = diagnose(text, { now: NOW });
    expect(d.errorCodes).toEqual(expect.arrayContaining(['AccessDenied', 'ExpiredToken', 'InvalidClientTokenId']));
    expect(d.facts.locations.operation?.line).toBe(8_001);
  });

  it('when the windows are read, then what is read stays within the bound and each gap is marked', () => {
    const w = headAndTail(MID);
    expect(w.text.length).toBeLessThanOrEqual(1_000_000);
    expect(w.text.match(/\[awskey: [\d,]+ characters \([\d,]+ lines\) not read\]/g)).toHaveLength(2);
    expect(w.read!.readChars + w.read!.omittedChars).toBe(MID.length);
    // A few dozen lines either side of the error line, not more.
    const at = w.text.split('\n').indexOf(EXPIRED);
    const kept = w.text.split('\n');
    expect(kept.slice(at - 40, at).every((l) => l.includes('worker-3'))).toBe(true);
    expect(kept.slice(at + 1, at + 41).every((l) => l.includes('worker-3'))).toBe(true);
    expect(kept[at - 41]).toMatch(/^\[awskey: /);
    expect(kept[at + 41]).toMatch(/^\[awskey: /);
  });

  it('when the log is read as it streams (`awskey diagnose` past 16 MB: its head and tail only), then the evidence line is the input\'s too', () => {
    const ends = new FileEnds();
    const bytes = Buffer.from(END);
    for (let i = 0; i < bytes.length; i += 65_536) ends.push(bytes.subarray(i, i + 65_536));
    const window = ends.finish()!;
    const d = diagnose(window.text, { now: NOW, window });
    expect(lines(d)).toContain(30_001);
    expect(d.notes[0]).not.toContain('lower than in the input');
  });
});
