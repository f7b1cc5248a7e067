import { realFacts } from '../../helpers/core';

/**
 * "Is Trump named in the letter itself, or is it just the headline?", « est-ce que le nom de Trump apparaît dans le
 * texte, ou c'est juste le titre de BFM ? »: after "or", a word of "merely" (`merelyWords`: just, only, juste,
 * seulement…), a pronoun and a copula at most between, gives the lesser account the asker suspects (the media, the
 * headline, the article), against which the question before "or" is checked: what is asked is whether the letter
 * names him, so the words of that account weigh as context and do not pull the facts about the press.
 */
describe('/ask engine: "…, or is it just the headline?" asks the first side (merelyWords)', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['fr', "la lettre nomme-t-elle Trump, ou c'est juste l'article de BFMTV ?"],
    ['en', "does Trump's name actually appear in the text, or is it just the BFM headline?"],
    ['fr', 'Trump est-il nommé dans la lettre elle-même, ou ce sont seulement les médias qui le disent ?'],
    ['en', 'is Trump actually named in the letter itself, or is it just the BFMTV headline?'],
    ['en', 'does the letter itself name Trump, or is that only the media saying so?'],
  ] as const)('[%s] "%s" → trump-named', (lang, q) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
  });

  it.each([
    ['en', 'what did BFMTV get wrong in its article?', 'article-errors'],
    ['fr', "quelles erreurs dans l'article de BFMTV ?", 'article-errors'],
  ] as const)('[%s] "%s" (no alternative) → %s', (lang, q, id) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});

/**
 * « …dans le texte, ou c'est juste le titre de BFM ? »: a clause after the last comma that opens on "ou" (or), which
 * folds like "où" (where), offers the other side of an alternative: it is no question of its own, read alone.
 */
describe('/ask engine: a clause after a comma opening on "ou" is no question of its own', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it('"…dans le texte, ou c\'est juste le titre de BFM ?" → not the article\'s errors', () => {
    expect(ask("Est-ce que le nom de Trump apparaît dans le texte, ou c'est juste le titre de BFM ?", 'fr')).not.toMatchObject({ verdict: 'answered', fact: { id: 'article-errors' } });
  });

  it('"salut, où lire la lettre en entier ?": "où" with its accent still opens a question → full-text-and-list', () => {
    expect(ask('salut, où lire la lettre en entier ?', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'full-text-and-list' } });
  });
});
