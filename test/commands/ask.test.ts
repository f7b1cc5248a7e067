import { realDispatcher, realFacts, run } from '../helpers/core';

const dispatcher = realDispatcher();

describe('/ask', () => {
  it('how many people signed? → English answer with sources', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'how many people signed?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', lang: 'en', fact: 'signatory-count' });
    expect(reply.text).toMatch(/400/);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('combien de signataires ? → French answer even for an English-speaking user', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'combien de signataires ?' }, 'en');
    expect(reply.data).toMatchObject({ verdict: 'answered', lang: 'fr' });
    expect(reply.title).toBe('Réponse');
    expect(reply.text).toMatch(/400/);
  });

  it("a 'did you mean' on a first name alone reads as sentences in `answer`: no full stop after the question mark", async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'did paul sign?' });
    expect(reply.data).toMatchObject({ verdict: 'clarify', mode: 'signatory' });
    expect((reply.data as { answer: string }).answer).toMatch(/^Did you mean…\? A first name/);
    const { reply: signed } = await run(dispatcher, 'ask', { question: 'did Macca sign the letter?' });
    expect((signed.data as { answer: string }).answer).toMatch(/^Yes: Paul McCartney is among the signatories\. Paul McCartney/);
    // "Sir Paul" is the press's name for McCartney (data/concepts.json, titledSurnames): a verdict, not "which Paul?".
    const { reply: titled } = await run(dispatcher, 'ask', { question: 'did sir paul sign?' });
    expect((titled.data as { answer: string }).answer).toMatch(/^Yes: Paul McCartney is among the signatories\./);
  });

  it('lang overrides the detected language', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'how many people signed?', lang: 'fr' });
    expect(reply.data).toMatchObject({ lang: 'fr' });
    expect(reply.title).toBe('Réponse');
  });

  it('a wrong value of the story (the Senate as recipient) → the true one, framed as a correction', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'La tribune a-t-elle été transmise au Sénat ?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', lang: 'fr', fact: 'recipient', correction: 'recipient' });
    expect(reply.text).toMatch(/^Pas tout à fait : /);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('an answer that uses the letter’s words marks them as a quote', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'what is the main message of the letter?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', fact: 'main-message', quote: expect.stringContaining('AI leadership') });
    expect(reply.text).toMatch(/^> From the letter: “We firmly believe .+”$/m);
  });

  it('wages figure is the sourced $229 billion', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'how much in wages does the industry pay?' });
    expect(reply.text).toContain('229');
    expect(reply.text).not.toContain('230');
  });

  it("off-topic → 'Nothing in our sourced facts answers that', what /ask covers and example questions", async () => {
    const { reply } = await run(dispatcher, 'ask', { question: "what's the weather in Paris?" });
    expect(reply.title).toBe('Nothing in our sourced facts answers that');
    expect(reply.text).toContain('March 2025 Hollywood open letter');
    expect(reply.data).toMatchObject({ verdict: 'no_answer', answer: null, sources: [] });
    expect(reply.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
  });

  it('off-topic in French → the refusal in French', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'quelle est la météo à Paris ?' });
    expect(reply.title).toBe('Rien dans nos faits sourcés ne répond à cette question');
  });

  it('"did Ben sign?" (a first name that is a French stop word too) → "Did you mean…?" with Ben Stiller as a choice, no verdict', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'did Ben sign?' });
    expect(reply.data).toMatchObject({ verdict: 'clarify', mode: 'signatory' });
    expect(reply.choices?.map((c) => c.label)).toEqual(expect.arrayContaining([expect.stringContaining('Ben Stiller')]));
  });

  it('a question about the letter that no fact answers is not told it is off the subject', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'did Trump reply to the letter in April?' });
    expect(reply.data).toMatchObject({ verdict: 'no_answer', answer: null });
    expect(reply.title).toBe('Nothing in our sourced facts answers that');
    expect(reply.title).not.toMatch(/only answer questions about the letter/);
  });

  it('a question pasted with a paragraph of newsroom context (over 200 characters) is read, not refused as too long', async () => {
    const context = 'For tonight’s programme we have booked two guests and the producer is finalising the running order, so ';
    const question = `${context.repeat(3)}when exactly was the letter filed?`;
    expect(question.length).toBeGreaterThan(300);
    const { outcome, reply } = await run(dispatcher, 'ask', { question });
    expect(outcome).not.toBe('user_error');
    expect(reply.data).toMatchObject({ question });
  });

  it.each([[{ question: '' }], [{ question: 'q'.repeat(501) }], [{ question: '<!channel> who signed' }], [{ question: 'who', lang: 'de' }]])('bad input %# → user error', async (options) => {
    expect((await run(dispatcher, 'ask', options)).outcome).toBe('user_error');
  });
});

