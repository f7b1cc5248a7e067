import { AttributeCheck } from '../../../src/core/ask/attributes';
import { realFacts } from '../../helpers/core';

describe('/ask attributes: what a question asks of an event must be said by the fact that answers', () => {
  const check = new AttributeCheck(
    [
      { id: 'appeal', en: ['appeal', 'appealed'], fr: ['fait appel'] },
      { id: 'cost', en: ['cost'], fr: ['coûte'], says: ['paid'] },
    ],
    new Map([
      ['ruling', ' the judge ruled for the studio | jugement '],
      ['reinstated', ' she is back in her post pending appeal '],
      ['deal', ' the company paid 1 billion '],
    ]),
  );

  it('a phrase of an entry, in either language, is asked; a word that only contains it is not ("appel à commentaires")', () => {
    expect(check.asked([['did', 'the', 'studio', 'appeal']])).toEqual(['appeal']);
    expect(check.asked([['le', 'studio', 'a', 'fait', 'appel']])).toEqual(['appeal']);
    expect(check.asked([['l', 'appel', 'a', 'commentaires']])).toEqual([]);
  });

  it('a fact says an attribute by any of its phrases, or by a `says` phrase ("paid" for a cost)', () => {
    expect(check.says('reinstated', 'appeal')).toBe(true);
    expect(check.says('ruling', 'appeal')).toBe(false);
    expect(check.says('deal', 'cost')).toBe(true);
    expect(check.says('ruling', 'cost')).toBe(false);
  });

  it('an `afterLetter` attribute ("a new one") is said too by a fact whose own event comes after the letter, whatever its words', () => {
    const later = new AttributeCheck(
      [{ id: 'newer', en: ['a new'], fr: ['un nouveau'], says: ['new'], afterLetter: true }],
      new Map([
        ['order', ' trump signed an order in december '],
        ['studio', ' an animation studio '],
        ['campaign', ' a new campaign '],
      ]),
      undefined,
      undefined,
      new Set(['order']),
    );
    expect(later.says('order', 'newer')).toBe(true);
    expect(later.says('campaign', 'newer')).toBe(true);
    expect(later.says('studio', 'newer')).toBe(false);
  });

  it('the positions a phrase covers are found as typed', () => {
    expect([...check.askedAt(['et', 'ca', 'coute', 'combien'])]).toEqual([2]);
  });

  it('an adverb of the data list inside a phrase ("fait officiellement appel") still asks it; another word breaks it', () => {
    const withAdverbs = new AttributeCheck([{ id: 'appeal', en: ['filed an appeal'], fr: ['fait appel'] }], new Map(), new Set(['officiellement', 'formally']));
    expect(withAdverbs.asked([['le', 'studio', 'a', 'fait', 'officiellement', 'appel']])).toEqual(['appeal']);
    expect(withAdverbs.asked([['they', 'filed', 'formally', 'an', 'appeal']])).toEqual(['appeal']);
    expect([...withAdverbs.askedAt(['they', 'filed', 'formally', 'an', 'appeal'])]).toEqual([1, 2, 3, 4]);
    expect(withAdverbs.asked([['le', 'studio', 'a', 'fait', 'un', 'appel']])).toEqual([]);
    expect(withAdverbs.asked([['formally', 'filed', 'an', 'appeal']])).toEqual(['appeal']);
  });

  it('a word of asking put in place right after the phrase\'s first word ("répondu quoi à la plainte") still asks it; further in it does not', () => {
    const inPlace = new AttributeCheck([{ id: 'defence', en: [], fr: ['répondu à la plainte', 'répond à la lettre'] }], new Map(), new Set(), undefined, undefined, new Set(['quoi']));
    expect(inPlace.asked([['midjourney', 'a', 'repondu', 'quoi', 'a', 'la', 'plainte']])).toEqual(['defence']);
    expect(inPlace.asked([['elle', 'repond', 'a', 'quoi', 'la', 'lettre']])).toEqual([]);
  });

  it('an `othersOnly` attribute is said by any fact; a `premiseAside` one is read as such', () => {
    const others = new AttributeCheck(
      [
        { id: 'sued', en: ['sue'], fr: [], says: ['sued'], othersOnly: true },
        { id: 'talked-of', en: ['mentioned the letter'], fr: [], says: ['coverage'], premiseAside: true },
      ],
      new Map([['deal', ' disney invested in openai ']]),
    );
    expect(others.says('deal', 'sued')).toBe(true);
    expect(others.says('deal', 'talked-of')).toBe(false);
    expect(others.premiseAside('talked-of')).toBe(true);
    expect(others.premiseAside('sued')).toBe(false);
  });
});

