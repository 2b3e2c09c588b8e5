import { AUTHN, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

/** Nothing was sent to be refused: the chain found no credentials, or the person says none were ever configured. */
const EMPTY_CHAIN = ['fam.no-creds', 'hint.never-configured'];

export const wrongAccountOrPartition: CauseRule = {
  cause: 'wrong-account-or-partition',
  rules: [
    pro('wrong-account.mock-key', { all: ['key.kind.mock', AUTHN] }, 2.6, 'The access key id is a mock value ({detail}), valid only in LocalStack or a mock, not in AWS.'),
    pro('wrong-account.mock-key-alone', { all: ['key.kind.mock'], none: [AUTHN] }, 0.8, 'The access key id is a mock value ({detail}).'),
    // LocalStack points at the wrong account when a key was sent and refused; with an empty chain (nothing configured,
    // which LocalStack clients still need, gchq/sleeper#1286) the LocalStack mention says nothing about the account.
    pro('wrong-account.localstack-endpoint', { all: ['endpoint.localstack'], none: EMPTY_CHAIN }, 1.6, 'A LocalStack endpoint is involved ({detail}).'),
    pro('wrong-account.localstack-account', { all: ['account.localstack'] }, 1.6, 'Account 000000000000 is LocalStack\'s default account.'),
    pro('wrong-account.localstack-key', { all: ['key.kind.localstack', AUTHN] }, 2.6, 'The key was issued by LocalStack (LKIA/LSIA) and AWS does not know it.'),
    pro('wrong-account.partition-region', { all: ['region.partition-other', 'fam.unknown-key'] }, 2.4, 'The region is in another partition ({detail}); keys from one partition are unknown in another.'),
    pro('wrong-account.partition-arn', { all: ['arn.partition-other', 'fam.unknown-key'] }, 1.6, 'An ARN from another partition appears ({detail}).'),
    pro('wrong-account.account-mismatch', { all: ['key.account-mismatch', AUTHN] }, 1.8, 'The key id encodes another account than the one in the ARNs ({detail}).'),
    pro('wrong-account.expected-account', { all: ['msg.account-mismatch'] }, 3.0, 'The credentials belong to an account that was not expected.'),
    pro('wrong-account.localstack-dummy-key', { all: ['key.localstack-dummy', AUTHN] }, 2.4, 'The key id is a made-up LocalStack/mock value ({detail}) that AWS does not know.'),
    pro('wrong-account.localstack-real-endpoint', { all: ['localstack.real-endpoint', AUTHN] }, 2.6, 'LocalStack is meant, but the request went to a real AWS endpoint ({detail}): the endpoint override was not applied.'),
    pro('wrong-account.hint-localstack', { all: [AUTHN], any: ['hint.localstack', 'hint.localstack-wrapper'], none: EMPTY_CHAIN }, 1.0, 'The message mentions LocalStack, one of its wrappers or a mock ({detail}).'),
    pro('wrong-account.hint-endpoint', { all: ['hint.other-endpoint', AUTHN] }, 1.0, 'The message mentions an S3-compatible store or an endpoint override: keys valid there are unknown to AWS, and the other way round.'),
    pro('wrong-account.hint-partition', { all: ['hint.partition', AUTHN] }, 1.0, 'The message mentions GovCloud or China.'),
    pro('wrong-account.identity-unexpected', { all: ['identity.account-unexpected'] }, 0.9, 'The credentials resolve to another account than intended ({detail}).'),
    // A denial: credentials of another account authenticate, and are denied this account's resources.
    pro('wrong-account.denied-identity', { all: ['fam.authz'], none: [AUTHN] }, 0.3, 'The caller was authenticated: credentials for another account than the resource\'s are valid there and denied here.'),
    pro('wrong-account.endpoint-url', { all: ['env.endpoint-url', AUTHN] }, 0.5, 'AWS_ENDPOINT_URL redirects calls ({detail}).'),
  ],
};
