import { realFacts } from '../../helpers/core';

describe('/ask: "did X sign?" in any wording reaches the signatory verdicts', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('one or two letters alone, a capital or not, are shorthand, no one\'s name: "two Qs on the letter" asks of no signer', () => {
    for (const q of ['hey, quick Qs on the letter coming up', 'Did Ed sign?', 'has Al signed the letter?']) expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
  });

  it('someone the story knows, no signatory, signing after the noun of another document (an order, a law) signs that document → no signatory verdict', () => {
    for (const q of ['was it the law number Biden signed?', 'the EO number Trump signed on the 23rd?', 'did Biden sign the order the same week as the letter']) {
      expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
    }
    // Still asked of the letter when no other document is named before the verb.
    expect(ask('did Tom Hanks sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a campaign joined after the letter (the letter named only as what it came after) is no signing of the letter → never a signatory verdict', () => {
    expect(ask('is cate blanchett part of any anti-AI campaign after the letter')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('cate blanchett a-t-elle rejoint une campagne anti-IA après la lettre ?')).not.toMatchObject({ mode: 'signatory' });
    // The letter signed, a later campaign set beside it: still the letter's list.
    expect(ask('did cate blanchett sign the letter, or only a later campaign?')).toMatchObject({ mode: 'signatory' });
  });

  it('a company\'s name a comma ends, before a name set beside it, says whose head that person is: the person is asked about', () => {
    expect(ask('le patron de Google, Sundar Pichai, il a signé la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Sundar Pichai' });
    expect(ask('Le patron de Nvidia, Jensen Huang, a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jensen Huang' });
    // A company alone is no person: declined.
    expect(ask('did Google sign the letter?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a common word opening the question before a comma is the asker\'s aside, no one asked about', () => {
    expect(ask('Frankly, are the signatories on the right side here?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Franchement, les signataires ont raison ?')).not.toMatchObject({ mode: 'signatory' });
    // A name there is still who is asked about.
    expect(ask('Zendaya, did she sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Zendaya' });
  });

  it('a name in a later sentence that asks nothing (the asker\'s plan) is not who the signing is asked of → the one in the question', () => {
    expect(ask('Did Ava DuVernay sign? I will quote her next to Ben Stiller.')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ava DuVernay' });
    expect(ask('Est-ce que Ava DuVernay a signé ? Je la mettrai à côté de Ben Stiller.')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ava DuVernay' });
    // A later sentence that asks ("?") still asks of whom it names.
    expect(ask('Has Ava DuVernay signed? And Cord Jefferson too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Cord Jefferson' });
  });

  it('a common word in lower case, only a surname, before a plural role or "stars" (or after one) names a kind of people → no one asked about', () => {
    expect(ask('were any rock stars among those who signed?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('des vedettes du rock ont signé la lettre ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('rock singers on the letter?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(ask('Rock stars on the list of signers?')).not.toMatchObject({ mode: 'signatory' });
    // The name typed whole, or the word alone before the verb, is still the signatory.
    expect(ask('chris rock fait partie des signataires ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'chris rock' });
    expect(ask('rock a signé la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a question opening on a reason, with a role in it, asks why → never a list of the role', () => {
    expect(ask('why did the senator sign next to the directors?')).not.toMatchObject({ mode: 'list' });
    expect(ask('pourquoi Macron a signé avec les réalisateurs ?')).not.toMatchObject({ mode: 'list' });
    expect(ask('which directors signed?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
  });

  it('a hedge after "did X sign" with no comma ("jcrois", "je crois", "i guess") is no word of the question → the signatory verdict', () => {
    expect(ask('ben stiler a signé jcrois ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Ava DuVernay a signé je crois ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ava DuVernay' });
    expect(ask('ben stiller signed i guess?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    // An opinion verb stays a word of the question: no one's signing is asked.
    expect(ask("Que pense le pape de l'intelligence artificielle ?")).not.toMatchObject({ verdict: 'answered' });
  });

  it('a question typed all in capitals is read as one typed in lower case: its names are no acronyms', () => {
    expect(ask('DID BEN STILLER SIGN')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('EMMA STONE A SIGNÉ ???')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'emma stone' });
    // An acronym alone stays one.
    expect(ask('RFI ?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('the "who" of "those who signed" opens a clause and asks nothing: someone not on the list is answered as such', () => {
    expect(ask('Is Tom Hanks among the people who signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    expect(ask('Meryl Streep fait partie de ceux qui ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Meryl Streep' });
    expect(ask('Who are the people who signed?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a date after the verb says when, not what was signed: "signed back in March" still asks about the letter', () => {
    expect(ask('Did Emma Stone sign back in March?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
    expect(ask('Natalie Portman a signé début mars 2025 ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Natalie Portman' });
    // A thing named after the verb is still another thing signed.
    expect(ask('Did Emma Stone sign a union contract in March?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('"one of the 400 who signed": the relative word after a count of signers asks nothing, the named person is looked up', () => {
    expect(ask('Is Emma Stone one of the 400 who signed?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
    expect(ask('Natalie Portman est-elle parmi les 400 qui ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Natalie Portman' });
    // A count rounded before it ("roughly", "quelque") or after it by "or so" is still that group.
    expect(ask('was tom hanks one of the 400 or so who signed')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks' });
    expect(ask('was tom hanks among the roughly 400 who signed')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks' });
    expect(ask('tom hanks était parmi les quelque 400 qui ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks' });
  });

  it('"put her name down", "put his own name on it" are signing: whether the one named signed is asked', () => {
    expect(ask('did the Fleabag creator put her name down')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('did sam altman put his own name on the hollywood thing?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'sam altman' });
  });

  it('a lone word between "did" and the verb that the typo reader takes for a stop word is the one asked about, never a pronoun', () => {
    expect(ask('did hanks sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'hanks' });
    // A pronoun typed with two letters swapped is that pronoun: no one named.
    expect(ask('did tehy sign?')).not.toMatchObject({ mode: 'signatory' });
    // Nor is a misspelt word of grammar someone's name ("somone" is "someone", "theese" is "these").
    expect(ask('did somone sign?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did theese sign?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a common word right before a noun of signing is no name ("highest signature count"): no verdict on "highest"', () => {
    expect(ask('highest signature count reported?')).not.toMatchObject({ mode: 'signatory' });
    // Nor is a word of grammar no stop word list holds.
    expect(ask('nobody signed?')).not.toMatchObject({ mode: 'signatory' });
    // Nor a count, a union, a country or a government's body: no person to give a verdict on.
    for (const q of ['hundreds signed?', 'did sag-aftra sign?', 'did france sign', 'Did Congress sign?', 'la Sacem a signé ?', 'did chatgpt sign?']) {
      expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
    }
    expect(ask('Carla Hayden, la bibliothécaire du Congrès, fait-elle partie des signataires ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Carla Hayden' });
    expect(ask('zendaya signature?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'zendaya' });
  });

  it('a signing dated to a year before the letter\'s is another text\'s: no verdict from the letter\'s list', () => {
    // The 2024 Statement on AI Training is not the March 2025 letter: "Yes, among the signatories" would answer another question.
    expect(ask('Did Natasha Lyonne sign the 2024 statement on AI training?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did Ben Stiller sign a letter in 2024?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did Ben Stiller sign the 2025 letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('another country named after the verb of signing says another text was signed: no verdict from this letter\'s list', () => {
    expect(ask('Paul McCartney a signé la lettre britannique ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did cate blanchett sign the european letter?')).not.toMatchObject({ mode: 'signatory' });
    // Named before the verb, a country says who the person is.
    expect(ask('did the French actor Omar Sy sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('another text\'s name after the verb of signing (Sora, Make It Fair, the WGA\'s) is not this letter: no "Yes, signed"', () => {
    for (const q of ['did Ben Stiller sign the letter against Sora?', 'did Mark Ruffalo sign the Make It Fair campaign?', 'did Cate Blanchett sign the WGA letter?', 'Cate Blanchett a signé la pétition Make It Fair ?']) {
      expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
    }
    expect(ask('did Cate Blanchett sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('"what about X, did he sign" asks of X as "and X, did he sign" does: the "what" of "what about" asks nothing more', () => {
    expect(ask('what about jake gyllenhaal, did he sign')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'jake gyllenhaal' });
    expect(ask('how about zendaya, did she sign')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'zendaya' });
  });

  it('"citer X comme signataire": a verb of quoting whose object is a name typed as who may have signed asks whether they signed', () => {
    expect(ask('on peut citer Patton Oswalt comme signataire ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Patton Oswalt' });
    // Quoting the letter stays a request for its words.
    expect(ask('cite moi la lettre mot pour mot sur le fair use')).toMatchObject({ mode: 'quote' });
  });

  it('a source named before the one who signs is no subject: the name right before the verb is who is asked about', () => {
    expect(ask('According to Politico, did Tom Hanks sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    // Not across a pronoun that stands back for the topic, nor before a noun of the signers (no verb).
    // The name asked about is Lilly Wachowski's, whether typed whole or by the surname alone that only she bears.
    const lilly = ask('Wachowski — Lilly, not Lana — did she put her name to this?');
    expect(lilly).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(realFacts().names.match(lilly.mode === 'signatory' ? lilly.person : '').match?.name).toBe('Lilly Wachowski');
    expect(ask('Did Trump ever say anything publicly about Cate Blanchett or the other signatories?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a company\'s name before a comma is no part of the person named after it ("le patron de Nvidia, Jensen Huang")', () => {
    expect(ask('Le patron de Nvidia, Jensen Huang, a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jensen Huang' });
    expect(ask("Le patron d'OpenAI, Sam Altman, est-il signataire ?")).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Sam Altman' });
    // A name typed surname first is still one name.
    expect(ask('Waller-Bridge, Phoebe: on the list or not?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a name no fact uses, asked about as who signed after a label, gets its verdict: the label does not decline it', () => {
    expect(ask('quick check before we publish: is Tom Hanks on the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
  });

  it('words in brackets describe the one named before them: no name runs across a bracket', () => {
    // "lindelof (lost, leftovers)" is Lindelof, a signatory, never one "lindelof lost leftovers" the list lacks.
    expect(ask('lindelof (lost, leftovers) signed this one?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'lindelof' });
    expect(ask('Nolan (Oppenheimer) a signé la lettre des 400 ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Nolan' });
    expect(ask('did Tom Hanks (Forrest Gump) sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
  });

  it('a thing with its number before "de" owns the name after it: what was signed is that thing, no one asked about', () => {
    expect(ask('le décret 14179 de trump était signé au moment de la lettre ?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('"so far" only says until now: the count of signers answers, as without it', () => {
    expect(ask('how many signatories so far?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    expect(ask('combien de signataires jusqu\'ici ?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    // What no fact says is still so far: declined.
    expect(ask('How much has Stargate actually spent on data centers so far?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a document with no name of its own, signed right after the verb, is the letter; one tied to something else is not', () => {
    expect(ask('Emma Stone a signé le document ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
    expect(ask('did Ruffalo sign the text?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('did Ruffalo sign the document on tariffs?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a name spelt by its sounds is asked about as typed: the signatory step then offers the one it sounds like, never says signed', () => {
    const facts = realFacts();
    const outcome = facts.ask.ask('guee yair mo del torro signed it right', 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    const person = outcome.verdict === 'answered' && outcome.mode === 'signatory' ? outcome.person : '';
    expect(facts.names.match(person)).toMatchObject({ verdict: 'ambiguous', candidates: [expect.objectContaining({ name: 'Guillermo del Toro' })] });
  });

  it('"il est dessus ?" asks whether someone is on the letter', () => {
    expect(ask('Ben Stiller, il est dessus ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Emma Stone elle est dessus ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
  });

  it('a name typed right after a role in the singular is the one person asked about, not a list of the role', () => {
    expect(ask("L'actrice Emma Stone a signé ?")).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
    expect(ask('Did the singer Adele sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Adele' });
    expect(ask('Which singers signed?')).toMatchObject({ verdict: 'answered', mode: 'list' });
    expect(ask('Les réalisateurs Français ont signé ?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a role "of" a title no signatory is known for describes one person, never a list of the role', () => {
    expect(ask('did the director of Inception sign?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("la réalisatrice d'Inception a signé ?")).toMatchObject({ verdict: 'no_answer' });
    // A title a signatory is known for names them; a role alone is still a list.
    expect(ask('the director of Skyfall signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Sam Mendes' });
    expect(ask('did directors sign?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
  });

  it('the signers as the source of a claim ("according to the signatories") ask nothing about who signed', () => {
    expect(ask("Google vaut 2000 milliards selon les signataires ?")).not.toMatchObject({ mode: 'signatory' });
    expect(ask('selon les signataires, Ruffalo a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a count of signers the counting fact gives, asked to be checked, is checked by that fact', () => {
    expect(ask('my feed says 460 signatures, is that right?')).toMatchObject({ verdict: 'answered', mode: 'number', fact: { id: 'signatory-count' } });
    // A question that asks something else of them is not a check of the count.
    expect(ask('What did the 400 signatories object to in the OpenAI proposal?')).not.toMatchObject({ mode: 'number', fact: { id: 'signatory-count' } });
  });

  it('the signers as whom something is addressed to ask nothing about who signed; being added to them still does', () => {
    expect(ask('Did Disney ever reply to the signatories directly?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Macron a-t-il écrit aux signataires ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('was Emma Stone ever added to the signatories?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
  });

  it('the "que" after a verb of saying opens what is said: "on dit que X a signé" asks whether X signed', () => {
    expect(ask("on m'a dit que Ruffalo a signé, vrai ?")).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('un article affirme que Tom Cruise a signé, vrai ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Cruise' });
  });

  it('a list that names the one asked about ("a site lists X as a signatory") is no other list: X is looked up', () => {
    expect(ask('Some site lists Tom Cruise as a signatory: true?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Cruise' });
    expect(ask('Is Ruffalo on the Time 100 list?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a count of signers typed with a separator is a count, though it looks like a year', () => {
    expect(ask('what did the 2,000 signatories ask for?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it('"X signed, but Y too?": the one named in the clause of addition is who is asked about', () => {
    expect(ask('Ben Stiller a signé, mais son collègue Emma Stone aussi ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
    expect(ask('Ben Stiller signed, and Cate Blanchett too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Cate Blanchett' });
    expect(ask('Ben Stiller signed, but what about Owen Wilson?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Owen Wilson' });
    // After "but"/"mais", in lower case or without commas too.
    expect(ask('ruffalo a signé ok mais son frère scott ruffalo aussi ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'scott ruffalo' });
    expect(ask('paul simon signed but what about art garfunkel')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'art garfunkel' });
    // A clause of comparison ("like") is still an aside.
    expect(ask('Ruffalo a signé, comme Blanchett ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
  });

  it('a thing joined is named in the sentence of "on there": a later sentence of chatter joins nothing', () => {
    expect(ask('any directors on there? want names for a sidebar')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    expect(ask('Quels réalisateurs ont apposé leur nom ?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
  });

  it('a first name and a surname initial: a surname named elsewhere is read with the first name typed, never signed for another', () => {
    expect(ask('i think tom w signed as well? (wachowski)')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom wachowski' });
    expect(ask('did lilly w sign it (wachowski)?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'lilly wachowski' });
    // With no surname elsewhere, the one signatory of that first name whose surname starts with the letter.
    expect(ask('ayo E, elle a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ayo Edebiri' });
    expect(ask('did ayo k sign?')).not.toMatchObject({ person: 'Ayo Edebiri' });
  });

  it('a count of people after a word of belonging is the list: "dans les 400", "one of the 400"', () => {
    expect(ask('Denis Villeneuve dans les 400 signataires ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Denis Villeneuve' });
    expect(ask('is Greta Gerwig one of the 400?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Greta Gerwig' });
    expect(ask('Olivia Wilde parmi les 400 ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Olivia Wilde' });
    // The letter named after the count, by its month, its year or its place, is the same group.
    expect(ask('was Meryl Streep one of the 400 on the March letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Meryl Streep' });
    expect(ask('Scarlett Johansson: one of the 400 on the Hollywood letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('is Zendaya one of the 400 on the 2025 letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Zendaya' });
    // A span of time is no group of people.
    expect(ask('le plan est-il sorti dans les 180 jours ?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('"we have X, but Y, did she sign too?": the one named after "but" is asked about, the one before is known', () => {
    expect(ask('We have Ron Howard, but his daughter Bryce Dallas Howard, did she sign too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Bryce Dallas Howard' });
    expect(realFacts().ask.ask('On a déjà Mark Ruffalo, mais Tom Hanks, il a signé aussi ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    // Said in the verb's own clause, the known one still answers: "Ron Howard signed, but did Bryce too?" is read elsewhere.
    expect(ask('Ron Howard, did he sign too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ron Howard' });
  });

  it('a namesake named in full, then the signatory\'s own first name after "or": which of the two signed → the signatory', () => {
    expect(ask('Was it Jake Gyllenhaal who signed, or just Maggie?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Maggie Gyllenhaal' });
    expect(realFacts().ask.ask('Lana Wachowski est dessus, ou seulement Lilly ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Lilly Wachowski' });
    // Ruled out ("not Maggie"), or no name offered: the namesake is asked about.
    expect(ask('Did Jake Gyllenhaal sign, not Maggie?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jake Gyllenhaal' });
    expect(ask('Did Jake Gyllenhaal sign or not?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jake Gyllenhaal' });
  });

  it('one surname typed first, a company named in an aside after it ("Lehane, le gars d\'OpenAI"): the surname is who is asked about', () => {
    const fr = (q: string) => realFacts().ask.ask(q, 'fr');
    expect(fr("Lehane, le type d'OpenAI, il a signé la lettre ?")).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Lehane' });
    expect(fr("Pichai, le monsieur de Google, il a signé ?")).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Pichai' });
  });

  it('a thing signed is in the sentence of the verb: a later sentence asking to check it signs nothing', () => {
    expect(ask('a reader says Judd Apatow signed. can you back that up?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Judd Apatow' });
  });

  it('"il est dedans ?" asks whether someone is on the letter', () => {
    expect(ask('Tom Cruise, il est dedans ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Cruise' });
    expect(ask('blanchett elle est dedans')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a question word for what someone supports asks what that is, not whether they are on the letter', () => {
    expect(ask('Cate Blanchett et le climat, elle soutient quoi ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Ben Stiller backed who in the election?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did Blanchett back anyone for mayor')).not.toMatchObject({ mode: 'signatory' });
    // "ou quoi" asks yes or no.
    expect(ask('Ruffalo il en fait partie ou quoi ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a name right after a word of exception is set aside: the rest of the question is asked', () => {
    expect(ask('other than Ruffalo, which actors signed?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
    expect(ask('hormis Paul Simon, des musiciens ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
  });

  it('the letter named in another clause is no thing signed: signing an order stays about the order', () => {
    expect(ask('Trump signed an AI order in January, before the letter, right?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('"il en est ?", "on that … letter", "des gens qui ont signé" ask whether someone is on the letter', () => {
    expect(ask('et Meryl Streep, elle en est ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Meryl Streep' });
    expect(ask('is Zendaya on that hollywood copyright letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Zendaya' });
    expect(ask('Jean Dujardin fait partie des personnes qui ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jean Dujardin' });
    expect(ask("Tom Hanks's name on the letter by any chance?")).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    // What someone did on it is asked of a part in it.
    expect(ask('Natasha Lyonne, what was her role on that letter?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a question that is only the name of a signatory no fact uses asks whether they signed', () => {
    expect(ask('Apatow?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Apatow' });
    expect(ask('Spielberg?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a name typed besides a work that another signatory is known for is who is asked about, never a "yes" for that signatory', () => {
    expect(ask('Zemeckis, the Selma director, signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Zemeckis' });
    // A name that is a common word too ("Gosling") names no one for sure: declined, never a "yes" for Ava DuVernay.
    expect(ask('Gosling, the Selma director, signed it?').verdict).toBe('no_answer');
    expect(ask('the Zoolander guy signed?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ben Stiller' });
  });

  it('a work named after the signing of a list by role is an example of that list, not one signer asked about', () => {
    expect(ask('which singers signed, like the ex-Beatle?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(ask('actors who signed, e.g. the Zoolander guy')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
    // The work before the signing still names the one asked about.
    expect(ask('did the director of Selma sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ava DuVernay' });
    expect(ask('did the singer from the Beatles sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Paul McCartney' });
  });

  it('a role in the singular with "he"/"she" describes one person named elsewhere: no list of the role', () => {
    expect(ask('emma stone, the la la land actress — did she sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'emma stone' });
    expect(ask('did any actress sign?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
  });

  it('chat shorthand typed as a figure ("sent 2 the") is read as the word it stands for, never as a figure', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(lexicon.unshortened('who was it sent 2 the other day')).toBe('who was it sent to the other day');
    expect(lexicon.unshortened('on March 2 the letter went out')).toBe('on March 2 the letter went out');
    expect(lexicon.unshortened('the 2 strikes of 2023')).toBe('the 2 strikes of 2023');
    expect(ask('who was the letter sent 2 in the end')).not.toMatchObject({ mode: 'number' });
  });

  it('after a pronoun a verb takes as its object ("mail it 2 the"), the figure is the shorthand too', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(lexicon.unshortened('did they mail it 2 the White House')).toBe('did they mail it to the White House');
    expect(lexicon.unshortened('they gave it 2 the 2 of them')).toBe('they gave it to the 2 of them');
  });

  it('after a word whose phrase goes on with the shorthand\'s word ("sent to"), the figure is the shorthand whatever follows', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(lexicon.unshortened('when was the letter sent 2 white house')).toBe('when was the letter sent to white house');
    expect(lexicon.unshortened('the 2 strikes of 2023')).toBe('the 2 strikes of 2023');
    expect(ask('when was the letter sent 2 white house?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});

describe('/ask: a slip of "sign" and a name cut short by the typo reader', () => {
  const facts = () => realFacts();
  const ask = (q: string) => facts().ask.ask(q, 'en');
  const verdictOf = (q: string) => {
    const out = ask(q);
    return out.verdict === 'answered' && out.mode === 'signatory' ? facts().names.match(out.person).verdict : out.verdict;
  };

  it('"sigh", "sigm", "singed" right after "did <name>" are read as signing', () => {
    expect(verdictOf('did cate blanchett sihn the letter')).toBe('signed');
    expect(verdictOf('has ben stiller singed it')).toBe('signed');
    expect(verdictOf('did jon hamm sigh the letter')).toBe('not_listed');
    expect(verdictOf('did brad pitt sigm')).toBe('not_listed');
  });

  it('"sing" or "sang" before "the letter" or "the petition" is "sign": a letter is not sung', () => {
    expect(verdictOf('did mark ruffalo sing the petition')).toBe('signed');
    expect(verdictOf('has jon hamm sang the letter')).toBe('not_listed');
    expect(ask('did paul mccartney sing it')).not.toMatchObject({ mode: 'signatory' });
  });

  it('other verbs and other places stay what they are', () => {
    expect(ask('did ruffalo sing')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did the audience sigh')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did meryl streep sigh when she read the news')).not.toMatchObject({ mode: 'signatory' });
  });

  it('the end of a name that the typo reader took for another word stays the name\'s', () => {
    expect(ask('did tom hanks sign')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks' });
    expect(verdictOf('did tom hanks sign')).toBe('not_listed');
    expect(ask('did phoebe waller bridg sign')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'phoebe waller bridg' });
    expect(verdictOf('did phoebe waller bridg sign')).toBe('signed');
  });

  it('"one of the 400", "dans les 400": the signers\' count with nothing it counts after it is the signatories', () => {
    expect(ask('was Sean Penn one of the 400?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Tom Hanks, dans les 400 ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    // A figure followed by what it counts is no group of people.
    expect(ask('is Google one of the 300 billion dollar companies?')).not.toMatchObject({ mode: 'signatory' });
    // Nor one followed by a stop word and then words of another group: no "signed" for a signatory in another ranking.
    expect(ask('Was Mark Ruffalo one of the 100 most influential people?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Is Mark Ruffalo one of the 400 or not?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
  it('a surname typed with another first name is a namesake: the surname alone elsewhere signs no one for it', () => {
    // Maggie Gyllenhaal signed; Jake is a namesake. Never "yes" for Maggie when Jake is who is asked about.
    expect(ask('Wire copy mentions a Gyllenhaal. Did Jake Gyllenhaal sign, then?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jake Gyllenhaal' });
    expect(ask('Un Gyllenhaal a signé : est-ce Jake Gyllenhaal ?')).not.toMatchObject({ person: 'Gyllenhaal' });
    // The surname alone, with no namesake typed, is still the signatory who bears it.
    expect(ask('did gyllenhaal sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'gyllenhaal' });
  });
  it('a surname alone, then a first name alone in its own sentence that names no signatory → that namesake, never the signatory bearing the surname', () => {
    expect(ask('Did Gyllenhaal put his name on it? Jake, that is.')).not.toMatchObject({ person: 'Gyllenhaal' });
    expect(ask('Gyllenhaal est sur la liste ? Jake, je précise.')).not.toMatchObject({ person: 'Gyllenhaal' });
    // Or in a clause after a dash: the asker's correction, never "yes" for Maggie.
    expect(ask('Gyllenhaal est dans la liste — Jake, je précise ?')).not.toMatchObject({ person: 'Gyllenhaal' });
    expect(ask('is Gyllenhaal on it - Jake, that is?')).not.toMatchObject({ person: 'Gyllenhaal' });
    // Unless the signatory's own first name is offered as the other choice: which of the two signed is the question.
    // Both are answered: the signatory, then the namesake's "not among the names".
    expect(ask('did Gyllenhaal sign it — Jake or Maggie?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Maggie Gyllenhaal', others: ['Jake Gyllenhaal'] });
    // A first name the asker sets aside, an outlet in capitals or a word after an article is no such first name.
    expect(ask('gyllenhaal on the letter? Maggie, not Jake')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'gyllenhaal' });
    expect(ask('Did the Beatles man sign, McCartney?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'McCartney' });
  });
  it('a first name right before the verb that, with the surname typed elsewhere, is no signatory\'s → that namesake, never the signatory', () => {
    expect(ask('wachowski - did lana sign too, or just her sister?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'lana wachowski' });
    expect(ask('gyllenhaal: did Jake sign as well?')).not.toMatchObject({ person: 'gyllenhaal' });
    // The signatory's own first name, or none, is still the signatory.
    expect(ask('did lilly wachowski sign')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'lilly wachowski' });
    expect(ask('wachowski?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'wachowski' });
  });
  it('the full name of someone no signatory is, typed as the one who signs, beside a signatory named as context → a verdict for each', () => {
    expect(ask('alejandro gonzalez inarritu a signé ? cuaron oui mais lui ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'alejandro gonzalez inarritu', others: ['cuaron'] });
    expect(ask('did tom hanks sign? ruffalo did')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks', others: ['ruffalo'] });
    expect(ask('Did Meryl Streep sign? Ruffalo did')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Meryl Streep', others: ['Ruffalo'] });
    // The one who signs leads, whatever is typed first.
    expect(ask('Je fais un papier sur le duo Lord et Miller : est-ce que Keanu Reeves a signé ?')).toMatchObject({ person: 'Keanu Reeves', others: ['Miller'] });
    expect(ask('did lana wachowski sign or only lilly')).toMatchObject({ person: 'lana wachowski', others: ['lilly'] });
    // A name in an aside closed before the verb is no one who signs.
    expect(ask('did chris miller (the lego movie guy with tom hanks) sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'chris miller' });
    expect(ask('did chris miller (the lego movie guy with tom hanks) sign?')).not.toMatchObject({ others: expect.anything() });
    // A signatory alone is still answered as before.
    expect(ask('cuaron a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'cuaron' });
    expect(ask('cuaron a signé ?')).not.toMatchObject({ others: expect.anything() });
  });
  it('a signatory in the same sentence that only says which letter the one who signs signed → the one who signs alone', () => {
    const outcome = ask('did Tom Hanks sign the letter Mark Ruffalo wrote?');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    expect(outcome).not.toHaveProperty('others');
  });
  it('two signatories named, one typed as who signs and one after the letter → a verdict for who signs alone', () => {
    const outcome = ask('did Ben Stiller sign the letter Mark Ruffalo wrote?');
    // "Ben", a stop word too, is read as the first name when typed with a capital inside the question: the whole name.
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ben Stiller' });
    expect(outcome).not.toHaveProperty('others');
    expect(ask('Cate Blanchett a-t-elle signé la lettre de Mark Ruffalo ?')).toMatchObject({ mode: 'signatory', person: 'Cate Blanchett' });
    // The signing's subject, with a comma and a pronoun standing back for it, is still the subject; a name in an aside before the pronoun is not.
    expect(ask('Chris Miller, le partenaire de Phil Lord, il a signé ?')).toMatchObject({ mode: 'signatory', person: 'Chris Miller' });
  });
  it('names joined by "and"/"et" as who signs → a verdict for each, in the order typed, signatories or not', () => {
    expect(ask('did Cate Blanchett and Ben Stiller both sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Cate Blanchett', others: ['Ben Stiller'] });
    expect(ask('guillermo del toro et alfonso cuaron ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'guillermo del toro', others: ['alfonso cuaron'] });
    expect(ask('Judd Apatow and Keanu Reeves, did they sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Judd Apatow', others: ['Keanu Reeves'] });
    expect(ask('keanu reeves et sean astin, ils ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'keanu reeves', others: ['sean astin'] });
    // Three, with commas and one "and".
    expect(ask('Did Olivia Wilde, Chris Rock and Judd Apatow sign?')).toMatchObject({ person: 'Olivia Wilde', others: ['Chris Rock', 'Judd Apatow'] });
  });
  it('names set apart before "both", "all three", "les deux" or "tous les trois", or before a comma right before the noun of signing → a verdict for each, never the last alone', () => {
    expect(ask('Bette Midler et Chris Rock, les deux ont signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Bette Midler', others: ['Chris Rock'] });
    expect(ask('Ron Howard, Taika Waititi et Guillermo del Toro : tous les trois signataires ?')).toMatchObject({ person: 'Ron Howard', others: ['Taika Waititi', 'Guillermo del Toro'] });
    expect(ask('Olivia Wilde, Judd Apatow and Keanu Reeves, all three signed?')).toMatchObject({ person: 'Olivia Wilde', others: ['Judd Apatow', 'Keanu Reeves'] });
    expect(ask('Phil Lord et Chris Miller, signataires ?')).toMatchObject({ person: 'Phil Lord', others: ['Chris Miller'] });
    expect(ask('Phil Lord and Chris Miller, signatories?')).toMatchObject({ person: 'Phil Lord', others: ['Chris Miller'] });
  });
  it('a signing of other letters ("d\'autres tribunes", "other open letters") is no question about this one → declined, never "yes, signed"', () => {
    expect(ask("Cate Blanchett a-t-elle signé d'autres tribunes sur l'IA ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask("Ruffalo a signé d'autres lettres ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Has Cate Blanchett signed other open letters?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Cate Blanchett a-t-elle signé la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
  it('a name joined to "the other signatories" says who one of them is → not asked whether they signed', () => {
    expect(ask('Did Trump ever say anything publicly about Cate Blanchett or the other signatories?')).not.toMatchObject({ mode: 'signatory' });
    // Named alone before the noun, it is still asked about.
    expect(ask('Is Cate Blanchett among the signatories?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
  it('names right after the letter as who signed it only say which letter → no verdict on them', () => {
    expect(ask('has sag-aftra officially endorsed the copyright letter that stiller and blanchett signed?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did tom hanks sign the letter that ruffalo signed?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks' });
  });
  it('a full name typed as who signs, beside a work of a signatory\'s, is who is asked about, in lower case too → never the work\'s author', () => {
    expect(ask("i'm writing about the people behind the matrix. did meryl streep sign the letter?")).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'meryl streep' });
    expect(ask('la créatrice de Fleabag a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Phoebe Waller-Bridge' });
  });
  it('names joined to one set aside ("other than X and Y", "à part X et Y") are set aside too → never a verdict on the last', () => {
    expect(ask('Has anyone other than Ben Stiller and Mark Ruffalo signed?')).not.toMatchObject({ mode: 'signatory' });
    // A comma alone ends the exception: the name after it is the one asked about, never set aside with Stiller.
    expect(ask('Other than Ben Stiller, did Tom Hanks sign it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    expect(ask('à part Ruffalo et Stiller, qui a signé ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Which film directors signed, beyond Ron Howard and Taika Waititi?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    // A name in the question's own clause, after the one set aside, is still asked about.
    expect(ask('Apart from Ben Stiller, did Mark Ruffalo sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Mark Ruffalo' });
  });
  it('a name typed as a topic before a colon, then a noun of signing → the verdict on that name, not on a signatory naming the letter', () => {
    expect(ask('keanu reeves: a signatory of the Stiller letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'keanu reeves' });
  });
  it('a count said of the signers before "who signed" is a premise to correct, whatever else is asked of them', () => {
    expect(ask('Doing a piece on the 70 actors who signed the letter: what did they object to?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    expect(ask('les 70 vedettes qui ont signé la lettre, elles réclament quoi ?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
  it('"signed by X": who follows "by" right after the verb is the signer; a thing named before the verb is another thing signed', () => {
    expect(ask('signed by waititi, or not?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'waititi' });
    expect(ask('signé par Natalie Portman, vrai ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Natalie Portman' });
    expect(ask('was the executive order signed by Trump?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a role in brackets right after a name says which one is meant: that person is asked about, no list of the role', () => {
    expect(ask('did Owen Wilson (the actor) sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Owen Wilson' });
    expect(ask('drake (the rapper) signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'drake' });
    expect(ask('did Ruffalo (the actor) sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
    expect(ask('did any actors (the famous ones) sign?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
  });
  it('a role set off by a dash after "on there" says who is meant; "vrai que X a signé" opens what is checked', () => {
    expect(ask('is Owen Wilson on there — the Wedding Crashers actor?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Owen Wilson' });
    expect(ask('Is Ron Howard on there - the Apollo 13 director, I mean?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ron Howard' });
    expect(ask('Est-il exact que Natalie Portman a signé la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Natalie Portman' });
    expect(ask("qu'est-ce que Ruffalo a signé ?")).not.toMatchObject({ mode: 'signatory' });
  });
  it('a question word with a pronoun right after it asks something of the person named, never whether they signed', () => {
    expect(ask('Tell me about Natasha Lyonne: what studio is she building and how did she help set up the letter?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Emma Stone sera notre invitée : pourriez-vous me dire comment elle a rejoint les autres signataires ?')).not.toMatchObject({ mode: 'signatory' });
    // A pronoun alone, with no question word before it, still asks whether they signed.
    expect(ask('Emma Stone, elle a signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
  });
  it('names after "signed by" with a question word before them describe the letter asked about: never "yes, signed"', () => {
    expect(ask('what did the letter signed by Emma Stone and others ask for?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('je voudrais savoir quand est sortie la lettre signée par Natalie Portman et les autres')).not.toMatchObject({ mode: 'signatory' });
    // "est-ce que" and "or not" ask yes or no: still whether they signed.
    expect(ask('Est-ce que la lettre a été signée par Emma Stone ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
    expect(ask('signé par Emma Stone ou pas ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Emma Stone' });
  });
  it('"on the <date> letter" names the letter: who stands before it is asked about', () => {
    expect(ask('emma stone on the march 2025 letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'emma stone' });
    expect(ask("natalie portman on the mar '25 letter, yes or no")).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'natalie portman' });
  });
  it('a signing inside a clause a question word opens, or in a premise beside one, is no "did X sign?"', () => {
    // The clause a question word opens asks something else of the one named earlier.
    expect(ask('Mark Ruffalo joins us tonight, so a quick profile please: what studio is he part of?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Pour le direct, pourriez-vous me dire qui a rédigé cette lettre signée par Mark Ruffalo et bien d’autres ?')).not.toMatchObject({ mode: 'signatory' });
    // A signing said as a premise, beside a clause asking with a question word, in the whole or in any of its parts.
    expect(ask('Given that Mark Ruffalo signed it, which office was the letter sent to?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask("Sachant que la lettre a été signée par Mark Ruffalo et d'autres, pourriez-vous me dire à qui elle était adressée ?")).not.toMatchObject({ mode: 'signatory' });
    // A clause asking yes or no about the signing, or a question word checking it, still asks it.
    expect(ask('We want a singer besides McCartney; did Paul Simon sign, and how sure is that?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Paul Simon' });
    expect(ask('Ruffalo signed, how sure are we?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
    expect(ask('Ruffalo a-t-il signé, et qui a organisé la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
    expect(ask('Ruffalo is on the show tonight: did he sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
    expect(ask('Is Tom Hanks one of the people who signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
  });

  it('"le <chose> de X a été signé": a thing a name owns after "de" is what was signed; X is no one asked about', () => {
    expect(ask("l'accord de Disney a été signé en 2025 ?")).not.toMatchObject({ mode: 'signatory' });
    // Her signature or her name, owned the same way, still ask whether she signed.
    expect(ask('la signature de Natalie Portman est sur la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Natalie Portman' });
    expect(ask('le nom de Natalie Portman figure-t-il parmi les signataires ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Natalie Portman' });
  });

  it('one "signé par un studio", signed by someone unnamed after an article, got a deal: no "did X sign?"', () => {
    expect(ask('Joseph Gordon-Levitt a-t-il été signé par un studio ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('la lettre a-t-elle été signée par Natalie Portman ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Natalie Portman' });
  });

  it('a body named as who signed or backed it ("the Recording Academy", "la Fédération des éditeurs") is no person → declined, never "not on the list"', () => {
    expect(ask('Did the Recording Academy sign the letter?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Did the Songwriters Alliance formally back the letter?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('La Fédération des éditeurs a-t-elle signé la tribune ?')).toMatchObject({ verdict: 'no_answer' });
    // An acronym the data types in capitals, or a role inside a body's name, is a body too; asked of a bill, a fact answers.
    expect(ask('Has the DGA signed it?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("L'union des scénaristes a-t-elle soutenu la lettre ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Did SAG-AFTRA back the NO FAKES Act?')).toMatchObject({ verdict: 'answered', fact: { id: 'no-fakes-act' } });
    // A company's name misspelt is still a company's ("dinsey", "wanrer bros").
    expect(ask('did dinsey sign')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('did wanrer bros sign')).toMatchObject({ verdict: 'no_answer' });
    // A person is still asked about, listed or not.
    expect(ask('Did Jane Doe sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a government office named as who signed or reacted ("the Copyright Office", "le Copyright Office") is a body, no person → never "Office is not on the list"', () => {
    expect(ask('Did the Copyright Office sign?')).toMatchObject({ verdict: 'no_answer' });
    expect(realFacts().ask.ask('Le Copyright Office a-t-il signé ?', 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(
      realFacts().ask.ask("Puisque le rapport du Copyright Office de mai 2025 a validé le fair use sans réserve pour l'entraînement, les signataires ont-ils réagi ?", 'fr'),
    ).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
  });

  it('a verb of content between the one named and the signing is what is asked of them → declined, never a signing verdict', () => {
    expect(ask('Was Cate Blanchett threatened by a studio once she had signed?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Did Anthropic write the signatories a long letter back?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Mark Ruffalo a-t-il été menacé par un studio après avoir signé ?')).toMatchObject({ verdict: 'no_answer' });
    // An aside between them, an adverb of manner, being among the signers, or where one comes from leave the signing asked.
    expect(ask('Cate Blanchett, the Carol actress, did she sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Did Cate Blanchett personally sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Est-ce que Mark Ruffalo figure parmi les signataires ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('Did Paul McCartney from the Beatles sign it?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a question of signatories\' names alone, with "and", "too", "what about" or "yes or no" at most → whether the first named signed', () => {
    expect(ask('Lindelof?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Lindelof' });
    // A name only in an answer's list of names (Ron Howard among the notable signatories) is no subject of its own.
    expect(ask('ron howard yes or no')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ron howard' });
    expect(ask('et ron howard ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ron howard' });
    expect(ask('what about ron howard?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ron howard' });
    expect(ask('ron howard oui ou non')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ron howard' });
    expect(ask('phil lord et chris miller ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'phil lord' });
    // Another word is another question's ("né", "taille"); an "or" between two names asks how one is spelt; a name
    // the facts phrase (the organisers') may ask of their part.
    expect(ask('né Taika Waititi ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Ava Duvernay ou DuVernay ?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('natasha lyonne ?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('chat shorthand "n" between two names joins them as "and" does → the first is answered, the other beside it', () => {
    expect(ask('did cate blanchet n mark rufalo sign tha lettr??')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'cate blanchet', others: ['mark rufalo'] });
    expect(ask('did tom hanks n ben stiller sign the letter')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks', others: ['ben stiller'] });
    // French "n'" stands before a verb, never between names: the one name is still who is asked about.
    expect(realFacts().ask.ask("Cate Blanchett n'a pas signé ?", 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Cate Blanchett' });
  });

  it('Québec chat "pi" (puis) between two names joins them as "et" does → the first is answered, never only the second', () => {
    expect(realFacts().ask.ask('mark rufalo pi tom hanks ont signé ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'mark rufalo', others: ['tom hanks'] });
  });

  it('a name said to be "in" (or "dans") the letter, a form of "be" beside it and nothing asked of its text → whether they signed', () => {
    expect(ask('was Tom Hanks in the March letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    expect(ask('Was Ayo Edebiri in the letter too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ayo Edebiri' });
    expect(ask('Tom Hanks was in the letter, or not?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    expect(realFacts().ask.ask('scarlett johansson était dans la lettre de mars ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'scarlett johansson' });
    expect(realFacts().ask.ask('Omar Sy est dans la lettre ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Omar Sy' });
    // "In the letter" of its text: what it says, named or valued in it, or about something.
    expect(ask('Is Trump named in the letter?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('was the 230 billion figure in the letter?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('was Stiller in the letter about AI training?')).not.toMatchObject({ mode: 'signatory' });
    // Someone the letter is asked to name, no signatory: whether it names them.
    expect(ask('is Trump in the letter?')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'trump-named' } });
    expect(realFacts().ask.ask('Trump est dans la lettre ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'trump-named' } });
  });

  it('co-signing (typed "co-sign", "cosigned", "cosigné", "cosignataire") is signing → whether the one named signed', () => {
    expect(ask('did Sam Altman co-sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Sam Altman' });
    expect(ask('Screenshot claims Sam Altman co-signed the Hollywood letter. Is he on it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Sam Altman' });
    expect(ask('did Ben Stiller cosign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(realFacts().ask.ask('Ben Stiller a cosigné la lettre ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(realFacts().ask.ask('Sam Altman est cosignataire ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Sam Altman' });
    // A company co-signing is no one's signing.
    expect(ask('did Google co-sign the letter?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a hedge ("by any chance", "par hasard") beside names alone asks nothing more → whether the first named signed', () => {
    expect(ask('and Ben Stiller, by any chance?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ben Stiller' });
    expect(ask('Tom Hanks by any chance?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    expect(realFacts().ask.ask('Et Elon Musk, par hasard ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Elon Musk' });
    // The letter's own "par hasard" in a question of its text is still that text.
    expect(realFacts().ask.ask("la citation exacte sur l'amérique qui est pas devenue une puissance culturelle par hasard", 'fr')).toMatchObject({ mode: 'quote', fact: { id: 'soft-power' } });
  });
});

describe('/ask: a signing asked of whom an opening names, or set against being quoted', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('an opening of purpose that names someone ("for a profile of X:") before "did she sign?" names who is asked about → the signatory verdict, never the count', () => {
    expect(ask('for a profile of helen mirren: did she ever put her name on the hollywood letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('for a feature on Olivia Wilde and her films: did she sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Olivia Wilde' });
    // An opening of purpose that names no one is still dropped: what follows is the question.
    expect(ask('for the evening bulletin: who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('being quoted offered after "or" as the other side of a named person\'s signing asks whether they signed → the signatory verdict, no quote', () => {
    expect(ask('Cynthia Erivo: did she sign it, or was she only quoted in coverage?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Cynthia Erivo' });
    expect(realFacts().ask.ask('Ron Howard a-t-il signé, ou a-t-il juste été cité dans la presse ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    // A request for the letter's words with no signing asked is still a quote.
    expect(ask('quote the letter on national security')).toMatchObject({ mode: 'quote' });
  });
});

describe('/ask: a figure typed for a word a few words after its verb; a count of another text\'s signers', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"2" a few words after a verb whose phrase goes on with "to" ("send … 2"), before a name or a word no dictionary knows, is "to"', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(lexicon.unshortened('did google send its filing 2 whitehouse')).toBe('did google send its filing to whitehouse');
    expect(lexicon.unshortened('who sent the letter 2 Trump')).toBe('who sent the letter to Trump');
    // Before a word a dictionary knows, the figure may count it ("sent their 2 letters"): kept.
    expect(lexicon.unshortened('they sent their 2 letters to the agency')).toBe('they sent their 2 letters to the agency');
    expect(ask('did google send its filing 2 whitehouse')).not.toMatchObject({ mode: 'number' });
  });

  it('a count of signers beside the title another fact\'s topic quotes ("Stealing Isn\'t Innovation") counts that text\'s → that fact, never the letter\'s count', () => {
    expect(ask("Did Stealing Isn't Innovation really draw 750 supporters who signed?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
    expect(ask("Stealing Isn't Innovation: 700 signatories, is that right?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
    expect(realFacts().ask.ask("« Stealing Isn't Innovation » a récolté 900 signatures ?", 'fr')).not.toMatchObject({ fact: { id: 'signatory-count' } });
    // Without the title, a count of signers is still the letter's.
    expect(ask('did 900 people sign the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
});

describe('/ask: a count of signers the letter\'s count gives, in a question of where to find them', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"somewhere" ("quelque part") beside a count of signers asks where they are listed, as "where" does → the full text and list, never the count checked', () => {
    expect(ask('is the full list of the 400 signatories online somewhere?')).toMatchObject({ verdict: 'answered', fact: { id: 'full-text-and-list' } });
    expect(realFacts().ask.ask('la liste complète des 400 signataires est publiée quelque part ?', 'fr')).not.toMatchObject({ fact: { id: 'signatory-count' } });
    // The count alone, asked to be checked, is still checked.
    expect(ask('400 signatures, is that right?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
});

describe('/ask: a name never runs across the end of a sentence or a spaced dash', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a surname ending one sentence and a capital opening the next are two words, not one unknown name → the signatory is asked about', () => {
    expect(ask('Viral post lists Ruffalo. Genuine signatory or padding?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
    expect(ask('A meme includes Stiller. Real signer or fake?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Stiller' });
  });

  it('a surname set off by a dash, the signatory\'s own first name after it and a namesake\'s ruled out ("not Lana") → the signatory, never the namesake', () => {
    expect(ask('Wachowski — Lilly, not Lana — on the list?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Wachowski' });
  });

  it('a namesake\'s first name after the dash, the signatory\'s ruled out ("Jake, not Maggie") → the namesake is asked about, never the signatory', () => {
    expect(ask('Gyllenhaal — Jake, not Maggie — on the list?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Jake Gyllenhaal' });
    expect(ask('Wachowski — Lana, not Lilly — did she sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Lana Wachowski' });
  });

  it('the full stop of an initial or a short abbreviation is part of the name, no sentence\'s end ("St. Vincent" is not "Vincent")', () => {
    expect(ask('did St. Vincent sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'St Vincent' });
    expect(ask('Mr. Stiller signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Mr Stiller' });
  });
});

describe('/ask: the work a role is "of" is no first name of a namesake', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a capitalised title after "of", right before the verb, with the signatory\'s surname in the next sentence → the signatory, never "<title> <surname>" as not listed', () => {
    expect(ask('Did the director of Selma sign? DuVernay, I believe')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'DuVernay' });
    // A first name typed right before the verb is still the namesake's.
    expect(ask('wachowski - did lana sign too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'lana wachowski' });
  });
});

describe('/ask: which one of a surname\'s bearers signed', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"which" before the surname, before "one" or as "laquelle des deux" → the signatory bearing it', () => {
    expect(ask('Wachowski signed — which one?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Wachowski' });
    expect(ask('which Wachowski signed, Lana or Lilly')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Wachowski' });
    expect(ask('Gyllenhaal signed - but which one, Maggie or Jake?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Gyllenhaal' });
    expect(ask('Wachowski sur la liste, mais laquelle des deux ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Wachowski' });
  });

  it('not a question word that asks something else of the signing, nor a full name of someone else beside it', () => {
    expect(ask('why did Wachowski sign?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('which Wachowski film came out first, and did Jake Gyllenhaal sign?')).not.toMatchObject({ person: 'Wachowski' });
  });
});

describe('/ask: another letter after "or" is the other answer, no thing signed', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"did X put his name to it or was that a different letter?" asks whether X signed this one → the signatory verdict', () => {
    expect(ask('Did Ruffalo put his name to it or was it a different letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    // Another letter signed, no "or" before it: still no question about this letter's list.
    expect(ask('Did Ruffalo sign another letter?')).not.toMatchObject({ mode: 'signatory' });
  });
  it('a French question word of counting asked in place ("…signée par combien de personnes ?") asks how many, never whether the one named signed', () => {
    for (const q of ['la tribune signée par Cate Blanchett, elle a réuni combien de signataires ?', 'Et la lettre de Ben Stiller, elle a été signée par combien de personnes ?']) {
      expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
    }
    expect(ask('Cate Blanchett a-t-elle signé la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
  it('signing "any" petition or letter asks of any text of the kind, not this letter → no verdict on its list', () => {
    for (const q of ['Has Fela Kuti ever signed any anti-AI petition?', 'did Tom Hanks sign any open letter about AI?']) {
      expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
    }
    // The letter itself, named with its article, is still asked about; so is "a letter on AI", which may describe it.
    expect(ask('did Tom Hanks sign the petition?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(ask('did Tom Hanks sign a letter on AI?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
  it('a right count of signers beside a claim of something else named ("les 400 signataires visaient Microsoft") checks the claim, not the count', () => {
    expect(ask('les 400 signataires visaient surtout Microsoft et Amazon, non ?')).not.toMatchObject({ fact: { id: 'signatory-count' } });
    // The count alone, checked, is still the counting fact's.
    expect(ask('Un tweet parle de 400 signataires, c\'est exact ?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
});
