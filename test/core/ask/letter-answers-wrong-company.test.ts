import { realFacts } from '../../helpers/core';

/**
 * "the letter was responding to Microsoft, right?", « la lettre attaque Apple ? »: a company the letter answers or
 * attacks in words, wrongly named (it answers OpenAI's and Google's submissions), is a premise that fact corrects. A
 * letter sues nobody: « attaque » with the letter as its subject and a company right after it is no lawsuit. A company
 * as the one reacting to the letter ("How did Meta react to the letter?") claims nothing of whom the letter answers:
 * declined as before.
 */
describe('/ask engine: a wrong company the letter answers or attacks is corrected', () => {
  const facts = () => realFacts();
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => facts().ask.ask(q, lang);

  it.each([
    ['the letter was responding to Microsoft, right?', 'en'],
    ["Was the letter a response to Amazon's filing?", 'en'],
    ['Donc la lettre attaque Microsoft ?', 'fr'],
    ['pourquoi la lettre attaque Apple ?', 'fr'],
  ] as const)('"%s" → corrected by whom the letter answers', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
  });

  it.each([
    ['How did Meta react to the letter?', 'en'],
    ['did microsoft respond to the hollywood letter', 'en'],
  ] as const)('a company reacting to the letter is no premise of whom it answers: "%s" stays declined', (q, lang) => {
    expect(ask(q, lang).verdict).toBe('no_answer');
  });

  it('the right companies are answered with no correction ("la lettre attaque OpenAI et Google ?")', () => {
    const out = ask('la lettre attaque OpenAI et Google ?', 'fr');
    expect(out).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    expect('correction' in out ? out.correction : undefined).toBeUndefined();
  });
});
