import { realFacts } from '../../helpers/core';
import { openingCourtesy, openingLabel } from '../../../src/core/ask/question-text';

/**
 * "Merci pour tout à l'heure, c'était top. Dernière question avant l'enregistrement : …?": an opening sentence that
 * greets, thanks or apologises (`openingCourtesies`) and says nothing the facts know is the asker's, as is a clause
 * before a ":" after it that says nothing either; a question not answered whole is read again without them. « finalement »
 * closing a question is a particle ('in the end', `closingParticles`), no question about what came next.
 */
describe('/ask engine: a courtesy before the question, « finalement » after it', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ["Merci pour tout à l'heure, c'était top. Dernière question avant l'enregistrement : la lettre a été envoyée quand ?", 'fr'],
    ['ça a été déposé quel jour finalement', 'fr'],
    ['la lettre a été remise quel jour finalement ?', 'fr'],
  ] as const)('"%s" → the submission date', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  // "howya" (Irish English for "how are you") greets as "hello" does: an opening sentence it starts is the asker's.
  it.each([
    ['howya bot hope ur keeping well!! was the letter a reply to a government consultation or did they just send it', 'ai-action-plan-rfi'],
    ['howya lads, hope the week is going grand! who got the letter going in the first place?', 'organisers'],
  ] as const)('greeting "%s" read away → %s', (q, fact) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: fact } });
  });

  it.each([
    ['howya, rough morning here. How tall is Ben Stiller?', 'en'],
    ['howya, rough morning. What did Trump say about tariffs?', 'en'],
    ['hi', 'en'],
    ['merci !', 'fr'],
    ['Hi! Rough morning here. How tall is Ben Stiller?', 'en'],
    ['Bonjour, il pleut ici. Quel âge a Natasha Lyonne ?', 'fr'],
    ['Hello, rough morning here. What did Trump say about tariffs?', 'en'],
    ['y a eu combien de blessés finalement ?', 'fr'],
  ] as const)('"%s" → still declined', (q, lang) => {
    expect(ask(q, lang).verdict).toBe('no_answer');
  });
});

describe('openingCourtesy, openingLabel', () => {
  const courtesies = new Set(['hey', 'sorry', 'bonjour', 'merci']);

  it('cut an opening sentence of courtesy, else its first clause', () => {
    expect(openingCourtesy("hey bot, hope your day's going ok 🙂 quick one: who sent it?", courtesies)).toEqual({ opening: "hey bot, hope your day's going ok 🙂", rest: 'quick one: who sent it?' });
    expect(openingCourtesy('Sorry to bother you again. Which companies?', courtesies)?.rest).toBe('Which companies?');
    expect(openingCourtesy("Bonjour, vous savez me dire qui a lancé la lettre ?", courtesies)?.rest).toBe('vous savez me dire qui a lancé la lettre ?');
    expect(openingCourtesy('who organised it? thanks. hey', courtesies)).toBeNull();
    expect(openingCourtesy('when was the letter sent?', courtesies)).toBeNull();
    expect(openingCourtesy('merci !', courtesies)).toBeNull();
  });

  it('cut an opening clause before ":" or a spaced dash, never after the "?"', () => {
    expect(openingLabel('Dernière question : elle est partie quand ?')).toEqual({ opening: 'Dernière question', rest: 'elle est partie quand ?' });
    expect(openingLabel('Last thing — when was it filed?')?.rest).toBe('when was it filed?');
    expect(openingLabel('when was it filed? source: Variety')).toBeNull();
  });
});
