import { realFacts } from '../../helpers/core';

/** Comparisons in time: never answered by one fact that covers one of the two things compared. */
describe('/ask comparisons: two things set against each other in time', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const oneFact = (q: string): boolean => {
    const o = ask(q);
    return o.verdict === 'answered' && o.mode !== 'compare';
  };
  /** The two events compared, in the question's order; none when not answered by a comparison. */
  const compared = (q: string): string[] => {
    const o = ask(q);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : [];
  };

  it.each([
    'came first — Google\'s proposal or OpenAI\'s submission?',
    'Ce qui s\'est passé en premier : le décret 14179 ou l\'annonce de Stargate ?',
    'which got there first in the end, the Bartz ruling or the Kadrey one?',
    'Stargate announcement before the DeepSeek R1 release?',
  ])('"%s" (a cue and two things named) → compared or not answered, never one fact', (q) => {
    expect(ask(q).parsed.type).toBe('compare');
    expect(oneFact(q)).toBe(false);
  });

  it('a ruling that "est tombée" only happened: "tomber" says no event was published', () => {
    expect(compared('La décision Anthropic ou la décision Meta, laquelle est tombée en premier ?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    expect(compared('Le jugement Bartz est-il tombé avant le jugement Kadrey ?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
  });

  it('where two things are set side by side, one plain word no event uses ("go live") is a side\'s verb, not a thing left unmatched', () => {
    expect(compared('Did the BFMTV write-up go live before the LA Times piece or after?')).toEqual(['2025-03-19-bfmtv-article', '2025-03-18-lat-afp-coverage']);
    // "antérieur ou postérieur", "earlier or later", "d'intervalle": the cue as a whole, not one thing and then another.
    expect(compared("Le règlement d'Anthropic est-il antérieur ou postérieur au plan d'action de juillet ?")).toEqual(['2025-09-05-anthropic-settlement', '2025-07-23-ai-action-plan-released']);
    expect(compared('Was the Kadrey ruling earlier or later than the Bartz one?')).toEqual(['2025-06-25-kadrey-v-meta-ruling', '2025-06-23-bartz-v-anthropic-ruling']);
    expect(compared("La grève des scénaristes a démarré avant ou après celle des acteurs, avec combien de jours d'intervalle ?")).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
    // After a lone "after", the word no event uses is what is asked; a lower-case word that may be a name ("gosling"), or
    // one before what the side names ("the chips act"), is someone or something no event is about: no comparison answered.
    for (const q of ['were more names added after the letter went out?', 'did nvidia shares bounce back after the deepseek crash?', 'was the copyright office report out before or after gosling got the sack?', 'how long between the letter and the chips act coming out?']) {
      expect(ask(q)).not.toMatchObject({ verdict: 'answered', mode: 'compare' });
    }
  });

  it('an "or" in another sentence than the cue sets nothing against anything', () => {
    expect(ask('Lyonne, organiser or not? I need it before my deadline').parsed.type).not.toBe('compare');
  });

  it('a verb of happening or a pronoun after the cue asks what came next, not a comparison', () => {
    expect(ask('What happened after the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'aftermath' } });
    expect(ask('more names came in after it went in?').parsed.type).not.toBe('compare');
  });

  it('a span of time between two things ("weeks between", "combien de temps a-t-il fallu") is a comparison, compared or not answered', () => {
    expect(ask('weeks between the Copyright Office report and the firing of Perlmutter?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask('Combien de temps a-t-il fallu au gouvernement pour publier son plan après la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(oneFact('how long did it take the administration to publish its plan?')).toBe(false);
  });

  it('"entre A et B, il s\'est passé combien de jours ?": a "between" apart from the time asked parts its two things at its "and"', () => {
    expect(compared("Entre la sortie de DeepSeek R1 et l'annonce de Stargate, il s'est passé combien de jours ?")).toEqual(['2025-01-20-deepseek-r1', '2025-01-21-stargate-announced']);
    expect(compared('How many weeks were there between the Bartz ruling and the Kadrey ruling?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    // No time asked: a deal between two parties is no comparison.
    expect(ask('What was agreed between the WGA and the studios?').parsed.type).not.toBe('compare');
  });

  it('a year a comparison gives ("in 2023", "the 2023 strike") dates its events, never leaves its sides short of them', () => {
    expect(compared("In 2023, did the writers' strike end before the actors' strike ended?")).toEqual(['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends']);
    expect(compared("Which 2023 strike began first, the actors' or the writers'?")).toEqual(['2023-07-14-sag-aftra-strike', '2023-05-02-wga-strike']);
    // Their start or their end: still a doubt.
    for (const q of ["which came first in 2023, the writers' strike or the actors'?", "Was the 2023 writers' strike before the actors' strike?"]) expect(ask(q).verdict).not.toBe('answered');
  });

  it('an ordinal in a side ("the first Anthropic ruling", "le premier refus") ranks its event among its kind, no word it must carry', () => {
    const o = ask('Was the Kadrey ruling before or after the first Anthropic fair use ruling?');
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : []).toEqual(['2025-06-25-kadrey-v-meta-ruling', '2025-06-23-bartz-v-anthropic-ruling']);
    // Which ruling was the first is no word of any: a doubt still.
    expect(ask('Did the first fair use ruling come before the Anthropic settlement?').verdict).not.toBe('answered');
  });

  it('a day typed as an ordinal ("on the 13th") dates the events compared; a day none of them has leaves them unanswered', () => {
    const o = ask('On the 13th, which was filed first, the OpenAI comment or the Google one?');
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : []).toEqual(['2025-03-13-openai-submission', '2025-03-13-google-proposal']);
    expect(ask('On the 14th, which was filed first, the OpenAI comment or the Google one?').verdict).not.toBe('answered');
  });

  it('a comparison cut off after its "or" is compared or not answered, never answered by one fact or by the clause after its colon', () => {
    expect(oneFact('Which happened first: the Stargate announcement or')).toBe(false);
    expect(oneFact("Qu'est-ce qui a eu lieu d'abord : le rapport du Copyright Office ou")).toBe(false);
  });

  it('a cue in a sentence of its own leaves the question in the other sentence answered', () => {
    expect(ask('Did Ruffalo sign? need it confirmed before broadcast.')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a date set against a deadline ("within the 180 days", "sous 180 jours") is a comparison, never the fact that gives the deadline', () => {
    for (const q of ['Was the AI Action Plan out within the 180 days the order set?', "Le plan d'action est-il paru sous 180 jours comme le voulait le décret ?"]) {
      expect(ask(q).parsed.type).toBe('compare');
      expect(oneFact(q)).toBe(false);
    }
    expect(ask('Dans les 3 pays cités, qui a signé ?').parsed.type).not.toBe('compare');
  });

  it('three events that carry a side alike, the first naming someone the side does not → not compared, never that one', () => {
    // "Trump's AI executive order": the one revoking Biden's order, EO 14179 and EO 14365 all carry it whole.
    const o = ask("How many days between Trump's AI executive order and the letter?");
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : []).not.toContain('2025-01-20-biden-ai-order-revoked');
    // "The Anthropic settlement": the deal and two rulings on it carry it alike; the deal names no one else.
    expect(ask('Was the AI Action Plan released before the Anthropic settlement?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it('a month a side names ("le plan d\'action de juillet") is its event\'s date, not a word it must carry', () => {
    const o = ask("Combien de temps s'est écoulé entre la lettre et le plan d'action de juillet ?");
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : []).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
    // A month no event of that side fits: not compared.
    expect(ask("Combien de temps s'est écoulé entre la lettre et le plan d'action de mars ?").verdict).not.toBe('answered');
  });

  const events = (q: string): string[] => {
    const o = ask(q);
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };

  it('two names joined by "and" on one side, that no event names together → no comparison (one picked for both is a guess), unless their events fall on one day', () => {
    // Google's and OpenAI's filings are both of 13 March: set against the letter, either answers for both.
    expect(events('did Google and OpenAI both get their comments in before the letter?')).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
    // Disney's suit and Warner Bros.'s are months apart: one picked for both would be a guess.
    expect(events('did Disney and Warner Bros both sue Midjourney before the Kadrey ruling?')).toEqual([]);
    // An event that names the two together is one event.
    expect(events('the suit of Disney and Universal against Midjourney: before or after the Kadrey ruling?')).toEqual(['2025-06-11-disney-universal-sue-midjourney', '2025-06-25-kadrey-v-meta-ruling']);
  });

  it('events that carry a side alike → the one whose name fits it best: the order Biden signed, not the one revoking it', () => {
    expect(events("Was the SAG-AFTRA walkout over before Biden's AI order?")).toEqual(['2023-10-30-biden-eo-14110', '2023-11-09-sag-aftra-strike-ends']);
    // Said with its revocation, the side is the revocation.
    expect(events('Was the Stargate announcement before or after Trump revoked Biden\'s AI order?')).toEqual(['2025-01-20-biden-ai-order-revoked', '2025-01-21-stargate-announced']);
  });

  it('the AI Action Plan published → the plan itself, not the request for comments on it; "the RFI" → the request', () => {
    expect(events("La contribution de Google est-elle arrivée avant ou après la publication du plan d'action IA ?")).toEqual(['2025-03-13-google-proposal', '2025-07-23-ai-action-plan-released']);
    expect(events('Did OpenAI file its comment before the AI Action Plan was published?')).toEqual(['2025-03-13-openai-submission', '2025-07-23-ai-action-plan-released']);
    expect(events('How long after the RFI was the letter filed?')).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
  });

  it('appearing in the Federal Register is its publication; "the RFI notice" is the request; "sa clôture" is the deadline', () => {
    expect(events('How many days passed between the RFI appearing in the Federal Register and the deadline?')).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
    expect(events('Was the RFI notice out before or after Google filed?')).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-13-google-proposal']);
    expect(events("Combien de semaines entre l'ouverture de l'appel à commentaires et sa clôture ?")).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
  });

  it('going back ("went back", "rentrés au travail") is a strike\'s end', () => {
    expect(events("How many days after the writers went back did the actors' walkout end?")).toEqual(['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends']);
    expect(events('Les scénaristes sont rentrés au travail combien de jours avant les acteurs de SAG-AFTRA ?')).toEqual(['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends']);
  });

  it('"how long after X was the letter filed", EN or FR inverted → X and the filing compared, never one fact', () => {
    expect(events("How long after Trump's executive order on AI was Google's proposal filed?")).toEqual(['2025-01-23-eo-14179-signed', '2025-03-13-google-proposal']);
    expect(events("Combien de temps après l'appel à commentaires la lettre a-t-elle été envoyée ?")).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
    expect(oneFact('How long after the executive order on AI was the letter filed?')).toBe(false);
  });

  it('"A vs B: which began first?" → the question word opens what both share, never the second thing alone', () => {
    expect(events("writers' strike vs actors' strike: which began first?")).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
    expect(events('grève des acteurs ou grève des scénaristes, laquelle a commencé en premier ?')).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
    // A verb of happening in what they share ("lequel est arrivé") tells no event from another.
    expect(events("l'accord Anthropic ou la plainte de Warner contre Midjourney, lequel est arrivé d'abord ?")).toEqual(['2025-09-04-wbd-sues-midjourney', '2025-09-05-anthropic-settlement']);
  });

  it('a pronoun after a body typed with capitals ("the Copyright Office … its report") refers to it: compared', () => {
    expect(events('Did the Copyright Office put out its AI report before or after Perlmutter was fired?')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
  });

  it('"between A and its publication": the side opening on a pronoun is about what the other names, never another publication', () => {
    expect(events('How many days between EO 14179 being signed and its publication in the Federal Register?')).toEqual(['2025-01-23-eo-14179-signed', '2025-01-31-eo-14179-published']);
    expect(events('Combien de jours entre la signature du décret 14179 et sa parution au Federal Register ?')).toEqual(['2025-01-23-eo-14179-signed', '2025-01-31-eo-14179-published']);
  });
  it('"time gap between A and B" and "the artists\' one" (the letter as the artists\' comment) are compared', () => {
    expect(events('time gap between the RFI and the Hollywood letter')).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
    expect(events('how many weeks between the executive order showing up in the Federal Register and the Hollywood letter?')).toEqual(['2025-01-31-eo-14179-published', '2025-03-15-letter-submitted']);
    expect(events('did Google send its filing before the Hollywood group or after?')).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
    expect(events('Perlmutter got the boot before or after the Copyright Office put out its AI report?')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
    expect(events("Google a-t-il envoyé son texte avant celui des artistes ?")).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
  });

  it('"goes after" (to target) is no "after": the letter going after a company is whom it answers, never a comparison', () => {
    expect(ask('so the letter goes after Microsoft, yes?').parsed.type).not.toBe('compare');
    expect(ask('the artists went after Meta in the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('"from A to B" and "separate A from B" part the two things as "between A and B" does', () => {
    const ids = (q: string): string[] => {
      const o = ask(q);
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : [];
    };
    expect(ids('how many weeks from the request for information until the letter?')).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
    expect(ids('how many days separate the Bartz ruling from the Kadrey ruling?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    // A "from" with no "to" after it parts nothing.
    expect(ask('where did the letter come from?').parsed.type).not.toBe('compare');
  });

  it("the letter's submission, in time, is its filing", () => {
    const o = ask("the AI Action Plan release vs the letter's submission, how far apart?");
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : []).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });

  it('"A and B — which first?", "A et B, lequel d\'abord ?": the one "and" before the "which" parts the two things as "or" does', () => {
    expect(events('the Midjourney suit from Disney and the AI Action Plan — which one was first?')).toEqual(['2025-06-11-disney-universal-sue-midjourney', '2025-07-23-ai-action-plan-released']);
    expect(events("la plainte de Perlmutter et le limogeage de Hayden, lequel en premier ?")).toEqual(['2025-05-08-librarian-of-congress-dismissed', '2025-05-22-perlmutter-sues']);
  });

  it('what else the question asks of the two ("and how many weeks apart", "et quel écart") is no word of either', () => {
    expect(events('Thomson Reuters v. Ross vs the Bartz ruling: which came first, and how many weeks apart?')).toEqual(['2025-02-11-thomson-reuters-v-ross', '2025-06-23-bartz-v-anthropic-ruling']);
    expect(events("la fin de la grève des scénaristes ou celle des acteurs : laquelle d'abord, et quel écart ?")).toEqual(['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends']);
  });

  it('a word that organises and starts ("started") is a start in time', () => {
    expect(events("actors' strike vs writers' strike, which started first?")).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
  });

  it('a side of names read with the other\'s verb → the event whose own name is exactly those words (her firing, not her lawsuit over it)', () => {
    expect(events('Hayden got the boot before Perlmutter did?')).toEqual(['2025-05-08-librarian-of-congress-dismissed', '2025-05-10-register-of-copyrights-fired']);
    expect(events('Hayden, virée avant ou après Perlmutter ?')).toEqual(['2025-05-08-librarian-of-congress-dismissed', '2025-05-10-register-of-copyrights-fired']);
  });

  it('a common word no event uses in what the two share ("which one hit first") is their shared verb, no word either must carry', () => {
    expect(events('the Kadrey ruling vs the Bartz one: which one hit first?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
  });

  it('"A vs B: which first?" about something no event names → never the fact the clause after the colon answers alone', () => {
    expect(oneFact("Samsung's filing vs the Hollywood letter: which one came in first?")).toBe(false);
  });

  it('"in what order?", "dans quel ordre ?" ask the order of two things; "…or after it?" offers the order', () => {
    expect(events('the DeepSeek R1 release and the Stargate announcement: in what order?')).toEqual(['2025-01-20-deepseek-r1', '2025-01-21-stargate-announced']);
    expect(events("la sortie de DeepSeek R1 et l'annonce de Stargate, dans quel ordre ?")).toEqual(['2025-01-20-deepseek-r1', '2025-01-21-stargate-announced']);
    expect(events("OpenAI's filing - before the Hollywood letter or after it?")).toEqual(['2025-03-13-openai-submission', '2025-03-15-letter-submitted']);
  });

  it('a side with no start or end of its own, left a doubt, is read with the other side\'s start', () => {
    expect(events("did the writers' strike start before the actors' strike?")).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
  });
  it('Québec and chat French: "pis" joins two things as "et", "congédiement" is a firing, a "mémoire" is a filing, "quel est l\'ordre ?" asks the order', () => {
    expect(events("la décision Bartz pis celle sur Meta, laquelle est arrivée en premier ?")).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    expect(events('le congédiement de Perlmutter, c\'était avant ou après le renvoi de Hayden ?')).toEqual(['2025-05-08-librarian-of-congress-dismissed', '2025-05-10-register-of-copyrights-fired']);
    expect(events("Google a remis son mémoire avant ou après la lettre ?")).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
    expect(events("la sortie de DeepSeek R1 et l'annonce de Stargate : quel est l'ordre ?")).toEqual(['2025-01-20-deepseek-r1', '2025-01-21-stargate-announced']);
    expect(events('deepseek r1 came out b4 or after stargate was announced?')).toEqual(['2025-01-20-deepseek-r1', '2025-01-21-stargate-announced']);
  });
  it('"d\'avant ou d\'après" is before or after, not "according to"; "pris fin" is an end; a second cue ("how far apart") is no word of a side', () => {
    expect(events("la décision Bartz, elle date d'avant ou d'après celle sur Meta ?")).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    expect(events('la grève des acteurs a-t-elle pris fin après celle des scénaristes ?')).toEqual(['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends']);
    expect(events('Was the Kadrey ruling before the Bartz one, and how far apart were they?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    expect(ask("D'après la lettre, qui l'a organisée ?").parsed.type).not.toBe('compare');
    expect(events('the deepseek selloff happened how much after r1 came out')).toEqual(['2025-01-20-deepseek-r1', '2025-01-27-nvidia-deepseek-selloff']);
  });
  it('"laquelle des deux", "which of the two" ask the order of the two things joined before them, "entre" aside', () => {
    expect(events('la décision Bartz et celle sur Meta, laquelle des deux est tombée en premier ?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    expect(events('the Bartz ruling and the Kadrey ruling, which of the two came first?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
  });
  it('a season ("cet été", "in the summer") names no event: the side is read by its other words', () => {
    expect(events('le plan de la Maison Blanche publié cet été, avant ou après la plainte contre Midjourney ?')).toEqual(['2025-06-11-disney-universal-sue-midjourney', '2025-07-23-ai-action-plan-released']);
  });
  it('"came down" is a verb of happening; a contract\'s ratification is its own event, named in either language', () => {
    expect(events('the Kadrey decision or the Bartz one: which came down earlier?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    expect(events('la ratification du contrat de la WGA, avant ou après la fin de la grève des acteurs ?')).toEqual(['2023-10-09-wga-contract-ratified', '2023-11-09-sag-aftra-strike-ends']);
  });
  it('a side that names only the letter\'s signers ("the signatories\' one", "celle des stars") is the letter\'s filing; a signing a pronoun owns is not', () => {
    const events = (q: string): string[] => {
      const o = ask(q);
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events('le mémoire de Google précède-t-il celui des signataires ?')).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
    expect(events('Google\'s submission came before or after the signatories sent theirs?')).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
    expect(events('OpenAI a-t-il déposé avant ou après les stars ?')).toEqual(['2025-03-13-openai-submission', '2025-03-15-letter-submitted']);
    expect(events('le décret 14179 est paru combien de jours après sa signature ?')).not.toContain('2025-03-15-letter-submitted');
  });
  it('"combien de temps séparent A de B ?": the "de" after who A is about, with a determiner after it, parts A from B', () => {
    const events = (q: string): string[] => {
      const o = ask(q);
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events('combien de semaines séparent la fin de la grève des scénaristes de la fin de la grève des acteurs ?')).toEqual(['2023-09-27-wga-strike-ends', '2023-11-09-sag-aftra-strike-ends']);
    expect(events('combien de jours séparent la signature du décret 14179 de sa publication ?')).toEqual(['2025-01-23-eo-14179-signed', '2025-01-31-eo-14179-published']);
    expect(events('combien de mois séparent l\'envoi de la lettre de la sortie du plan d\'action ?')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });
  it('the impersonal "il" of a verb of happening ("il s\'est passé combien de jours entre…") stands for no one: the two things are compared', () => {
    const o = ask('il s\'est passé combien de jours entre la sortie de DeepSeek R1 et l\'annonce de Stargate ?');
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : []).toEqual(['2025-01-20-deepseek-r1', '2025-01-21-stargate-announced']);
  });
  it('"how long from A to B" parts its two things at the "to", as "between A and B" at its "and"', () => {
    const o = ask('how long from the Stargate announcement to the Nvidia stock crash?');
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : []).toEqual(['2025-01-21-stargate-announced', '2025-01-27-nvidia-deepseek-selloff']);
  });
});

describe('/ask comparisons: how a question names an event', () => {
  const events = (q: string): string[] => {
    const o = realFacts().ask.ask(q, 'en');
    return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
  };
  it('"le Journal officiel (américain)" is the Federal Register: a notice published there is named by either', () => {
    expect(events("Combien de jours entre la parution de l'appel à commentaires au Journal officiel et la signature du décret 14179 ?")).toEqual(['2025-01-23-eo-14179-signed', '2025-02-06-ai-action-plan-rfi']);
    expect(events("l'appel à commentaires est-il paru au Journal officiel américain avant ou après l'envoi de la lettre ?")).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
  });
  it('a day beside its month ("son décret du 23 janvier", "his January 23 order") dates the event, no word of it', () => {
    expect(events('Stargate avait-il été annoncé avant que Trump signe son décret IA du 23 janvier ?')).toEqual(['2025-01-21-stargate-announced', '2025-01-23-eo-14179-signed']);
    expect(events("Was DeepSeek R1 out before Trump signed his January 23 AI order?")).toEqual(['2025-01-20-deepseek-r1', '2025-01-23-eo-14179-signed']);
  });
  it('"Dans quel ordre : A et B ?", "in what order: A and B?": a question opening on its cue parts the two at the one "and" after it', () => {
    expect(events("Dans quel ordre : l'annonce de Stargate et la signature du décret 14179 ?")).toEqual(['2025-01-21-stargate-announced', '2025-01-23-eo-14179-signed']);
    expect(events('In what order: the Bartz v. Anthropic ruling and the Kadrey v. Meta ruling?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
  });

  it('"A and B, same day?", "A et B, même jour ?": words of one day that close the question part the two at the one "and" before them', () => {
    expect(events("were OpenAI and Google's filings on the same day?")).toEqual(['2025-03-13-google-proposal', '2025-03-13-openai-submission']);
    expect(events("DeepSeek R1 et l'abrogation du décret de Biden, même jour ?")).toEqual(['2025-01-20-biden-ai-order-revoked', '2025-01-20-deepseek-r1']);
    // "The same day as OpenAI": what it sets its subject against follows it; no pair closed by the cue.
    expect(realFacts().ask.ask("C'est vrai que Google a déposé le même jour qu'OpenAI ?", 'en').parsed.type).not.toBe('compare');
  });

  it('"the comment deadline": a French question word a content word reads too ("comment") opens no shared part of the sides', () => {
    expect(events('How many days between the RFI being published and the comment deadline?')).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
  });

  it('"had A [done] by the time B…?", "were the writers already back at work when…": whether one thing was done when another happened is their order', () => {
    expect(events('Had WGA members ratified their contract by the time the SAG-AFTRA strike ended?')).toEqual(['2023-10-09-wga-contract-ratified', '2023-11-09-sag-aftra-strike-ends']);
    expect(events('Were the writers already back at work by the time the actors walked out in 2023?')).toEqual(['2023-07-14-sag-aftra-strike', '2023-09-27-wga-strike-ends']);
  });

  it('"…at the time of the letter?", "au moment de la lettre": the letter after the joint is the other thing, its filing', () => {
    expect(events('had EO 14179 already been signed at the time of the letter?')).toEqual(['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']);
    expect(events('le décret 14179 était-il déjà signé au moment de la lettre ?')).toEqual(['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']);
  });

  it('"le décret était signé au moment de la lettre ?": an auxiliary of a past state before its verb asks whether it was done by then', () => {
    expect(events('le décret 14179 de trump était signé au moment de la lettre ?')).toEqual(['2025-01-23-eo-14179-signed', '2025-03-15-letter-submitted']);
    // A question of who then asks for someone, not an order.
    expect(realFacts().ask.ask('qui était président au moment de la lettre ?', 'en').parsed.type).not.toBe('compare');
  });

  it('"pre or post the report?": the order offered in short', () => {
    expect(events('perlmutter got fired — was that pre or post the AI training report')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
  });

  it('"le plan était-il déjà sorti quand…": "already" asks whether what the side says was done, not whether it had ended', () => {
    expect(events("Le plan d'action IA était-il déjà sorti quand Anthropic a conclu son accord à 1,5 milliard ?")).toEqual(['2025-07-23-ai-action-plan-released', '2025-09-05-anthropic-settlement']);
  });

  it('"how long was it between A and B?": a span of time asked apart from its "between" compares the two; its "it" is no one', () => {
    expect(realFacts().ask.ask('How long was it between the Bartz ruling and the Kadrey ruling?', 'en').parsed.type).toBe('compare');
    expect(events('How long was it between the Bartz ruling and the Kadrey ruling?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    // Answered whole or not at all: never by the part before its "and".
    const o = realFacts().ask.ask('How long was it between Trump signing his AI executive order and the deadline for comments on the Action Plan?', 'en');
    expect(o.verdict === 'answered' && o.mode !== 'compare').toBe(false);
  });

  it('"A et B : laquelle des deux … la première / en premier ?": a "which of the two" asks the order of the two joined by "and", however far its word of being first', () => {
    expect(events('Hayden et Perlmutter : laquelle des deux a été écartée la première ?')).toEqual(['2025-05-08-librarian-of-congress-dismissed', '2025-05-10-register-of-copyrights-fired']);
    expect(events('Bartz contre Anthropic et Kadrey contre Meta : laquelle des deux décisions est tombée en premier ?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
  });

  it('"la lettre est arrivée avant X ?": the letter and a verb of happening before the cue is its filing, set against X', () => {
    expect(events("la lettre est arrivée avant le plan d'action IA de juillet ?")).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
    // The signatures arrive: what came next, no comparison.
    expect(realFacts().ask.ask("les signatures ont continué d'arriver après l'envoi ?", 'en').parsed.type).not.toBe('compare');
  });

  it('"did the letter come out before X?": the letter and its coming out is its filing, never a press article about it', () => {
    expect(events('Did the letter come out before the Copyright Office report?')).toEqual(['2025-03-15-letter-submitted', '2025-05-09-copyright-office-ai-report']);
  });

  it('a possessive after something named past the cue is that thing\'s ("released its AI plan"): still a comparison; a pronoun right after the cue answers no comparison', () => {
    const o = realFacts().ask.ask('disney and universal suing midjourney - was that before the white house released its AI plan', 'en');
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id) : []).toEqual([
      '2025-06-11-disney-universal-sue-midjourney',
      '2025-07-23-ai-action-plan-released',
    ]);
    expect(realFacts().ask.ask('did the copyright office write to Perlmutter after she was fired?', 'en')).not.toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it('"when did A vs B?": a question of when with an alternative between two things of the story is a comparison, never one fact', () => {
    const o = realFacts().ask.ask('wen did opnai send its coments vs the holywood leter', 'en');
    expect(o.parsed.type).toBe('compare');
    expect(o.verdict === 'answered' && o.mode !== 'compare').toBe(false);
    // Two common words joined by "ou" inside one thing's description set nothing against anything.
    expect(realFacts().ask.ask('trump a sorti une phrase sur le fait de pas payer pour chaque article ou chaque livre c était quand ça', 'fr').parsed.type).toBe('when');
  });
  it('"after the report dropped", "b4 or after": "dropped" is the thing coming out and "b4" is "before", compared; the noun "drop" (a fall) is not', () => {
    const events = (q: string): string[] => {
      const o = realFacts().ask.ask(q, 'en');
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events('perlmutter fired before or after the copyright office AI report dropped?')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
    expect(events('midjourney suit b4 or after the action plan dropped')).toEqual(['2025-06-11-disney-universal-sue-midjourney', '2025-07-23-ai-action-plan-released']);
    expect(events('did nvidia stock recover after the deepseek drop')).toEqual([]);
  });
  it('"the action plan landing": a participle of coming out, in a comparison, is the thing coming out ("landing" was read as a word of neither thing)', () => {
    const events = (q: string): string[] => {
      const o = realFacts().ask.ask(q, 'en');
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events('how many weeks between the letter and the action plan landing')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });
  it('a cue that ends on its "between" ("gap between", "time between") compares the two things after it, though a word of happening ("final") closes one', () => {
    const events = (q: string): string[] => {
      const o = realFacts().ask.ask(q, 'en');
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events('gap between the Google proposal and the final action plan being released')).toEqual(['2025-03-13-google-proposal', '2025-07-23-ai-action-plan-released']);
    expect(events('time between the letter and the final plan of action')).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
    // No cue of comparing: what happened between two parties is no span of time.
    expect(realFacts().ask.ask('what happened in the end between the studios and the writers', 'en').parsed.type).not.toBe('compare');
  });
  it('"qu\'est-ce qui vient en premier", "ça vient après": "vient" is a verb of happening, no word of either thing compared', () => {
    const events = (q: string): string[] => {
      const o = realFacts().ask.ask(q, 'fr');
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events("Qu'est-ce qui vient en premier : le décret 14179 ou l'annonce de Stargate ?")).toEqual(['2025-01-21-stargate-announced', '2025-01-23-eo-14179-signed']);
    expect(events("La campagne Stealing Isn't Innovation, elle vient avant ou après l'accord d'Anthropic avec les auteurs ?")).toEqual(['2025-09-05-anthropic-settlement', '2026-01-22-stealing-isnt-innovation']);
  });
  it('"same day? A and B", "même jour ? A et B": the words of one day that open the question set the two things around its "and" against each other', () => {
    const events = (q: string, lang: 'en' | 'fr'): string[] => {
      const o = realFacts().ask.ask(q, lang);
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events("same day? Trump revoking Biden's AI order and the DeepSeek R1 release", 'en')).toEqual(['2025-01-20-biden-ai-order-revoked', '2025-01-20-deepseek-r1']);
    expect(events("même jour ? l'accord provisoire des scénaristes et la fin de leur grève", 'fr')).toEqual(['2023-09-24-wga-tentative-deal', '2023-09-27-wga-strike-ends']);
    // Nothing named around the "and": no comparison.
    expect(events('same day and same time?', 'en')).toEqual([]);
  });
  it('"se sont mis en grève avant ou après les scénaristes ?": going on strike is the strike\'s start, compared with the other guild\'s start', () => {
    const o = realFacts().ask.ask('en 2023 les acteurs se sont mis en grève avant ou après les scénaristes ?', 'fr');
    expect(o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : []).toEqual(['2023-05-02-wga-strike', '2023-07-14-sag-aftra-strike']);
  });

  it('a lone "later" before the verb says afterwards and compares nothing; "later than" still compares', () => {
    // No signatory is reported suing OpenAI: the letter's date set against OpenAI's filing answers nothing asked.
    expect(realFacts().ask.ask('Did any of the signatories later sue OpenAI?', 'en')).not.toMatchObject({ mode: 'compare' });
    expect(realFacts().ask.ask('Did Google file later than the letter?', 'en')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it('a verb of going on ("keep lobbying after", "a continué après") dates what went on and compares nothing; without one, "after" still compares', () => {
    // Lyonne's lobbying after the letter is a fact of its own, not the WSJ profile's date set against the letter's.
    expect(realFacts().ask.ask('Did Lyonne keep lobbying after the letter went in?', 'en')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'lyonne-lobbying' } });
    expect(realFacts().ask.ask('Lyonne a continué à faire pression à Washington après la lettre ?', 'en')).not.toMatchObject({ mode: 'compare' });
    expect(realFacts().ask.ask('Did Google file its proposal before or after the letter?', 'en')).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });

  it('"A vs. B": the full stop of "vs." ends no sentence, so the name after it is no sentence\'s first word and both are compared', () => {
    const events = ['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired'];
    for (const q of ['Perlmutter fired vs. Copyright Office report: which happened first?', 'le rapport du Copyright Office vs. le renvoi de Perlmutter : lequel est arrivé en premier ?']) {
      const got = realFacts().ask.ask(q, 'en');
      expect(got).toMatchObject({ verdict: 'answered', mode: 'compare' });
      if (got.verdict === 'answered' && got.mode === 'compare') expect(got.events.map((e) => e.id).sort()).toEqual(events);
    }
  });

  it('"…or not?", "…ou pas ?": an "or" that only a word of "not" follows offers no second thing; the two things named are still compared', () => {
    const events = (q: string): string[] => {
      const o = realFacts().ask.ask(q, 'en');
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events('did Google and OpenAI file on the same day or not?')).toEqual(['2025-03-13-google-proposal', '2025-03-13-openai-submission']);
    expect(events('Google et OpenAI ont déposé leurs contributions le même jour ou pas ?')).toEqual(['2025-03-13-google-proposal', '2025-03-13-openai-submission']);
    expect(events('was the Kadrey ruling after the Bartz ruling or not?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    expect(realFacts().ask.ask('did Paul Simon sign or not?', 'en')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('"A puis B", "time elapsed between A and B": a "then" sets two things in sequence, an elapsed time asks the gap; both compared', () => {
    const events = (q: string): string[] => {
      const o = realFacts().ask.ask(q, 'en');
      return o.verdict === 'answered' && o.mode === 'compare' ? o.events.map((e) => e.id).sort() : [];
    };
    expect(events('le jugement Bartz puis le jugement Kadrey : lequel est tombé en premier ?')).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-06-25-kadrey-v-meta-ruling']);
    expect(events('time elapsed between the Copyright Office report and the firing of Perlmutter')).toEqual(['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']);
  });

  it('"how long did X need to … after Y?": a span of time asked, then a lone "after" in its sentence, asks the gap between two things', () => {
    const o = realFacts().ask.ask('how long did Anthropic need to settle after the Bartz ruling', 'en');
    expect(o).toMatchObject({ verdict: 'answered', mode: 'compare' });
    if (o.verdict === 'answered' && o.mode === 'compare') expect(o.events.map((e) => e.id).sort()).toEqual(['2025-06-23-bartz-v-anthropic-ruling', '2025-09-05-anthropic-settlement']);
  });

  it('two names that each have an event of their own on one day ("Google et OpenAI ont publié…") are set against the other side by the first one\'s', () => {
    const o = realFacts().ask.ask('Google et OpenAI ont publié leurs propositions avant la lettre ?', 'fr');
    expect(o).toMatchObject({ verdict: 'answered', mode: 'compare' });
    if (o.verdict === 'answered' && o.mode === 'compare') expect(o.events.map((e) => e.id).sort()).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
  });

  it('"Stargate, c\'est venu avant la lettre ?": a name and a verb of happening before the cue, the letter alone after it, set the named thing against the letter', () => {
    const o = realFacts().ask.ask("Stargate, c'est venu avant la lettre ?", 'fr');
    expect(o).toMatchObject({ verdict: 'answered', mode: 'compare' });
    if (o.verdict === 'answered' && o.mode === 'compare') expect(o.events.map((e) => e.id).sort()).toEqual(['2025-01-21-stargate-announced', '2025-03-15-letter-submitted']);
    expect(realFacts().ask.ask("les signatures ont continué d'arriver après l'envoi ?", 'fr')).not.toMatchObject({ mode: 'compare' });
  });
});

describe('a wrong date of the letter stated before a comparison is asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('is corrected, never compared with another event of that month ("the letter was sent in April 2025 — how many days after the deadline?")', () => {
    expect(ask('the letter was sent in April 2025 — how many days after the RFI deadline?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
    expect(ask('la lettre a été envoyée en avril 2025 : combien de jours après la date limite ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
    // A month said of the other thing compared dates that thing: compared.
    expect(ask("How long after Trump's January AI executive order was the letter submitted?")).toMatchObject({ verdict: 'answered', mode: 'compare' });
  });
});

describe('/ask comparisons: verbs of a thing coming out ("present", "show up") in a comparison in time', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"how long after the letter did the administration present the action plan?" → the letter and the plan\'s release', () => {
    const got = ask('how long after the letter did the administration present the action plan?');
    expect(got).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(got.verdict === 'answered' && got.mode === 'compare' ? got.events.map((e) => e.id).sort() : []).toEqual(['2025-03-15-letter-submitted', '2025-07-23-ai-action-plan-released']);
  });

  it('"how many months after the hollywood letter did Stealing Isn\'t Innovation show up?" → the letter and the campaign', () => {
    const got = ask("how many months after the hollywood letter did Stealing Isn't Innovation show up?");
    expect(got.verdict === 'answered' && got.mode === 'compare' ? got.events.map((e) => e.id).sort() : []).toEqual(['2025-03-15-letter-submitted', '2026-01-22-stealing-isnt-innovation']);
  });
  it('a closing "gap?" after two things set against each other compares them; "count the days/weeks: A to B" is never one fact', () => {
    expect(ask('DeepSeek R1 vs. the Stargate announcement — gap?')).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask("the writers' strike ending vs. the actors' strike ending: gap?")).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(ask('Count the weeks: the Anthropic settlement to its approval')).not.toMatchObject({ verdict: 'answered', mode: 'fact' });
  });
});

describe('/ask comparisons: "the AI executive order" signed, named casually, is the order behind the consultation (EO 14179)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const events = (q: string): string[] => {
    const got = ask(q);
    return got.verdict === 'answered' && got.mode === 'compare' ? got.events.map((e) => e.id).sort() : [];
  };

  it.each([
    ['Was the AI executive order signed before the Stargate announcement?', '2025-01-21-stargate-announced'],
    ['Was the AI executive order signed before or after the DeepSeek R1 release?', '2025-01-20-deepseek-r1'],
  ])('"%s" → EO 14179 against the other event', (q, other) => {
    expect(events(q)).toEqual([other, '2025-01-23-eo-14179-signed'].sort());
  });
});
