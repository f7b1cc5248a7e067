import { realFacts } from '../../helpers/core';

// checkNamesNotCarried: a wrong addressee said beside a verb of addressing is the error the recipient fact corrects,
// also when the question names the letter only by a pronoun ("it was sent to…") or not at all ("ils ont écrit au…").
describe('/ask engine: a wrong addressee by a verb of addressing is no name the answer must carry (wrongValueAt)', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);

  it.each([
    ['so this one went to congress, which committee?', 'en'],
    ['they went to Congress with it rather than the White House, why?', 'en'],
    ['pourquoi ils ont écrit au Congrès et pas à la Maison-Blanche ?', 'fr'],
  ] as const)('"%s" → recipient, no choice', (q, lang) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', mode: 'fact', fact: { id: 'recipient' } });
  });

  it('a name with no verb of addressing still asks its own fact: not answered by the recipient fact alone', () => {
    const reply = ask('What did Congress do after the letter came out?', 'en');
    expect(reply.verdict === 'answered' && 'fact' in reply && reply.fact.id === 'recipient').toBe(false);
  });
});