describe('/ask attributes with the real data: an amount of money, a payment for signing, a salary', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a signing question that asks what came with it (a payment) is more than "did X sign?" → no signatory verdict', () => {
    expect(ask('did Ben Stiller get paid for signing?')).not.toMatchObject({ verdict: 'answered' });
    expect(ask('Cate Blanchett a-t-elle été rémunérée pour signer la lettre ?')).not.toMatchObject({ verdict: 'answered' });
    expect(ask('did Ben Stiller sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('"how much money" / "en dollars" is answered only by a fact that gives an amount in dollars or euros', () => {
    expect(ask('how much money did the actors union get from the studios in 2023?').verdict).not.toBe('answered');
    expect(ask("l'accord de la WGA en 2023 valait combien en dollars ?").verdict).not.toBe('answered');
    expect(ask('how much money is Anthropic paying the authors?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('"how much does X pay Y": an answer that leaves out who is paid gives another payment → declined', () => {
    expect(ask('how much does Google pay newspaper publishers each year?').verdict).not.toBe('answered');
    expect(ask('how much did Anthropic end up paying the authors?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
    expect(ask('combien Anthropic a-t-il versé aux auteurs ?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('"how much does X pay Y" where the fact has X paid, not paying (an investment in X) → another payment, declined; the right way round answers', () => {
    expect(ask('How much does OpenAI pay Disney for its characters?').verdict).not.toBe('answered');
    expect(ask('Combien OpenAI verse-t-il à Disney pour la licence ?').verdict).not.toBe('answered');
    expect(ask('how much did Disney pay OpenAI?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-openai-deal' } });
    // A word of investing pays too: the fact has the studio investing, not the AI company.
    expect(ask('How much has OpenAI invested in Disney?').verdict).not.toBe('answered');
    expect(ask('combien Disney a investi dans OpenAI ?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-openai-deal' } });
  });

  it("a person's salary or fee is their own affairs → declined", () => {
    expect(ask("what is Shira Perlmutter's salary?").verdict).toBe('no_answer');
    expect(ask('Natasha Lyonne touche quel cachet par épisode ?').verdict).toBe('no_answer');
  });
});

describe('/ask attributes with the real data: a reaction to the letter', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('how someone answered the letter is said only by a fact about reactions to it, not by what the letter answers', () => {
    expect(ask('has Google responded publicly to the letter yet?').verdict).not.toBe('answered');
    expect(ask('Disney a-t-il répondu aux signataires ?').verdict).not.toBe('answered');
    expect(ask('what is the letter responding to?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    expect(ask('how did conservative outlets react to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'conservative-reaction' } });
  });
});

describe('/ask signing questions that ask more than "did X sign?"', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    'why did Ron Howard put his name on it?',
    'who talked Cate Blanchett into signing?',
    'quand Ben Stiller a-t-il signé exactement ?',
    'did Mark Ruffalo take back his signature later?',
    'Paul Simon a-t-il été obligé de signer ?',
    'was Ben Stiller compensated for signing?',
  ])('"%s" → no signatory verdict', (q) => {
    expect(ask(q)).not.toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a name that owns the next word ("X\'s manager") is not who is asked about; "X\'s name" and "X\'s signature" still are', () => {
    expect(ask("did Ron Howard's manager sign too?").verdict).not.toBe('answered');
    expect(ask("is Ron Howard's name on the letter?")).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask("is Ron Howard's signature on it?")).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a plain yes/no about signing, with "est-ce que" or "ou pas", still gets the verdict', () => {
    expect(ask('est-ce que Ron Howard a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Cate Blanchett a signé ou pas ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});

describe('/ask attributes with the real data: the present or the next thing, which the story (dated) does not say', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a value asked as of now or next ("today", "aujourd\'hui", "prochain") is not the one the letter or a report gave then', () => {
    expect(ask('How much is Google worth today?').verdict).toBe('no_answer');
    expect(ask("Combien vaut OpenAI aujourd'hui ?").verdict).toBe('no_answer');
    expect(ask('Quel est le prochain film de Natasha Lyonne ?').verdict).toBe('no_answer');
    expect(ask('How much is Google worth according to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });

  it('"now that…", "maintenant que…" opens a clause of context: the question is still asked', () => {
    expect(ask('Now that the letter is out, who organised it?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask("Maintenant que la lettre est publiée, qui l'a organisée ?")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a reaction asked with an adverb inside its phrase ("responded formally to the signatories") is still a reaction no fact says → declined', () => {
    expect(ask('Did Meta respond formally to the signatories?').verdict).not.toBe('answered');
    expect(ask('Meta a-t-elle répondu publiquement à la tribune ?').verdict).not.toBe('answered');
    // A manner of reacting (officially, publicly) asks a reaction to the letter even with no object typed.
    expect(ask('Did Meta respond officially?').verdict).not.toBe('answered');
    expect(ask('Meta a-t-elle formellement réagi ?').verdict).not.toBe('answered');
    expect(ask('What is the letter a response to?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('an `except` phrase sets its words aside only where it stands', () => {
    const check = new AttributeCheck([{ id: 'now', en: ['now'], fr: [], except: ['now that'] }], new Map());
    expect(check.asked([['now', 'that', 'it', 'is', 'out', 'who', 'runs', 'it']])).toEqual([]);
    expect(check.asked([['now', 'that', 'it', 'is', 'out', 'who', 'runs', 'it', 'now']])).toEqual(['now']);
  });
});

describe('/ask attributes with the real data: who won or lost a case, which only a ruling says', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a suit filed and not yet decided does not say whether a party won or lost it → declined', () => {
    expect(ask('Has Midjourney lost the Disney lawsuit?').verdict).toBe('no_answer');
    expect(ask('Disney a-t-il gagné contre Midjourney ?').verdict).toBe('no_answer');
  });

  it('a ruling, a loss in the markets or a strike won says it: still answered', () => {
    expect(ask('Did Meta win against the authors?')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
    expect(ask('did Nvidia lose money when DeepSeek launched?')).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
  });

  it('a title typed with a capital ("Lost") asks no loss, and a signing is never asked who won', () => {
    expect(ask('did the creator of Lost sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    const check = new AttributeCheck([{ id: 'outcome', en: ['lost'], fr: [], signing: false }], new Map());
    expect(check.asked([['did', 'the', 'creator', 'of', 'lost', 'sign']], true)).toEqual([]);
    expect(check.asked([['did', 'the', 'studio', 'that', 'lost', 'appeal']])).toEqual(['outcome']);
  });
});

describe('/ask attributes with the real data: what a company charges, whether a law will pass', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a fee or a price charged is a cost no fact gives; "in charge of" asks none', () => {
    expect(ask('What fee does Asteria charge for a film?').verdict).toBe('no_answer');
    expect(ask('Combien Asteria facture-t-elle ses films ?').verdict).toBe('no_answer');
    expect(ask('who was in charge of organising the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('whether lawmakers will pass a law is a vote no fact gives', () => {
    expect(ask('Will lawmakers pass a bill on AI training?').verdict).toBe('no_answer');
  });
});

describe('/ask attributes with the real data: a judge, a lawyer, a final step, funds raised, a next project', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('the judge of a case whose fact names none → declined; a case whose fact names its judge is still answered', () => {
    expect(ask('who is the judge in the Disney v Midjourney case?').verdict).toBe('no_answer');
    expect(ask("c'est quel juge dans l'affaire Disney contre Midjourney ?").verdict).toBe('no_answer');
    expect(ask('who was the judge in Bartz v. Anthropic?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
    expect(ask("qui est le juge dans l'affaire Kadrey contre Meta ?")).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
  });

  it('"la lettre juge-t-elle…" is a verb of judging, no judge asked', () => {
    expect(ask("quels métiers la lettre juge-t-elle menacés par l'IA ?").verdict).not.toBe('no_answer');
  });

  it("a case's lawyers or their fees, which no fact names → declined", () => {
    expect(ask('who are the lawyers for the authors in the Anthropic case?').verdict).toBe('no_answer');
    expect(ask("quel cabinet d'avocats a rédigé la lettre ?").verdict).toBe('no_answer');
    expect(ask('how much are the lawyers getting in fees from the Anthropic settlement?').verdict).toBe('no_answer');
  });

  it('a final approval or a final version, when the fact gives a preliminary one → declined; the approval given still answers', () => {
    expect(ask('did Alsup grant final approval of the Anthropic settlement?').verdict).toBe('no_answer');
    expect(ask('la version définitive du rapport du Copyright Office est-elle sortie ?').verdict).toBe('no_answer');
    expect(ask('did the judge approve the Anthropic settlement?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('when a settlement pays out, the funds a company raised, what someone directs next → declined', () => {
    expect(ask("what's the payout schedule of the Anthropic settlement?").verdict).toBe('no_answer');
    expect(ask("quel est le calendrier de versement de l'accord Anthropic ?").verdict).toBe('no_answer');
    // Whether the authors have received their money yet: the payout, not the sum agreed.
    expect(ask('have the authors been paid out yet by Anthropic?').verdict).toBe('no_answer');
    expect(ask("les auteurs ont-ils déjà reçu leur argent de l'accord Anthropic ?").verdict).toBe('no_answer');
    expect(ask('how much money has Asteria raised?').verdict).toBe('no_answer');
    expect(ask('what is Natasha Lyonne directing next?').verdict).toBe('no_answer');
    expect(ask('What did Shira Perlmutter do before the Copyright Office?').verdict).toBe('no_answer');
    expect(ask('what happened to Shira Perlmutter?')).toMatchObject({ verdict: 'answered', fact: { id: 'perlmutter-lawsuit' } });
    expect(ask('how much will authors get per book from the Anthropic settlement?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('who holds a post (a union\'s president, an acting librarian) → declined; when the librarian was dismissed is still answered', () => {
    expect(ask("who was the WGA's president when they struck?").verdict).toBe('no_answer');
    expect(ask('qui a été nommé bibliothécaire du Congrès par intérim ?').verdict).toBe('no_answer');
    expect(ask('when was Carla Hayden dismissed?')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
  });

  it('whether a studio released a film (a feature, its first film, "un long métrage") → declined; what the studio is, still answered', () => {
    expect(ask('has Asteria released a movie yet?').verdict).toBe('no_answer');
    expect(ask('Asteria a déjà sorti son premier film ?').verdict).toBe('no_answer');
    expect(ask('Did Asteria put out a feature film after the letter?').verdict).toBe('no_answer');
    expect(ask('C\'est quoi Asteria Film ?')).toMatchObject({ verdict: 'answered', fact: { id: 'asteria-film' } });
  });

  it('whether a body commented on the letter, in French ("a commenté la lettre") → declined, no choices about its other deeds', () => {
    expect(ask('le syndicat des acteurs a commenté la lettre ?').verdict).toBe('no_answer');
    expect(ask('la Maison Blanche a-t-elle commenté la tribune ?').verdict).toBe('no_answer');
  });

  it("a company's revenue is asked of no fact; the letter's wages in billions say what a revenue premise corrects", () => {
    expect(ask("what was OpenAI's revenue last year?").verdict).toBe('no_answer');
    expect(ask("les 230 milliards, c'est le chiffre d'affaires annuel d'Hollywood ?")).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
  });
});

describe('/ask attributes with the real data: more than the facts say, who read the letter, a cost asked past a premise', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"what else" / "quoi d\'autre" asks past what the fact gives → declined; "who else is at risk" is still a fact', () => {
    expect(ask('what else is in the January executive order?').verdict).not.toBe('answered');
    expect(ask("le décret de janvier de Trump, il prévoit quoi d'autre que le plan d'action ?").verdict).not.toBe('answered');
    expect(ask('Besides film and music, who else does the letter say is at risk?')).toMatchObject({ verdict: 'answered', fact: { id: 'other-industries' } });
  });

  it('who actually read the letter is said by no fact → declined, not answered with what the letter asks', () => {
    expect(ask('did anyone at the White House actually read the letter, and what did they make of it?').verdict).not.toBe('answered');
    expect(ask('quelqu\'un à la Maison Blanche a-t-il vraiment lu la tribune ?').verdict).not.toBe('answered');
  });

  it('a cost asked of a slot the question gives a figure of ("the 23 strikes") is no premise for the strikes\' fact to correct → declined', () => {
    expect(ask('roughly what did the 23 strikes cost the Los Angeles economy?').verdict).not.toBe('answered');
    expect(ask('how long did the 2023 writers strike last?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });
});
