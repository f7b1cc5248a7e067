import { answeredFact } from '../../helpers/core';

// The letter was filed as a comment to the OSTP's request for information (the RFI) and pushed back against OpenAI's
// and Google's comments to it. A reply asked of together with the call for comments, a consultation or a government
// request is the RFI (ai-action-plan-rfi); a reply asked of OpenAI and Google, or a bare "what was it responding to",
// stays the fact on their proposals (responds-to-openai-google, whose answer names the consultation too).
describe('/ask: what the letter replied to (the call for comments) and whom it pushed back against', () => {
  it.each([
    ['what were they replying to? was there some official call for comments', 'en'],
    ['was the letter a reply to some government consultation, and which one?', 'en'],
    ['elle répondait à quelle consultation du gouvernement, cette lettre ?', 'fr'],
  ] as const)('"%s" → the RFI', (q, lang) => {
    expect(answeredFact(q, lang)).toBe('ai-action-plan-rfi');
  });

  it.each([
    ['is this a reply to OpenAI and Google', 'en'],
    ['what was the letter responding to?', 'en'],
    ['À quoi répondait cette lettre ?', 'fr'],
  ] as const)('"%s" → the OpenAI and Google proposals it answered', (q, lang) => {
    expect(answeredFact(q, lang)).toBe('responds-to-openai-google');
  });
});
