import { realFacts } from '../../helpers/core';

/**
 * "who at Google put her name to their proposal?", « qui a paraphé la proposition d'OpenAI ? »: signing a company's own
 * filing (owned by the company, or "their"/« leur » filing asked of someone on its side; or that filing named first,
 * then signed as "it", « l' », or "by" someone) is no signing of the letter: the fact of what that company filed answers. The letter signed, or a filing no company owns (the letter was a comment
 * too), is read as before: never that company's filing.
 */
describe("/ask engine: who signed a company's own filing", () => {
  const facts = () => realFacts();
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => facts().ask.ask(q, lang);

  it.each([
    ['who at Google put her name to their proposal?', 'en', 'google-argument'],
    ["Which Google staffer signed the firm's proposal?", 'en', 'google-argument'],
    ['who signed the proposal of Google to the science office?', 'en', 'google-argument'],
    ['qui a signé le commentaire de Google ?', 'fr', 'google-argument'],
    ['qui chez Google a signé sa contribution', 'fr', 'google-argument'],
    ["c'est qui chez open ai qui a signé leur mémoire", 'fr', 'openai-argument'],
    // The filing named first, then signed as "it", « l' », or by someone named after "by" / « par ».
    ["Google's comment to the science office was signed by whom, and what did it ask for?", 'en', 'google-argument'],
    ["Google a déposé sa propre proposition : qui l'a signée ?", 'fr', 'google-argument'],
    ['la contribution de Google a été signée par qui ?', 'fr', 'google-argument'],
  ] as const)('"%s" → the company\'s filing', (q, lang, id) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it.each([
    ['Did anyone at Google sign the letter?', 'en'],
    ['who signed the comment sent to the science office?', 'en'],
    ["Did OpenAI sign the stars' letter too?", 'en'],
    ["Les signataires soutiennent-ils la contribution d'OpenAI ?", 'fr'],
    ["The letter answered OpenAI's filing; who signed it?", 'en'],
  ] as const)('the letter signed, or no company\'s own filing: "%s" is not read as a filing', (q, lang) => {
    const out = ask(q, lang);
    expect(out.verdict === 'answered' && 'fact' in out ? out.fact.id : 'none').not.toMatch(/^(openai|google)-argument$/);
  });
});
