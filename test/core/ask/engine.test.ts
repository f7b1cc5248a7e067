import { realFacts } from '../../helpers/core';

describe('/ask engine: premises are corrected, not answered as asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Why did Tom Hanks organize it?', 'Did Cate Blanchett lead the letter?', 'Pourquoi Spielberg a lancé cette lettre ?'])(
    '"%s" → the organisers (whose answer says who did)',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    },
  );

  it('organising something else that is not "it" nor the letter is no premise to correct → not answered', () => {
    expect(ask('Who organised the Oscars?').verdict).not.toBe('answered');
    expect(ask('Qui a organisé le Festival de Cannes ?').verdict).not.toBe('answered');
  });

  it('near-topic questions about a name or a title are declined, not answered by the fact that names it', () => {
    expect(ask('How old is Natasha Lyonne?').verdict).not.toBe('answered');
    expect(ask('Qui a réalisé Poker Face ?').verdict).not.toBe('answered');
    expect(ask('Who won the SAG Awards this year?').verdict).not.toBe('answered');
    expect(ask('qui est natacha lyone')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('signing something other than the letter is no "did X sign?" question', () => {
    expect(ask('Did Trump sign an order on crypto?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Did OpenAI sign a deal with the New York Times?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did lyonne herself sign it or just organise')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a lowercase name in a question about who organised the letter is set aside too', () => {
    expect(ask('pourquoi spielberg a organisé la lettre ?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a question about whom the letter targets sets the company named aside', () => {
    expect(ask('Why does the letter target Amazon?')).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
  });

  it('the campaign a name organised is still found by its own words', () => {
    expect(ask("who organised the Stealing Isn't Innovation campaign?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
  });

  it('an executive order asked by its number is read as a name, not a figure to check', () => {
    expect(ask('Le décret 14179, ça dit quoi ?')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'executive-order-14179' } });
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
    const o = ask('La grève des acteurs a commencé avant celle des scénaristes ?');
    expect(o.verdict).not.toBe('answered');
  });

  it('"first" alone asks who did it first, not a comparison', () => {
    expect(ask('Quel journal a révélé la lettre en premier ?')).toMatchObject({ verdict: 'answered', fact: { id: 'press-coverage' } });
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

  it('never into a content word, nor by dropping a letter ("died" is not "did")', () => {
    expect(realFacts().ask.lexicon.correct('sing')).toBe('sing');
    expect(realFacts().ask.lexicon.correct('died')).toBe('died');
    expect(ask('how many people died?').verdict).toBe('no_answer');
  });
});
