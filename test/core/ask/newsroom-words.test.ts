import { realFacts } from '../../helpers/core';

describe('/ask engine: words newsrooms type for what the facts say (concepts.json)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    'Quand est-ce que Shira Perlmutter a été remerciée ?',
    'Perlmutter a été mise à la porte à quelle date ?',
    'Carla Hayden, elle a été mise à la porte quand ?',
  ])('"%s": "remerciée", "mise à la porte" say she was fired → the dismissals of May 2025', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
  });

  it('"when was X pushed out?" asks when X was fired → the dismissals, not a choice with her lawsuit', () => {
    expect(ask('when was Shira Perlmutter pushed out?')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
  });

  it('"je vous remercie" thanks the bot: no word of firing, nothing answered', () => {
    expect(ask('Bonjour, je vous remercie par avance pour votre aide.')).not.toMatchObject({ verdict: 'answered' });
  });

  it('"c\'est lié ?" asks how a campaign relates to the letter → that campaign', () => {
    expect(ask("Stealing Isn't Innovation, c'est lié à la lettre ou pas ?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
  });

  it.each(['whose idea was the letter?', 'whose idea was it, the Hollywood letter?', 'qui a tenu la plume de cette lettre ?'])(
    '"%s" asks who organised it → the organisers',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    },
  );

  it('a weekday owning the noun after it ("for Monday\'s issue") is the asker\'s edition, no date of the letter to correct', () => {
    expect(ask("For Monday's issue, who organised the letter?")).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'organisers' } });
    const friday = ask("For Friday's issue, who organised the letter?");
    expect(friday).not.toMatchObject({ fact: { id: 'submission-date' } });
    // A day said of the letter itself is still corrected.
    expect(ask('was the letter published on a Thursday?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('newsroom jargon around a question ("lower third", "irony angle") weighs nothing: the question is answered', () => {
    expect(ask('need a name for the lower third: whose idea was the AI letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask("someone in Slack says Lyonne runs an AI studio, what's the company? feels like an irony angle")).toMatchObject({ verdict: 'answered', fact: { id: 'asteria-film' } });
  });
});

describe('/ask engine: signing typed in a hurry', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['did mark ruffalo sgn the ai lettr??', 'mark ruffalo sined rite', 'did mark ruffalo sighned it?', 'mark ruffalo a siné la lettr ?'])(
    '"%s": "sgn", "sined", "lettr", "rite" read as "sign", "signed", "letter", "right" → whether he signed is asked',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'mark ruffalo' });
    },
  );

  it('someone absent from the list asked so gets the lookup of that name (the list says whether), not a fact', () => {
    expect(ask('did tom hanks sgn the ai lettr??')).toMatchObject({ mode: 'signatory', person: 'tom hanks' });
    expect(ask('tom hanks sined rite')).toMatchObject({ mode: 'signatory', person: 'tom hanks' });
  });
});

describe('/ask engine: a letter "landing at" its recipient is its sending', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const compared = (q: string): string[] => {
    const out = ask(q);
    return out.verdict === 'answered' && out.mode === 'compare' ? out.events.map((e) => e.id).sort() : [];
  };

  it('"…and the letter landing at OSTP" is the letter submitted → compared with the order signed', () => {
    expect(compared('how long between Trump signing the AI executive order and the letter landing at OSTP?')).toEqual(['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']);
  });

  it('"the letter landing at OSTP and the Action Plan coming out" → the letter submitted and the plan released', () => {
    expect(compared('how many days between the letter landing at OSTP and the Action Plan coming out?')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });
});

describe('/ask engine: formal French verbs for what is asked (concepts.json)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['combien de signataires compte-t-on au juste ?', 'Bonjour, je boucle ma page culture : combien de signataires compte cette lettre, déjà ?'])(
    '"%s": "compte-t-on", "compte cette" count → the number of signatories',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    },
  );

  it('"met-elle en cause" names whom the letter targets → its answer to OpenAI and Google', () => {
    expect(ask('quelles entreprises la lettre met-elle en cause ?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('"instance" is a body (an agency) the letter was addressed to → its recipient', () => {
    expect(ask("à quelle instance exacte la lettre des personnalités d'Hollywood a-t-elle été adressée ?")).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });
});

describe('/ask engine: "in our text", "our script says": the asker\'s own copy, no word of the story (concepts.json chatter)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a figure the asker\'s text gives, then "is this figure correct?" → the figure checked against the letter', () => {
    expect(ask('In our text we have 240 billion dollars of wages per year. Is this figure correct?')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
  });

  it('"wahala" (Pidgin: trouble) reads as a word of trouble → the backlash it names', () => {
    expect(ask('Sora 2 wahala: how did the studios react?')).toMatchObject({ verdict: 'answered', fact: { id: 'sora-2-backlash' } });
  });
});

describe('/ask engine: a count of the answer\'s own form ("in 3 bullets") is no figure of the story (formatUnits)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ["the signatories' asks in 3 bullets please", 'demands'],
    ["google's argument in 2 sentences", 'google-argument'],
  ])('"%s" → %s, never a figure to check', (q, id) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id } });
  });

  it('formatCounts drops the count only before a word of form', () => {
    const lexicon = realFacts().ask.lexicon;
    expect(lexicon.formatCounts('in 2 or 3 bullet points')).toBe('in bullet points');
    expect(lexicon.formatCounts('en 2 lignes stp')).toBe('en lignes stp');
    expect(lexicon.formatCounts('in 2023 the writers struck')).toBe('in 2023 the writers struck');
  });
});

describe('/ask engine: "bring up", "drag into" say the letter mentions something (concepts.json mention)', () => {
  it('"does the letter bring up any other professions?" → the other industries it names', () => {
    expect(realFacts().ask.ask('does the letter bring up any other professions?', 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'other-industries' } });
  });
});

describe('/ask engine: "the precise line", "the line that…" ask for the letter\'s own words (quote cue)', () => {
  it.each(['give me the precise line that lists doctors and architects', 'the line where the letter lists the other professions, please'])('"%s" → the quote of the other industries', (q) => {
    expect(realFacts().ask.ask(q, 'en')).toMatchObject({ verdict: 'answered', mode: 'quote', fact: { id: 'other-industries' } });
  });
});
