import { realDispatcher, realFacts, run } from '../helpers/core';

const dispatcher = realDispatcher();

describe('/signatory', () => {
  it('cate blanchet → yes, Cate Blanchett, with the sources that name her', async () => {
    const { reply, outcome } = await run(dispatcher, 'signatory', { name: 'cate blanchet' });
    expect(outcome).toBe('ok');
    expect(reply.title).toBe('Yes: Cate Blanchett is among the signatories');
    expect(reply.tone).toBe('positive');
    const expected = realFacts().signatories.find((s) => s.name === 'Cate Blanchett')!.sources.map((id) => realFacts().source(id)!.url);
    expect(reply.sources.map((s) => s.url).sort()).toEqual([...expected].sort());
    expect(reply.data).toMatchObject({ query: 'cate blanchet', verdict: 'signed', match: { name: 'Cate Blanchett', known_for: expect.any(String) }, candidates: [] });
    expect((reply.data as { match: { sources: unknown[] } }).match.sources.length).toBeGreaterThan(0);
    expect(reply.data!.text).toContain('Cate Blanchett');
  });

  it('Ben Affleck → not among the N names we have, never "did not sign", never Ben Stiller', async () => {
    const { reply } = await run(dispatcher, 'signatory', { name: 'Ben Affleck' });
    const n = realFacts().signatories.length;
    expect(reply.title).toBe(`Not among the ${n} names we have from sources`);
    expect(reply.text).toContain('400+');
    expect(reply.text).toContain('full list is not public');
    expect(`${reply.title} ${reply.text}`).not.toMatch(/did not sign\b(?!\.)|Stiller/);
    expect(reply.text).toContain('this does not mean they did not sign');
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.data).toMatchObject({ verdict: 'not_listed', match: null, candidates: [] });
  });

  it('Paul → did you mean, with buttons that check each name', async () => {
    const { reply } = await run(dispatcher, 'signatory', { name: 'Paul' });
    expect(reply.data).toMatchObject({ verdict: 'ambiguous', match: null });
    // Both are reported by major outlets (Paul Simon by Guitar Player and The A.V. Club), so either may come first.
    expect(reply.choices).toHaveLength(2);
    expect(reply.choices).toEqual(
      expect.arrayContaining([
        { label: 'Paul McCartney', command: 'signatory', options: { name: 'Paul McCartney' }, kind: 'suggestion' },
        { label: 'Paul Simon', command: 'signatory', options: { name: 'Paul Simon' }, kind: 'suggestion' },
      ]),
    );
    expect(reply.text).toContain('A first name alone is not enough');
  });

  it('a weak-sourced signatory is answered as reported by smaller sites only', async () => {
    const { reply } = await run(dispatcher, 'signatory', { name: 'Patton Oswalt' });
    expect(reply.data).toMatchObject({ verdict: 'signed', match: { name: 'Patton Oswalt', confidence: 'weak' } });
    expect(reply.tone).toBe('uncertain');
    expect(reply.text).toMatch(/Only smaller sites report this name \(.+\)/);
  });

  it('answers in French when the user’s locale is French', async () => {
    const { reply } = await run(dispatcher, 'signatory', { name: 'Ben Affleck' }, 'fr');
    expect(reply.title).toMatch(/^Absent des \d+ noms/);
    expect(reply.text).toContain('ne veut pas dire');
  });

  it('surname only and typo answers say how the name was read', async () => {
    expect((await run(dispatcher, 'signatory', { name: 'Waititi' })).reply.text).toContain('surname only');
    expect((await run(dispatcher, 'signatory', { name: 'Mark Rufalo' })).reply.text).toContain('Read as "Mark Ruffalo"');
  });

  it.each([
    [{ name: '' }, 'input_empty'],
    [{ name: 'x'.repeat(10_000) }, 'input_too_long'],
    [{ name: '@everyone' }, 'input_mention'],
    [{ name: '\u0001\u0002' }, 'input_control'],
    [{ name: '🎬' }, 'input_no_text'],
  ])('bad input %# → polite private error (%s)', async (options, code) => {
    const result = await run(dispatcher, 'signatory', options);
    expect(result.outcome).toBe('user_error');
    expect(result.code).toBe(code);
    expect(result.reply.ephemeral).toBe(true);
    expect(result.reply.text).not.toMatch(/Error|at \w+ \(/);
  });

  it('autocomplete suggests names as the user types', () => {
    const choices = dispatcher.suggest({ command: 'signatory', option: 'name', typed: 'gyl', options: {}, locale: 'en', user: { id: 'u', isManager: false }, channel: { platform: 'shell', id: 'c' } });
    expect(choices).toEqual([{ label: 'Maggie Gyllenhaal', value: 'Maggie Gyllenhaal' }]);
  });
});
