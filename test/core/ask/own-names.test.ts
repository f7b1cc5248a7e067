import { realFacts } from '../../helpers/core';

describe('/ask engine: a fact about its own names, asked of a name the data does not know', () => {
  const answered = (q: string, lang: 'en' | 'fr'): string | undefined => {
    const out = realFacts().ask.ask(q, lang);
    return out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined;
  };

  it('another person opening the question in place of the organiser → not her lobbying', () => {
    expect(answered('Streep fait du lobbying à Washington depuis la lettre ?', 'fr')).not.toBe('lyonne-lobbying');
  });

  it('the fact\'s own name kept → still answered', () => {
    expect(answered('Lyonne fait du lobbying à Washington depuis la lettre ?', 'fr')).toBe('lyonne-lobbying');
  });
});
