import type { TimelineEvent } from './schema';

export interface DateRange {
  /** Inclusive, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

/** Events inside the range, oldest first (stable for events on the same day). */
export function eventsBetween(events: readonly TimelineEvent[], range: DateRange): TimelineEvent[] {
  return events
    .filter((e) => (!range.from || e.date >= range.from) && (!range.to || e.date <= range.to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Events grouped by year, years in order. */
export function groupByYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const groups: { year: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
}

/** One page of items; `page` is 1-based and must exist (an empty list has one empty page). */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> | null {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pages, total: items.length };
}
