/**
 * A choice said unasked in a description is weighed by its own factors (src/core/knowledge/said-effects.ts): an
 * environment-variable sign-in said in a description does not raise the environment override as an answer would.
 */
import { step } from '../../../../src/core/conversation/engine';
import { saidEffects } from '../../../../src/core/knowledge/said-effects';
import { T0 } from '../../../helpers/case-script';

const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };

describe('a choice said unasked', () => {
  it('when the env sign-in is said, then the environment override is not raised and a misnamed credential is', () => {
    expect(saidEffects('sign-in', 'env', { 'env-var-override': 2.5, 'missing-session-token': 1.5 })).toEqual({ 'env-var-override': 1, 'missing-session-token': 1.5, 'malformed-credentials': 2 });
  });

  it('when the same words say the environment holds other keys, then the said env keeps its answer effects', () => {
    expect(saidEffects('sign-in', 'env', { 'env-var-override': 2.5 }, ['env-has-keys'])).toEqual({ 'env-var-override': 2.5 });
  });

  it('when another choice is said, then its effects are kept', () => {
    expect(saidEffects('sign-in', 'file', { 'wrong-profile': 2 })).toEqual({ 'wrong-profile': 2 });
  });

  it('when a reply after a pasted error says the keys are exported, then it is weighed as the env answer, not as said in an opening', () => {
    // Review of s28-conv2: the factors were fitted on openings only.
    const paste = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    const r = step(undefined, { kind: 'paste', text: paste, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, ctx)!;
    const later = { ...ctx, now: new Date(T0 + 60_000) };
    const text = 'fwiw on this box I export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in my .bashrc';
    const r2 = step(r.state, { kind: 'message', text, user: 'U01ALICE', at: later.now.toISOString() }, later)!;
    const env = r2.state.scoring!.applied.find((a) => a.id === 'statement:sign-in=env')!;
    expect(env.effects['env-var-override']).toBeGreaterThan(1);
    expect(r2.state.causes.slice(0, 3).map((c) => c.id)).toContain('env-var-override');
    expect(r2.state.causes.slice(0, 3).map((c) => c.id)).not.toContain('malformed-credentials');
  });

  it('when a description says the application expects the variable and a wrong one is used, then a malformed credential leads', () => {
    // https://github.com/Aiven-Open/tiered-storage-for-apache-kafka/pull/675 (batch 13), as the author wrote it.
    const text = 'This fixes how the Secrets variable is passed to the aws S3 demo \n\nResolves: #674\nWhy this way\nTha application is expecting AWS_SECRET_ACCESS_KEY as a environment variable and it is being used a wrong one';
    const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, ctx);
    expect(r!.state.causes[0]!.id).toBe('malformed-credentials');
  });
});
