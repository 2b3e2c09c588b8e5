/**
 * Readings that came of batch 14's tuning misses (issue #10), each quoting the thread or the source it was read from.
 */
import { diagnose } from '../../../../src/core/diagnose';

describe('the metadata URL inside Go\'s failed-request error (extract/context-hints.ts GO_URL_ERROR)', () => {
  // aws/aws-sdk-go#217 (batch 10): Go v1's chain on a workstation, its last provider the metadata service.
  const text = 'When trying the sample kinesis code and specifying config.Region = "us-west-2"\n\nI get:\npanic: Get http://169.254.169.254/latest/meta-data/iam/security-credentials/: net/http: request canceled while waiting for connection listing IAM credentials\n\nIs there any further documentation on how this is intended to work?';

  it('when the URL is the request Go reports failing, then it says nothing of where the code runs and an empty chain is among the first three', () => {
    const d = diagnose(text);
    expect({ runtime: d.facts.runtime, top3: d.causes.slice(0, 3).map((c) => c.id).includes('no-credentials-found') }).toEqual({ runtime: undefined, top3: true });
  });

  it('when a person writes that a GET of the URL answers, then the instance is still where the code runs', () => {
    const d = diagnose('On the instance I get http://169.254.169.254/latest/meta-data/iam/security-credentials/ and it answers with the role name.\npanic: NoCredentialProviders: no valid providers in chain');
    expect(d.facts.runtime).toBe('ec2');
  });
});
