import { realFacts } from '../../helpers/core';

describe('/ask engine: the name set beside "the friend of X" is who that friend is, and is asked about', () => {
  it.each([
    ['le pote de Stiller, Ruffalo, il a signé ?', 'fr'],
    ['the friend of Stiller, Ruffalo, did he sign?', 'en'],
  ] as const)('"%s" → Ruffalo signed', (q, lang) => {
    expect(realFacts().ask.ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
  });

  it('"a friend of Ben Stiller, Owen Wilson, did he sign?" asks of Owen Wilson, never answers "Ben Stiller signed"', () => {
    expect(realFacts().ask.ask('a friend of Ben Stiller, Owen Wilson, did he sign?', 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Owen Wilson' });
  });

  it.each([['Did a friend of Ben Stiller sign?'], ["l'agent de Ruffalo a signé ?"]])('"%s" still names no one asked about', (q) => {
    expect(realFacts().ask.ask(q, q.includes('signé') ? 'fr' : 'en').mode).not.toBe('signatory');
  });
});
