import { realFacts } from '../../helpers/core';

/**
 * Ways of asking a fact that were declined across batches, as data (data/facts.json phrasings, data/concepts.json words):
 * - the French article's « la semaine dernière », quoted back with a request for the day (b29, b46, b98, b113, b115,
 *   b133, b143, b150): the submission date. Thanks for "last week's help" is chatter, not that date (b119, b121).
 * - "set off" and "set this / all this / the letter off" say what triggered the letter (b8, b57, b78, b110, b116, b148):
 *   the `trigger` concept. With "set" now a word of the lexicon, "set up" says who organised or started a thing
 *   (`organise`): "which executive order set up the Action Plan" (b25, b139, en-027).
 * - "another campaign by artists after the letter" is the 2026 campaign (b26, b125, b134, b98); « que demandent les
 *   artistes ? » the letter's demands (b26, b63, b128, b139).
 */
describe('/ask engine: declined ways of asking a fact', () => {
  const ask = (q: string, locale: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, locale);

  it('« la semaine dernière » quoted from the article, then "which day?" → the submission date', () => {
    expect(ask("L'AFP parle de « la semaine dernière » : c'était quel jour, l'envoi ?", 'fr')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'submission-date' },
    });
  });

  it("thanks for last week's help, then a question about the recipient → the recipient, not the date", () => {
    expect(ask('Merci pour ton aide de la semaine dernière ! Au fait, la lettre a été adressée à quel organisme ?', 'fr')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'recipient' },
    });
  });

  it.each(['So what had the AI companies asked for that set it all off?', 'Which proposals set the whole thing off?'])('"%s" → what the letter responds to', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('"which executive order set up the Action Plan" → the executive order', () => {
    expect(ask('Which executive order set up the Action Plan the letter commented on?')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'executive-order-14179' },
    });
  });

  it('"who set up the letter?" → the organisers', () => {
    expect(ask('So who set up this letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it.each([
    ["Est-ce qu'il y a eu une autre campagne d'artistes après cette lettre ?", 'stealing-isnt-innovation'],
    ['Au fond, ces artistes demandent quoi à la Maison Blanche ?', 'demands'],
    ['Que demandent les artistes signataires, en deux mots ?', 'demands'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q, 'fr')).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it.each(['Did the fireworks set off a fire at the Oscars?', 'What did Taylor Swift say last week?'])('"%s": nothing in the story → not answered', (q) => {
    expect(ask(q)).not.toMatchObject({ verdict: 'answered' });
  });
});
