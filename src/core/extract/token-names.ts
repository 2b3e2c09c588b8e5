/**
 * The names a session token is given in what people paste: env and ini names (AWS_SESSION_TOKEN, the older
 * AWS_SECURITY_TOKEN, aws_session_token), the request header (X-Amz-Security-Token), and SDKs' and tools' own
 * argument names: `session_token = Sys.getenv('AWS_SESSION_TOKEN')` (cloudyr/aws.sqs#9), `session_token:` in YAML
 * (concourse/s3-resource#124), `sessionToken:`, `"SessionToken": "…"`, a logged `security_token: 15`
 * (jrl84/amazon-sp-api#57). One list for every reader that asks whether a token is set, null or shown:
 * extract/credential-source.ts (facts.sessionTokenPresent), extract/evidence-lines.ts (a null token in a config
 * dump) and conversation/paste-readings.ts (a token given a value next to the key).
 */
export const SESSION_TOKEN_NAMES = 'aws_session_token|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|X-Amz-Security-Token|session_token|sessionToken|SessionToken|security_token';
