import { nameTokens } from '../core/names';
import { foldText, stripControl } from '../core/text';
import { parseDateBound } from '../core/validate';
import { ROLES, type FactBaseData } from '../core/schema';

/** What `letterbot data add` can add, and the data file each goes to. */
export const DATA_KINDS = { source: 'sources', signatory: 'signatories', event: 'timeline', fact: 'facts' } as const;
export type DataKind = keyof typeof DATA_KINDS;
export type DataSection = (typeof DATA_KINDS)[DataKind];

/** The values an editor gave, per field: flags (repeated or comma-separated) or answers. */
export type FieldValues = Record<string, string[]>;

export interface EditorContext {
  data: FactBaseData;
  /** YYYY-MM-DD, from the injected clock. */
  today: string;
}

export interface FieldSpec {
  /** The flag, without `--`. */
  name: string;
  /** The question asked in a terminal. */
  label: string;
  required: boolean;
  /** `comma`: one line of comma-separated values (ids, roles); `repeat`: one value per flag or per answer line. */
  multi?: 'comma' | 'repeat';
  /** At least this many values (for `repeat` fields). */
  min?: number;
  choices?: readonly string[];
  /** The value used when none is given (shown in brackets in a terminal). */
  fallback?: (values: FieldValues, ctx: EditorContext) => string | undefined;
  /** A problem with the given values, as one line; undefined when fine. */
  check?: (values: string[], ctx: EditorContext, all: FieldValues) => string | undefined;
}

/** Lower-case ASCII id from free text: "Guitar Player" → "guitar-player". */
export function slugify(text: string, maxWords = 8): string {
  return foldText(text)
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Clean one typed value: control characters out, spaces collapsed. */
export function cleanValue(raw: string): string {
  return stripControl(raw).replace(/\s+/g, ' ').trim();
}

const knownSources = (values: string[], ctx: EditorContext): string | undefined => {
  const ids = new Set(ctx.data.sources.map((s) => s.id));
  const unknown = values.find((v) => !ids.has(v));
  return unknown === undefined ? undefined : `unknown source id "${unknown}": add it first with \`letterbot data add source\` (ids are in data/sources.json)`;
};

const SOURCES: FieldSpec = {
  name: 'source',
  label: 'Source ids (comma-separated, from data/sources.json)',
  required: true,
  multi: 'comma',
  min: 1,
  check: knownSources,
};

function uniqueId(section: 'sources' | 'signatories' | 'timeline' | 'facts', what: string): FieldSpec['check'] {
  return ([id], ctx) => (id && ctx.data[section].some((x) => x.id === id) ? `there is already ${what} with id "${id}"` : undefined);
}

/** A day that exists, not after today. */
function pastDay(value: string, ctx: EditorContext): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseDateBound(value, 'start').ok) return `"${value}" is not a date: use YYYY-MM-DD`;
  return value > ctx.today ? `the date ${value} is in the future (today is ${ctx.today})` : undefined;
}

/** A source date: YYYY, YYYY-MM, YYYY-MM-DD or n.d., not after today. */
function sourceDate(value: string, ctx: EditorContext): string | undefined {
  if (value === 'n.d.') return undefined;
  const m = /^\d{4}(-\d{2}(-\d{2})?)?$/.exec(value);
  if (!m || !parseDateBound(value, 'start').ok) return `"${value}" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or n.d. (undated)`;
  return value > ctx.today.slice(0, value.length) ? `the date ${value} is in the future (today is ${ctx.today})` : undefined;
}

/** The same person under another spelling: same name tokens as a listed name or alias. */
function sameName(name: string, ctx: EditorContext): string | undefined {
  const key = nameTokens(name).join(' ');
  for (const person of ctx.data.signatories) {
    for (const known of [person.name, ...person.aliases]) {
      if (nameTokens(known).join(' ') === key) return `${person.name} is already listed (id ${person.id})`;
    }
  }
  return undefined;
}

