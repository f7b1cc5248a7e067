import type { CommandDefinition } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { formatDay, t } from '../src/core/i18n';
import { makeReply, replyToPlainText, type Reply, type ReplyChoice } from '../src/core/reply';
import { eventsBetween, groupByYear, paginate } from '../src/core/timeline';

/** Events per page: keeps a page well inside Discord's 25 fields and Slack's 50 blocks. */
export const TIMELINE_PAGE_SIZE = 8;

/** `/timeline [from] [to]`: the dated story, oldest first, a page at a time. */
export const timelineCommand: CommandDefinition = {
  name: 'timeline',
  nameFr: 'chronologie',
  description: { en: 'Dated summary of the story, from the 2023 strikes to today', fr: 'Résumé daté de l’affaire, des grèves de 2023 à aujourd’hui' },
  options: [
    { name: 'from', nameFr: 'depuis', type: 'date', dateBound: 'start', maxLength: 10, description: { en: 'First day, YYYY-MM-DD (or YYYY-MM, YYYY)', fr: 'Premier jour, AAAA-MM-JJ (ou AAAA-MM, AAAA)' } },
    { name: 'to', nameFr: 'jusqua', type: 'date', dateBound: 'end', maxLength: 10, description: { en: 'Last day, YYYY-MM-DD (or YYYY-MM, YYYY)', fr: 'Dernier jour, AAAA-MM-JJ (ou AAAA-MM, AAAA)' } },
    { name: 'page', type: 'integer', min: 1, max: 1000, maxLength: 4, description: { en: 'Page number', fr: 'Numéro de page' } },
  ],
  examples: ['/timeline', '/timeline from:2025-01-01 to:2025-03-31', '/timeline from:2023 to:2023'],

  run(input, ctx): Reply {
    const { facts, locale } = ctx;
    const from = input.from as string | undefined;
    const to = input.to as string | undefined;
    const events = eventsBetween(facts.timeline, { from, to });
    const requested = (input.page as number | undefined) ?? 1;
    const page = paginate(events, requested, TIMELINE_PAGE_SIZE);
    if (!page) throw new UserError('page', { page: requested, pages: Math.max(1, Math.ceil(events.length / TIMELINE_PAGE_SIZE)) });
    const first = facts.timeline[0]!.date;
    const last = facts.timeline[facts.timeline.length - 1]!.date;
    const title = from || to ? t(locale, 'timeline.title.range', { from: formatDay(from ?? first, locale), to: formatDay(to ?? last, locale) }) : t(locale, 'timeline.title');
    const text =
      events.length === 0
        ? t(locale, 'timeline.empty', { from: formatDay(from ?? first, locale), to: formatDay(to ?? last, locale), first: formatDay(first, locale), last: formatDay(last, locale) })
        : [
            t(locale, 'timeline.page', { page: page.page, pages: page.pages, count: events.length }),
            groupByYear(events).map((g) => `${g.year}: ${g.events.length}`).join(' · '),
          ].join('\n');
    const choices: ReplyChoice[] = [];
    const options = (p: number): Record<string, string> => ({ ...(from ? { from } : {}), ...(to ? { to } : {}), page: String(p) });
    if (page.page > 1) choices.push({ label: t(locale, 'timeline.previous'), command: 'timeline', options: options(page.page - 1), kind: 'page' });
    if (page.page < page.pages) choices.push({ label: t(locale, 'timeline.next'), command: 'timeline', options: options(page.page + 1), kind: 'page' });
    const reply = makeReply({
      title,
      text,
      fields: page.items.map((e) => ({ name: `${formatDay(e.date, locale)} · ${e.title[locale]}`, value: e.detail[locale] })),
      sources: facts.sourceLinks(page.items.flatMap((e) => e.sources)),
      choices,
      tone: 'neutral',
    });
    return {
      ...reply,
      data: {
        from: from ?? null,
        to: to ?? null,
        page: page.page,
        pages: page.pages,
        events: events.map((e) => ({ date: e.date, title: e.title[locale], detail: e.detail[locale], sources: facts.sourceLinks(e.sources) })),
        text: replyToPlainText(reply, t(locale, 'sources')),
      },
    };
  },
};
