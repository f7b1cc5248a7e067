import { realFacts } from '../../helpers/core';

describe('/ask refinements: a fact that answers a neighbouring question is not given', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('what the tech companies asked for is not what the letter asks (checkCompanyAsking)', () => {
    for (const q of ['what were the tech companies asking Washington for?', 'la big tech demandait quoi à Washington ?', 'and what did those AI firms want from the government?', 'les entreprises de la tech réclamaient quoi ?']) {
      expect(ask(q)).not.toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
    }
    expect(ask('what does the letter ask the tech companies to do?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
    expect(ask('what do the stars want?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
    expect(ask('que demandent les signataires ?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });

  it('the French slang "bosse" is read as "travaille": whether an organiser works in AI is Asteria, not a speech to tech bosses', () => {
    for (const q of ["lyonne bosse dans l'IA elle aussi ?", "Natasha Lyonne, elle bosse pas elle-même dans une boîte d'IA ?", "Mooser bosse lui-même dans l'IA ?"]) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'asteria-film' } });
    }
    expect(ask('waititi bosse sur quel projet ?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('what someone said about a thing (a concept after "about"/"sur") is answered only by a fact that carries it (checkSaidAbout)', () => {
    expect(ask('what do Google and OpenAI say about China?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    expect(ask('Google et OpenAI disent quoi sur la Chine ?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' } });
    expect(ask('what did OpenAI argue about China?')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
    expect(ask('what did Google say about copyright?')).toMatchObject({ verdict: 'answered', fact: { id: 'google-argument' } });
  });

  it('what came of a named thing, or what a named one said, is what the fact naming it tells (vetoNamesOnly)', () => {
    for (const q of ['How did Bartz v. Anthropic end up?', "Il s'est passé quoi dans l'affaire Bartz contre Anthropic ?"]) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
    }
    for (const q of ['What did Lyonne say to the WSJ?', 'Lyonne a raconté quoi au WSJ ?']) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'lyonne-lobbying' } });
    }
    // Anything else asked of the names still vetoes, and so does a word of what came next under no question word.
    expect(ask('and Stargate then?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('How many employees does Warner Bros have?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('What happened to Anthropic stock after Bartz?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
  });
});

describe('/ask refinements: two unmatched words in a row (vetoCompoundForeignWords)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it("a casual word of the asker's beside another unmatched word makes no compound of another topic", () => {
    expect(ask("the letter opens dear president trump, doesn't it?")).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    expect(ask('the letter throws around valuations for Google and OpenAI, what numbers?')).toMatchObject({ verdict: 'answered', fact: { id: 'tech-valuations' } });
    expect(ask('combien de contributions la consultation a-t-elle reçues, tous publics confondus ?')).toMatchObject({ verdict: 'answered', fact: { id: 'rfi-comment-count' } });
    expect(ask("le plan d'action IA a-t-il tenu compte du droit d'auteur ?")).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-outcome' } });
  });

  it('a compound of words no fact uses is still another topic, and a casual word still counts in a comparison', () => {
    expect(ask('La grève des acteurs de jeux vidéo a duré combien de temps ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('grève des scénaristes vs grève des acteurs : laquelle a duré le plus longtemps ?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'strikes-2023' } });
  });
});

describe('/ask refinements: choices settled by the slot asked (settleBySlot)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"who organised" among choices is answered by the one fact about who organised it', () => {
    for (const q of ['who organised the hollywood letter against openai', 'Who actually organized the Hollywood letter pushing back on OpenAI and Google?']) {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    }
  });
});
