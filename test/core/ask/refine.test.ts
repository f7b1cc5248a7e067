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
});
