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

describe('/ask engine: "valo", newsroom French for a valuation (data/concepts.json, worth)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(["c'est quoi la valo de Google selon la lettre ?", 'la lettre donne quelle valo à OpenAI ?'])('"%s" asks the worth the letter gives → the valuations', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });

  it.each(['valo de Mistral en 2024 ?', 'quelle est la valo de Netflix ?', "valo d'OpenAI en 2023 ?"])('"%s": another company or a year before the letter\'s figures → declined', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'no_answer' });
  });
});
