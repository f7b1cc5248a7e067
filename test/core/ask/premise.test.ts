import { realFacts } from '../../helpers/core';
import { parseQuestion } from '../../../src/core/ask/parse';
import type { PremiseReader } from '../../../src/core/ask/premise';

describe('/ask premises: a role or date of the letter put on the wrong value is corrected by the fact that holds it', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['did the letter go to the White House in February 2025?', 'la lettre a été remise à la Maison Blanche en février ?'])(
    'a wrong month said of the letter going to its addressee → the submission date: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
    },
  );

  it('the letter sent to its true addressee with no date given is no date premise', () => {
    expect(ask('Which office was the letter sent to?')).not.toMatchObject({ correction: 'date' });
  });

  it('a congressional body as the letter\'s receiver → the recipient', () => {
    expect(ask('which congressional committee received the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });
});

describe('/ask premises: a wrong date placed before or after another event, in a question asking why', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('the date of the filing is corrected, not the other event\'s fact answered', () => {
    expect(ask('Why did they send the letter in January, before Trump had even signed his order?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
    expect(ask('why send the letter in january, before trump even signed the AI order?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });
});

describe('/ask premises: a letter "to" a wrong addressee is the story\'s letter with a premise, not another letter', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Why did the signatories address their letter to the Commerce Department?', 'Why did the stars address their letter to President Biden?'])(
    'a wrong addressee (its title beside it) after "their letter to" → the recipient: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
    },
  );

  it.each(['Did Ben Stiller sign the letter to Congress about TikTok?', 'Ben Stiller a signé la lettre au Congrès sur TikTok ?', 'Did Ruffalo sign a letter to President Biden about Gaza?'])(
    'a letter to a wrong addressee about a name of its own is still another letter → declined: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'no_answer' });
    },
  );

  it.each(['Did they send their letter to Congress on March 17?', 'Did they send their letter to Congress on Monday?'])(
    'a date after a wrong addressee says when, not what the letter is about → the recipient: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
    },
  );

  it('a letter to a name that is no addressee of the story (a consultation\'s wrong president) is still another letter', () => {
    expect(ask('a qui etait adressee la lettre en vrai, Obama ?')).toMatchObject({ verdict: 'no_answer' });
  });
});

describe('/ask premises: the letter said to back the companies it opposes is corrected by whom it answers', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(["Why does the letter endorse OpenAI's demands?", "Why did the letter praise OpenAI's submission?", "pourquoi Google a-t-il soutenu la lettre d'Hollywood", "Pourquoi la lettre approuve la position d'OpenAI ?"])(
    'backing OpenAI or Google, or their proposal → the companies the letter opposes: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'stance' });
    },
  );

  it.each(["Which stars backed OpenAI's Sora app?", "Did any signatory back Google's antitrust case?"])('backing something of theirs that is no proposal nor the letter is no stance premise: "%s"', (q) => {
    expect(ask(q)).not.toMatchObject({ correction: 'stance' });
  });
});

describe('/ask premises: rebutting is a word of opposing', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Why did the letter rebut Microsoft?', 'Which Amazon proposal did the letter rebut?'])('the letter said to rebut a company it never names → whom it answers: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'responds-to-openai-google' }, correction: 'targets' });
  });
});

describe('/ask premises: a first name and surname typed with capitals are a person, even one a fact names elsewhere', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['Did Scarlett Johansson organise the letter?', 'Why did Scarlett Johansson organise the 2025 letter?'])('a person named as the organiser → the organisers, corrected: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' }, correction: 'organiser' });
  });

  it("a campaign's name of common words typed with capitals is no person: never the organisers", () => {
    expect(ask("La campagne Stealing Isn't Innovation lancée avec la lettre regroupait qui ?")).not.toMatchObject({ fact: { id: 'organisers' } });
  });
});

describe('/ask premises: an editor checking a draft ("our draft says…", "we wrote that…", "ok to run?") gets the claim checked', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['our draft says more than 3,000 stars signed. ok to run?', 'the draft says 2,500 Hollywood names signed it. good to go?'])(
    'a wrong count of signers framed by a draft, its figure typed with a separator → the signers\' count: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    },
  );

  it('a draft framing whose claim is right is still read: "we wrote that the letter was signed by more than 400 people. fine?"', () => {
    expect(ask('we wrote that the letter was signed by more than 400 people. fine?')).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });
});

