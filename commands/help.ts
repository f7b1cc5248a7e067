import type { CommandDefinition } from '../src/core/command';
import { t } from '../src/core/i18n';
import { makeReply, type Reply } from '../src/core/reply';

/** `/help`: every command with its description and examples, from the definitions themselves. */
export const helpCommand: CommandDefinition = {
  name: 'help',
  nameFr: 'aide',
  description: { en: 'What letterbot can do, with examples', fr: 'Ce que letterbot sait faire, avec des exemples' },
  options: [],
  examples: ['/help'],

  run(_input, ctx): Reply {
    const { locale } = ctx;
    const visible = ctx.commands.filter((c) => !c.managersOnly || ctx.user.isManager);
    return makeReply({
      title: t(locale, 'help.title'),
      text: t(locale, 'help.text'),
      fields: visible.map((c) => ({ name: `/${c.name}: ${c.description[locale]}`, value: `${t(locale, 'help.examples')}: ${c.examples.join(' · ')}` })),
      sources: ctx.facts.sourceLinks(ctx.facts.letter.reportedSignatories.sources).slice(0, 3),
      ephemeral: true,
      data: { commands: visible.map((c) => ({ name: c.name, description: c.description[locale], examples: c.examples })) },
    });
  },
};
