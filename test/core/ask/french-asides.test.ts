import { realFacts } from '../../helpers/core';

describe('/ask engine: French asides that ask nothing (data/concepts.json, chatter)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ["OpenAI vaut combien d'après la lettre, à peu près ?", 'tech-valuations'],
    ["au bout du compte, le règlement d'Anthropic c'est combien par livre ?", 'bartz-v-anthropic'],
  ])('"%s": "à peu près", "au bout du compte" only hedge the figure asked → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it.each(['La lettre a été remise à Trump en main propre ?', "Ils l'ont remise à Trump en mains propres, la lettre ?"])(
    '"%s": "en main(s) propre(s)" is by hand, not the main message → the recipient, corrected',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    },
  );
});
