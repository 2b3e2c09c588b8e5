/**
 * The private warning for a secret says truly who has seen it: a channel message is seen by the channel,
 * a direct message by no one else, and slash-command text (`/awskey diagnose <secret>`) is not shown in the
 * channel at all. Real Bolt app over loopback against the fake Slack.
 */
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { messageEvent } from '../../helpers/fake-slack/payloads';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('where a secret was seen, as the private warning says it', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const warningTo = async (user: string): Promise<string> => {
    await h.fake.waitFor((c) => c.some((x) => x.path.endsWith('chat.postEphemeral') && x.body.user === user), `the warning to ${user}`);
    return String(h.fake.callsTo('chat.postEphemeral').find((c) => c.body.user === user)!.body.text);
  };

  it('when a secret is posted in a channel, then the warning says the channel has seen it', async () => {
    await h.sendEvent({ text: `here it is: ${SECRET}`, user: 'UCHAN', channel: 'CPLACE' });
    expect(await warningTo('UCHAN')).toMatch(/the channel has seen it/);
  });

  it('when an error paste that opens a case holds a secret, then the warning first asks to delete or edit the message, which awskey cannot', async () => {
    const paste = `An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided.\naws_secret_access_key = ${SECRET}`;
    await h.sendEvent({ text: paste, user: 'UCASE', channel: 'CCASE' });
    const text = await warningTo('UCASE');
    // QA34 F19: "I redacted it" alone read as if the channel message was cleaned.
    expect(text).toMatch(/^Delete your message now, or edit the secret out of it: it still shows the secret to everyone in the channel\. I cannot do that for you/);
    expect(text).toMatch(/rotate it now/);
    expect(h.fake.allTraffic()).not.toContain('rXUtnFEMI');
  });

  // Review 34c (R34c-5): a secret only in an uploaded file is not edited out of the message; the file has its own delete.
  const shareFile = async (name: string, content: string, user: string, channel: string, text = ''): Promise<void> => {
    const url = h.fake.addFile(`T1-${name}/download/${name}`, content);
    await h.sendEvent({ text, subtype: 'file_share', channel, user, files: [{ id: `F${user}`, name, mimetype: 'text/plain', filetype: 'text', size: content.length, url_private_download: url }] });
  };
  const ERROR_LINE = 'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided.';

  it('when an error file that opens a case holds the secret and the message does not, then the warning asks to delete the file, not to edit the message', async () => {
    await shareFile('error.txt', `${ERROR_LINE}\naws_secret_access_key = ${SECRET}\n`, 'UFILE', 'CFILE', 'getting this, any idea?');
    const text = await warningTo('UFILE');
    expect(text).toMatch(/^Delete the file you uploaded now \(editing your message does not remove it\): it still shows the secret to everyone in the channel\. I cannot do that for you/);
    expect(text).not.toMatch(/edit the secret out/);
    expect(h.fake.allTraffic()).not.toContain('rXUtnFEMI');
  });

  it('when a file holding only a secret is shared (no case), then the warning names the file', async () => {
    await shareFile('creds.txt', `aws_secret_access_key = ${SECRET}\n`, 'UFILE2', 'CFILE2');
    const text = await warningTo('UFILE2');
    expect(text).toMatch(/^The file you uploaded contains what looks like an AWS secret access key\..* please delete the file \(editing your message does not remove it\)/);
  });

  it('when the message and its file both hold a secret, then the warning asks to delete both', async () => {
    await shareFile('error2.txt', `${ERROR_LINE}\naws_secret_access_key = ${SECRET}\n`, 'UBOTH', 'CBOTH', `my key is ${SECRET}`);
    expect(await warningTo('UBOTH')).toMatch(/^Delete your message and the file you uploaded with it now \(editing the message leaves the file\)/);
  });

  it('when a secret is sent in a direct message, then the warning does not say a channel saw it', async () => {
    const body = messageEvent({ text: `here it is: ${SECRET}`, user: 'UDM', channel: 'DPLACE' });
    (body.event as Record<string, unknown>).channel_type = 'im';
    await h.sendRawEvent(body);
    const text = await warningTo('UDM');
    expect(text).not.toMatch(/channel/);
    expect(text).toMatch(/no one else is in this conversation, but Slack keeps the message/);
  });

  it('when a secret is given to /awskey diagnose, then the warning says slash-command text is not shown in the channel', async () => {
    await h.sendCommand(`diagnose ${SECRET}`, { responseId: 'place', channel: 'CCMD', user: 'UCMD' });
    const text = await warningTo('UCMD');
    expect(text).not.toMatch(/the channel has seen it/);
    expect(text).toMatch(/Slash-command text is not shown in the channel/);
    expect(text).toMatch(/rotate it now/);
    expect(h.fake.allTraffic()).not.toContain('rXUtnFEMI');
  });
});
