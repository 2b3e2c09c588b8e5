/**
 * The mechanisms behind batch 15's conversation misses, and the malformed-credential phrasings it leans to, each seen in
 * the tuning threads of another batch too (issue #9): a profile that cannot be found opens a case; a tool that does not
 * read SSO profiles; whitespace or base64 in a key, said without naming the key; and a recurring one beside them, a
 * workflow's id-token permission. Openings quoted as the reporters wrote them.
 */
import { saidEffects } from '../../../../src/core/knowledge/said-effects';
import { appliedIds as applied, openedBy as opened, sayToAwskey as say } from '../../../helpers/open-case';

describe('a profile that cannot be found, or the profile variable, said to awskey', () => {
  it.each([
    // https://github.com/aws/aws-cli/issues/4879 (batch 15): the title is the whole opening.
    ['a title alone', 'Profile not found error'],
    // https://github.com/predictmobile/aws-sso-credentials-getter/issues/7 (batch 10).
    ['the tool quoted', 'I\'m trying with this command: `ssocred default ` but it is allways returning "Profile not found", Do I need to do something previously?'],
  ])('when %s, then a case opens and a wrong profile leads', (_, text) => {
    const s = opened(text);
    expect(s.scoring?.described).toBe(true);
    expect(s.causes[0]!.id).toBe('wrong-profile');
  });

  it('when a profile is named without trouble or credentials, then no case opens', () => {
    expect(say('updated my profile picture')).toBeUndefined();
  });

  it('when a pull request only proposes reading AWS_DEFAULT_PROFILE, then no case opens: it tells no failure (asked-not-reported.ts)', () => {
    // https://github.com/serverless/serverless/pull/8354 (batch 15): the pull request's title, still labelled wrong-profile
    // in the conversations corpus (the labels' convention since stop 34 makes a proposal that tells no failure a negative).
    expect(say('Add support for AWS_DEFAULT_PROFILE env variable when resolving profile')).toBeUndefined();
  });
});

describe('a tool that does not read SSO profiles', () => {
  it.each([
    // https://github.com/aws/aws-toolkit-visual-studio/issues/313 (batch 15), its first paragraphs.
    ['sso-session profiles not recognised', 'AWS Toolkit for Visual Studio does not recognize available profiles that use the sso-session configuration in the profile. This configuration is used to perform automatic token refresh for with AWS IAM Identity Center as described in the AWS CLI documentation.\n\nProfiles containing the sso-session configuration are ignored and not shown as available AWS profiles in the AWS Toolkit for Visual Studio.'],
    // https://github.com/duckdb/duckdb/issues/16449 (batch 13), its first sentences.
    ['an SSO profile not loaded', 'When creating an S3 secret with PROVIDER credential_chain, duckdb is unable to load valid credentials for a profile configured with the AWS sso mechanism.\n\nReading from S3 generates an http 403 error.'],
  ])('when %s, then no credentials found leads, not an expired SSO session', (_, text) => {
    const s = opened(text);
    expect(applied(s)).toContain('statement:sso-not-supported');
    expect(s.causes[0]!.id).toBe('no-credentials-found');
  });

  it('when SSO is said beside the tool not reading it, then the SSO sign-in moves no cause', () => {
    expect(saidEffects('sign-in', 'sso', { 'temporary-credentials-expired': 3, 'no-credentials-found': 0.3 }, ['sso-not-supported'])).toEqual({});
    expect(saidEffects('sign-in', 'sso', { 'temporary-credentials-expired': 3 })).toEqual({ 'temporary-credentials-expired': 3 });
  });

  it('when an SSO profile is said to fail because its session expired, then the statement does not apply', () => {
    // The statement is about a chain that never reads SSO; an expired session was read and lapsed.
    const s = opened('the aws cli cannot load credentials for my sso profile since the token expired this morning');
    expect(applied(s)).not.toContain('statement:sso-not-supported');
  });
});

