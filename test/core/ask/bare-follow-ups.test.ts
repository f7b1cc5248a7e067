import { realFacts } from '../../helpers/core';

/**
 * "what about google then", "so the letter then": a "then" that closes a question is a particle of following on ("in
 * that case"), as "alors" is in « et Google alors ? », not "afterwards": read as what came next, it turned a bare
 * follow-up, which asks nothing of what it names, into a question of what came of it. Without it the question is
 * read as typed ("what about Google?": nothing asked of it, declined). A "then" that a word before makes a phrase of
 * time ("back then", "now and then", "and then") stays.
 */
describe('/ask engine: a closing "then" is no word of what came next', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['what about google then', 'so the letter then', 'and google then?', 'and what about the french coverage then?'])('"%s" → declined, nothing asked', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['what did openai argue then?', 'openai-argument'],
    ['when was the letter sent then?', 'submission-date'],
    ['which directors signed it, then?', undefined],
  ] as const)('"%s" → still asked', (q, fact) => {
    expect(ask(q)).toMatchObject(fact ? { verdict: 'answered', fact: { id: fact } } : { verdict: 'answered' });
  });

  it.each(["What did Paul McCartney say about using AI on the Beatles' Now and Then?", 'and then what happened'])('"%s" → a "then" of a phrase kept, declined as before', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'no_answer' });
  });
});

/**
 * « ça monte à combien en tout ? », « attends, ça se monte à combien ? »: "monter à" is a verb of amounting, which with
 * "combien" only names the slot asked (a figure), as "ça fait combien" does (`followUps`); read as a content word it
 * drew the fact whose phrasings hold "montant". "Attends," opening a turn is an interjection (stop word): it asks
 * nothing. With nothing counted and no one named, the question follows up one /ask never saw.
 */
describe('/ask engine: "ça monte à combien" names only the slot asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it.each(['ça monte à combien en tout ?', 'ça se monte à combien ?', 'attends, ça monte à combien tout ça'])('"%s" → declined, nothing counted', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['ça monte à combien, les salaires cités dans la lettre ?', 'economic-stakes'],
    ['attends, mark ruffalo il a signé ??', undefined],
  ] as const)('"%s" → still asked', (q, fact) => {
    expect(ask(q)).toMatchObject(fact ? { verdict: 'answered', fact: { id: fact } } : { verdict: 'answered' });
  });
});

/**
 * « il a dit quoi exactement ? »: a pronoun for one person that opens the question as its subject (`singularPronouns`)
 * stands for someone named before, as "he" does; with only a verb of saying beside it, the question asks what that
 * person said, which /ask never saw. « ah et pour les quatre cents autres ? », "et les 400 autres ?": a word of the
 * rest ("autres", "other", "else") with a count beside it and nothing else named asks for the rest of what was said
 * before. Both declined; a rest or a speaker that names a thing of the story is still asked.
 */
describe('/ask engine: a bare speaker pronoun or "the other N" follows up', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    'il a dit quoi exactement ?',
    'elle a répondu quoi au juste ?',
    'ah et pour les quatre cents autres du coup ?',
    'et les 400 autres alors ?',
    'et pour les trois cents autres ?',
    'what about the other 400 then?',
    'et les deux cents autres, ils en pensent quoi ?',
  ])('"%s" → declined', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'no_answer' });
  });

  it.each([
    ['Quels autres secteurs la lettre cite-t-elle ?', 'other-industries'],
    ['What other industries does the letter mention?', 'other-industries'],
    ["qu'a dit OpenAI dans sa contribution ?", 'openai-argument'],
  ] as const)('"%s" → still asked', (q, fact) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: fact } });
  });
});
