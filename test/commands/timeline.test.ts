import { TIMELINE_PAGE_SIZE } from '../../commands/timeline';
import { realDispatcher, realFacts, run } from '../helpers/core';

const dispatcher = realDispatcher();

describe('/timeline', () => {
  it('no dates → the whole story, oldest first, first page with a Next choice', async () => {
    const { reply } = await run(dispatcher, 'timeline', {});
    const all = realFacts().timeline;
    const data = reply.data as { events: { date: string; sources: unknown[] }[]; pages: number };
    expect(data.events.map((e) => e.date)).toEqual(all.map((e) => e.date));
    expect(data.events.every((e) => e.sources.length > 0)).toBe(true);
    expect(reply.fields).toHaveLength(TIMELINE_PAGE_SIZE);
    expect(reply.fields[0]!.name).toMatch(/^2 May 2023 · /);
    expect(reply.choices).toEqual([{ label: 'Next ▸', command: 'timeline', options: { page: '2' }, kind: 'page' }]);
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.text).toContain(`Page 1 of ${data.pages}`);
  });

  it('from:2025-01-01 to:2025-03-31 filters, and pages keep the filter', async () => {
    const { reply } = await run(dispatcher, 'timeline', { from: '2025-01-01', to: '2025-03-31' });
    const data = reply.data as { events: { date: string }[] };
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.events.every((e) => e.date >= '2025-01-01' && e.date <= '2025-03-31')).toBe(true);
    expect(data.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2025-01-23', '2025-03-15']));
    expect(reply.title).toBe('Timeline: 1 January 2025 to 31 March 2025');
    // More than one page of events in Q1 2025, so there is a Next button, and it keeps the range.
    expect(data.events.length).toBeGreaterThan(TIMELINE_PAGE_SIZE);
    expect(reply.choices).toEqual([{ label: 'Next ▸', command: 'timeline', options: { from: '2025-01-01', to: '2025-03-31', page: '2' }, kind: 'page' }]);
  });

  it('partial dates: from:2023 to:2023 is the strikes year', async () => {
    const { reply } = await run(dispatcher, 'timeline', { from: '2023', to: '2023' });
    const data = reply.data as { events: { date: string }[] };
    expect(data.events.length).toBeGreaterThan(3);
    expect(data.events.every((e) => e.date.startsWith('2023'))).toBe(true);
  });

  it('last page has Previous and no Next', async () => {
    const first = await run(dispatcher, 'timeline', {});
    const pages = (first.reply.data as { pages: number }).pages;
    const { reply } = await run(dispatcher, 'timeline', { page: String(pages) });
    expect(reply.choices.map((c) => c.label)).toEqual(['◂ Previous']);
  });

  it('a range with no events says so and where the timeline runs', async () => {
    const { reply } = await run(dispatcher, 'timeline', { from: '2020-01-01', to: '2020-12-31' });
    expect(reply.text).toMatch(/^No dated events between 1 January 2020 and 31 December 2020 in our timeline \(it runs from 2 May 2023 to /);
  });

  it('French headings and dates', async () => {
    const { reply } = await run(dispatcher, 'timeline', { from: '2025-03-15', to: '2025-03-15' }, 'fr');
    expect(reply.title).toBe('Chronologie : du 15 mars 2025 au 15 mars 2025');
    expect(reply.fields[0]!.name).toMatch(/^15 mars 2025 · /);
  });

  it.each([
    [{ from: '2025-13-01' }, 'date_invalid'],
    [{ from: '2025-04-01', to: '2025-01-01' }, 'date_range'],
    [{ page: '99' }, 'page'],
  ])('bad input %j → %s', async (options, code) => {
    const result = await run(dispatcher, 'timeline', options);
    expect([result.outcome, result.code]).toEqual(['user_error', code]);
  });
});
