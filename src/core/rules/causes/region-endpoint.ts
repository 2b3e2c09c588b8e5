import { AUTHN, con, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

export const regionEndpoint: CauseRule = {
  cause: 'region-endpoint',
  rules: [
    pro('region.disabled-or-missing', { any: ['fam.region'] }, 3.2, 'The error is about the region itself: STS disabled there, no region configured, or a bad credential scope.'),
    pro('region.opt-in', { all: ['region.opt-in'], any: ['fam.unknown-key', 'fam.authfailure'] }, 2.2, 'The region is an opt-in region ({detail}): until the account enables it, keys are rejected there.'),
    pro('region.global-token', { all: ['region.opt-in', 'endpoint.global-sts'] }, 0.8, 'Tokens from the global STS endpoint (v1) do not work in opt-in regions.'),
    // S3's InvalidToken in a Region the account has not enabled (/work/shared/docs/aws-domain.md §1 and the opt-in
    // Region notes: aws/aws-cli#8413 "accessing optional region"), where the paste does not name the Region.
    pro('region.token-invalid', { any: ['code.InvalidToken', 'msg.token-malformed'], none: ['region.opt-in'] }, 0.3, 'S3 also answers a request to a Region the account has not enabled with this token error.'),
    pro('region.hint', { all: ['hint.new-region', AUTHN] }, 1.2, 'The message mentions a new or opt-in region.'),
    // Amazon S3 User Guide, "Authenticating Requests (AWS Signature Version 4)": S3 in the regions opened since 2014
    // accepts only SigV4, and SigV2 is turned off; a client signing otherwise (or for another region) is refused with a
    // signature or missing-header error (CTFd/CTFd#1882, jschneier/django-storages#203: fixed with signature_version s3v4).
    pro('region.signing-version', { all: ['hint.signing-version', AUTHN] }, 1.2, 'The request signing version is involved ({detail}): S3 accepts only Signature Version 4 in newer regions, and a request signed otherwise, or for another region, is refused.'),
    // A signature refused in one region while the same keys work in another ("works fine in eu-west-1") or where the
    // reporter names the region: the secret is right and the request is signed for, or sent to, another region
    // (boto/boto3#2989: presigned URL without the bucket region; nodemailer/nodemailer-ses-transport#10).
    // Keys that work elsewhere rule the secret out, hence a weight near the signature rule's. Fires on 1 of the 445
    // tuning cases (batch 6): 2.0 is the least weight that puts it first in the conversation replay (1.5 left it second).
    pro('region.signature-talk', { all: ['hint.talk-region-endpoint', 'fam.signature'] }, 2.0, 'The message says the region matters ({detail}): a signature refused in one region with keys that work in another is signed for the wrong region.'),
    con('region.common-region', { all: ['fam.unknown-key'], none: ['region.opt-in', 'fam.region', 'hint.new-region', 'region.none-seen'] }, 0.2, 'The region seen is enabled by default.'),
  ],
};
