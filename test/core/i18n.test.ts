import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGS, formatDay, t, toLocale } from '../../src/core/i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('i18n catalogs', () => {
  it('every key exists in both English and French, and no language has a key the other lacks', () => {
    const en = Object.keys(CATALOGS.en).sort();
    const fr = Object.keys(CATALOGS.fr).sort();
    expect(fr).toEqual(en);
    expect(en.length).toBeGreaterThan(100);
  });

  it.each(Object.keys(CATALOGS.en).map((k) => [k]))('%s: non-empty in both, with the same placeholders', (key) => {
    const en = CATALOGS.en[key as keyof typeof CATALOGS.en];
    const fr = CATALOGS.fr[key as keyof typeof CATALOGS.fr];
    expect(en.trim()).not.toBe('');
    expect(fr.trim()).not.toBe('');
    expect(placeholders(fr)).toEqual(placeholders(en));
  });

  it('t fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'chrome.more', { count: 3 })).toBe('and 3 more');
    expect(t('fr', 'chrome.more', { count: 3 })).toBe('et 3 de plus');
    expect(t('en', 'chrome.more')).toBe('and {count} more');
  });

  it('toLocale and formatDay', () => {
    expect([toLocale('fr-FR'), toLocale('en-US'), toLocale('de'), toLocale(undefined)]).toEqual(['fr', 'en', 'en', 'en']);
    expect(formatDay('2025-03-15', 'en')).toBe('15 March 2025');
    expect(formatDay('2025-03-15', 'fr')).toBe('15 mars 2025');
    expect(formatDay('n.d.', 'fr')).toBe('n.d.');
  });

  it('the adapters keep no string tables of their own (their words come from i18n)', () => {
    const adapters = path.resolve(__dirname, '..', '..', 'src', 'adapters');
    for (const platform of ['discord', 'slack']) {
      for (const file of readdirSync(path.join(adapters, platform))) {
        const text = readFileSync(path.join(adapters, platform, file), 'utf8');
        expect({ file, tables: text.match(/Record<Locale,\s*(?:string|\{)/g) ?? [] }).toEqual({ file, tables: [] });
      }
    }
  });
});
