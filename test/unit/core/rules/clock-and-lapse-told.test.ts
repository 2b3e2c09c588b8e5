/**
 * Two mechanisms told in words that the ranking did not read (stop 29, chosen by leave-one-batch-out over tuning
 * batches 1-14, scripts/corpus/rank-stop29.results.md):
 * - the local time off, in words other than "clock": SigV4 signs the request's date from the machine's own time and
 *   AWS refuses it outside a window of minutes, which EC2 reports as AuthFailure;
 * - access that worked and then was refused, with no authentication error: a session that ran out and was not
 *   refreshed, which some clients report as a bare HTTP 403.
 * The error lines are the services' own messages (EC2 API error reference, AuthFailure; S3 AccessDenied); the sentences
 * are written for the test.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { signals } from '../../../helpers/readings';

const AUTH_FAILURE = 'AuthFailure: AWS was not able to validate the provided access credentials\n\tstatus code: 401, request id: 00000000-0000-0000-0000-000000000000';
const top3 = (text: string): string[] => diagnose(text).causes.slice(0, 3).map((c) => c.id);

describe('the local time off, told without the word clock', () => {
  it.each([
    'The build VM had been suspended and its local time was 20 minutes behind when this started.',
    'It only happens on the one device whose device time is wrong.',
    'We think it is time drift on the runner.',
    'The machine was more than 5 minutes off from AWS.',
    'The signature includes a timestamp so that requests cannot be replayed.',
  ])('when "%s" is written beside EC2 AuthFailure, then a clock off is in the top three', (words) => {
    const text = `${words}\n${AUTH_FAILURE}`;
    expect(signals(text)).toContain('hint.clock');
    expect(top3(text)).toContain('clock-skew');
  });

  it.each([
    '{"timestamp":"2026-12-01T10:00:00Z","level":"error","msg":"request failed"}',
    'driftctl scan uses an older SDK than the CLI.',
  ])('when "%s" only names a timestamp or drift, then no clock is read from it', (words) => {
    expect(signals(`${words}\n${AUTH_FAILURE}`)).not.toContain('hint.clock');
  });
});

describe('access refused after it worked for a while', () => {
  const DENIED = 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';

  it('when the words say reads work and then are refused after some time, then an expired session is in the top three below the permission', () => {
    const d = diagnose(`Our long-running job reads S3 fine, but after some time it starts to get 403 errors.\n${DENIED}`);
    expect(d.causes[0]!.id).toBe('authorization-not-authentication');
    expect(d.causes.slice(0, 3).map((c) => c.id)).toContain('temporary-credentials-expired');
  });

  it('when nothing says it worked before, then the refusal does not raise an expired session', () => {
    const d = diagnose(`Our job cannot read S3: it gets 403 errors.\n${DENIED}`);
    expect(d.causes.find((c) => c.id === 'temporary-credentials-expired')?.evidence.map((e) => e.id) ?? []).not.toContain('temporary-expired.lapse-refused');
  });
});
