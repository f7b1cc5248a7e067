import { realFacts } from '../../helpers/core';

describe('/ask: a premise stated before the question word is corrected by the fact that holds the truth', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('Disney or Universal said to have sued OpenAI → the June lawsuit (against Midjourney); in December → the deal with OpenAI', () => {
    const june = { verdict: 'answered', fact: { id: 'disney-universal-v-midjourney' }, correction: 'studio-suit-defendant' };
    expect(ask('Disney took OpenAI to court in June 2025 — what was the case about?')).toMatchObject(june);
    expect(ask("Disney a traîné OpenAI devant les tribunaux en juin : où en est l'affaire ?")).toMatchObject(june);
    // No month: the lawsuit Disney did file.
    expect(ask("Disney's suit against OpenAI, when was it filed?")).toMatchObject(june);
    // December dates Disney's deal with OpenAI, no lawsuit.
    expect(ask('Why did Disney file a lawsuit against OpenAI last December?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-openai-deal' }, correction: 'studio-suit-defendant' });
    // The true premises stand uncorrected.
    expect(ask('Did Disney sue Midjourney in June?')).not.toHaveProperty('correction');
    expect(ask('how much did Disney pay OpenAI?')).toMatchObject({ verdict: 'answered', fact: { id: 'disney-openai-deal' } });
  });

  it('the Action Plan said to have adopted or sided with the letter\'s demands → corrected by what the plan said', () => {
    const adopted = { verdict: 'answered', fact: { id: 'ai-action-plan-outcome' }, correction: 'plan-adopted' };
    expect(ask("Given that the July plan adopted Hollywood's copyright demands, what did the studios say?")).toMatchObject(adopted);
    expect(ask('Vu que le plan de juillet a repris les exigences des artistes, les studios ont-ils réagi ?')).toMatchObject(adopted);
    // Writing in to the plan's consultation is no plan adopting anything: the verb must come before what it adopted.
    expect(ask("How many Hollywood writers wrote in to the Action Plan's call for comments?")).not.toMatchObject({ correction: 'plan-adopted' });
    // Asking what the plan said claims nothing.
    expect(ask('Did the July plan say anything about copyright?')).not.toHaveProperty('correction');
    expect(ask('What did the letter demand?')).toMatchObject({ verdict: 'answered', fact: { id: 'demands' } });
  });
});

describe('/ask: a slot stated before the question word is read there though the question asks for the slot', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"Since X organised the letter, who helped?" → the wrong organiser said before the "who" is corrected', () => {
    expect(ask('Since Tom Hanks put the letter together, who else helped him?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' }, correction: 'organiser' });
    // A question word that opens the question states nothing before it.
    expect(ask('Who organised the letter?')).toMatchObject({ verdict: 'answered', fact: { id: 'organisers' } });
    expect(ask('Who organised the letter?')).not.toHaveProperty('correction');
  });

  it('a wrong recipient stated before a "who" is corrected, whatever the "who" then asks', () => {
    expect(ask('Since the letter went to the Commerce Department, who organised it?')).toMatchObject({ verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' });
  });
});

describe('/ask: more stated premises — a wrong recipient written to, the Copyright Office backing fair use, directors on strike', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('the stars said to have written to someone the letter never went to → corrected by whom it went to', () => {
    const recipient = { verdict: 'answered', fact: { id: 'recipient' }, correction: 'recipient' };
    expect(ask('Why did the Hollywood stars write to Emmanuel Macron about AI?')).toMatchObject(recipient);
    expect(ask('Pourquoi les vedettes ont-elles écrit à Elon Musk ?')).toMatchObject(recipient);
    // A wrong recipient besides the one the letter never names (Trump) is corrected as the recipient.
    expect(ask("La lettre a été adressée à Macron et à Trump, l'Élysée a-t-il répondu ?")).toMatchObject(recipient);
    // Trump alone is still answered by the fact saying the letter never names him.
    expect(ask('Was the letter addressed to Trump personally?')).toMatchObject({ verdict: 'answered', fact: { id: 'trump-named' } });
    // Another letter Musk was on is no recipient of this one.
    expect(ask('How many people signed the 2023 pause letter that Elon Musk backed?')).not.toMatchObject({ verdict: 'answered' });
  });

  it('the Copyright Office said to have endorsed fair use → corrected by what its May 2025 report said', () => {
    expect(ask("Since the Copyright Office's report endorsed fair use for all AI training, what did the studios say?")).toMatchObject({
      verdict: 'answered',
      fact: { id: 'copyright-office-may-2025' },
      correction: 'copyright-office-stance',
    });
  });

  it('the directors said to have struck in 2023 → corrected by their own deal, no choice with the strikes', () => {
    const deal = { verdict: 'answered', fact: { id: 'dga-deal-2023' }, correction: 'strike-directors' };
    expect(ask('Following the strike of the directors in 2023, which AI guarantees did they secure?')).toMatchObject(deal);
    expect(ask("Après la grève des réalisateurs en 2023, qu'ont-ils décroché sur l'IA ?")).toMatchObject(deal);
  });
});

describe('/ask: a case said to have gone the other way is corrected by the ruling', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('Meta said to have lost Kadrey, a jury said to have convicted Anthropic → the ruling of each case', () => {
    expect(ask('Once the authors defeated Meta in the Kadrey suit, what damages did Meta owe?')).toMatchObject({ verdict: 'answered', fact: { id: 'kadrey-v-meta' }, correction: 'case-outcome' });
    expect(ask('Since the court found Anthropic guilty in the Bartz case, how large was the penalty?')).toMatchObject({ verdict: 'answered', fact: { id: 'bartz-v-anthropic' }, correction: 'case-outcome' });
    // Asking the outcome claims none.
    expect(ask('Who won Kadrey v. Meta?')).not.toHaveProperty('correction');
  });
});
