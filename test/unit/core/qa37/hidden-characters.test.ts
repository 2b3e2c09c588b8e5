/**
 * QA37 F8 (/work/wt/briefs/qa37-findings.md): a zero-width space or look-alike letter copied with the page, in no
 * credential, is no malformed credential; the chat does not say "in the pasted credentials" when none were pasted.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { step } from '../../../../src/core/conversation/engine';
import { rank } from '../../../../src/core/conversation/belief';
import type { CaseState } from '../../../../src/core/conversation/types';
import { T0 } from '../../../helpers/case-script';

const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const at = new Date(T0).toISOString();
function open(text: string): CaseState {
  const r = step(undefined, { kind: 'message', text, user: 'U01ALICE', at, addressed: true }, ctx);
  if (!r) throw new Error('no case');
  return r.state;
}

const TERRAFORM = 'Error: configuring Terraform AWS Provider: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 1a2b3c4d-0000-4000-8000-000000000000, api error InvalidClientTokenId: The security token included in the request is invalid.';

describe('QA37 F8: hidden characters outside any credential', () => {
  it.each([
    ['a zero-width space on an otherwise blank line', `${TERRAFORM}\n\u200b\n  with provider["registry.terraform.io/hashicorp/aws"],`],
    ['a zero-width space inside the error code', TERRAFORM.replace('InvalidClientTokenId', 'InvalidClient\u200bTokenId')],
    ['a Cyrillic letter in the message', TERRAFORM.replace('is invalid', 'is \u0456nvalid')],
  ])('when the paste holds %s, then it is listed but malformed-credentials is not put first', (_name, text) => {
    const d = diagnose(text);
    expect(d.detected).toBe(true);
    expect(d.facts.hiddenCharacters?.length).toBe(1);
    expect(d.facts.hiddenCharacters![0]!.inCredential).toBeUndefined();
    expect(d.causes[0]!.id).not.toBe('malformed-credentials');
    expect(JSON.stringify(d.causes)).not.toMatch(/invisible or look-alike/i);
  });

  it('when the chat opens on it, then no "hidden characters in the pasted credentials" is applied and malformed does not lead', () => {
    const s = open(`${TERRAFORM}\n\u200b\n  with provider["registry.terraform.io/hashicorp/aws"],`);
    expect(s.scoring!.applied.map((a) => a.id)).not.toContain('observe:hidden-characters');
    expect(rank(s.scoring!, s.rejected)[0]!.id).not.toBe('malformed-credentials');
  });

  it('when the zero-width space sits in the pasted key id, then it still counts in diagnose and in the chat', () => {
    const text = `AWS_ACCESS_KEY_ID=AKIAQ3EGRTZ5\u200bXK7MN2PB\n${TERRAFORM}`;
    const d = diagnose(text);
    expect(d.facts.hiddenCharacters![0]!.inCredential).toBe(true);
    expect(d.causes[0]!.id).toBe('malformed-credentials');
    expect(open(text).scoring!.applied.map((a) => a.id)).toContain('observe:hidden-characters');
  });
});
