import type { TimelineEvent } from '../../src/core/schema';
import { eventsBetween, groupByYear, paginate } from '../../src/core/timeline';
import { realFacts } from '../helpers/core';

const event = (id: string, date: string): TimelineEvent => ({ id, date, title: { en: id, fr: id }, detail: { en: id, fr: id }, sources: ['s'] });

describe('timeline', () => {
  const events = [event('c', '2025-03-15'), event('a', '2023-05-02'), event('b', '2025-01-23'), event('d', '2026-01-22')];

  it('filters by inclusive date range, oldest first', () => {
    expect(eventsBetween(events, {}).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(eventsBetween(events, { from: '2025-01-23', to: '2025-03-15' }).map((e) => e.id)).toEqual(['b', 'c']);
    expect(eventsBetween(events, { from: '2025-03-16' }).map((e) => e.id)).toEqual(['d']);
    expect(eventsBetween(events, { to: '2023-05-01' })).toEqual([]);
  });

  it('groups by year', () => {
    expect(groupByYear(eventsBetween(events, {})).map((g) => [g.year, g.events.length])).toEqual([['2023', 1], ['2025', 2], ['2026', 1]]);
  });

  it('paginates, refusing pages that do not exist', () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ items: [3, 4], page: 2, pages: 3, total: 5 });
    expect(paginate([1, 2, 3], 4, 2)).toBeNull();
    expect(paginate([], 1, 2)).toEqual({ items: [], page: 1, pages: 1, total: 0 });
  });

  it('the real timeline runs from the 2023 strikes through the executive order and the letter to what followed', () => {
    const real = realFacts().timeline;
    expect(real[0]!.date.startsWith('2023')).toBe(true);
    const dates = real.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2023-05-02', '2025-01-23', '2025-03-15', '2025-07-23']));
  });
});
