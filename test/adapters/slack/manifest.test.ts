import { readFileSync } from 'node:fs';
import { BOT_SCOPES, buildManifest, manifestPath, manifestText } from '../../../src/adapters/slack/manifest';
import { loadCommands } from '../../../src/command-registry';

describe('Slack app manifest', () => {
  it('manifest.json on disk matches the command definitions (regenerate: node dist/src/adapters/slack/manifest.js --write)', () => {
    const onDisk = readFileSync(manifestPath(), 'utf8');
    expect(onDisk).toBe(manifestText(buildManifest(loadCommands())));
  });

  it('one slash command per definition, with its English description and a usage hint from its examples', () => {
    const manifest = buildManifest(loadCommands());
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(loadCommands().map((c) => `/${c.name}`));
    expect(manifest.features.slash_commands[0]).toEqual({
      command: '/signatory',
      description: 'Check whether someone signed the Hollywood AI-copyright letter',
      usage_hint: 'cate blanchet',
      should_escape: false,
    });
    expect(manifest.features.slash_commands.find((c) => c.command === '/help')?.usage_hint).toBeUndefined();
  });

  it('Socket Mode and interactivity on, the scopes the adapter uses, within Slack field limits', () => {
    const manifest = buildManifest(loadCommands());
    expect(manifest.settings).toMatchObject({ socket_mode_enabled: true, interactivity: { is_enabled: true } });
    expect(manifest.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });

  it('HTTP variant → Socket Mode off, every command and button posting to <url>/slack/events', () => {
    const manifest = buildManifest(loadCommands(), { requestUrl: 'https://bot.example.org/' });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.interactivity.request_url).toBe('https://bot.example.org/slack/events');
    expect(new Set(manifest.features.slash_commands.map((c) => c.url))).toEqual(new Set(['https://bot.example.org/slack/events']));
  });

  it('HTTP variant → installable in many workspaces: the OAuth redirect URL, and told of uninstalls; Socket Mode variant → neither', () => {
    const http = buildManifest(loadCommands(), { requestUrl: 'https://bot.example.org/' });
    expect(http.oauth_config.redirect_urls).toEqual(['https://bot.example.org/slack/oauth_redirect']);
    expect(http.settings.event_subscriptions).toEqual({ request_url: 'https://bot.example.org/slack/events', bot_events: ['app_uninstalled', 'tokens_revoked'] });
    const socket = buildManifest(loadCommands());
    expect(socket.oauth_config.redirect_urls).toBeUndefined();
    expect(socket.settings.event_subscriptions).toBeUndefined();
  });
});
