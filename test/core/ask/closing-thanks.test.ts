import { realFacts } from '../../helpers/core';
import { closingThanksPattern, unshouted, withoutClosingThanks } from '../../../src/core/ask/question-text';

/**
 * "…before the letter or after thanks!", "carla hayden aussi ? merci !": a phrase of thanks (`followUps.thanks`, with
 * `thanksTails` after it) that closes a question asks nothing; read as a content word, "thanks" or "merci" drew another
 * fact or turned a name question into one about a fact. The question is what comes before it.
 */
describe('/ask engine: a closing of thanks is no part of the question', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['disney and universal\'s midjourney lawsuit: was that filed before the letter or after thanks!', 'en'],
    ['google et openai ont depose leurs contributions le meme jour ou pas merci !', 'fr'],
  ] as const)('"%s" → the two events compared', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it.each([
    ['carla hayden aussi ? merci !', 'fr'],
    ['scarlett johansson?? thanks!', 'en'],
  ] as const)('"%s" → not on the list, no fact', (q, lang) => {
    const outcome = ask(q, lang);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    if (outcome.verdict === 'answered' && outcome.mode === 'signatory') expect(realFacts().names.match(outcome.person).verdict).toBe('not_listed');
  });

  it('"c koi la letre des acteurs d\'hollywod merci !" → what the letter says, not the list of actors', () => {
    expect(ask("c koi la letre des acteurs d'hollywod merci !", 'fr')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'main-message' } });
  });
});

describe('withoutClosingThanks', () => {
  const pattern = closingThanksPattern([['thanks'], ['thank', 'you'], ['merci']], new Set(['a', 'lot', 'd', 'avance']));
  const cut = (q: string) => withoutClosingThanks(q, pattern);

  it('drops a closing set off by a mark or ending on "!", its tail too', () => {
    expect(cut('who organised it? thanks a lot!')).toBe('who organised it?');
    expect(cut('who organised it, thank you')).toBe('who organised it');
    expect(cut("c'était quand la lettre merci d'avance !")).toBe("c'était quand la lettre");
  });

  it('keeps a "thanks" the question asks about, and the words after the "?" of a question set in a scene', () => {
    expect(cut('who did the letter thank?')).toBeNull();
    expect(cut('qui a dit merci ?')).toBeNull();
    expect(cut('who did they say thanks')).toBeNull();
    expect(cut('un cinéma organise un débat. du coup : c’était quand la lettre ? merci')).toBeNull();
  });
});

/**
 * "hey, quick one for my piece: SCARLETT JOHANSSON SIGNED THIS ONE RIGHT": a last clause typed all in capitals after
 * chatter typed in lower case is shouted, as a whole question in capitals is: its capitals make no acronyms or names.
 */
describe('/ask engine: a shouted clause after chatter', () => {
  it('is read in lower case', () => {
    expect(unshouted('hey, quick one for my piece: SCARLETT JOHANSSON SIGNED THIS ONE RIGHT')).toBe('hey, quick one for my piece: scarlett johansson signed this one right');
    expect(unshouted('quick one: did the WGA sign?')).toBe('quick one: did the WGA sign?');
  });

  it('asks whether that person signed', () => {
    const outcome = realFacts().ask.ask('hey, quick one for my piece: SCARLETT JOHANSSON SIGNED THIS ONE RIGHT', 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    if (outcome.verdict === 'answered' && outcome.mode === 'signatory') expect(realFacts().names.match(outcome.person).verdict).toBe('not_listed');
  });
});
