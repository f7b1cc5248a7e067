import { realFacts } from '../../helpers/core';

/** The fact /ask answers with, or undefined when it declines, asks back or answers in another mode. */
const answered = (q: string, lang: 'en' | 'fr'): string | undefined => {
  const out = realFacts().ask.ask(q, lang);
  return out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined;
};

describe('/ask engine: a fact about its own names, asked of a name the data does not know', () => {

  it('another person opening the question in place of the organiser → not her lobbying', () => {
    expect(answered('Streep fait du lobbying à Washington depuis la lettre ?', 'fr')).not.toBe('lyonne-lobbying');
  });

  it('the fact\'s own name kept → still answered', () => {
    expect(answered('Lyonne fait du lobbying à Washington depuis la lettre ?', 'fr')).toBe('lyonne-lobbying');
  });
});

describe('/ask engine: a name the data knows, typed with two neighbouring letters swapped, is no unknown name', () => {

  it('an organiser misspelt in a question on the organisers\' studio → the studio', () => {
    expect(answered('Does Naatsha Lyonne run an AI studio of her own?', 'en')).toBe('asteria-film');
    expect(answered('Naatsha Lyonne possède-t-elle un studio d\'IA ?', 'fr')).toBe('asteria-film');
  });

  it('a lobbyist, a chip maker or an office misspelt → their fact', () => {
    expect(answered('Qu\'a dit Chris Lehnae sur la Chine ?', 'fr')).toBe('openai-argument');
    expect(answered('Did Nvdiia shares crash because of the Chinese model?', 'en')).toBe('deepseek-china');
    expect(answered('Is the Register of Copyrihgts back at her desk?', 'en')).toBe('perlmutter-lawsuit');
  });

  it('a name one letter off a known word is still another name → declined', () => {
    expect(answered('Streep, qu\'a-t-elle fait dans cette affaire ?', 'fr')).toBeUndefined();
  });
});

describe('/ask engine: in lower case, a name one letter off a known word stands where the fact\'s own name would', () => {

  it('another person typed in lower case in place of the organiser → not her lobbying', () => {
    expect(answered('what did streep tell the wsj about why she\'s lobbying dc', 'en')).toBeUndefined();
    expect(answered('streep a fait du lobbying à washington ? j\'ai vu passer un truc du wsj', 'fr')).toBeUndefined();
  });

  it('the organiser\'s given name misspelt in lower case → still her studio', () => {
    expect(answered('natacha lyonne elle a cofondé quel studio', 'fr')).toBe('asteria-film');
  });
});
