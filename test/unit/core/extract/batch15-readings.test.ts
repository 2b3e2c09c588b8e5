/**
 * Readings that came of batch 15's tuning misses and false positives (issue #10), each quoting the thread or the source
 * it was read from.
 */
import { diagnose } from '../../../../src/core/diagnose';
import type { Signal } from '../../../../src/core/extract/types';

function signalIds(text: string): string[] {
  let ids: string[] = [];
  diagnose(text, { onSignals: (s: readonly Signal[]) => { ids = s.map((x) => x.id); } });
  return ids;
}

describe('an EC2 instance profile is no named profile (extract/context-hints.ts hint.profile)', () => {
  // cognitect-labs/aws-api#243 (batch 15): the instance's role, asked through IMDSv1 only.
  const text = 'Amazon Linux 2023 does not allow use of IMDSv1 but rather requires use of IMDSv2. `cognitect.aws.ec2-metadata-utils` only allows use of v1. This means aws-api cannot authenticate with Instance Profile Credentials (number 6 in the credential provider chain, as of this writing).';

  it('when the text names the instance profile only, then no profile hint is read and the role leads', () => {
    expect({ hint: signalIds(text).includes('hint.profile'), top: diagnose(text).causes[0]!.id }).toEqual({ hint: false, top: 'role-credentials-unavailable' });
  });

  it('when a profile of the shared files is named beside it, then the profile hint still stands', () => {
    expect(signalIds(`${text}\nLocally I use the dev profile from ~/.aws/config.`)).toContain('hint.profile');
    expect(signalIds('The instance-profile works, but --profile dev fails with InvalidClientTokenId')).toContain('hint.profile');
  });
});

describe("Airlift's unused configuration property (extract/config-property-errors.ts)", () => {
  // bitsondatadev/trino-getting-started#58 (batch 15): Trino no longer reads the legacy hive.s3.* properties.
  const text = ") Error: Configuration property 'hive.s3.aws-access-key' was not used\n\n2) Error: Configuration property 'hive.s3.aws-secret-key' was not used\n\n3) Error: Configuration property 'hive.s3.endpoint' was not used\n\n4) Error: Configuration property 'hive.s3.path-style-access' was not used\n\n5) Error: Configuration property 'hive.s3.region' was not used";

  it('when the error refuses a setting by its name, then no credential failure is detected', () => {
    expect(diagnose(text).detected).toBe(false);
  });

  it("when the setting's value form is printed (airlift Bootstrap.java: '%s=%s'), then it is still the configuration's error", () => {
    expect(diagnose("1) Error: Configuration property 'hive.s3.aws-access-key=minio' was not used").detected).toBe(false);
  });

  it('when another error line of the same paste says the credentials fail, then that line is still read', () => {
    expect(diagnose(`${text}\nError: failed to load AWS credentials for the hive catalog`).detected).toBe(true);
  });
});

describe('a role profile that asks for an MFA code (extract/credential-source.ts config.mfa-serial)', () => {
  // karl-cardenas-coding/go-lambda-cleanup#73 (batch 9): the tool gave the SDK no MFA prompt.
  const text = 'If a user runs the program using a profile with an MFA serial, the program exits with the following error:\n\n```\n$ glc clean -i -r us-east-1 -p marcus -c 5 -d\nINFO[03/23/23] The AWS Profile flag "marcus" was passed in\nINFO[03/23/23] ******** DRY RUN MODE ENABLED ********\nFATA[03/23/23] ERROR ESTABLISHING AWS SESSION\n```\n\n1. Configure a profile with an MFA serial, like so:\n```\n[profile_name]\nrole_arn=arn:aws:iam::...\nsource_profile=default\nmfa_serial=arn:aws:iam::...:mfa/...\nregion=us-east-1\n```';

  it('when the pasted role profile has mfa_serial and no error of its own kind, then the role not assumed leads', () => {
    expect(diagnose(text).causes[0]!.id).toBe('role-credentials-unavailable');
  });

  it('when AWS answers that the session token expired, then the expiry still leads', () => {
    expect(diagnose(`${text}\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired`).causes[0]!.id).toBe('temporary-credentials-expired');
  });

  it('when mfa_serial sits in a profile of plain keys (no role), then no MFA role is read', () => {
    // aws/aws-toolkit-jetbrains#2324 (batch 15).
    const keys = "I've configured my `.aws/credentials` files as:\n```\n[default]\naws_access_key_id =  XXX\naws_secret_access_key =  XXX\nmfa_serial = arn:aws:iam::XXX:mfa/MyUser\n```";
    expect(signalIds(keys)).toEqual(expect.arrayContaining(['config.mfa-serial']));
    expect(signalIds(keys)).not.toContain('config.assume-role');
  });
});
