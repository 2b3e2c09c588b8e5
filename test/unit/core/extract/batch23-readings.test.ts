/**
 * Readings added after classifying the misses of batch 23's tuning half (its conversations are rich in Signature Version
 * 2 sent to regions that accept only Version 4). The sentences are written for the test in the phrasing such threads
 * use, not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { leader } from '../../../helpers/readings';

describe("S3's refusal of a Signature Version 2 request, quoted alone", () => {
  // An issue title or a one-line report: the service's answer with no CLI or SDK around it still is a signing refusal.
  it.each([
    'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.\n\nThis happens when the bucket is in eu-central-1. Is there a workaround?',
    'Uploads to the London bucket fail: "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256."',
  ])('when "%s" is pasted, then it is detected with its code and the region/endpoint cause leads', (text) => {
    const d = diagnose(text, { now: new Date('2026-12-06T00:00:00Z') });
    expect({ detected: d.detected, codes: d.errorCodes }).toEqual({ detected: true, codes: ['InvalidRequest'] });
    expect(leader(text)).toEqual({ id: 'region-endpoint', on: expect.arrayContaining(['catalogue.s3.sigv2-refused']) });
  });
});

describe("the service's answer to a request dated ahead of its clock, with a doubled space", () => {
  // A service's message as pasted, a space doubled between its words (the SDK prints the service's text as it came):
  // still the signing time ahead of the service's clock, not a wrong secret.
  it('when "Signature not  yet current" is pasted, then the clock leads on it', () => {
    const text = 'panic: InvalidSignatureException: Signature not  yet current: 20260102T170509Z is still later than 20260102T170312Z (20260102T165812Z + 5 min.)\n    status code: 400, request id: 00000000-0000-0000-0000-000000000000';
    expect(leader(text)).toEqual({ id: 'clock-skew', on: expect.arrayContaining(['clock-skew.signature-expired']) });
  });
});
