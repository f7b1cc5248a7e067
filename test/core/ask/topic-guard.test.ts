import { realFacts } from '../../helpers/core';

describe('/ask topic guard: a title quoted right before a word for a letter', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('titles another letter when no fact gives it → declined, never the organisers', () => {
    expect(ask("We covered the Future of Life Institute's 2023 'pause giant AI experiments' letter. Who organized that one?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Who organised the 'stop AI theft' open letter?")).toMatchObject({ verdict: 'no_answer' });
  });

  it('a title the facts give whole is the story\'s own', () => {
    expect(ask("who signed the 'stealing isn't innovation' letter?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
  });
});

describe('/ask topic guard: a letter of a country other than the story\'s', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a country among the words that say whose letter it is ("une tribune d\'artistes français") → declined', () => {
    expect(ask("Une tribune d'artistes français contre l'IA a paru dans la presse nationale l'an dernier ; qui en étaient les signataires ?")).toMatchObject({ verdict: 'no_answer' });
  });

  it('the story\'s letter beside its own words is still answered', () => {
    expect(ask("la tribune d'Hollywood a été envoyée quand ?")).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('Confirm the letter went to the European Commission\'s AI Office as well as Washington?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });
});

describe('/ask topic guard: a place or name in a friendly opening that asks nothing', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it('the opening is where the asker writes from: the clause after it is answered', () => {
    expect(ask("Excusez-moi de vous déranger, il pleut sur Genève et j'ai du retard : à quelle date la lettre a-t-elle été remise ?")).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('il pleut sur Genève : combien de signataires ?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it('not when the clause points back to the one the opening names, nor when the opening is only a name', () => {
    expect(ask('Portrait de Koh. Question : elle a cofondé quel studio ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Portrait de Koh. Question : a-t-elle cofondé un studio ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Tencent: what is the letter about?')).toMatchObject({ verdict: 'no_answer' });
  });
});