describe('/ask premises: a wrong age of US copyright law said of the letter is corrected (a span of years is no figure)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['The letter says American copyright law goes back 150 years, right?', 'Our piece has the letter praising 500 years of US copyright law. Correct?'])(
    'a wrong number of years of copyright law → the letter\'s "nearly 250 years": "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'copyright-history' }, correction: 'copyright-age' });
    },
  );

  it('years said of something else than copyright law are no premise of its age', () => {
    expect(ask('The strikes ended 2 years before the letter, right?')).not.toMatchObject({ correction: 'copyright-age' });
  });
});

describe('/ask premises: a wrong count of signers after the verb ("signed by 90 stars") or before "names" is corrected', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['the letter was signed by about 90 stars, correct?', 'La lettre a été signée par plus de 3 000 artistes ?', 'so 300 big names signed it'])(
    'a wrong count of signers → the signers\' count: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
    },
  );

  it('a day after the verb of signing is no count: "was the letter signed on 15 March?" is no signers\' count', () => {
    expect(ask('was the letter signed on 15 March?')).not.toMatchObject({ fact: { id: 'signatory-count' } });
  });
});

describe('/ask premises: the consultation said to come from the wrong body is corrected by what it was', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['the RFI was published by Congress?', 'the Copyright Office launched the consultation, right?'])('a wrong issuer of the RFI → the RFI: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' }, correction: 'rfi-issuer' });
  });

  it('asking who issued it gives no wrong value: no correction', () => {
    expect(ask('who issued the RFI?')).not.toMatchObject({ correction: 'rfi-issuer' });
  });
});

describe('/ask premises: the letter "to" a wrong addressee, with no verb of sending, still says whom it went to', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['what was in the stars\' letter to the Senate?', 'que disait la lettre au Sénat des vedettes ?'])('"letter to" a wrong addressee → the recipient: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });
});

describe('/ask premises: a value a fact names only as what another noun belongs to ("Librarian of Congress") is no rival reading', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['how come they sent it off to Congress?', 'why did they submit it to Congress?'])('a wrong addressee → the recipient, not the fact on the Librarian of Congress: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });
});

describe('/ask: a verb of sending with its object pronoun before "to" ("hand it to", "mailed it to") is a word of addressing', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['who did they hand it to?', 'who did the stars deliver it to?'])('asked whom → the recipient: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' } });
  });

  it.each(['they mailed it to the Senate, didn\'t they?', 'why did they file it to the Senate?'])('a wrong addressee after it, the pronoun the letter → the recipient corrected: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });
});

describe('/ask premises: a year no fact gives, said of a fact that dates itself, is corrected, never moved silently', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    ['what did Google tell the administration about fair use in 2024?', 'google-argument'],
    ["qu'est-ce qu'OpenAI a fait valoir auprès de la Maison Blanche en 2024 ?", 'openai-argument'],
  ])('a year off by one → the fact answers with its own date, as a correction: "%s"', (q, fact) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: fact }, correction: 'year' });
  });

  it('the year the fact gives, or no year at all, is no premise', () => {
    expect(ask('what did Google tell the administration about fair use in 2025?')).not.toMatchObject({ correction: 'year' });
    expect(ask('what did Google tell the administration about fair use?')).not.toMatchObject({ correction: 'year' });
  });
});

describe('/ask premises: who wrote the letter, said with a passive and its agent, is the organisers slot', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['the letter was penned by the directors guild, correct?', 'la tribune a été rédigée par la guilde des scénaristes ?'])(
    'a union given as the letter\'s author → corrected by the organisers: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' }, correction: 'organiser' });
    },
  );
});

describe('a date near the letter across a clause that an article opens (premise `near`)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"After the letter, the July plan…" dates the plan, not the letter; "the letter, from July, …" still dates it', () => {
    expect(ask('After the letter, the July plan protected copyright — right?')).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-outcome' } });
    expect(ask('After the letter, the July Action Plan enshrined protections for rights holders — true?')).not.toMatchObject({ fact: { id: 'submission-date' } });
    expect(ask('the letter, from July, who signed it?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
  });
});

