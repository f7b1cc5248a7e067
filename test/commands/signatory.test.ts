import { dispatcherWith, makeWeak, realDispatcher, realFacts, run } from '../helpers/core';

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

  it('a source read through a copy: the link stays the outlet’s URL; the copy is only in the JSON data (signatory and /ask)', async () => {
    const copy = { url: 'https://mirror.example.net/copy-of-the-story', note: 'read on a mirror' };
    let outlet = '';
    const withVia = dispatcherWith((data) => {
      const first = data.sources.find((s) => s.id === data.signatories.find((p) => p.id === 'cate-blanchett')!.sources[0])!;
      first.via = copy;
      outlet = first.url;
    });
    const { reply } = await run(withVia, 'signatory', { name: 'Cate Blanchett' });
    const link = reply.sources.find((s) => s.url === outlet)!;
    expect(link.via).toEqual(copy);
    expect(reply.sources.map((s) => s.url)).not.toContain(copy.url);
    expect((reply.data as { match: { sources: { via?: unknown }[] } }).match.sources).toContainEqual(expect.objectContaining({ url: outlet, via: copy }));
    expect(String(reply.data!.text)).not.toContain(copy.url);
    const ask = (await run(withVia, 'ask', { question: 'Did Cate Blanchett sign?' })).reply;
    expect(ask.data!.sources).toContainEqual(expect.objectContaining({ url: outlet, via: copy }));
  });

  describe('a name only smaller sites report (confidence weak)', () => {
    const weak = dispatcherWith((data) => makeWeak(data, 'cate-blanchett'));

    it('→ signed in JSON with confidence weak, but no bare "Yes": the headline says smaller sites only', async () => {
      const { reply } = await run(weak, 'signatory', { name: 'Cate Blanchett' });
      expect(reply.data).toMatchObject({ verdict: 'signed', confidence: 'weak', match: { name: 'Cate Blanchett', confidence: 'weak' } });
      expect(reply.title).toBe('Smaller sites only: Cate Blanchett is reported as a signatory, not confirmed by a major outlet');
      expect(reply.title).not.toMatch(/^Yes/);
      expect(reply.tone).toBe('uncertain');
      expect(reply.text).toMatch(/Only smaller sites report this name \(.+\)/);
      expect(reply.data!.text).toMatch(/^Smaller sites only/);
    });

    it('→ in French, the headline says the same', async () => {
      const { reply } = await run(weak, 'signatory', { name: 'cate blanchet' }, 'fr');
      expect(reply.title).toBe('Petits sites seulement : le nom de Cate Blanchett figure parmi les signataires, sans confirmation d’un grand média');
      expect(reply.title).not.toMatch(/^Oui/);
    });

    it('→ /ask "did … sign?" reuses the same headline in its answer', async () => {
      const { reply } = await run(weak, 'ask', { question: 'Did Cate Blanchett sign the letter?' });
      expect(reply.title).toMatch(/^Smaller sites only/);
      expect(reply.data).toMatchObject({ signatory: { verdict: 'signed', confidence: 'weak' } });
      expect(String(reply.data!.answer)).toMatch(/^Smaller sites only: Cate Blanchett/);
    });

    it('every weak signatory in data/ gets the hedged headline, every major one a "Yes"', async () => {
      for (const person of realFacts().signatories) {
        const { reply } = await run(dispatcher, 'signatory', { name: person.name });
        expect({ name: person.name, title: reply.title }).toEqual({
          name: person.name,
          title: person.confidence === 'weak' ? expect.stringMatching(/^Smaller sites only: /) : expect.stringMatching(/^Yes: /),
        });
        expect(reply.data).toMatchObject({ verdict: 'signed', confidence: person.confidence });
      }
    });
  });
});
