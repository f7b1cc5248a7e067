import { realFacts } from '../../helpers/core';

describe('/ask engine: "btwn" is "between"', () => {
  it('"how many days btwn the RFI and the deadline" compares the two', () => {
    const outcome = realFacts().ask.ask('how many days btwn the RFI and the deadline', 'en');
    expect(outcome).toMatchObject({ verdict: 'answered', mode: 'compare' });
    expect(outcome.verdict === 'answered' && outcome.mode === 'compare' ? outcome.events.map((e) => e.id).sort() : null).toEqual(['2025-02-06-ai-action-plan-rfi', '2025-03-15-letter-submitted']);
  });
});
