/**
 * The codes a text shows that are no credential failure of its own (a throttle, a missing bucket): the error the text is
 * about, so the readers of a failure told in words (prose-report.ts, role-source-wanted.ts) leave it alone. A
 * credential-chain name (SharedConfigAssumeRoleError, EC2MetadataError) and the class a refusal is raised as
 * (AmazonS3Exception, ClientError) are the failure's own, not another error.
 */
import { CREDENTIAL_WORDS } from './code-names';
import { isAuthCode, isCredentialClass, isServiceException } from './error-codes';

export const otherErrorCodes = (codes: readonly string[]): string[] =>
  codes.filter((c) => !isAuthCode(c) && !isServiceException(c) && !isCredentialClass(c) && !CREDENTIAL_WORDS.test(c));
