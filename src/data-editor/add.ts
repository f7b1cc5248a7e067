import { diffFactBases, type Alert } from '../core/alerts';
import { checkData, type DataIssue, type MirrorHost } from '../core/data-check';
import { FactBase, FactBaseError } from '../core/fact-base';
import { deviationSchema, factSchema, signatorySchema, sourceSchema, timelineEventSchema, type FactBaseData } from '../core/schema';
import { lineDiff } from './diff';
import { DATA_KINDS, FIELDS, buildEntry, type DataKind, type EditorContext, type FieldSpec, type FieldValues } from './fields';

const ENTRY_SCHEMAS = { sources: sourceSchema, signatories: signatorySchema, timeline: timelineEventSchema, facts: factSchema, deviations: deviationSchema } as const;

/** What adding an entry will do, before anything is written. */
export interface AddPlan {
  kind: DataKind;
  /** `signatories.json`… */
  file: string;
  entry: Record<string, unknown>;
  before: string;
  after: string;
  diff: string;
  /** The alerts the running bot will post once it reloads the data. */
  alerts: Alert[];
  /** Data-check warnings this change adds (not blocking). */
  warnings: DataIssue[];
}

export type AddResult = { ok: true; plan: AddPlan } | { ok: false; message: string };

/** The data folder as read: each file's parsed JSON and its text, by section. */
export interface DataFiles {
  raw: Record<string, unknown>;
  text: Record<string, string>;
}

/** The file format every data file is kept in: two-space JSON and a final newline. */
export function formatDataFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One problem with a field's values, as one line: required, count, choices, then the field's own check. */
export function checkField(spec: FieldSpec, values: FieldValues, ctx: EditorContext): string | undefined {
  const given = values[spec.name] ?? [];
  if (given.length === 0) return spec.required ? missing(spec) : spec.check?.(given, ctx, values);
  if (spec.min !== undefined && given.length < spec.min) return `--${spec.name} is needed at least ${spec.min} times (given ${given.length})`;
  if (!spec.multi && given.length > 1) return `--${spec.name} takes one value (given ${given.length})`;
  const choice = spec.choices ? given.find((g) => !spec.choices!.includes(g)) : undefined;
  if (choice !== undefined) return `--${spec.name} must be one of ${spec.choices!.join(', ')} (given "${choice.slice(0, 40)}")`;
  return spec.check?.(given, ctx, values);
}

function missing(spec: FieldSpec): string {
  return spec.name === 'source' ? 'at least one source is needed: --source <id> (ids are in data/sources.json)' : `missing --${spec.name} (${spec.label})`;
}

/** The given values with each unset field's fallback filled in (in field order, so later fallbacks see earlier ones). */
export function withFallbacks(kind: DataKind, given: FieldValues, ctx: EditorContext): FieldValues {
  const values: FieldValues = { ...given };
  for (const spec of FIELDS[kind]) {
    if ((values[spec.name]?.length ?? 0) > 0 || !spec.fallback) continue;
    const fallback = spec.fallback(values, ctx);
    if (fallback !== undefined && fallback !== '') values[spec.name] = [fallback];
  }
  return values;
}

/**
 * Plan the addition of one entry: fill fallbacks, check every field, build the entry, validate the whole fact
 * base with the schema and the data check, and work out the new file text, its diff and the alerts. Pure:
 * refusals come back as one line and nothing is written by anyone.
 */
export function planAdd(kind: DataKind, given: FieldValues, files: DataFiles, mirrors: readonly MirrorHost[], now: Date): AddResult {
  const section = DATA_KINDS[kind];
  let before: FactBaseData;
  try {
    before = FactBase.fromData(files.raw).data;
  } catch (error) {
    const issues = error instanceof FactBaseError ? error.issues : [(error as Error).message];
    return { ok: false, message: `data/ is already invalid; fix it first (${issues[0]}${issues.length > 1 ? ` and ${issues.length - 1} more` : ''})` };
  }
  const today = now.toISOString().slice(0, 10);
  const ctx: EditorContext = { data: before, today };
  const values = withFallbacks(kind, given, ctx);
  for (const spec of FIELDS[kind]) {
    const problem = checkField(spec, values, ctx);
    if (problem) return { ok: false, message: problem };
  }
  const entry = buildEntry(kind, values);
  const parsed = ENTRY_SCHEMAS[section].safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `${issue.path.join('.') || kind}: ${issue.message}` };
  }

  const list = [...((files.raw[section] as unknown[] | undefined) ?? [])];
  insertEntry(section, list, entry);
  const raw = { ...files.raw, [section]: list };
  let after: FactBaseData;
  try {
    after = FactBase.fromData(raw).data;
  } catch (error) {
    const issues = error instanceof FactBaseError ? error.issues : [(error as Error).message];
    return { ok: false, message: issues[0] ?? 'the data would be invalid' };
  }
  const key = (i: DataIssue): string => `${i.path}: ${i.message}`;
  const checkBefore = checkData(before, mirrors, { today });
  const checkAfter = checkData(after, mirrors, { today });
  const hadErrors = new Set(checkBefore.errors.map(key));
  const newError = checkAfter.errors.find((e) => !hadErrors.has(key(e)));
  if (newError) return { ok: false, message: key(newError) };
  const hadWarnings = new Set(checkBefore.warnings.map(key));

  const file = `${section}.json`;
  const beforeText = files.text[section] ?? formatDataFile(files.raw[section]);
  const afterText = formatDataFile(list);
  return {
    ok: true,
    plan: {
      kind,
      file,
      entry,
      before: beforeText,
      after: afterText,
      diff: lineDiff(beforeText, afterText, `data/${file}`),
      alerts: diffFactBases(before, after, { now }),
      warnings: checkAfter.warnings.filter((w) => !hadWarnings.has(key(w))),
    },
  };
}

/** Where a new entry goes: the timeline stays sorted by date (a new event after others of its day); the rest appends. */
function insertEntry(section: string, list: unknown[], entry: Record<string, unknown>): void {
  if (section !== 'timeline') {
    list.push(entry);
    return;
  }
  const date = String(entry.date);
  const at = list.findIndex((e) => String((e as { date?: unknown }).date) > date);
  if (at === -1) list.push(entry);
  else list.splice(at, 0, entry);
}
