import { realFacts } from '../../helpers/core';

/** Comparisons in time: which event each side names, when the side leaves it to the rest of the question. */
describe('/ask comparisons: a side read with the rest of the question', () => {
  const events = (q: string, lang: 'en' | 'fr' = 'en'): string[] => {
    const o = realFacts().ask.ask(q, lang);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };

  it('a second side of the same kind as the first, with no start or end of its own, takes the first one\'s end', () => {
    const ends = ['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends'];
    expect(events("Did the SAG-AFTRA walkout end before or after the writers' strike?")).toEqual(ends);
    expect(events("Did the actors' strike finish before or after the WGA strike?")).toEqual(ends);
    expect(events('La grève des acteurs a-t-elle pris fin avant ou après la grève des scénaristes ?', 'fr')).toEqual(ends);
    // A first side without its phase is still the start: when the actors struck.
    expect(events("the actors' strike, before the writers' one ended?")).toEqual(['2023-07-14-sag-aftra-strike', '2023-09-27-wga-strike-ends']);
  });

  it('names joined on one side whose events fall on one day ("OpenAI/Google") are measured by the event picked for them, not left short of the others', () => {
    const filings = ['2025-03-13-openai-submission', '2025-03-15-letter-submitted'];
    expect(events('how many days between the OpenAI/Google filings and the letter?')).toEqual(filings);
    expect(events('did openai and google file before the letter?')).toEqual(filings);
    expect(events('OpenAI et Google ont-ils déposé avant la lettre ?', 'fr')).toEqual(filings);
  });

  it('two names joined by "and" with their "of" repeated ("d\'OpenAI et de Google") stand for one day as two bare names do, the first name\'s event picked', () => {
    const filings = ['2025-03-13-openai-submission', '2025-03-15-letter-submitted'];
    expect(events('the letter, before or after the filings of OpenAI and of Google?')).toEqual(filings);
  });

  it('a side that is only "the signing" against a thing named by its number is that thing\'s signing, not the letter\'s filing', () => {
    const order = ['2025-01-23-eo-14179-signed', '2025-01-31-eo-14179-published'];
    expect(events('How many days after the signing was EO 14179 published in the Federal Register?')).toEqual(order);
    // "les signataires" are the letter's signers: their side stays the letter's filing.
    expect(events('le décret 14179 a-t-il été signé avant ou après la lettre des signataires ?', 'fr')).toEqual(['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']);
  });

  it('a unit of time a few words before "between", its "how many" lost or never typed, asks the time between the two things', () => {
    expect(events("weeks passed between the letter and Trump's Action Plan?")).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
    expect(events('days went by between the WGA strike ending and the SAG-AFTRA one ending?')).toEqual(['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends']);
    expect(events("semaines se sont écoulées entre le décret 14179 et l'appel à commentaires ?", 'fr')).toEqual(['2025-01-23-eo-14179-signed', '2025-02-06-ai-action-plan-rfi']);
    // "between" with no unit of time before it sets two things side by side, not in time.
    expect(realFacts().ask.ask("What's the difference between OpenAI's and Google's comments?", 'en')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'responds-to-openai-google' } });
  });

  it('two things joined by "and" before a span of time asked that closes the question ("A and B, how long?") are set against each other', () => {
    expect(events('the letter and the Action Plan release, how long?')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
    expect(events("Google's filing and the letter, how many days?")).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
    expect(events('signature du décret 14179 et sa publication au Federal Register, combien de jours ?', 'fr')).toEqual(['2025-01-23-eo-14179-signed', '2025-01-31-eo-14179-published']);
    // After a question word of its own the "and" joins two questions, not two things: the strikes' fact answers both.
    expect(realFacts().ask.ask('Les grèves de 2023 à Hollywood : qui a débrayé, et pendant combien de temps ?', 'fr')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'strikes-2023' } });
  });

  it('a question that opens on "between A and B" and asks nothing else asks the time between them', () => {
    expect(events("Entre la lettre et l'article de BFMTV, il s'est écoulé", 'fr')).toEqual(['2025-03-15-letter-submitted', '2025-03-19-bfmtv-article']);
    expect(events('Between the OpenAI filing and the letter?')).toEqual(['2025-03-13-openai-submission', '2025-03-15-letter-submitted']);
    expect(events('entre la décision Bartz et la décision Kadrey, combien ?', 'fr')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    // A question word of its own asks something else of the two: no comparison.
    expect(events('Entre OpenAI et Google, qui a parlé de la Chine ?', 'fr')).toEqual([]);
  });

  it('two things joined by "and" before a "which" four words from its cue ("which ruling came down first", "lequel a été jugé en premier") are set against each other; an "and" in an earlier sentence is not', () => {
    const rulings = ['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling'];
    expect(events('Bartz v. Anthropic and Kadrey v. Meta, which ruling came down first and by how much?')).toEqual(rulings);
    expect(events('Kadrey contre Meta et Bartz contre Anthropic, lequel a été jugé en premier ?', 'fr')).toEqual(rulings);
    expect(realFacts().ask.ask("We're doing a media-coverage sidebar, and the letter was filed on a weekend. Which outlets reported it first, and on what day?", 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
  });

  it('a yes/no question of an unnamed thing ("anything", "something") before a lone "after" asks what came then, no comparison; a thing named there still compares', () => {
    expect(events('did the copyright office put out anything on ai training after the letter')).toEqual([]);
    expect(realFacts().ask.ask('did the copyright office put out anything on ai training after the letter', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
    expect(events('did the Action Plan come out after the letter?')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });

  it('the unnamed thing asks what came then even when the letter\'s filing is said after the cue ("after the letter went in") → the fact, no comparison', () => {
    const q = 'did the Copyright Office put out anything on training and fair use after the letter went in';
    expect(events(q)).toEqual([]);
    expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
    expect(events('did the Copyright Office report come out after the letter went in?')).toEqual(['2025-03-15-letter-submitted', '2025-05-09-copyright-office-ai-report']);
  });

  it('a statement before the sentence that asks compares nothing asked when that sentence compares by a cue of its own', () => {
    const ends = ['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends'];
    // "reached a deal before the actors" would set the writers' deal against the actors' strike end.
    expect(events("The writers reached a deal before the actors did. How many days after the WGA strike ended did SAG-AFTRA's end?")).toEqual(ends);
    // A statement with no cue leaves the question read whole, its "that" standing for the statement's thing.
    expect(events('The letter went in on March 15. How long after that did the Action Plan come out?')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });
});

/** A comparison that names a thing the story does not hold: the events its other words find are someone else's. */
describe('/ask comparisons: a side naming what the data does not know', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('a company no fact or event names, typed in lower case, on one side → declined, never another case of the kind', () => {
    expect(ask("le plan IA est-il sorti avant ou après la décision dans l'affaire Kadrey contre mistral ?", 'fr')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a name typed with a capital that no fact or event knows, beside a case the timeline holds → declined', () => {
    expect(ask('Which came first: the ruling in Kadrey v Mistral or the AI Action Plan?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('the story\'s own names, a misspelt one included, still compare (a slip inside a title is no unknown name)', () => {
    expect(ask('Was Hayden dismissed before or after Perlmutter?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask('Did Antropic settle before Midjourney was sued?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask("Was the Stealing Isn't Innovaton campaign launched before or after the Disney-OpenAI deal?")).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });
});

describe('/ask comparisons: "same week" asks of one span as "same day" does', () => {
  const events = (q: string, lang: 'en' | 'fr' = 'en'): string[] => {
    const o = realFacts().ask.ask(q, lang);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };

  it('the words of one week are no word of either side ("same week" is no event\'s "week")', () => {
    const rulings = ['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling'];
    expect(events('Bartz and Kadrey rulings, same week? which landed first')).toEqual(rulings);
    expect(events('Bartz et Kadrey, la même semaine ?', 'fr')).toEqual(rulings);
  });
});

describe('/ask comparisons: words that ask the time, not the thing', () => {
  const events = (q: string, lang: 'en' | 'fr' = 'en'): string[] => {
    const o = realFacts().ask.ask(q, lang);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };

  it('a "how many" asked inside a side ("…et de combien ?", "il y a eu combien ?") names no event: the side is read without it', () => {
    expect(events("Le décret 14179 a-t-il été signé avant la parution du plan d'action, et de combien ?", 'fr')).toEqual(['2025-01-23-eo-14179-signed', '2025-07-23-ai-action-plan-released']);
    expect(events("Stargate a-t-il été annoncé avant le décret 14179, et de combien ?", 'fr')).toEqual(['2025-01-21-stargate-announced', '2025-01-23-eo-14179-signed']);
    expect(events("Entre la lettre et la publication du plan d'action, il y a eu combien ?", 'fr')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });

  it('"écoulé", as "passé", only says time went by ("il s\'est écoulé combien de jours"): no word of the thing before it', () => {
    expect(events("Entre l'appel à commentaires et la lettre, il s'est écoulé combien de jours ?", 'fr')).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
    expect(events("Entre l'annonce de Stargate et le décret 14179, il s'est écoulé combien de jours ?", 'fr')).toEqual(['2025-01-21-stargate-announced', '2025-01-23-eo-14179-signed']);
  });

  it('"those two submissions" after the cue points back to the two things named before it ("A, then B. How many days apart…?"): no third thing to set against them', () => {
    const filings = ['2025-03-13-openai-submission', '2025-03-15-letter-submitted'];
    expect(events('OpenAI filed its comment, then the letter went in. How many days apart were those two submissions?')).toEqual(filings);
    expect(events('OpenAI a déposé son commentaire, puis la lettre est partie. Combien de jours séparent ces deux dépôts ?', 'fr')).toEqual(filings);
  });

  it('people who "went out" ("before the actors went out") is their walkout, a strike\'s start; a letter that went out is still sent', () => {
    const walkout = ['2023-07-14-sag-aftra-strike', '2023-09-27-wga-strike-ends'];
    expect(events('had the WGA strike already ended before the actors went out?')).toEqual(walkout);
    expect(events('was the writers\' strike finished by the time the actors went out?')).toEqual(walkout);
    expect(events('did the Copyright Office report come out after the letter went out?')).toEqual(['2025-03-15-letter-submitted', '2025-05-09-copyright-office-ai-report']);
  });
});
