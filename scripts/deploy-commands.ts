import { config as loadDotenv } from 'dotenv';
import { REST } from 'discord.js';
import { deployCommands } from '../src/adapters/discord/commands';
import { loadCommands } from '../src/command-registry';
import { ConfigError, readConfig } from '../src/config';

const FLAGS = ['--dry-run', '--clear'];

/**
 * `npm run deploy-commands [-- --dry-run] [-- --clear]`: register the commands of `commands/` with Discord, in
 * the guild `DISCORD_GUILD_ID` when set (instant, for testing), globally otherwise. Prints the scope and a diff
 * against what is registered; writes only when something changed; `--dry-run` never writes; `--clear` registers
 * nothing in that scope (to remove stale copies). Returns the exit status.
 */
export async function runDeployCommands(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, write: (line: string) => void): Promise<number> {
  const unknown = argv.filter((a) => !FLAGS.includes(a));
  if (unknown.length > 0) {
    write(`deploy-commands: unknown argument ${unknown.join(' ')} (use ${FLAGS.join(' and/or ')})`);
    return 2;
  }
  let discord;
  try {
    discord = readConfig(env).discord;
  } catch (error) {
    if (error instanceof ConfigError) {
      write(`deploy-commands: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (!discord?.appId) {
    write('deploy-commands: set DISCORD_TOKEN and DISCORD_APP_ID in .env (see .env.example)');
    return 2;
  }
  const rest = new REST({ version: '10', retries: 2, ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(discord.token);
  try {
    await deployCommands({ rest, appId: discord.appId, guildId: discord.guildId, commands: loadCommands(), dryRun: argv.includes('--dry-run'), clear: argv.includes('--clear'), write });
    return 0;
  } catch (error) {
    // Discord's own message ("401: Unauthorized", "Missing Access"…); the token is never part of it.
    write(`deploy-commands: failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  runDeployCommands(process.argv.slice(2), process.env, (line) => process.stdout.write(`${line}\n`)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`deploy-commands: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
