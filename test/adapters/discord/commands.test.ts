import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits, type APIApplicationCommand } from 'discord.js';
import { buildCommandBodies, diffCommands, formatDiff, toDiscordCommand } from '../../../src/adapters/discord/commands';
import { loadCommands } from '../../../src/command-registry';
import type { CommandDefinition } from '../../../src/core/command';
import { makeReply } from '../../../src/core/reply';

const commands = loadCommands();
const byName = (name: string) => buildCommandBodies(commands).find((c) => c.name === name)!;

/** What Discord answers to GET …/commands?with_localizations=true for a body it stored. */
function asRegistered(body: ReturnType<typeof toDiscordCommand>, overrides: Partial<APIApplicationCommand> = {}): APIApplicationCommand {
  return {
    id: '1346000000000001000',
    application_id: '1346000000000000001',
    version: '1346000000000001001',
    type: 1,
    name: body.name,
    name_localizations: body.name_localizations ?? null,
    description: body.description,
    description_localizations: body.description_localizations ?? null,
    options: body.options?.map((o) => ({ ...o, name_localizations: o.name_localizations ?? null, description_localizations: o.description_localizations ?? null })),
    default_member_permissions: body.default_member_permissions ?? null,
    nsfw: false,
    contexts: body.contexts ?? null,
    integration_types: body.integration_types ?? [0],
    ...overrides,
  };
}

describe('Discord command bodies from commands/', () => {
  test('every command: French name and description, typed options with limits, usable in servers and DMs', () => {
    const bodies = buildCommandBodies(commands);
    expect(bodies.map((b) => b.name)).toEqual(commands.map((c) => c.name));
    for (const [i, body] of bodies.entries()) {
      const def = commands[i]!;
      expect(body.description).toBe(def.description.en);
      expect(body.description_localizations).toEqual({ fr: def.description.fr });
      if (def.nameFr) expect(body.name_localizations).toEqual({ fr: def.nameFr });
      expect(body.default_member_permissions).toBe(def.managersOnly ? PermissionFlagsBits.ManageChannels.toString() : null);
      const required = (body.options ?? []).map((o) => ('required' in o && o.required) === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
    expect(byName('signatory')).toMatchObject({
      name_localizations: { fr: 'signataire' },
      options: [{ name: 'name', name_localizations: { fr: 'nom' }, type: ApplicationCommandOptionType.String, required: true, max_length: 200, autocomplete: true }],
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [0],
    });
    expect(byName('timeline').options).toEqual([
      expect.objectContaining({ name: 'from', name_localizations: { fr: 'depuis' }, type: ApplicationCommandOptionType.String, required: false, max_length: 10 }),
      expect.objectContaining({ name: 'to', name_localizations: { fr: 'jusqua' }, type: ApplicationCommandOptionType.String, max_length: 10 }),
      expect.objectContaining({ name: 'page', type: ApplicationCommandOptionType.Integer, min_value: 1, max_value: 1000 }),
    ]);
    expect(byName('ask').options?.[1]).toMatchObject({ name: 'lang', choices: [{ name: 'en', value: 'en' }, { name: 'fr', value: 'fr' }] });
    expect(byName('ask').options?.[1]).not.toHaveProperty('autocomplete');
  });

  test('a managers-only command needs Manage Channels and exists in servers only; a guild body has no contexts', () => {
    const admin: CommandDefinition = {
      name: 'purge',
      description: { en: 'Managers only', fr: 'Gestionnaires seulement' },
      options: [],
      examples: ['/purge'],
      managersOnly: true,
      run: () => makeReply({ title: 't', text: 'x' }),
    };
    expect(toDiscordCommand(admin)).toMatchObject({ default_member_permissions: '16', contexts: [InteractionContextType.Guild] });
    const [guild] = buildCommandBodies([admin], 'guild');
    expect(guild).not.toHaveProperty('contexts');
    expect(guild).not.toHaveProperty('integration_types');
  });

  test('names and descriptions Discord would refuse fail loudly, naming the command', () => {
    const base: CommandDefinition = { name: 'ok', description: { en: 'd', fr: 'd' }, options: [], examples: [], run: () => makeReply({ title: 't', text: 'x' }) };
    expect(() => toDiscordCommand({ ...base, name: 'Bad Name' })).toThrow(/Bad Name/);
    expect(() => toDiscordCommand({ ...base, description: { en: 'x'.repeat(101), fr: 'd' } })).toThrow(/\/ok: description must be 1–100/);
    expect(() => toDiscordCommand({ ...base, nameFr: 'pas bon' })).toThrow(/\/ok \(fr\)/);
  });
});

describe('diffCommands', () => {
  const desired = buildCommandBodies(commands);

  test('what Discord returns for the same set (ids, versions, nulls) is unchanged', () => {
    const diff = diffCommands(desired.map((b) => asRegistered(b)), desired);
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchanged: desired.map((b) => b.name) });
  });

  test('new, removed and changed commands, with the changed fields by option name', () => {
    const registered = desired
      .filter((b) => b.name !== 'help')
      .map((b) =>
        b.name === 'timeline'
          ? asRegistered(b, { description: 'Old text', options: b.options?.map((o) => (o.name === 'page' ? { ...o, max_value: 100 } : o)) })
          : asRegistered(b),
      );
    registered.push(asRegistered({ ...desired[0]!, name: 'about' }));
    const diff = diffCommands(registered, desired);
    expect(diff.added).toEqual(['help']);
    expect(diff.removed).toEqual(['about']);
    expect(diff.changed).toEqual([
      {
        name: 'timeline',
        changes: [
          { path: 'description', before: 'Old text', after: desired.find((b) => b.name === 'timeline')!.description },
          { path: 'options[page].max_value', before: 100, after: 1000 },
        ],
      },
    ]);
    const lines = formatDiff(diff);
    expect(lines).toEqual(
      expect.arrayContaining(['  + /help  (new)', '  ~ /timeline', '      options[page].max_value: 100 → 1000', '  - /about  (removed)', '  = /signatory']),
    );
  });
});
