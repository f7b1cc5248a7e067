import { realDispatcher, run } from '../helpers/core';

const dispatcher = realDispatcher();

describe('/ask', () => {
  it('how many people signed? → English answer with sources', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'how many people signed?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', lang: 'en', fact: 'signatory-count' });
    expect(reply.text).toMatch(/400/);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('combien de signataires ? → French answer even for an English-speaking user', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'combien de signataires ?' }, 'en');
    expect(reply.data).toMatchObject({ verdict: 'answered', lang: 'fr' });
    expect(reply.title).toBe('Réponse');
    expect(reply.text).toMatch(/400/);
  });

  it('lang overrides the detected language', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'how many people signed?', lang: 'fr' });
    expect(reply.data).toMatchObject({ lang: 'fr' });
    expect(reply.title).toBe('Réponse');
  });

  it('an answer that uses the letter’s words marks them as a quote', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'what is the main message of the letter?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', fact: 'main-message', quote: expect.stringContaining('AI leadership') });
    expect(reply.text).toMatch(/^> From the letter: “We firmly believe .+”$/m);
  });

  it('wages figure is the sourced $229 billion', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'how much in wages does the industry pay?' });
    expect(reply.text).toContain('229');
    expect(reply.text).not.toContain('230');
  });

  it("off-topic → 'I can only answer questions about the letter' with example questions", async () => {
    const { reply } = await run(dispatcher, 'ask', { question: "what's the weather in Paris?" });
    expect(reply.title).toBe('I can only answer questions about the letter');
    expect(reply.data).toMatchObject({ verdict: 'no_answer', answer: null, sources: [] });
    expect(reply.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
  });

  it('off-topic in French → the refusal in French', async () => {
    const { reply } = await run(dispatcher, 'ask', { question: 'quelle est la météo à Paris ?' });
    expect(reply.title).toBe('Je ne réponds qu’aux questions sur la lettre');
  });

  it.each([[{ question: '' }], [{ question: 'q'.repeat(201) }], [{ question: '<!channel> who signed' }], [{ question: 'who', lang: 'de' }]])('bad input %# → user error', async (options) => {
    expect((await run(dispatcher, 'ask', options)).outcome).toBe('user_error');
  });
});

describe('/ask about a person', () => {
  it('did Paul McCartney sign? → the signatory answer, with sources', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Did Paul McCartney sign?' });
    expect(reply.data).toMatchObject({ verdict: 'answered', lang: 'en', signatory: { verdict: 'signed', match: { name: 'Paul McCartney' } } });
    expect(reply.data!.answer).toMatch(/^Yes: Paul McCartney is among the signatories\./);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('Ben Affleck a-t-il signé ? → not among our names, in French, never "did not sign"', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Ben Affleck a-t-il signé la lettre ?' });
    expect(reply.data).toMatchObject({ lang: 'fr', signatory: { verdict: 'not_listed' } });
    expect(reply.title).toMatch(/^Absent des \d+ noms/);
  });
});

describe('/ask: questions about signing that are not about one person', () => {
  it.each([
    ['How many Hollywood figures signed the open letter?', 'signatory-count'],
    ['What executive order did Trump sign in January 2025?', 'executive-order-14179'],
  ])('%s → the fact %s, not a name lookup', async (question, fact) => {
    const { reply } = await run(realDispatcher(), 'ask', { question });
    expect(reply.data).toMatchObject({ verdict: 'answered', fact });
  });

  it('Did Stiller sign? → a surname that matches one signatory is checked', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Did Stiller sign?' });
    expect(reply.data).toMatchObject({ signatory: { verdict: 'signed', match: { name: 'Ben Stiller' } } });
  });
});

describe('/ask: yes/no questions about someone not in the list', () => {
  it('Did Trump sign the letter? → not among our names (never "did not sign")', async () => {
    const { reply } = await run(realDispatcher(), 'ask', { question: 'Did Trump sign the letter?' });
    expect(reply.data).toMatchObject({ signatory: { verdict: 'not_listed', query: 'Trump' } });
    expect(reply.title).toMatch(/^Not among the \d+ names/);
  });
});
