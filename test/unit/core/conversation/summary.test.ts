/**
 * The summary reads as a postmortem: incident start from the pasted logs (paste time beside it),
 * what the team said fixed it, causes ruled out as ruled out, the verification evidence, who helped.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { Clock, T0, ofType, send } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';

function open(text: string): { state: CaseState; replies: Reply[] } {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString() }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r;
}
const section = (md: string, title: string) => {
  const from = md.indexOf(`### ${title}`);
  if (from < 0) return '';
  const next = md.indexOf('\n### ', from + 4);
  return md.slice(from, next < 0 ? undefined : next);
};

const CI_LOG = [
  '2026-11-22T08:12:40.1234567Z ##[group]Run aws s3 sync ./dist s3://example-bucket',
  '2026-11-22T08:12:44.9876543Z An error occurred (InvalidClientTokenId) when calling the ListObjectsV2 operation: The security token included in the request is invalid.',
  '2026-11-22T08:12:45.0000000Z ##[error]Process completed with exit code 1.',
].join('\n');

describe('postmortem-ready summary', () => {
  function worked(): string {
    const clock = new Clock();
    let r = open(CI_LOG);
    r = send(r.state, { paste: PASTES.configureListEnv }, clock, 'U02BOB');
    r = send(r.state, { kind: 'confirm-cause', causeId: 'key-deleted-or-inactive', user: 'U01ALICE', at: '' }, clock);
    r = send(r.state, { say: 'not this' }, clock, 'U02BOB');
    r = send(r.state, { kind: 'confirm-cause', causeId: 'env-var-override', user: 'U01ALICE', at: '' }, clock);
    r = send(r.state, { say: 'done' }, clock);
    r = send(r.state, { paste: PASTES.callerIdentity }, clock, 'U03CAROL');
    expect(r.state.phase).toBe('resolved');
    r = send(r.state, { kind: 'resolve', user: 'U01ALICE', at: '', note: 'removed the AWS_ACCESS_KEY_ID repository secret from the workflow env' }, clock);
    return ofType(r.replies, 'summary')[0]!.markdown;
  }

  it('when the pasted log has timestamps, then the incident starts at the earliest one, with the paste time beside it', () => {
    const md = worked();
    expect(md).toContain('**Incident start:** 2026-11-22T08:12:40.000Z (earliest timestamp in the pasted logs; pasted 2026-11-22T09:00:00.000Z by <@U01ALICE>)');
    expect(md).toMatch(/Time to resolution:\*\* 5\dm \(from the incident start\)/);
  });

  it('when a cause was ruled out, then it is listed under "Ruled out" with why, not under "What was done"', () => {
    const md = worked();
    expect(section(md, 'Ruled out')).toMatch(/`key-deleted-or-inactive`\): the team said not this cause/);
    expect(section(md, 'What was done')).not.toMatch(/key-deleted-or-inactive|ruled out|rejected/);
  });

  it('when the fix was verified, then the verification evidence is the caller identity, not claimed to be from the failing runtime unless known', () => {
    // The CI job failed on ListObjectsV2; nobody said where get-caller-identity ran (QA 34 F21).
    expect(section(worked(), 'Verification')).toMatch(/get-caller-identity` \(where it was run: not said to be the failing runtime\) returned `arn:aws:iam::123456789012:user\/alice`, account 123456789012/);
  });

  it('when the team said what fixed it, then the summary keeps their words; everyone who helped is named', () => {
    const md = worked();
    expect(section(md, 'What fixed it')).toContain('removed the AWS_ACCESS_KEY_ID repository secret from the workflow env');
    expect(section(md, 'Who helped')).toContain('<@U01ALICE>, <@U02BOB>, <@U03CAROL>');
  });

  it('when "X fixed it" is said, then the case resolves with that as what fixed it', () => {
    const r = send(open(PASTES.cliInvalidToken).state, { say: 'removing the old export from .bashrc fixed it' }, new Clock());
    expect(r.state.phase).toBe('resolved');
    expect(section(ofType(r.replies, 'summary')[0]!.markdown, 'What fixed it')).toContain('removing the old export from .bashrc fixed it');
  });

  it('when the pasted text has no timestamp, then the summary says the opening time is the paste time', () => {
    const r = send(open(PASTES.cliInvalidToken).state, { say: 'resolved' }, new Clock());
    const md = ofType(r.replies, 'summary')[0]!.markdown;
    expect(md).toContain('**Opened:** 2026-11-22T09:00:00.000Z by <@U01ALICE> (no timestamp in the pasted logs)');
    expect(section(md, 'Verification')).toMatch(/Not verified/);
  });
});
