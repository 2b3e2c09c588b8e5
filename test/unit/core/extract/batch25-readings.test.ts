/**
 * Readings added after classifying the misses of batch 25's tuning half (SSO profiles read by tools that bundle an older
 * SDK, printed as error chains or cut log lines). The texts are written for the test in the shapes such pastes take (the
 * SDKs' messages quoted from their source), not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { leader, signals } from '../../../helpers/readings';

const NOW = new Date('2026-12-08T00:00:00Z');

describe("the Rust SDK's error chain for a profile it could not read", () => {
  // smithy-lang/smithy-rs aws-credential-types/src/provider/error.rs @ 2f44165bda56: CredentialsError::InvalidConfiguration
  // displays "the credentials provider was not properly configured"; a tool prints the chain's links one per line.
  const CHAIN = 'Error:   × failed to fetch lambda function\n  ├─▶ dispatch failure\n  ├─▶ other\n  ╰─▶ the credentials provider was not properly configured';

  it('when only the chain\'s head is shown, then it is detected and the empty chain leads', () => {
    const d = diagnose(CHAIN, { now: NOW });
    expect(d.detected).toBe(true);
    expect(leader(CHAIN).id).toBe('no-credentials-found');
  });

  it('when the profile name is a placeholder in angle brackets, then the missing-field message is still read', () => {
    // aws-config profile/credentials.rs ProfileFileError::missing_field, the name replaced by the reporter.
    const text = 'Error: ProfileFile provider could not be built: profile `<PROFILE_NAME>` was not defined: `sso_region` was missing';
    expect(signals(text)).toContain('cat.rust.profile-field-missing');
    expect(leader(text).id).toBe('no-credentials-found');
  });

  it('when a deploy tool failed to fetch a Lambda function, then the laptop is not read as running in Lambda', () => {
    expect(signals(CHAIN)).not.toContain('runtime.lambda');
    // Code that runs in a function still is.
    expect(signals('My Lambda function gets InvalidClientTokenId when it calls S3')).toContain('runtime.lambda');
  });
});

describe("the Go SDK's sso-session message cut at its colon", () => {
  // aws/aws-sdk-go aws/session/shared_config.go @ v1.55.6: "profile %q is configured to use SSO but is missing required
  // configuration: %s", the key list on the next line as a logger wrapped it.
  const CUT = 'ERRO[2026-07-01T20:24:31+01:00] profile "admin" is configured to use SSO but is missing required configuration:\nsso_region, sso_start_url  binary=nuke version=v0.31.2';

  it('when the key list stands on the next line, then the message is detected and read as the sso-session shape', () => {
    expect(diagnose(CUT, { now: NOW }).detected).toBe(true);
    expect(signals(CUT)).toEqual(expect.arrayContaining(['cat.go1.sso-session-unsupported', 'sso.session-unsupported']));
  });
});

describe('a reply in a thread addressed to someone by handle', () => {
  // A maintainer's reply opens with the handle it answers ("@user  If you are passing …"): the sentence after it is the
  // person's words all the same, and what it says of the session token is read.
  const ERROR = 'Fog::Compute::AWS::Error: AuthFailure\n\n';
  const REPLY = 'If you are passing aws_session_token option through the credentials file, which temporary security credentials require, then it is not passed on and we will fix that.';

  it('when the sentence opens with a handle, then it is read as prose like the same sentence without one', () => {
    expect(signals(`${ERROR}@someuser  ${REPLY}`)).toContain('hint.session-token');
    expect(leader(`${ERROR}@someuser  ${REPLY}`).id).toBe('missing-session-token');
  });
});
