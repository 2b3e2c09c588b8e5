/**
 * Piped chat: a line is an answer of its own only when it is a keyword or a short reply the conversation reads as a
 * command. Error lines the interpreter would also read (its "I can't run that" step words start many of them) stay
 * part of the paste (review R34c-1, stop 34: a kubectl + ExpiredToken paste was split at "Unable to connect…").
 */
import { isChatWord } from '../../../src/adapters/cli/chat-input';

describe('isChatWord', () => {
  it.each(['still failing', 'it works now', 'not this one', 'resolved', 'done', '2'])('when a reply is typed (%s), then it is a chat word', (line) => {
    expect(isChatWord(line)).toBe(true);
  });

  it.each([
    'Unable to connect to the server: getting credentials: exec: executable aws failed with exit code 255',
    'cannot assume role arn:aws:iam::123456789012:role/deploy: AccessDenied',
    'Unable to locate credentials. You can configure credentials by running "aws configure".',
  ])('when an error line is piped (%s), then it is part of the paste', (line) => {
    expect(isChatWord(line)).toBe(false);
  });
});
