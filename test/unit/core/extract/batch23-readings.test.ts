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
