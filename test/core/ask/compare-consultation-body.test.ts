import { realFacts } from '../../helpers/core';

const eventsOf = (q: string, lang: 'en' | 'fr'): string[] | null => {
  const outcome = realFacts().ask.ask(q, lang);
  return outcome.verdict === 'answered' && outcome.mode === 'compare' ? outcome.events.map((e) => e.id).sort() : null;
};

describe('/ask engine: "Google\'s comments to OSTP" is Google\'s filing: OSTP says where it went', () => {
  it.each([
    ['did google file its ostp comments before or after the hollywood letter went in', 'en'],
    ["Google's OSTP comment vs the Hollywood letter, which landed earlier?", 'en'],
  ] as const)('"%s" → Google and the letter', (q, lang) => {
    expect(eventsOf(q, lang)).toEqual(['2025-03-13-google-proposal', '2025-03-15-letter-submitted']);
  });

  it('"OSTP posting the public comments" still names OSTP\'s own event', () => {
    expect(eventsOf('Did OSTP publish the public comments before or after the Copyright Office report?', 'en')).toEqual(['2025-04-24-ostp-publishes-comments', '2025-05-09-copyright-office-ai-report']);
  });
});