describe('/ask premises: a wrong addressee that another fact denies is corrected by that fact, not declined', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(['the letter was addressed to Trump personally, right? for the headline', 'Since they sent the letter straight to Trump, did he read it?', 'Comme la lettre était adressée à Trump en personne, a-t-il répondu ?'])(
    'the letter sent or addressed to Trump (whom it never names) → the fact that it never names him: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' }, correction: 'trump-named' });
    },
  );

  it('another premise given beside it is corrected instead: a wrong day of handing it to Trump → the submission date', () => {
    expect(ask('La lettre a été remise en main propre à Trump le 19 mars ?')).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' }, correction: 'date' });
  });

  it.each(["On lit partout que c'est « Hollywood » qui écrit à Trump : qui a concrètement monté cette lettre ?", "Mon collègue jure que c'était une lettre à Trump direct. Elle était adressée à quel bureau, finalement?"])(
    'a question word asking a slot, or Trump only by the letter, is not answered by the denial: "%s"',
    (q) => {
      expect(ask(q)).not.toMatchObject({ fact: { id: 'trump-named' } });
    },
  );
});

describe('/ask premises: a wrong addressee said by a verb of handing, sending or receiving, or asked "to whom", is corrected by the recipient', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each([
    'la lettre a été remise en main propre à trump dans le bureau ovale, c\'est ça ?',
    'La lettre a été remise à Trump en main propre lors d\'un gala, c\'est ça ?',
    "Trump a reçu la lettre en main propre, c'est vrai ?",
    'the letter was hand-delivered to Trump in the Oval Office, right?',
    'our intro says the letter was sent to trump himself. which office exactly got it?',
  ])('handed, sent or received by Trump (no verb of addressing), the recipient ranked first: where the letter went, corrected: "%s"', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });

  it.each(['la lettre était adressée à qui exactement ? à trump en personne ?', 'la lettre a été remise à qui exactement, à trump en personne ?', 'la lettre a été envoyée à qui, à Trump ?'])(
    '"à qui" asks the slot by its own question word: the recipient answers and corrects Trump: "%s"',
    (q) => {
      expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
    },
  );

  it('addressed to Trump is how the letter would name him: still the denial; "qui a remis…" asks no recipient', () => {
    expect(ask("la lettre s'adresse à Trump en personne ou pas ? on nous le demande en commentaire")).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' }, correction: 'trump-named' });
    expect(ask('qui a remis la lettre à Trump ?')).not.toMatchObject({ fact: { id: 'recipient' } });
  });
});

describe('/ask premises: a month\'s short form joined by a hyphen to a name ("Mar-a-Lago") is no date', () => {
  const premises = (q: string) => {
    const facts = realFacts();
    const reader = (facts.ask as unknown as { premises: PremiseReader }).premises;
    return reader.read(parseQuestion(q, facts.ask.lexicon, facts.names), new Set([0])).map((p) => p.id);
  };

  it('no date premise read from "Mar-a-Lago"; one still read from "Jan-2025" or a month alone', () => {
    expect(premises('so the letter went to Mar-a-Lago?')).not.toContain('date');
    expect(premises('the letter went out in Jan-2025?')).toContain('date');
  });
});

describe('/ask premises: a wrong date of the executive order behind the consultation is corrected by the order itself', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Trump signed his AI executive order in April 2025, right?', 'en'],
    ['After Trump signed the AI order in October 2024, what did it require?', 'en'],
    ["Le décret de Trump d'avril sur l'IA, il disait quoi ?", 'fr'],
    ["Trump a signé son décret sur l'IA en juin 2025, non ?", 'fr'],
  ] as const)('a month the order was not signed in → EO 14179, as a correction: "%s"', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: 'executive-order-14179' }, correction: 'order-date' });
  });

  it("the later order's own month (December 2025) names that order: no correction", () => {
    expect(ask('What did the December 2025 executive order on AI say?')).not.toMatchObject({ correction: 'order-date' });
  });

  it('an order asked of with an indefinite article ("an order … in 2026") claims nothing of the story\'s: no correction', () => {
    expect(ask('Did Trump sign an executive order on AI and copyright in 2026?')).not.toMatchObject({ correction: 'order-date' });
  });

  it('a month the fact spells in full, typed short ("jan"), is the right month: no correction', () => {
    expect(ask('Trump signed his AI executive order in jan 2025, right?')).not.toMatchObject({ correction: 'order-date' });
  });
});
