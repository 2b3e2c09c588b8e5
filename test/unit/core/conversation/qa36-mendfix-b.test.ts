/**
 * QA36's findings read in the conversation (/work/wt/briefs/qa36-findings.md F6, F24): the finding's own messages, typed
 * one by one, as `chat` does.
 */
import { rank } from '../../../../src/core/conversation/belief';
import type { CaseState } from '../../../../src/core/conversation/types';
import { applied, typed } from '../../../helpers/typed-case';

const run = (texts: string[]): CaseState => typed(texts).state;

describe('QA36 F24: a session token said present, in any phase', () => {
  const opening = 'pcluster update died on cloud9 again:\nERROR: Failed when retrieving cluster config version from DynamoDB with error An error occurred (UnrecognizedClientException) when calling the GetItem operation: The security token included in the request is invalid';
  it('when the credentials file is said to hold a session token after the fix is shown, then it counts as a token set', () => {
    const s = run([opening, 'ASIA', 'its cloud9, ~/.aws/credentials is the managed one with a session token, says do not modify']);
    expect(applied(s)).toContain('statement:session-token=yes');
    expect(applied(s)).toContain('fact:token-present');
  });
});

describe('QA36 F6: works for hours after a restart, then denied', () => {
  // rancher/rke2#8119 (b21 tuning paste): the journal lines, then the reply.
  const journal = [
    'May 19 21:39:04 ip-172-23-107-23 rke2[159074]: time="2025-05-19T21:39:04Z" level=info msg="Reusing cached S3 client for endpoint=\\"https://s3.eu-central-1.amazonaws.com\\" bucket=\\"etcd-backups\\" folder=\\"etcd\\""',
    'May 19 21:39:04 ip-172-23-107-23 rke2[159074]: time="2025-05-19T21:39:04Z" level=info msg="Uploading snapshot to s3://etcd-backups/etcd/etcd-snapshot-1"',
    'May 19 21:39:05 ip-172-23-107-23 rke2[159074]: time="2025-05-19T21:39:05Z" level=warning msg="Failed to upload snapshot metadata to S3: Access Denied"',
  ].join('\n');
  const reply = 'its rke2 on ec2, instance profile, no keys in the config. works for a couple hours after restarting rke2-server then access denied again';
  it('when the reply says so, then the expired session enters the top three and "works for hours" is no "works elsewhere"', () => {
    const s = run([journal, reply]);
    expect(rank(s.scoring!, s.rejected).slice(0, 3).map((c) => c.id)).toContain('temporary-credentials-expired');
    expect(applied(s)).toContain('statement:credentials-lapse');
    expect(applied(s)).not.toContain('statement:works-elsewhere=yes');
  });
});
