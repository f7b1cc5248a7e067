import { AttributeCheck } from '../../../src/core/ask/attributes';

describe('/ask attributes: what a question asks of an event must be said by the fact that answers', () => {
  const check = new AttributeCheck(
    [
      { id: 'appeal', en: ['appeal', 'appealed'], fr: ['fait appel'] },
      { id: 'cost', en: ['cost'], fr: ['coûte'], says: ['paid'] },
    ],
    new Map([
      ['ruling', ' the judge ruled for the studio | jugement '],
      ['reinstated', ' she is back in her post pending appeal '],
      ['deal', ' the company paid 1 billion '],
    ]),
  );

  it('a phrase of an entry, in either language, is asked; a word that only contains it is not ("appel à commentaires")', () => {
    expect(check.asked([['did', 'the', 'studio', 'appeal']])).toEqual(['appeal']);
    expect(check.asked([['le', 'studio', 'a', 'fait', 'appel']])).toEqual(['appeal']);
    expect(check.asked([['l', 'appel', 'a', 'commentaires']])).toEqual([]);
  });

  it('a fact says an attribute by any of its phrases, or by a `says` phrase ("paid" for a cost)', () => {
    expect(check.says('reinstated', 'appeal')).toBe(true);
    expect(check.says('ruling', 'appeal')).toBe(false);
    expect(check.says('deal', 'cost')).toBe(true);
    expect(check.says('ruling', 'cost')).toBe(false);
  });

  it('the positions a phrase covers are found as typed', () => {
    expect([...check.askedAt(['et', 'ca', 'coute', 'combien'])]).toEqual([2]);
  });
});
