import { makeReply, withData } from '../../src/core/reply';

describe('withData', () => {
  const reply = makeReply({ title: 'T', text: 'body', sources: [{ publisher: 'AFP', title: 'x', url: 'https://example.org/a', date: '2025-03-17' }] });

  it('gives the keys, values and key order of the spreads it replaces', () => {
    const base = { question: 'q', verdict: 'answered', mode: 'fact' };
    const data = { answer: 'a', verdict: 'clarify', candidates: [] };
    const spread = { ...reply, data: { ...base, ...data, text: 'plain' } };
    const built = withData(reply, base, data, { text: 'plain' });
    expect(built).toEqual(spread);
    expect(Object.keys(built)).toEqual(Object.keys(spread));
    expect(Object.keys(built.data!)).toEqual(['question', 'verdict', 'mode', 'answer', 'candidates', 'text']);
    expect(built.data!.verdict).toBe('clarify');
    expect(JSON.stringify(built)).toBe(JSON.stringify(spread));
  });

  it('replaces data a reply already has, in its place, and leaves the reply it was given alone', () => {
    const withOld = { ...reply, data: { old: true } };
    const built = withData(withOld, { fresh: 1 });
    expect(built.data).toEqual({ fresh: 1 });
    expect(Object.keys(built)).toEqual(Object.keys(withOld));
    expect(withOld.data).toEqual({ old: true });
  });
});
