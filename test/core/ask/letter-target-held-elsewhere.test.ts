import { realFacts } from '../../helpers/core';

/**
 * "Meta targeted by the letter?": a company wrongly given as the letter's target is corrected by whom the letter
 * answers, even when another fact names that company (the authors' suit against Meta). That fact says nothing of the
 * letter, so it answers another question about Meta, not the one asked. A slot of another subject than the letter (a
 * lawsuit) still lets a fact holding its value answer: Disney's deal with OpenAI is what Disney and OpenAI did.
 */
describe('/ask engine: a wrong target of the letter named by a fact that is not about the letter is corrected', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['Meta targeted by the letter?', 'en'],
    ['Meta singled out by the signatories, why?', 'en'],
    ['Meta and Microsoft in the crosshairs of the letter - how come?', 'en'],
    ['Meta, ciblée par la lettre des stars : pour quelle raison ?', 'fr'],
  ] as const)('"%s" → whom the letter answers, as a correction', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
  });

  it('a lawsuit slot keeps the fact that holds its value: "Why did Disney take OpenAI to court?" → the Disney–OpenAI deal', () => {
    expect(ask('Why did Disney take OpenAI to court?', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-openai-deal' } });
  });
});
