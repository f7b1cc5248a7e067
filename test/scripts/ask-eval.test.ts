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

  it('a question about both of a namesake pair is right when the reply gives both verdicts, in either order, and no other "signed"', () => {
    const idOf2 = (name: string): string | undefined => ({ 'Maggie Gyllenhaal': 'maggie-gyllenhaal', 'Mark Ruffalo': 'mark-ruffalo' })[name];
    const jake = { query: 'Jake Gyllenhaal', verdict: 'not_listed', match: null };
    const maggie = { query: 'Maggie Gyllenhaal', verdict: 'signed', match: { name: 'Maggie Gyllenhaal' } };
    const ruffalo = { query: 'Mark Ruffalo', verdict: 'signed', match: { name: 'Mark Ruffalo' } };
    const reply = (...said: object[]) => ({ verdict: 'answered', mode: 'signatory', signatory: said[0], signatories: said }) as const;
    const signerFirst = item({ type: 'signatory', id: 'maggie-gyllenhaal', verdict: 'signed', also: { name: 'Jake Gyllenhaal', verdict: 'not_listed' } }, 'yesno-signed');
    const namesakeFirst = item({ type: 'signatory', id: null, verdict: 'not_listed', also: { id: 'maggie-gyllenhaal', verdict: 'signed' } }, 'yesno-signed');
    for (const e of [signerFirst, namesakeFirst]) {
      expect(score(e, reply(jake, maggie), idOf2)).toBe('right');
      expect(score(e, reply(maggie, jake), idOf2)).toBe('right');
    }
    // a third "signed" nobody asked about is no answer to the pair (the signer-first label then reads its first verdict)
    expect(score(signerFirst, reply(jake, maggie, ruffalo), idOf2)).toBe('wrong');
    // one of the two alone scores as a label without `also` does: the label's own verdict must come first
    expect(score(signerFirst, reply(maggie), idOf2)).toBe('right');
    expect(score(signerFirst, reply(jake), idOf2)).toBe('wrong');
    expect(score(namesakeFirst, reply(jake), idOf2)).toBe('right');
    expect(score(namesakeFirst, reply(maggie), idOf2)).toBe('wrong');
    // the "not among the names" must be the namesake's the label names
    expect(score(signerFirst, reply({ ...jake, query: 'Lana Wachowski' }, maggie), idOf2)).toBe('wrong');
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
