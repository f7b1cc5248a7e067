import { realFacts } from '../../helpers/core';

describe('/ask: two questions joined in one sentence, each asking its own fact, are not answered by one of them (engine.ts, bothAsked)', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"what\'s an RFI and why did Hollywood write in response to one?" is not answered with why they wrote alone', () => {
    expect(ask("what's an RFI and why did Hollywood write in response to one?")).not.toMatchObject({ verdict: 'answered' });
  });

  it('a second part that points back to the first ("…, and where was it filed?") asks of the same thing: answered', () => {
    expect(ask('Which studios took Midjourney to court, and where was it filed?')).toMatchObject({ verdict: 'answered' });
  });

  it('each part alone is still answered: "what\'s an RFI?" → the consultation', () => {
    expect(ask("what's an RFI?")).toMatchObject({ verdict: 'answered', fact: { id: 'ai-action-plan-rfi' } });
  });
});
