/**
 * `aws sso login` named as how a team signs in is the sign-in method, not a fresh login that made the failure go away:
 * every SSO user runs it (AWS CLI User Guide, "Configuring IAM Identity Center authentication with the AWS CLI"), so
 * its name alone tells nothing of a session that ran out. In the detected tuning cases where the command's name was
 * the only relogin words, 1 of 11 was resolved as an expired session (trek10inc/awsume#192, whose fam.sso decides
 * alone). The first sentence is segmentio/chamber#303's (tuning batch 21, resolved as no credentials found: the
 * tool's SDK did not read SSO profiles); the error line is aws-sdk-go v1's chain failure as that thread quotes it.
 */
import { diagnose } from '../../../../src/core/diagnose';

const CHAIN = 'Error: Failed to list store contents: NoCredentialProviders: no valid providers in chain. Deprecated.';

const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(`${text}\n${CHAIN}`, { onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('the SSO sign-in command named', () => {
  it('when a team says it signs in with `aws sso login`, then no relogin is read', () => {
    expect(signals('We recently moved from hardcoded IAM accounts to AWS SSO, using `aws sso login`.')).not.toContain('hint.relogin');
  });

  it('when the same paste says logging in again made it work, then the relogin is read', () => {
    expect(signals('We use AWS SSO. After I re-login it works for an hour.')).toContain('hint.relogin');
  });

  it('when the chain found nothing and the team signs in with SSO, then no credentials found leads, not an expired session', () => {
    const config = '[profile test-engineer]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = Engineer';
    const d = diagnose(`We recently moved from hardcoded IAM accounts to AWS SSO, using \`aws sso login\`.\n${config}\n$ AWS_PROFILE=test-engineer chamber list airflow\n${CHAIN}`);
    expect(d.causes[0]!.id).toBe('no-credentials-found');
  });
});
