import { answeredFact } from '../../helpers/core';

/**
 * « Google et OpenAI ont déposé leurs propositions en avril, après la lettre, c'est ça ? »: a verb of sending whose object
 * is a filing a possessive or a word of owning (`filingOwnWords`) gives to a company named before the verb sends that
 * company's own filing. It dates nothing of the letter, so the letter's date never answers it. The letter sent, or sent
 * by its signers, is still a premise about the letter's date.
 */
describe("/ask engine: a company sending its own filing", () => {
  it.each([
    ["Google et OpenAI ont déposé leurs propositions en avril, après la lettre, c'est ça ?", 'fr'],
    ["OpenAI a répondu à la lettre en avril en déposant sa propre note, c'est ça ?", 'fr'],
    ['Google a déposé sa proposition en avril, après la lettre ?', 'fr'],
    ['Google filed its own proposal in April, after the letter, right?', 'en'],
  ] as const)('"%s" → not the letter\'s date', (q, lang) => {
    expect(answeredFact(q, lang)).not.toBe('submission-date');
  });

  it.each([
    ['The letter was filed in April, right?', 'en'],
    ['Did the stars send their letter in April?', 'en'],
  ] as const)('the letter sent: "%s" → still corrected by its date', (q, lang) => {
    expect(answeredFact(q, lang)).toBe('submission-date');
  });
});
