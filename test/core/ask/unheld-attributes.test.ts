import { answeredFact } from '../../helpers/core';

describe('/ask engine: an attribute asked of something the data knows, which its fact does not hold → declined', () => {
  it('an amount lost asked by a count ("how much did … lose", « ont perdu combien ») of the strikes, whose fact gives no loss → declined', () => {
    expect(answeredFact('How much did Hollywood lose because of the writers strike?', 'en')).toBeUndefined();
    expect(answeredFact('combien les studios ont-ils perdu pendant les grèves de 2023 ?', 'fr')).toBeUndefined();
    expect(answeredFact('les studios ont perdu combien avec la grève de 2023 ?', 'fr')).toBeUndefined();
  });

  it('a loss the fact gives, a loss that only dates the count ("after Meta lost…, how much…"), or one of an idiom → still answered', () => {
    expect(answeredFact('how much did Nvidia lose in the DeepSeek sell-off?', 'en')).toBe('deepseek-china');
    expect(answeredFact('nvidia a perdu combien en bourse avec deepseek', 'fr')).toBe('deepseek-china');
    expect(answeredFact('nvidia lost how much market value on jan 27 2025?', 'en')).toBe('deepseek-china');
    expect(answeredFact('After Meta lost Kadrey v. Meta in June 2025, how much did it have to pay?', 'en')).toBe('kadrey-v-meta');
    expect(answeredFact('Why did Meta lose the Kadrey case?', 'en')).toBe('kadrey-v-meta');
    expect(answeredFact("How many people actually signed it in the end? I've seen 400, 420 and 460 and I'm losing my mind", 'en')).toBe('signatory-count');
  });

  it('which agency someone signed with, of the AI actress whose fact says only that she sought an agent → declined', () => {
    expect(answeredFact('which agency is the synthetic performer Tilly Norwood with?', 'en')).toBeUndefined();
    expect(answeredFact("l'interprète synthétique Tilly Norwood est chez quelle agence ?", 'fr')).toBeUndefined();
  });

  it('an agency a fact names (the letter\'s recipient) and the AI actress herself → still answered', () => {
    expect(answeredFact('which agency received the letter', 'en')).toBe('recipient');
    expect(answeredFact('which agency actually ran the RFI on OSTP\'s behalf', 'en')).toBe('recipient');
    expect(answeredFact('who is Tilly Norwood', 'en')).toBe('tilly-norwood');
  });

  it('a signatory\'s doings this season ("this winter") → declined; a season the fact still speaks of → answered', () => {
    expect(answeredFact('Is Blanchett in anything new this winter?', 'en')).toBeUndefined();
    expect(answeredFact('saw a WSJ headline about Natasha Lyonne in DC this summer — what was she doing there', 'en')).toBe('lyonne-lobbying');
  });

  it('a company\'s results ("ses résultats", "its results") or how a country regulates AI (« encadre-t-elle », "regulate"), which the fact about its crash or its lab does not say → declined', () => {
    expect(answeredFact('When does Nvidia report its results?', 'en')).toBeUndefined();
    expect(answeredFact('Quand Nvidia publie-t-il ses résultats ?', 'fr')).toBeUndefined();
    expect(answeredFact('How does China regulate AI models like DeepSeek?', 'en')).toBeUndefined();
    expect(answeredFact('La Chine veut-elle réglementer DeepSeek ?', 'fr')).toBeUndefined();
  });

  it('rules a fact holds (the strikes\' AI terms, an order on regulation), and a newsroom « encadré » (a box, no regulating) → still answered', () => {
    expect(answeredFact("qu'ont obtenu les grévistes sur l'encadrement de l'IA ?", 'fr')).toBe('strikes-2023');
    expect(answeredFact("What does Trump's executive order say about AI regulation?", 'en')).toBe('eo-14365');
    expect(answeredFact('Pour un encadré : la lettre demande quoi au gouvernement, concrètement ?', 'fr')).toBe('demands');
  });

  it('how many jobs AI will cut, eliminate or replace (« va-t-elle supprimer », "eliminate"), of the letter whose figures are the jobs the trade supports → declined', () => {
    expect(answeredFact('how many jobs will AI eliminate in Hollywood, according to the letter?', 'en')).toBeUndefined();
    expect(answeredFact('how many jobs will AI replace in Hollywood according to the letter?', 'en')).toBeUndefined();
    expect(answeredFact("combien d'emplois l'IA va-t-elle détruire dans le cinéma selon la lettre ?", 'fr')).toBeUndefined();
  });

  it('the jobs the letter counts, and an order « supprimé » outside a count → still answered', () => {
    expect(answeredFact('how many jobs does the entertainment industry support, per the letter?', 'en')).toBe('economic-stakes');
    expect(answeredFact("combien d'emplois représente l'industrie selon la lettre ?", 'fr')).toBe('economic-stakes');
    expect(answeredFact("Le décret de Biden sur l'IA, Trump l'a supprimé à quel moment ?", 'fr')).toBe('executive-order-14179');
  });
});
