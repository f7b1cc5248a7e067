import { realFacts } from '../../helpers/core';

describe('/ask: the words of a context clause no fact uses weigh little beside the clause that asks', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('a clause of the asker\'s chatter before a dash ("apparently", "bold", "lost track") → the asking clause\'s clear answer', () => {
    expect(ask("So OpenAI apparently framed this as a security thing, which, ok, bold — what did their submission actually argue about copyright?")).toMatchObject({
      verdict: 'answered',
      fact: { id: 'openai-argument' },
    });
    expect(ask('There\'s this Anthropic settlement my editor keeps bringing up at lunch, and I honestly lost track — what was the deal, roughly?')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'bartz-v-anthropic' },
    });
  });

  it('a close race the context leaves open, or a clause that asks nothing of its own → not settled by weighing the context less', () => {
    expect(ask('Our draft says the letter went out in January 2025, just after the inauguration. Which day in January was it?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'aftermath' } });
    // A context that names what no fact knows, in lower case ("gosling"), sets the topic the asking clause's "she" is about.
    expect(ask('gosling has apparently been lobbying on the hill herself. what did she say in the wsj profile?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'lyonne-lobbying' } });
    expect(ask('Un lecteur demande combien Sam Altman touche par an chez OpenAI. On sait ?', 'fr').verdict).not.toBe('answered');
  });
});

describe('/ask: after a label, a part that stands alone and a whole that reads another fact are both offered', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Context: the letter went in on 15 March. Question: who organised the letter?', 'en'],
    ['Contexte : la lettre a été envoyée le 15 mars. Question : qui l’a organisée ?', 'fr'],
  ] as const)('%s → "did you mean" the organisers or the date, never the date alone', (q, lang) => {
    const outcome = ask(q, lang);
    expect(outcome).toMatchObject({ verdict: 'clarify' });
    expect(outcome.verdict === 'clarify' && outcome.candidates.map((c) => c.fact.id)).toEqual(['organisers', 'submission-date']);
  });

  it('a part that points back to the scene ("quelle partie ?") is still left to the whole', () => {
    expect(ask('Pour une chrono : contexte — le Copyright Office a publié en mai 2025 une partie de son rapport sur l’IA. Question : quelle partie, à quelle date ?', 'fr')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'copyright-office-may-2025' },
    });
  });
});
