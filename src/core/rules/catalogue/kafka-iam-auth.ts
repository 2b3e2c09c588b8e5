/**
 * aws-msk-iam-auth, the SASL mechanism (AWS_MSK_IAM, OAUTHBEARER) Kafka clients, Kafka Connect and MSK Connect load to
 * sign in to Amazon MSK with IAM: the client signs the handshake with the credentials its provider chain finds, and the
 * broker checks the signer's IAM policy (kafka-cluster:Connect and the topic actions).
 */
import type { CatalogueEntry } from './types';

const MSK_IAM = (path: string) => ({ repo: 'aws/aws-msk-iam-auth', path, ref: 'v2.3.6@3258f327b760' });

export const KAFKA_IAM_AUTH: CatalogueEntry[] = [
  {
    // IAMSaslClient: the callback found no credentials, so no handshake was signed (the SDK's own chain message follows
    // as the cause when the log keeps it).
    id: 'msk-iam.no-credentials',
    tool: 'aws-msk-iam-auth',
    wrapper: true,
    message: 'javax.security.sasl.SaslException: Failed to find AWS IAM Credentials [Caused by {provider error}]',
    re: /\bFailed to find AWS IAM Credentials\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.3, 'role-credentials-unavailable': 0.8, 'wrong-profile': 0.4 },
    source: MSK_IAM('src/main/java/software/amazon/msk/auth/iam/internals/IAMSaslClient.java'),
  },
  {
    // The broker's answer to a signed handshake it refused: the signer is known, its policy does not allow the cluster
    // (the README's "Finding out which identity is being used" starts from this error). Kafka prints it for any SASL
    // mechanism, so the IAM mechanism must be named too. The client logs it as the exception or as its NetworkClient
    // line (apache/kafka clients/src/main/java/org/apache/kafka/clients/NetworkClient.java @ a67b853a35f4,
    // processDisconnection: "Connection to node {} ({}) failed authentication due to: {}").
    id: 'msk-iam.access-denied',
    tool: 'aws-msk-iam-auth',
    wrapper: true,
    message: 'org.apache.kafka.common.errors.SaslAuthenticationException: [{id}] Access denied | Connection to node {n} ({address}) failed authentication due to: [{id}] Access denied',
    re: /\b(?:SaslAuthenticationException: |failed authentication due to: )(?:\[[\w-]{1,60}\]:? )?Access denied\b/,
    context: /AWS_MSK_IAM|IAMLoginModule|IAMClientCallbackHandler|aws-msk-iam-auth|kafka-cluster:/,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.4, 'wrong-profile': 0.6 },
    source: MSK_IAM('README.md (Troubleshooting: "You may receive an `Access denied` error")'),
  },
];
