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

  it('a statement before the sentence that asks compares nothing asked when that sentence compares by a cue of its own', () => {
    const ends = ['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends'];
    // "reached a deal before the actors" would set the writers' deal against the actors' strike end.
    expect(events("The writers reached a deal before the actors did. How many days after the WGA strike ended did SAG-AFTRA's end?")).toEqual(ends);
    // A statement with no cue leaves the question read whole, its "that" standing for the statement's thing.
    expect(events('The letter went in on March 15. How long after that did the Action Plan come out?')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });
});
