import { realFacts } from '../../helpers/core';
import { trailingClause } from '../../../src/core/ask/question-text';

describe('/ask: a question that ends on the asker\'s asides is what comes before them', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('trailingClause: the text before the last mark and the clause after it', () => {
    expect(trailingClause('when was it sent, need it 4 my lede')).toEqual(['when was it sent', 'need it 4 my lede']);
    expect(trailingClause('la lettre date de quand ? c pr mon chapo')).toEqual(['la lettre date de quand?', 'c pr mon chapo']);
    expect(trailingClause('who organised the letter?')).toBeNull();
  });

  it('an aside of the asker\'s own work, with words no fact uses ("lede", "chapo") → the question before it answered', () => {
    expect(ask('wen was teh letter sent to the whitehouse, need it 4 my lede')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'submission-date' } });
    expect(ask('kel jour la lettre est partie a la maison blanche, c pr mon chapo')).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'submission-date' } });
  });

  it('a last clause that names what is asked about, or no word of the asker\'s → not dropped as an aside', () => {
    // "Spielberg" is typed with a capital: a name, whatever words of the asker's come with it.
    expect(ask('um did the Wicked actress sign it, Spielberg I mean?')).not.toMatchObject({ verdict: 'answered', person: 'Cynthia Erivo' });
    // A word no fact uses, with nothing of the asker's: what is asked about ("tiktok"), never dropped.
    expect(ask('what did the letter demand, regarding tiktok')).not.toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });

  it('a last clause that goes on with the question ("to our…", "à notre…") is no aside, though it holds a word of the asker\'s', () => {
    expect(ask('When was the letter sent, to our prime minister?').verdict).not.toBe('answered');
    expect(realFacts().ask.ask('Quand la lettre a-t-elle été envoyée, à notre ministre ?', 'fr').verdict).not.toBe('answered');
  });
});

describe('/ask: the asking sentence after a scene\'s full stop is what is asked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a scene sentence whose words find a fact (a cinema "organising" a debate), then "anyway: when was the letter?" and thanks → the sentence\'s own answer offered, never the scene\'s alone', () => {
    const got = ask('hey, writing for the weekend edition, a local arthouse cinema is organising a debate on AI. anyway: when was the letter? thanks so much');
    expect(got).not.toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(got).toMatchObject({ candidates: expect.arrayContaining([expect.objectContaining({ fact: expect.objectContaining({ id: 'submission-date' }) })]) });
    // A sentence that points back to someone the scene names still leans on it.
    expect(ask('Natasha Lyonne co-founded a studio. What is it called? thanks so much')).not.toMatchObject({ verdict: 'clarify' });
  });
});

describe('/ask: a sentence of the asker\'s purpose after a question of its own is an aside, whatever it types with a capital', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"Which directors signed? Need them for a TikTok explainer" → the list by role, the platform no topic of its own', () => {
    expect(ask('Which directors signed the letter? Need them for a TikTok explainer')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    expect(ask('Who are the producers on the letter? we are making a Spotify playlist of them')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'producer' });
  });

  it('a sentence that asks for a thing ("Need the official name…") is no aside of purpose: the question is not read without it', () => {
    expect(ask('What was the letter sent in reply to? Need the official name for our readers.')).not.toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
  });
});

describe('/ask: Nigerian Pidgin tags and fillers ("abi", "abeg", "sef", "nko") ask nothing of their own', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a question tag or a filler around the question → the question answered as without it', () => {
    expect(ask('abeg when did the letter go to the white house')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('how many folks signed it abi')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    expect(ask('did taika waititi sign abi?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});
