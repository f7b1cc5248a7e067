import { realFacts } from '../../helpers/core';

/**
 * "sig", "sigs": newsroom shorthand for a signature (c:sign), as "sgnd" and "sgn" are: "what's the sig count" asks how
 * many signed, and a figure checked against it ("sig count: 400 or 420?") checks the signatory count.
 */
describe('/ask engine: "sig" is short for a signature', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it.each(["what's the sig count", 'sig count to go with: 400, 420 or 460?'])('"%s" → the signatory count', (q) => {
    expect(ask(q)).toMatchObject({ verdict: 'answered', fact: { id: 'signatory-count' } });
  });

  it('"sig" alone is too thin a question → not answered', () => {
    expect(ask('sig?')).not.toMatchObject({ verdict: 'answered' });
  });
});
