/**
 * manifest.yml must create exactly the app the code expects: the slash command it registers, the
 * events it listens to, the scopes its Web API calls need, within Slack's manifest schema limits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  LISTENED_EVENT_TYPES,
  METHOD_SCOPES,
  REQUIRED_SCOPES,
  SLASH_COMMANDS,
  SUBSCRIBED_EVENTS,
} from '../../../src/adapters/slack/contract';

const root = join(__dirname, '../../..');

interface Manifest {
  _metadata?: { major_version: number };
  display_information: { name: string; description?: string; long_description?: string; background_color?: string };
  features: {
    bot_user: { display_name: string; always_online?: boolean };
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean; messages_tab_read_only_enabled?: boolean };
    slash_commands: Array<{ command: string; description: string; usage_hint?: string; url?: string; should_escape?: boolean }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
    token_rotation_enabled?: boolean;
  };
}

const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as Manifest;
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('manifest.yml', () => {
  test('when parsed, then it respects the manifest schema limits', () => {
    const d = manifest.display_information;
    expect(d.name.length).toBeGreaterThanOrEqual(1);
    expect(d.name.length).toBeLessThanOrEqual(35);
    expect((d.description ?? '').length).toBeLessThanOrEqual(140);
    if (d.long_description !== undefined) {
      expect(d.long_description.length).toBeGreaterThanOrEqual(175);
      expect(d.long_description.length).toBeLessThanOrEqual(4000);
    }
    if (d.background_color !== undefined) expect(d.background_color).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(manifest._metadata?.major_version).toBe(1);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
    for (const c of manifest.features.slash_commands) {
      expect(c.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(2000);
      expect((c.usage_hint ?? '').length).toBeLessThanOrEqual(1000);
    }
    expect(manifest.oauth_config.scopes.bot.length).toBeLessThanOrEqual(255);
    expect(manifest.settings.event_subscriptions.bot_events.length).toBeLessThanOrEqual(100);
  });

  test('when compared with the code, then the slash commands are the ones registered', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([...SLASH_COMMANDS]);
  });

  test('when compared with the code, then the bot events are the ones subscribed and each reaches a registered listener', () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    expect(sorted(events)).toEqual(sorted(SUBSCRIBED_EVENTS));
    // message.channels / message.groups / ... all arrive as `message` events.
    const listenedTypes = new Set<string>(LISTENED_EVENT_TYPES);
    for (const e of events) expect(listenedTypes.has(e.split('.')[0]!)).toBe(true);
    for (const t of LISTENED_EVENT_TYPES) expect(events.some((e) => e.split('.')[0] === t)).toBe(true);
  });

  test('when compared with the code, then the bot scopes are exactly the required ones, and every event has its scope', () => {
    const scopes = manifest.oauth_config.scopes.bot;
    expect(sorted(scopes)).toEqual(sorted(REQUIRED_SCOPES));
    const eventScope: Record<string, string> = {
      app_mention: 'app_mentions:read',
      'message.channels': 'channels:history',
      'message.groups': 'groups:history',
      'message.im': 'im:history',
      'message.mpim': 'mpim:history',
    };
    for (const e of manifest.settings.event_subscriptions.bot_events) expect(scopes).toContain(eventScope[e]);
    expect(scopes).toContain('commands');
  });

  test('when the Slack adapter calls a Web API method, then the method has a known scope that the manifest grants', () => {
    const dir = join(root, 'src/adapters/slack');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const called = new Set([...source.matchAll(/client\.((?:[a-z]+\.)+[a-zA-Z]+)\(/g)].map((m) => m[1]!));
    called.delete('chat'); // defensive: the regex needs a method after the namespace
    expect(called.size).toBeGreaterThan(0);
    for (const method of called) {
      expect({ method, scope: METHOD_SCOPES[method] }).toEqual({ method, scope: expect.any(String) });
      expect(manifest.oauth_config.scopes.bot).toContain(METHOD_SCOPES[method]);
    }
    // Downloading pasted files needs files:read.
    expect(source).toContain('url_private_download');
    expect(manifest.oauth_config.scopes.bot).toContain('files:read');
  });

  test('when the app listens to direct messages, then people can write to it (Messages tab on and not read-only)', () => {
    // Slack creates an app with its Messages tab off ("Sending messages to this app has been turned
    // off"), so message.im would never fire: DM pastes need the tab enabled and writable.
    expect(manifest.settings.event_subscriptions.bot_events).toContain('message.im');
    expect(manifest.features.app_home).toEqual(expect.objectContaining({ messages_tab_enabled: true, messages_tab_read_only_enabled: false }));
  });

  test('when created from the manifest, then interactivity is on and Socket Mode is the default (no request URL needed)', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.request_url).toBeUndefined();
    expect(manifest.settings.token_rotation_enabled).toBe(false);
    // The commented HTTP-mode URLs point at the endpoint the HTTP receiver serves.
    expect(readFileSync(join(root, 'manifest.yml'), 'utf8')).toContain('/slack/events');
  });
});
