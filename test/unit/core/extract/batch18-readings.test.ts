/**
 * Readings that came of batch 18's tuning misses (issue #10, s32-paste2), each quoting the thread it was read from.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { leader, signals as signalIds } from '../../../helpers/readings';

const top = (text: string): string => leader(text).id;

/** The tuning texts, by the thread each is quoted from. */
const PASTES = {
  // ClickHouse/ClickHouse#112603 (batch 18): a role_arn with no keys stripped, the request sent unsigned.
  clickhouse: "A query providing only a `role_arn` (no explicit keys) was rejected with `ACCESS_DENIED`, or silently stripped and sent unsigned so that S3 answered `403 AccessDenied`.",
  // lakekeeper/lakekeeper#1923 (batch 16): a key-less secret built from an empty vending entry.
  lakekeeper: 'For S3 warehouses, `region`, `endpoint`, `path-style-access` and the SSE-KMS properties were mirrored into the credential-refresh properties before the vending branch ran. That map is what every caller checks to decide whether to emit a `storage-credentials` entry, so warehouses that vend nothing — STS disabled, and not Cloudflare R2 or Alibaba Cloud OSS — still returned an entry scoped to the table prefix carrying no credential at all.\n\nClients that honour access delegation (DuckDB\'s iceberg extension requests it by default) build a key-less, prefix-scoped secret from that entry and then send unsigned requests for every file below the table prefix, which the storage rejects with 403 — while the credentials the client already had would have worked.',
  // lightdash/lightdash#24839 (batch 18): the key named by its masked prefix, one paragraph with the exception in it.
  lightdash: '`lightdash preview` and `lightdash deploy` silently dropped `aws_session_token` from a dbt Athena profile, so temporary AWS STS credentials (the `ASIA…` keys) reached AWS without their session token and were rejected with `[UnrecognizedClientException 400] The security token included in the request is invalid`. Athena users could not run preview/deploy with temporary credentials at all.',
};
const { clickhouse, lakekeeper, lightdash } = PASTES;

describe('requests told as sent unsigned (extract/unsigned-request.ts)', () => {
  it('when the requests went out unsigned and were refused, then no credentials found leads, not a permission', () => {
    expect({ read: [clickhouse, lakekeeper].map((t) => signalIds(t).includes('request.unsigned')), tops: [clickhouse, lakekeeper].map(top) }).toEqual({
      read: [true, true],
      tops: ['no-credentials-found', 'no-credentials-found'],
    });
  });

  it('when unsigned is a way out or a wish, then it is not read and the refusal stays a permission', () => {
    const wayOut = 'The presigned URLs expire after some time. Can just switch to unsigned urls since the storage bucket is now public. AccessDenied';
    const wish = 'I want to send unsigned requests to a public bucket. An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';
    const read = (text: string) => ({ unsigned: signalIds(text).includes('request.unsigned'), top: top(text) });
    const refused = { unsigned: false, top: 'authorization-not-authentication' };
    expect([wayOut, wish].map(read)).toEqual([refused, refused]);
  });

  // The review of s32-paste2 (finding 3): each of these flipped the refusal to no credentials found.
  it('when the sending is denied, asked, a condition or a policy rule, then it is not read and the refusal stays a permission', () => {
    const denied = 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';
    const told = [
      `The request is not sent unsigned, I checked the Authorization header. ${denied}`,
      `We never send unsigned requests. ${denied}`,
      `We stopped sending unsigned requests last year. ${denied}`,
      `Are the requests sent unsigned? I get ${denied}`,
      `Should I send it unsigned? ${denied}`,
      `If a request is sent unsigned, S3 answers 403. Mine is signed with my access key. ${denied}`,
      `Our bucket policy denies unsigned requests. ${denied}`,
      `Unsigned requests are denied by the bucket policy. ${denied}`,
    ];
    const read = (text: string) => ({ unsigned: signalIds(text).includes('request.unsigned'), top: top(text) });
    expect(told.map(read)).toEqual(told.map(() => ({ unsigned: false, top: 'authorization-not-authentication' })));
  });

  it('when a question asks why the requests go out unsigned, then it takes them as sent unsigned', () => {
    const why = 'Why are the requests sent unsigned? I set AWS_ACCESS_KEY_ID. An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';
    expect({ unsigned: signalIds(why).includes('request.unsigned'), top: top(why) }).toEqual({ unsigned: true, top: 'no-credentials-found' });
  });

  it('when nothing failed, then sending unsigned requests detects nothing by itself', () => {
    expect(diagnose('Our client can send unsigned requests for public datasets.').detected).toBe(false);
  });
});

describe('a masked ASIA key beside an unknown-key error (rules/causes/missing-session-token.ts)', () => {
  it('when the key is named by its ASIA prefix only, then the missing session token leads', () => {
    expect(top(lightdash)).toBe('missing-session-token');
  });

  it('when the masked key is AKIA, then the missing token is not lifted by it', () => {
    const akia = 'The keys (`AKIA…`) were rejected: An error occurred (UnrecognizedClientException) when calling the Query operation: The security token included in the request is invalid.';
    expect(top(akia)).not.toBe('missing-session-token');
  });
});
