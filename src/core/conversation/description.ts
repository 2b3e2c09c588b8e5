/**
 * A description instead of an error: "our lambda can't authenticate", "keys work locally but not in
 * CI", "authenticating w/o sessionToken". When someone addresses awskey directly (the terminal chat,
 * `chat --jsonl`, an @mention, a DM) and talks about AWS credentials or authentication in prose,
 * awskey opens a case from the described-problem prior and asks its most informative question,
 * saying that it works from a description. Passive listening in a channel never does this: chat
 * without an error stays unanswered there.
 */
import { looksLikeProse } from '../extract/context-hints';

/** Words about credentials or authentication: enough on their own when awskey is addressed. */
const CREDENTIAL_TOPIC =
  /\bcredentials?\b|\bcreds\b|access[ _-]?keys?\b|secret[ _-]?(access[ _-]?)?keys?\b|session[ _-]?token|security[ _-]?token|\bsessionToken\b|\bauthenticat|\bauthori[sz]|\bsignature\b|\bsigv4\b|\biam (roles?|users?|polic(y|ies))\b|assume[ _-]?role|role[ _-]to[ _-]assume|\binstance profile\b|\bweb[ _-]identity\b|\bid-token\b|\boidc\b|\birsa\b|\bsso\b|\baws[ _-]?profiles?\b|\bAWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|PROFILE)\b|\b(AKIA|ASIA)\b|\baccess denied\b|\bunauthori[sz]ed\b|\bforbidden\b|\bpermissions?\b|\bmfa\b|\blog(ged)? ?in\b|\bsign(ed)? ?in\b|\bkubeconfig\b|\bget-caller-identity\b/i;
/** AWS named, next to words of trouble: "scout doesn't work in me-south-1 but aws cli works". */
const AWS_CONTEXT =
  /\baws\b|\bamazon\b|\biam\b|\bsts\b|\bboto3?\b|\bbotocore\b|\b(s3|ec2|ecs|eks|ecr|lambda|fargate|dynamodb|sqs|sns|kms|ssm|rds|cloudformation|cloudfront|route ?53|codebuild|cognito|cdk|sam|localstack)\b|amazonaws\.com/i;
const TROUBLE =
  /\b(fail(s|ed|ing|ure)?|errors?|exception|broken|invalid|denied|rejected|refused|unable|not ok|not working|stopped working|no longer|wrong|problem|issue)\b|\b(doesn'?t|does not|don'?t|can'?t|cannot|won'?t|isn'?t|not)\b.{0,30}\b(work|connect|authenticate|find|load|deploy|access|pick)/i;
const MIN_WORDS = 3;

/** True when the text talks about an AWS credential or authentication problem (in words, not an error). */
export function describesCredentialProblem(text: string): boolean {
  const t = text.slice(0, 4000);
  if (t.trim().split(/\s+/).length < MIN_WORDS) return false;
  return CREDENTIAL_TOPIC.test(t) || (AWS_CONTEXT.test(t) && TROUBLE.test(t));
}

/** At most this many prose sentences of a description or paste are read for statements. */
const MAX_SENTENCES = 30;

/**
 * The sentences a person wrote (not tool output, code or config) in a text: what the interpreter may
 * read statements of fact from. Lines are split into sentences and contrasts, so "it works from my
 * laptop, but the CI job fails" states two things.
 */
export function proseSentences(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    if (out.length >= MAX_SENTENCES) break;
    // Inline code is part of a sentence ("`aws-actions/configure-aws-credentials` is using `role-to-assume`").
    const line = raw.replace(/`([^`\n]{1,80})`/g, '$1');
    if (!looksLikeProse(line)) continue;
    // Sentences, and the two sides of a contrast ("kubectl works just fine, but the extension fails").
    for (const s of line.split(/(?<=[.!?;])\s+|,\s+(?=(?:but|however|whereas|while)\b)/)) if (s.trim().length > 0 && out.length < MAX_SENTENCES) out.push(s.trim());
  }
  return out;
}
