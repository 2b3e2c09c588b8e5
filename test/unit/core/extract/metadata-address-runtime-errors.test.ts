/**
 * The metadata service's address after the runtime's own connection-failure words (src/core/extract/messages.ts): Ruby's
 * Net::HTTP, Node's net errors and curl put the failure before the address, the SDKs' own lines after it. Google's and
 * Azure's metadata servers answer at the same address, so a line naming them is not ours.
 */
import { diagnose } from '../../../../src/core/diagnose';

/** What a paste reads as: its top cause, or that nothing was detected. */
function reading(text: string): string {
  const d = diagnose(text, { now: new Date('2026-12-06T12:00:00Z') });
  return d.detected ? d.causes[0]!.id : 'nothing detected';
}

const PASTES = {
  rubyNetHttp: 'Seahorse::Client::NetworkingError: Failed to open TCP connection to 169.254.169.254:80 (execution expired)',
  nodeNet: 'Error: connect ETIMEDOUT 169.254.169.254:80\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
  curl: "curl: (7) Failed to connect to 169.254.169.254 port 80 after 3 ms: Couldn't connect to server",
  ecsEndpoint: 'Error: connect ECONNREFUSED 169.254.170.2:80',
  googleRailsLogger: 'Note: Google::Cloud::Logging is disabled because it failed to authorize with the service. (Failed to open TCP connection to 169.254.169.254:80 (Host is down - connect(2) for "169.254.169.254" port 80)) Falling back to the default Rails logger.',
  gceToken: 'Error: connect ETIMEDOUT 169.254.169.254:80 while fetching the GCE metadata token for google-auth-library',
  otherAddress: 'Error: connect ETIMEDOUT 10.0.0.5:443',
};

describe('the metadata address after the runtime failure words', () => {
  it("when each runtime's failure to reach the address is pasted, then AWS's is the role credentials not reached and the other clouds' and hosts' are nothing", () => {
    const read = Object.fromEntries(Object.entries(PASTES).map(([name, text]) => [name, reading(text)]));
    expect(read).toEqual({
      rubyNetHttp: 'role-credentials-unavailable',
      nodeNet: 'role-credentials-unavailable',
      curl: 'role-credentials-unavailable',
      ecsEndpoint: 'role-credentials-unavailable',
      googleRailsLogger: 'nothing detected',
      gceToken: 'nothing detected',
      otherAddress: 'nothing detected',
    });
  });
});
