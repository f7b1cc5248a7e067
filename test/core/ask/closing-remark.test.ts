import { realFacts } from '../../helpers/core';
import { closingRemark, resumedQuestion } from '../../../src/core/ask/question-text';

/**
 * "whats Asteria? saw it next to lyonnes name on the wires", « …le café est froid, bref, qui a organisé la lettre ? »: a remark
 * after the question's last "?" that asks nothing, and the chatter before a word that turns to the point (`resumingWords`),
 * are no part of the question; a question declined whole is read again without them. A remark that asks, or names someone
 * the story does not hold, or a question that asks of something the story does not hold, stays as it is.
 */
describe('/ask engine: a remark after the question, chatter before « bref »', () => {
  const ask = (q: string, lang: 'en' | 'fr' = 'en') => realFacts().ask.ask(q, lang);

  it.each([
    ['whats Asteria? saw it next to lyonnes name on the wires all week', 'en', 'asteria-film'],
    ['printer jammed twice, the lift is out, anyway, on what date was the letter sent?', 'en', 'submission-date'],
    ['grosse journée, le café est froid, bref, qui a organisé la lettre ?', 'fr', 'organisers'],
  ] as const)('"%s" → the question before or after the chatter', (q, lang, id) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id } });
  });

  it.each([
    ['how tall is Ben Stiller? asking for my sister', 'en'],
    ["what is Asteria? it keeps showing up next to Streep's name", 'en'],
    ['long morning, anyway, what did Trump say about tariffs?', 'en'],
    ['la grève au Canada a duré combien de temps ? je le vois passer dans les dépêches', 'fr'],
  ] as const)('"%s" → still declined', (q, lang) => {
    expect(ask(q, lang).verdict).toBe('no_answer');
  });
});

describe('closingRemark, resumedQuestion', () => {
  it('cut a remark after the last "?", never a "?" with nothing after it', () => {
    expect(closingRemark('who wrote it? my editor asks')).toEqual({ rest: 'who wrote it?', remark: 'my editor asks' });
    expect(closingRemark('who wrote it? and when? asking for a sidebar')?.rest).toBe('who wrote it? and when?');
    expect(closingRemark('who wrote it?')).toBeNull();
    expect(closingRemark('who wrote it')).toBeNull();
  });

  it('start at the last word that turns to the point after a mark, before the "?"', () => {
    const resumers = new Set(['anyway', 'bref']);
    expect(resumedQuestion('rough day, anyway, who wrote it?', resumers)).toEqual({ opening: 'rough day', rest: 'who wrote it?' });
    expect(resumedQuestion('journée de fou... bref : qui a signé ?', resumers)?.rest).toBe('qui a signé ?');
    expect(resumedQuestion('who wrote it anyway?', resumers)).toBeNull();
    expect(resumedQuestion('who wrote it? anyway, thanks', resumers)).toBeNull();
  });
});
