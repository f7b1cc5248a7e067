import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCommands } from '../../command-registry';
import type { CommandDefinition } from '../../core/command';
import { t } from '../../core/i18n';

/** Path Slack posts slash commands and button clicks to in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';
/** OAuth distribution (HTTP mode): the "Add to Slack" link, and where Slack sends the browser back. */
export const SLACK_INSTALL_PATH = '/slack/install';
export const SLACK_REDIRECT_PATH = '/slack/oauth_redirect';
/** Events telling an installed app it left a workspace (no scope needed). */
export const SLACK_REMOVAL_EVENTS = ['app_uninstalled', 'tokens_revoked'] as const;

/** The Slack app manifest (https://docs.slack.dev/reference/app-manifest), the parts letterbot sets. */
export interface SlackManifest {
  _metadata: { major_version: number; minor_version: number };
  display_information: { name: string; description: string; long_description: string; background_color: string };
  features: {
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: { command: string; description: string; usage_hint?: string; should_escape: boolean; url?: string }[];
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] };
  settings: {
    event_subscriptions?: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

/**
 * Bot scopes: `commands` (slash commands), `chat:write` (Share in channel and fallbacks when a response_url is
 * spent), `chat:write.public` (share in public channels the bot was not invited to), `users:read` (admin flag
 * and locale from `users.info`), `channels:history` and `groups:history` (after a crash, the alerts worker looks
 * for a delivery's id in the channel's recent messages before sending it again).
 */
export const BOT_SCOPES = ['channels:history', 'chat:write', 'chat:write.public', 'commands', 'groups:history', 'users:read'] as const;

/** `/signatory cate blanchet` → `cate blanchet`: the first example with arguments, as Slack's usage hint. */
function usageHint(def: CommandDefinition): string | undefined {
  const prefix = `/${def.name} `;
  const example = def.examples.find((e) => e.startsWith(prefix) && e.length > prefix.length);
  return example ? example.slice(prefix.length).slice(0, 1000) : undefined;
}

/**
 * The manifest, from the command definitions (the one source of names, descriptions and examples).
 * Socket Mode by default; with `requestUrl` (e.g. `https://bot.example.org`) the HTTP-mode variant, every
 * command and button posting to `<requestUrl>/slack/events`.
 */
export function buildManifest(commands: readonly CommandDefinition[], options: { requestUrl?: string } = {}): SlackManifest {
  const base = options.requestUrl?.replace(/\/+$/, '');
  const eventsUrl = base ? `${base}${SLACK_EVENTS_PATH}` : undefined;
  const names = commands.map((c) => `/${c.name}`).join(', ');
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'letterbot',
      description: 'Sourced answers about the March 2025 Hollywood open letter on AI and copyright.',
      long_description: `${t('en', 'help.text')} Commands: ${names}. Answers are private until you press "Share in channel"; ask in English or French.`.slice(0, 4000),
      background_color: '#1d1c1d',
    },
    features: {
      bot_user: { display_name: 'letterbot', always_online: false },
      slash_commands: commands.map((def) => {
        if (!/^[a-z0-9_-]{1,31}$/.test(def.name)) throw new Error(`/${def.name} is not a valid Slack command name`);
        const hint = usageHint(def);
        return {
          command: `/${def.name}`,
          description: def.description.en.slice(0, 2000),
          ...(hint ? { usage_hint: hint } : {}),
          should_escape: false,
          ...(eventsUrl ? { url: eventsUrl } : {}),
        };
      }),
    },
    // HTTP mode: installable in many workspaces (OAuth), told when it is uninstalled.
    oauth_config: { scopes: { bot: [...BOT_SCOPES] }, ...(base ? { redirect_urls: [`${base}${SLACK_REDIRECT_PATH}`] } : {}) },
    settings: {
      ...(eventsUrl ? { event_subscriptions: { request_url: eventsUrl, bot_events: [...SLACK_REMOVAL_EVENTS] } } : {}),
      interactivity: { is_enabled: true, ...(eventsUrl ? { request_url: eventsUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !eventsUrl,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as stored in `manifest.json` (two-space JSON, trailing newline). */
export function manifestText(manifest: SlackManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `manifest.json` at the root of this checkout (found from `src/` and from `dist/src/`). */
export function manifestPath(start = __dirname): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'manifest.json');
    dir = path.dirname(dir);
  }
  throw new Error('could not find the project root (package.json) above ' + start);
}

/**
 * `node dist/src/adapters/slack/manifest.js`: print the manifest; `--check`: exit 1 if `manifest.json` is stale;
 * `--write`: regenerate it, saying what changed; `--http-url https://host`: print the HTTP-mode variant.
 */
function main(argv: readonly string[], out: (s: string) => void): number {
  const commands = loadCommands();
  const urlIndex = argv.indexOf('--http-url');
  if (urlIndex !== -1) {
    const requestUrl = argv[urlIndex + 1];
    if (!requestUrl || !/^https:\/\//.test(requestUrl)) {
      out('--http-url needs the public https:// address of the bot\n');
      return 2;
    }
    out(manifestText(buildManifest(commands, { requestUrl })));
    return 0;
  }
  const wanted = manifestText(buildManifest(commands));
  if (!argv.includes('--write') && !argv.includes('--check')) {
    out(wanted);
    return 0;
  }
  const file = manifestPath();
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === wanted) {
    out(`${file}: up to date (${commands.map((c) => `/${c.name}`).join(', ')})\n`);
    return 0;
  }
  if (argv.includes('--check')) {
    out(`${file}: out of date; run the manifest script with --write, then update the app at https://api.slack.com/apps\n`);
    return 1;
  }
  writeFileSync(file, wanted);
  const before = current ? (JSON.parse(current) as Partial<SlackManifest>).features?.slash_commands?.map((c) => c.command) ?? [] : [];
  const after = commands.map((c) => `/${c.name}`);
  const added = after.filter((c) => !before.includes(c));
  const removed = before.filter((c) => !after.includes(c));
  out(
    `${file}: ${current ? 'updated' : 'created'}; slash commands: ${after.join(', ')}` +
      (added.length ? `; added ${added.join(', ')}` : '') +
      (removed.length ? `; removed ${removed.join(', ')}` : '') +
      '\nPaste it into https://api.slack.com/apps → your app → App Manifest to apply it.\n',
  );
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s));
}
