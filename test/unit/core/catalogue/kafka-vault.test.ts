import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

const MSK_IAM = (path: string) => `aws/aws-msk-iam-auth ${path} @ v2.3.6@3258f327b760`;
const VAULT = 'hashicorp/vault builtin/credential/aws/path_login.go @ 4ecbe6f2dc6b';

checkFamily('kafka-iam-auth', [
  {
    id: 'msk-iam.no-credentials',
    from: MSK_IAM('src/main/java/software/amazon/msk/auth/iam/internals/IAMSaslClient.java'),
    text: '[2024-03-01 10:00:00,000] ERROR [Producer clientId=producer-1] Connection to node -1 (b-1.mycluster.abc123.c2.kafka.us-east-1.amazonaws.com/10.0.0.1:9098) failed authentication due to: An error: (java.security.PrivilegedActionException: javax.security.sasl.SaslException: Failed to find AWS IAM Credentials) occurred when evaluating SASL token received from the Kafka Broker. Kafka Client will go to AUTHENTICATION_FAILED state.',
  },
  {
    id: 'msk-iam.access-denied',
    from: MSK_IAM('README.md (Troubleshooting: "You may receive an `Access denied` error")'),
    text: 'security.protocol=SASL_SSL\nsasl.mechanism=AWS_MSK_IAM\nsasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required;\n\norg.apache.kafka.common.errors.SaslAuthenticationException: [c0a80101-6f1e-4a2b-9d3c-1e2f3a4b5c6d] Access denied',
  },
]);

checkFamily('vault', [
  {
    // hvac's iam_login signs for us-east-1 by default; a server calling a regional STS endpoint refuses the scope.
    id: 'vault.sts-upstream',
    from: VAULT,
    text: 'hvac.exceptions.InvalidRequest: error making upstream request: received error code 403 from STS: <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>SignatureDoesNotMatch</Code>\n    <Message>Credential should be scoped to a valid region. </Message>\n  </Error>\n  <RequestId>84b47cd7-fc7b-442f-b75b-309b93d2b2ee</RequestId>\n</ErrorResponse>\n, on post http://vault.example.internal:8200/v1/auth/aws/login',
    code: 'SignatureDoesNotMatch',
  },
  {
    id: 'vault.principal-not-bound',
    from: VAULT,
    text: '$ vault login -method=aws role=app-role\nError authenticating: Error making API request.\n\nURL: PUT https://vault.example.internal:8200/v1/auth/aws/login\nCode: 400. Errors:\n\n* IAM Principal "arn:aws:sts::123456789012:assumed-role/ci-runner/i-0abc123def4567890" does not belong to the role "app-role"',
  },
]);

describe('aws-msk-iam-auth: the broker refusal as the Kafka client logs it', () => {
  const NOW = new Date('2026-12-05T10:00:00Z');

  it("when the consumer's NetworkClient line carries the refusal (apache/kafka NetworkClient.java @ a67b853a35f4), then it reads as MSK's IAM authorization", () => {
    const d = diagnose(
      '[2024-01-01 00:00:00,000] ERROR [Consumer clientId=consumer-1, groupId=orders] Connection to node -1 (b-2.mycluster.abc123.c2.kafka.us-east-1.amazonaws.com/10.0.0.2:9098) failed authentication due to: [a1b2c3d4-e5f6-7890-abcd-ef0123456789] Access denied (org.apache.kafka.clients.NetworkClient)\nsasl.mechanism = AWS_MSK_IAM',
      { now: NOW },
    );
    expect({ detected: d.detected, tool: d.facts.tool, top: d.causes[0]!.id }).toEqual({ detected: true, tool: 'aws-msk-iam-auth', top: 'authorization-not-authentication' });
  });

  it("when the broker says \"Too many connects\" (throttling), then no credential failure is read", () => {
    const d = diagnose('org.apache.kafka.common.errors.SaslAuthenticationException: [a1b2c3d4-e5f6-7890-abcd-ef0123456789]: Too many connects\nsasl.mechanism = AWS_MSK_IAM', { now: NOW });
    expect(d.detected).toBe(false);
  });

  it('when another SASL mechanism is refused with the same words, then the IAM entry does not fire', () => {
    const d = diagnose('sasl.mechanism = SCRAM-SHA-512\norg.apache.kafka.common.errors.SaslAuthenticationException: [a1b2c3d4-e5f6-7890-abcd-ef0123456789] Access denied', { now: NOW });
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('catalogue.msk-iam.access-denied');
  });
});
