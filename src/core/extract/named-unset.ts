/**
 * A variable an SDK names as *not* set: its credential-chain listing names every provider's variable to say it is
 * missing, and that shows neither the provider nor the platform that sets it (QA36 F4). The SDKs' own strings:
 * - aws-sdk-java-v2 WebIdentityTokenCredentialsProvider: "Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or
 *   the javaproperty aws.webIdentityTokenFile must be set." (catalogue sdk-jvm.ts);
 * - aws-sdk-java-v2 ContainerCredentialsProvider: "Cannot fetch credentials from container - neither
 *   AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set.";
 * - aws-sdk-js v2 RemoteCredentials: "Variable AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI
 *   must be set" (catalogue sdk-js.ts); and a plain "Environment variable AWS_WEB_IDENTITY_TOKEN_FILE not set".
 * Regex source, to follow the variable's name in a pattern: an "either"/"neither" before it in the same clause, or a
 * "must be set" / "not set" after it on its line (no comma or semicolon between: "X is set, Y is not set" keeps X).
 */
export const NAMED_UNSET = String.raw`(?<!\b(?:[Ee]ither|[Nn]either)\b[^\n,;]{0,80})(?![^\n,;]{0,100}?\b(?:must be (?:set|specified)|(?:is|are|was|were) not set|not set)\b)`;
