import { realFacts } from '../../helpers/core';

// premise-correction.ts `quotable`: a quotation asked for a claim the letter does not make ("the sentence where the letter
// demands a total ban on AI") has no passage to quote: the slot's fact corrects the claim, as it does when the same claim
// is asked without a quotation. Only for a value that is a common word or one some fact holds: a name no fact holds
// ("Mistral") may be another topic, and is not corrected as the letter's target.
describe('/ask engine: a quotation asked for a false claim about the letter is corrected', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Quote me the exact sentence where the letter demands a total ban on AI.', 'en'],
    ["cite-moi la phrase où la lettre réclame l'interdiction de l'IA", 'fr'],
  ] as const)('"%s" → corrected by demands', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'demands' }, correction: 'ban' });
  });

  it('a name no fact holds is not corrected as a target: "Que dit mot pour mot la lettre à propos de Mistral ?"', () => {
    const out = ask('Que dit mot pour mot la lettre à propos de Mistral ?', 'fr');
    expect('correction' in out ? out.correction : undefined).toBeUndefined();
  });
});
