/**
 * /awskey over HTTP against the real Bolt app (startApp) and a fake Slack on loopback.
 */
import { gatedKeyDirectory } from '../../helpers/fake-slack/gated-key-directory';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { blockAction, payloadForm } from '../../helpers/fake-slack/payloads';
import { FORM, sendSigned } from '../../helpers/fake-slack/sign';
import { BOT_TOKEN, SIGNING_SECRET } from '../../helpers/fake-slack/harness';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('the /awskey command over HTTP', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when the lookup is slow, then the command is acknowledged before the lookup finishes and the verdict arrives later through response_url', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir, accountCount: 3 });
    const ack = await h.sendCommand('AKIAIOSFODNN7EXAMPLE', { responseId: 'slow' });
    // The HTTP ack is back while the lookup is still waiting on its gate.
    expect(ack.status).toBe(200);
    await dir.started();
    expect(dir.events).toEqual(['lookup-started']);
    expect(JSON.parse(ack.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('AKIA…MPLE across 3 accounts') });
    expect(ack.text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    dir.release();
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/slow' && Array.isArray(x.body.blocks)), 'the verdict');
    expect(dir.events).toEqual(['lookup-started', 'lookup-finished']);
    const verdict = h.fake.calls.filter((c) => c.path === '/response/slow').at(-1)!;
    expect(verdict.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(verdict.raw).toContain('Deactivated');
    expect(verdict.raw).toContain('awskey:share');
    // Nothing was posted in the channel: the verdict is private until shared.
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  test('when the scan reports progress, then the private reply is replaced with the progress before the verdict replaces it', async () => {
    let now = Date.parse('2026-11-22T10:00:00Z');
    const clock = { now: () => new Date(now) };
    const dir = gatedKeyDirectory({ total: 20 });
    h = await startHarness({ keyDirectory: dir, clock });
    await h.sendCommand('AKIA...MPLE', { responseId: 'prog' });
    await dir.started();
    now += 2000;
    dir.progress({ done: 7, total: 20 });
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/prog'), 'the progress update');
    dir.release();
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/prog' && Array.isArray(x.body.blocks)), 'the verdict');
    const updates = h.fake.calls.filter((c) => c.path === '/response/prog');
    expect(updates[0]!.body).toMatchObject({ replace_original: true, text: expect.stringContaining('7 of 20 accounts scanned') });
    expect(updates.at(-1)!.body).toMatchObject({ replace_original: true, blocks: expect.any(Array) });
    expect(updates.length).toBeLessThanOrEqual(5); // a response_url may be used 5 times
  });

  test('when the first accounts finish quickly and the last one takes long, then the reply still shows how far the scan got', async () => {
    const dir = gatedKeyDirectory({ total: 5 });
    h = await startHarness({ keyDirectory: dir });
    await h.sendCommand('AKIA...MPLE', { responseId: 'hung' });
    await dir.started();
    // Four accounts answer at once; the fifth hangs (until its timeout): no later progress event comes.
    for (let done = 1; done <= 4; done++) dir.progress({ done, total: 5 });
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/hung'), 'a progress update while the last account is scanned');
    expect(h.fake.calls.find((c) => c.path === '/response/hung')!.body).toMatchObject({ replace_original: true, text: expect.stringContaining('4 of 5 accounts scanned') });
    dir.release();
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/hung' && Array.isArray(x.body.blocks)), 'the verdict');
    expect(h.fake.calls.filter((c) => c.path === '/response/hung').at(-1)!.body).toMatchObject({ blocks: expect.any(Array) });
  });

  test('when the requester clicks "Share in channel", then the verdict is posted in the channel', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir });
    await h.sendCommand('AKIA...MPLE', { responseId: 'share1', channel: 'C9' });
    await dir.started();
    dir.release();
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/share1' && Array.isArray(x.body.blocks)), 'the verdict');
    const verdict = h.fake.calls.filter((c) => c.path === '/response/share1').at(-1)!;
    const share = (verdict.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'awskey:share')!;
    const r = await h.sendAction({ actionId: share.action_id, value: share.value, messageTs: '1700000300.000001', responseId: 'share-click', channel: 'C9' });
    expect(r.status).toBe(200);
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the shared post');
    const post = h.fake.callsTo('chat.postMessage')[0]!;
    expect(post.body.channel).toBe('C9');
    expect(post.raw).toContain('Deactivated');
    expect(post.body.thread_ts).toBeUndefined();
    // A double click (before Slack has replaced the private message) shares it once.
    await h.sendAction({ actionId: share.action_id, value: share.value, messageTs: '1700000300.000001', responseId: 'share-click-2', channel: 'C9' });
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/share-click-2'), 'the answer to the second click');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  test('when someone other than the requester, or the requester elsewhere, clicks "Share in channel", then it is refused privately and audited', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir });
    await h.sendCommand('AKIA...MPLE', { responseId: 'mine', channel: 'C9', user: 'U1' });
    await dir.started();
    dir.release();
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/mine' && Array.isArray(x.body.blocks)), 'the verdict');
    const verdict = h.fake.calls.filter((c) => c.path === '/response/mine').at(-1)!;
    const share = (verdict.body.blocks as Array<{ elements?: Array<{ action_id: string; value: string }> }>).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'awskey:share')!;
    // Another user holding the share id, clicking from another channel; then the requester from another channel.
    await h.sendAction({ actionId: share.action_id, value: share.value, messageTs: '1700000300.000002', responseId: 'thief', user: 'U666', channel: 'C666' });
    await h.sendAction({ actionId: share.action_id, value: share.value, messageTs: '1700000300.000003', responseId: 'elsewhere', user: 'U1', channel: 'C666' });
    await h.fake.waitFor((c) => ['thief', 'elsewhere'].every((id) => c.some((x) => x.path === `/response/${id}`)), 'both refusals');
    for (const id of ['thief', 'elsewhere']) {
      const answer = h.fake.calls.find((c) => c.path === `/response/${id}`)!.body;
      expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: expect.stringContaining('Only the person who ran this lookup') });
    }
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    const audit = h.logs.lines.filter((l) => l.includes('"audit":true') && l.includes('lookup-share-refused'));
    expect(audit).toHaveLength(2);
    expect(audit[0]).toContain('"actor":"U666"');
    // The requester, where the lookup ran, still can.
    await h.sendAction({ actionId: share.action_id, value: share.value, messageTs: '1700000300.000001', responseId: 'ok', user: 'U1', channel: 'C9' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'C9'), 'the shared post');
  });

  test('when a lookup button is refused by the access rules, then the refusal is in the audit log', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir, env: { AWSKEY_ALLOWED_CHANNELS: 'C1' } });
    await h.sendAction({ actionId: 'awskey:run-lookup', value: '{"k":"run-lookup","hint":"AKIA...1234"}', messageTs: '1700000500.000001', channel: 'C7', user: 'U5' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral' && String(x.body.text).includes(':no_entry:')), 'the private refusal');
    expect(dir.events).toEqual([]);
    const audit = h.logs.lines.find((l) => l.includes('"audit":true') && l.includes('key-lookup-refused'));
    expect(audit).toBeDefined();
    expect(audit).toContain('"actor":"U5"');
    expect(audit).toContain('"via":"button"');
  });

  test('when /awskey is given a secret access key, then it refuses, warns, and never echoes the secret', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir });
    const r = await h.sendCommand(SECRET);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).text).toMatch(/secret/i);
    expect(r.text).not.toContain(SECRET);
    expect(dir.events).toEqual([]);
    expect(h.fake.allTraffic()).not.toContain(SECRET);
    expect(h.logs.text()).not.toContain(SECRET);
    expect(h.logs.text()).toContain('secret given to /awskey');
  });

  test('when /awskey help or no argument is given, then usage is explained privately', async () => {
    h = await startHarness();
    for (const text of ['help', '']) {
      const r = await h.sendCommand(text);
      expect(JSON.parse(r.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/awskey AKIA…1234') });
    }
  });

  test('when the input is not a key id, then a usage message says what to type', async () => {
    h = await startHarness({ keyDirectory: gatedKeyDirectory() });
    const r = await h.sendCommand('please check my key');
    expect(JSON.parse(r.text).text).toContain('Usage: `/awskey AKIA…1234`');
  });

  test('when the key id is a temporary ASIA id, then the acknowledgement does not claim an account scan', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir, accountCount: 3 });
    const r = await h.sendCommand('ASIA...ABCD');
    const text = String(JSON.parse(r.text).text);
    expect(text).toContain('ASIA…ABCD');
    expect(text).not.toContain('across 3 accounts');
    await dir.started();
    dir.release({ verdict: 'temporary-key', matches: [], accounts: { scanned: 0, failed: [] } });
  });

  test('when no AWS accounts are configured, then /awskey explains that lookups are not set up', async () => {
    h = await startHarness();
    const r = await h.sendCommand('AKIA...1234');
    expect(JSON.parse(r.text).text).toContain('Key lookups are not configured');
  });

  test('when only some users and channels may run lookups, then others are refused with the reason', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir, env: { AWSKEY_ALLOWED_USERGROUPS: 'S1', AWSKEY_ALLOWED_CHANNELS: 'C1,C2' } });
    h.fake.on('usergroups.users.list', (b) => ({ ok: true, users: b.usergroup === 'S1' ? ['UADMIN'] : [] }));
    const wrongChannel = await h.sendCommand('AKIA...1234', { user: 'UADMIN', channel: 'C7' });
    expect(JSON.parse(wrongChannel.text).text).toContain('can only be run in <#C1>, <#C2>');
    const notMember = await h.sendCommand('AKIA...1234', { user: 'UOTHER', channel: 'C1' });
    expect(JSON.parse(notMember.text).text).toContain('members of <!subteam^S1>');
    expect(dir.events).toEqual([]);
    const member = await h.sendCommand('AKIA...1234', { user: 'UADMIN', channel: 'C1' });
    expect(JSON.parse(member.text).text).toContain('Looking up');
    await dir.started();
    dir.release();
    expect(h.fake.callsTo('usergroups.users.list')[0]!.auth).toBe('Bearer xoxb-1-test-bot-token');
  });

  test('when the lookup fails inside awskey, then the user gets an apology with a correlation id that is also logged', async () => {
    const dir = gatedKeyDirectory({ fail: new Error('socket hang up at internal thing') });
    h = await startHarness({ keyDirectory: dir });
    await h.sendCommand('AKIA...1234', { responseId: 'fail' });
    await dir.started();
    dir.release();
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/fail' && /Sorry/.test(x.raw)), 'the apology');
    const apology = h.fake.calls.filter((c) => c.path === '/response/fail').at(-1)!;
    const id = /`([0-9a-f]{12})`/.exec(String(apology.body.text))![1]!;
    expect(apology.raw).not.toContain('socket hang up');
    expect(h.logs.lines.some((l) => l.includes(id) && l.includes('socket hang up'))).toBe(true);
  });

  test('when the Slack secrets were stored with a trailing newline (a secret file made with echo), then requests signed with the real secret are still accepted', async () => {
    h = await startHarness({ env: { SLACK_SIGNING_SECRET: `${SIGNING_SECRET}\n`, SLACK_BOT_TOKEN: `${BOT_TOKEN}\r\n` } });
    const r = await h.sendCommand('help');
    expect(r.status).toBe(200);
    expect(h.fake.callsTo('auth.test').at(-1)!.auth).toBe(`Bearer ${BOT_TOKEN}`);
  });

  test('when a request carries a bad or stale signature or a future timestamp, then it is refused with 401', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir });
    const body = payloadForm(blockAction({ actionId: 'awskey:resolve', value: '{"k":"resolve"}', responseUrl: h.fake.responseUrl('x'), messageTs: '1.1' }));
    expect((await sendSigned(h.url, SIGNING_SECRET, body, FORM, { badSignature: true })).status).toBe(401);
    expect((await sendSigned(h.url, SIGNING_SECRET, body, FORM, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    // Signed correctly but stamped ten minutes ahead: Bolt alone accepts it; a replay window must not be open-ended.
    expect((await sendSigned(h.url, SIGNING_SECRET, body, FORM, { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 })).status).toBe(401);
    expect((await sendSigned(h.url, 'another-secret', body, FORM)).status).toBe(401);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
    // A minute ahead is ordinary clock drift and is still accepted (the check is not a blanket refusal).
    expect((await sendSigned(h.url, SIGNING_SECRET, body, FORM, { timestamp: Math.floor(Date.now() / 1000) + 60 })).status).toBe(200);
  });
});
