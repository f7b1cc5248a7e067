import { realFacts } from '../../helpers/core';

/**
 * "Is Scarlett Johansson on the March 2025 letter, or am I conflating it with the later campaign?": a comparison whose
 * "or" follows the one named and this letter (or its signing, with a campaign after the "or") asks first whether they
 * are on this letter's list; the signatory verdict answers it as it answers the plain yes/no. Not a namesake of a
 * signatory, nor a signing of something else compared in time.
 */
describe('/ask engine: "on the letter, or only the later campaign?" gets the verdict', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    'Is Scarlett Johansson on the March 2025 letter, or am I conflating it with the later campaign?',
    'is ScarJo on the March letter or only on the later campaign?',
    "I'd like to know whether Scarlett Johansson signed the March 2025 letter, or whether she only joined the later campaign.",
    'scarlett johansson — was she one of the March 2025 signers or only part of the later campaign?',
  ])('"%s" → the signatory check', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', mode: 'signatory' });
  });

  it.each([
    ['Le décret IA de Obama, signé avant ou après la sortie de DeepSeek-R1 ?', 'fr'],
    ["biden's AI order 14110 — signed before or after", 'en'],
  ] as const)('"%s" (a signing of something else, compared in time) → no signatory check', (q, lang) => {
    expect(ask(q, lang)).not.toMatchObject({ mode: 'signatory' });
  });
});
