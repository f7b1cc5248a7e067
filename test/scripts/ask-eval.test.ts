import { score, tally, type EvalItem } from '../../scripts/ask-eval';

const item = (expect: EvalItem['expect'], kind = 'fact'): EvalItem => ({ id: 't-1', lang: 'en', q: 'q', kind, expect });
const idOf = (name: string): string | undefined => ({ 'Mark Ruffalo': 'mark-ruffalo' })[name];

describe('the /ask scorer', () => {
  it('a fact answer is right only with an expected fact; clarify and no answer are neither', () => {
    const e = item({ type: 'fact', facts: ['organisers'] });
    expect(score(e, { verdict: 'answered', mode: 'fact', fact: 'organisers' }, idOf)).toBe('right');
    expect(score(e, { verdict: 'answered', mode: 'fact', fact: 'demands' }, idOf)).toBe('wrong');
    expect(score(e, { verdict: 'clarify', mode: 'fact' }, idOf)).toBe('clarify');
    expect(score(e, { verdict: 'no_answer', mode: 'fact' }, idOf)).toBe('no_answer');
  });

  it('answering an off-topic question is wrong; declining it is right', () => {
    const e = item({ type: 'none' }, 'offtopic');
    expect(score(e, { verdict: 'answered', mode: 'fact', fact: 'demands' }, idOf)).toBe('wrong');
    expect(score(e, { verdict: 'no_answer', mode: 'fact' }, idOf)).toBe('right');
    expect(score(e, { verdict: 'clarify', mode: 'fact' }, idOf)).toBe('clarify');
  });

  it('did X sign: the verdict and the person must both match', () => {
    const e = item({ type: 'signatory', id: 'mark-ruffalo', verdict: 'signed' }, 'yesno-signed');
    expect(score(e, { verdict: 'answered', mode: 'signatory', signatory: { verdict: 'signed', match: { name: 'Mark Ruffalo' } } }, idOf)).toBe('right');
    expect(score(e, { verdict: 'answered', mode: 'signatory', signatory: { verdict: 'signed', match: { name: 'Paul Simon' } } }, idOf)).toBe('wrong');
    expect(score(e, { verdict: 'answered', mode: 'fact', fact: 'notable-signatories' }, idOf)).toBe('wrong');
  });

  it('lists, comparisons and quotes need their own mode', () => {
    expect(score(item({ type: 'list', role: 'director' }), { verdict: 'answered', mode: 'list', role: 'director' }, idOf)).toBe('right');
    expect(score(item({ type: 'list', role: 'director' }), { verdict: 'answered', mode: 'list', role: 'actor' }, idOf)).toBe('wrong');
    const compare = item({ type: 'compare', events: ['a', 'b'] });
    expect(score(compare, { verdict: 'answered', mode: 'compare', events: ['b', 'a'] }, idOf)).toBe('right');
    expect(score(compare, { verdict: 'answered', mode: 'compare', events: ['a', 'c'] }, idOf)).toBe('wrong');
    const quote = item({ type: 'quote', facts: ['demands'] });
    expect(score(quote, { verdict: 'answered', mode: 'quote', fact: 'demands', quote: 'There is no reason…' }, idOf)).toBe('right');
    expect(score(quote, { verdict: 'answered', mode: 'fact', fact: 'demands' }, idOf, () => true)).toBe('wrong');
    expect(score(quote, { verdict: 'answered', mode: 'fact', fact: 'demands' }, idOf, () => false)).toBe('right');
  });

  it('tally counts each outcome', () => {
    const e = item({ type: 'none' });
    expect(tally([{ item: e, outcome: 'right', got: '' }, { item: e, outcome: 'wrong', got: '' }])).toEqual({ total: 2, right: 1, clarify: 0, no_answer: 0, wrong: 1 });
  });
});
