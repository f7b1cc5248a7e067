import { FactBase } from '../../../src/core/fact-base';
import type { AskEngine } from '../../../src/core/ask/engine';
import { realFacts } from '../../helpers/core';

describe('/ask engine: questions near the story that no fact answers → declined', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');
  const answered = (q: string): string | undefined => {
    const out = ask(q);
    return out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined;
  };

  it('a year well after every date a fact gives → another event, declined', () => {
    expect(ask('Did the actors union go on strike again in 2026?').verdict).toBe('no_answer');
    expect(ask('les scénaristes ont-ils obtenu quoi dans leur accord de 2027 ?').verdict).toBe('no_answer');
  });

  it('a year just after the fact (a slip) → still the fact, corrected or answered', () => {
    expect(answered('How long did the 2024 actors strike last?')).toBe('strikes-2023');
  });

  it('a later or new filing → another document than the story’s, declined', () => {
    expect(ask('Did OpenAI change its fair use argument in a later filing?').verdict).toBe('no_answer');
    expect(ask('did google put in a later submission on copyright').verdict).toBe('no_answer');
    expect(ask('Google a-t-il déposé une nouvelle contribution depuis ?').verdict).toBe('no_answer');
  });

  it('whether a body cited the letter → only a fact that names the letter, else declined', () => {
    expect(ask('Did the Copyright Office report mention the Hollywood letter?').verdict).toBe('no_answer');
    expect(ask("Le rapport du Copyright Office mentionne-t-il la tribune ?").verdict).toBe('no_answer');
  });

  it('a mention of something else in coverage of the letter → still answered', () => {
    expect(answered('Why is DeepSeek brought up in coverage of the letter?')).toBe('deepseek-china');
  });

  it('whether someone unlisted weighed in on the letter → a reaction, declined, no signing verdict', () => {
    expect(ask('did ted sarandos weigh in on the letter').verdict).toBe('no_answer');
  });

  it('a French question closing on "quand" in the future tense → a forecast, declined', () => {
    expect(ask('les auteurs vont être payés quand').verdict).toBe('no_answer');
  });

  it('a signing of a quoted title no fact gives → another document, no verdict on the letter', () => {
    expect(ask("had cate blanchett signed the 'statement on ai training' before this one?").verdict).toBe('no_answer');
    expect(ask("Did Mark Ruffalo sign the 'open letter'?").verdict).toBe('answered');
  });

  it('signatories who took their names back → no fact says so, declined, neither the count nor choices', () => {
    expect(ask('how many signatories withdrew their names since?').verdict).toBe('no_answer');
    expect(ask('Des signataires ont-ils enlevé leur nom ensuite ?').verdict).toBe('no_answer');
  });

  it('an equivalent letter → another letter than the story’s, declined', () => {
    expect(ask("l'union a lancé une lettre équivalente sur l'IA ?").verdict).toBe('no_answer');
  });

  it("a company's value in a year after the letter's → not the letter's figure, declined", () => {
    expect(ask('Combien vaut Google en 2026 ?').verdict).toBe('no_answer');
    expect(answered('combien vaut OpenAI selon la lettre ?')).toBe('tech-valuations');
  });

  it('the stake one company took in another → a shareholding no fact gives, declined', () => {
    expect(ask('what stake did disney take in openai?').verdict).toBe('no_answer');
    expect(ask('quelle participation Disney a-t-il prise dans OpenAI ?').verdict).toBe('no_answer');
    expect(answered("what's at stake in the letter for hollywood?")).toBe('economic-stakes');
  });

  it('a count of votes asked of a fact that says only that a vote happened → declined; the fact still answers whether it did', () => {
    expect(ask('Combien de membres de la WGA ont voté pour le contrat de 2023 ?').verdict).toBe('no_answer');
    expect(ask('how many writers voted for the 2023 WGA contract?').verdict).toBe('no_answer');
  });

  it('a year before every date a fact gives → an earlier time than the fact’s, declined; a wrong year it corrects, a span it gives or a slip of one year keeps it', () => {
    // The letter's figures and an argument filed in March 2025 say nothing of 2022 or 2023.
    expect(ask('how much was Google worth in 2022?').verdict).toBe('no_answer');
    expect(ask('Combien valait OpenAI en 2022 ?').verdict).toBe('no_answer');
    expect(ask('what was OpenAI pushing for back in 2023?').verdict).toBe('no_answer');
    // A date fact corrects the year; a span of years reaches back; the letter's own year misremembered is this letter.
    expect(answered('the letter went out in 2024, correct?')).toBe('submission-date');
    expect(answered('the letter says copyright law goes back 250 years, so to 1776?')).toBe('copyright-history');
    expect(answered('la lettre de 2024 des stars réclame quoi ?')).toBe('demands');
    expect(answered("Trump's 2024 action plan, did it protect copyright?")).toBe('ai-action-plan-outcome');
    expect(answered('how long did the 2023 writers strike last?')).toBe('strikes-2023');
  });

  it('a year after the letter’s, past every date a fact gives → a later event, declined, even in a rest cut at "and"', () => {
    expect(ask('Did Trump sign an order on AI and copyright in 2026?').verdict).toBe('no_answer');
    expect(ask('Trump a-t-il signé en 2026 un décret sur le droit d’auteur ?').verdict).toBe('no_answer');
    expect(answered('Did Trump sign an order on AI in January 2025?')).toBe('executive-order-14179');
  });

  it('a date between the verb of signing and the thing signed → still another document, no verdict on the letter', () => {
    expect(ask('Trump a signé en janvier 2025 un décret ?').mode).not.toBe('signatory');
    expect(ask('Ruffalo a signé en mars 2025 la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a surname after initials ("jd vance") → a name, not a slip of a word of the story ("lance"), declined', () => {
    expect(ask('jd vance a pensé quoi de cette lettre').verdict).toBe('no_answer');
  });

  it('a part of a whole counted ("how many of the…", "how much of the…") → a share, declined by a fact that counts the whole', () => {
    expect(ask('how many of the comments on the action plan talked about copyright?').verdict).toBe('no_answer');
    expect(ask('how much of the stargate money has been spent?').verdict).toBe('no_answer');
    expect(ask("combien des commentaires parlaient du droit d'auteur ?").verdict).toBe('no_answer');
    expect(answered('how many comments did the action plan get?')).toBe('rfi-comment-count');
  });

  it('how things stand so far ("so far", "to date", "à ce jour") → the present, declined by a fact that dates only what happened', () => {
    expect(ask('how many authors have been paid by the anthropic settlement so far?').verdict).toBe('no_answer');
    expect(ask("combien d'auteurs ont été payés par Anthropic à ce jour ?").verdict).toBe('no_answer');
  });

  it('a greeting that asks what is new ("quoi de neuf", "on dit quoi") → chatter, declined, no choices', () => {
    expect(ask('salut, quoi de neuf ?').verdict).toBe('no_answer');
    expect(ask('bonjour, on dit quoi ?').verdict).toBe('no_answer');
  });
});

describe('/ask engine: near-topic questions read without the learned examples (the readings alone) → declined', () => {
  // No examples: the nearest-question channel would decline some of these by their own wording; the readings must.
  let engine: AskEngine | undefined;
  const ask = (q: string) => (engine ??= FactBase.fromValidated({ ...realFacts().data, examples: { about: 'test', examples: [] } }).ask).ask(q, 'en');
  const answered = (q: string): string | undefined => {
    const out = ask(q);
    return out.verdict === 'answered' && 'fact' in out ? out.fact.id : undefined;
  };

  it('a company named in lower case that none of the offered facts carries → declined, no choices', () => {
    expect(ask('what did meta put in its own action plan submission?').verdict).toBe('no_answer');
    expect(ask("apple a envoyé une contribution au plan d'action IA ?").verdict).toBe('no_answer');
    // A word the data spells with a capital only inside a longer name ("Motion Picture Association") is no company.
    expect(ask('The Action Plan the letter commented on — which presidential order set that in motion, and when?').verdict).not.toBe('no_answer');
  });

  it('one fact offered that never carries the company named (another company\'s case) → declined, not offered as a guess', () => {
    expect(ask('per-book settlement amount in the google case').verdict).toBe('no_answer');
    expect(ask('meta case settlement per book').verdict).toBe('no_answer');
  });

  it("another country's government or consultation → declined; the letter said sent to one is a premise to correct", () => {
    expect(ask("Quelle est la position du gouvernement français sur l'entraînement des IA sur des œuvres protégées ?").verdict).toBe('no_answer');
    expect(answered('La lettre a été envoyée au Parlement européen ?')).toBe('recipient');
  });

  it("a company's value asked of one whose fact gives none → declined; the letter's valuations and a settlement's sum still answer", () => {
    expect(ask("what's lyonne's studio asteria valued at?").verdict).toBe('no_answer');
    expect(ask('combien vaut asteria, la boite de lyonne ?').verdict).toBe('no_answer');
    expect(answered('combien vaut OpenAI selon la lettre ?')).toBe('tech-valuations');
    expect(answered("what's the Anthropic settlement worth and how much per book")).toBe('bartz-v-anthropic');
  });

  it('whether someone sued, asked of one the fact does not say sued (only another did) → declined; a fact without a suit still corrects', () => {
    expect(ask('did carla hayden sue over her firing?').verdict).toBe('no_answer');
    expect(ask('Carla Hayden a-t-elle porté plainte ?').verdict).toBe('no_answer');
    expect(answered('did Perlmutter sue?')).toBe('perlmutter-lawsuit');
    expect(answered('Why did Disney sue OpenAI?')).toBe('disney-openai-deal');
  });

  it('who spoke of the letter → no premise of what the letter names is corrected; what the letter names and its coverage still answer', () => {
    expect(ask('did the pope mention the letter when he met trump?').verdict).toBe('no_answer');
    expect(ask('emmanuel a-t-il évoqué la lettre avec trump ?').verdict).toBe('no_answer');
    expect(answered('Trump est mentionné dans la lettre ?')).toBe('trump-named');
    expect(answered('quels médias ont parlé de la lettre ?')).toBe('press-coverage');
  });

  it('"quoi" asked in place after the verb ("a répondu quoi à la plainte") asks the reply in court → declined; "répond à quoi" still answered', () => {
    expect(ask('midjourney a répondu quoi à la plainte de universal').verdict).toBe('no_answer');
    expect(answered('elle répond à quoi cette lettre ?')).toBe('responds-to-openai-google');
  });

  it('how one named reacted to the letter → only a fact where they react; one that names them as what others attacked is declined', () => {
    expect(ask("Trump a-t-il réagi publiquement à la lettre d'Hollywood ?").verdict).toBe('no_answer');
    expect(ask("how did Trump react to the stars' letter?").verdict).toBe('no_answer');
    expect(answered('how did conservatives react to the letter?')).toBe('conservative-reaction');
    // Reacting to something else than the letter may be a premise the fact corrects.
    expect(answered('comment Perlmutter a-t-elle réagi à sa nomination à la tête du Copyright Office en mai 2025 ?')).toBe('copyright-office-may-2025');
  });

  it('who funds a campaign → declined by the fact that says what it is', () => {
    expect(ask('who funds the Human Artistry Campaign?').verdict).toBe('no_answer');
    expect(ask('qui finance la Human Artistry Campaign ?').verdict).toBe('no_answer');
  });
});

describe('/ask: a desk introducing itself names the desk, asks nothing', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it('the word naming a desk beside a desk noun of chatter ("research desk here", "ici le service culture") is the introduction, not content', () => {
    expect(ask('coucou le bot, ici le service culture', 'fr').verdict).toBe('no_answer');
    expect(ask('hi, research desk here - what sort of things can you check for us?', 'en').verdict).toBe('no_answer');
    // A question after the introduction is still answered.
    expect(ask('research desk here, who signed?', 'en').verdict).toBe('answered');
    expect(ask('ici le service culture : qui a signé ?', 'fr').verdict).toBe('answered');
  });

  it('the asker\'s own draft ("Draft line:", "our draft") is their copy, no drafting of the letter → never the organisers', () => {
    const read = realFacts().ask.lexicon.read("Draft line: 'the stars' letter to Congress'. Is Congress right?", 'en');
    expect(read.terms.map((t) => t.term)).not.toContain('c:organise');
    expect(ask("Draft line: 'the stars' letter to Congress'. Is Congress right?", 'en')).not.toMatchObject({ fact: { id: 'organisers' } });
    expect(ask("Our draft says the stars' letter went to Congress. Is Congress right?", 'en')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });
});