describe('/ask about a person', () => {
  it('did Paul McCartney sign? → the signatory answer, with sources', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Did Paul McCartney sign?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', lang: 'en', signatory: { verdict: 'signed', match: { name: 'Paul McCartney' } } });
    expect(reply.data!.answer).toMatch(/^Yes: Paul McCartney is among the signatories\./);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('Ben Affleck a-t-il signé ? → not among our names, in French, never "did not sign"', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Ben Affleck a-t-il signé la lettre ?' });
    expect(reply.data).toMatchObject({ lang: 'fr', signatory: { verdict: 'not_listed' } });
    expect(reply.title).toMatch(/^Absent des \d+ noms/);
  });
});

describe('/ask: a question that is only names', () => {
  it('tom hanks?? → not among our names, as /signatory says it', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'tom hanks??' });
    expect(reply.data).toMatchObject({ verdict: 'answered', signatory: { verdict: 'not_listed' } });
    expect(reply.title).toMatch(/^Not among the \d+ names/);
  });

  it('a signatory and someone else → one verdict for each name, never both "signed"', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Phil Lord and Tom Hanks?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', signatory: { verdict: 'signed' }, signatories: [{ verdict: 'signed' }, { verdict: 'not_listed' }] });
    expect(reply.fields.map((f) => f.name)).toEqual(['Phil Lord', 'Tom Hanks']);
    expect(reply.fields[1]!.value).toMatch(/^Not among the \d+ names/);
    expect(reply.text).toMatch(/"Tom Hanks" is not among/);
    expect(reply.tone).toBe('uncertain');
  });

  it('phil lord et chris miller ? → each signatory checked, in French', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'phil lord et chris miller ?' });
    expect(reply.data).toMatchObject({ lang: 'fr', signatories: [{ verdict: 'signed', match: { name: 'Phil Lord' } }, { verdict: 'signed', match: { name: 'Chris Miller' } }] });
    expect(reply.title).toMatch(/^Les 2 noms/);
  });
});

describe('/ask: a signing question about someone else than the signatory it names as context', () => {
  it('alejandro gonzalez inarritu a signé ? cuaron oui mais lui ? → a verdict for each, never only "Cuarón signed"', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'alejandro gonzalez inarritu a signé ? cuaron oui mais lui ?' });
    expect(reply.data).toMatchObject({ lang: 'fr', signatories: [{ verdict: 'not_listed' }, { verdict: 'signed', match: { name: 'Alfonso Cuarón' } }] });
  });
});

