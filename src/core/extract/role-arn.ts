/**
 * What a `role_arn` setting names when it is not a role. The shared config's `role_arn` is the ARN of the IAM role
 * to assume (/work/shared/docs/aws-domain.md, credential chain: "profile has `role_arn` (+ `source_profile` …)");
 * STS AssumeRole takes only a role. A user, group, policy, the account root or an assumed-role session ARN
 * (`arn:aws:sts::…:assumed-role/…`, what get-caller-identity prints) is a wrong value in the file: no session is
 * ever made, so it cannot have expired.
 */
const IAM_ARN = /^["']?arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:(iam|sts)::\d{12}:([a-z-]{2,20})\b/;

/** The kind an IAM/STS ARN names when it is not `role` ("user", "assumed-role", "root", …); undefined otherwise. */
export function notARole(value: string): string | undefined {
  const m = IAM_ARN.exec(value.trim());
  if (!m) return undefined;
  const kind = m[2]!;
  return kind === 'role' && m[1] === 'iam' ? undefined : kind;
}

export const ROLE_ARN_PATTERNS: RegExp[] = [IAM_ARN];
