/**
 * QA36's ranking and reading findings (F5, F15): each case is the finding's own input
 * (/work/wt/briefs/qa36-findings.md), read by diagnose as the conversation's belief reads a case's evidence (every text
 * joined).
 */
import { diagnose } from '../../../../src/core/diagnose';

const top = (text: string, n = 3) => diagnose(text).causes.slice(0, n).map((c) => c.id);

describe('QA36 F15: a request never sent', () => {
  const opening = 'goose desktop bedrock chat fails, model list loads fine:\nFailed to call Bedrock: Unhandled(DispatchFailure)\nCredentialsNotLoaded { source: Some("no providers in chain provided credentials") })';
  it('when the reporter says "no access keys", then that is no refusal: authorization stays out of the ranking', () => {
    const text = `${opening}\nim only using the bedrock api key AWS_BEARER_TOKEN_BEDROCK, no ~/.aws at all, no access keys\noh the settings page forces AWS_PROFILE=default, cant clear it`;
    expect(top(text)).not.toContain('authorization-not-authentication');
    expect(top(text, 2)).toEqual(['no-credentials-found', 'wrong-profile']);
  });
  it('when AWS_PROFILE=default, ends a clause, then the profile read keeps no comma', () => {
    expect(diagnose(`${opening}\noh the settings page forces AWS_PROFILE=default, cant clear it`).facts.profile).toBe('default');
  });
});
describe('QA36 F5: env keys and AWS_PROFILE in one environment, denied as the keys\' user', () => {
  // getsops/sops#619 (b21 tuning thread), typed as in the finding; the key and secret are AWS's documentation examples.
  const text = [
    'sops decrypt fails:',
    'Error decrypting key: AccessDeniedException: User: arn:aws:iam::111122223333:user/deploy-bot is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action',
    '$ env | grep AWS',
    'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
    'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AWS_PROFILE=testing',
    'AWS_SDK_LOAD_CONFIG=1',
  ].join('\n');
  it('when the env dump shows both, then env-var-override is in the top three', () => {
    expect(top(text)).toContain('env-var-override');
  });
});