describe('/ask: a namesake typed in full beside a signatory gets a verdict of its own', () => {
  it.each([
    ['Is Jake Gyllenhaal on the list or just Maggie?', 'Maggie Gyllenhaal', 'Jake Gyllenhaal'],
    ['Ron Howard oui, mais sa fille Bryce Dallas Howard, elle a signé ?', 'Ron Howard', 'Bryce Dallas Howard'],
    ['did Ron Howard and Bryce Dallas Howard sign?', 'Ron Howard', 'Bryce Dallas Howard'],
    ['Lana Wachowski signed too, or only Lilly?', 'Lilly Wachowski', 'Lana Wachowski'],
  ])('%s → the signatory and the namesake, never a lone "Yes"', async (question, signer, namesake) => {
    const { reply } = await run(realDispatcher(), 'ask', { question });
    expect(reply.data).toMatchObject({ verdict: 'answered', signatories: [{ verdict: 'signed', match: { name: signer } }, { verdict: 'not_listed', query: namesake }] });
    expect(reply.fields.map((f) => f.name)).toEqual([signer, namesake]);
  });

  it.each([
    ['did jake gyllenhaal sign it or was it only his sister', 'jake gyllenhaal', 'Maggie Gyllenhaal'],
    ['Stella McCartney elle a signé comme son père ?', 'Stella McCartney', 'Paul McCartney'],
  ])('%s → the namesake asked about first, then the one of the family who signed', async (question, namesake, signer) => {
    const { reply } = await run(realDispatcher(), 'ask', { question });
    expect(reply.data).toMatchObject({ verdict: 'answered', signatories: [{ verdict: 'not_listed', query: namesake }, { verdict: 'signed', match: { name: signer } }] });
  });

  it('Did Jake Gyllenhaal sign? (no word of kin) → his verdict alone', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Did Jake Gyllenhaal sign?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', signatory: { verdict: 'not_listed' } });
    expect((reply.data as { signatories?: unknown }).signatories).toBeUndefined();
  });

  it.each(['Le Beatle Paul McCartney a signé la lettre ?', "L'interprète de Wicked, Cynthia Erivo, est bien signataire ?", 'Phil Lord (le duo Lord & Miller) a-t-il signé la lettre ?', 'Le réalisateur de Roma, Cuarón, il a-tu signé?'])(
    '%s → one verdict: a work or a band typed before a name is no namesake',
    async (question) => {
      const { reply } = await run(realDispatcher(), 'ask', { question });
      expect(reply.data).toMatchObject({ verdict: 'answered', signatory: { verdict: 'signed' } });
      expect((reply.data as { signatories?: unknown }).signatories).toBeUndefined();
    },
  );
});

describe('/ask: questions about signing that are not about one person', () => {
  it.each([
    ['How many Hollywood figures signed the open letter?', 'signatory-count'],
    ['What executive order did Trump sign in January 2025?', 'executive-order-14179'],
  ])('%s → the fact %s, not a name lookup', async (question, fact) => {
    const { reply } = await run(realDispatcher(), 'ask', { question });
    expect(reply.data).toMatchObject({ verdict: 'answered', fact });
  });

  it('Did Stiller sign? → a surname that matches one signatory is checked', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Did Stiller sign?' });
    expect(reply.data).toMatchObject({ signatory: { verdict: 'signed', match: { name: 'Ben Stiller' } } });
  });
});

describe('/ask: yes/no questions about someone not in the list', () => {
  it('Did Trump sign the letter? → not among our names (never "did not sign")', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Did Trump sign the letter?' });
    expect(reply.data).toMatchObject({ signatory: { verdict: 'not_listed', query: 'Trump' } });
    expect(reply.title).toMatch(/^Not among the \d+ names/);
  });
});

