/**
 * Batch 19's conversation misses by mechanism (issue #9): what an opening says read as its words mean. A clause opened by
 * "unless" or "without" names what is not the case; "profiles" in the plural are the shared files'; a line that opens as a
 * person's sentence and goes on to quote an error is read sentence by sentence; a how-question asks for a way to set the
 * session token, so it is not set; a thing "disabled" or "removed" is a key gone only in a sentence about a key. Openings
 * quoted as the reporters wrote them (scripts/corpus/conv19-mechanisms.results.md).
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../../../src/core/conversation/description';
import { PROBES, probeById } from '../../../../src/core/knowledge';
import { says } from '../../../../src/core/says';

const QUESTIONS = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);
const reply = (question: string, text: string) => interpret(text, probeById(question), QUESTIONS).answer?.choiceId;
const opening = (question: string, text: string) => saidIn(personsSentences(text), QUESTIONS).stated.find((a) => a.probeId === question)?.choiceId;

describe('"unless" and "without" name what is not the case', () => {
  it('when the keys are named in an "unless" clause at the sentence end, then sign-in is not read as env (anomalyco/opencode#12984)', () => {
    expect(opening('sign-in', "Even when explicitly specified as a provider in opencode.json, the Bedrock provider doesn't work unless AWS_ACCESS_KEY_ID etc are set.")).toBeUndefined();
  });

  it('when the environment variables are named after "without", then sign-in keeps the instance role said before (anomalyco/opencode#17777)', () => {
    const text = [
      "I'm running OpenCode on an EC2 instance that has an IAM Instance Profile attached.",
      'However, without manually injecting credentials via environment variables, the amazon-bedrock provider does not appear to load and Bedrock models are unavailable.',
    ].join('\n');
    expect(opening('sign-in', text)).toBe('role');
  });

  it('when "without" and a verb\'s -ing form stand before the words in their clause, then they are denied; "without" and a noun, or a pattern that holds "without" itself, still count', () => {
    expect(says('without manually injecting credentials via environment variables', ['\\benv(ironment)? ?(var|variable)'])).toBe(false);
    expect(says('I run it without docker using env vars', ['\\benv(ironment)? ?(var|variable)'])).toBe(true);
    expect(says('it works without anything but env vars', ['\\benv(ironment)? ?(var|variable)'])).toBe(true);
    expect(says('we inject credentials via environment variables', ['\\benv(ironment)? ?(var|variable)'])).toBe(true);
    expect(says('it fails without the session token', ['\\b(w/o|without)\\s+(the\\s+|a\\s+)?(aws_)?session[ _-]?token'])).toBe(true);
  });
});

describe('profiles in the plural', () => {
  const text = 'I use AWS Profiles to manage my env on my local which is WSL2';

  it('when an opening says it uses AWS profiles, then sign-in reads file (anomalyco/sst#6213)', () => {
    expect(opening('sign-in', text)).toBe('file');
  });

  it('when the same words answer the sign-in question, then they read file, not env ("my env" is the setup, not variables)', () => {
    expect(reply('sign-in', text)).toBe('file');
    expect(reply('sign-in', 'profiles')).toBe('file');
  });
});

describe('a line that opens as a sentence and goes on to quote an error', () => {
  const line =
    'Because my workstation authenticates to AWS via AWS SSO, the temporary credentials always include a session token. Without passing that token, every request to Bedrock fails with an authorization error (AccessDeniedException: User is not authorized …).';

  it('when the error is in the second sentence, then the first is still the person\'s (hotovo/aider-desk#131)', () => {
    expect(personsSentences(line)).toContain('Because my workstation authenticates to AWS via AWS SSO, the temporary credentials always include a session token.');
    expect(opening('key-prefix', line)).toBe('asia');
  });

  it('when the line opens as tool output, then none of it is read', () => {
    expect(personsSentences('AccessDeniedException: User is not authorized. Because my workstation authenticates via AWS SSO, this fails.')).toEqual([]);
  });
});

describe('a how-question about the session token', () => {
  it('when the person asks how to provide the token, then it is not set (hotovo/aider-desk#131)', () => {
    expect(opening('session-token', 'How can I provide AWS_SESSION_TOKEN—or otherwise tell Aider Desktop to pull the full credential set from my environment variables?')).toBe('no');
  });

  it('when the person says they provide it, then it is set', () => {
    expect(opening('session-token', 'We provide the session token through the environment.')).toBe('yes');
  });
});

describe('a key gone, only in a sentence about a key', () => {
  it.each([
    ['IMDSv1 disabled (anomalyco/opencode#17777)', 'IMDSv2 is enforced on the instance (IMDSv1 is disabled, which is the current AWS default for new instances).'],
    ['a profile removed (anomalyco/sst#2398)', 'I had a profile called `main` in my `~/.aws/config`, and once I removed that the npm start command succeeded.'],
    ['a module removed (camunda/connectors#7273)', 'AWS IRSA stopped working in 8.8+ because software.amazon.awssdk:sts was accidentally removed during the AWS SDK v1→v2 migration.'],
  ])('when %s, then rotation is not read', (_, text) => {
    expect(opening('rotation', text)).toBeUndefined();
  });

  it.each([
    'Create new access keys and delete the old access keys.',
    'The IAM user was deleted last week.',
  ])('when %j, then rotation reads disabled', (text) => {
    expect(opening('rotation', text)).toBe('disabled');
  });
});
