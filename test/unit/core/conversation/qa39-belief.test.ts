/**
 * QA stop 39 findings on what pastes and answers mean for the ranking (qa39-findings.md F2, F8, F9), each replayed with
 * the finding's own messages through the conversation as `chat` does.
 */
import { rank } from '../../../../src/core/conversation/belief';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import type { CauseId } from '../../../../src/core/taxonomy';
import { typed } from '../../../helpers/typed-case';

const ranking = (s: CaseState) => rank(s.scoring!, s.rejected);
const leader = (s: CaseState): CauseId => ranking(s)[0]!.id;
const fixShown = (replies: Reply[]) => replies.find((r) => r.type === 'remediation');

describe('QA39 F2: Go v2\'s "no EC2 IMDS role found" on a laptop is the end of an empty chain, not a role to attach', () => {
  // aws/aws-sdk-go-v2#1897: the reporter ran it on a mac with AWS_PROFILE set; the node SDK worked with the same profile.
  const paste = [
    'hello world',
    'panic: operation error S3: ListBuckets, failed to sign request: failed to retrieve credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded',
    '',
    'goroutine 1 [running]:',
    'main.main()',
    '\t/Users/yves/Projects/test/repro.go:27 +0x2a8',
    'exit status 2',
  ].join('\n');
  const mac = 'I run it on my mac, passing the profile as an env variable AWS_PROFILE=myprofile go run repro.go. it works with the node sdk and same profile';
  it('when the paste is the first message, then the EC2 role fix is not shown and the role does not lead', () => {
    const r = typed([paste]);
    expect(fixShown(r.replies)).toBeUndefined();
    expect(leader(r.state)).not.toBe('role-credentials-unavailable');
  });
  it('when the team says it runs on a mac with a profile that works elsewhere, then the role stays behind', () => {
    const s = typed([paste, mac]).state;
    expect(leader(s)).not.toBe('role-credentials-unavailable');
    expect(ranking(s).slice(0, 3).map((c) => c.id)).toEqual(expect.arrayContaining(['no-credentials-found', 'wrong-profile']));
  });
});

const UNKNOWN_KEY = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const CONFIGURE_LIST = ['      Name                    Value             Type    Location', '      ----                    -----             ----    --------', '   profile                <not set>             None    None',
  'access_key     ****************WXYZ shared-credentials-file    ', 'secret_key     ****************abcd shared-credentials-file    ', '    region                us-east-1      config-file    ~/.aws/config'].join('\n');

describe('QA39 F9: "I misread" takes back the whole last answer, the key prefix given with the words too', () => {
  const misread = "wait no, sorry, it's not sso - I misread. the key is in ~/.aws/credentials from an old IAM user, we deleted that user last month";
  it('when "2, it\'s sso" is corrected by "not sso - I misread" and a key of an old IAM user, then the ASIA answer is withdrawn and its fix not shown again', () => {
    const r = typed([UNKNOWN_KEY, "2, it's sso", CONFIGURE_LIST, misread]);
    const overruled = r.state.scoring!.applied.filter((a) => a.overruled).map((a) => a.id);
    expect(overruled).toEqual(expect.arrayContaining(['answer:key-prefix=asia', 'statement:sign-in=sso']));
    expect(r.state.scoring!.implied.keyKind).toBe('long-term');
    expect(leader(r.state)).not.toBe('missing-session-token');
    const fix = fixShown(r.replies);
    expect(fix?.type === 'remediation' && fix.causeId).not.toBe('missing-session-token');
  });
  it('when only one choice is corrected ("sorry, wrong, it starts with AKIA"), then the other words of that answer stand', () => {
    const s = typed([UNKNOWN_KEY, "2, it's sso", 'sorry, it starts with AKIA, not ASIA']).state;
    expect(s.scoring!.applied.filter((a) => !a.overruled).map((a) => a.id)).toContain('statement:sign-in=sso');
  });
});

describe('QA39 F8: the team saying this key or its IAM user was deleted is close to decisive beside an unknown key', () => {
  it.each([
    'we deleted the key last month',
    'we deleted that user last month',
    'the IAM user was removed when bob left',
    'that user no longer exists in IAM',
  ])('when "%s" is said after AKIA, then the deleted key leads clearly and its fix is shown', (words) => {
    const r = typed([UNKNOWN_KEY, '1', words]);
    const [first, second] = ranking(r.state);
    expect(first!.id).toBe('key-deleted-or-inactive');
    expect(first!.score).toBeGreaterThan(2 * second!.score);
    const fix = fixShown(r.replies);
    expect(fix?.type === 'remediation' && fix.causeId).toBe('key-deleted-or-inactive');
  });
  it.each([
    'did we delete the key?',
    'nobody deleted the key',
    'we deleted the old key and created a new one',
    'I removed the key from ~/.aws/credentials',
  ])('when "%s" is said, then it is no statement that this key was deleted', (words) => {
    const s = typed([UNKNOWN_KEY, '1', words]).state;
    expect(s.scoring!.applied.map((a) => a.id)).not.toContain('statement:key-or-user-deleted');
  });
});

describe('QA39 F9: "I misread" alone takes back every choice of the last answer', () => {
  it('when "2, it\'s sso" is followed by "sorry, I misread the question", then neither ASIA nor SSO stands', () => {
    const s = typed([UNKNOWN_KEY, "2, it's sso", 'sorry, I misread the question']).state;
    const standing = s.scoring!.applied.filter((a) => !a.overruled).map((a) => a.id);
    expect(standing).not.toContain('answer:key-prefix=asia');
    expect(standing).not.toContain('statement:sign-in=sso');
    expect(s.scoring!.implied.keyKind).toBeUndefined();
  });
});
