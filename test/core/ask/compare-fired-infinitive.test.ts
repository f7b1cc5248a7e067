import { realFacts } from '../../helpers/core';

const eventsOf = (q: string): string[] | null => {
  const outcome = realFacts().ask.ask(q, 'fr');
  return outcome.verdict === 'answered' && outcome.mode === 'compare' ? outcome.events.map((e) => e.id).sort() : null;
};

describe('/ask engine: « se faire mettre dehors », « mettre à la porte » is a firing', () => {
  it.each([
    ['La lettre est partie avant ou après que Perlmutter se soit fait mettre dehors ?', ['2025-03-15-letter-submitted', '2025-05-10-register-of-copyrights-fired']],
    ['Le rapport du Copyright Office est sorti avant ou après que Perlmutter se fasse mettre à la porte ?', ['2025-05-09-copyright-office-ai-report', '2025-05-10-register-of-copyrights-fired']],
  ] as const)('"%s" → the firing compared', (q, events) => {
    expect(eventsOf(q)).toEqual([...events].sort());
  });
});
