/**
 * Other clouds' metadata servers answer at 169.254.169.254 too (src/core/extract/messages.ts OTHER_CLOUD): a failure to
 * reach that address in a text that names one of them anywhere is theirs, even when the name is lines away from the
 * address (a wrapped paste) or only in a trailing note. The probes are the review of stop 28's metadata-address patterns.
 */
import { diagnose } from '../../../../src/core/diagnose';

/** What a paste reads as: its top cause, or that nothing was detected. */
function reading(text: string): string {
  const d = diagnose(text, { now: new Date('2026-12-06T12:00:00Z') });
  return d.detected ? d.causes[0]!.id : 'nothing detected';
}

describe('a metadata address another cloud owns', () => {
  it.each([
    ['Google wrapped a line above the address', 'Note: Google::Cloud::Logging is disabled because it failed to authorize with the service.\n(Failed to open TCP connection to 169.254.169.254:80 (Host is down - connect(2) for "169.254.169.254" port 80)) Falling back to the default Rails logger.'],
    ['DigitalOcean named after the address', 'droplet-agent: Get metadata: dial tcp: connect ETIMEDOUT 169.254.169.254:80 (DigitalOcean)'],
    ['Google before the address then timed out', 'Google::Cloud::Logging failed: Connection to 169.254.169.254 timed out'],
    ['Azure on another line', 'Running on an Azure VM with managed identity\nError: connect ECONNREFUSED 169.254.169.254:80'],
    ['OpenStack on another line', 'openstack nova instance, cloud-init:\nurl_helper: Connection to 169.254.169.254 timed out'],
  ])('when %s, then nothing is detected', (_what, text) => {
    expect(reading(text)).toBe('nothing detected');
  });

  it.each([
    ['Node on EC2', 'Error: connect ETIMEDOUT 169.254.169.254:80\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)'],
    ['an SDK line timed out', 'Connection to 169.254.169.254 timed out while the AWS SDK fetched instance credentials'],
    ['a container runtime named OCI beside it', 'OCI runtime exec ok\nSeahorse::Client::NetworkingError: Failed to open TCP connection to 169.254.169.254:80 (execution expired)'],
  ])('when %s with no other cloud named, then the role credentials were not reached', (_what, text) => {
    expect(reading(text)).toBe('role-credentials-unavailable');
  });
});
