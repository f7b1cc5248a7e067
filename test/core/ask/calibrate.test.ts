import { decide, DEFAULT_CALIBRATION } from '../../../src/core/ask/calibrate';
import type { Ranked } from '../../../src/core/ask/retrieve';

const ranked = (id: string, score: number, coverage: number, extra: Partial<Ranked<string>> = {}): Ranked<string> => ({
  id,
  item: id,
  score,
  coverage,
  matchedWeight: 3,
  missing: 0,
  containment: 0,
  phrased: 0,
  phrasedName: false,
  ...extra,
});

describe('decide: answer, clarify or decline', () => {
  it('two close matches that carry the question alike → clarify with both, never a guess', () => {
    const d = decide([ranked('a', 100, 1), ranked('b', 90, 1), ranked('c', 10, 0.3)]);
    expect(d.verdict).toBe('clarify');
    expect(d.picked.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('a leader far ahead with rare matched words is answered although a word is unmatched', () => {
    expect(decide([ranked('a', 135, 0.59, { matchedWeight: 7 }), ranked('b', 45, 0.36)]).verdict).toBe('answered');
    // Not when the matched words are common, nor when it is only twice ahead.
    expect(decide([ranked('a', 135, 0.59, { matchedWeight: 2 }), ranked('b', 45, 0.36)]).verdict).not.toBe('answered');
    expect(decide([ranked('a', 100, 0.59, { matchedWeight: 7 }), ranked('b', 50, 0.36)]).verdict).not.toBe('answered');
    // Nor when two of the question's words or more are not the leader's at all ("the next WGA contract negotiation").
    expect(decide([ranked('a', 135, 0.59, { matchedWeight: 7, missing: 2 }), ranked('b', 45, 0.36)]).verdict).not.toBe('answered');
  });

  it('a specific leader that carries more of the question than a close broader fact is answered', () => {
    const d = decide([ranked('bartz', 112, 0.79, { matchedWeight: 6 }), ranked('overview', 79, 0.61, { matchedWeight: 4.7 })]);
    expect(d.verdict).toBe('answered');
    expect(d.picked[0]!.id).toBe('bartz');
    // Equal coverage is no lead.
    expect(decide([ranked('a', 112, 0.79, { matchedWeight: 6 }), ranked('b', 100, 0.75, { matchedWeight: 6 })]).verdict).toBe('clarify');
  });

  it('among close matches, the one whose own phrasing the question contains is answered, even second by score', () => {
    const d = decide([ranked('perlmutter', 141, 0.85), ranked('firing', 135, 0.85, { phrased: 5 }), ranked('other', 20, 0.3)]);
    expect(d).toMatchObject({ verdict: 'answered', picked: [{ id: 'firing' }] });
    // Both contain a phrasing about as rare: still a real doubt.
    expect(decide([ranked('a', 141, 0.85, { phrased: 4 }), ranked('b', 135, 0.85, { phrased: 5 })]).verdict).toBe('clarify');
    // A phrased match that carries clearly less of the question than the leader is no answer.
    expect(decide([ranked('a', 141, 0.9), ranked('b', 135, 0.7, { phrased: 5 })]).verdict).toBe('clarify');
  });

  it('low coverage is still declined, however far ahead', () => {
    expect(decide([ranked('a', 100, 0.3, { matchedWeight: 9 }), ranked('b', 10, 0.1)])).toMatchObject({ verdict: 'no_answer', picked: [] });
    expect(DEFAULT_CALIBRATION.minCoverage).toBeGreaterThan(0.3);
  });
});
