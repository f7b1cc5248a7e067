import { parseLine } from '../../src/adapters/command-text';
import type { CommandDefinition } from '../../src/core/command';
import { makeReply } from '../../src/core/reply';

const text = (name: string, extra: Partial<CommandDefinition['options'][number]> = {}) => ({ name, type: 'string' as const, description: { en: name, fr: name }, ...extra });
const defs: CommandDefinition[] = [
  { name: 'ask', description: { en: '', fr: '' }, options: [text('question'), text('lang', { choices: ['en', 'fr'], nameFr: 'langue' })], examples: [], run: () => makeReply({ title: '', text: '' }) },
  { name: 'alerts', description: { en: '', fr: '' }, options: [text('action', { choices: ['subscribe', 'status'] }), text('topics')], examples: [], run: () => makeReply({ title: '', text: '' }) },
  { name: 'timeline', description: { en: '', fr: '' }, options: [{ name: 'from', type: 'date', dateBound: 'start', description: { en: '', fr: '' } }, { name: 'to', type: 'date', dateBound: 'end', description: { en: '', fr: '' } }], examples: [], run: () => makeReply({ title: '', text: '' }) },
];
const find = (n: string) => defs.find((d) => d.name === n);

describe('parseLine', () => {
  it.each([
    ['/ask who signed?', { command: 'ask', options: { question: 'who signed?' } }],
    ['ask --lang fr who signed?', { command: 'ask', options: { lang: 'fr', question: 'who signed?' } }],
    ['/ask langue:fr qui a signé', { command: 'ask', options: { lang: 'fr', question: 'qui a signé' } }],
    ['/ask what is note: this', { command: 'ask', options: { question: 'what is note: this' } }],
    ['/alerts subscribe signatories timeline', { command: 'alerts', options: { action: 'subscribe', topics: 'signatories timeline' } }],
    ['/alerts status', { command: 'alerts', options: { action: 'status' } }],
    ['/timeline 2025-01-01 2025-03-31', { command: 'timeline', options: { from: '2025-01-01', to: '2025-03-31' } }],
    ['/TIMELINE to:2025', { command: 'timeline', options: { to: '2025' } }],
    // A lone date is the period it names: both ends of the range.
    ['/timeline 2025-03', { command: 'timeline', options: { from: '2025-03', to: '2025-03' } }],
    // Any shape the date options read (`parseDateBound`): a slash or a one-digit month too.
    ['/timeline 2025/3', { command: 'timeline', options: { from: '2025/3', to: '2025/3' } }],
    ['/timeline 2023', { command: 'timeline', options: { from: '2023', to: '2023' } }],
    ['/timeline from:2025-03', { command: 'timeline', options: { from: '2025-03' } }],
    ['/timeline march', { command: 'timeline', options: { from: 'march' } }],
    ['/unknown a b', { command: 'unknown', options: {} }],
  ])('%s', (line, expected) => {
    expect(parseLine(line, find)).toEqual(expected);
  });

  it('empty line → nothing', () => {
    expect(parseLine('   ', find)).toBeNull();
  });
});
