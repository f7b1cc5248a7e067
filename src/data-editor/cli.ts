import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { checkData, formatIssues, type MirrorHost } from '../core/data-check';
import { FactBase, FactBaseError } from '../core/fact-base';
import { readConfig } from '../config';
import { DATA_FILES, DEFAULT_DATA_DIR, readMirrorHosts } from '../fact-files';
import type { CliOutput } from '../one-shot';
import { checkField, planAdd, withFallbacks, type AddPlan, type DataFiles } from './add';
import { DATA_KINDS, FIELDS, cleanValue, type DataKind, type EditorContext, type FieldSpec, type FieldValues } from './fields';

export const DATA_USAGE = `usage: letterbot data check
       letterbot data add source|signatory|event|fact [--field value …] [--dry-run]
  Without all the fields, in a terminal, data add asks for the missing ones one by one.
  letterbot data add source --publisher "The Outlet" --title "…" --url https://www.theoutlet.com/… --date 2025-03-18 --tier major
  letterbot data add signatory --name "Jane Doe" --known-for-en Actress --known-for-fr Actrice --role actor --source the-outlet-2025-03-18
  letterbot data add event --date 2025-12-11 --title-en "…" --title-fr "…" --detail-en "…" --detail-fr "…" --source the-outlet-2025-03-18
  letterbot data add fact --id a-new-fact --topic "…" --answer-en "…" --answer-fr "…" --question-en "…" --question-en "…" --question-fr "…" --question-fr "…" --keyword-en "…" --keyword-fr "…" --source …`;

/** What the editor CLI needs from the outside world; tests pass their own. */
export interface DataCliIo {
  /** The clock: "a date in the future" is judged against it. */
  now?: () => Date;
  /** Where answers are read from when asking field by field. */
  input?: NodeJS.ReadableStream;
  /** Ask for missing fields (default: when stdin is a terminal). */
  interactive?: boolean;
}

/**
 * `letterbot data check` and `letterbot data add …`: the editor's way to change `data/` without hand-editing
 * JSON. Exit 0 when done; 1 when the data check finds errors or a file cannot be read; 2 when an addition is
 * refused (one line on stderr, nothing written).
 */
export async function runDataCli(args: readonly string[], env: Readonly<Record<string, string | undefined>>, out: CliOutput, io: DataCliIo = {}): Promise<number> {
  const dir = readConfig(env).dataDir ?? DEFAULT_DATA_DIR;
  const now = (io.now ?? (() => new Date()))();
  const [action, kind, ...rest] = args;
  if (args.includes('--help') || args.includes('-h')) {
    out.stdout(`${action === 'add' && kind !== undefined && kind in DATA_KINDS ? fieldHelp(kind as DataKind) : DATA_USAGE}\n`);
    return 0;
  }
  if (action === 'check' && kind === undefined) return runCheck(dir, now, out);
  if (action === 'add' && kind !== undefined && kind in DATA_KINDS) {
    return runAdd(dir, kind as DataKind, rest, now, out, { input: io.input ?? process.stdin, interactive: io.interactive ?? Boolean(process.stdin.isTTY) });
  }
  const wanted = action === 'add' ? `unknown kind "${String(kind ?? '').slice(0, 40)}": use source, signatory, event or fact` : `unknown data command "${String(action ?? '').slice(0, 40)}"`;
  out.stderr(`letterbot data: ${action === undefined ? 'a data command is needed' : wanted}\n${DATA_USAGE}\n`);
  return 2;
}

function runCheck(dir: string, now: Date, out: CliOutput): number {
  let data;
  let mirrors: MirrorHost[];
  try {
    data = FactBase.fromData(readFiles(dir).raw).data;
    mirrors = readMirrorHosts(dir);
  } catch (error) {
    const issues = error instanceof FactBaseError ? error.issues : [(error as Error).message];
    out.stderr(`letterbot data check: ${dir} is invalid:\n${issues.map((i) => `  error    ${i}`).join('\n')}\n`);
    return 1;
  }
  const { errors, warnings } = checkData(data, mirrors, { today: now.toISOString().slice(0, 10) });
  const lines = [...formatIssues(errors).map((l) => `  error    ${l}`), ...formatIssues(warnings).map((l) => `  warning  ${l}`)];
  const summary = `data check: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (${dir})`;
  (errors.length > 0 ? out.stderr : out.stdout)(`${[summary, ...lines].join('\n')}\n`);
  return errors.length > 0 ? 1 : 0;
}

