import { realFacts } from '../../helpers/core';

/**
 * Regional and colloquial wordings of the thirtieth round's blind batches (a breakfast-TV producer's slang, a Quebec
 * and a Dakar desk): role slang read as the role, a word qualifying a noun read as no first name, "to whom" read as
 * the recipient asked.
 */
describe('/ask: colloquial and regional wordings', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('role slang ("stand-ups", "funnymen", "helmers", "thesps", "musicos", French "réal") asks for the list of that role', () => {
    expect(ask('Were there any stand-ups among the signatories?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'comedian' });
    expect(ask('Which funnymen signed?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'comedian' });
    expect(ask('Which helmers signed?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    expect(ask('any thesps among the signatories?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
    expect(ask('les musicos qui ont signé ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(ask('Côté réal, qui a signé parmi les grands noms ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    // Only typed with its accent: English "real" is no director.
    expect(ask('Is it real?')).not.toMatchObject({ mode: 'list' });
  });

  it('a capitalised word before a common noun in another sentence ("Aussie angle") is no first name of the surname asked about', () => {
    expect(ask("Blanchett's name on there? Aussie angle for the 6am")).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Blanchett' });
    expect(ask('Is Gyllenhaal on the list? Toronto bureau here')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Gyllenhaal' });
    // A first name alone is still the one meant.
    expect(ask('Is Gyllenhaal on there? Jake, I mean')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jake Gyllenhaal' });
  });

  it('"to whom" / "à qui" with a verb of sending asks for the recipient, not the date it was sent', () => {
    expect(ask('to whom was the letter sent?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('à qui la lettre a-t-elle été remise ?', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('a qui la letre a ete envoye', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    // "who sent it" asks who, no recipient.
    expect(ask('who sent the letter?')).not.toMatchObject({ fact: { id: 'recipient' } });
  });
});