export const FIELDS: Record<DataKind, FieldSpec[]> = {
  source: [
    { name: 'publisher', label: 'Publisher (the outlet, e.g. Variety)', required: true },
    { name: 'title', label: 'Title of the page', required: true },
    {
      name: 'url',
      label: "URL (the outlet's own page, https://…)",
      required: true,
      check: ([url]) => (url && !/^https:\/\/[^\s/]+\.[^\s/]+/.test(url) ? `"${url.slice(0, 80)}" is not an https:// URL` : undefined),
    },
    { name: 'date', label: 'Date (YYYY-MM-DD, YYYY-MM, YYYY or n.d.)', required: true, check: ([d], ctx) => (d ? sourceDate(d, ctx) : undefined) },
    { name: 'lang', label: 'Language', required: true, choices: ['en', 'fr'], fallback: () => 'en' },
    { name: 'tier', label: "Tier (major: an outlet's own page; minor: a copy, aggregator or small site)", required: true, choices: ['major', 'minor'] },
    { name: 'note', label: 'Note (whose story a copy relays, caveats)', required: false },
    { name: 'via-url', label: 'Via: URL of the copy the text was read from, if not the outlet’s page', required: false },
    { name: 'via-note', label: 'Via: short note on that copy', required: false, check: ([note], _ctx, all) => (all['via-url']?.length && !note ? 'a --via-url needs a --via-note saying what the copy is' : undefined) },
    {
      name: 'id',
      label: 'Id',
      required: true,
      fallback: (v) => (v.publisher?.[0] ? [slugify(v.publisher[0], 4), v.date?.[0] && v.date[0] !== 'n.d.' ? v.date[0] : ''].filter(Boolean).join('-') : undefined),
      check: uniqueId('sources', 'a source'),
    },
  ],
  signatory: [
    { name: 'name', label: 'Name, as the sources spell it', required: true, check: ([name], ctx) => (name ? sameName(name, ctx) : undefined) },
    { name: 'known-for-en', label: 'Known for (English, e.g. Actress (The Aviator))', required: true },
    { name: 'known-for-fr', label: 'Known for (French, e.g. Actrice (Aviator))', required: true },
    {
      name: 'role',
      label: `Roles (comma-separated: ${ROLES.join(', ')})`,
      required: true,
      multi: 'comma',
      min: 1,
      check: (roles) => {
        const bad = roles.find((r) => !(ROLES as readonly string[]).includes(r));
        return bad === undefined ? undefined : `"${bad}" is not a role; use: ${ROLES.join(', ')}`;
      },
    },
    SOURCES,
    {
      name: 'confidence',
      label: 'Confidence (major: a major outlet names them; weak: only smaller sites)',
      required: true,
      choices: ['major', 'weak'],
      fallback: (v, ctx) => {
        const tiers = (v.source ?? []).map((id) => ctx.data.sources.find((s) => s.id === id)?.tier);
        return tiers.length === 0 ? undefined : tiers.includes('major') ? 'major' : 'weak';
      },
    },
    { name: 'alias', label: 'Other spelling seen in print', required: false, multi: 'repeat' },
    { name: 'note', label: 'Note', required: false },
    { name: 'id', label: 'Id', required: true, fallback: (v) => (v.name?.[0] ? slugify(v.name[0]) : undefined), check: uniqueId('signatories', 'a signatory') },
  ],
  event: [
    { name: 'date', label: 'Date (YYYY-MM-DD)', required: true, check: ([d], ctx) => (d ? pastDay(d, ctx) : undefined) },
    { name: 'title-en', label: 'Title (English)', required: true },
    { name: 'title-fr', label: 'Title (French)', required: true },
    { name: 'detail-en', label: 'Detail (English, one or two sentences)', required: true },
    { name: 'detail-fr', label: 'Detail (French)', required: true },
    SOURCES,
    {
      name: 'id',
      label: 'Id',
      required: true,
      fallback: (v) => (v.date?.[0] && v['title-en']?.[0] ? `${v.date[0]}-${slugify(v['title-en'][0], 5)}` : undefined),
      check: uniqueId('timeline', 'an event'),
    },
  ],
  fact: [
    { name: 'id', label: 'Id (e.g. no-fakes-act)', required: true, check: uniqueId('facts', 'a fact') },
    { name: 'topic', label: 'Topic (a few words)', required: true },
    { name: 'answer-en', label: 'Answer (English)', required: true },
    { name: 'answer-fr', label: 'Answer (French)', required: true },
    { name: 'question-en', label: 'A way to ask it (English)', required: true, multi: 'repeat', min: 2 },
    { name: 'question-fr', label: 'A way to ask it (French)', required: true, multi: 'repeat', min: 2 },
    { name: 'keyword-en', label: 'Keyword (English)', required: true, multi: 'repeat', min: 1 },
    { name: 'keyword-fr', label: 'Keyword (French)', required: true, multi: 'repeat', min: 1 },
    SOURCES,
    {
      name: 'quote',
      label: 'Quote id from data/letter.json (optional)',
      required: false,
      check: ([q], ctx) => (q && !ctx.data.letter.quotes.some((x) => x.id === q) ? `unknown quote id "${q}" (ids are in data/letter.json quotes)` : undefined),
    },
  ],
};

/** The entry as stored, keys in the schema's order, from complete field values. */
export function buildEntry(kind: DataKind, v: FieldValues): Record<string, unknown> {
  const one = (name: string): string | undefined => v[name]?.[0];
  const all = (name: string): string[] => v[name] ?? [];
  const optional = (key: string, value: unknown): Record<string, unknown> => (value === undefined || value === '' ? {} : { [key]: value });
  switch (kind) {
    case 'source':
      return {
        id: one('id'),
        publisher: one('publisher'),
        title: one('title'),
        url: one('url'),
        date: one('date'),
        lang: one('lang'),
        tier: one('tier'),
        ...optional('note', one('note')),
        ...(one('via-url') ? { via: { url: one('via-url'), note: one('via-note') } } : {}),
      };
    case 'signatory':
      return {
        id: one('id'),
        name: one('name'),
        aliases: all('alias'),
        knownFor: { en: one('known-for-en'), fr: one('known-for-fr') },
        roles: all('role'),
        sources: all('source'),
        confidence: one('confidence'),
        ...optional('note', one('note')),
      };
    case 'event':
      return {
        id: one('id'),
        date: one('date'),
        title: { en: one('title-en'), fr: one('title-fr') },
        detail: { en: one('detail-en'), fr: one('detail-fr') },
        sources: all('source'),
      };
    case 'fact':
      return {
        id: one('id'),
        topic: one('topic'),
        answer: { en: one('answer-en'), fr: one('answer-fr') },
        questions: { en: all('question-en'), fr: all('question-fr') },
        keywords: { en: all('keyword-en'), fr: all('keyword-fr') },
        ...optional('quote', one('quote')),
        sources: all('source'),
      };
  }
}
