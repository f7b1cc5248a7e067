import { answeredFact } from '../../helpers/core';

describe('/ask engine: a judge\'s title before a name the data does not know asks about another judge', () => {
  it('a name no text uses that a typo reading takes for a word the data uses ("streeb" for "street") → declined', () => {
    expect(answeredFact('what did judge streeb decide in bartz v. anthropic?', 'en')).toBeUndefined();
    expect(answeredFact('so what did judge lettor decide in bartz v. anthropic?', 'en')).toBeUndefined();
    expect(answeredFact('qu\'a tranché le juge writter dans l\'affaire bartz contre anthropic ?', 'fr')).toBeUndefined();
  });

  it('the case\'s own judge, a full name or no name at all → still answered', () => {
    expect(answeredFact('so what did judge alsup conclude in bartz v. anthropic?', 'en')).toBe('bartz-v-anthropic');
    expect(answeredFact('How did the judge rule on fair use in the Anthropic authors case?', 'en')).toBe('bartz-v-anthropic');
    expect(answeredFact('qu\'a décidé le juge Alsup dans l\'affaire Bartz contre Anthropic ?', 'fr')).toBe('bartz-v-anthropic');
  });
});
