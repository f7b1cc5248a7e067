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

describe('/ask engine: "un internaute" is who passes a figure on, no name (data/concepts.json, stop words)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['À combien la lettre estime-t-elle OpenAI ? Un internaute parle de cent milliards.', 'La lettre estime Google à combien ? un internaute parle de 3000 milliards'])(
    '"%s": the sentence after the question only reports what a reader says → the valuations',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
    },
  );

  it('another company asked on a reader\'s behalf is still declined', () => {
    expect(ask('un internaute demande : quelle est la valeur de netflix ?')).toMatchObject({ verdict: 'no_answer' });
  });
});
