import type { CommandDefinition } from '../../src/core/command';
import { makeReply } from '../../src/core/reply';
import { parseDateBound, validateInput } from '../../src/core/validate';

const def: CommandDefinition = {
  name: 'probe',
  description: { en: 'probe', fr: 'sonde' },
  options: [
    { name: 'name', type: 'string', required: true, maxLength: 20, description: { en: 'n', fr: 'n' } },
    { name: 'from', type: 'date', dateBound: 'start', description: { en: 'f', fr: 'f' } },
    { name: 'to', type: 'date', dateBound: 'end', description: { en: 't', fr: 't' } },
    { name: 'page', type: 'integer', min: 1, max: 9, description: { en: 'p', fr: 'p' } },
    { name: 'lang', type: 'string', choices: ['en', 'fr'], description: { en: 'l', fr: 'l' } },
  ],
  examples: ['/probe x'],
  run: () => makeReply({ title: '', text: '' }),
};

const codeOf = (raw: Record<string, unknown>): string => {
  const r = validateInput(def, raw);
  return r.ok ? 'ok' : r.error.code;
};

describe('validateInput: the one gate before run', () => {
  it.each([
    [{}, 'input_empty'],
    [{ name: '' }, 'input_empty'],
    [{ name: '   \n\t ' }, 'input_empty'],
    [{ name: '\u0000\u0007\u001b' }, 'input_control'],
    [{ name: 'x'.repeat(21) }, 'input_too_long'],
    [{ name: 'y'.repeat(10_000) }, 'input_too_long'],
    [{ name: '@everyone' }, 'input_mention'],
    [{ name: 'hi <@123456789>' }, 'input_mention'],
    [{ name: '<!channel>' }, 'input_mention'],
    [{ name: '🎬🍿' }, 'input_no_text'],
    [{ name: '!!!' }, 'input_no_text'],
    [{ name: 'ok', from: '2025-02-30' }, 'date_invalid'],
    [{ name: 'ok', from: 'yesterday' }, 'date_invalid'],
    [{ name: 'ok', from: '2025-04-01', to: '2025-03-01' }, 'date_range'],
    [{ name: 'ok', page: '0' }, 'input_too_long'],
    [{ name: 'ok', page: 'two' }, 'input_no_text'],
    [{ name: 'ok', lang: 'de' }, 'input_choice'],
    [{ name: 'ok', colour: 'red' }, 'unknown_option'],
  ])('%j → %s', (raw, code) => {
    expect(codeOf(raw)).toBe(code);
  });

  it('cleans what it accepts: trims, folds white space, drops control characters inside text', () => {
    const r = validateInput(def, { name: '  Cate\u0000  Blanchett\u200b ', from: '2025', to: '2025-03', page: '2', lang: 'FR' });
    expect(r).toEqual({ ok: true, value: { name: 'Cate Blanchett', from: '2025-01-01', to: '2025-03-31', page: 2, lang: 'fr' } });
  });

  it('drops terminal escape sequences whole: a pasted coloured line or hyperlink keeps only its words', () => {
    const r = validateInput(def, { name: 'Cate \u001b[1;31mBlanchett\u001b[0m \u001b]8;;https://example.org\u0007x\u001b]8;;\u0007' });
    expect(r).toEqual({ ok: true, value: { name: 'Cate Blanchett x' } });
  });

  it('counts characters, not UTF-16 units (emoji in a name of 20 characters is fine)', () => {
    expect(codeOf({ name: 'Ben Stiller 🎬🎬🎬🎬🎬🎬🎬🎬' })).toBe('ok');
  });
});

describe('parseDateBound', () => {
  it('reads partial dates as the start or the end of the period', () => {
    expect(parseDateBound('2024-02', 'end')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDateBound('2025', 'start')).toEqual({ ok: true, value: '2025-01-01' });
    expect(parseDateBound('2025/3/5', 'start')).toEqual({ ok: true, value: '2025-03-05' });
  });
  it('refuses impossible days and months', () => {
    expect(parseDateBound('2025-13-01', 'start').ok).toBe(false);
    expect(parseDateBound('2025-02-29', 'start').ok).toBe(false);
  });
});
