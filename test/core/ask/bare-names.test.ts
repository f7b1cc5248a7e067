import { withInitials } from '../../../src/core/names';
import { realFacts } from '../../helpers/core';

describe('/ask: a question that is only names asks whether they signed', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('the full name of someone no signatory is, alone or with "and", "too", "what about" → the signatory verdict on them, never "signed"', () => {
    expect(ask('tom hanks??')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks' });
    expect(ask('et tom hanks ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks' });
    expect(ask('what about Meryl Streep')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Meryl Streep' });
    expect(ask('jake gyllenhaal aussi ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'jake gyllenhaal' });
    expect(ask('Bryce Dallas Howard?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Bryce Dallas Howard' });
  });

  it('common words, chatter, or a name the facts say who it is → no signatory verdict', () => {
    for (const q of ['fair use?', 'New York?', 'haha ok nvm', 'gm letterbot ☕', 'cocuou le robot', 'taika watiiti height?', 'natacha lyonne organiastrisse ?', 'Donald Trump?', 'Sam Altman?']) {
      expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
    }
    expect(ask('haha ok nvm')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Donald Trump?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('New York?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('someone the facts name only among who signed something else, typed alone → the verdict on them, not that fact', () => {
    expect(ask('scarlett johansson??')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'scarlett johansson' });
    expect(ask('Scarlett Johansson ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a given name and a surname that is a common word, typed in lower case → the verdict on them; chatter stays chatter', () => {
    expect(ask('sharon stone?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'sharon stone' });
    expect(ask('et ryan gosling ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ryan gosling' });
    for (const q of ['hiya bot', 'googel valuation', 'chatgpt le mieux ?']) expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
  });

  it('a common word in lower case after a word that is no given name ("Lakers tickets?") is that word\'s noun, no surname → no signatory verdict', () => {
    for (const q of ['Lakers tickets?', 'celtics game?', 'Yankees lineup?']) expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
    // After a given name the data knows (a common one, or a signatory's), the same kind of word is still a surname.
    expect(ask('emma stone?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'emma stone' });
    expect(ask('sharon stone?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'sharon stone' });
  });

  it('several names, one of them a signatory the facts phrase → a verdict for each, in the order typed', () => {
    expect(ask('Keanu Reeves et Natasha Lyonne ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Keanu Reeves', others: ['Natasha Lyonne'] });
    // Alone, such a name may ask of their part in the story.
    expect(ask('Lyonne?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a signatory\'s whole name with a particle in lower case ("Guillermo del Toro?") → that signatory', () => {
    expect(ask('Guillermo del Toro?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Guillermo del Toro' });
  });

  it('a signatory\'s full name misspelt, alone ("maggie gyllenhall?") → the verdict /signatory gives it, never a fact on something else', () => {
    expect(ask('maggie gyllenhall?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'maggie gyllenhall' });
    expect(realFacts().names.match('maggie gyllenhall').verdict).toBe('signed');
    expect(ask('mark rufalo and cate blanchet?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'mark rufalo', others: ['cate blanchet'] });
    // A misspelt name asked of otherwise is no bare name: "is it spelt so?" asks of the spelling.
    expect(ask('Maggie Gylenhall c\'est bien écrit comme ça ?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('several names → the first as the verdict, the others beside it, a signatory and someone else alike', () => {
    expect(ask('phil lord et chris miller ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'phil lord', others: ['chris miller'] });
    expect(ask('Phil Lord and Tom Hanks?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Phil Lord', others: ['Tom Hanks'] });
    expect(ask('Tom Hanks and Phil Lord?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks', others: ['Phil Lord'] });
    // One name alone has no others.
    expect(ask('Lindelof?')).not.toHaveProperty('others');
  });

  it('a surname the spell-checker would turn into a word of the story, a common word as given name, a surname of two letters → the verdict on them, never "signed"', () => {
    expect(ask('ringo starr?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ringo starr' });
    expect(ask('lily james?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'lily james' });
    expect(ask('jean dujardin ??')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'jean dujardin' });
    expect(ask('Mark Hamill too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Mark Hamill' });
    expect(ask('omar sy ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'omar sy' });
    expect(ask('bryce dallas howard too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'bryce dallas howard' });
    // A signatory's given name inside someone else's full name is no one more asked about.
    expect(ask('did lily james sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'lily james' });
    expect(ask('did lily james sign?')).not.toHaveProperty('others');
    // Still signatories, and still no name: common words, a word of signing respelt.
    expect(ask('lily gladstone?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'lily gladstone' });
    expect(ask('fair use?')).not.toMatchObject({ mode: 'signatory' });
    // A signatory's name misspelt is never said to be someone not listed: declined, offered, or her verdict.
    const gladstne = ask('lily gladstne?');
    if (gladstne.mode === 'signatory') expect(realFacts().names.match(gladstne.person!).verdict).not.toBe('not_listed');
    expect(ask('bryan cranston: sigantory of the stiller/blanchett letter y/n')).toMatchObject({ mode: 'signatory', person: 'bryan cranston' });
  });

  it('a signatory\'s name cut short ("phoebe waller", "maggie gyllen") is offered, never "not listed" nor "signed"', () => {
    expect(realFacts().names.match('phoebe waller')).toMatchObject({ verdict: 'ambiguous', candidates: [{ name: 'Phoebe Waller-Bridge' }] });
    expect(realFacts().names.match('maggie gyllen')).toMatchObject({ verdict: 'ambiguous', candidates: [{ name: 'Maggie Gyllenhaal' }] });
    expect(realFacts().names.match('tom hanks').verdict).toBe('not_listed');
    expect(realFacts().names.match('ben st').verdict).toBe('not_listed');
    for (const q of ['phoebe waller?', 'did phoebe waller sign?', 'maggie gyllen?']) {
      const outcome = ask(q);
      if (outcome.mode === 'signatory') expect(realFacts().names.match(outcome.person!).verdict).toBe('ambiguous');
    }
  });

  it('"son nom y est", "ya son nom" after a name ask whether it is on the list', () => {
    expect(ask('Meryl Streep ya son nom ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Meryl Streep' });
    expect(ask('et Del Toro, son nom y est ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: expect.stringMatching(/del toro/i) });
  });

  it('a signatory\'s initials, when the name has three capitalised parts ("JGL") → that signatory; no initials for shorter names', () => {
    expect(ask('and JGL?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'JGL' });
    expect(ask('JGL signed right?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(withInitials([{ name: 'Joseph Gordon-Levitt', aliases: [] }, { name: 'Guillermo del Toro', aliases: [] }, { name: 'Ben Stiller', aliases: [] }]).map((p) => p.aliases)).toEqual([['JGL'], [], []]);
    // Initials two people share are no one's.
    expect(withInitials([{ name: 'Anna Bea Cole', aliases: [] }, { name: 'Alan Ben Cruz', aliases: [] }, { name: 'Dora Eve Fox', aliases: [] }]).map((p) => p.aliases)).toEqual([[], [], ['DEF']]);
  });

  it('a name and a word of checking after it ("confirmed?", "c\'est confirmé ?") → the signatory verdict on it; a check before the name asks of something else', () => {
    expect(ask('Mark Ruffalo: confirmed?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Mark Ruffalo' });
    expect(realFacts().ask.ask("Ava DuVernay, c'est confirmé ?", 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ava DuVernay' });
    expect(ask('who actually organised the letter? was it stiller?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a pronoun for one person closing a question of names only stands back for the name ("Meryl Streep, elle ?") → the signatory verdict on it', () => {
    const fr = (q: string) => realFacts().ask.ask(q, 'fr');
    expect(fr('Et Meryl Streep, elle ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Meryl Streep' });
    expect(fr('Ruffalo, lui ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
  });
});
