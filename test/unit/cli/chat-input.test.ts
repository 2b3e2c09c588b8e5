/**
 * Piped chat: which single line is words (an answer) and which starts a paste. A secret wrapped
 * right after its label, or a wrapped token's piece, must start a paste, so the whole secret reaches
 * the decoded view in one input and is redacted whole.
 */
import { looksLikeOutput } from '../../../src/adapters/cli/chat-input';

describe('chat input: output or words', () => {
  it.each([
    'export AWS_SECRET_ACCESS_KEY=yPl',
    'aws_secret_access_key = abc',
    '"SecretAccessKey": "abc',
    'secret_access_key: ab',
    'AWS Secret Access Key [None]: ab',
    'export MY_APP_SECRET=x',
    'SMTP_PASSWORD = x',
    '---- FQoGZXIvYXdzEXAMPLEtoken0123456789/EXAMPLEtoken0123456789+EXAMPLEtoken',
    'EXAMPLE+3v96EXAMPLE0 An error occurred (InvalidClientTokenId) when calling t',
  ])('when a piped line is %j, then it starts a paste', (line) => {
    expect(looksLikeOutput(line)).toBe(true);
  });

  it.each([
    'yes',
    'it starts with AKIA',
    "I can't run that here",
    'no, fails everywhere',
    'we rotated the key yesterday',
    "2, it's sso",
    'the problem is AWS_ACCESS_KEY_ID in my env',
    "that's the dev account, the state bucket lives in the ops account 111122223333",
    'internationalization of the troubleshooting',
  ])('when a piped line is %j, then it is words', (line) => {
    expect(looksLikeOutput(line)).toBe(false);
  });
});