async function runAdd(dir: string, kind: DataKind, args: readonly string[], now: Date, out: CliOutput, io: { input: NodeJS.ReadableStream; interactive: boolean }): Promise<number> {
  const refuse = (message: string): number => {
    out.stderr(`letterbot data add ${kind}: refused: ${message.replace(/\s+/g, ' ')}. Nothing was written.\n`);
    return 2;
  };
  const flags = parseFlags(kind, args);
  if (!flags.ok) return refuse(flags.message);
  let files: DataFiles;
  let mirrors: MirrorHost[];
  try {
    files = readFiles(dir);
    mirrors = readMirrorHosts(dir);
  } catch (error) {
    out.stderr(`letterbot data add ${kind}: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  let values = flags.values;
  // In a terminal, questions start only when the flags leave out something needed; then every unset field is asked.
  if (io.interactive && FIELDS[kind].some((spec) => spec.required && !spec.fallback && (values[spec.name]?.length ?? 0) === 0)) {
    let data;
    try {
      data = FactBase.fromData(files.raw).data;
    } catch {
      return refuse('data/ is already invalid; run letterbot data check');
    }
    const asked = await askMissing(kind, values, { data, today: now.toISOString().slice(0, 10) }, io.input, out);
    if (!asked.ok) return refuse(asked.message);
    values = asked.values;
  }
  const result = planAdd(kind, values, files, mirrors, now);
  if (!result.ok) return refuse(result.message);
  const { plan } = result;
  if (!flags.dryRun) {
    const file = path.join(dir, plan.file);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, plan.after);
    renameSync(temp, file);
  }
  out.stdout(`${report(plan, flags.dryRun)}\n`);
  return 0;
}

/** The diff, the alerts the change will post, any new warnings, and what was written. */
function report(plan: AddPlan, dryRun: boolean): string {
  const lines = [plan.diff, ''];
  if (plan.alerts.length === 0) {
    lines.push('Alerts once the bot reloads: none (a new source or a new question-and-answer entry is not news by itself).');
  } else {
    lines.push(`Alerts once the bot reloads (${plan.alerts.length}):`);
    for (const a of plan.alerts) lines.push(`  [${a.topic}] ${a.text.en}`, `  ${' '.repeat(a.topic.length + 2)} fr: ${a.text.fr}`);
  }
  if (plan.warnings.length > 0) lines.push('', 'Data check warnings this change adds:', ...formatIssues(plan.warnings).map((l) => `  warning  ${l}`));
  lines.push('', dryRun ? `Nothing written (--dry-run): data/${plan.file} unchanged.` : `Wrote data/${plan.file}. Run npm run data:reload to publish it to the running bot.`);
  return lines.join('\n');
}

/** `letterbot data add event --help`: every field, its flag, and whether it is needed. */
function fieldHelp(kind: DataKind): string {
  const lines = FIELDS[kind].map((spec) => {
    const need = spec.required ? (spec.fallback ? 'default given' : 'required') : 'optional';
    const many = spec.multi === 'repeat' ? `, repeat for more${spec.min ? ` (at least ${spec.min})` : ''}` : spec.multi === 'comma' ? ', comma-separated' : '';
    const choices = spec.choices ? ` [${spec.choices.join('|')}]` : '';
    return `  --${spec.name.padEnd(13)} ${spec.label}${choices} (${need}${many})`;
  });
  return [`usage: letterbot data add ${kind} [--field value …] [--dry-run]`, ...lines].join('\n');
}

type Parsed = { ok: true; values: FieldValues; dryRun: boolean } | { ok: false; message: string };

/** `--name value`, `--name=value`; repeatable fields collect every value, comma fields split on commas. */
function parseFlags(kind: DataKind, args: readonly string[]): Parsed {
  const specs = new Map(FIELDS[kind].map((s) => [s.name, s]));
  const values: FieldValues = {};
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--dry-run') {
      dryRun = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=([\s\S]*))?$/.exec(arg);
    const spec = m ? specs.get(m[1]!) : undefined;
    if (!m || !spec) return { ok: false, message: `unknown option ${arg.slice(0, 40)} for ${kind} (options: ${[...specs.keys()].map((k) => `--${k}`).join(', ')})` };
    const value = m[2] ?? args[++i];
    if (value === undefined) return { ok: false, message: `--${spec.name} needs a value` };
    values[spec.name] = [...(values[spec.name] ?? []), ...split(spec, value)];
  }
  return { ok: true, values, dryRun };
}

function split(spec: FieldSpec, raw: string): string[] {
  const parts = spec.multi === 'comma' ? raw.split(',') : [raw];
  return parts.map(cleanValue).filter((p) => p !== '');
}

/** Ask, one by one, for every field the flags left out; a bad answer is explained and asked again. */
async function askMissing(kind: DataKind, given: FieldValues, ctx: EditorContext, input: NodeJS.ReadableStream, out: CliOutput): Promise<{ ok: true; values: FieldValues } | { ok: false; message: string }> {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const read = async (prompt: string): Promise<string | undefined> => {
    out.stdout(prompt);
    const next = await lines.next();
    return next.done ? undefined : cleanValue(String(next.value));
  };
  const values: FieldValues = { ...given };
  try {
    for (const spec of FIELDS[kind]) {
      if ((values[spec.name]?.length ?? 0) > 0) continue;
      const fallback = withFallbacks(kind, values, ctx)[spec.name]?.[0];
      for (let attempt = 0; ; attempt++) {
        const answer = spec.multi === 'repeat' ? await readMany(spec, read) : await read(promptFor(spec, fallback));
        if (answer === undefined) return { ok: false, message: `input ended before ${spec.name} was given` };
        const list = Array.isArray(answer) ? answer : answer === '' ? (fallback ? [fallback] : []) : split(spec, answer);
        const trial = { ...values, [spec.name]: list };
        if (list.length === 0) delete trial[spec.name];
        const problem = checkField(spec, trial, ctx);
        if (!problem) {
          Object.assign(values, trial);
          break;
        }
        if (attempt >= 2) return { ok: false, message: problem };
        out.stdout(`  ✗ ${problem}\n`);
      }
    }
  } finally {
    rl.close();
  }
  return { ok: true, values };
}

function promptFor(spec: FieldSpec, fallback: string | undefined): string {
  const choices = spec.choices ? ` (${spec.choices.join('/')})` : '';
  const hint = fallback ? ` [${fallback}]` : spec.required ? '' : ' (optional, Enter to skip)';
  return `${spec.label}${choices}${hint}: `;
}

/** A repeatable field: one value per line until an empty line. */
async function readMany(spec: FieldSpec, read: (prompt: string) => Promise<string | undefined>): Promise<string[] | undefined> {
  const list: string[] = [];
  for (;;) {
    const need = spec.min ?? 0;
    const hint = list.length >= need ? ' (Enter when done)' : need > 1 ? ` (${list.length + 1} of at least ${need})` : '';
    const answer = await read(`${spec.label}${hint}: `);
    if (answer === undefined) return list.length >= need ? list : undefined;
    if (answer === '') return list;
    list.push(answer);
  }
}

function readFiles(dir: string): DataFiles {
  const raw: Record<string, unknown> = {};
  const text: Record<string, string> = {};
  for (const name of DATA_FILES) {
    const file = path.join(dir, `${name}.json`);
    try {
      text[name] = readFileSync(file, 'utf8');
      raw[name] = JSON.parse(text[name]);
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  return { raw, text };
}
