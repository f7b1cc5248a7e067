import { realFacts } from '../../helpers/core';

describe('/ask engine: premises are corrected, not answered as asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Why did Tom Hanks organize it?', 'Did Cate Blanchett lead the letter?', 'Pourquoi Spielberg a lancé cette lettre ?'])(
    '"%s" → the organisers (whose answer says who did)',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    },
  );

  it('a yes/no question about what will happen asks for a forecast → declined, never a dated fact; "when will" is left to the facts unless it asks of what comes next', () => {
    expect(ask('Will OpenAI appeal the ruling in the Kadrey case?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Will Disney sue Midjourney again in 2028?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Disney va-t-il porter plainte contre Google ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('When will the letter be filed?')).toMatchObject({ verdict: 'answered' });
    // Beside a word of what comes next, a "when will" asks what has not happened.
    expect(ask('When will the court hand down its next ruling on Midjourney?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Quand va sortir le prochain volet du rapport sur le copyright ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Did Will Ferrell sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a figure in a unit the premise\'s fact never counts (a sum beside days) is no value it corrects: declined, not "corrected"', () => {
    expect(ask('selon un post, la grève de 2023 aurait coûté 3 milliards de dollars, vrai ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('the 2023 strike cost the state 4 billion dollars, right?')).toMatchObject({ verdict: 'no_answer' });
    // A figure of what it counts is still corrected by it, as is a sum in another magnitude of the same money.
    expect(ask('la grève de 2023 a duré 250 jours ?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' }, correction: 'strike-figures' });
    expect(ask("la lettre dit qu'OpenAI vaut 300 millions de dollars ?")).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });

  it('a part that points back ("ces accords") to a thing only the context names asks nothing alone; "cette lettre" still does', () => {
    const q = 'Sujet télé, contexte — une chaîne a noué des partenariats avec des studios de doublage automatique. Question : quels studios, et à quelle date ces partenariats ont-ils été officialisés ?';
    expect(ask(q)).not.toMatchObject({ verdict: 'answered' });
    // Its first part, "quels studios", asks only of things the scene names ("chaîne" read as itself, no longer "Chine"):
    // Asteria's fact carries none of the scene's other words (`sceneOnly`), so it is no answer either.
    // So does a part after a label whose own words ask for companies, which the letter's demands name too.
    expect(ask('Sujet éco : contexte — une major a signé des accords avec des start-up. Question : quelles sociétés, et quand ces accords ont-ils été dévoilés ?')).not.toMatchObject({ verdict: 'answered' });
    expect(ask('Contexte : la lettre a circulé. Question : quand cette lettre a-t-elle été envoyée ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('a part that says "it" after a question of its own naming a company stands for it: an answer that never names it → declined', () => {
    expect(ask('how much has Midjourney raised, what is it valued at?').verdict).toBe('no_answer');
    // "It" after a setting that asks nothing is the letter: the part is still answered.
    expect(ask("Sub-editing an AFP-based piece that says the letter went to 'the White House'. Which office actually received it?")).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('"pk", chat shorthand for "pourquoi", asks why as it does', () => {
    const terms = realFacts().ask.lexicon.read('pk le studio a fait appel', 'fr').terms.map((t) => t.term);
    expect(terms).toContain('c:why');
    expect(ask('pk openai veut le fair use')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });

  it('"tell the …" after a company is a verb of saying (what it argued); "tell me" stays a request to the bot', () => {
    const { lexicon } = realFacts().ask;
    expect(lexicon.read('what did the firm tell the regulators', 'en').terms.map((t) => t.term)).toContain('c:argue');
    expect(lexicon.read('can you tell me when it went out', 'en').terms.map((t) => t.term)).not.toContain('c:argue');
    expect(ask('so what did Google tell the government on model training')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it('an infinitive typed for the participle ("envoyer à" for "envoyée à") still asks to whom it was sent', () => {
    expect(ask('la tribune a ete envoyer a qui')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('a lowercase name before "organise it", or a name misread as a word some fact uses, is a premise → the organisers', () => {
    for (const q of ['why did jennifer lawrence organise it', 'why did meryl streep put the letter together?', 'how come dustin hoffman started it']) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    }
  });

  it('"how did X end up leading it" asks who led it, not what happened afterwards → the organisers', () => {
    expect(ask('how did Julia Roberts end up leading the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a name in a part of its own before "who launched it" stays what is asked: never the organisers', () => {
    expect(ask('Human Artistry Campaign: who started it?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a name typed with capitals right after the verb of organising is what was organised, not a premise: it is searched for', () => {
    const top = (q: string) => realFacts().ask.explain(q).ranked[0]?.id;
    expect(top("Who spearheaded Stealing Isn't Innovation, and which celebrities supported it?")).toBe('stealing-isnt-innovation');
    // Before the verb, it is who did it: a premise the organisers correct.
    expect(ask('why did Tom Hanks organize it?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('organising something else that is not "it" nor the letter is no premise to correct → not answered', () => {
    expect(ask('Who organised the Oscars?').verdict).not.toBe('answered');
    expect(ask('Qui a organisé le Festival de Cannes ?').verdict).not.toBe('answered');
  });

  it('a name asked about in a part of its own, before "and who started it?", is what "it" stands for: never the organisers', () => {
    for (const q of ['Tell me about the Human Artistry Campaign and who started it', "c'est quoi Stealing Isn't Innovation et qui l'a lancé ?"]) {
      expect(ask(q)).not.toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    }
  });

  it('a name after "the organisers" and a verb is what they are asked to have done, no premise: never the organisers', () => {
    for (const q of ['les organisatrices ont-elles rencontré Trump ?', 'did the organizers ever sit down with Sam Altman']) {
      expect(ask(q)).not.toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    }
  });

  it('a "fact-check:" label before the question says how to answer, not what about: never the errors of the press', () => {
    expect(ask('fact check: is it true the letter never mentions Trump by name?')).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    expect(ask('quick fact-check: who was the letter addressed to?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('a short opening led by the word of checking ("Vérification :", "fact-checking a post:") names the task: never the errors of the press', () => {
    expect(ask('Vérification : le texte cite-t-il le président Trump par son nom ?')).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    expect(ask('fact-checking a post: is Trump named anywhere in the text?')).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
  });

  it('a clause that refers to someone ("his", "her") and names no one is not asked alone: the person is in the rest', () => {
    expect(ask("since Obama's order started the consultation, why did the stars write to his staff?")).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('near-topic questions about a name or a title are declined, not answered by the fact that names it', () => {
    expect(ask('How old is Natasha Lyonne?').verdict).not.toBe('answered');
    expect(ask('Qui a réalisé Poker Face ?').verdict).not.toBe('answered');
    expect(ask('Who won the SAG Awards this year?').verdict).not.toBe('answered');
    expect(ask('qui est natacha lyone')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a rare word typed in lower case where the fact found has its name is another name, not the fact', () => {
    expect(ask('what sum is mistral paying the authors per title?').verdict).not.toBe('answered');
    expect(ask('what ruling did judge gosling give on training?').verdict).not.toBe('answered');
    expect(ask('what ruling did judge alsup give on training?').verdict).toBe('answered');
  });

  it('a name the data lacks, set apart from a known one by punctuation, is another name, not the rest of it', () => {
    expect(ask('Citation exacte de Koh (OpenAI) sur la sécurité nationale').verdict).toBe('no_answer');
    expect(ask('Netflix-R1 est sorti quand ?').verdict).toBe('no_answer');
    expect(ask('What did OpenAI argue about national security?')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });

  it('a fact that carries the names asked about but not what is asked about them is no answer', () => {
    expect(ask('How many employees does Warner Bros have?').verdict).toBe('no_answer');
    expect(ask('Where does Scarlett Johansson live?').verdict).toBe('no_answer');
    expect(ask('Why is Thomson Reuters v. Ross relevant here?')).toMatchObject({ verdict: 'answered', fact: { id: 'thomson-reuters-v-ross' } });
  });

  it('a phrasing that is only a name ("Warner Bros. Discovery") found whole says who, not what is asked about them', () => {
    expect(ask('Who is buying Warner Bros. Discovery?').verdict).toBe('no_answer');
    expect(ask('Qui va racheter Warner Bros. Discovery ?').verdict).toBe('no_answer');
    expect(ask('Why did Warner Bros. Discovery go to court?')).toMatchObject({ verdict: 'answered', fact: { id: 'wbd-v-midjourney' } });
  });

  it('facts that carry the names but none of what is asked about them, in words no fact uses, are not offered as choices either', () => {
    expect(ask("Who is Natasha Lyonne's boyfriend?").verdict).toBe('no_answer');
    // What is asked in words the facts use is still answered: OpenAI signing it is a premise the fact on whom the
    // letter answers corrects.
    expect(ask('why did openai sign the letter too')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'company-signed' });
  });

  it('signing something other than the letter is no "did X sign?" question', () => {
    expect(ask('Did Trump sign an order on crypto?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Did OpenAI sign a deal with the New York Times?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did lyonne herself sign it or just organise')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a name with its possessive owns what is asked about, no premise: never answered as the organisers', () => {
    expect(ask("Who wrote Variety's story on the letter?")).not.toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask("Who wrote Politico's story on the letter?").verdict).toBe('no_answer');
  });

  it('a lowercase name in a question about who organised the letter is set aside too', () => {
    expect(ask('pourquoi spielberg a organisé la lettre ?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a question about whom the letter targets sets the company named aside', () => {
    expect(ask('Why does the letter target Amazon?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('the letter backing a company is a premise about whom it answers: never that company’s own argument', () => {
    expect(ask('Pourquoi la lettre soutient la demande de Google ?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it('the campaign a name organised is still found by its own words', () => {
    expect(ask("who organised the Stealing Isn't Innovation campaign?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
  });

  it('an executive order asked by its number is read as a name, not a figure to check', () => {
    expect(ask('Le décret 14179, ça dit quoi ?')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'executive-order-14179' } });
    // "c'est" may ask for a check, but an order's number is no figure.
    expect(ask("Le décret 14365, c'est quoi ?")).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'eo-14365' } });
  });

  it.each(["Was the letter a reply to Biden's call for comments?", "Les signataires ont-ils répondu à l'appel à contributions d'Obama ?"])(
    'a consultation credited to the wrong president → corrected by the consultation itself: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' }, correction: 'consultation' });
    },
  );

  it.each([
    ['Why did Universal sue Google?', 'disney-universal-v-midjourney', 'studio-suit-defendant'],
    ['Pourquoi Disney a-t-il poursuivi Microsoft ?', 'disney-universal-v-midjourney', 'studio-suit-defendant'],
    ['What became of the Warner Bros. lawsuit against Stability AI?', 'wbd-v-midjourney', 'studio-suit-defendant'],
    ['Who sued Midjourney, Sony?', 'disney-universal-v-midjourney', 'studio-suit-plaintiff'],
    ["Qu'a décidé le juge dans l'affaire Kadrey contre Microsoft ?", 'kadrey-v-meta', 'authors-suit-defendant'],
  ])('a lawsuit given the wrong party → corrected by the suit itself: "%s"', (q, fact, correction) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: fact }, correction });
  });

  it.each(['Was Perlmutter fired in August 2025?', 'Perlmutter a été limogée en février, pourquoi ?'])('a wrong date for a dismissal → corrected by the fact dating it: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'perlmutter-lawsuit' }, correction: 'fired-date' });
  });

  it.each(['the actors strike went on for 300 days?', "la grève des scénaristes a duré 90 jours, c'est ça ?"])('a wrong figure by the strike → corrected by the strikes fact: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' }, correction: 'strike-figures' });
  });

  it.each([
    ['so the AI Action Plan outlawed model training on movies, why?', 'plan-ban'],
    ["le plan IA de Trump interdisait d'entraîner des modèles sur les séries, pourquoi ?", 'plan-ban'],
    ['once the action plan safeguards copyright for artists, what do the studios do next?', 'plan-copyright'],
    ['le plan de juillet protège désormais le droit d’auteur des créateurs : quelle suite pour la campagne ?', 'plan-copyright'],
  ])('an AI Action Plan said to ban training or protect copyright (it does neither) → corrected by its outcome: "%s"', (q, correction) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-outcome' }, correction });
  });

  it.each(['how come the open letter was aimed at Nvidia?', 'pourquoi les célébrités visent-elles Adobe ?'])(
    'a company the letter is said to aim at, or the stars to fight, other than those it answers → corrected by whom it answers: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
    },
  );

  it('a lawsuit asked with its true parties, or a party of another suit, is no premise to correct', () => {
    expect(ask('Which company did Disney and Universal sue?')).not.toHaveProperty('correction');
    expect(ask('Why did Universal sue Anthropic?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'disney-universal-v-midjourney' } });
  });

  it('the signatories, not only the letter, can be given a wrong addressee → the recipient', () => {
    expect(ask('Why did the signatories ask Congress for help?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });

  it('a headline quoted in single quotes asserts no addressee: the naming asked about after it is what is checked', () => {
    expect(ask("sub-editor wants 'Hollywood asks Trump' as a title; is Trump mentioned in the letter?")).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    expect(ask("the desk wants 'Actors urge Trump' for the hed: does the letter even name him?")).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    // Unquoted, the addressee is still a premise to correct.
    expect(ask('Why did the stars send the letter to Congress?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });

  it('an addressee another fact denies (Trump, whom the letter never names), the question declined: no correction as the recipient', () => {
    for (const q of ['someone on radio said the letter went to Trump personally, accurate?', 'Un post affirme que la lettre a été adressée à Trump en personne : vrai ?']) {
      expect(ask(q)).not.toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    }
    // An addressee nothing denies is still corrected.
    expect(ask('was the letter sent to the Senate?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });

  it('a French inverted "s\'en prend-elle à" is opposing: a company it does not target → whom it answers', () => {
    expect(ask("Pourquoi la lettre s'en prend-elle à Nvidia ?")).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('"écrit à" names an addressee as "written to" does → a wrong one is corrected by the recipient', () => {
    expect(ask('Les signataires ont-ils écrit au Sénat ?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it.each(['Was the letter published in April?', 'La lettre parue en juin 2025 disait quoi ?'])('a wrong publication date is a wrong date of the letter: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
  });

  it.each(['What does the letter say about Adobe?', "Qu'est-ce que la lettre dit sur Apple ?", 'why did the signatories pick on Apple?'])(
    'what the letter says about a company it never names is a premise about whom it answers: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
    },
  );

  it('a month by the letter dates it when tied to it ("la lettre du 2 avril"); after another verb ("replied to the letter in May") it dates that', () => {
    expect(ask('la lettre du 2 avril demandait quoi ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
    expect(ask('what did the april letter ask?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
    expect(ask('Trump replied to the letter in May: what did he say?')).not.toMatchObject({ correction: 'date' });
    expect(ask('Le ministre a commenté la lettre en mai, il a dit quoi ?')).not.toMatchObject({ correction: 'date' });
  });

  it('a wrong date said of the sending and placed after another event is corrected, not answered as what came after', () => {
    expect(ask('La lettre est partie en février, juste après le décret de Trump, non ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
  });

  it('who passes the question on ("my producer asks:") is no part of it: never a premise about the addressee', () => {
    expect(ask('my producer asks: does the letter mention Trump by name?')).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
  });

  it('an answer from a fact with no wrong value in the question is kept, not corrected', () => {
    expect(ask("What did Biden's 2023 AI order do?")).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
    expect(ask("What did Biden's 2023 AI order do?")).not.toHaveProperty('correction');
    expect(ask('Who launched the consultation the letter answered?')).not.toHaveProperty('correction');
  });
});

describe('/ask engine: a verb of a slot claims nothing of the letter when the asker or another sentence has it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"I\'m putting together…", "je monte…" beside a signatory asks no organiser; the claim with another subject is corrected', () => {
    expect(ask("We're putting together a segment on the letter Mark Ruffalo signed. Which office received it?")).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('Je monte un sujet sur la lettre de Mark Ruffalo. À qui a-t-elle été adressée ?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('I think Mark Ruffalo organised the letter, right?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' }, correction: 'organiser' });
  });

  it('a verb in another sentence than the letter claims nothing of it; a pronoun for the letter by the verb does', () => {
    expect(ask('Some background on the letter, please. What did Judge Alsup decide in Bartz against Anthropic?')).not.toMatchObject({ fact: { id: 'responds-to-openai-google' } });
    expect(ask('Quick background question. Did they send it to Congress?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('a president\'s name after "under" / "sous" dates the claim; the wrong date is what is corrected', () => {
    expect(ask('la lettre, elle est partie en novembre 2024 sous Biden ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('the letter went in back in October 2024 under Biden, right?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('the letter as what a news piece is about ("the piece on the letter") has no date the sentence gives the piece', () => {
    expect(ask('Vrai ou faux : le papier de Variety sur la lettre date du 18 mars 2025.')).not.toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});

describe('/ask engine: a signatory\'s name in quotation marks', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('asked whether they signed → the signatory, though quoted as a piece misspelt it; a campaign quoted stays no person', () => {
    expect(ask('the "Mark Rufalo" in that blog post, did he actually sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Mark Rufalo' });
    expect(ask('« Stealing Isn\'t Innovation », ils ont signé quoi ?')).not.toMatchObject({ mode: 'signatory' });
  });
});

describe('/ask engine: a rounded count someone is said to be among', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"among the 400-odd who signed" with a name → whether that person signed, not the count', () => {
    expect(ask('Is Tom Hanks among the 400-odd people who signed?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
  });
});

describe('/ask engine: comparisons are answered only when both events are clear', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('two clearly named events → compared', () => {
    const o = ask('Did Warner Bros sue Midjourney before Disney did?');
    expect(o).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : []).toEqual(['2025-09-04-wbd-sues-midjourney', '2025-06-11-disney-universal-sue-midjourney']);
  });

  it('a comparison no two events carry clearly is offered as the closest fact, never answered as another question', () => {
    // Their start or their end?
    for (const q of ["La grève des acteurs, c'était avant celle des scénaristes ?", "Was the actors' strike before the writers' one?"]) expect(ask(q).verdict).not.toBe('answered');
  });

  it('a side that gives only a role ("celle des scénaristes") is read as the other side\'s kind of event', () => {
    const events = (q: string): string[] => {
      const o = ask(q);
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : [];
    };
    expect(events('La grève des acteurs a commencé avant celle des scénaristes ?')).toEqual(['2023-07-14-sag-aftra-strike', '2023-05-02-wga-strike']);
    expect(events('Combien de semaines entre la fin de la grève des acteurs et celle des scénaristes ?')).toEqual(['2023-11-09-sag-aftra-strike-ends', '2023-09-27-wga-strike-ends']);
  });

  const compared = (q: string): string[] => {
    const o = ask(q);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : [];
  };

  it('a side that gives only a name is read as the other side\'s kind of event, or not compared: never another event of that name', () => {
    for (const q of ["Did the writers' strike end before SAG-AFTRA's?", 'Did the writers\' strike end before the SAG-AFTRA one?']) {
      expect(compared(q)).not.toContain('2023-07-14-sag-aftra-strike');
      expect(compared(q)).not.toContain('2023-11-08-sag-aftra-tentative-deal');
    }
    expect(compared('Did the Kadrey ruling come after Bartz?')).toEqual(['2025-06-25-kadrey-v-meta-ruling', '2025-06-23-bartz-v-anthropic-ruling']);
  });

  it('a side of one word that several events carry alike is no event: their scores differ by length alone', () => {
    expect(compared('publié avant ou après le LA Times ?')).toEqual([]);
  });

  it('a side that leaves a common word unmatched is compared when its event is clearly ahead; a name left unmatched is never', () => {
    expect(compared('Did DeepSeek R1 drop before Stargate was announced?')).toEqual(['2025-01-20-deepseek-r1', '2025-01-21-stargate-announced']);
    expect(compared("Did Samsung's settlement come before or after the Kadrey ruling?")).toEqual([]);
    expect(compared("l'accord de Samsung, c'est avant ou après la décision Kadrey ?")).toEqual([]);
  });

  it('a pronoun that stands for no one named ("filed its comment…", "was it sent…") is not guessed', () => {
    expect(compared('filed its comment before or after the letter?')).toEqual([]);
    // The "it" of "how long did it take" stands for no one.
    expect(compared('Once Trump had signed EO 14179, how long did it take for the RFI to be published?')).toEqual(['2025-01-23-eo-14179-signed', '2025-02-06-ai-action-plan-rfi']);
    expect(compared('Did Google file its proposal before or after the letter?')).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
  });

  it('an event that lacks who a side is about (its name or role) is not that side\'s event when another carries it', () => {
    expect(compared("which was first, OpenAI's comment to the White House or the letter?")).not.toContain('2025-02-25-white-house-invites-comment');
    expect(compared("which was first, OpenAI's comment to the White House or Google's?")).not.toContain('2025-02-25-white-house-invites-comment');
  });

  it('"A vs B" offers the two alternatives as "A or B" does', () => {
    expect(compared('Kadrey v Meta vs Bartz v Anthropic: which ruling came first?')).toEqual(['2025-06-25-kadrey-v-meta-ruling', '2025-06-23-bartz-v-anthropic-ruling']);
  });

  it('"d\'après" (according to) is no "after": nothing is compared', () => {
    expect(ask("Google d'après la lettre ?")).not.toMatchObject({ mode: 'compare' });
  });

  it('"how long after A did B…" parts the two events at the yes/no word; a verb of happening names no event', () => {
    expect(compared('How many days after DeepSeek R1 did Stargate come out?')).toEqual(['2025-01-20-deepseek-r1', '2025-01-21-stargate-announced']);
    expect(compared("Combien de temps après la lettre le plan d'action IA est-il arrivé ?")).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });

  it('"before the letter did Google file…?" compares; "after the letter was sent?" names one event and asks what followed', () => {
    expect(compared('before the letter did Google file its proposal?')).toEqual(['2025-03-15-letter-submitted', '2025-03-13-google-proposal']);
    expect(ask('after the letter was sent?')).toMatchObject({ verdict: 'answered', fact: { id: 'aftermath' } });
  });

  it('a cue of several words asking the time between is a comparison whatever verb the question uses', () => {
    expect(ask("Le décret 14365 est arrivé combien de temps après le plan d'action IA ?")).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask('Que s’est-il passé après la lettre ?')).not.toMatchObject({ mode: 'compare' });
  });

  it('"first" alone asks who did it first, not a comparison', () => {
    expect(ask('Quel journal a révélé la lettre en premier ?')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
  });
});

describe('/ask engine: other forms of a comparison in time', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const events = (q: string): string[] => {
    const o = ask(q);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };

  it.each([
    'Was the writers strike over when the actors walked out?',
    'Had the WGA strike ended by the time SAG-AFTRA went on strike?',
    'La grève de la WGA était-elle terminée quand les acteurs ont commencé la leur ?',
  ])('"had A ended when B began?" → the two events in order: "%s"', (q) => {
    expect(events(q)).toEqual(['2023-07-14-sag-aftra-strike', '2023-09-27-wga-strike-ends']);
  });

  it('"was A still on when B?" asks whether A had ended yet → its end against B', () => {
    expect(events('Were the writers still on strike when the actors walked out?')).toEqual(['2023-07-14-sag-aftra-strike', '2023-09-27-wga-strike-ends']);
  });

  it('"when" that opens the question is no joint of two events → no comparison', () => {
    expect(ask('When did the writers strike end?')).not.toMatchObject({ mode: 'compare' });
  });

  it.each(['Did the Disney suit against Midjourney come before the letter or after?', 'Le procès de Disney contre Midjourney, c’était avant la lettre ou après ?'])(
    '"before B or after?" offers the order, not a second thing: "%s"',
    (q) => {
      expect(events(q)).toEqual(['2025-03-15-letter-submitted', '2025-06-11-disney-universal-sue-midjourney']);
    },
  );

  it('a company publishing its proposal is its filing of it', () => {
    expect(events('Did OpenAI publish its proposal before the letter?')).toEqual(['2025-03-13-openai-submission', '2025-03-15-letter-submitted']);
  });

  it('"suit" is a lawsuit, "licenciement" a firing', () => {
    expect(events('Was the Midjourney suit before or after the Anthropic settlement?')).toEqual(['2025-06-11-disney-universal-sue-midjourney', '2025-09-05-anthropic-settlement']);
    expect(events('Le licenciement de Perlmutter, avant ou après le rapport du Copyright Office ?')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
  });
});

describe('/ask engine: questions of one content word', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a synonym of a fact’s one-concept keyword answers it ("organisers" for "organiser")', () => {
    expect(ask('Who are the organisers?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a word that only shares a stem with a concept is not that concept ("droits" is not "droite")', () => {
    expect(ask('droits').verdict).not.toBe('answered');
  });
});

describe('/ask engine: chatter around the question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a greeting by the time of day ("evening", "bonsoir") is chatter, never a word of a fact', () => {
    expect(ask('evening, desk here').verdict).toBe('no_answer');
  });

  it('the clause after the last comma is tried when it opens with a question word', () => {
    expect(ask('sorry to bother you, who organised the letter')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('ok quick q — how many ppl signed it')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it('an opening clause of chatter alone is set aside before reading the question', () => {
    expect(ask('quick question: Was OpenAI’s comment sent before the Hollywood letter?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it('a French yes/no question without its question mark is still one', () => {
    expect(ask('DeepSeek R1 est sorti avant l’annonce de Stargate')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it('newsroom chatter weighs nothing and a request opening is skipped ("my editor wants to know", "can you tell me")', () => {
    expect(ask('ok so my editor wants to know did the letter actually mention trump or no')).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    expect(ask('can you tell me which outlet reported the letter first?')).not.toMatchObject({ mode: 'compare' });
  });

  it('a question about now or the future is no question about the story’s past', () => {
    expect(ask('When is the next WGA contract negotiation?').verdict).not.toBe('answered');
  });

  it('one common word alone is declined, not offered as choices ("la date ?")', () => {
    expect(ask('la date ?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a request for the exact words of a fact the letter has no words for answers that fact', () => {
    expect(ask('Quote Google’s filing on the fair use exceptions, please')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it('an off-topic clause after a comma is still declined', () => {
    expect(ask('Forget the letter, who won the Super Bowl?').verdict).toBe('no_answer');
  });
});

describe('/ask engine: short typos', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a surname no dictionary knows after a given name typed in lower case stays itself, not a common word one letter away', () => {
    const read = (q: string): string[] => realFacts().ask.lexicon.read(q, 'en').corrected;
    expect(read('did gene hackman sign')).toContain('hackman');
    expect(read('kevin bacom et jodie fostre ont signé ?')).toEqual(expect.arrayContaining(['bacom', 'fostre']));
    // A slip of a word of the story after a name is still that word; so is a lone word, with no given name before it.
    expect(read('jennifer aniston sigantory?')).toContain('signatory');
    expect(ask('kevin bacom et jodie fostre ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'kevin bacom', others: ['jodie fostre'] });
  });

  it('two swapped letters that make a stop word are read as it ("whta", "teh")', () => {
    expect(realFacts().ask.lexicon.correct('whta')).toBe('what');
    expect(realFacts().ask.lexicon.correct('teh')).toBe('the');
    expect(ask('whta did the letter demand')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });

  it('a longer word with two neighbouring letters swapped is read as the known word ("actaully", "vramient")', () => {
    expect(realFacts().ask.lexicon.correct('actaully')).toBe('actually');
    expect(realFacts().ask.lexicon.correct('vramient')).toBe('vraiment');
    expect(realFacts().ask.lexicon.correct('auter')).toBe('auteur');
  });

  it('a four-letter word no dictionary knows, with two neighbouring letters swapped, is the data\'s word ("tmie")', () => {
    expect(realFacts().ask.lexicon.correct('tmie')).toBe('time');
    expect(realFacts().ask.lexicon.correct('gaol')).toBe('gaol');
  });

  it('a four-letter word no dictionary knows, one typo from one known word or far nearer one, is that word; a name stays', () => {
    const correct = (w: string): string => realFacts().ask.lexicon.correct(w);
    expect(correct('wuth')).toBe('with');
    expect(correct('muny')).toBe('many');
    expect(correct('yuse')).toBe('use');
    // A stop word only by a vowel typed for another: first names typed in lower case stay names.
    expect(correct('jake')).toBe('jake');
    expect(correct('lana')).toBe('lana');
    expect(ask('did jake gyllenhaal sign it')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'jake gyllenhaal' });
  });

  it('a word of a signatory\'s name is that name, no typo of a word the data uses ("patton" is no "patron"); a misspelt name word is still read', () => {
    const correct = (w: string): string => realFacts().ask.lexicon.correct(w);
    expect(correct('patton')).toBe('patton');
    expect(correct('miller')).toBe('miller');
    expect(correct('lilly')).toBe('lilly');
    expect(correct('gylenhall')).toBe('gyllenhaal');
    expect(ask('and patton oswalt?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'patton oswalt' });
    expect(ask('patton oswald a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'patton oswald' });
  });

  it('a long typo as near two equally common words of one concept is read as either ("signitaries": signatories, signataires)', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(['signatories', 'signataires']).toContain(lexicon.correct('signitaries'));
    expect(ask('how many signitaries r there')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it('never into a content word, nor by dropping a letter ("died" is not "did")', () => {
    expect(realFacts().ask.lexicon.correct('sing')).toBe('sing');
    expect(realFacts().ask.lexicon.correct('died')).toBe('died');
    expect(ask('how many people died?').verdict).toBe('no_answer');
  });

  it('a common English or French word is no typo of another word, but may be a misspelt name or another form of itself', () => {
    expect(realFacts().ask.lexicon.correct('spend')).toBe('spend');
    expect(realFacts().ask.lexicon.correct('lionne')).toBe('lyonne');
    expect(ask('How much did DeepSeek spend to train its model?').verdict).not.toBe('answered');
  });

  it('a common word is no typo of a data word that only opens a sentence with a capital ("remportée" is no "reported")', () => {
    expect(realFacts().ask.lexicon.correct('remportee')).toBe('remportee');
    expect(ask('le prix du meilleur scénario 2024 : qui l\'a remporté ?').verdict).not.toBe('answered');
  });

  it('a long word misspelt by sound, three edits away, is read as the data word that sounds the same ("copyrite", "openaille")', () => {
    expect(realFacts().ask.lexicon.correct('copyrite')).toBe('copyright');
    expect(realFacts().ask.lexicon.correct('openaille')).toBe('openai');
    expect(ask('openaille valorisé combien selon la lettre')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });

  it('a longer word with two letters swapped and one more typo is read as the one known word it comes from ("stragat")', () => {
    expect(realFacts().ask.lexicon.correct('stragat')).toBe('stargate');
    expect(realFacts().ask.lexicon.correct('copryite')).toBe('copyright');
    // A name the data does not know, and short words, stay themselves.
    expect(realFacts().ask.lexicon.correct('tencent')).toBe('tencent');
    expect(realFacts().ask.lexicon.correct('pratt')).toBe('pratt');
    expect(ask('stragat, what is it?')).toMatchObject({ verdict: 'answered', fact: { id: 'stargate' } });
  });

  it('an unknown name is no sound-alike of a word that only starts the same ("politico" is not "politique")', () => {
    expect(realFacts().ask.lexicon.correct('politico')).toBe('politico');
    expect(ask("le journaliste de politico qui a sorti l'info, c'est qui ?").verdict).toBe('no_answer');
  });
});

describe('/ask engine: names the data does not know', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['How much is Spotify worth according to the letter?', 'Spotify vaut combien selon la lettre ?', 'What did Tencent say about national security?'])(
    'a company no fact mentions is declined, never answered as the story’s: "%s"',
    (q) => {
      expect(ask(q).verdict).toBe('no_answer');
    },
  );

  it('a known word opening a second sentence is no name, an unknown one still is', () => {
    expect(ask('Warner sued Midjourney, no? When was that?')).toMatchObject({ verdict: 'answered', fact: { id: 'wbd-v-midjourney' } });
    expect(ask('Quick check on the letter. Spotify paid how much?').verdict).toBe('no_answer');
  });

  it('an unknown name before a model code the data uses is another model, not the rest of a name ("Qwen R1")', () => {
    expect(ask('When did Qwen R1 come out?').verdict).toBe('no_answer');
    expect(ask('Quand est sorti Kimi R1 ?').verdict).toBe('no_answer');
    expect(ask('When did DeepSeek R1 come out?')).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
    expect(ask('When did Donald Trump sign EO 14179?')).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
  });

  it('a capitalised word no fact uses right after a company the story knows names its product, another topic ("OpenAI Codex")', () => {
    expect(ask('Was OpenAI Codex built from scraped films?').verdict).toBe('no_answer');
    expect(ask('Meta Llama a-t-il été entraîné sur des scénarios ?').verdict).toBe('no_answer');
    // After a signatory's given name it is the rest of a person's name, set aside as before.
    expect(ask('hormis Paul Simon, des musiciens ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'list' });
  });

  it('the same questions about the story’s own companies are answered', () => {
    expect(ask('How much is Google worth according to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
    expect(ask('Google vaut combien selon la lettre ?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });

  it.each(['how much is baidu worth according to the letter?', 'alibaba vaut combien selon la lettre ?', 'what did huawei say about national security?'])(
    'a lowercase word no fact, the lexicon nor a dictionary of common English and French words knows is a name: declined: "%s"',
    (q) => {
      expect(ask(q).verdict).toBe('no_answer');
    },
  );

  it('a name no fact uses in an opening clause is what the question is about: the clause after it is not answered alone', () => {
    expect(ask("I'm profiling Tim Cook for Bloomberg: who started the campaign against AI?").verdict).toBe('no_answer');
    expect(ask('Portrait de Sandberg. Question : quel studio a-t-elle cofondé ?').verdict).toBe('no_answer');
    expect(ask('Portrait de Lyonne. Question : quel studio a-t-elle cofondé ?')).toMatchObject({ verdict: 'answered', fact: { id: 'asteria-film' } });
  });

  it('a lowercase name no fact uses before a clause that refers to it ("he", "it") is what the clause asks about', () => {
    expect(ask("i'm writing about macron: what did he say about the letter?").verdict).toBe('no_answer');
    expect(ask('if the letter never mentions zuckerberg, who is it addressed to?').verdict).toBe('no_answer');
    // A clause that names what it asks about is still answered alone after such a word.
    expect(ask('for a sidebar: who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a lowercase name no fact uses among words its answer carries (a case, a ruling) is not dropped with them', () => {
    expect(ask('bartz v. anthropic before judge nakamura: what was decided about fair use?').verdict).toBe('no_answer');
    expect(ask('bartz v. anthropic: what was decided about fair use?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('a lowercase common word the data does not use is no name ("google vaut combien selon la lettre, en gros ?")', () => {
    expect(ask('how much is google worth according to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
    expect(ask('google vaut combien selon la lettre, concrètement ?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });
});

describe('/ask engine: who a signing question is about', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a word in lower case before a capitalised surname is no first name of it', () => {
    expect(ask('Someone told me Waititi signed, true?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Waititi' });
    // Typed in one case, the words before a surname still make another person.
    expect(ask('Did Lana Wachowski sign?')).toMatchObject({ mode: 'signatory', person: 'Lana Wachowski' });
  });

  it('supporting or joining something named after the verb is no signing question', () => {
    expect(ask('Tom Hanks soutient la campagne Stealing Isn’t Innovation ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Is Tom Hanks on the list?')).toMatchObject({ mode: 'signatory' });
    expect(ask('which singers are on it')).toMatchObject({ mode: 'list' });
  });

  it('the letter supporting something is no question about who is on it', () => {
    expect(ask('La lettre soutient-elle la proposition de Google ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Does the letter back OpenAI’s plan?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('common words in lower case are no one asked about, unless right before the verb as who signs', () => {
    expect(ask('are on it, just a few')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('il a signé ou c’est une rumeur ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did gosling sign it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'gosling' });
  });

  it('another letter than ours is another topic: declined, never answered as ours', () => {
    expect(ask('Did Ruffalo sign another letter?').verdict).toBe('no_answer');
    expect(ask('La Sacem a signé une lettre du même genre en Allemagne ?').verdict).toBe('no_answer');
    expect(ask('Did Ruffalo sign a letter on AI?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Mark Ruffalo a signé une lettre sur l’IA ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    // "another" after the letter qualifies something else.
    expect(ask('Did the letter name another company?').parsed.otherLetter).toBe(false);
  });

  it('"où" with its accent asks where, "ou" without it is "or"', () => {
    expect(ask('Le texte intégral des signataires, on le lit où ?')).not.toMatchObject({ mode: 'signatory' });
  });
});

describe('/ask engine: comparisons "between A and B"', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"how long between A and B" compares the two events', () => {
    expect(ask('How long between DeepSeek R1 and Stargate?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask('Combien de temps sépare la sortie de DeepSeek R1 et l’annonce de Stargate ?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it('"between" without a time asked is no comparison', () => {
    expect(ask('Quel lien entre OpenAI et la lettre ?')).not.toMatchObject({ mode: 'compare' });
  });
});

describe('/ask engine: number checks', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('the figure, matched by value, counts as the question’s most specific word', () => {
    expect(ask('400 signatures, is that the right number?')).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'signatory-count' } });
  });

  it('a figure no fact gives is never dropped from the question: not answered by a fact without figures', () => {
    // A count of the signers no fact gives is a premise the fact counting them corrects, never the notable names.
    expect(ask('Les 5 000 signataires, c’est qui au juste ?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    // A fact that gives figures of its own still corrects it.
    expect(ask('Is it true that 3000 people signed?')).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'signatory-count' } });
  });

  it('a count of the signers the counting fact does not give is corrected first, in words too ("a thousand", "mille")', () => {
    expect(ask('Since over a thousand people signed, who was the youngest?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    expect(ask('Parmi les mille artistes signataires, combien sont canadiens ?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    // A figure that counts no signers is no premise about them.
    expect(ask('Who signed executive order 14179?')).not.toMatchObject({ fact: { id: 'signatory-count' } });
    expect(ask('Was order 14179 signed by Trump?')).not.toMatchObject({ fact: { id: 'signatory-count' } });
  });

  it('a date a dated fact lacks, when it is all that fact misses, is a premise it corrects', () => {
    expect(ask('the letter was submitted on march 21, right?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('a figure glued to letters is a name, not a figure to check ("TIME100", "R1")', () => {
    expect(realFacts().ask.ask('Lyonne au TIME100 AI, elle a dit quoi ?', 'fr')).not.toMatchObject({ mode: 'number' });
  });

  it('a company no fact names is seen in a sentence with a decimal figure too', () => {
    expect(ask('Was the Sony settlement $1.5 billion?').verdict).not.toBe('answered');
  });
});

describe('/ask engine: names that look like other words', () => {
  it('a capitalised surname that shares a stem with a concept word is still a name ("Miller", "mille")', () => {
    expect(realFacts().ask.ask('Phil Lord et Chris Miller sont dans la liste ?', 'fr')).toMatchObject({ mode: 'signatory', person: 'Phil Lord', others: ['Chris Miller'] });
  });

  it('"a mis son nom" is signing', () => {
    expect(realFacts().ask.ask('Taika Waititi a mis son nom sur la lettre ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Taika Waititi' });
  });
});

describe('/ask engine: two questions in one', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('the first question, which names the topic, is answered when it is clear on its own', () => {
    expect(ask('Who judged Kadrey v. Meta and what did he say?')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
  });

  it('"what did X and Y say…" is one question about a pair: "what did X" alone is never answered as the fact on X', () => {
    expect(ask('what did Meta and Apple say in reply to the letter')).not.toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
    expect(ask('what did Anthropic and Apple say in reply to the letter')).not.toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('a clause that asks nothing after a question of its own follows that question up: never answered alone', () => {
    expect(ask('Ruffalo a un film qui sort bientot? date de sortie fr?').verdict).not.toBe('answered');
  });

  it('a second question that only says "it" is never answered alone', () => {
    expect(ask('what happened to the weather, and when was it signed?').verdict).not.toBe('answered');
  });
});

describe('/ask engine: a name the answer does not carry', () => {
  it('a name another fact carries makes the answer a choice between the two', () => {
    const outcome = realFacts().ask.ask('who founded asteria with chhabria?', 'en');
    expect(outcome.verdict).toBe('clarify');
  });

  it.each(['Why did the Copyright Office call fair use a national security matter?', 'Le Copyright Office a-t-il défendu l’argument de sécurité nationale ?'])(
    'a name of several capitalised words the answer has only apart is a premise: the fact that has it whole is offered too: "%s"',
    (q) => {
      const outcome = realFacts().ask.ask(q, 'en');
      expect(outcome).toMatchObject({ verdict: 'clarify' });
      expect(outcome.verdict === 'clarify' ? outcome.candidates.map((c) => c.fact.id) : []).toContain('copyright-office-may-2025');
    },
  );

  it('a name set aside as a premise, or capitalised concept words, are no such name', () => {
    expect(realFacts().ask.ask('Why did Meryl Streep organise the letter?', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('/ask engine: a signatory named by a work', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('one of the titles in a signatory’s knownFor names them', () => {
    expect(ask('did the director of severance sign')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ben Stiller' });
    expect(ask('Has the star of The Bear signed?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ayo Edebiri' });
  });

  it('a title that is a common word counts only when typed as a title', () => {
    expect(ask('the lost letter, who signed?')).not.toMatchObject({ person: 'Damon Lindelof' });
  });
});

describe('/ask engine: the signatories as who acts', () => {
  it('a name after "the signatories" is no one asked about', () => {
    expect(realFacts().ask.ask('the signatories blame Trump?', 'en')).not.toMatchObject({ mode: 'signatory' });
    expect(realFacts().ask.ask('Is Tom Hanks among the signatories?', 'en')).toMatchObject({ mode: 'signatory', person: 'Tom Hanks' });
  });
});

describe('/ask engine: where a figure comes from', () => {
  it('a figure the facts give is checked without a yes/no ("where does … come from")', () => {
    expect(realFacts().ask.ask('Where does the 2.3 million jobs figure come from?', 'en')).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'economic-stakes' } });
  });
});

describe('/ask engine: a question word after "signed"', () => {
  it('is no thing signed: "des … ont signé ? lesquels ?" lists by role', () => {
    expect(realFacts().ask.ask('Des scénaristes ont signé ? lesquels ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'writer' });
  });
});

describe('/ask engine: verbs of little meaning', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Which judge dealt with the Meta case?', "Quel juge s'est occupé de l'affaire Meta ?"])(
    '"handled", "dealt with", "s\'est occupé" weigh little: "%s" → the case asked about',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
    },
  );
});

describe('/ask engine: newsroom wrappers', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['pour un encadré qui a organisé la lettre', 'organisers'],
    ["I'm writing on the Midjourney lawsuits, when did Disney sue?", 'disney-universal-v-midjourney'],
    ['for the sidebar how many comments did the RFI get overall', 'rfi-comment-count'],
  ])('what the question is for ("for the sidebar", "pour un encadré") is chatter, even without punctuation: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it.each([
    ['the Kadrey v. Meta ruling in three lines', 'kadrey-v-meta'],
    ['is it fair to say the letter asks the government to keep copyright as it is?', 'demands'],
    ["l'accord Anthropic avec les auteurs, en quelques lignes", 'bartz-v-anthropic'],
  ])('the form asked for ("in three lines") or the check asked ("is it fair to say") is no content: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('after a chatter clause, a sentence asking two things is read as its first question', () => {
    expect(ask('hey, quick one for my piece: who drafted the letter and passed it around? thanks!')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('/ask engine: a last clause that only names the slots asked for', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['the executive order behind the AI action plan — number and date please', 'executive-order-14179'],
    ['le décret derrière le plan d IA de Trump, numéro et date ?', 'executive-order-14179'],
    ['the Disney and Universal suit against Midjourney: date?', 'disney-universal-v-midjourney'],
  ])('"number + date" after the thing asked about is no content to find: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('a word of the rest the fact does not carry still counts ("Le Figaro says")', () => {
    expect(ask('the executive order behind the AI action plan, Le Figaro says, number and date')).toMatchObject({ verdict: 'no_answer' });
  });
});

describe('/ask engine: concept words of scope and counting', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['is the open letter only about Hollywood jobs, or other trades as well?', 'other-industries'],
    ['la tribune ne parle pas que du cinéma ?', 'other-industries'],
    ['the final tally of names on the letter?', 'signatory-count'],
    ['Natasha Lyonne went to D.C. to lobby: what for?', 'lyonne-lobbying'],
    ['how come Meta ended up losing the Kadrey suit?', 'kadrey-v-meta'],
  ])('"only about", "pas que" (beyond), "tally" (how many), "DC" (Washington) and "lose"/"win" (prevail) are concepts: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('winning or losing (one concept) is no way into an event the story does not cover', () => {
    expect(ask('who won the Oscars last night?')).toMatchObject({ verdict: 'no_answer' });
    expect(realFacts().ask.ask('Combien gagne un acteur à Hollywood ?', 'fr')).toMatchObject({ verdict: 'no_answer' });
  });
});

describe('/ask engine: newsroom vocabulary that carries no fact of its own', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['who was this letter officially sent to?', 'recipient'],
    ['who was the driving force behind the Hollywood letter?', 'organisers'],
    ['in the Kadrey fight, which side came out on top?', 'kadrey-v-meta'],
    ['was there any blowback over Sora 2?', 'sora-2-backlash'],
    ['the writers strike, how lng did it go on', 'strikes-2023'],
    ['did BFMTV mix up the unions in its piece?', 'article-errors'],
    ['til when were comments accepted on the action plan?', 'ai-action-plan-rfi'],
  ])('a hedge ("officially"), a newsroom phrase ("driving force", "came out on top", "blowback", "mix up") or a short form ("lng", "til") is read: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('"pq" (pourquoi) is a question word in French texting', () => {
    expect(realFacts().ask.ask('pq Meta a gagné contre les auteurs dans Kadrey ?', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
  });

  it('a hedge or a phrase of the newsroom does not make a question off the story answerable', () => {
    expect(ask('who was officially the driving force behind the Oscars?').verdict).not.toBe('answered');
    expect(ask('which team came out on top in the Super Bowl?').verdict).not.toBe('answered');
  });
});

describe('/ask engine: questions as spoken', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['um which movie directors are listed on it i mean', 'director'],
    ['bon ben y a des réalisateurs dans les signataires du coup', 'director'],
    ['des musiciens ont signé franchement tu vois', 'musician'],
  ])('a filler of speech asks nothing: "%s"', (q, role) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'list', role });
  });

  it('"coup" outside "du coup" stays a word', () => {
    expect(realFacts().ask.lexicon.expanded('un coup de main du coup')).toBe('un coup de main donc');
  });

  it('a count said in words is checked as the figure it says', () => {
    expect(ask('someone told me three hundred and ten people signed that right')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
});

describe('/ask engine: newsroom abbreviations and nicknames', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['what did OAI argue in its filing to the WH', 'openai-argument'],
    ['the report the CO put out in May 2025 — what did it say about training', 'copyright-office-may-2025'],
    // A question word typed as chat ("wat day") asks as the word does: the date, not to whom it went.
    ['wut day did the letter go to the white house', 'submission-date'],
    // Chat shorthand for the small words ("wos", "da", "dey", "frm") is read as them, so the content words carry the question.
    ['wen wos it sent off', 'submission-date'],
    ['wat compnys r dey agenst', 'responds-to-openai-google'],
  ])('an abbreviation of the data (`abbreviations`) is read as what it stands for: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it.each([
    ['what did goo gel argue in its comments', 'google-argument'],
    ['the open aye filing what did it argue', 'openai-argument'],
    ['quand est-ce que la copy right office a publié son rapport', 'copyright-office-may-2025'],
  ])('a company or body typed by its sounds (`abbreviations` of several words) is read as its name: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('an acronym of the data typed with two letters swapped is read back', () => {
    expect(ask('when did the OTSP get the letter')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('an abbreviation in lower case where it is typed with capitals, or inside a hyphenated word, stays as typed', () => {
    expect(ask('who co-founded Asteria with Lyonne')).not.toMatchObject({ fact: { id: 'copyright-office-may-2025' } });
  });

  it('a sentence asking whether someone signed is not answered by what its context names', () => {
    expect(ask("signed it as well, didn't she? she keeps posting about the Stealing Isn't Innovation campaign")).not.toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
  });

  it('of two roles, the one right after "which" / "quels" is the list asked; the other is context', () => {
    expect(ask('on a déjà vu les acteurs ; quels réalisateurs ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    expect(ask('we covered the actors already, which directors signed?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
  });

  it('of a role in the singular (who asks) and one in the plural, the plural is the list asked', () => {
    expect(ask('Screenwriter here, can I get the musicians who signed?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(ask('je suis réalisatrice : les musiciens signataires, vous les avez ?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
  });

  it('a name set apart ("apart from", "à part") is left out of what is asked: the list by role answers', () => {
    expect(ask('any singers on it other than Paul McCartney')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(ask('à part Paul McCartney, des musiciens ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
  });

  it('"recording artists" names the musicians; "having a go at" (British) is opposing', () => {
    expect(ask('Which recording artists put their names to it?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(ask('Which two companies is the letter having a go at?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});

describe('/ask engine: off-topic questions near the story', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a letter "in" another country ("a letter in Germany", "une tribune en Espagne") is another letter: declined', () => {
    expect(ask('did anyone sign a letter in Germany against AI?').verdict).toBe('no_answer');
    expect(ask("Un acteur a lancé une tribune en Espagne contre l'IA cette année ?").verdict).toBe('no_answer');
    expect(ask('was the letter published in full?')).toMatchObject({ verdict: 'answered', fact: { id: 'full-text-and-list' } });
  });

  it('a figure of a common word no fact uses ("a 40% bonus") is no figure of the story: declined', () => {
    expect(ask('did the WGA win a 40% bonus in the 2023 deal?').verdict).toBe('no_answer');
    expect(ask('the 2023 strike lasted 90 days, right?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });

  it('what a "how many" counts is a common word no fact uses: no figure of the story counts it, declined', () => {
    expect(ask('combien de serveurs pour Stargate, 500 milliards ?').verdict).toBe('no_answer');
    expect(ask('how many warehouses did Stargate promise along with the 100,000 jobs').verdict).toBe('no_answer');
    // A word the facts use is counted by them; a short typo of a span of time is no such word.
    expect(ask('how many days did the strike last?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    expect(ask('combien de tps a duré la grève des scénaristes ?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });

  it('an acronym the data never types, read as a stop word ("EU", French "eu"), is another topic', () => {
    expect(ask('What does the EU AI Act require from AI companies?').verdict).toBe('no_answer');
    expect(ask('Is the EU Copyright Directive stricter?').verdict).toBe('no_answer');
    // An acronym the data types is the story's.
    expect(ask('What did the WGA win on AI in 2023?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });

  it("a person's or a company's own affairs are declined, however well the facts know the name", () => {
    expect(ask('Which films has Cate Blanchett starred in?').verdict).toBe('no_answer');
    expect(ask('Quel âge a Natasha Lyonne ?').verdict).toBe('no_answer');
    expect(ask("Combien d'employés chez Disney ?").verdict).toBe('no_answer');
    // Asked of the letter without a name, the same words ask for the story's figures.
    expect(ask('How many employees does the entertainment industry have according to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
    // A figure check with the same words is still one.
    expect(ask('2.3 million employees, is that right?')).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'economic-stakes' } });
  });

  it('two words in a row the answer lacks, one of them no fact uses, name something else (another strike)', () => {
    expect(ask('La grève des doubleurs de jeux vidéo a duré combien de temps ?').verdict).toBe('no_answer');
    expect(ask('How long did the Hollywood strikes last?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });

  it('a word no fact uses, tied by "on", "sur", "des" to a word the answer carries, narrows it to another thing (another order, strike, report)', () => {
    expect(ask('Que prévoit le décret de Trump sur la pêche ?').verdict).toBe('no_answer');
    expect(ask('Combien de temps a duré la grève des éboueurs ?').verdict).toBe('no_answer');
    expect(ask('What does the Copyright Office report on patents say?').verdict).toBe('no_answer');
    // What the facts do use, so tied, is the story's own one.
    expect(ask('What did Trump\'s executive order on AI do?')).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
    expect(ask('Combien de jours a tenu la grève des scénaristes américains ?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    expect(ask('What does the Copyright Office report on training say?')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
  });

  it('a request that opens on a verb of writing (after polite asking at most) is a writing task, never a fact', () => {
    expect(ask('Can you write me a limerick about the strike?').verdict).toBe('no_answer');
    expect(ask('Pourriez-vous rédiger une brève sur la lettre ?').verdict).toBe('no_answer');
    expect(ask('draft an email to the Copyright Office for me').verdict).toBe('no_answer');
    // The verb inside a question about the story is no task.
    expect(ask('Who wrote the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('who holds a post now, or after someone, is past the story\'s dated facts: declined', () => {
    expect(ask('Who chairs the Copyright Office these days?').verdict).toBe('no_answer');
    expect(ask('Qui a remplacé Perlmutter au Copyright Office ?').verdict).toBe('no_answer');
    // Not answered from a part cut at the "and" of a body's name, which has lost the word of time.
    expect(ask('Who is at the head of the Office of Science and Technology Policy today?').verdict).toBe('no_answer');
    expect(ask('Who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('the law of another country than the story\'s, which no fact gives beside a word of law, is declined', () => {
    expect(ask('Are there Chinese rules on training models with protected books?').verdict).toBe('no_answer');
    expect(ask('Que prévoit le droit français pour la fouille de données par les IA ?').verdict).toBe('no_answer');
    expect(ask('Does Japan have legislation about AI and copyright?').verdict).toBe('no_answer');
    // The story's country, and another country without a word of law, are still the story's.
    expect(ask('Why is China mentioned?')).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
  });

  it('a year far from every year the story gives is another event (an earlier strike); a near one is a premise to correct', () => {
    expect(ask('What happened in the 2007 writers strike?').verdict).toBe('no_answer');
    expect(ask('La grève des scénaristes de 2007 a duré combien de temps ?').verdict).toBe('no_answer');
    expect(ask('About the 2007 strike: how long did the writers strike last?').verdict).toBe('no_answer');
    expect(ask('Did the WGA strike in 2024?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    expect(ask('How long did the 2023 writers strike last?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    // A near year no fact gives is no word to find: the fact that gives the real date corrects it.
    expect(ask('Was the letter sent in 2024?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('La lettre a-t-elle été envoyée en 2024 ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('a capitalised name that only shares a stem with a word of the facts ("France", "français") is another name', () => {
    expect(ask("What is France's position on AI?").verdict).toBe('no_answer');
    expect(ask("Quelle est la position de la France sur l'IA ?").verdict).toBe('no_answer');
    expect(ask('What did the French article get wrong?')).toMatchObject({ verdict: 'answered', fact: { id: 'article-errors' } });
  });

  it('a named law no fact gives whole ("AI Act") is another law than the story\'s', () => {
    expect(ask("Quand l'AI Act entre-t-il en vigueur ?").verdict).toBe('no_answer');
    expect(ask('What does the CHIPS Act fund?').verdict).toBe('no_answer');
    // In French the word for the law comes first: "la loi italienne" is another law; "la loi NO FAKES" is the story's.
    expect(ask('la loi italienne interdit-elle les voix clonées ?').verdict).toBe('no_answer');
    expect(ask('la loi NO FAKES protège quoi ?')).toMatchObject({ verdict: 'answered', fact: { id: 'no-fakes-act' } });
    expect(ask('What is the NO FAKES Act?')).toMatchObject({ verdict: 'answered', fact: { id: 'no-fakes-act' } });
  });

  it('typed in lower case, a law word after a search term that no fact gives with it ("ai act") is another law too', () => {
    expect(ask('does the uk ai act cover training on books?').verdict).toBe('no_answer');
    expect(ask('how would the digital copyright bill change licensing?').verdict).toBe('no_answer');
    expect(ask('what would the no fakes act do?')).toMatchObject({ verdict: 'answered', fact: { id: 'no-fakes-act' } });
    expect(ask('what does the act do?').verdict).not.toBe('no_answer');
  });

  it("a named company's value asked for the present is not the letter's dated figure", () => {
    expect(ask('How much is OpenAI worth now?').verdict).toBe('no_answer');
    expect(ask("Combien vaut OpenAI aujourd'hui ?").verdict).toBe('no_answer');
    expect(ask('How much was OpenAI worth according to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });

  it('a letter named or described by words the data does not use is another letter, never a "signed"', () => {
    expect(ask("Did Mark Ruffalo sign a petition against Trump's tariffs?").verdict).toBe('no_answer');
    expect(ask('Who wrote the Future of Life Institute letter?').verdict).toBe('no_answer');
    expect(ask('La tribune contre les droits de douane, Ruffalo l\'a signée ?').verdict).toBe('no_answer');
    expect(ask('Did Ruffalo sign the letter against AI training?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Did Blanchett sign the UN refugee petition?').verdict).toBe('no_answer');
    expect(ask('Did Paul McCartney sign the letter to the UK government about AI?').verdict).toBe('no_answer');
    expect(ask('Did Aubrey Plaza sign the letter supporting the Teamsters?').verdict).toBe('no_answer');
    expect(ask("Ava DuVernay signed the letter, didn't she?")).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    // Signing on or up for something else names it a few words further; "sign on to the letter" is still the letter.
    expect(ask('Did Ben Stiller sign on for another Zoolander?').verdict).toBe('no_answer');
    expect(ask('Taika Waititi a signé pour réaliser Star Wars ?').verdict).toBe('no_answer');
    expect(ask('Did Ruffalo sign on to the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    // A letter signed in another decade, or about a law the story does not know, is another letter.
    expect(ask('Did Ruffalo sign the WGA strike letter in 2007?').verdict).toBe('no_answer');
    expect(ask("Did Cate Blanchett sign the European filmmakers' letter on the AI Act?").verdict).toBe('no_answer');
    // A list named right after the word is another list; the data's own has no name.
    expect(ask('Cate Blanchett est-elle sur la liste Time 100 ?').verdict).toBe('no_answer');
    expect(ask('Est-ce que Ruffalo est sur la liste des signataires ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Est-ce que Ruffalo a signé la tribune sur l\'IA ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});

describe('/ask engine: a wrong addressee is a premise to correct', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Was the letter sent to Obama?', 'Was the letter sent to the Senate?', 'La lettre a été envoyée à Macron ?', 'Was the letter sent to the White House?'])(
    '"%s" → the recipient (whose answer says to whom)',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    },
  );
});

describe('/ask engine: a wrong recipient, date or valuation in other wordings', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['How did the Senate react once it received the letter?', 'Quand le Sénat a-t-il reçu la lettre ?'])(
    'the subject of "received" is a recipient → a wrong one is corrected: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
    },
  );

  it('who received a report is no recipient of the letter → no correction', () => {
    expect(ask('Did Congress receive the Copyright Office report?')).not.toHaveProperty('correction');
  });

  it('a choice between the recipient and a fact that names the wrong one → the wrong recipient is corrected', () => {
    expect(ask('How come the letter went to Congress instead of the White House?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });

  it('"adressée au" names an addressee as "adressée à" does', () => {
    expect(ask('Pourquoi la lettre a-t-elle été adressée au Sénat ?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it.each(['Was the letter sent on Feb 10?', 'So the letter went out in April, right?', 'la lettre a été envoyée le 2 avr., non ?'])(
    'a short month name or "went out" dates the letter → a wrong date is corrected: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
    },
  );

  it('a wrong figure for a company the letter values → its valuations, corrected', () => {
    expect(ask('The letter says Google is worth $900 billion?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
    expect(ask('Why does the letter value OpenAI at $40 billion?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });

  it('a company the letter values nowhere is not corrected as if it did', () => {
    expect(ask('Does the letter say Spotify is worth $90 billion?')).not.toHaveProperty('correction');
  });
});

describe('/ask engine: a wrong count of signers in a list question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('is corrected by the fact that counts them, when it leads', () => {
    expect(ask('Of the 6000 people who signed, how many are musicians?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it('a count that fact gives is no premise: the list is given', () => {
    expect(ask('Of the 400 people who signed, how many are musicians?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
  });

  it("a signatory's name typed exactly is one name: no fact about another person that shares a part of it", () => {
    // "Lilly" is not the "Tilly" of Tilly Norwood, "Chris Miller" not the "Chris" of Chris Lehane.
    expect(ask('can you confirm Lilly Wachowski put her').verdict).toBe('no_answer');
    expect(ask('Chris Miller il est dans les').verdict).toBe('no_answer');
    expect(ask('Bryn Mooser est-il lui-même')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});


describe('/ask engine: a wrong count before a noun of the signers, no word of signing', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"the 2,000 stars", « des 3000 célébrités », "those 1,500-odd celebs": the count is the signers\', corrected by the fact counting them', () => {
    for (const q of ['so what were the 2,000 stars asking the government for?', 'la lettre des 3000 célébrités, elle réclamait quoi ?', 'where did those 1,500-odd celebs send it?', 'how did over two thousand Hollywood names end up on one letter?']) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    }
  });

  it('a count the fact gives is no premise, and a small count or another noun counts no signers', () => {
    expect(ask('what did the 400 stars want exactly?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
    expect(ask('give me 10 names to quote')).not.toMatchObject({ fact: { id: 'signatory-count' } });
    expect(ask('the industry employs 2.3 million people, right?')).not.toMatchObject({ fact: { id: 'signatory-count' } });
  });
});

describe('/ask engine: a wrong value of one of the story’s slots is corrected by the fact that holds the true one', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['La tribune a-t-elle été transmise au Sénat ?', 'recipient', 'recipient'],
    ['The letter they filed on 2 April, what did it say?', 'date', 'submission-date'],
    ['La lettre de juillet demandait quoi ?', 'date', 'submission-date'],
    ['the letter of June, what did it ask?', 'date', 'submission-date'],
    ['Did the New York Times publish the letter first?', 'outlet', 'press-coverage'],
    ['Le Figaro a-t-il publié la lettre en premier ?', 'outlet', 'press-coverage'],
    ['La lettre réclame l’interdiction de l’IA : pourquoi ?', 'ban', 'demands'],
    // The fact denies the value: the letter never names Trump.
    ['Why did the letter single out Trump?', 'trump-named', 'trump-named'],
    // The organisers' company is Asteria, no other AI firm.
    ["What does Mooser's AI company Runway make?", 'organisers-company', 'asteria-film'],
    // Two wrong slots, a date and an addressee: "filed with" says where it went (as "sent to"), and the recipient corrects it.
    ['The letter was filed with Congress in April?', 'recipient', 'recipient'],
    // The letter answers OpenAI and Google; neither signed it.
    ['Why did Google sign the letter as well?', 'company-signed', 'responds-to-openai-google'],
  ])('"%s" → correction of the %s slot by %s', (q, slot, fact) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: fact }, correction: slot });
  });

  it('a wrong organiser, company or figure about the letter is answered by the fact that holds the true one', () => {
    expect(ask('How did SAG-AFTRA organise the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('La lettre s’en prend à Microsoft, pourquoi ?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    expect(ask('The letter says the industry pays 300 billion in wages, how?')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
    expect(ask('Since the signatories demand a ban on AI, who backs them?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
    // "address" gives a wrong recipient too; the fact found is whether the letter names him.
    expect(ask('Why did the signatories address Trump by name?')).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
  });

  it('a count of the names on the letter is a count of its signers, corrected by the fact counting them', () => {
    expect(ask('Were there 900 names on the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    expect(ask('Y avait-il 900 noms sur la lettre ?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it('the same values asked about something else than the letter are still declined', () => {
    expect(ask('What did the Senate vote on AI?').verdict).toBe('no_answer');
    expect(ask('Did Congress respond to the letter?').verdict).toBe('no_answer');
    expect(ask('When did Microsoft invest in OpenAI?').verdict).toBe('no_answer');
    expect(ask('Did Nvidia comment on the letter?').verdict).toBe('no_answer');
  });

  it('a question that asks for the slot’s value, or a right value, is no premise to correct', () => {
    expect(ask('Who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('Who organised the letter?')).not.toHaveProperty('correction');
    expect(ask('When was the letter sent?')).not.toHaveProperty('correction');
    expect(ask('Was the letter filed on 15 March 2025?')).not.toHaveProperty('correction');
    expect(ask('What does the letter ask for?')).not.toHaveProperty('correction');
    expect(ask('Does the letter name Trump?')).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    expect(ask('Does the letter name Trump?')).not.toHaveProperty('correction');
    expect(ask('Did Google sign the EU code of practice on AI?')).not.toHaveProperty('correction');
    // Only about the organisers: another's AI company is no premise of theirs.
    expect(ask('Which AI company did Lyonne co-found?')).not.toHaveProperty('correction');
    expect(ask('Why did Disney sue the AI company Midjourney?')).not.toMatchObject({ fact: { id: 'asteria-film' } });
  });
});

describe('/ask engine: a figure said of a slot in a question about another topic', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a figure of the strike said of a place no fact names is that place\'s, not corrected as the strike\'s', () => {
    expect(ask('someone posted that the 2023 strike cost Nevada 9 billion dollars, is that right?').verdict).toBe('no_answer');
    expect(ask('la grève de 2023 aurait coûté 7 milliards au Texas, vrai ?').verdict).toBe('no_answer');
    // Said of the strike alone, it is corrected.
    expect(ask('la grève de 2023 a duré 200 jours ?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' }, correction: 'strike-figures' });
  });
});

describe('/ask engine: a quantity asked of facts that give no figure', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"how much did X get from Y" offered only a figureless fact (a suit still pending) → declined, no "did you mean"', () => {
    expect(ask('How much did Universal get from Midjourney in the end?').verdict).toBe('no_answer');
    // A fact that gives figures still answers its own count.
    expect(ask('how many people signed the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
});

describe('/ask engine: a follow-up that names one thing and asks nothing of it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"how about X?" / "quid de X ?" with nothing asked of X → no answer, no choices', () => {
    expect(ask('how about OpenAI?').verdict).toBe('no_answer');
    expect(ask('quid de Stargate ?').verdict).toBe('no_answer');
  });

  it('"the other X" names one thing, the cue\'s own word ("autre") no second one → no answer', () => {
    expect(ask("et l'autre plainte ?").verdict).toBe('no_answer');
    expect(ask('the other studio?').verdict).toBe('no_answer');
  });

  it('what the bot said before ("you brought up", "dont vous parliez") is asked about: it keeps no conversation → no answer', () => {
    expect(ask('the ruling you brought up, when was it?').verdict).toBe('no_answer');
    expect(ask('Le rapport dont vous parliez, il date de quand ?').verdict).toBe('no_answer');
  });

  it('what the bot is talking about right now ("dont tu parles", "you\'re referring to") is what it said before too → no answer', () => {
    expect(ask("et elle, elle a dit quoi, celle dont vous parlez").verdict).toBe('no_answer');
    expect(ask('the judge you\'re referring to, who is that?').verdict).toBe('no_answer');
    expect(ask('the guy you are talking about, who is he').verdict).toBe('no_answer');
  });

  it('what a pronoun alone said ("what did he say next?", "elles ont dit quoi après ?") asks of someone named before → no answer; a name answers', () => {
    expect(ask('and what did he say after that?').verdict).toBe('no_answer');
    expect(ask("et après ça, elles ont dit quoi ?").verdict).toBe('no_answer');
    expect(ask('what did Google say?')).toMatchObject({ verdict: 'answered' });
  });

  it('with something asked of it, the question is answered', () => {
    expect(ask('what about Stargate, how much money was announced?')).toMatchObject({ verdict: 'answered', fact: { id: 'stargate' } });
  });
});

describe('/ask engine: questions to the bot about itself are declined, never answered with a fact', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['r u a real human?', 'vous êtes un programme ou une personne ?', 'who built you, the organisers?', 'is this a bot run by the letter\'s organisers?', 'what questions can I ask you about the demands?', 'tu sers à quoi exactement ?', 'What kind of questions can you answer about the strikes?', 'Quel genre de questions je peux te poser sur la lettre ?', 'so what can you really do for a reporter?', 'which facts can you check about the signers?', 'et toi, tu peux vérifier quoi sur la tribune ?', 'à quoi servez-vous, vous, sur la tribune des acteurs ?', 'Vous êtes qui pour parler de la grève ?'])(
    '"%s" → no answer, whatever words of the story come along',
    (q) => {
      expect(ask(q).verdict).toBe('no_answer');
    },
  );

  it('"what topics do you cover?" asks what the bot covers (the bot the subject of "cover"), not the press coverage', () => {
    for (const q of ['before I waste your time: what topics do you cover?', 'what do you cover, the strikes too?', 'quels sujets couvrez-vous ?']) expect(ask(q).verdict).toBe('no_answer');
    expect(ask('which outlets covered the letter first?')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
  });

  it('a request for help with the asker\'s own piece is chatter; a question after it is still answered', () => {
    expect(ask('Bonjour, vous pouvez m\'aider pour un article sur la lettre ?').verdict).not.toBe('answered');
    expect(ask('are you a bot? who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('are you sure the letter went to OSTP?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('can you check whether Natasha Lyonne signed the letter?')).not.toMatchObject({ verdict: 'no_answer' });
  });

  it('"are you sure / certain …" asks to check what follows (a check cue), no word of content of its own', () => {
    expect(ask('are you certain the letter went to OSTP?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(realFacts().ask.lexicon.read('are you sure it was filed in March?', 'en').cues.map((c) => c.cue)).toContain('check');
  });
});

describe('/ask engine: "did X sign?" asks about the subject of the verb, not a name in an aside', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"qu\'a / qu\'ont …" asks what someone did, not whether they signed', () => {
    expect(ask("qu'a dit Jensen Huang aux signataires ?")).not.toMatchObject({ mode: 'signatory' });
    expect(ask("qu'ont répondu les studios aux signataires").verdict).not.toBe('answered');
  });

  it('a signatory in brackets beside the one asked about → the one asked about', () => {
    expect(ask('Has Chris Miller (Phil Lord’s directing partner) signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Chris Miller' });
    expect(ask('Phil Lord (le binôme de Chris Miller) a-t-il signé la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Phil Lord' });
  });

  it('a signatory in a clause set off by commas → the name in the clause of the verb', () => {
    expect(ask('Chris Miller, who often co-directs with Phil Lord, signed the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Chris Miller' });
  });

  it('someone not listed, with a signatory only in the aside → that person, not the signatory', () => {
    const got = ask('Did Tom Cruise (who once worked with Ben Stiller) sign the letter?');
    expect(got).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Cruise' });
    expect(ask('Tom Cruise, qui a tourné avec Ben Stiller, fait-il partie des signataires ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Cruise' });
  });

  it('a name after a comma following the verb is someone else, not a thing signed → the subject', () => {
    expect(ask('Ben Stiller a-t-il signé, comme Mark Ruffalo ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: expect.stringContaining('Stiller') as string });
    expect(ask('did Ruffalo sign it too, like Ben Stiller did?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
  });

  it('a name alone in brackets with no other name → still that name', () => {
    expect(ask('Did the star of Zoolander (Ben Stiller) sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});

describe('/ask engine: a question is never answered as another one', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['the date, then?', 'ça date de quand ça ?', 'et ensuite ?', 'and then what?', 'what happened next', 'when exactly?', 'who then?', 'which year?', 'en quelle année ?'])(
    'a follow-up that names only the slot it asks for ("%s") has no subject → declined',
    (q) => {
      expect(ask(q).verdict).toBe('no_answer');
    },
  );

  it.each(['the pdf?', 'any link??', 'un lien ?'])('a request for a link or text ("%s") that names nothing it is of follows up an answer → declined', (q) => {
    expect(ask(q).verdict).toBe('no_answer');
  });

  it.each(['merci, ça me sert pour la vérif des signataires', 'thanks a lot, that helps with the fact-check'])('a reply of thanks that asks nothing ("%s") → declined', (q) => {
    expect(ask(q).verdict).toBe('no_answer');
  });

  it('thanks before a question asked does not hide it', () => {
    expect(ask('thanks! who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a word typed with a capital alone inside a sentence that the data spells both ways is the name ("Deadline" the outlet), not the concept', () => {
    expect(ask('my notes say Deadline broke the story first, right?')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
    expect(ask('what was the comment deadline?')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
  });

  it('a link asked of the letter is answered', () => {
    expect(ask('is there a link to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'full-text-and-list' } });
    expect(ask('un lien vers la lettre ?')).toMatchObject({ verdict: 'answered', fact: { id: 'full-text-and-list' } });
  });

  it('the same slot asked of the letter is answered', () => {
    expect(ask('what happened next with the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'aftermath' } });
    expect(ask('the date of the letter, then?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('"to whom was it sent?" asks the recipient: answered by it, never by the date it was sent', () => {
    expect(ask('to whom was the letter sent?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('à qui la lettre a-t-elle été envoyée ?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it.each([
    ['when did they sign?', 'signatory-count'],
    ['when was the letter received?', 'conservative-reaction'],
    ['what number of weeks passed between the letter and the plan?', 'ai-action-plan-outcome'],
  ])('"%s" asks a slot %s cannot say (who, when, how many) → offered, never answered', (q, fact) => {
    const got = ask(q);
    expect(got.verdict).not.toBe('answered');
    if (got.verdict === 'clarify') expect(got.candidates.map((c) => c.fact.id)).toContain(fact);
  });

  it('the slot asked of the fact that says it is answered', () => {
    expect(ask('who was the letter sent to?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('when was the letter sent?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('how many people signed?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    expect(ask('who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('When did the actors strike end in 2023?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });

  it('a name the answer lacks offers no rival whose answer it says already (the Directors Guild in the strikes of 2023)', () => {
    for (const q of ['the DGA strike of 2023: how many days did it last?', 'Combien de temps a duré la grève de la DGA en 2023 ?']) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    }
    // The directors said to have been on strike: their own deal, which says they did not strike, corrects it.
    expect(ask('How long was the Directors Guild on strike in 2023?')).toMatchObject({ verdict: 'answered', fact: { id: 'dga-deal-2023' }, correction: 'strike-directors' });
  });

  it('a name beside a word of mentioning is where the question read something, not what it asks about', () => {
    expect(ask("Quel est le projet d'investissement évoqué par l'AFP ?")).toMatchObject({ verdict: 'answered', fact: { id: 'stargate' } });
    expect(ask("Pourquoi l'article de BFMTV évoque-t-il DeepSeek ?")).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
    // Whether the source was right to mention it is asked of the source too: both offered.
    expect(ask('Was the AFP story right to mention DeepSeek?').verdict).toBe('clarify');
  });

  it('a name right after a verb of speaking ("dont parlait BFMTV") is where the question read it', () => {
    expect(ask('Le décret de janvier dont parlait BFMTV porte quel numéro ?')).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
  });

  it('a name linked to a noun of a news piece ("la dépêche de l\'AFP") is the outlet that ran it, not what is asked about', () => {
    for (const q of ["l'article de BFMTV parle de DeepSeek, pourquoi ?", "Dans la dépêche de l'AFP, pourquoi parler de DeepSeek ?", 'why does the AFP piece talk about DeepSeek?']) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
    }
  });

  it("choices that miss what a name owns (\"OpenAI's argument\") are settled by the one ranked fact that owns it", () => {
    expect(ask("Briefly, what was OpenAI's argument in its comment?")).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    expect(ask("What was Google's argument in its filing, briefly?")).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it('a lone choice asked "who" of what a name owns further in ("who drafted OpenAI\'s comment") is settled by its owner', () => {
    for (const q of ["who put their name on OpenAI's comment", "who drafted OpenAI's comment to the White House"]) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    }
    expect(ask("who wrote the letter's reply to OpenAI")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a "how many" is not answered by a fact no phrasing of which asks for a count while a count fact scores close: the count fact is answered (settleBySlot) or offered', () => {
    const got = ask('how many public comments did the federal AI plan consultation get?');
    if (got.verdict === 'answered') expect(got).toMatchObject({ fact: { id: 'rfi-comment-count' } });
    else {
      expect(got.verdict).toBe('clarify');
      if (got.verdict === 'clarify') expect(got.candidates.map((c) => c.fact.id)).toContain('rfi-comment-count');
    }
  });

  it("what a name owns (\"OpenAI's position\") is not answered by the fact whose phrasings only react to it", () => {
    // Two names owning it: two facts own it, both are offered.
    const got = ask('What was the position of OpenAI and Google?');
    expect(got.verdict).toBe('clarify');
    if (got.verdict === 'clarify') expect(got.candidates.map((c) => c.fact.id)).toContain('openai-argument');
    // One name owning a claim (its position, its argument) that one ranked fact alone owns: that fact answers, not the
    // letter's reaction to it, nor a choice between them.
    for (const q of ["What is OpenAI's position on training on copyrighted works?", "What is OpenAI's argument for using films under copyright to train?", "Sur l'usage des œuvres protégées, quelle position OpenAI défend-elle ?"]) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    }
    expect(ask("Quelle est la position d'OpenAI sur le droit d'auteur ?")).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    expect(ask("le décret de Trump sur l'IA en janvier, il prévoit quoi ?")).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
    expect(ask('How did the letter answer OpenAI?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    // French puts the owner after what a question word asks for: "quelle position OpenAI défend-il".
    // Offered only the letter's reaction, its choices are settled by OpenAI's own position.
    expect(ask("Quelle position OpenAI défend-il sur l'entraînement sur des œuvres protégées ?")).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });

  it('after a possessive the noun closing the phrase is what the name owns ("OpenAI\'s main argument" owns the argument) → that name\'s own fact', () => {
    expect(ask("what was OpenAI's main argument regarding training, and who signed the filing?")).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });

  it('names joined by "and" before a verb of saying or asking own it together → the one fact telling what they both said, never their worth', () => {
    for (const q of ['what did Google and OpenAI argue?', 'what did open ai and google propose', 'Google et OpenAI réclament quoi au gouvernement ?']) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    }
    expect(ask('how much are Google and OpenAI worth?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
  });

  it('a month that is not the leading event\'s own but is a close rival\'s own offers both, none guessed', () => {
    const got = ask('Who filed a complaint against Midjourney in June?');
    expect(got.verdict).toBe('clarify');
    if (got.verdict === 'clarify') expect(got.candidates.map((c) => c.fact.id)).toContain('disney-universal-v-midjourney');
    expect(ask('Who filed against Midjourney in September?')).toMatchObject({ verdict: 'answered', fact: { id: 'wbd-v-midjourney' } });
  });

  it('a name as the subject of a verb of saying ("what did Google contend") asks what it said, as its possessive does', () => {
    expect(ask('So what did Google contend about training on copyrighted books?')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
    const got = ask("Au juste, OpenAI soutenait quoi sur l'entraînement des modèles ?");
    expect(got).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    if (got.verdict === 'clarify') expect(got.candidates.map((c) => c.fact.id)).toContain('openai-argument');
    // A deed is no saying: what the name did is not what it argued.
    expect(ask('How did the letter answer OpenAI?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('a count answers a question that asks for a number, never one that asks what the counted things were about', () => {
    for (const q of ['Which consultation did the letter comment on?', 'La lettre, un commentaire sur quelle consultation ?']) {
      expect(ask(q)).not.toMatchObject({ verdict: 'answered', fact: { id: 'rfi-comment-count' } });
    }
    expect(ask('how many comments did the consultation receive?')).toMatchObject({ verdict: 'answered', fact: { id: 'rfi-comment-count' } });
  });

  it('what a "how many" counts must be what one of the answer\'s figures counts', () => {
    for (const q of ['How many members does the Writers Guild have?', 'Combien de membres compte la WGA ?']) {
      expect(ask(q)).not.toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    }
    expect(ask('How many days did the writers strike last?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    expect(ask('combien de temps a duré la grève des acteurs en 2023 ?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });

  it('whether the letter names someone it only mentions is no question of who signed', () => {
    expect(ask('Le nom de Trump est-il dans le texte ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask("Is Trump's name in the letter?")).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    expect(ask('Trump a-t-il signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Is Trump on the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Le nom de Cate Blanchett figure-t-il dans la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a figure checked with what it counts ("700 names") is not checked against a fact that never says it', () => {
    // "700 names" is a count of the signers (a number before a noun of the signers): checked against the signers' count,
    // the fact that gives it, never against another fact's figure.
    expect(ask('was it 700 names when the letter was sent?')).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'signatory-count' } });
    expect(ask('was it 20,000 comments on the RFI?')).toMatchObject({ verdict: 'answered', fact: { id: 'rfi-comment-count' } });
    expect(ask('is 230 billion in wages the right figure?')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
  });

  it.each([
    ['which was older, the letter or the Stargate announcement?', '2025-01-21-stargate-announced'],
    ['did the letter precede the AI Action Plan?', '2025-07-23-ai-action-plan-released'],
    ["la lettre a-t-elle précédé le plan d'action ?", '2025-07-23-ai-action-plan-released'],
  ])('"%s" is a comparison in time, never one fact', (q, event) => {
    const got = ask(q);
    expect(got).toMatchObject({ verdict: 'answered', mode: 'compare' });
    if (got.verdict === 'answered' && got.mode === 'compare') expect(got.events.map((e) => e.id)).toContain(event);
  });
});

describe('/ask engine: a month the question dates its event with', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['Quels studios ont porté plainte contre Midjourney en juin 2025 ?', 'disney-universal-v-midjourney'],
    ['Which studios sued Midjourney in June 2025?', 'disney-universal-v-midjourney'],
    ['Which studio sued Midjourney in September?', 'wbd-v-midjourney'],
  ])('picks the fact whose own date it is among facts carrying the same words: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('a wrong date given to the letter, or to a fact another carries less of, stays a premise to correct', () => {
    expect(ask('La lettre, envoyée fin février 2025, a-t-elle eu une réponse ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask("Le décret de Trump sur l'IA date de mars 2025, juste ?")).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
  });

  it('a month shortened next to a figure is that month ("oct 2025"); alone, a short form may be another word', () => {
    const terms = (q: string, lang: 'en' | 'fr') => realFacts().ask.lexicon.read(q, lang).terms.map((t) => t.term);
    expect(terms('Midjourney, sept 2025', 'en')).toEqual(terms('Midjourney, September 2025', 'en'));
    expect(terms('Midjourney, 4 sept', 'fr')).toEqual(terms('Midjourney, 4 septembre', 'fr'));
    expect(terms('sept jours', 'fr')).not.toEqual(terms('septembre jours', 'fr'));
    expect(ask('Which studio sued Midjourney in Sept 2025?')).toMatchObject({ verdict: 'answered', fact: { id: 'wbd-v-midjourney' } });
  });
});

describe("/ask engine: whether someone's name is on the letter", () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(["is Sam Altman's name on the letter?", "Quick sanity check, is Sam Altman's name on the Hollywood letter?", 'is Sam Altman on the Hollywood letter?'])(
    'is a signatory check, not a fact that mentions them: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Sam Altman' });
    },
  );

  it('whether the letter names someone a fact says it names is still answered from the facts', () => {
    expect(ask('Le nom de Trump figure-t-il dans la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'fact' });
  });
});

describe('/ask engine: a role word inside a name of capitals', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('names that body ("the Writers Guild"), not the signatories of that role', () => {
    expect(ask('Did the Writers Guild put out its own statement on the March letter?').verdict).toBe('no_answer');
    expect(ask('Which writers signed?')).toMatchObject({ verdict: 'answered', mode: 'list' });
  });
});

describe('/ask engine: a role in brackets after a word', () => {
  it('describes that one person: never the list of the role', () => {
    expect(realFacts().ask.ask('did banks (the singer) sign it?', 'en')).not.toMatchObject({ mode: 'list' });
    expect(realFacts().ask.ask("keanu (l'acteur) a signé ?", 'fr')).not.toMatchObject({ mode: 'list' });
    expect(realFacts().ask.ask('which singers signed it?', 'en')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
  });
});

describe('/ask engine: chat shorthand ("ppl", "ds")', () => {
  it('SMS French and misspelt small words ("koi", "ske", "droi dauteur", "agenst") are read as the words they stand for', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(lexicon.expanded('ske la lettre dit sur le droi dauteur')).toBe("ce que la lettre dit sur le droit d'auteur");
    expect(realFacts().ask.ask('koi la lettre demande sur le droi dauteur', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
    expect(realFacts().ask.ask('wat firms r the stars agenst', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('"a til" is the "a-t-il" of a yes/no question; "cbien", "veu", "pa", "wats", "hw", "wen" are the words they stand for', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(lexicon.expanded('ben stiler a til signer la lettre')).toBe('ben stiler a-t-il signer la lettre');
    expect(lexicon.expanded('cbien de signataires')).toBe('combien de signataires');
    expect(lexicon.expanded('pk openai veu pa payer')).toBe('pk openai veut pas payer');
    expect(lexicon.expanded('hw much, wen and wher')).toBe('how much, when and where');
    expect(realFacts().ask.ask('ben stiler a til signer la lettre', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(realFacts().ask.ask('cbien de signatér', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    expect(realFacts().ask.ask('wats the wages figgure in teh leter', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
    // "til" alone is still "until".
    expect(lexicon.expanded('til when')).toBe('until when');
  });

  it('the modal "doit", "doivent" of a French question weighs nothing: what follows it is asked ("doit-il verser" → a payment)', () => {
    expect(realFacts().ask.ask('Combien Anthropic doit-il verser aux auteurs ?', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('is read as the word it stands for: the list by role answers', () => {
    expect(realFacts().ask.ask('des chanteurs ds la liste ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(realFacts().ask.ask('which music ppl put their names on it?', 'en')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
  });
});

describe('/ask engine: spoken French ("du coup") and "cinéma d\'auteur"', () => {
  it('"du coup" asks nothing; the "auteur" of "cinéma d\'auteur" is a kind of film, no writer', () => {
    expect(realFacts().ask.ask('quels acteurs ont signé du coup', 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
    expect(realFacts().ask.ask("je cherche les cinéastes du cinéma d'auteur qui ont signé", 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
  });
  it('"citer des réalisatrices qui ont signé" names people of a role, no words of the letter; "cite-moi la phrase sur les acteurs" quotes', () => {
    expect(realFacts().ask.ask('pouvez-vous citer des réalisatrices qui ont signé ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    expect(realFacts().ask.ask('cite-moi la phrase sur les acteurs', 'fr').parsed.type).toBe('quote');
  });
});

describe('/ask engine: a role word among other words a fact is about', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('asks about that fact (a sum, a company, a case), never for the list of the role', () => {
    expect(ask('did the writers get $1.5 billion from Anthropic in the settlement?')).not.toMatchObject({ mode: 'list' });
    expect(ask('which writers signed the letter against OpenAI and Google?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'writer' });
  });
});

describe('/ask engine: what a question asks of an event that the fact does not say', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    'Did Anthropic appeal the Bartz ruling?',
    'Is the Bartz case going to a jury trial?',
    'How much did Disney spend on the Midjourney lawsuit?',
    'Has the NO FAKES Act passed the House?',
    'Who runs the Human Artistry Campaign?',
    'How many users does Sora 2 have?',
    "what's the price of a ChatGPT subscription",
    "c'est quel prix l'abonnement à Sora ?",
    "Has Midjourney settled the studios' lawsuit?",
    "Midjourney a-t-il réglé l'affaire à l'amiable ?",
  ])('the fact about the case, law or campaign answers another question → declined: "%s"', (q) => {
    expect(ask(q).verdict).toBe('no_answer');
  });

  it('a fact that says it still answers ("pending appeal", "not become law", "coût")', () => {
    expect(ask('Did the Register of Copyrights appeal?')).toMatchObject({ verdict: 'answered', fact: { id: 'perlmutter-lawsuit' } });
    expect(ask('Has the NO FAKES Act become law?')).toMatchObject({ verdict: 'answered', fact: { id: 'no-fakes-act' } });
    expect(ask('combien coûte Stargate ?')).toMatchObject({ verdict: 'answered', fact: { id: 'stargate' } });
    expect(ask('What did Anthropic agree to pay authors to settle?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('asked of nothing named, it follows up something said before → declined', () => {
    expect(ask('how much did it cost?').verdict).toBe('no_answer');
    expect(ask('et ils ont fait appel ?').verdict).toBe('no_answer');
    expect(ask('ok, keep going').verdict).toBe('no_answer');
  });
});

describe('/ask engine: a person’s profile words (background, career, parcours)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('asking what an organiser does or their background → the organisers', () => {
    expect(ask('What is Bryn Mooser’s career?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('Bryn Mooser, quel est son parcours ?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('/ask engine: a company’s own case for training on protected works', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('what OpenAI or Google says about copyrighted works → that company’s argument, not what the letter answers', () => {
    expect(ask('Why does OpenAI say it needs copyrighted works?')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    expect(ask('Google veut entraîner ses modèles sur quels contenus protégés ?')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });
});

describe('/ask engine: a newsroom desk naming itself is no part of the question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"Business desk here:" before the question does not pull it to a company fact', () => {
    expect(ask('Business desk here: who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('Service éco : qui a organisé la lettre ?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('/ask engine: the kind of thing asked for', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('in English the noun closing "what government consultation" is the kind asked for, not its modifier', () => {
    // Not answered by what the letter responds to (the AI firms' proposals): the consultation is among the choices.
    const reply = ask('what government consultation is the letter a response to');
    expect(reply).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    // The consultation answers, or is among the choices.
    if (reply.verdict === 'answered') expect(reply).toMatchObject({ fact: { id: 'ai-action-plan-rfi' } });
    else expect('candidates' in reply ? reply.candidates.map((c) => c.fact.id) : []).toContain('ai-action-plan-rfi');
  });

  it('a closing noun that settles nothing changes nothing ("which tech companies")', () => {
    expect(ask('which tech companies does the letter go after?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});

describe('/ask engine: a name quoted for its spelling', () => {
  it('a signatory quoted with a misspelling, asked how to spell it, gets no signatory verdict', () => {
    expect(realFacts().ask.ask("Copy desk: our story spells one signatory 'Cate Blanchet' - what is the correct spelling?", 'en')).not.toMatchObject({ mode: 'signatory' });
  });
});

describe('/ask engine: a name the answer only mentions in passing', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a close fact whose own phrasings name what is asked about is offered beside the overview that mentions it', () => {
    const reply = ask('so what happened in the Anthropic lawsuit?');
    expect(reply.verdict).toBe('clarify');
    expect('candidates' in reply ? reply.candidates.map((c) => c.fact.id) : []).toContain('bartz-v-anthropic');
    // With no name, the overview answers.
    expect(ask('what happened with the lawsuits?')).toMatchObject({ verdict: 'answered', fact: { id: 'lawsuits-overview' } });
  });
});

describe('/ask engine: context after the one question asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('words of context after the "?" that pull the answer to another fact make a choice with what the sentence asks', () => {
    const reply = ask('did the letter mention trump? double-checking a headline error');
    expect(reply.verdict).toBe('clarify');
    expect('candidates' in reply ? reply.candidates.map((c) => c.fact.id) : []).toEqual(['trump-named', 'article-errors']);
  });

  it('context that leaves the answer alone changes nothing', () => {
    expect(ask('who organised the letter? thanks so much for your help')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a scene set in a sentence before the one question asked, pulling the answer to another fact, makes a choice with what that question asks', () => {
    const reply = ask('Je couvre la réaction à la contribution de Google. Qu\'a défendu Google sur la fouille de textes ?');
    expect(reply.verdict).toBe('clarify');
    expect('candidates' in reply ? reply.candidates.map((c) => c.fact.id) : []).toEqual(['google-argument', 'responds-to-openai-google']);
  });

  it('a scene that tells what a news piece says is checked by the question after it: the whole is answered', () => {
    expect(ask('The newspaper piece says actors wrote the AI rules with studios. Who went on strike in 2023?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });
});

describe('/ask engine: casual newsroom forms of a question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['kel jour ele a été envoyée ?', 'submission-date'],
    ['cmb de signataires pr la tribune', 'signatory-count'],
    ['la grève des scénaristes a duré cb de tps ?', 'strikes-2023'],
    ['whn was the letter sent', 'submission-date'],
    ['OpenAI a di quoi sur le fair use', 'openai-argument'],
  ])('chat shorthand ("pr", "ele", "tps", "whn", "a di") is read: "%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('a request for brevity ("short version", "en version courte", "in plain terms") weighs nothing', () => {
    expect(ask('Google a plaidé pour quoi, en version courte ?')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
    expect(ask('what did Google argue, in plain terms?')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it('a short "letr"/"ltr" is the letter; a longer typo is still read through the fuzzy match ("on the leter")', () => {
    expect(ask('who wrote the ltr?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('is ava duvernay on the leter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('chat spellings of a data word are read as it: "comensé", "salères", "executiv ordr"', () => {
    expect(ask('la grêve de 2023, elle a comensé quand ?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    expect(ask('les salères du secteur, la letre dit combien ?')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
    expect(ask('which executiv ordr kicked off the action plan?')).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
  });

  it('a chat spelling of a name or a word is read back as it ("trmp", "antropic", "oteurs", "lawsiut")', () => {
    expect(ask('did trmp sign an AI order in january?')).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
    expect(ask("l'acord d'antropic avec les oteurs, c'est combien ?")).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
    expect(ask('what did the antropic lawsiut end with')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('livelihoods are jobs, a law "been around" for long is its age, a "comment call" is the consultation', () => {
    expect(ask('livelihoods beyond film that the letter says are threatened?')).toMatchObject({ verdict: 'answered', fact: { id: 'other-industries' } });
    expect(ask('the letter: how long has copyright law been around in the US?')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-history' } });
    expect(ask('how many responses did the comment call get?')).toMatchObject({ verdict: 'answered', fact: { id: 'rfi-comment-count' } });
  });

  it('an "end date" / a "date de fin" asks when something ended', () => {
    expect(ask('end date of the actors strike')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    expect(ask('date de fin de la grève des acteurs')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });

  it('being "mad at" someone is opposing them', () => {
    expect(ask('which tech firms are the stars mad at?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
  it('being back in post, or still out of it, is being reinstated', () => {
    expect(ask('Shira Perlmutter: still out of a job, or back in her post?')).toMatchObject({ verdict: 'answered', fact: { id: 'perlmutter-lawsuit' } });
  });

  it('a judge validating a settlement approves it', () => {
    expect(ask("le juge a-t-il validé l'accord d'Anthropic avec les auteurs ?")).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });

  it('"explain", "recap" and "my editor wants" are the request, not what is asked about; a movement is a campaign', () => {
    expect(ask("explain the Stealing Isn't Innovation movement")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
    expect(ask("c'est quoi ce mouvement Stealing Isn't Innovation ?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
    expect(ask('my editor wants a recap of what the letter asks for')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });
});

describe('/ask engine: common ways of asking that the facts carry', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['which decree started the AI Action Plan?', 'executive-order-14179'],
    ['the order the AFP story mentions, which one is that?', 'executive-order-14179'],
    ['Kadrey case: who won, on what grounds?', 'kadrey-v-meta'],
    ['why does DeepSeek keep coming up in the coverage?', 'deepseek-china'],
    ['when did BFMTV cover the letter?', 'press-coverage'],
    ['when did the RFI go up in the fed register?', 'ai-action-plan-rfi'],
    ["which OpenAI executive wrote the company's comment?", 'openai-argument'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('the motive of an event ("le motif", "what motive") is answered only by a fact that gives one: the dismissal\'s fact gives none → declined', () => {
    expect(ask('le limogeage de Shira Perlmutter, on connaît le motif officiel ?').verdict).toBe('no_answer');
    expect(ask('Register of Copyrights fired in May: what motive was given?').verdict).toBe('no_answer');
    // A fact that says why ("because the authors had failed to show harm") still answers.
    expect(ask('Kadrey case: who won, on what grounds?')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
  });

  it('who won something else than the case is still declined', () => {
    expect(ask("qui a gagné la palme d'or 2025 ?").verdict).not.toBe('answered');
  });
});

describe('/ask engine: a name typed in two words, and more wordings the facts carry', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['open ai national security argument?', 'openai-argument'],
    ["c'est quoi l'argument d'open ai sur le fair use", 'openai-argument'],
    ['to which office did the letter go?', 'recipient'],
    ['devant quel tribunal Disney et Universal ont-ils attaqué Midjourney ?', 'disney-universal-v-midjourney'],
    ['when was the letter sent to OSTP?', 'submission-date'],
    ['has the count of signatures changed?', 'signatory-count'],
    ['le nombre de signatures a-t-il évolué ?', 'signatory-count'],
    ['what Google argued in its RFI filing', 'google-argument'],
    ['which AI companies are the signatories up against?', 'responds-to-openai-google'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('two words that make no name of the data stay two words', () => {
    expect(ask('is there an open house at the studio?').verdict).not.toBe('answered');
  });
});

describe('/ask engine: everyday words for what the facts say (data/concepts.json)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  // Batches 86 and 87 hold "need one line on Google's position": an example of another fact that names someone else
  // instead of what the question names is no rival of the examples that do (see `learnedDecision`).
  it('"line" as a position is answered, an example naming another company no rival', () => {
    expect(ask("what line does OpenAI's filing take?")).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    expect(ask("what line does Google's filing take?")).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it.each([
    // A company's "filing" is its submission (what it argued), not the act of sending.
    ["what stance does OpenAI's filing take?", 'openai-argument'],
    // "Wire copy" is a news report.
    ['the AFP wire copy names which executive order?', 'executive-order-14179'],
    // "Prendre la tête de" something is leading it; "à la tête de" an office is heading it.
    ['qui a pris la tête de la lettre ?', 'organisers'],
    ["qui était à la tête du Copyright Office jusqu'en mai 2025 ?", 'copyright-office-may-2025'],
    // "vs" opposes two names: no content word of its own.
    ['Kadrey vs Meta: who won?', 'kadrey-v-meta'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});

describe('/ask engine: a name shortened by its last letters ("BFM" for BFMTV)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a short word no dictionary knows, the head of one name of the data, is that name; a common word is not', () => {
    expect(realFacts().ask.lexicon.correct('bfm')).toBe('bfmtv');
    expect(realFacts().ask.lexicon.correct('bfm', true)).toBe('bfmtv');
    expect(realFacts().ask.lexicon.correct('open')).toBe('open');
    expect(realFacts().ask.lexicon.correct('du')).toBe('du');
  });

  it('asked so, the facts about that outlet answer', () => {
    expect(ask('BFM a couvert la lettre quand ?')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
    expect(ask('did the BFM story get the wages figure wrong?')).toMatchObject({ verdict: 'answered', fact: { id: 'article-errors' } });
  });
});

describe('/ask engine: the slot a question asks for settles its choices', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a "when" between the count of signers and the date it was sent is the date', () => {
    expect(ask('on what date did the signatories send their letter in?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it.each(["c'est quoi cette RFI ?", 'what consultation was this letter a comment on?', 'the letter was a comment on which consultation?'])(
    '"%s" asks for no number: the RFI, not how many comments it drew',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
    },
  );

  it('a count of something else, a signing question or one that refers back stays a choice', () => {
    expect(ask('what was the letter a comment on?').verdict).toBe('clarify');
    expect(ask('a signé ou pas ?').verdict).not.toBe('answered');
    expect(ask('il disait quoi dans sa contribution ?').verdict).not.toBe('answered');
    expect(ask('signatures?').verdict).not.toBe('answered');
  });
});

describe('/ask engine: a lone "after" sets the time of what is asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['Perlmutter a-t-elle retrouvé son poste après son limogeage ?', 'perlmutter-lawsuit'],
    ['Lyonne a-t-elle continué à faire campagne après la lettre ?', 'lyonne-lobbying'],
  ])('"%s" → %s, no comparison of two events', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id } });
  });

  it('"before or after" still asks which came first: no one fact answers it', () => {
    const got = ask('Disney a porté plainte avant ou après Warner ?');
    expect(got.verdict === 'answered' && got.mode === 'fact').toBe(false);
  });
});

describe('/ask engine: newsroom formats around a question are chatter, not what is asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const terms = (q: string, lang: 'en' | 'fr') => realFacts().ask.lexicon.read(q, lang).terms.map((t) => t.term);

  it('a sidebar, a podcast prep, a page or a file of the culture desk weigh nothing', () => {
    expect(terms('podcast prep: sidebar on the letter', 'en')).not.toContain('sidebar');
    expect(terms('podcast prep: sidebar on the letter', 'en')).toContain('c:chatter');
    expect(terms('pour notre page culture : la lettre', 'fr')).not.toContain('cultur');
  });

  it.each([
    ['podcast prep: which day of the week did the letter go in?', 'submission-date'],
    ['does Natasha Lyonne have her own AI company? sidebar', 'asteria-film'],
    ["pour notre page culture : qui a eu l'idée de la lettre ?", 'organisers'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});

describe('/ask engine: everyday words for an order that lifts rules and for a walkout (data/concepts.json)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ["le décret qui lève les obstacles à l'IA, il date de quand ?", 'executive-order-14179'],
    ['which order cut the red tape on AI in january?', 'executive-order-14179'],
    ['how many days were the actors off the job in 2023?', 'strikes-2023'],
    ["l'arrêt de travail des scénaristes en 2023 a duré combien de temps ?", 'strikes-2023'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});

describe('/ask engine: asking how two things are connected weighs little (data/concepts.json)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"lien entre" is no link to read: the connection asked about is not what the answer must say', () => {
    const terms = realFacts().ask.lexicon.read('quel est le lien entre Asteria et Natasha Lyonne', 'fr').terms.map((t) => t.term);
    expect(terms).toContain('c:relation');
    expect(terms).not.toContain('c:read');
  });

  it.each([
    ["what's Asteria's connection to Natasha Lyonne?", 'asteria-film'],
    ['Asteria : quel rapport avec Natasha Lyonne ?', 'asteria-film'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('a link to the letter is still a link to read', () => {
    expect(ask('is there a link to the full letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'full-text-and-list' } });
  });
});

describe('/ask engine: a capitalised name read as a typo of a common word is a name the data does not know', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"Streep" inside a sentence is no "street": declined, while a typo of a known name is still read', () => {
    expect(ask('What did Judge Streep decide about fair use for Anthropic?').verdict).not.toBe('answered');
    expect(ask('Who is Natacha Lyone?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
  it('one word after "and" follows on from something the bot never saw: declined, even a fact\'s own keyword', () => {
    expect(ask('et côté studios ?').verdict).toBe('no_answer');
    expect(ask('and Stargate then?').verdict).toBe('no_answer');
    expect(ask('et côté belge alors ?').verdict).toBe('no_answer');
    expect(ask('Stargate?')).toMatchObject({ verdict: 'answered', fact: { id: 'stargate' } });
  });
  it('a question that opens on "the one of…" stands for something said before: declined', () => {
    expect(ask('et celui des producteurs ?').verdict).toBe('no_answer');
    expect(ask('and the one from Google then?').verdict).toBe('no_answer');
  });
});

describe('/ask engine: a choice whose first fact says what the others say is answered by it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Shira Perlmutter: who was she, and what became of her?', "Perlmutter, c'est qui, et elle est devenue quoi ?"])('"%s" → the May 2025 firing (which tells her suit too)', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
  });

  it.each(['were directors on the picket lines with actors in 2023?', 'les réalisateurs ont-ils rejoint la grève des acteurs en 2023 ?'])('"%s" → the 2023 strikes (which tell the directors\' deal too)', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });
});

describe('/ask engine: requests for the letter\'s words', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"copy-paste", "copier-coller" ask for the letter\'s words', () => {
    expect(ask('copy and paste the nearly 250 years sentence please')).toMatchObject({ verdict: 'answered', mode: 'quote', fact: { id: 'copyright-history' } });
    expect(ask("copier-coller la phrase où la lettre donne la valeur de Google et d'OpenAI")).toMatchObject({ verdict: 'answered', mode: 'quote', fact: { id: 'tech-valuations' } });
  });

  it('"texte d\'origine", "passage original", "en anglais" ask for the letter\'s words; "quand elle liste" asks no date', () => {
    expect(ask("le texte d'origine en anglais sur l'exemption réclamée par Google et OpenAI")).toMatchObject({ verdict: 'answered', mode: 'quote', fact: { id: 'tech-valuations' } });
    expect(ask('le passage original sur les voix et les séries utilisées pour entraîner les IA')).toMatchObject({ verdict: 'answered', mode: 'quote', fact: { id: 'responds-to-openai-google' } });
    expect(ask('les mots exacts de la lettre quand elle liste les autres métiers, écrivains, photographes, scientifiques')).toMatchObject({ verdict: 'answered', mode: 'quote', fact: { id: 'other-industries' } });
  });

  it('"put a number on" a company is its worth', () => {
    expect(ask('exact words where the signatories put a price on OpenAI and Google')).toMatchObject({ verdict: 'answered', mode: 'quote', fact: { id: 'tech-valuations' } });
  });

  it('a word right before a figure after "the letter about" qualifies the figure, it names no other letter', () => {
    expect(ask("le texte exact de la lettre sur les presque 250 ans du droit d'auteur américain")).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-history' } });
  });
});

describe('/ask engine: how many things a "which" asks for is no content word', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['which two tech companies is the letter taking on?', 'quelles deux entreprises la lettre vise-t-elle ?'])('"%s" → the companies the letter answers', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});

describe('/ask engine: casual words for what a question asks, and filler around it (data/concepts.json)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const terms = (q: string) => realFacts().ask.lexicon.read(q, 'en').terms.map((t) => t.term);

  it.each([
    // "told" someone is what a company said to them: its argument.
    ['What had OpenAI told OSTP about national security?', 'openai-argument'],
    // Comments a consultation "drew" are the comments it received.
    ['How many comments did the RFI draw?', 'rfi-comment-count'],
    // Chat spelling of "how many".
    ['hw mny people signed the letter?', 'signatory-count'],
    // "I keep hearing about", "its own", "the actual", "somewhere else" add nothing to what is asked.
    ["What's this Human Artistry Campaign thing I keep hearing about?", 'stealing-isnt-innovation'],
    ['in its own comment, what did OpenAI argue?', 'openai-argument'],
    ['was it sent to OSTP or somewhere else?', 'recipient'],
    // Chat spellings: "snd", "relase", "tha", "evr", "actualy".
    ['when did the snd the letter', 'submission-date'],
    ['so when did they relase the AI Action Plan?', 'ai-action-plan-outcome'],
    ['did tha letter evr name Trump?', 'trump-named'],
    ['how mny signers actualy?', 'signatory-count'],
    // A newsroom desk labelling the question ("Q from desk:", "wire desk check:") is chatter.
    ['Q from desk: who organised the letter?', 'organisers'],
    ['wire desk check: when was the letter filed?', 'submission-date'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('"legit?", "defensible?" ask to check a count of signatures', () => {
    expect(ask('Our count says 400 signatures. Defensible?')).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'signatory-count' } });
    expect(ask('400 signatures in our draft - legit?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it("what someone is shooting or filming next is their own affairs: declined", () => {
    expect(ask('What is Bryn Mooser filming next?').verdict).toBe('no_answer');
    expect(ask("what's Lyonne's next project?").verdict).toBe('no_answer');
  });

  it('"how did it come out" asks for an outcome, "ran the story" for a publication', () => {
    expect(terms('the Meta case, how did it come out?')).toContain('c:happen');
    expect(terms('the Meta case, how did it come out?')).not.toContain('c:publish');
    expect(ask('how did the case come out for Meta?')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
    expect(terms('which outlet ran the story first?')).toContain('c:publish');
  });

  it('filler words are no content, a word of hearing about something is chatter', () => {
    expect(terms('ballpark, the actual number, getting it')).toEqual(['number']);
    expect(terms('the campaign people keep sharing')).toContain('c:chatter');
  });
});

describe('/ask engine: a reported figure that two facts give alike', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('the fact whose own phrasings give the figure answers, not the one that only cites it', () => {
    expect(ask("really $230 billion in wages? checking AFP's number")).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'economic-stakes' } });
  });
});

describe('/ask engine: a claim checked against the outlet that reported it wrongly', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['BFM says the studios struck a deal with actors and directors, is that right?'],
    ['AFP reports studios made a deal with actors and directors. Accurate?'],
  ])('"%s" → what the article got wrong', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'article-errors' } });
  });

  it('a claim naming no outlet but a date it gives is not about the article', () => {
    expect(ask('the letter reached the white house in january, right after the swearing-in?')).not.toMatchObject({ fact: { id: 'article-errors' } });
  });

  it('"the whole thing" stands for the letter in a claim about who led it → organisers', () => {
    expect(ask("tom hanks led the whole thing, that's what i heard, confirm?")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('/ask engine: French forms and colloquial words the concepts join (data/concepts.json)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['pour quelle raison Disney a-t-il attaqué OpenAI devant les tribunaux ?', 'disney-openai-deal'],
    ['Google valait combien selon les signataires ?', 'tech-valuations'],
    ['la grève des scénaristes, elle s’est arrêtée à quelle date ?', 'strikes-2023'],
    ["financièrement, ça pèse combien le secteur selon les signataires ?", 'economic-stakes'],
    ['le copyright américain a quel âge selon la tribune ?', 'copyright-history'],
    ['la lettre, elle était destinée à qui officiellement ?', 'recipient'],
    ["et Google, il a défendu quoi dans sa contribution ?", 'google-argument'],
    ["Qu'a fait valoir OpenAI dans sa contribution ?", 'openai-argument'],
    ['la Chine, elle est évoquée par qui dans cette affaire ?', 'deepseek-china'],
    ['Disney et Universal ont porté plainte contre qui ?', 'disney-universal-v-midjourney'],
    ['Ce courrier a été remis à qui ?', 'recipient'],
    ['Quelles boîtes la tribune accuse-t-elle ?', 'responds-to-openai-google'],
    ['Perlmutter a été écartée quand du Copyright Office ?', 'copyright-office-may-2025'],
    ['la patronne du Copyright Office, elle est toujours dehors ?', 'perlmutter-lawsuit'],
    ['Quels métiers la tribune mentionne-t-elle en dehors du cinéma ?', 'other-industries'],
    ["Pour la lettre, l'enjeu dépasse-t-il Hollywood ?", 'other-industries'],
  ])('"%s" → %s', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });
});

describe('/ask engine: newsroom context wrapped around a question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['Heads up, writing this up before the planning call: who got the letter started, and was that their full-time job?', 'organisers'],
    ["je prépare une note pour la conférence de rédaction : qui a lancé la lettre, et est-ce que c'était leur premier combat ?", 'organisers'],
  ])('a clause after context is read by its own parts: "%s"', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it('a word of comparing in context that asks nothing ("before the call") compares nothing asked', () => {
    expect(ask('One thing before the planning call: on what day was the letter filed, and was that a Saturday or a Sunday?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('after a dash, the question that follows context about the asker is answered', () => {
    expect(ask("I'm putting together a radio timeline — which outlets were first to report it, and when?")).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
  });

  it('a dash after something named (a person, a case, a claim) is no context: what follows is not asked alone', () => {
    expect(ask("Streep's studio keeps coming up in my notes — what is Asteria?")).not.toMatchObject({ verdict: 'answered' });
    expect(ask('v Ross — so what')).not.toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
    expect(ask('is chris miller on there — the one who directed cloudy, i mean?')).not.toMatchObject({ verdict: 'answered', mode: 'fact' });
  });
});

describe('/ask engine: a figure said of the wrong thing', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a figure typed in words is checked as one typed in digits', () => {
    expect(ask('my notes say four hundred and twenty people signed, ok?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it("a figure that only another fact gives, said of what the words find, is that fact's premise to correct, never the other fact", () => {
    expect(ask("the actors' strike lasted 90 days, correct?")).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });
});

describe('/ask engine: a claim about the letter to confirm', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a name before "the letter" as one phrase says who did it, not which letter → the organisers', () => {
    expect(ask('Julia Roberts put the letter together, correct?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('"it" as the object of the verb of a slot stands for the letter: its wrong value is corrected', () => {
    expect(ask('so they sent it to the house of representatives, yes?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('"it" as no object of the verb ("had it first") stands for nothing asserted of the letter', () => {
    expect(ask('who had it first, The Economist or Deadline')).not.toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' }, correction: 'outlet' });
  });
});

describe('/ask engine: an opening clause of purpose says what the answer is for', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a purpose clause naming only the asker’s outlet or programme is dropped: the question after it is answered', () => {
    expect(ask('Pour la RTS, à quelle date la lettre est-elle partie ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('For the BBC package, what did the signatories ask the government to do?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });
});

describe('/ask engine: "first" alone asks who was first, when the fact asks it itself', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('which outlet was first, naming two the fact gives → the press coverage, answered', () => {
    expect(ask('Deadline or Variety, which one ran it first?')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
    expect(ask("quel journal l'a publiée en premier ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
  });

  it('an outlet set against another that the fact does not give is never answered as the press coverage', () => {
    expect(ask('Deadline or Le Monde, which one ran it first?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
  });

  it('"which came first" sets two things in order: not answered as the press coverage', () => {
    expect(ask('the Variety piece and the filing, which came first?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
  });
});

describe('/ask engine: a phrase of asking inside a long message says where the question begins', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('what follows "I would like to know", "je voudrais savoir", "pourriez-vous me dire" is the question, whatever comes before', () => {
    expect(ask("We're recording a long podcast episode on creators and machine learning next week, and ahead of the taping I would like to know who organised the letter.")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('Je monte un long format radio sur les musiciens, les machines et les contrats pour la rentrée, et je voudrais savoir qui a lancé la lettre.')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('Pour une longue enquête télé sur les scénaristes et les machines qui sera diffusée cet automne, pourriez-vous me dire quelles demandes la lettre fait au gouvernement ?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });

  it('"I was wondering", "je me demande" lead into the question too', () => {
    expect(ask("We're preparing a long evening feature about musicians and the machines coming for their work, and I was wondering who organised the letter.")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('On prépare un long magazine sur les doubleurs et les machines pour la rentrée, et je me demande qui a lancé la lettre.')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('adverbs inside or right after the phrase ("also", "exactly", "toutefois", "plus précisément") do not hide where the question begins', () => {
    expect(ask("We're putting together a long radio documentary on dubbing artists and synthetic voices, and I would also like to know exactly who organised the letter.")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask("Notre émission du dimanche revient sur les grèves des scénaristes et les contrats des doubleurs ; j'aimerais toutefois savoir exactement qui a lancé la lettre.")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a claim before the phrase that the whole message corrects is still corrected, not dropped', () => {
    expect(ask('I read that the letter went after Meta and Microsoft; could you tell me what it accused Meta of?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
  });
});

describe('/ask engine: a "Question:" label after some context says where the question begins', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a part after the label that names what the story does not know, or refers back to the scene\'s other thing, is declined: never the whole read again', () => {
    expect(ask('Context: Australian actors wrote to Canberra about AI voices, much like the Hollywood letter. Question: when did Canberra answer them?')).toMatchObject({ verdict: 'no_answer' });
    // A part asking of the story is still answered, whatever the scene names.
    expect(ask('Context: Canberra is drafting rules on AI voices. Question: when was the Hollywood letter filed?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('after "Question:" the question is read alone: a role the scene names is not the list asked for', () => {
    expect(ask('Background for a weekend profile: we already covered the actors. Question: which musicians put their names to it?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(ask('Notes pour la matinale — contexte : le papier parle surtout des acteurs. Question : quels scénaristes ont signé la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'writer' });
  });

  it('a labelled part that says "she" of someone the scene names and the story does not know is declined', () => {
    expect(ask('Contexte : je fais un portrait de Koh. Question : elle a cofondé quel studio ?').verdict).toBe('no_answer');
  });

  it('a labelled part that leans on the scene for its subject is not answered by the fact its slot words find alone', () => {
    expect(ask('Contexte : le Copyright Office a rendu un rapport cette année-là. Question : la partie concernée, et à quelle date ?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});

describe('/ask engine: a sum or a share to check, which only a fact giving sums or shares can correct', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a sum in dollars said of the strikes, whose fact gives only days and dates, is declined, not corrected by it', () => {
    expect(ask("someone on Threads says the actors' strike cost the studios $900 million, is that right?").verdict).toBe('no_answer');
    expect(ask("une publication dit que la grève des scénaristes a coûté 2 milliards de dollars, c'est vrai ?").verdict).toBe('no_answer');
  });

  it('a share ("40%") said of the strikes is declined the same way', () => {
    expect(ask('is it true the 2023 strike won actors 40% raises?').verdict).toBe('no_answer');
  });

  it('a count said of the strikes is still their premise to correct, and a sum of the letter still checked by its own fact', () => {
    expect(ask('the writers strike lasted 100 days, right?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
    expect(ask('a post says the letter claims 300 billion dollars in wages, true?')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
  });
});

describe('/ask engine: dictated and chatty messages, where the question sits among chatter', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('informal phrases of asking ("rappelle-moi", "tu peux me dire", "do you know") lead into the question', () => {
    expect(ask('Grosse journée de montage sur le sujet des doubleurs et des studios, rappelle-moi à quel organisme la lettre a été remise')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('je marche vers le métro euh désolée pour le vent tu peux me dire ce que google voulait dans sa contribution')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
    expect(ask('Long day on the dubbing and studio deals story, do you know which office the letter went to')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it('the one sentence that ends on "?" among sentences of chatter is the question', () => {
    expect(ask('Long shift here, sorry. Today\'s one: who was the letter sent to? cheers!')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask("Merci pour hier, top. Aujourd'hui : la lettre réclame quoi au juste ? bises au desk")).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });

  it('words after that sentence naming someone the story does not know qualify it: declined, the story\'s own names do not', () => {
    expect(ask('La lettre a été remise à qui exactement ? Mes lecteurs vont demander si c\'est Obama lui-même.').verdict).toBe('no_answer');
    expect(ask('La lettre a été remise à qui exactement ? Mes lecteurs vont demander si c\'est la Maison Blanche elle-même.')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });
});

describe('/ask engine: a named one\'s own money is a private affair', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a sum of money asked of what a name holds or earns is declined, though a fact gives sums by that name', () => {
    expect(ask('how much money does Sam Altman own these days')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("combien d'argent possède Sam Altman")).toMatchObject({ verdict: 'no_answer' });
    // A sum asked of the story's own things with no verb of holding is still answered.
    expect(ask('Stargate, how much money was on the table?')).toMatchObject({ verdict: 'answered', fact: { id: 'stargate' } });
  });

  it('"X pèse combien en millions ?" asks what that one is worth: "peser" is a verb of holding, "en millions" asks a sum', () => {
    expect(ask('Ruffalo pèse combien en millions ?')).toMatchObject({ verdict: 'no_answer' });
    // What the industry weighs, by the letter, is still the story's figure.
    expect(ask("ça pèse combien, l'industrie du cinéma, selon la lettre ?")).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
  });
});

describe('/ask engine: what a model was trained on is said only by a fact that says what something was trained on', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a fact that shares only the model\'s name answers another question → declined; one that says it still answers', () => {
    expect(ask('Le modèle R1 a-t-il été entraîné sur des films de Hollywood ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Was Sora trained on Disney films?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('What was Tilly Norwood trained on?')).toMatchObject({ verdict: 'answered', fact: { id: 'tilly-norwood' } });
  });
});

describe('/ask engine: what came after a named thing is its successor', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('what was released after a thing the question names last is declined; a comparison in time is still answered', () => {
    expect(ask('which version did the lab put out after R1?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('what did OpenAI release after Sora')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('was the action plan released after the letter')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });
});

describe('/ask engine: a claim set off by a frame ("a reader says…", "vrai ou faux :", "— correct?") is read as the question', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('the claim inside the frame is answered by the fact that covers it', () => {
    expect(ask("Une auditrice affirme que Natasha Lyonne a fait du lobbying à Washington. C'est exact ?")).toMatchObject({ verdict: 'answered', fact: { id: 'lyonne-lobbying' } });
    // Its nearest example no fact answers ("did the authors in kadrey v meta appeal?") asks of an appeal, which the
    // claim does not: no rival to the Kadrey examples (see the nearest-question channel's tests below).
    expect(ask("Un internaute dit que Meta l'a emporté face aux auteurs dans le dossier Kadrey. Vrai ?")).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
    expect(ask('A reader says Lyonne went to Capitol Hill to lobby after the letter — correct?')).toMatchObject({ verdict: 'answered', fact: { id: 'lyonne-lobbying' } });
  });

  it('a claim after a short opening with a verb of saying ("my neighbour says…") is read as the question', () => {
    expect(ask('My neighbour says Lyonne went to Capitol Hill to lobby after the letter.')).toMatchObject({ verdict: 'answered', fact: { id: 'lyonne-lobbying' } });
    // Not when the opening names an outlet the story does not know, nor for a claim no fact covers.
    expect(ask('Le Figaro écrit que Natasha Lyonne a fait du lobbying à Washington.').verdict).toBe('no_answer');
    expect(ask('My neighbour says the moon landing was faked in 2025.').verdict).toBe('no_answer');
  });

  it('a line of our own draft to check ("draft line: …", "on veut écrire que… c\'est solide ?") is read as the claim', () => {
    expect(ask("draft line: 'the letter was filed on March 15'. is that supportable?")).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask("on veut écrire que la lettre a été déposée le 15 mars. c'est solide ?")).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('can we write that the sky over Paris was green in 2025? ok to run?').verdict).toBe('no_answer');
  });

  it('a framed claim about something no fact covers is still declined', () => {
    expect(ask('Claim: the sky over Paris was green in 2025. True?').verdict).toBe('no_answer');
    expect(ask('Vrai ou faux : la tour Eiffel a été repeinte en bleu en 2025.').verdict).toBe('no_answer');
  });
});

describe('/ask engine: what a question names itself outweighs the scene and the relative clause around it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"who signed it" after a company named in the scene asks who signed its filing → no premise that the company signed the letter', () => {
    const outcome = ask('Context: OpenAI filed its own comment to the White House in March 2025. Question: what was OpenAI\'s central argument on copyright, and who signed it?');
    expect(outcome).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    expect(outcome).not.toHaveProperty('correction');
    // A company typed right before the verb of signing is still said to have signed: corrected.
    expect(ask('OpenAI and Google both signed the letter, right?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'company-signed' });
  });

  it('"what\'s the <thing> the letter was answering": the thing after the verb of being is what is asked, not what the letter answers', () => {
    expect(ask("what's the consultation the letter replied to?")).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
    // Never the fact on OpenAI's and Google's comments alone.
    expect(ask("trainee question, what's the RFI the stars were reacting to?")).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('a fact picked for its own phrasing over a leader well ahead whose own words the question adds (a call for comments) → the call for comments', () => {
    const outcome = ask('so the letter was responding to what exactly you know, some government call for comments');
    // Offered beside the letter's own reply until the thirty-sixth round; the RFI fact now has a phrasing of its own
    // for the consultation the letter responds to, and answers it.
    expect(outcome).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
    // The phrasing alone is still answered by its own fact.
    expect(ask('what was the letter responding to?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });
});

describe('/ask engine: casual and misspelt phrasings of facts the data has', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  const read = (q: string, lang: 'en' | 'fr') => realFacts().ask.lexicon.read(q, lang).terms;

  it('"pull quote" and "the sentence on …" only ask for a quote: no word of them is a word the facts must carry', () => {
    expect(read('a pull quote on licensing', 'en').map((t) => t.term)).not.toContain('pull');
    expect(read('the sentence on licensing from the letter', 'en').some((t) => t.kind === 'word' && /^sentenc/.test(t.term))).toBe(false);
  });

  it('"at the cost of" is the letter\'s "at the expense of", no price asked', () => {
    expect(read('leadership not bought at the cost of creative jobs', 'en').map((t) => t.term)).toContain('c:expense');
    expect(read('au détriment des industries créatives', 'fr').map((t) => t.term)).toContain('c:expense');
  });

  it('"officiel", "numéro" and "title" weigh little, as words that only qualify what is asked', () => {
    expect(read('le numéro officiel du décret', 'fr').filter((t) => t.kind === 'word')).toEqual([]);
    expect(read('the official title of the order', 'en').filter((t) => t.weight >= 1 && t.term !== 'c:order')).toEqual([]);
  });

  it('"about" and "fair use" misspelt in chat ("abot", "fare use") are read back', () => {
    expect(ask('wat did google argue abot fare use')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it('a common word two typos from a name the data spells is no typo of it ("specific" is not "Pacific")', () => {
    expect(realFacts().ask.lexicon.correct('specific')).toBe('specific');
  });
});

describe('/ask engine: each question is read with a memo of its own', () => {
  it('a long framed question answers the same asked first, after other questions and after explain(): nothing read for one is kept for another', () => {
    const engine = realFacts().ask;
    const framed = 'Contexte : la lettre a circulé. Question : quand cette lettre a-t-elle été envoyée ?';
    const first = engine.ask(framed, 'en');
    engine.ask('Did Will Ferrell sign?', 'en');
    engine.explain('Quick one before the meeting: who organised the letter?');
    engine.ask('Contexte : la lettre a circulé. Question : qui l’a organisée ?', 'en');
    const again = engine.ask(framed, 'en');
    expect(again).toMatchObject({ verdict: first.verdict, mode: first.mode, confidence: first.confidence });
    expect(again).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});

describe('/ask engine: the relation asked must be one the answering fact carries', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('a yes/no question in the passive ("did the suit get dismissed?", "a-t-elle été rejetée ?") asks what happened to it: declined by a fact that never says it', () => {
    expect(ask("Did Warner Bros. Discovery's lawsuit get dismissed?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('La plainte de Warner Bros. Discovery a-t-elle été rejetée ?', 'fr')).toMatchObject({ verdict: 'no_answer' });
    // A fact that says it still answers.
    expect(ask('Was Shira Perlmutter fired?')).toMatchObject({ verdict: 'answered' });
  });

  it('"what did X do after…", "qu\'ont fait X après… ?" ask what X did: answered only by a fact that names X, never the event after which', () => {
    expect(ask('What did the signatories do once the AI Action Plan was out in July?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Qu'ont fait les signataires après la publication du plan d'action en juillet ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('What did Disney do with OpenAI in December 2025?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-openai-deal' } });
  });

  it('how a named party reacted to something named is answered only by a fact that names both', () => {
    expect(ask('How did Natasha Lyonne react to Disney putting money into OpenAI?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Comment Natasha Lyonne a-t-elle réagi à l'investissement de Disney dans OpenAI ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('How did the MPA react to Sora 2?')).toMatchObject({ verdict: 'answered', fact: { id: 'sora-2-backlash' } });
  });

  it('what a company said ("what did Meta say…", "qu\'a déclaré Meta… ?") is answered only by a fact in which it says something; a ruling it won is no saying of its own', () => {
    expect(ask('What did Meta say after winning the Kadrey ruling?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Qu'a déclaré Meta après sa victoire dans l'affaire Kadrey ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('What did Anthropic say after the judge approved its settlement?')).toMatchObject({ verdict: 'no_answer' });
    // Inverted, its "t" read past like the pronoun after it.
    expect(ask("Meta a-t-elle dit quelque chose après avoir gagné l'affaire Kadrey ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    // Its questions say it when its answer has a pronoun ("It argued"); what a ruling said has no company before the verb.
    expect(ask('What did Google say about text and data mining?')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
    expect(ask("Qu'a dit OpenAI dans sa contribution ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    expect(ask('what did the kadrey v meta ruling say?')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
  });

  it('"qu\'a dit la Disney… ?": the company after "qu\'a" and the verb is read past its article, as without it', () => {
    expect(ask("Qu'a dit la Disney après avoir investi dans OpenAI ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Qu'a dit l'Anthropic après que le juge a approuvé son accord ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    // A noun after the article names no company: not read ("qu'ont dit les studios" is no company's saying).
    expect(ask("Qu'a déclaré le Google sur la fouille de textes ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it('a final version or approval, a judge, a law firm asked of something are answered only by a fact that says them', () => {
    expect(ask('Has the Copyright Office published the final version of its AI training report?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("La version définitive du rapport du Copyright Office est-elle sortie ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Has the Anthropic settlement received final approval?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Who is the judge in the Disney and Universal case against Midjourney?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Quel cabinet d'avocats a rédigé la lettre pour Lyonne et Mooser ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    // A fact that says them still answers: the final Action Plan, the judge of the Meta case.
    expect(ask('Did the final AI Action Plan say anything about copyright?')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-outcome' } });
    expect(ask('Which judge ruled in the Meta case?')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
  });

  it('a date asked in the future tense ("when will…", "quand toucheront-ils… ?") is answered only by a fact about a date that carries the whole question', () => {
    expect(ask('When will authors actually get their checks from the Anthropic settlement?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Quand les auteurs toucheront-ils concrètement l'argent de l'accord Anthropic ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('when are the authors going to get paid by Anthropic?')).toMatchObject({ verdict: 'no_answer' });
    // A future in a reported clause is no future asked: when Google argued is.
    expect(ask('When did Google argue that AI will need fair use?')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
    // A slip in tense about the filing is still answered by the date it was filed.
    expect(ask('Quand la lettre sera-t-elle envoyée ?', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('a new or later one of something ("a new film", "ses contributions suivantes") is answered only by a fact that says so or whose own event comes after the letter', () => {
    expect(ask("is Natasha Lyonne's studio Asteria making a new film with AI?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask("OpenAI a-t-il assoupli sa position sur le fair use dans ses contributions suivantes ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
    // The December order and the 2026 campaign come after the letter; "the New York Sun" is a name.
    expect(ask('Did Trump sign a new executive order on AI in December 2025?')).toMatchObject({ verdict: 'answered', fact: { id: 'eo-14365' } });
    expect(ask('Is there a newer campaign by artists against AI training?')).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
    expect(ask('How many signatures did the New York Sun count?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
});

describe('/ask engine: what happened after the letter is answered only by a fact that reaches past it', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('a fact whose latest date is before the filing (the comments the letter answered) says nothing of after: declined', () => {
    expect(ask('Has Google struck a licensing agreement with any of the signatories since the letter?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Google a-t-il passé un accord de licence avec des signataires depuis la lettre ?", 'fr')).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    // "d'après la lettre" is "according to the letter"; facts of after the letter still answer.
    expect(ask("Combien vaut Google d'après la lettre ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
    expect(ask('Did signatures keep arriving after the letter was filed?')).not.toMatchObject({ verdict: 'no_answer' });
  });

  it('a company before "the signatories" with another verb between ("did OpenAI sue the signatories?") is no premise that it signed', () => {
    expect(ask('Did Google sue any of the signatories after the letter was published?')).toMatchObject({ verdict: 'no_answer' });
    // Nor one that signed another thing than the letter ("signed a licensing deal").
    expect(ask('has openai signed a licensing deal with any of the signatories since the letter?')).toMatchObject({ verdict: 'no_answer' });
    // Said to be among them, the fact of the comments the letter answered is still offered.
    expect(ask('Why is OpenAI one of the signatories?')).not.toMatchObject({ verdict: 'no_answer' });
  });
});

describe('/ask engine: signing after "after" dates what is asked', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('"did X say…, after signing the letter?", "après avoir signé" ask something else of a signatory: no "signed" verdict', () => {
    expect(ask('Did Ben Stiller talk about Sora on his podcast after signing the letter?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Ben Stiller a-t-il parlé de Sora après avoir signé la lettre ?', 'fr')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Did Ben Stiller sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});

describe('/ask engine: a body asked whether it backed the letter, which a signer or a date may name', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    'did the MPA endorse the letter Lyonne organised?',
    'has SAG-AFTRA officially endorsed the copyright letter that Stiller and Blanchett signed?',
    'Les studios Disney ont-ils soutenu la lettre en mars 2025 ?',
  ])('"%s" → declined, no verdict on the signer who only names the letter', (q) => {
    expect(ask(q, /[éè]|\bla\b/.test(q) ? 'fr' : 'en')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a signer named before the verb is still asked about; a date with no letter named dates something else', () => {
    expect(ask('did Stiller endorse the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask("Le décret de Trump sur l'IA a été signé en mars 2025, c'est ça ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' } });
  });
});

describe('/ask engine: a share asked for is answered only by a fact that gives one', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['What percentage of WGA members ratified the 2023 contract?', 'en'],
    ['by what margin did WGA members ratify the 2023 contract?', 'en'],
    ["Avec quel pourcentage les membres de la WGA ont-ils ratifié l'accord de 2023 ?", 'fr'],
  ] as const)('"%s" → declined, never the strike fact that gives days and dates', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it('a fact that gives a share may still answer', () => {
    expect(ask('what percentage of its value did Nvidia lose after DeepSeek?')).not.toMatchObject({ verdict: 'no_answer' });
  });
});

describe('/ask engine: how another country reacted is answered only by a fact in which it reacts', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ["how did the chinese government respond to OpenAI's national security argument?", 'en'],
    ["how did beijing react to openai's claims about deepseek?", 'en'],
    ["Comment Pékin a-t-il réagi aux arguments d'OpenAI sur la Chine ?", 'fr'],
  ] as const)('"%s" → declined, never the fact that only names China', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it('a party of the story named by no name is left to the other checks', () => {
    expect(ask("What was SAG-AFTRA's reaction to Tilly Norwood?")).toMatchObject({ verdict: 'answered', fact: { id: 'tilly-norwood' } });
  });
});

describe('/ask engine: a count of the signers written to names them, no figure to check', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Sam Altman a-t-il répondu aux 400 signataires ?', 'fr'],
    ['did Sam Altman respond to the 400 signatories?', 'en'],
    ['did OpenAI write back to the 400-odd signatories?', 'en'],
  ] as const)('"%s" → declined, never the signatory count', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'no_answer' });
  });

  it('after a verb of adding, the signers are still the list', () => {
    expect(ask('was Ruffalo added to the 400 signatories?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('the count is read even when an earlier mention of the signers already asks nothing about signing', () => {
    expect(ask('Did OpenAI, which the signatories attacked, reply to the 400 signatories?')).not.toMatchObject({ mode: 'number' });
  });
});

describe('/ask engine: a question asking what the letter is, naming nothing else, is answered by its main message', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['what is the letter', "c'est quoi la lettre", 'la lettre, c’est quoi ?', 'whats the hollywood ai letter', 'explain the hollywood letter'])('"%s" → main-message', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'main-message' } });
  });

  it('not a "quoi" that only trails off, a question cut short, nor a letter named by what else it is', () => {
    expect(ask('bon ben la lettre quoi').verdict).not.toBe('answered');
    expect(ask("what's the letter from the Authors Guild").verdict).toBe('no_answer');
    expect(ask("c'est quoi la lettre de Sam Altman").verdict).toBe('no_answer');
  });
  it.each(['c koi la letre des acteurs', "what is the actors' letter", "what's the letter of the writers?"])('"%s": a role saying whose the letter is → main-message, no list', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'main-message' } });
  });

  it('a role that signed, or asked about beside the letter, is still a list or a question of its own', () => {
    expect(ask('quels acteurs ont signé la lettre')).toMatchObject({ verdict: 'answered', mode: 'list' });
    expect(ask('c koi les acteurs de la lettre')).not.toMatchObject({ fact: { id: 'main-message' } });
  });
});

describe('/ask engine: readings of a verb phrase around its object and of a role\'s field', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"who took Midjourney to court?" is asked as "who sued Midjourney?" → the Disney and Universal suit', () => {
    expect(ask('Who took Midjourney to court, and when?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-universal-v-midjourney' } });
  });

  it('a field one role alone works in, in a question of who signed → the list of that role', () => {
    expect(ask('côté humour, qui a signé ?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'comedian' });
    expect(ask('in music, who signed the letter?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
  });

  it('a field word in a question that asks for no one (a company\'s name) → no list', () => {
    expect(ask('did Sony Music comment on the letter?')).not.toMatchObject({ mode: 'list' });
  });

  it('a field word that only describes the letter, not opened as a field ("côté", "in", "dans") → no list of that role', () => {
    expect(ask('Who signed the letter about AI training on music and film?')).not.toMatchObject({ mode: 'list' });
    expect(ask('Qui a signé la lettre qui défend la musique et le cinéma ?')).not.toMatchObject({ mode: 'list' });
  });
});

describe('/ask engine: a list by role read past a name set aside, and a role asked alone', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"any actresses apart from Cate Blanchett?" → the list of actors (the name after the word of exception asks for no one)', () => {
    expect(ask('any actresses apart from Cate Blanchett?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
  });

  it('a role in the plural with only a joining word and an article ("and the directors?", "et les producteurs ?") → its list', () => {
    expect(ask('and the directors?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    expect(ask('et les producteurs ?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'producer' });
  });

  it('"same question for the writers" points back to a question not asked here → no list', () => {
    expect(ask('same question for the writers')).not.toMatchObject({ mode: 'list' });
  });
});

describe('/ask engine: a name inside a phrase of asking, and a chat word for a person', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"que faisait X avant … ?" asks what X did before (the career), with the name inside "faisait avant" → declined, not the firing', () => {
    expect(ask('Et Shira Perlmutter, que faisait-elle avant ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Que faisait Shira Perlmutter avant de diriger le Copyright Office ?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('"c\'est qui ce gars ?" after a name asks who that person is → the organisers for Bryn Mooser', () => {
    expect(ask('Bryn Mooser, mais c\'est qui ce gars ?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('/ask engine: how far an example no fact answers vetoes the nearest-question channel', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('an unanswerable example that asks an attribute the question does not (an appeal) vetoes no answer; one the question asks still does', () => {
    expect(ask("Un internaute dit que Meta l'a emporté face aux auteurs dans le dossier Kadrey. Vrai ?")).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
    // Asked the appeal itself, which no fact tells: declined.
    expect(ask("les auteurs de l'affaire Kadrey ont-ils fait appel ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('did the authors in kadrey v meta appeal?')).toMatchObject({ verdict: 'no_answer' });
    // Unanswerable examples that ask no attribute stay rivals: an opinion near what the action plan says is declined.
    expect(ask('should ai companies have to pay artists for training data')).not.toMatchObject({ verdict: 'answered' });
  });
});

describe('/ask engine: a premise\'s wrong name is no name the answer must carry', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"why did the letter single out Meta" is corrected by whom it targets, never answered with a lawsuit against Meta', () => {
    expect(ask('why did the letter single out meta by name')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
    expect(ask('Why did the letter single out Meta?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    // A name the question asks about, not one said wrongly of the letter's targets, still picks the fact about it.
    expect(ask('how come Meta ended up losing the Kadrey suit?')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' } });
  });
});

describe('/ask engine: a learned answer whose nearest example carries what the question asks besides its names', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('is not vetoed as asking of names only; a question no example of the fact bridges still is', () => {
    expect(ask("bryn mooser, il a quel rôle dans l'histoire ?")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('Chris Lehane, il joue quel rôle là-dedans')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    expect(ask('How many employees does Warner Bros have?')).toMatchObject({ verdict: 'no_answer' });
  });
});

describe('/ask engine: a letter dated after a word of "of" ("la lettre de 2023") is dated as one dated before it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"la lettre de 2023 demandant une pause…" is another letter → declined, never the organisers', () => {
    expect(ask("Nous préparons aussi un sujet sur la lettre de 2023 demandant une pause dans le développement de l'IA ; qui l'avait lancée ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask("la lettre de 2023, qui l'avait lancée ?")).toMatchObject({ verdict: 'no_answer' });
  });

  it('the letter\'s own year after "de", or a wrong year beside its own marks, is still this letter', () => {
    expect(ask("la lettre de 2025, qui l'avait lancée ?")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('when was the 2023 letter from the stars sent to the White House?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});

describe('/ask engine: a part that refers back to people of another country named in the rest', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"…comédiens de doublage français… ; où en est leur mouvement ?": "leur" is those people → declined, never the story\'s campaign', () => {
    expect(ask('Les comédiens de doublage français se sont mobilisés contre les voix synthétiques ; où en est leur mouvement ?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a country beside the story\'s own coverage ("the French article") leaves the part asked alone', () => {
    expect(ask('The 2023 Hollywood strikes mentioned in the French article: who was striking, and did they win anything on AI?')).toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });
});

describe('/ask engine: "you said" asked with the verb first ("disiez-vous", "as-tu dit") points back to an earlier answer', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a thin follow-up that only points back → declined, never a count the facts give', () => {
    expect(ask('Et combien, disiez-vous ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Et quand, as-tu dit ?')).toMatchObject({ verdict: 'no_answer' });
  });
});

describe('/ask engine: of two roles named, the one that holds every signatory of the other is listed', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"showrunners or writers" → the writers (each showrunner signed as a writer too)', () => {
    expect(ask('Any TV showrunners or writers among the signatories?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'writer' });
  });

  it('a role chosen by "which" is still the one listed', () => {
    expect(ask('The writers are done; which showrunners signed?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'showrunner' });
  });
});

describe('/ask engine: a clause after ":" that asks on its own is no part of a comparison the setting makes', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"après notre réunion de production : quelles entreprises…?" → the letter\'s targets, "après" compares nothing asked', () => {
    expect(ask('Je reviens vers vous après notre réunion de production : quelles entreprises la lettre vise-t-elle ?')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'responds-to-openai-google' },
    });
  });

  it('a comparison whose two things follow the ":" is still asked whole ("qu\'est-ce qui est venu en premier : A ou B ?")', () => {
    expect(ask("Qu'est-ce qui est venu en premier : le jugement Bartz ou le jugement Kadrey ?")).not.toMatchObject({ verdict: 'answered', mode: 'fact' });
  });
});

describe('/ask engine: formal phrases of asking with "nous" lead the question (concepts.json askLeads)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"Afin de citer nos sources…, pourriez-vous nous dire quels médias…" asks what follows the phrase → the press coverage', () => {
    expect(ask('Afin de citer nos sources avec exactitude, pourriez-vous nous dire quels médias ont révélé la lettre les premiers ?')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'press-coverage' },
    });
  });
});

describe('/ask engine: "vous pouvez me dire" and "vous pourriez nous dire" lead the question as "pouvez-vous me dire" does (concepts.json askLeads, chatter)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it('after a newsroom opening, what follows the uninverted "vous" phrase is the question → the organisers', () => {
    expect(ask("bonsoir, on boucle le supplément du week-end, vous pourriez me dire qui a lancé l'initiative ?")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask("salut, on termine la chronique du matin, vous pouvez nous dire qui est derrière l'initiative ?")).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('/ask engine: an opening clause of premise or aim, and a question word led by a preposition', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it('a clause after the last comma that opens on a preposition before its question word ("à quelle date") is the question', () => {
    expect(ask('Désolé de vous solliciter à nouveau, à quelle date la lettre a-t-elle été envoyée ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('an opening clause of premise or aim ("Dans la mesure où…", "Étant donné que…", "Afin de…") before a comma: what follows is the question', () => {
    expect(ask('Dans la mesure où notre émission couvre la culture en général, la lettre parle-t-elle d’autres métiers que ceux du cinéma et de la musique ?')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'other-industries' },
    });
    expect(ask('Étant donné que notre magazine traite de la culture en général, la lettre parle-t-elle d’autres métiers que ceux du cinéma et de la musique ?')).toMatchObject({
      verdict: 'answered',
      fact: { id: 'other-industries' },
    });
    expect(
      ask('Afin de citer fidèlement la lettre dans notre podcast, pourriez-vous me donner sa phrase exacte sur le leadership américain en IA et les industries créatives ?'),
    ).toMatchObject({ verdict: 'answered', mode: 'quote' });
  });
});

describe('/ask engine: a last clause opening on a relative pronoun is an aside of the question before it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'fr');

  it('"…, dont le nom revient…" after a question that asks on its own: the question before it is answered', () => {
    const out = ask('Qui est Bryn Mooser, dont le nom revient souvent à côté de celui de Natasha Lyonne ?');
    expect(out.verdict).toBe('answered');
    expect(['organisers', 'asteria-film']).toContain((out as { fact?: { id: string } }).fact?.id);
  });
});