describe('/ask answer modes', () => {
  const facts = realFacts();

  it('two or three close facts → "Did you mean…?" with those questions as choices, never a guess', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'what did they argue?' });
    expect(reply.title).toBe('Did you mean…?');
    expect(reply.data).toMatchObject({ verdict: 'clarify', mode: 'fact', answer: null });
    const candidates = reply.data!.candidates as { fact: string; question: string }[];
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    expect(candidates.length).toBeLessThanOrEqual(3);
    expect(reply.choices).toEqual(candidates.map((c) => ({ label: c.question, command: 'ask', options: { question: c.question, lang: 'en' }, kind: 'suggestion' })));
    expect(reply.data!.confidence).toBeLessThan(0.6);
  });

  it.each(['en', 'fr'] as const)('every fact’s own first question (%s) answers that fact: a picked choice answers exactly it', async (lang) => {
    for (const fact of facts.facts) {
      const { reply } = await run(dispatcher, 'ask', { question: fact.questions[lang][0]!, lang });
      expect({ q: fact.questions[lang][0], data: reply.data }).toMatchObject({ data: { verdict: 'answered', fact: fact.id, confidence: 1 } });
    }
  });

  it('which filmmakers signed? → the directors in our list, weak ones marked, with the list’s limits', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'which filmmakers signed?' });
    const directors = facts.signatories.filter((s) => s.roles.includes('director'));
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director', signatories: directors.map((s) => s.id).sort((a, b) => Number(facts.signatory(a)!.confidence === 'weak') - Number(facts.signatory(b)!.confidence === 'weak')) });
    for (const d of directors) expect(reply.text).toContain(d.name);
    expect(reply.text).toMatch(/full list is not public/);
  });

  it('quelles chanteuses ont signé ? → the musicians, in French', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'quelles chanteuses ont signé ?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician', lang: 'fr' });
    expect(reply.title).toBe('Signataires connus comme musiciens et chanteurs');
  });

  it('did Google file before or after the letter? → both dated events, oldest first, with sources', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'did Google file its proposal before or after the letter?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect([...(reply.data!.events as string[])].sort()).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
    expect(reply.text).toMatch(/13 March 2025\) came 2 days before .+\(15 March 2025\)/);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('the exact words about licenses → the letter’s sentence in quotation marks, first, with its sources', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'what are the exact words of the letter about licenses?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'quote', fact: 'demands', quote: expect.stringContaining('negotiating appropriate licenses') });
    expect(reply.text.split('\n')[0]).toMatch(/^> From the letter: “There is no reason/);
  });

  it('a quote request that repeats the letter’s own words → that sentence, whatever else it says', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: "give me the sentence with 'cultural powerhouse' in it" });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'quote', fact: 'soft-power', quote: expect.stringContaining('cultural powerhouse by accident') });
    expect(reply.text.split('\n')[0]).toMatch(/^> From the letter: “America didn’t become/);
  });

  it('words of a letter quote no fact carries → that very quote, with the fact whose answer cites it', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'quote the letter on respect for IP and copyright' });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'quote', fact: 'soft-power', quote: expect.stringContaining('fundamental respect for IP and copyright') });
    expect(reply.text.split('\n')[0]).toMatch(/^> From the letter: “Our success stems/);
  });

  it('exact words of someone other than the letter → says we hold none, then the paraphrase, never a letter quote', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: "Quote Google's filing" });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'quote', fact: 'google-argument' });
    expect(reply.data).not.toHaveProperty('quote');
    expect(reply.text.split('\n')[0]).toMatch(/^We hold no exact wording/);
    expect(reply.text).not.toMatch(/From the letter/);
  });

  it('a figure check naming an outlet, not a person → the figure is checked, no signatory verdict', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'the AFP count was 400 signatures, right?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'number', fact: 'signatory-count' });
  });

  it('a figure an outlet reported for the letter’s → checked against the letter, with the reported deviation', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: "BFMTV a écrit 210 milliards d'euros de salaires, d'où ça sort ?" });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'number', deviations: ['wages-230-billion'] });
    expect(reply.text).toMatch(/229/);
  });

  it('the same figure credited to an outlet we hold nothing about → declined', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: "Le Monde a écrit 210 milliards d'euros de salaires, d'où ça sort ?" });
    expect(reply.data).toMatchObject({ verdict: 'no_answer' });
  });

  it('did the co-creator of The Matrix sign? → the signatory known for it, by her knownFor', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'did the co-creator of The Matrix sign?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'signatory', signatory: { verdict: 'signed', match: { name: 'Lilly Wachowski' } } });
  });

  it('did the Beatles sign? → no "signed" for the band because one former member did', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'Did the Beatles sign?' });
    expect(reply.data).not.toMatchObject({ signatory: { verdict: 'signed' } });
  });

  it('was it really $230bn in wages? → $229 billion per the letter, and where 230 came from', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'was it really $230bn in wages?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'number', fact: 'economic-stakes', deviations: ['wages-230-billion'] });
    expect(reply.text).toMatch(/229/);
    expect(reply.text).toMatch(/230/);
  });

  it.each([
    ['did ruffallo sign it', 'Mark Ruffalo'],
    ['est-ce que cate blanchet a signer', 'Cate Blanchett'],
  ])('%s → signed, as /signatory says', async (question, name) => {
    const { reply } = await run(dispatcher, 'ask', { question });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'signatory', signatory: { verdict: 'signed', match: { name } } });
  });

  it.each([
    ['ruffalo on there?', 'Mark Ruffalo'],
    ['Et Cuaron, il y est ?', 'Alfonso Cuarón'],
    ['Paul Simon, signed or not?', 'Paul Simon'],
    ['i heard lindelof signed. can you confirm?', 'Damon Lindelof'],
    ['Did the co-creator of The Martix sign?', 'Lilly Wachowski'],
    ['did any of the Beatles sign?', 'Paul McCartney'],
    ['did a Beatle sign?', 'Paul McCartney'],
  ])('%s → signed: the wording, a typo in a title or a member of a group does not hide the signatory', async (question, name) => {
    const { reply } = await run(dispatcher, 'ask', { question });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'signatory', signatory: { verdict: 'signed', match: { name } } });
  });

  it.each(["Did Lilly Wachowski's sister sign?", 'la sœur de Lilly Wachowski a signé ?', "Is Natasha Lyonne's partner a signatory?"])(
    '%s → never the "signed" of the relative named',
    async (question) => {
      const { reply } = await run(dispatcher, 'ask', { question });
      expect(reply.data).not.toMatchObject({ signatory: { verdict: 'signed' } });
      expect(reply.data).not.toMatchObject({ signatory: { verdict: 'not_listed' } });
    },
  );

  it.each(['hw many ppl signd', 'cb de signataires', 'the Variety piece on the letter?', "Context: updating our copy. Question: did people keep signing after it was filed?"])(
    '%s → no signatory verdict about a word that is no name',
    async (question) => {
      const { reply } = await run(dispatcher, 'ask', { question });
      expect(reply.data).not.toMatchObject({ mode: 'signatory' });
    },
  );

  it.each(['Did Simon Pegg sign?', 'did howard stern sign', 'did rock hudson sign', 'did jefferson airplane sign', 'did the rock sign', 'Did The Rock sign?'])(
    '%s → never the "signed" of a signatory whose surname is only a first name or a nickname here',
    async (question) => {
      const { reply } = await run(dispatcher, 'ask', { question });
      expect(reply.data).not.toMatchObject({ signatory: { verdict: 'signed' } });
    },
  );

  it.each([
    ['lyonne hereslf sign it', 'Natasha Lyonne'],
    ['did chris miller sign', 'Chris Miller'],
  ])('%s → signed: a surname followed by a word of the question, or typed in lower case', async (question, name) => {
    const { reply } = await run(dispatcher, 'ask', { question });
    expect(reply.data).toMatchObject({ verdict: 'answered', mode: 'signatory', signatory: { verdict: 'signed', match: { name } } });
  });

  it.each(['Trump, il y est mentionné ?', 'Disney est dans le lot des entreprises visées ?'])(
    '%s → a cue of the list followed by what is said of the name is no question about signing',
    async (question) => {
      const { reply } = await run(dispatcher, 'ask', { question });
      expect(reply.data).not.toMatchObject({ mode: 'signatory' });
    },
  );

  it('Did Lana Wachowski sign? → not among our names (a shared surname is not a match)', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'Did Lana Wachowski sign?' });
    expect(reply.data).toMatchObject({ mode: 'signatory', signatory: { verdict: expect.stringMatching(/not_listed|ambiguous/) } });
  });

  it.each(['letter', 'how many people died?', 'droits'])('thin "%s" → not answered', async (question) => {
    const { reply } = await run(dispatcher, 'ask', { question });
    expect(reply.data!.verdict).not.toBe('answered');
  });
});
