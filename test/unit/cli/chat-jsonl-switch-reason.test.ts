/**
 * "That changes the picture … because:" gives the new leader's evidence that moved it, not a line the overtaken cause
 * holds too (QA 35 N3): after "`aws s3 ls --profile dev` works but the python script still says it" the reason is the
 * profile said to work where it is named, not the aws-cli message both causes quote; and the sentence ends once.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { evidenceFor } from '../../../src/core/conversation/belief';

// aws-cli's own message (aws/aws-cli awscli/clidriver.py, as the catalogue cites it).
const NO_CREDENTIALS = 'Unable to locate credentials. You can configure credentials by running "aws configure".';

describe('chat --jsonl: the reason a fix is switched', () => {
  it('when a named profile said to work overtakes the no-credentials fix, then "because" names the profile, not the shared error message', async () => {
    const { send, session } = await jsonlChat('sw1');
    expect((await send({ text: NO_CREDENTIALS })).fix?.cause).toBe('no-credentials-found');
    await send({ text: '2, its sso' });
    const r = await send({ text: 'aws sso login worked, `aws s3 ls --profile dev` works but the python script still says it' });
    const text = r.text!.join('\n');
    const m = /That changes the picture: .* now leads .* over \*No credentials found[^*]*\* \(\d+%\), because: (.*?)\. Here is its fix instead\./.exec(text);
    expect(m).not.toBeNull();
    const because = m![1]!;
    // Since stop 38 the team's sentence is read as a statement (profile-named-only-where-it-works): its words are the reason.
    expect(because).toMatch(/profile works where it is named and the failing run does not name it/i);
    // The reason is the leader's own, not the overtaken cause's.
    const overtaken = evidenceFor(session.state!.scoring!, 'no-credentials-found', Infinity).map((e) => e.replace(/\.$/, ''));
    expect(overtaken).not.toContain(because);
    expect(text).not.toMatch(/\.\. Here is its fix/);
  });
});
