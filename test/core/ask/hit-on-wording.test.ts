import { realFacts } from '../../helpers/core';

/**
 * « la lettre tape sur Meta », « ils tapent sur qui ? »: « taper sur » someone is to attack them in words, a verb of
 * opposing (`oppose`), so a wrong company the letter is said to hit is a premise whom it answers corrects, as « attaque »
 * is. The asker typing on a phone (« je tape sur mon téléphone ») still asks what follows.
 */
describe('/ask engine: « taper sur » someone opposes them', () => {
  const facts = () => realFacts();
  const ask = (q: string) => facts().ask.ask(q, 'fr');

  it.each([
    'pour le lancement je dis que la lettre tape sur meta et microsoft, mais pourquoi ces deux-là justement ?',
    'pourquoi la lettre tape sur Meta ?',
  ])('"%s" → corrected by whom the letter answers', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
  });

  it('« ils tapent sur qui ? » asks whom the letter fights', () => {
    expect(ask('ils tapent sur qui ?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('the asker typing on a phone still asks what follows (guard)', () => {
    expect(ask("Bonsoir, navré pour les fautes je tape sur mon GSM dans le tram... c'était quoi deja les chiffres d'emploi et de salaires dans la lettre ?")).toMatchObject({
      verdict: 'answered',
      fact: { id: 'economic-stakes' },
    });
  });
});
