import { DEFAULT_MAX_LENGTH, type CommandDefinition, type CommandInput, type OptionDefinition } from './command';
import { err, ok, type Result } from './errors';
import { codePointLength, hasControl, hasMention, hasWordCharacter, stripControl } from './text';

/**
 * The one gate every command input passes before `run`: required options, lengths, control characters,
 * mentions, dates and numbers. Pure; returns a stable error code instead of throwing.
 */
export function validateInput(def: CommandDefinition, raw: Readonly<Record<string, unknown>>): Result<CommandInput> {
  const known = new Set(def.options.map((o) => o.name));
  for (const key of Object.keys(raw)) {
    if (!known.has(key) && raw[key] !== undefined) return err('unknown_option', { command: def.name, option: key });
  }
  const out: Record<string, string | number | undefined> = {};
  for (const option of def.options) {
    const result = validateOption(def, option, raw[option.name]);
    if (!result.ok) return result;
    out[option.name] = result.value;
  }
  const from = out.from;
  const to = out.to;
  if (typeof from === 'string' && typeof to === 'string' && from > to) return err('date_range', { from, to });
  return ok(out);
}

function validateOption(def: CommandDefinition, option: OptionDefinition, value: unknown): Result<string | number | undefined> {
  const example = def.examples[0] ? ` (e.g. ${def.examples[0]})` : '';
  if (value === undefined || value === null) {
    return option.required ? err('input_empty', { option: option.name, example }) : ok(undefined);
  }
  const rawText = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (rawText.trim() === '') return option.required ? err('input_empty', { option: option.name, example }) : ok(undefined);
  const text = stripControl(rawText).replace(/\s+/g, ' ').trim();
  if (text === '' && hasControl(rawText)) return err('input_control', { option: option.name });
  if (text === '') return option.required ? err('input_empty', { option: option.name, example }) : ok(undefined);
  const max = option.maxLength ?? DEFAULT_MAX_LENGTH;
  const length = codePointLength(text);
  if (length > max) return err('input_too_long', { option: option.name, length, max });
  switch (option.type) {
    case 'string':
      if (option.choices) {
        const choice = option.choices.find((c) => c === text.toLowerCase());
        return choice ? ok(choice) : err('input_choice', { option: option.name, value: text.slice(0, 40), choices: option.choices.join(', ') });
      }
      if (hasMention(text)) return err('input_mention', { option: option.name });
      if (!hasWordCharacter(text)) return err('input_no_text', { option: option.name });
      return ok(text);
    case 'date':
      return parseDateBound(text, option.dateBound ?? 'start');
    case 'integer': {
      if (!/^-?\d+$/.test(text)) return err('input_no_text', { option: option.name });
      const n = Number(text);
      if ((option.min !== undefined && n < option.min) || (option.max !== undefined && n > option.max)) {
        return err('input_too_long', { option: option.name, length: n, max: option.max ?? n });
      }
      return ok(n);
    }
  }
}

/** `2025` → 2025-01-01 or 2025-12-31, `2025-03` → 2025-03-01 or 2025-03-31, `2025-03-15` as is; impossible days are refused. */
export function parseDateBound(text: string, bound: 'start' | 'end'): Result<string> {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text.replace(/\//g, '-'));
  if (!m) return err('date_invalid', { value: text });
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : bound === 'start' ? 1 : 12;
  if (month < 1 || month > 12) return err('date_invalid', { value: text });
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : bound === 'start' ? 1 : lastDay;
  if (day < 1 || day > lastDay) return err('date_invalid', { value: text });
  return ok(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
