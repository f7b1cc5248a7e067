import { REST, Routes } from 'discord.js';
import { buildCommandBodies } from '../../../src/adapters/discord/commands';
import { loadCommands } from '../../../src/command-registry';
import { FakeDiscord } from '../../helpers/fake-discord';
import { runDeployCommands } from '../../../scripts/deploy-commands';

let fake: FakeDiscord;
const names = loadCommands().map((c) => c.name);

beforeEach(async () => {
  fake = await FakeDiscord.start();
});

afterEach(async () => {
  await fake.close();
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, ...extra };
}

async function deploy(args: string[] = [], settings = env()): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await runDeployCommands(args, settings, (line) => out.push(line));
  return { code, out };
}

const puts = (): number => fake.requests.filter((r) => r.method === 'PUT').length;

describe('npm run deploy-commands against the fake Discord', () => {
  test('global: first run prints the scope and the diff and writes; the second run is a no-op', async () => {
    const first = await deploy();
    expect(first.code).toBe(0);
    expect(first.out[0]).toMatch(/^Scope: global/);
    expect(first.out).toEqual(expect.arrayContaining(names.map((n) => `  + /${n}  (new)`)));
    expect(first.out.at(-1)).toBe(`Wrote ${names.length} commands (${names.length} new, 0 changed, 0 removed) to the global scope.`);
    expect(fake.registeredCommands().map((c) => c.name)).toEqual(names);
    expect(fake.registeredCommands().find((c) => c.name === 'signatory')?.name_localizations).toEqual({ fr: 'signataire' });
    const fetch = fake.requests.find((r) => r.method === 'GET')!;
    expect(fetch.query.with_localizations).toBe('true');
    expect(puts()).toBe(1);

    const second = await deploy();
    expect(second.code).toBe(0);
    expect(second.out).toEqual(expect.arrayContaining(names.map((n) => `  = /${n}`)));
    expect(second.out.at(-1)).toBe(`No changes: ${names.length} commands already registered (global). Nothing written.`);
    expect(puts()).toBe(1);
    expect([...first.out, ...second.out].join('\n')).not.toContain(fake.token);
  });

  test('a changed definition shows field by field; --dry-run prints it and writes nothing', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const stale = buildCommandBodies(loadCommands()).map((b) => (b.name === 'ask' ? { ...b, description: 'Old description' } : b));
    await rest.put(Routes.applicationCommands(fake.applicationId), { body: stale });
    fake.clearRequests();

    const dry = await deploy(['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toEqual(expect.arrayContaining(['  ~ /ask', expect.stringMatching(/^ {6}description: "Old description" → "Ask a question/)]));
    expect(dry.out.at(-1)).toBe(`Dry run: would write ${names.length} commands (0 new, 1 changed, 0 removed). Nothing written.`);
    expect(puts()).toBe(0);

    const real = await deploy();
    expect(real.out.at(-1)).toMatch(/^Wrote .* \(0 new, 1 changed, 0 removed\)/);
    expect(fake.registeredCommands().find((c) => c.name === 'ask')?.description).toBe(loadCommands().find((c) => c.name === 'ask')!.description.en);
  });

  test('guild scope with DISCORD_GUILD_ID: writes there only, warns about global copies; --clear removes the guild copies', async () => {
    const guildEnv = env({ DISCORD_GUILD_ID: fake.guildId });
    const guild = await deploy([], guildEnv);
    expect(guild.code).toBe(0);
    expect(guild.out[0]).toBe(`Scope: guild ${fake.guildId} (DISCORD_GUILD_ID is set: this server only, updates at once)`);
    expect(guild.out.some((l) => l.startsWith('Note:'))).toBe(false);
    expect(fake.registeredCommands(fake.guildId).map((c) => c.name)).toEqual(names);
    expect(fake.registeredCommands()).toEqual([]);

    await deploy();
    const again = await deploy([], guildEnv);
    expect(again.out.some((l) => l.startsWith('Note: /signatory, /timeline'))).toBe(true);
    expect(again.out.at(-1)).toBe(`No changes: ${names.length} commands already registered (guild). Nothing written.`);

    const cleared = await deploy(['--clear'], guildEnv);
    expect(cleared.out).toEqual(expect.arrayContaining(names.map((n) => `  - /${n}  (removed)`)));
    expect(fake.registeredCommands(fake.guildId)).toEqual([]);
    expect(fake.registeredCommands().map((c) => c.name)).toEqual(names);
    expect((await deploy(['--clear'], guildEnv)).out.at(-1)).toBe('No changes: no commands registered (guild). Nothing written.');
  });

  test('missing settings, a bad token or an unknown flag → a clear message and a non-zero status, no token echoed', async () => {
    expect(await deploy([], {})).toEqual({ code: 2, out: ['deploy-commands: set DISCORD_TOKEN and DISCORD_APP_ID in .env (see .env.example)'] });
    expect(await deploy(['--force'])).toEqual({ code: 2, out: ['deploy-commands: unknown argument --force (use --dry-run and/or --clear)'] });
    const bad = await deploy([], env({ DISCORD_TOKEN: 'wrong-token-abcdef' }));
    expect(bad.code).toBe(1);
    expect(bad.out.at(-1)).toMatch(/^deploy-commands: failed: /);
    expect(bad.out.join('\n')).not.toContain('wrong-token-abcdef');
  });
});
