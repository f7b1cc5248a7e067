import { decodeSlackText, parseActionValue, parseSlashCommand, resolveLocale } from '../../../src/adapters/slack/parse';
import { encodeActionValue } from '../../../src/adapters/slack/render';
import { loadCommands } from '../../../src/command-registry';

const commands = loadCommands();
const find = (name: string) => commands.find((c) => c.name === name);

describe('parseSlashCommand', () => {
  it('free text fills the text option; name:value pairs fill named options', () => {
    expect(parseSlashCommand({ command: '/signatory', text: 'cate blanchet' }, find)).toEqual({ command: 'signatory', options: { name: 'cate blanchet' }, text: 'cate blanchet' });
    expect(parseSlashCommand({ command: '/timeline', text: 'from:2025-01-01 to:2025-03' }, find).options).toEqual({ from: '2025-01-01', to: '2025-03' });
    expect(parseSlashCommand({ command: '/help', text: '' }, find).options).toEqual({});
  });

  it('Slack entities are decoded so the core sees (and refuses) mentions as typed', () => {
    expect(decodeSlackText('Tom &amp; Jerry &lt;!channel&gt; &amp;lt;')).toBe('Tom & Jerry <!channel> &lt;');
    expect(parseSlashCommand({ command: '/ask', text: '&lt;@U123&gt; who?' }, find).options).toEqual({ question: '<@U123> who?' });
  });
});

describe('resolveLocale', () => {
  it('a French or English sentence sets the language', () => {
    expect(resolveLocale('combien de signataires ?', 'en')).toBe('fr');
    expect(resolveLocale('how many people signed?', 'fr')).toBe('en');
  });

  it('short text such as a name defers to the Slack locale, then to its own clues, then English', () => {
    expect(resolveLocale('Chloé Zhao', 'en')).toBe('en');
    expect(resolveLocale('Chloé Zhao', undefined)).toBe('fr');
    expect(resolveLocale('', 'fr')).toBe('fr');
    expect(resolveLocale('from:2025', undefined)).toBe('en');
  });
});

describe('parseActionValue', () => {
  it('round-trips what a button carries, markup characters included', () => {
    const value = { command: 'signatory', options: { name: 'Tom & Jerry <b>' }, locale: 'fr' as const };
    const encoded = encodeActionValue(value)!;
    expect(encoded).not.toMatch(/[<>&]/);
    expect(parseActionValue(encoded)).toEqual(value);
  });

  it.each([undefined, 'not json', '{"command":"x"}', JSON.stringify({ command: 'x', options: { a: 1 }, locale: 'en' }), JSON.stringify({ command: 'x', options: {}, locale: 'de' }), 'x'.repeat(3000)])(
    'rejects %p',
    (raw) => expect(parseActionValue(raw)).toBeNull(),
  );
});
