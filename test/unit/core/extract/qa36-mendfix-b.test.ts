/**
 * QA36's ranking and reading findings (F4, F5, F6, F15, F22, F23, F24): each case is the finding's own input
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
