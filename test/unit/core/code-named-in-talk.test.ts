/**
 * An error code named in team talk is told in words, not shown (QA39 F1; src/core/extract/code-named-in-talk.ts): a channel
 * stays silent on it (showsErrorText false), while diagnose still reads it as about a credential error, so a person who
 * says it to awskey gets an answer. The inputs are QA39's; the counter-examples are failures met now or error output.
 */
import { diagnose } from '../../../src/core/diagnose';
import { showsErrorText } from '../../../src/core/diagnosis';
import { isTalkLine } from '../../../src/core/extract/code-named-in-talk';

const TALK = [
  'PSA: if you get ExpiredToken just run aws sso login again',
  'fixed the ExpiredToken thing from yesterday, it was the laptop clock',
  'the InvalidClientTokenId alert from last week is resolved, closing the ticket',
  'docs: added a section on SignatureDoesNotMatch to the wiki',
  'TIL UnrecognizedClientException means the key is wrong',
  'Has anyone seen AccessDenied in the IAM policy simulator docs? asking for a blog post',
  'can someone review? ```except ClientError as e: if e.response["Error"]["Code"] == "ExpiredToken": refresh()```',
  'PR #412: retry on ExpiredToken and InvalidClientTokenId in the uploader (closes JIRA-881)',
  'our alert rule: count(errorCode="AccessDenied") > 50 over 5m -> page oncall. thoughts?',
  'fun fact: the AWS error for a bad secret is SignatureDoesNotMatch, not AccessDenied',
];

const MET = [
  'I fixed the region but still get InvalidClientTokenId from terraform',
  'lol we got AccessDenied again, same as the one I fixed this morning (it was the bucket policy)',
  'getting ExpiredToken from terraform since this morning',
  'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired',
  'PSA: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  'ExpiredToken: The security token included in the request is expired',
];

describe('an error code named in team talk', () => {
  it.each(TALK)('"%s" is about a credential error, told in words: a channel stays silent', (text) => {
    const d = diagnose(text);
    expect(d.detected).toBe(true);
    expect(d.toldInWords).toBe(true);
    expect(showsErrorText(d)).toBe(false);
  });

  it.each(MET)('"%s" shows a failure: a channel answers', (text) => {
    expect(showsErrorText(diagnose(text))).toBe(true);
  });

  it('a talk line beside error output leaves the output shown', () => {
    const text = `${TALK[0]}\n${MET[3]}`;
    expect(isTalkLine(TALK[0]!)).toBe(true);
    expect(showsErrorText(diagnose(text))).toBe(true);
  });
});
