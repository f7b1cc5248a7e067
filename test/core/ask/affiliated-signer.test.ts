import { realFacts } from '../../helpers/core';

describe('/ask engine: who signs is the person, not where they work nor a month', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['Sam Altman from OpenAI signed the letter too? checking', 'en', 'Sam Altman'],
    ['Chris Lehane, the one from OpenAI, signed the letter too?', 'en', 'Chris Lehane'],
    ['Kent Walker de Google a signé la lettre ?', 'fr', 'Kent Walker'],
  ] as const)('"%s" (%s) → the verdict is about %s (not listed), never about the company', (q, lang, person) => {
    const outcome = ask(q, lang);
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    if (outcome.verdict !== 'answered' || outcome.mode !== 'signatory') return;
    expect(outcome.person).toBe(person);
    expect(realFacts().names.match(outcome.person).verdict).toBe('not_listed');
  });

  it('a signatory named with where they work is still who signed', () => {
    const outcome = ask('Mark Ruffalo from Marvel signed the letter?');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'signatory' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'signatory' ? realFacts().names.match(outcome.person).verdict : null).toBe('signed');
  });

  it.each([["the judge ruled for Meta in June; did the letter's signatories say anything?"], ['the court ruled in June, did the signatories react?']])(
    '"%s" → a month is no one: never "June is not among the signatories"',
    (q) => {
      expect(ask(q).mode).not.toBe('signatory');
    },
  );

  it('a short month that is also a name is still asked about ("et Jul il a signé ?": the rapper, not July)', () => {
    expect(ask('et Jul il a signé mdr', 'fr')).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it('a company asked about alone is still no signatory verdict', () => {
    expect(ask('did Google sign the letter?').mode).not.toBe('signatory');
  });
});
