import { diagnose } from '../../../src/core/diagnose';

/**
 * A credential chain's step logged below warning on the way to the next provider is not a failure (extract/chain-step.ts):
 * Velero's debug record "… trying shared config" was read as an empty chain. Only the chain's end, or a step at error
 * level, is one.
 */
const STEP = 'EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment, trying shared config';

describe('a credential chain step logged on the way', () => {
  it('when a logfmt record at debug level says it goes on to the shared config, then no failure is detected', () => {
    const text = `time="2026-11-02T09:14:07Z" level=debug msg="${STEP}" logSource="pkg/repository/config/aws.go:90"\ntime="2026-11-02T09:14:07Z" level=info msg="BackupStorageLocations is valid, marking as available" backup-storage-location=velero/default`;
    expect(diagnose(text).detected).toBe(false);
  });

  it('when the debug step is logged again and again (a controller retrying), then still no failure is detected', () => {
    const text = Array.from({ length: 8 }, (_, i) => `time="2026-11-02T09:1${i}:07Z" level=debug msg="${STEP}" logSource="pkg/repository/config/aws.go:90"`).join('\n');
    expect(diagnose(text).detected).toBe(false);
  });

  it('when a JSON record at info level says it falls back to the instance role, then no failure is detected', () => {
    const text = `{"level":"info","ts":1762074847.1,"msg":"${STEP.replace('trying shared config', 'falling back to the instance role')}"}`;
    expect(diagnose(text).detected).toBe(false);
  });

  it("when ClickHouse's trace record says it falls back to the next provider, then no failure is detected", () => {
    const text = `2026.11.02 09:14:07.123456 [ 1234 ] {} <Trace> S3CredentialsProviderChain: ${STEP.replace('trying shared config', 'falling back to the instance profile')}`;
    expect(diagnose(text).detected).toBe(false);
  });

  it('when the same record is logged at error level, then the empty chain is detected', () => {
    const text = `time="2026-11-02T09:14:07Z" level=error msg="EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment"`;
    expect(diagnose(text).detected).toBe(true);
  });

  it('when a debug step "… trying shared config" is followed by the same opening at error level, then the error is detected', () => {
    const text = `time="2026-11-02T09:14:07Z" level=debug msg="${STEP}"\ntime="2026-11-02T09:14:08Z" level=error msg="EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment"`;
    expect(diagnose(text).detected).toBe(true);
  });

  it('when a JSON info step is followed by the same opening in a JSON error record, then the error is detected', () => {
    const text = `{"level":"info","ts":1762074847.1,"msg":"${STEP}"}\n{"level":"error","ts":1762074848.1,"msg":"EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment"}`;
    expect(diagnose(text).detected).toBe(true);
  });

  it('when a plain DEBUG step is followed by a plain line with the same opening and no level, then it is detected', () => {
    const text = `2026-11-02 09:14:07 DEBUG ${STEP}\nEnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment`;
    expect(diagnose(text).detected).toBe(true);
  });

  it('when INFO is only part of the thread name of an ERROR record that says it will try IMDS, then it is detected', () => {
    const text = '2026-11-02 09:14:07.123 ERROR [INFO-worker-1] EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment, will try IMDS';
    expect(diagnose(text).detected).toBe(true);
  });

  it('when a debug record says the chain itself had no valid providers, then it is detected whatever follows', () => {
    const text = 'time="2026-11-02T09:14:07Z" level=debug msg="NoCredentialProviders: no valid providers in chain, trying shared config"';
    expect(diagnose(text).detected).toBe(true);
  });

  it('when a debug record says one source was empty and not that it goes on, then it still counts (a tool that logs only its steps)', () => {
    const text = '2026-04-27T16:07:00.530Z host.local DEBUG [com.grzm.awyeah.credentials:174] - Unable to fetch credentials from environment variables.\nnil';
    expect(diagnose(text).detected).toBe(true);
  });

  it('when a person writes that the tool falls back to the role, then the sentence is not read as a log step', () => {
    const text = 'The SDK reports NoCredentialProviders and then I see "Fallback to IAM role credentials" in our notes; the credentials are not found.';
    expect(diagnose(text).detected).toBe(true);
  });
  it('when a debug log holds many distinct steps (each record its own request id), then all are set aside together', () => {
    // Read in rounds of one step each, the fifth distinct step was still standing and the log read as a failure.
    const text = Array.from({ length: 12 }, (_, i) => `time="2026-11-02T09:14:${String(10 + i)}Z" level=debug msg="${STEP}" req=${i}`).join('\n');
    expect(diagnose(text).detected).toBe(false);
    expect(diagnose(`${text}\ntime="2026-11-02T09:15:00Z" level=error msg="NoCredentialProviders: no valid providers in chain"`).detected).toBe(true);
  });
});
