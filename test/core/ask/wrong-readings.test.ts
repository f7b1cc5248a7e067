import { realFacts } from '../../helpers/core';

describe('/ask: questions that only look like the story\'s are declined, not answered with a near fact', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a greeting typed long or the bot\'s own name beside it → no signatory verdict on "them"', () => {
    for (const q of ['hiii letterbot', 'heyyy letterbot', 'coucouuu letterbot']) {
      expect(ask(q)).not.toMatchObject({ mode: 'signatory' });
    }
    expect(ask('tom hanks??')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'tom hanks' });
  });

  it('a name ending in a doubled consonant is no greeting typed long ("Tess" is not "tes", "Ann" not "an")', () => {
    expect(ask('did Tess Holliday sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tess Holliday' });
    expect(ask('did Ann Patchett sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ann Patchett' });
  });

  it('a request for more with nothing named, or not knowing what to ask → declined', () => {
    expect(ask("svp plus d'infos")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('je sais pas quoi te demander')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('more info please')).toMatchObject({ verdict: 'no_answer' });
  });

  it('only a request for help after what the asker works on → declined; a question after it is answered', () => {
    expect(ask("je prépare un sujet sur la tribune d'Hollywood, tu peux m'aider ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('working on a piece about the Hollywood letter, could you help me?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("tu peux m'aider ? qui a organisé la lettre ?")).toMatchObject({ verdict: 'answered', mode: 'fact' });
  });

  it('a year after the story\'s last dated event → declined; the letter itself dated so is a premise to correct', () => {
    expect(ask('What happened to the Bartz settlement money in 2028?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("où en est l'affaire Kadrey contre Meta en 2029 ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('was the letter filed in 2028?')).toMatchObject({ verdict: 'answered', mode: 'fact' });
  });

  it('a numbered part of a document that no fact gives → declined; the one the facts give → answered', () => {
    expect(ask('what does part 1 of the Copyright Office report conclude?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('que conclut la partie 3 du rapport du Copyright Office ?')).toMatchObject({ verdict: 'answered' });
  });

  it('another statement, described by words the data does not use → declined, never the letter\'s signers', () => {
    expect(ask("la déclaration sur l'extinction de l'humanité, qui l'a signée ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('the AI extinction-risk statement, who put their name to it?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('the infamous letter, who wrote it?')).toMatchObject({ verdict: 'answered' });
  });

  it('a company signing something → no signatory verdict for the company', () => {
    expect(ask("Did Microsoft sign the EU's AI pact?")).not.toMatchObject({ mode: 'signatory' });
    expect(ask("Was OpenAI's Chris Lehane a signer of the Hollywood letter?")).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('what a signatory said about the letter is not whether they signed', () => {
    expect(ask("Ben Stiller, qu'a-t-il dit lui-même sur la lettre ?")).not.toMatchObject({ mode: 'signatory' });
    expect(ask('did Ted Sarandos weigh in on the letter?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('Ruffalo est sur la lettre ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Ruffalo' });
  });

  it('signers picked by what they backed, a role only saying whose it is → no list by role', () => {
    expect(ask('which signatories backed the writers strike?')).not.toMatchObject({ mode: 'list' });
    expect(ask('parmi les signataires, lesquels ont soutenu la grève des scénaristes ?')).not.toMatchObject({ mode: 'list' });
    expect(ask('which directors signed?')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    expect(ask("c'étaient surtout des acteurs, les signataires ?")).not.toMatchObject({ verdict: 'no_answer' });
  });

  it('a role with only the words that ask for a list ("list", "names") → that role\'s list, not the notable names', () => {
    expect(ask('actors list')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
    expect(ask('gimme the actors, just names')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
    expect(ask('list the directors')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'director' });
    expect(ask("list the actors' demands")).not.toMatchObject({ mode: 'list' });
  });

  it('one named who had others sign ("have them sign") is not asked whether they signed: declined, never "yes"', () => {
    expect(ask('Did Mark Ruffalo have them sign the letter?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('did Ben Stiller make her sign it?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Did Ben Stiller get them to sign the letter?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Ruffalo les a fait signer ?')).toMatchObject({ verdict: 'no_answer' });
    // So is one no signatory is, read as the subject only: never "not among the names" to a question of others signing.
    expect(ask('did Tom Hanks have them sign the letter?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('Tom Hanks les a fait signer ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('did Tom Hanks sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    // Not a causative: "get to sign" (had the chance), "en fait" (in fact).
    expect(ask('Did Ben Stiller get to sign the letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: expect.stringMatching(/Stiller/) });
    expect(ask('Stiller a en fait signé ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Stiller' });
    expect(ask('Stiller and Ruffalo, did both of them sign?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Stiller' });
    expect(ask('did ruffalo sign it')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'ruffalo' });
  });

  it('a name the story knows with a word of one more ("X aussi ?", "X too?") asks whether X signed too; alone, who X is', () => {
    expect(ask('carla hayden aussi ?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'carla hayden' });
    expect(ask('Sam Altman too?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Sam Altman' });
    expect(ask('carla hayden ?')).toMatchObject({ verdict: 'answered', mode: 'fact' });
  });

  it('"em" typed for "them" is no thing signed: "actresses that signed list em" asks for the actors\' list', () => {
    expect(ask('actresses that signed list em')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
  });

  it('a comma ends an exception: "Other than Ben Stiller, Tom Hanks signed it?" asks of Hanks; names joined by "and" stay set aside', () => {
    expect(ask('Other than Ben Stiller, Tom Hanks signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Tom Hanks' });
    expect(ask('Besides Ben Stiller, Mark Ruffalo signed it?')).toMatchObject({ verdict: 'answered', mode: 'signatory', person: 'Mark Ruffalo' });
    expect(ask('anyone other than Ben Stiller, Mark Ruffalo and Tom Hanks?')).not.toMatchObject({ mode: 'signatory' });
  });

  it('a question of who answered by a fact whose phrasing asks how with the same words ("how was the letter received") → the fact that asks who', () => {
    expect(ask('who received the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('qui a reçu la lettre ?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    expect(ask('how was the letter received?')).toMatchObject({ verdict: 'answered', fact: { id: 'conservative-reaction' } });
  });

  it('a word of another country beside the thing asked ("la consultation canadienne") → declined, not the story\'s own one', () => {
    expect(ask('combien de contributions a reçu la consultation canadienne ?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('combien de contributions a reçu la consultation ?')).toMatchObject({ verdict: 'answered', fact: { id: 'rfi-comment-count' } });
  });

  it('which studios sued Midjourney → the June suit of Disney and Universal, not the later one whose answer names them as earlier', () => {
    expect(ask('which studios sued Midjourney, and when?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-universal-v-midjourney' } });
    expect(ask('Quels studios ont attaqué Midjourney, et quand ?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-universal-v-midjourney' } });
    expect(ask('a studio sued Midjourney — who, and where?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-universal-v-midjourney' } });
    expect(ask('did warner bros go after midjourney too')).toMatchObject({ verdict: 'answered', fact: { id: 'wbd-v-midjourney' } });
  });

  it('"what happened with X and the Y": a rest after "and" that opens on an article and asks nothing is a second thing asked of with the first → declined when no fact tells of both', () => {
    expect(ask('what happened between Scarlett Johansson and the Sky voice of OpenAI?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("que s'est-il passé avec Scarlett Johansson et la voix de ChatGPT ?")).toMatchObject({ verdict: 'no_answer' });
    expect(ask('what happened with Scarlett Johansson?')).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
    expect(ask('who sued Midjourney and the date?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-universal-v-midjourney' } });
  });

  it('"…and the date?": an article and a noun of time alone after "and" ask the first part\'s date, not a second thing', () => {
    expect(ask('who sued Anthropic and the date?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' } });
    expect(ask('qui a attaqué Midjourney en justice, et la date ?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-universal-v-midjourney' } });
  });

  it('"us" is the asker ("what can you confirm for us?"), no word of the story: declined; "US jobs", "the US Copyright Office" read by their other words', () => {
    expect(ask('what can you confirm for us?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('how many US jobs does the entertainment industry support, according to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'economic-stakes' } });
    expect(ask('what went on at the US Copyright Office in May 2025?')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-office-may-2025' } });
    expect(ask('how old is US copyright law according to the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-history' } });
  });
});

describe('/ask: a title another fact\'s topic quotes keeps the question on that text', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a question typing "Stealing Isn\'t Innovation" answered by a fact that never names it → that campaign\'s fact offered beside it, never the other alone', () => {
    const got = ask("Someone linked Stealing Isn't Innovation in our Slack this morning. Who organised it?");
    expect(got).not.toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(got).toMatchObject({ verdict: 'clarify', candidates: expect.arrayContaining([expect.objectContaining({ fact: expect.objectContaining({ id: 'stealing-isnt-innovation' }) })]) });
    // The title asked about alone is that campaign's fact, answered; the letter's organisers without it are theirs.
    expect(ask("what is Stealing Isn't Innovation?")).toMatchObject({ verdict: 'answered', fact: { id: 'stealing-isnt-innovation' } });
    expect(ask('who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
});

describe('/ask: a letter or statement dated to another year than the letter\'s is another text', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('a year other than the letter\'s right before "letter" or "statement" ("the 2023 statement") → declined, never the letter\'s facts', () => {
    expect(ask('how many people signed the 2023 statement on generative AI?')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('was the 2024 letter on AI training signed by more people than the hollywood one?')).toMatchObject({ verdict: 'no_answer' });
    // The letter's own year names it.
    expect(ask('who organised the 2025 letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a letter dated to a wrong year that its own words place at the White House or in Hollywood is this letter: its date corrects the year', () => {
    expect(ask('When was the 2024 letter to the White House sent?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
    expect(ask('when was the 2023 letter from the stars sent to the White House?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});

describe('/ask: a company named before the clause that asks is checked, not dropped', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(["paramount, what's its link to the letter?", "netflix, qu'est-ce que ça vient faire dans la tribune ?", 'apple, what did it ask the government for?'])(
    'a company no answer of the clause names, set before it → declined: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'no_answer' });
    },
  );

  it('a company the clause\'s answer names is answered', () => {
    expect(ask('openai, what did it tell the government?')).toMatchObject({ verdict: 'answered', fact: { id: 'openai-argument' } });
  });
});

describe('/ask: a word shared with another fact does not make its answer (round 32)', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('"derrière" with no question of who says afterwards: a follow-up of something said before → declined; "qui est derrière" still the organisers', () => {
    expect(ask('ok et derrière, ça a donné quoi ?', 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask("c'est qui derrière la lettre ?", 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });

  it('a role in a list with a word of naming right after it ("les actrices citées") → the list of that role', () => {
    expect(ask('toutes les chanteuses citées svp', 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'musician' });
    expect(ask('tous les acteurs cités', 'fr')).toMatchObject({ verdict: 'answered', mode: 'list', role: 'actor' });
  });

  it('a list of the names an outlet cites, with no word of a mistake → not the fact on what the outlet got wrong; asking for its mistakes still is', () => {
    expect(ask('give me all the names in the AFP article')).not.toMatchObject({ verdict: 'answered' });
    expect(ask('Les noms que cite BFMTV, tous svp', 'fr')).not.toMatchObject({ verdict: 'answered' });
    expect(ask('which names did BFMTV get wrong?')).toMatchObject({ verdict: 'answered', fact: { id: 'article-errors' } });
  });

  it('a request for the words of "it" (the letter) is answered with a quote of the letter, not another fact sharing a word of the request', () => {
    expect(ask('verbatim, what does it say on licences?')).toMatchObject({ verdict: 'answered', mode: 'quote', fact: { id: 'demands' } });
  });

  it('"on this" and the letter named after an "or" are two questions, no signing verdict', () => {
    expect(ask('Is Mooser still pushing on this or was the letter his only move?')).not.toMatchObject({ mode: 'signatory' });
    expect(ask('is Ruffalo on the 2025 letter?')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });
});

describe('/ask: a question the asker sets aside after "not just" is no content (round 32)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"…, not just who signed" weighs the set-aside question as context: never the fact on the letter\'s reach beyond Hollywood', () => {
    expect(ask('who was driving the whole thing, not just who put a name on it?')).not.toMatchObject({ verdict: 'answered', fact: { id: 'other-industries' } });
    expect(ask('who drove the letter, not only who signed it?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    // "not just" before a thing, not a question word, is what is asked: the letter's reach.
    expect(ask('is it accurate that the letter names doctors too, not just who works in film?')).toMatchObject({ verdict: 'answered', fact: { id: 'other-industries' } });
  });
});

describe('/ask: a question set in another country by its opening (round 32)', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it('"En France, …", "In Germany, …" opening the question → declined when the fact found never names that country', () => {
    expect(ask('Au Canada, des scénaristes ont lancé une lettre contre l\'IA, qui l\'a organisée ?', 'fr')).toMatchObject({ verdict: 'no_answer' });
    expect(ask('In Germany, dubbing artists launched a petition against AI, any details?')).toMatchObject({ verdict: 'no_answer' });
  });

  it('a country the fact names, or the story\'s own, is no other setting', () => {
    expect(ask('en chine, deepseek c\'est quoi ?', 'fr')).toMatchObject({ verdict: 'answered', fact: { id: 'deepseek-china' } });
    expect(ask('In the US, who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
  });
  it('a count of days or weeks that no figure of the fact found counts (it gives dates at most) → never that fact; a fact counting days still answers', () => {
    expect(ask('de la lettre au rapport du Copyright Office, ça fait combien de jours ?')).not.toMatchObject({ verdict: 'answered', mode: 'fact' });
    expect(ask('how many days did the SAG-AFTRA strike last?')).toMatchObject({ verdict: 'answered', mode: 'fact' });
    // A day, not a count of them ("combien le jour du krach": how much, that day) asks no span.
    expect(ask("Nvidia a perdu combien le jour du krach DeepSeek ?")).toMatchObject({ verdict: 'answered' });
  });
});