describe('whitespace or base64 in a key, said without naming the key', () => {
  it.each([
    // https://github.com/aws/aws-sdk-js/issues/489 (batch 7).
    ['a space after a value', 'Leaving a space after a value in ~/.aws/credentials INI file makes the credentials invalid. This is hardly noticeable.', 'whitespace-in-credentials'],
    // https://github.com/rundeck-plugins/rundeck-ec2-nodes-plugin/issues/13 (batch 7): the title.
    ['whitespace beside auth', 'Errant whitespace in project.properties can cause AWS auth to fail', 'whitespace-in-credentials'],
    // https://github.com/longhorn/longhorn/issues/811 (batch 13): the title.
    ['a trailing newline', "[BUG] Validate S3 input to make sure they don't contain trailing newline or space", 'whitespace-in-credentials'],
    // https://github.com/longhorn/website/pull/261 (batch 14).
    ['a base64 secret', 'The secret is a base 64 encoded string.\nIf the user copy-pastes his/her AWS credential directly, an AWS credential error occurs.\nEnhance the document to help the user to cease the problem.', 'base64-encoding'],
    // https://github.com/stolostron/rhacm-docs/issues/2774 (batch 10), its first sentence and its last (the failure told:
    // the first alone only asks for a change).
    ['values to encode', 'Modify the example or explicitly call out that the values needed for aws_access_key_id: <aws-access-key-id> and aws_secret_access_key: <aws-secret-access-key> need to be base64 encoded\n\nThis will fail when the setup begins as the values needed for aws_access_key_id and aws_secret_access_key need to be base64 encoded', 'base64-encoding'],
  ])('when %s, then malformed credentials lead', (_, text, statement) => {
    const s = opened(text);
    expect(applied(s)).toContain(`statement:${statement}`);
    expect(s.causes[0]!.id).toBe('malformed-credentials');
  });

  it.each([
    // https://github.com/mitchellh/goamz/issues/238 (a tuning paste): whitespace the reporter added to a pasted error.
    ['whitespace added for readability', 'I kept getting the following error (whitespace added for readability) when the instance role was used'],
    // https://github.com/suitenumerique/drive/pull/361 (batch 10): a trailing slash is no whitespace in a key.
    ['a trailing slash', 'The /media/ and /media/preview/ should both have a trailing slash otherwise one of both will get a SignatureDoesNotMatch due to duplicated slash in proxied urls.'],
    // https://github.com/kubernetes-sigs/cluster-api-provider-aws/pull/4247 (batch 1): base64 credentials named, not said to be wrong.
    ['base64 credentials named', 'When customers is using instance profile role instead of using base64 aws credentials, capa container needs 2 hops to retrieve aws credentials from metadata service.'],
  ])('when %s, then neither statement applies', (_, text) => {
    const r = say(text);
    const ids = r ? applied(r.state) : [];
    expect(ids).not.toContain('statement:whitespace-in-credentials');
    expect(ids).not.toContain('statement:base64-encoding');
  });
});

describe("a GitHub Actions workflow's id-token permission", () => {
  it.each([
    // https://github.com/noqdev/iambic/pull/333 (batch 1).
    ['added', 'add the missing permission: https://github.com/aws-actions/configure-aws-credentials/issues/271#issuecomment-931012696\n\nAdded id-token write permission in order to use aws credentials provider gh action'],
  ])('when it is %s, then role credentials not delivered lead, not a permission problem', (_, text) => {
    const s = opened(text);
    expect(applied(s)).toContain('statement:id-token-permission');
    expect(s.causes[0]!.id).toBe('role-credentials-unavailable');
  });

  it('when a pull request only restates the requirement from the docs, then no case opens: it tells no failure', () => {
    // https://github.com/tmokmss/bedrock-pr-reviewer/pull/9 (batch 12), a negative (a requirement, asked-not-reported.ts).
    expect(say('According to doc, to use OIDC assume role, pipeline should have id-token write permission.')).toBeUndefined();
  });

  it('when roles the OIDC role may assume are missing, then the statement does not apply', () => {
    // https://github.com/ministryofjustice/modernisation-platform/pull/8530 (batch 12): an IAM permission, resolved as such.
    const text = 'This PR updates the GitHub Actions OIDC role to include the missing assume roles that were causing failures in the pipeline.';
    expect(applied(opened(text))).not.toContain('statement:id-token-permission');
  });
});
