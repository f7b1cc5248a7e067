import { answeredFact } from '../../helpers/core';

describe('/ask engine: a fact about its own names, asked of a name the data does not know', () => {
  it('another person opening the question in place of the organiser → not her lobbying', () => {
    expect(answeredFact('Streep fait du lobbying à Washington depuis la lettre ?', 'fr')).not.toBe('lyonne-lobbying');
  });

  it('the fact\'s own name kept → still answered', () => {
    expect(answeredFact('Lyonne fait du lobbying à Washington depuis la lettre ?', 'fr')).toBe('lyonne-lobbying');
  });
});

describe('/ask engine: a name the data knows, typed with two neighbouring letters swapped, is no unknown name', () => {
  it('an organiser misspelt in a question on the organisers\' studio → the studio', () => {
    expect(answeredFact('Does Naatsha Lyonne run an AI studio of her own?', 'en')).toBe('asteria-film');
    expect(answeredFact('Naatsha Lyonne possède-t-elle un studio d\'IA ?', 'fr')).toBe('asteria-film');
  });

  it('a lobbyist, a chip maker or an office misspelt → their fact', () => {
    expect(answeredFact('Qu\'a dit Chris Lehnae sur la Chine ?', 'fr')).toBe('openai-argument');
    expect(answeredFact('Did Nvdiia shares crash because of the Chinese model?', 'en')).toBe('deepseek-china');
    expect(answeredFact('Is the Register of Copyrihgts back at her desk?', 'en')).toBe('perlmutter-lawsuit');
  });

  it('a name one letter off a known word is still another name → declined', () => {
    expect(answeredFact('Streep, qu\'a-t-elle fait dans cette affaire ?', 'fr')).toBeUndefined();
  });
});

describe('/ask engine: in lower case, a name one letter off a known word stands where the fact\'s own name would', () => {
  it('another person typed in lower case in place of the organiser → not her lobbying', () => {
    expect(answeredFact('what did streep tell the wsj about why she\'s lobbying dc', 'en')).toBeUndefined();
    expect(answeredFact('streep a fait du lobbying à washington ? j\'ai vu passer un truc du wsj', 'fr')).toBeUndefined();
  });

  it('the organiser\'s given name misspelt in lower case → still her studio', () => {
    expect(answeredFact('natacha lyonne elle a cofondé quel studio', 'fr')).toBe('asteria-film');
  });
});
