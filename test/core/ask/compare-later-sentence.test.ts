import { realFacts } from '../../helpers/core';

const eventsOf = (q: string, lang: 'en' | 'fr'): string[] | null => {
  const outcome = realFacts().ask.ask(q, lang);
  return outcome.verdict === 'answered' && outcome.mode === 'compare' ? outcome.events.map((e) => e.id).sort() : null;
};

describe('/ask engine: the thing after "before"/"after" ends with its sentence', () => {
  it('"…right before that firing — gist?": "gist" is no word of the thing, which is then no event', () => {
    expect(eventsOf('copyright office put out some AI training report right before that firing — gist?', 'en')).toBeNull();
  });

  it('"A was before the letter right? and was B before or after that": the first comparison, not one read across both', () => {
    expect(eventsOf('deepseek r1 drop was before the letter right? and was the nvidia crash before or after that', 'en')).toEqual(['2025-01-20-deepseek-r1', '2025-03-15-letter-submitted']);
  });

  it('"…, antérieure à la lettre ; de quoi s\'agit-il ?": a later sentence that asks something else makes the comparison a setting', () => {
    expect(eventsOf("On me signale une décision Thomson Reuters contre Ross, antérieure à la lettre ; de quoi s'agit-il au juste ?", 'fr')).toBeNull();
  });

  it('"…avant ou après A ? De combien ?" still compares: the later sentence asks the gap', () => {
    expect(eventsOf("La lettre, elle arrive avant ou après la contribution d'OpenAI ? De combien de jours ?", 'fr')).toEqual(['2025-03-13-openai-submission', '2025-03-15-letter-submitted']);
  });
});
